/*
** lex.h — a fine-grained view of the clean text shared by the dates, counts and
** quotes stages (internal).
**
** Those stages need pieces smaller than the segmenter's tokens in machine-
** translated news: a quote mark glued to a word (“لم), a colon glued to a name
** (المحادثات:), a digit run inside 16/5/2025. lx_scan cuts the clean text into
** letter runs, digit runs and single punctuation marks, each with a folded key,
** so the three stages match their word lists the same way whether or not the
** segmenter, morphology or NER stages have run. It is one linear pass.
*/
#ifndef NABA_LEX_H
#define NABA_LEX_H

#include "naba.h"

/* The folding used for every word-list lookup in these stages. */
#define LX_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

enum { LX_WORD = 0, LX_NUM, LX_PUNCT };
enum { LX_Q_NONE = 0, LX_Q_OPEN, LX_Q_CLOSE, LX_Q_EITHER };

typedef struct lx_unit {
    naba_off start, end;
    uint8_t kind;        /* LX_WORD, LX_NUM, LX_PUNCT */
    uint8_t quote;       /* LX_Q_* for quotation marks */
    uint8_t latin;       /* a word in Latin script */
    uint8_t gap;         /* white space before it: 0 none, 1 spaces, 2 a line break */
    uint8_t sent_end;    /* . ! ? ؟ … ending a sentence (not a decimal point) */
    uint8_t ndigits;     /* digit count of a LX_NUM */
    uint32_t sent;       /* index into doc->sents (0 when there are none) */
    uint32_t klen;       /* strlen(key): word lists look keys up at every unit */
    const char *key;     /* folded with LX_FOLD, NUL-terminated */
    double value;        /* value of a digit run */
} lx_unit;

/* For each word list (wordtab.h) asked about the units, the classes of the
** phrases each unit can start, worked out at the first question (wordtab.c):
** the numerals' list alone is asked about every unit six times by the counts
** stage, nearly always in vain. Kept with the units, so the dates, counts and
** quotes stages share it; a list is known by its contents (the dates and
** counts stages each load the numerals). */
#define LX_TABLES 8
typedef struct lx_starts {
    uint64_t table[LX_TABLES]; /* a list's id (never 0), 0: a free slot */
    uint32_t *mask[LX_TABLES]; /* per unit, malloc'd, freed with the units;
                                  bit 31 set once worked out */
} lx_starts;

typedef struct lx_text {
    lx_unit *v;
    size_t n;
    const naba_doc *doc;
    lx_starts *starts; /* NULL: nothing is kept */
} lx_text;

/* Cut doc->text into units, or give those cut before for the same text and
** sentences; they stay valid until lx_done or the document's reset. */
naba_status lx_scan(naba_doc *doc, lx_text *lx);

/* Free the units: their last reader (the quotes stage) is done. A later
** lx_scan cuts them again. */
void lx_done(naba_doc *doc);

/* Index of the first unit that ends after off (lx->n if none). */
size_t lx_find(const lx_text *lx, size_t off);

/* The code point of a one-character punctuation unit (0 for other units). */
uint32_t lx_punct(const lx_text *lx, size_t i);

/* Unit i is the punctuation mark c (an ASCII or Arabic mark). */
int lx_is(const lx_text *lx, size_t i, uint32_t c);

/* Unit i is a hyphen or an en dash: news writes ranges, scores and bylines
** with either ("2-5", "2–5"). */
int lx_is_dash(const lx_text *lx, size_t i);

/* Unit i is a colon glued to digit runs on both sides (the ":" of 2:03, a
** clock's or a race time's): the dates and counts stages read runs of them. */
int lx_digits_colon(const lx_text *lx, size_t i);

/* Units i and i+1 touch (no white space between them). */
static inline int lx_adjacent(const lx_text *lx, size_t i) {
    return i + 1 < lx->n && lx->v[i + 1].gap == 0;
}

/* A clause boundary: sentence end, line break, ':' , '؛' or ';'. */
int lx_is_boundary(const lx_text *lx, size_t i);

/* Unit i is the last word of a short quoted name: a closing mark touches it
** and an opening mark stands at most two words before ("روسيا اليوم",
** "اليوم السابع"): a name, not a date or a count. */
int lx_ends_quoted_name(const lx_text *lx, size_t i);

/* Digits with thousands separators and a decimal part starting at unit i
** (1,000 / ١٬٠٠٠ / 50.863.197 / 1،975،022 / 12.5 / ٣٫٥ / 4,3 / 6،3), or
** with the agency separator ر (5ر10 = 10.5): store the value, return the
** units used (0 if unit i is not a digit run). A dot or an Arabic comma
** before a single group of three is a decimal point (2.308) or no part of
** the number (2،308): the same form is 2.308 and 2,308 in news. */
size_t lx_number(const lx_text *lx, size_t i, double *value);

/* Index of the word (doc->words) holding byte off, or -1 (none, or no
** morphology). */
int lx_word_at(const naba_doc *d, size_t off);

/* The first word of unit i after its proclitics (و, ف, ل, ب, ك: one-letter
** conjunctions and prepositions written on the word): the head of للمرة is
** مرة, of لديليب ديليب. -1 without morphology. */
int lx_head_word(const lx_text *lx, size_t i);

/* Is one of unit i's words (doc->words) of part of speech upos (a
** NABA_UPOS_* value): سـ + a verb in ستفعل? 0 without morphology. */
int lx_has_upos(const lx_text *lx, size_t i, int upos);

/* Does unit i's head word (lx_head_word) carry the feature feat
** ("Aspect=Perf", "Number=Sing")? 0 without morphology. */
int lx_head_has(const lx_text *lx, size_t i, const char *feat);

#endif
