/*
** segment.h — internals of the segment stage, shared by its files: character
** classes, the token scanner, numbers and sentence rules.
**
** The stage makes one pass over the clean text. Each line is a paragraph; the
** tokenizer (tokens.c) scans it once into doc->tokens, then the sentence rules
** (sentences.c) walk those tokens and decide where sentences end. Sentence
** boundaries therefore always fall between tokens, and a period inside a number,
** URL or initialism (2.5, apnews.com, U.S.) can never end a sentence.
*/
#ifndef NABA_SEGMENT_H
#define NABA_SEGMENT_H

#include "naba.h"
#include "utf8.h"
#include "fold.h"

/* Character classes. Code points are classed by two literal tables (ASCII and
** the Arabic block U+0600..U+06FF, which together are nearly all of an Arabic
** news article) and by a function of ranges for everything else. */
enum seg_class {
    SC_SPACE = 0,   /* white space: separates tokens */
    SC_NEWLINE,     /* LF, CR, VT, FF, NEL, U+2028/2029: ends a paragraph */
    SC_IGNORE,      /* controls and invisible format characters: separate tokens */
    SC_AR_LETTER,
    SC_AR_MARK,     /* harakat, shadda, Quranic marks: part of an Arabic word */
    SC_TATWEEL,
    SC_JOINER,      /* ZWNJ, ZWJ, soft hyphen: inside a word, else ignored */
    SC_LATIN,
    SC_OTHER_LETTER,/* Greek, Cyrillic, Hebrew, CJK, ... */
    SC_MARK,        /* combining marks, variation selectors: follow any letter */
    SC_DIGIT,       /* ASCII, Arabic-Indic, Persian (see digit_value) */
    SC_PUNCT,
    SC_SYMBOL
};

extern const uint8_t seg_ascii_class[128];
extern const uint8_t seg_arabic_class[256];
/* Class of a code point outside ASCII and the Arabic block. */
int seg_class_of(uint32_t cp);

/* Class of the character at s[i] (i < end); its code point and length go to
** *cp and *len. Bytes that are not valid UTF-8 decode as U+FFFD, length 1, so
** the scanner is safe on any input. */
static inline int seg_class_at(const char *s, size_t i, size_t end, uint32_t *cp, size_t *len) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { *cp = b; *len = 1; return seg_ascii_class[b]; }
    if (b >= 0xD8 && b <= 0xDB && i + 1 < end && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(b & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
        *len = 2;
        return seg_arabic_class[*cp - 0x600];
    }
    *cp = utf8_next(s + i, end - i, len);
    return seg_class_of(*cp);
}

/* The code point at s[i], or 0 at or past end. */
static inline uint32_t seg_cp_at(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len;
    if (i >= end) return 0;
    seg_class_at(s, i, end, &cp, &len);
    return cp;
}

/* A number scanned at a digit (number.c). */
typedef struct seg_number {
    size_t end;     /* one past its last byte */
    int kind;       /* NABA_TOK_NUMBER, _ORDINAL, _PERCENT, _NUMUNIT, _DATE, _TIME */
    double value;   /* NaN for dates, times and digit strings that are not one quantity */
} seg_number;

/* Scan the number that starts at s[i] (a digit, or % / ٪ before a digit). */
void seg_scan_number(const char *s, size_t i, size_t end, seg_number *out);

/* The Arabic block for the word scanner (tokens.c), one cell per pair of
** bytes lead (D8..DB) and second (any byte), at (lead - 0xD8) << 8 | second:
** the code point folds to the len bytes b, and word says whether it continues
** an Arabic word (a letter, mark or tatweel by seg_arabic_class; never when
** second is not a continuation byte). One four-byte load per letter decides
** both the UTF-8 form and the class. */
typedef struct seg_cell {
    char b[2];
    uint8_t len, word;
} seg_cell;
#define SEG_CELLS (4 * 256)
/* The cells for the fold cells of some flags (fold.h): a shared table made
** once for NABA_FOLD_DEFAULT, else own filled. */
const seg_cell *seg_cells(unsigned flags, const naba_fold_cell *fold, seg_cell own[SEG_CELLS]);

/* The tokenizer's state over one document. Keys are written back to back in
** one buffer allocated per document, not one allocation per token. */
typedef struct seg_tokenizer {
    naba_doc *doc;
    unsigned fold;                 /* NABA_FOLD_* flags of the keys */
    const seg_cell *cells;         /* the Arabic block folded (fold.h), with word classes */
    seg_cell own[SEG_CELLS];       /* ... when the flags are not the default */
    char *keys;
    size_t keys_used;
} seg_tokenizer;

naba_status seg_tokenizer_init(seg_tokenizer *tz, naba_doc *doc, unsigned fold);
/* Tokenize the line starting at text offset i into doc->tokens; set *next to
** the offset just after its line break (or the text's end). */
naba_status seg_tokenize_line(seg_tokenizer *tz, size_t i, size_t *next);

/* Per-token working memory of the sentence rules, grown in the arena and
** reused from one paragraph to the next. */
typedef struct seg_mark {
    uint8_t role;     /* R_* bits of sentences.c */
    uint32_t cp;      /* first code point of a punctuation token */
    uint32_t partner; /* the paired quote or bracket (paragraph-relative) */
} seg_mark;
typedef struct seg_scratch {
    seg_mark *v;
    uint32_t *marked; /* the paragraph-relative indices of the tokens with a role */
    size_t cap;
} seg_scratch;

/* Split the paragraph's tokens doc->tokens[tok_first..tok_last) into sentences
** and set the paragraph's sentence range and flags. */
naba_status seg_sentences(naba_doc *doc, uint32_t para, size_t tok_first, size_t tok_last,
                          seg_scratch *scratch);

/* Check the invariants of the paragraph, sentence and token layers (check.c);
** keys are checked against naba_fold with the given flags. Return 0 if they
** hold, else 1 with the first violation described in msg. */
int seg_check_layers(const naba_doc *doc, unsigned fold, char *msg, size_t cap);

#endif
