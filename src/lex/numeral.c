/*
** numeral.c — parsing cardinal numbers in digits and in Arabic words (see
** numeral.h). Arabic number words compose: units and tens joined by و
** ("خمسة وعشرين" = 25), hundreds before them, and a scale word multiplies what
** precedes it ("ثلاثة آلاف" = 3000, "ثلاثمئة ألف" = 300000).
*/
#include "numeral.h"

#include <string.h>

const char *const num_classes[] = {"unit", "teen", "tens", "hundred", "scale", "fraction",
                                   "vague", "ordinal", "tunit", "tunit2", NULL};

#define ADDITIVE (WT_BIT(NUM_UNIT) | WT_BIT(NUM_TENS) | WT_BIT(NUM_HUNDRED))

/* A scale word right after a number: "3 آلاف", "عشرات الآلاف". */
static size_t scale_at(const wordtab *nt, const lx_text *lx, size_t i, double *scale) {
    const wt_entry *e;
    if (i >= lx->n || lx->v[i].gap == 2) return 0;
    size_t k = wt_match(nt, lx, i, WT_BIT(NUM_SCALE), WT_DEF, &e, NULL);
    if (k) *scale = e->num;
    return k;
}

/* "44 ألفا و500 شخص", "382 مليون و210 ألف ريال": after digits a scale
** multiplied (by scale), و and a number in digits worth less than the scale
** go on the same number. The units of that part from unit j (0: none), its
** value added to *total. */
static size_t digits_part(const wordtab *nt, const lx_text *lx, size_t j, double scale, double *total) {
    num_val nv;
    if (scale < 1000 || j + 1 >= lx->n || strcmp(lx->v[j].key, "و") || lx->v[j + 1].kind != LX_NUM ||
        lx->v[j + 1].gap > 1)
        return 0;
    size_t k = num_parse(nt, lx, j + 1, &nv);
    if (!k || nv.lo >= scale || nv.lo != nv.hi) return 0;
    *total += nv.lo;
    return k + 1;
}

size_t num_parse(const wordtab *nt, const lx_text *lx, size_t i, num_val *out) {
    memset(out, 0, sizeof *out);
    if (i >= lx->n) return 0;
    double total = 0, cur = 0, last_scale = 1, scale;
    size_t j = i;
    const wt_entry *e;
    size_t stripped = 0, k;
    int digits = lx->v[i].kind == LX_NUM;
    double written = 0; /* the digits' value, before a scale */
    if (digits) {
        j += lx_number(lx, i, &cur);
        written = cur;
    } else {
        /* most units start no number word: one question for the three below */
        if (!(wt_starts(nt, lx, i) & (WT_BIT(NUM_VAGUE) | ADDITIVE | WT_BIT(NUM_SCALE) | WT_BIT(NUM_FRACTION))))
            return 0;
        /* a vague plural first: آلاف alone is "thousands", after a number a scale */
        k = wt_match(nt, lx, i, WT_BIT(NUM_VAGUE), WT_CONJ | WT_PREP | WT_DEF, &e, &stripped);
        if (!k) k = wt_match(nt, lx, i, ADDITIVE | WT_BIT(NUM_SCALE), WT_CONJ | WT_PREP | WT_DEF,
                             &e, &stripped);
        /* a leading fraction without the article: نصف مليون, نصف قرن, ربع ساعة */
        if (!k) k = wt_match(nt, lx, i, WT_BIT(NUM_FRACTION), WT_CONJ | WT_PREP, &e, &stripped);
        if (!k) return 0;
        out->flags |= NUM_F_WORDS;
        out->stripped = stripped;
        if (stripped) {
            const char *key = lx->v[i].key;
            if (stripped >= 4 && memcmp(key + stripped - 4, "ال", 4) == 0) out->flags |= NUM_F_DEF;
            else out->flags |= NUM_F_CLITIC;
        }
        j += k;
        if (e->cls == NUM_VAGUE) {
            double lo = e->num, hi = e->num2;
            size_t s = scale_at(nt, lx, j, &scale);
            if (s) { lo *= scale; hi *= scale; j += s; }
            out->lo = lo; out->hi = hi;
            out->flags |= NUM_F_VAGUE;
            out->n = j - i;
            return out->n;
        }
        if (e->cls == NUM_SCALE) { total = e->num; last_scale = e->num; }
        else if (e->cls == NUM_HUNDRED && e->num >= 1000) {
            /* a dual scale (ألفين, مليونان) is two of its scale: what
            ** follows adds to it ("مليونان وثلاثمئة ألف") */
            total = e->num;
            last_scale = e->num / 2;
        } else cur = e->num; /* a unit, tens, hundred or leading fraction */
        if (e->cls == NUM_UNIT && j < lx->n && wt_match(nt, lx, j, WT_BIT(NUM_TEEN), 0, &e, NULL)) {
            cur += 10;
            j++;
        }
    }
    for (;;) {
        size_t s = scale_at(nt, lx, j, &scale);
        /* digits that already reach the scale after them are restated by it,
        ** the writer's doubled scale: "1.500.000 مليون نسمة", "100000 ألف
        ** ساكن" */
        if (s && digits && cur >= scale) {
            j += s;
            break;
        }
        if (s && (cur > 0 || total == 0)) {
            if (cur > 0) out->flags |= NUM_F_SCALED;
            total += (cur > 0 ? cur : 1) * scale;
            cur = 0;
            last_scale = scale;
            j += s;
            continue;
        }
        /* a larger scale right after a scale multiplies the whole: "سبعة
        ** آلاف مليار" = 7000 × 10^9, "ألفي مليار" */
        if (s && scale > last_scale) {
            total *= scale;
            last_scale = scale;
            j += s;
            continue;
        }
        if (digits) {
            if (written > 0 && cur == 0) j += digits_part(nt, lx, j, total / written, &total);
            break;
        }
        /* "و" + number word continues a number in words */
        if (j >= lx->n || lx->v[j].kind != LX_WORD || lx->v[j].gap == 2) break;
        k = wt_match(nt, lx, j, ADDITIVE | WT_BIT(NUM_FRACTION), WT_CONJ, &e, &stripped);
        if (!k || stripped != 2 || strncmp(lx->v[j].key, "و", 2) != 0) break;
        j += k;
        out->flags |= NUM_F_WORDS;
        if (e->cls == NUM_FRACTION) {
            total += cur;
            cur = 0;
            total += e->num * last_scale;
            double dummy;
            j += scale_at(nt, lx, j, &dummy); /* "ونصف المليون" */
            break;
        }
        cur += e->num;
        if (e->cls == NUM_UNIT && j < lx->n && wt_match(nt, lx, j, WT_BIT(NUM_TEEN), 0, &e, NULL)) {
            cur += 10;  /* "ألفين وثمانية عشر" */
            j++;
        }
    }
    total += cur;
    out->lo = out->hi = total;
    out->n = j - i;
    return out->n;
}

size_t num_time_unit(const wordtab *nt, const lx_text *lx, size_t i, const char **code, int *dual) {
    const wt_entry *e;
    size_t k = wt_match(nt, lx, i, WT_BIT(NUM_TUNIT) | WT_BIT(NUM_TUNIT2), WT_DEF, &e, NULL);
    if (!k) return 0;
    *code = e->str;
    *dual = e->cls == NUM_TUNIT2 ? 2 : 1;
    return k;
}
