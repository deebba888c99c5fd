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

#include <string.h>
#include <threads.h>

#define KEY_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

enum { K_GAP = 0, K_WORD = 1, K_GONE = 2 }; /* separator, word character, folded away */

/* A code point's part of a key: its kind, its folded bytes (at most 2 below
** U+0800) and those bytes as one number, for the letters hash. */
typedef struct {
    uint8_t kind, len;
    char b[2];
    uint32_t code;
} fold_entry;

static fold_entry table[0x800];
static once_flag table_once = ONCE_FLAG_INIT; /* as fold.c's own table */

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

/* Fold one code point (UTF-8 in s[0..len)) into out; return its kind. */
static int fold_one(const char *s, size_t len, char out[8], size_t *out_len) {
    size_t fl = naba_fold(s, len, KEY_FOLD, out, 8), l;
    *out_len = fl;
    return fl == 0 ? K_GONE : is_word_char(utf8_next(out, fl, &l)) ? K_WORD : K_GAP;
}

static void build_table(void) {
    for (uint32_t cp = 0; cp < 0x800; cp++) {
        char in[4], out[8];
        size_t n = utf8_encode(cp, in), fl;
        fold_entry *e = &table[cp];
        e->kind = (uint8_t)fold_one(in, n, out, &fl);
        e->len = (uint8_t)fl; /* folding maps these below U+0800 too: 2 bytes at most */
        for (size_t k = 0; k < fl && k < 2; k++) {
            e->b[k] = out[k];
            e->code = e->code << 8 | (unsigned char)out[k];
        }
    }
}

/* Nothing folds into more bytes than it had, and a space is written only for
** a separator that was dropped, so the key of s[0..i) is at most i bytes long.
** Hence with cap > n every character below may store two bytes at once
** without a bounds check (a one-byte character's second byte is overwritten
** by what follows, or by the final NUL). */
size_t clean_key(const char *s, size_t n, char *out, size_t cap, unsigned *words,
                 uint64_t *letters) {
    call_once(&table_once, build_table);
    if (cap == 0) { *words = 0; if (letters) *letters = 1; return 0; }
    if (n >= cap) n = cap - 1; /* a short buffer holds the key of a prefix */
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    unsigned w = 0;
    int gap = 1;
    uint64_t h = 0; /* the letters, one folded character at a time */
    for (size_t i = 0; i < n;) {
        unsigned b = u[i];
        const fold_entry *f;
        if (b < 0x80) {
            f = &table[b];
            i++;
        } else if (b < 0xE0 && i + 1 < n) {
            f = &table[((b & 0x1F) << 6) | (u[i + 1] & 0x3F)];
            i += 2;
        } else { /* three and four bytes, and invalid ones (U+FFFD): rare */
            size_t len, bl;
            char big[8];
            int kind = fold_one(s + i, (utf8_next(s + i, n - i, &len), len), big, &bl);
            i += len;
            if (kind != K_WORD) {
                gap |= kind == K_GAP;
                continue;
            }
            if (gap) {
                if (w) out[o++] = ' ';
                w++;
                gap = 0;
            }
            uint64_t code = 0;
            for (size_t k = 0; k < bl; k++) {
                out[o++] = big[k];
                code = code << 8 | (unsigned char)big[k];
            }
            h = (h + code) * 0x9E3779B97F4A7C15ULL;
            continue;
        }
        if (f->kind != K_WORD) {
            gap |= f->kind == K_GAP;
            continue;
        }
        if (gap) {
            if (w) out[o++] = ' ';
            w++;
            gap = 0;
        }
        memcpy(out + o, f->b, 2);
        o += f->len;
        h = (h + f->code) * 0x9E3779B97F4A7C15ULL;
    }
    out[o] = '\0';
    *words = w;
    if (letters) *letters = clean_mix(h, o - (w ? w - 1 : 0)) | 1; /* spaces not counted */
    return o;
}
