/*
** key.c — the key lines are matched on (boilerplate) and compared on
** (duplicates): folded so that spelling variants of alef, hamza, yeh, teh
** marbuta and diacritics agree, and reduced to words, so that "اقرأ أيضاً:" and
** "إقرأ أيضا -" have the same key.
**
** Every line of every article gets a key, so this is on the hot path: code
** points below U+0800 (ASCII and Arabic) go through a table computed once from
** naba_fold itself, so the folding rules still live only in fold.c.
*/
#include "clean.h"
#include "utf8.h"

#include <pthread.h>

#define KEY_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

enum { K_GAP = 0, K_WORD = 1, K_GONE = 2 }; /* separator, word character, folded away */

typedef struct {
    uint8_t kind, len;
    char b[2];
} fold_entry;

static fold_entry table[0x800];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

/* Letters and digits of any script; punctuation, symbols and spaces are not. */
static int is_word_char(uint32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return 0;
    if (cp >= 0x060C && cp <= 0x061F) return 0;         /* Arabic comma, semicolon, question mark */
    if (cp >= 0x066A && cp <= 0x066D) return 0;         /* Arabic percent, separators, star */
    if (cp == 0x06D4 || cp == 0xFFFD) return 0;         /* full stop; replacement character */
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0;         /* punctuation, symbols, arrows, boxes */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;         /* CJK punctuation */
    if (cp == 0xFD3E || cp == 0xFD3F) return 0;         /* ornate parentheses */
    if (cp >= 0xFE10 && cp <= 0xFE6F) return 0;         /* vertical and small forms */
    if (cp >= 0xFF00 && cp <= 0xFF0F) return 0;         /* fullwidth punctuation */
    if (cp >= 0x1F000) return 0;                        /* emoji and pictographs */
    return 1;
}

/* Fold one code point (UTF-8 in s[0..len)) into e. */
static void fold_one(const char *s, size_t len, fold_entry *e, char out[8], size_t *out_len) {
    size_t fl = naba_fold(s, len, KEY_FOLD, out, 8), l;
    *out_len = fl;
    e->kind = fl == 0 ? K_GONE : is_word_char(utf8_next(out, fl, &l)) ? K_WORD : K_GAP;
}

static void build_table(void) {
    for (uint32_t cp = 0; cp < 0x800; cp++) {
        char in[4], out[8];
        size_t n = utf8_encode(cp, in), fl;
        fold_one(in, n, &table[cp], out, &fl);
        table[cp].len = (uint8_t)fl; /* folding maps these below U+0800 too: 2 bytes at most */
        for (size_t k = 0; k < fl && k < 2; k++) table[cp].b[k] = out[k];
    }
}

size_t clean_key(const char *s, size_t n, char *out, size_t cap, unsigned *words,
                 uint64_t *letters) {
    pthread_once(&table_once, build_table);
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    unsigned w = 0;
    int gap = 1;
    uint64_t h = 0; /* the letters, one folded character at a time */
    for (size_t i = 0; i < n;) {
        unsigned b = u[i];
        const fold_entry *f;
        fold_entry e;
        char big[8];
        const char *bytes;
        size_t bl;
        if (b < 0x80) {
            f = &table[b];
            i++;
        } else if (b < 0xE0 && i + 1 < n) {
            f = &table[((b & 0x1F) << 6) | (u[i + 1] & 0x3F)];
            i += 2;
        } else {
            size_t len;
            uint32_t cp = utf8_next(s + i, n - i, &len);
            f = &e;
            fold_one(s + i, len, &e, big, &bl);
            if (cp < 0x800) f = &table[cp];
            i += len;
        }
        if (f->kind != K_WORD) {
            gap |= f->kind == K_GAP;
            continue;
        }
        if (f == &e) { bytes = big; } else { bytes = f->b; bl = f->len; }
        if (o + (w && gap) + bl + 1 > cap) break;
        if (gap) {
            if (w) out[o++] = ' ';
            w++;
            gap = 0;
        }
        uint64_t code = 0;
        for (size_t k = 0; k < bl; k++) {
            out[o++] = bytes[k];
            code = code << 8 | (unsigned char)bytes[k];
        }
        h = (h + code) * 0x9E3779B97F4A7C15ULL;
    }
    if (cap) out[o] = '\0';
    *words = w;
    if (letters) *letters = clean_mix(h, o - (w ? w - 1 : 0)) | 1; /* spaces not counted */
    return o;
}
