/*
** utf8.h — decoding and encoding UTF-8, shared by every stage (internal).
**
** Decoding is strict (no overlongs, no surrogates, nothing above U+10FFFF) so
** that the cleaner can tell valid text from bytes to replace with U+FFFD.
*/
#ifndef NABA_UTF8_H
#define NABA_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_INVALID UINT32_MAX

/* Decode one code point at s[0..n); store its length in *len (1 for an invalid
** byte) and return it, or UTF8_INVALID. n must be > 0. */
static inline uint32_t utf8_decode(const unsigned char *s, size_t n, size_t *len) {
    unsigned c = s[0];
    *len = 1;
    if (c < 0x80) return c;
    uint32_t cp;
    size_t need;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) { cp = c & 0x1F; need = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { cp = c & 0x0F; need = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { cp = c & 0x07; need = 4; min = 0x10000; }
    else return UTF8_INVALID;
    if (n < need) return UTF8_INVALID;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) return UTF8_INVALID;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return UTF8_INVALID;
    *len = need;
    return cp;
}

/* Encode cp into out (4 bytes room); return the byte count. */
static inline size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode from text already known to be valid (the clean text). */
static inline uint32_t utf8_next(const char *s, size_t n, size_t *len) {
    uint32_t cp = utf8_decode((const unsigned char *)s, n, len);
    return cp == UTF8_INVALID ? 0xFFFD : cp;
}

/* Start of the code point that ends right before s[i] (i > 0). */
static inline size_t utf8_prev(const char *s, size_t i) {
    do { i--; } while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

/* s[i..n) opens with a letter of U+0621..U+064A (bytes D8 A1..D9 8A, tatweel
** U+0640 among them): nearly every character of an Arabic word, told without
** decoding it. */
static inline int utf8_basic_arabic_at(const char *s, size_t i, size_t n) {
    unsigned char b = (unsigned char)s[i], b2 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    return (b == 0xD8 && b2 >= 0xA1 && b2 <= 0xBF) || (b == 0xD9 && b2 >= 0x80 && b2 <= 0x8A);
}

static inline int is_arabic_letter(uint32_t c) {
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) ||
           c == 0x06D5 || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF;
}
static inline int is_arabic_mark(uint32_t c) { /* harakat, shadda, sukun, dagger alef... */
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
           (c >= 0x0610 && c <= 0x061A);
}
static inline int is_latin_letter(uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}
/* Digit value 0..9 for ASCII, Arabic-Indic (U+0660) and Persian (U+06F0) digits, else -1. */
static inline int digit_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 0x0660 && c <= 0x0669) return (int)(c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return (int)(c - 0x06F0);
    return -1;
}
static inline int is_space(uint32_t c) {
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x2009 || c == 0x202F ||
           c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

#endif
