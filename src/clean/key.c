/*
** key.c — the key lines are matched on (boilerplate) and compared on
** (duplicates): folded so that spelling variants of alef, hamza, yeh, teh
** marbuta and diacritics agree, and reduced to words, so that "اقرأ أيضاً:" and
** "إقرأ أيضا -" have the same key.
*/
#include "clean.h"
#include "utf8.h"

#define KEY_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

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

size_t clean_key(const char *s, size_t n, char *out, size_t cap, unsigned *words) {
    size_t fl = naba_fold(s, n, KEY_FOLD, out, cap), o = 0;
    unsigned w = 0;
    int gap = 0;
    for (size_t i = 0; i < fl;) {
        size_t len;
        uint32_t cp = utf8_next(out + i, fl - i, &len);
        if (!is_word_char(cp)) {
            gap = 1;
            i += len;
            continue;
        }
        if (gap || w == 0) {
            if (w) out[o++] = ' ';
            w++;
            gap = 0;
        }
        for (size_t k = 0; k < len; k++) out[o++] = out[i + k]; /* o <= i: in place */
        i += len;
    }
    out[o] = '\0';
    *words = w;
    return o;
}
