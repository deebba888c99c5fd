/*
** chars.c — character classes for the tokenizer.
**
** ASCII and the Arabic block (U+0600..U+06FF) cover almost every byte of an
** Arabic news article, so they are literal tables indexed by code point: one
** load per character on the hot path. Everything else goes through
** seg_class_of(), a short chain of range tests over the blocks news text uses.
** The Arabic table agrees with the predicates of utf8.h (is_arabic_letter,
** is_arabic_mark, digit_value), which fold.c also uses; test_segment checks it.
*/
#include "segment.h"

#include <pthread.h>

#define SP SC_SPACE
#define NL SC_NEWLINE
#define IG SC_IGNORE
#define AL SC_AR_LETTER
#define AM SC_AR_MARK
#define TW SC_TATWEEL
#define LA SC_LATIN
#define DG SC_DIGIT
#define PU SC_PUNCT
#define SY SC_SYMBOL

/* Symbols are the ASCII characters Unicode calls Sm/Sc/Sk ($ + < = > ^ ` | ~). */
const uint8_t seg_ascii_class[128] = {
    /* 0x00 */ IG, IG, IG, IG, IG, IG, IG, IG, IG, SP, NL, NL, NL, NL, IG, IG,
    /* 0x10 */ IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG, IG,
    /* 0x20 */ SP, PU, PU, PU, SY, PU, PU, PU, PU, PU, PU, SY, PU, PU, PU, PU,
    /* 0x30 */ DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, SY, SY, SY, PU,
    /* 0x40 */ PU, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA,
    /* 0x50 */ LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, PU, PU, PU, SY, PU,
    /* 0x60 */ SY, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA,
    /* 0x70 */ LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, LA, PU, SY, PU, SY, IG,
};

/* Letters U+0620, U+066E/F and U+06EE/F, which utf8.h leaves out, are letters
** here too; ٪ ٫ ٬ are punctuation outside numbers; U+061C (ALM) is invisible. */
const uint8_t seg_arabic_class[256] = {
    /* U+0600 */ SY, SY, SY, SY, SY, SY, SY, SY, SY, PU, PU, SY, PU, PU, SY, SY,
    /* U+0610 */ AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, PU, IG, PU, PU, PU,
    /* U+0620 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+0630 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+0640 */ TW, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AM, AM, AM, AM, AM,
    /* U+0650 */ AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM,
    /* U+0660 */ DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, PU, PU, AL, AL,
    /* U+0670 */ AM, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+0680 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+0690 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+06A0 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+06B0 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+06C0 */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    /* U+06D0 */ AL, AL, AL, AL, PU, AL, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM,
    /* U+06E0 */ AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AM, AL, AL,
    /* U+06F0 */ DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, AL, AL, AL, SY, SY, AL,
};

