/*
** wordtab.h — word lists of the dates, counts and quotes stages, loaded from
** tab-separated data files (internal).
**
** A data file line is   CLASS <TAB> VALUE <TAB> FORM [<TAB> FORM...]
** CLASS is one of the names the stage passes to the loader, VALUE a number or a
** word (a month number, an ISO currency code, a speech verb's lemma), and each
** FORM a word or a phrase of up to WT_MAX_WORDS words as it appears in text.
** Forms are folded like lx units, so one entry matches every spelling that
** folds alike. '#' starts a comment line. A phrase is found at a unit by
** wt_match, longest first, optionally after stripping attached clitics.
*/
#ifndef NABA_WORDTAB_H
#define NABA_WORDTAB_H

#include "lex.h"

#define WT_MAX_WORDS 6
#define WT_MAX_CLASSES 30

typedef struct wt_entry {
    const char *key;   /* folded form, words joined by one space */
    const char *str;   /* the VALUE field as written */
    double num;        /* VALUE as a number, NaN if it is not one */
    double num2;       /* second number of a range VALUE "20-90", else = num */
    int cls;           /* index into the class list given to the loader */
    int words;         /* words in the form */
} wt_entry;

typedef struct wordtab wordtab;

/* Load from a file / a buffer (name is used in error messages). classes is
** NULL-terminated. NULL with err set (naming the line) on failure. */
wordtab *wt_load_file(const char *path, const char *const *classes, naba_error *err);
wordtab *wt_load_buf(const char *buf, size_t n, const char *name, const char *const *classes,
                     naba_error *err);
void wt_free(wordtab *t);
size_t wt_size(const wordtab *t);

#define WT_BIT(cls) (1u << (cls))

/* Entry with this exact folded key in one of the classes of mask, or NULL. */
const wt_entry *wt_get(const wordtab *t, const char *key, unsigned mask);

/* Clitics wt_match may strip from the first word before matching. */
#define WT_CONJ 0x1u  /* و ف */
#define WT_PREP 0x2u  /* ب ل ك (and لل for ل + ال) */
#define WT_DEF  0x4u  /* ال */

/* Entry of a class in mask for one word's folded key, as written or with the
** clitics of the set stripped (the variants wt_match tries, in its order);
** *stripped (may be NULL) gets the bytes of the key taken off, 0 when none. */
const wt_entry *wt_get_stripped(const wordtab *t, const char *key, size_t len, unsigned mask,
                                unsigned clitics, size_t *stripped);

/* The classes (a mask) of the phrases whose first word is unit i with any
** clitics stripped: 0 says wt_match finds nothing at i whatever the mask, so
** a stage asking many questions of each unit can ask this once per unit. */
unsigned wt_starts(const wordtab *t, const lx_text *lx, size_t i);

/* wt_starts of every unit at once, in the array the units keep for t (lx.h:
** one per list, shared by the stages that ask; a fresh one when their
** tables are full): entry i is unit i's classes with WT_KNOWN set, 0 for a
** digit run. NULL when out of memory. */
#define WT_KNOWN (1u << 31) /* above every class: WT_MAX_CLASSES < 31 */
const uint32_t *wt_starts_each(const wordtab *t, const lx_text *lx);

/* The longest phrase of a class in mask starting at unit i. Returns the number
** of units it covers (0: none) and sets *e; *stripped gets the bytes of
** clitics removed from the first word (may be NULL). */
size_t wt_match(const wordtab *t, const lx_text *lx, size_t i, unsigned mask, unsigned clitics,
                const wt_entry **e, size_t *stripped);

#endif
