/*
** key.c — the key lines are matched on (boilerplate) and compared on
** (duplicates): folded so that spelling variants of alef, hamza, yeh, teh
** marbuta and diacritics agree, and reduced to words, so that "اقرأ أيضاً:" and
** "إقرأ أيضا -" have the same key.
**
** Every line of every article gets a key, so this is on the hot path: code
** points below U+0800 (ASCII and Arabic) go through a table computed once from
** naba_fold itself, so the folding rules still live only in fold.c. The key
** can be made piece by piece (begin, feed, end): the cleaner feeds each line
** as it writes it, most of it from inside its own pass (chars.c), so the text
** is not walked a second time.
*/
#include "clean.h"
#include "utf8.h"

#include <string.h>
#include <pthread.h>

#define KEY_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

/* A code point's part of a key (clean_fold_entry in clean.h). */
clean_fold_entry clean_fold_table[0x800];
clean_fold_entry clean_arabic_letters[CLEAN_ARABIC_CELLS];
static pthread_once_t table_once = PTHREAD_ONCE_INIT; /* as fold.c's own table */

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
    return fl == 0 ? CLEAN_K_GONE : is_word_char(utf8_next(out, fl, &l)) ? CLEAN_K_WORD : CLEAN_K_GAP;
}

static void build_table(void) {
    for (uint32_t cp = 0; cp < 0x800; cp++) {
        char in[4], out[8];
        size_t n = utf8_encode(cp, in), fl;
        clean_fold_entry *e = &clean_fold_table[cp];
        e->kind = (uint8_t)fold_one(in, n, out, &fl);
        e->len = (uint8_t)fl; /* folding maps these below U+0800 too: 2 bytes at most */
        for (size_t k = 0; k < fl && k < 2; k++) {
            e->b[k] = out[k];
            e->code = (uint16_t)(e->code << 8 | (unsigned char)out[k]);
        }
        e->plain = (uint8_t)clean_char_plain(cp);
    }
    for (unsigned at = 0; at < CLEAN_ARABIC_CELLS; at++) {
        unsigned second = at & 0xFF;
        const clean_fold_entry *e = &clean_fold_table[0x600 | (at >> 8) << 6 | (second & 0x3F)];
        if ((second & 0xC0) == 0x80 && e->plain && e->kind == CLEAN_K_WORD) clean_arabic_letters[at] = *e;
    }
}

void clean_key_begin(clean_keying *k, char *out, const clean_word_filter *filter,
                     uint64_t *sketch) {
    pthread_once(&table_once, build_table);
    k->out = out;
    k->filter = filter;
    k->found = 0;
    k->sketch = sketch;
    if (sketch) memset(sketch, 0, CLEAN_SKETCH_WORDS * sizeof *sketch);
    k->wh = k->prev = 0;
    k->o = k->ws = 0;
    k->w = 0;
    k->gap = 1;
    k->h = 0;
}

/* Nothing folds into more bytes than it had, and a space is written only for
** a separator that was dropped, so the key of s[0..i) is at most i bytes long.
** Hence every character below may store two bytes at once without a bounds
** check (see clean_key_put). */
void clean_key_feed(clean_keying *k, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned b = u[i];
        if (b < 0x80) {
            clean_key_put(k, &clean_fold_table[b]);
            i++;
        } else if (b < 0xE0 && i + 1 < n) {
            clean_key_put(k, &clean_fold_table[((b & 0x1F) << 6) | (u[i + 1] & 0x3F)]);
            i += 2;
        } else { /* three and four bytes, and invalid ones (U+FFFD): rare */
            size_t len, bl;
            char big[8];
            int kind = fold_one(s + i, (utf8_next(s + i, n - i, &len), len), big, &bl);
            i += len;
            if (kind != CLEAN_K_WORD) {
                k->gap |= kind == CLEAN_K_GAP;
                continue;
            }
            if (k->gap) clean_key_word_start(k);
            uint64_t code = 0;
            for (size_t j = 0; j < bl; j++) {
                k->out[k->o++] = big[j];
                code = code << 8 | (unsigned char)big[j];
            }
            k->h = (k->h + code) * 0x9E3779B97F4A7C15ULL;
            k->wh = (k->wh + code) * 0x9E3779B97F4A7C15ULL;
        }
    }
}

uint64_t clean_key_notice(const clean_word_filter *f, const char *w, size_t len) {
    uint64_t found = 0;
    /* Arabic letters share their first byte: compare the last one first */
    for (size_t j = 0; j < f->n; j++)
        if (f->len[j] == len && w[len - 1] == f->word[j][len - 1] && !memcmp(w, f->word[j], len))
            found |= 1ULL << j;
    return found;
}

size_t clean_key_end(clean_keying *k, unsigned *words, uint64_t *letters) {
    if (k->w) clean_key_word_end(k);
    k->out[k->o] = '\0';
    *words = k->w;
    if (letters) *letters = clean_mix(k->h, k->o - (k->w ? k->w - 1 : 0)) | 1; /* spaces not counted */
    return k->o;
}

size_t clean_key(const char *s, size_t n, char *out, size_t cap, unsigned *words,
                 uint64_t *letters) {
    if (cap == 0) { *words = 0; if (letters) *letters = 1; return 0; }
    if (n >= cap) n = cap - 1; /* a short buffer holds the key of a prefix */
    clean_keying k;
    clean_key_begin(&k, out, NULL, NULL);
    clean_key_feed(&k, s, n);
    return clean_key_end(&k, words, letters);
}
