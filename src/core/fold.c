/*
** fold.c — the folded key: one normalization of Arabic and Latin text that all
** lookups (lexicon, gazetteers, dictionaries, search) agree on. It never changes
** the text itself; it produces a key beside it.
*/
#include "naba.h"
#include "utf8.h"

#include <string.h>

size_t naba_fold(const char *s, size_t n, unsigned flags, char *out, size_t cap) {
    size_t o = 0;
    if (cap == 0) return 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        i += len;
        if ((flags & NABA_FOLD_DIACRITICS) && (is_arabic_mark(c) || c == 0x0640)) continue;
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
        char buf[4];
        size_t k = utf8_encode(c, buf);
        if (o + k >= cap) break;
        memcpy(out + o, buf, k);
        o += k;
    }
    out[o] = '\0';
    return o;
}