int seg_class_of(uint32_t c) {
    if (c < 0x100) {
        if (c == 0x85) return SC_NEWLINE;        /* NEL */
        if (c < 0xA0) return SC_IGNORE;          /* C1 controls */
        if (c == 0xA0) return SC_SPACE;
        if (c == 0xAD) return SC_JOINER;         /* soft hyphen */
        if (c == 0xAA || c == 0xB5 || c == 0xBA) return SC_LATIN;
        if (c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB ||
            c == 0xBF)
            return SC_PUNCT;
        if (c < 0xC0 || c == 0xD7 || c == 0xF7) return SC_SYMBOL;
        return SC_LATIN;
    }
    if (c < 0x300) return SC_LATIN;              /* Latin Extended, IPA, modifier letters */
    if (c < 0x370) return SC_MARK;
    if (c >= 0x750 && c < 0x780) return SC_AR_LETTER; /* Arabic Supplement */
    if (c >= 0x8A0 && c < 0x900) return c < 0x8CA ? SC_AR_LETTER : SC_AR_MARK;
    if (c < 0x1E00) return SC_OTHER_LETTER;      /* Greek, Cyrillic, Hebrew, Syriac, Indic... */
    if (c < 0x1F00) return SC_LATIN;             /* Latin Extended Additional */
    if (c < 0x2000) return SC_OTHER_LETTER;      /* Greek Extended */
    if (c < 0x2070) {                            /* General Punctuation */
        if (c <= 0x200A || c == 0x202F || c == 0x205F) return SC_SPACE;
        if (c == 0x200C || c == 0x200D) return SC_JOINER;
        if (c == 0x2028 || c == 0x2029) return SC_NEWLINE;
        if (c == 0x200B || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
            c >= 0x2060)
            return SC_IGNORE;                    /* zero-width space, bidi controls */
        return SC_PUNCT;
    }
    if (c >= 0x20D0 && c < 0x2100) return SC_MARK;
    if (c < 0x2C00) return SC_SYMBOL;            /* currency, letterlike, arrows, math, dingbats */
    if (c >= 0x2E00 && c < 0x2E80) return SC_PUNCT; /* ⸮ and other supplemental punctuation */
    if (c == 0x3000) return SC_SPACE;
    if (c > 0x3000 && c < 0x3040) return SC_PUNCT;
    if (c >= 0xFB50 && c < 0xFE00) {             /* Arabic Presentation Forms-A */
        if (c == 0xFD3E || c == 0xFD3F) return SC_PUNCT;
        if (c == 0xFDFC || c == 0xFDFD) return SC_SYMBOL;
        return SC_AR_LETTER;
    }
    if (c < 0xFE00) return SC_OTHER_LETTER;      /* CJK, Hangul, ... */
    if (c < 0xFE10 || (c >= 0xFE20 && c < 0xFE30)) return SC_MARK;
    if (c < 0xFE70) return SC_PUNCT;             /* vertical, small and compatibility forms */
    if (c < 0xFEFF) return SC_AR_LETTER;         /* Arabic Presentation Forms-B */
    if (c == 0xFEFF) return SC_IGNORE;           /* byte-order mark */
    if (c < 0xFFF0) {                            /* halfwidth and fullwidth forms */
        if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
            (c >= 0xFF41 && c <= 0xFF5A) || c >= 0xFF66)
            return SC_OTHER_LETTER;
        return SC_PUNCT;
    }
    if (c < 0x10000) return SC_SYMBOL;           /* U+FFFD and other specials */
    if (c >= 0x1F000 && c < 0x1FB00) return (c >= 0x1F3FB && c <= 0x1F3FF) ? SC_MARK : SC_SYMBOL;
    if (c >= 0xE0000 && c < 0xE0080) return SC_MARK; /* tag characters of emoji flags */
    if (c >= 0xE0100 && c < 0xE01F0) return SC_MARK; /* variation selectors supplement */
    return SC_OTHER_LETTER;
}

/* Cell (lead - 0xD8) << 8 | second byte; a second byte that is not a
** continuation byte gets a cell that continues no word. */
static void cells_fill(seg_cell out[SEG_CELLS], const naba_fold_cell *fold) {
    const unsigned in_word = 1u << SC_AR_LETTER | 1u << SC_AR_MARK | 1u << SC_TATWEEL;
    for (int at = 0; at < SEG_CELLS; at++) {
        int second = at & 0xFF, x = (at >> 8) << 6 | (second & 0x3F);
        out[at] = (seg_cell){{fold[x].b[0], fold[x].b[1]}, fold[x].len,
                             (uint8_t)((second & 0xC0) == 0x80 && (in_word >> seg_arabic_class[x] & 1))};
    }
}

static seg_cell default_cells[SEG_CELLS];
static pthread_once_t default_cells_once = PTHREAD_ONCE_INIT; /* as fold.c's own tables */
static void default_cells_init(void) {
    cells_fill(default_cells, naba_fold_cells(NABA_FOLD_DEFAULT));
}

const seg_cell *seg_cells(unsigned flags, const naba_fold_cell *fold, seg_cell own[SEG_CELLS]) {
    if (flags == NABA_FOLD_DEFAULT) {
        pthread_once(&default_cells_once, default_cells_init);
        return default_cells;
    }
    cells_fill(own, fold);
    return own;
}
