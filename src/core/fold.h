/*
** fold.h — the folding rules of the Arabic block, for code that folds while
** it scans (internal). naba_fold() in fold.c is the definition; the tokenizer
** uses these rules to write a word's key in the same pass that finds the word.
*/
#ifndef NABA_FOLD_H
#define NABA_FOLD_H

#include "naba.h"

#include <stdint.h>

/* An ASCII byte folded under flags: only NABA_FOLD_CASE changes one (A-Z). */
static inline char naba_fold_ascii(unsigned c, unsigned flags) {
    return (char)(c - 'A' < 26 && (flags & NABA_FOLD_CASE) ? c + 32 : c);
}

/* For U+0600 + i: the one NABA_FOLD_* flag that changes it (0: none) and what
** it becomes (0: dropped). Derived once from naba_fold's own definition. */
typedef struct naba_fold_rule {
    uint8_t flag;
    uint16_t to;
} naba_fold_rule;

const naba_fold_rule *naba_fold_arabic_rules(void);

/* Fold the Arabic-block character U+0600 + i under flags into out; return the
** bytes written (0, 1 or 2). out needs 2 bytes of room. A mask, not a branch:
** which letters change is unpredictable, and this runs for every letter. */
static inline size_t naba_fold_arabic(const naba_fold_rule *rules, uint32_t i, unsigned flags,
                                      char *out) {
    uint32_t keep = (flags & rules[i].flag) ? 0 : UINT32_MAX;
    uint32_t c = ((i + 0x600) & keep) | (rules[i].to & ~keep);
    if (c >= 0x80) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    out[0] = (char)c;
    return c != 0;
}

/* The Arabic block folded under one set of flags, for scanners that fold as
** they go: U+0600 + i becomes the len bytes b (len 0: dropped). Scanning
** Arabic text is then one load and one two-byte store per letter. */
typedef struct naba_fold_cell {
    uint8_t len;
    char b[2];
} naba_fold_cell;

/* The cells for flags, from tables made once. Derived from naba_fold_arabic. */
const naba_fold_cell *naba_fold_cells(unsigned flags);

#endif
