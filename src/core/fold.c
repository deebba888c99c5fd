/*
** fold.c — the folded key: one normalization of Arabic and Latin text that all
** lookups (lexicon, gazetteers, dictionaries, search) agree on. It never changes
** the text itself; it produces a key beside it.
**
** Every token gets a key, so this is on the tokenizer's hot path. fold_cp()
** below is the definition; for the Arabic block (two UTF-8 bytes, nearly all of
** an article) tables derived from it once give each character's folded bytes
** under each set of flags (fold.h, also used by the tokenizer), and ASCII is
** folded inline. Other characters take the general path through fold_cp().
*/
#include "naba.h"
#include "utf8.h"
#include "fold.h"

#include <stdatomic.h>
#include <string.h>
#include <pthread.h>

#define FOLD_DROP UINT32_MAX

/* The folded code point of c, or FOLD_DROP when c folds away. */
static uint32_t fold_cp(uint32_t c, unsigned flags) {
    if ((flags & NABA_FOLD_DIACRITICS) && (is_arabic_mark(c) || c == 0x0640)) return FOLD_DROP;
    if (flags & NABA_FOLD_ALEF) {
        if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) c = 0x0627;
    }
    if ((flags & NABA_FOLD_YEH) && c == 0x0649) c = 0x064A;
    if ((flags & NABA_FOLD_TEH_MARBUTA) && c == 0x0629) c = 0x0647;
    if (flags & NABA_FOLD_HAMZA) {
        if (c == 0x0624) c = 0x0648;
        else if (c == 0x0626) c = 0x064A;
    }
    if ((flags & NABA_FOLD_CASE) && c >= 'A' && c <= 'Z') c += 32;
    if (flags & NABA_FOLD_DIGITS) {
        int d = digit_value(c);
        if (d >= 0) c = (uint32_t)('0' + d);
    }
    return c;
}

/* The cells of U+0600..U+06FF under flags, from fold_cp itself. */
static void cells_fill(naba_fold_cell *cells, unsigned flags) {
    for (uint32_t i = 0; i < 256; i++) {
        char b[4] = {0, 0, 0, 0};
        uint32_t c = fold_cp(0x600 + i, flags);
        cells[i].len = (uint8_t)(c == FOLD_DROP ? 0 : utf8_encode(c, b));
        memcpy(cells[i].b, b, 2);
    }
}

/* The cells of every combination of the six flags that change Arabic
** letters (all but NABA_FOLD_CASE, 0x20: 64 x 768 bytes, made together
** once), so that naba_fold stores a letter's bytes instead of working them
** out. Index: the flags below CASE, then DIGITS moved into CASE's bit. */
static naba_fold_cell flag_cells[64][256];
/* pthread_once rather than C11's call_once, here and in the tables made the
** same way: glibc's call_once reaches pthread_once by an internal path
** ThreadSanitizer does not see, so it reported races on the tables made once
** (naba analyze --jobs, naba serve --threads) */
static pthread_once_t flag_cells_once = PTHREAD_ONCE_INIT;
/* set once the cells are made: every fold reads it (a plain load on x86)
** instead of calling pthread_once */
static atomic_int flag_cells_ready;
static void flag_cells_init(void) {
    for (unsigned x = 0; x < 64; x++) cells_fill(flag_cells[x], (x & 0x1Fu) | (x & 0x20u ? NABA_FOLD_DIGITS : 0));
    atomic_store_explicit(&flag_cells_ready, 1, memory_order_release);
}

const naba_fold_cell *naba_fold_cells(unsigned flags) {
    if (!atomic_load_explicit(&flag_cells_ready, memory_order_acquire)) pthread_once(&flag_cells_once, flag_cells_init);
    return flag_cells[(flags & 0x1Fu) | (flags & NABA_FOLD_DIGITS ? 0x20u : 0)];
}

/* Append code point c to out[o..cap), keeping room for the NUL; 0 if full. */
static size_t put(char *out, size_t o, size_t cap, uint32_t c) {
    char buf[4];
    size_t k = utf8_encode(c, buf);
    if (o + k >= cap) return 0;
    memcpy(out + o, buf, k);
    return k;
}

size_t naba_fold(const char *s, size_t n, unsigned flags, char *out, size_t cap) {
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    if (cap == 0) return 0;
    const naba_fold_cell *cells = naba_fold_cells(flags);
    for (size_t i = 0; i < n;) {
        uint32_t c;
        if (u[i] < 0x80) {
            if (o + 1 >= cap) break;
            out[o++] = naba_fold_ascii(u[i++], flags);
            continue;
        }
        if (u[i] >= 0xD8 && u[i] <= 0xDB && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            if (o + 2 >= cap) break; /* may stop one code point early, only when cap < n + 1 */
            const naba_fold_cell *c = &cells[(((uint32_t)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F)) - 0x600];
            memcpy(out + o, c->b, 2); /* bytes past len: overwritten by what follows or the NUL */
            o += c->len;
            i += 2;
            continue;
        }
        size_t len;
        c = fold_cp(utf8_next(s + i, n - i, &len), flags);
        i += len;
        if (c == FOLD_DROP) continue;
        size_t k = put(out, o, cap, c);
        if (k == 0) break;
        o += k;
    }
    out[o] = '\0';
    return o;
}
