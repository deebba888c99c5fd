/*
** numeral.h — numbers written in digits or in Arabic words, shared by the
** dates stage ("قبل ثلاثة أيام") and the counts stage (internal).
**
** The vocabulary (number words, time units) is data/numbers.tsv; the grammar
** (units + tens joined by و, a scale word multiplying what came before, "و نصف"
** after a scale, vague plurals like عشرات as ranges) is here.
*/
#ifndef NABA_NUMERAL_H
#define NABA_NUMERAL_H

#include "arena.h"
#include "wordtab.h"

#include <stdlib.h>

/* Classes of data/numbers.tsv, in this order. */
enum {
    NUM_UNIT = 0,  /* واحد .. عشرة, in every gender and case */
    NUM_TEEN,      /* عشر / عشرة after a unit: ثلاثة عشر = 13 */
    NUM_TENS,      /* عشرون .. تسعين */
    NUM_HUNDRED,   /* مئة .. تسعمائة, مئتين; also ألفين (a dual scale: two of the scale) */
    NUM_SCALE,     /* ألف, آلاف, مليون, مليار: multiply what came before */
    NUM_FRACTION,  /* نصف, ربع: "مليون ونصف" */
    NUM_VAGUE,     /* عشرات 20-90, مئات 200-900, آلاف 2000-9000 */
    NUM_ORDINAL,   /* الأول, الثانية, السادس */
    NUM_TUNIT,     /* time units: value d, w, m, y, h, min */
    NUM_TUNIT2,    /* dual time units: يومين = two days */
    NUM_CLASS_COUNT
};
extern const char *const num_classes[];

#define NUM_F_WORDS 0x1u  /* written (partly) in words */
#define NUM_F_DEF   0x2u  /* with the article: الثلاثة */
#define NUM_F_VAGUE 0x4u  /* a range from a vague plural */
#define NUM_F_CLITIC 0x8u /* the first word carries a clitic: وثلاثة, بعشرة */
#define NUM_F_SCALED 0x10u /* a scale word after a number multiplied it: الأربعة ملايين */

typedef struct num_val {
    double lo, hi;     /* hi > lo for vague plurals */
    size_t n;          /* units consumed */
    size_t stripped;   /* clitic bytes at the start of the first unit */
    unsigned flags;    /* NUM_F_* */
} num_val;

/* A cardinal number at unit i; 0 if none, else the units consumed. */
size_t num_parse(const wordtab *nt, const lx_text *lx, size_t i, num_val *out);

/* A time unit at unit i ("أيام", "يومًا", "ساعتين"): its code (d w m y h min)
** and 2 for a dual form, 1 otherwise. Returns units consumed (0: none). */
size_t num_time_unit(const wordtab *nt, const lx_text *lx, size_t i, const char **code, int *dual);

/* The dates and counts stages pass over a unit where none of their readers
** can begin (no number, no phrase of their lists: most units). The sanitized
** build runs the readers there anyway, as `reads`, and aborts if one reads,
** so a reader that someday begins otherwise fails the tests; other builds
** neither evaluate nor check it (a macro, as assert is: a function would run
** the readers on every unit). */
#ifdef NABA_ASAN
#define NUM_SKIP_CHECK(reads) do { if (reads) abort(); } while (0)
#else
#define NUM_SKIP_CHECK(reads) ((void)0)
#endif

#endif
