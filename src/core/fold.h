/*
** fold.h — the folded Arabic block, for code that folds while it scans
** (internal). naba_fold() in fold.c is the definition; the tokenizer uses
** these cells to write a word's key in the same pass that finds the word.
*/
#ifndef NABA_FOLD_H
#define NABA_FOLD_H

#include "naba.h"

#include <stdint.h>

/* An ASCII byte folded under flags: only NABA_FOLD_CASE changes one (A-Z). */
static inline char naba_fold_ascii(unsigned c, unsigned flags) {
    return (char)(c - 'A' < 26 && (flags & NABA_FOLD_CASE) ? c + 32 : c);
}

/* The Arabic block folded under one set of flags, for scanners that fold as
** they go: U+0600 + i becomes the len bytes b (len 0: dropped). Scanning
** Arabic text is then one load and one two-byte store per letter. */
typedef struct naba_fold_cell {
    uint8_t len;
    char b[2];
} naba_fold_cell;

/* The cells for flags, from tables made once. Derived from naba_fold's own definition. */
const naba_fold_cell *naba_fold_cells(unsigned flags);

#endif
