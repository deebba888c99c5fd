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

/* Does unit k name the dinar ("دينار", "دنانير", "د", "م د" and "م.د" for
** million dinars)? */
static int dinar_at(const lx_text *lx, size_t k) {
    if (k >= lx->n || lx->v[k].kind != LX_WORD || lx->v[k].gap == 2) return 0;
    const char *key = lx->v[k].key;
    if (!strncmp(key, "دينار", 10) || !strncmp(key, "دنانير", 12) || !strcmp(key, "د")) return 1;
    size_t d = k + 1 + (k + 1 < lx->n && lx_is(lx, k + 1, '.'));
    return !strcmp(key, "م") && d < lx->n && !strcmp(lx->v[d].key, "د");
}

/* "117،901 مليون دينار", "2،308 دينار", "17،500 نقطة": lx_number leaves one
** group of three after an Arabic comma unread, as the same form is a decimal
** in Tunisian agency copy and thousands in Saudi copy (session 22). What
** follows decides: before a scale word or the dinar (a thousand millimes,
** written to three places) the group is a decimal, otherwise thousands (on
** the JawharaFM corpus the form comes before مليون, م د and دينار; on
** SaudiNewsNet before نقطة, دولار, م3 and counted nouns). The digits at
** unit i ran to unit j; the units the group adds to *v (0: none). */
static size_t comma_group(const wordtab *nt, const lx_text *lx, size_t i, size_t j, double *v) {
    if (j != i + 1 || lx->v[i].ndigits > 3 || (i > 0 && !lx->v[i].gap && lx->v[i - 1].kind == LX_PUNCT) ||
        j + 1 >= lx->n || !lx_is(lx, j, 0x060C) || lx->v[j].gap || lx->v[j + 1].kind != LX_NUM ||
        lx->v[j + 1].gap || lx->v[j + 1].ndigits != 3)
        return 0;
    /* a group that goes on (1،500،3, 2،308.5) is no part of this reading */
    if (j + 2 < lx->n && !lx->v[j + 2].gap && lx->v[j + 2].kind == LX_PUNCT && j + 3 < lx->n &&
        lx->v[j + 3].kind == LX_NUM && !lx->v[j + 3].gap)
        return 0;
    double g = lx->v[j + 1].value, scale;
    if (scale_at(nt, lx, j + 2, &scale) || dinar_at(lx, j + 2)) *v += g / 1000;
    else *v = *v * 1000 + g;
    return 2;
}

/* "كمية كبيرة", "كميات الوقود": folding writes مئة and مئات as ميه and
** ميات, so the word quantity, كمية, reads as ك + a hundred. A hundred or
** hundreds matched after ك at unit i, written without the hamza, is that
** word. */
static int quantity_word(const lx_text *lx, size_t i, size_t stripped, const wt_entry *e) {
    const lx_unit *u = &lx->v[i];
    if (stripped < 2 || memcmp(u->key + stripped - 2, "ك", 2) || !(e->num == 100 || e->num == 200))
        return 0;
    const char *t = lx->doc->text + u->start;
    size_t n = u->end - u->start;
    for (size_t b = 0; b + 1 < n; b++)
        if (!memcmp(t + b, "ئ", 2)) return 0;
    return 1;
}

/* "مليارا يورو", "مليونا دولار": a million or a billion opening a number,
** written with its final ا and followed by a noun in construct, is the dual
** (two billion euros); the singular takes that ا only when indefinite, after
** a number (15 مليونا) or alone (جمع مليونا وخمسمئة ألف). ألفا is left out:
** it is also a name (ألفا كوندي). Is the unit i, read as scale e, that dual? */
static int dual_construct(const lx_text *lx, size_t i, size_t j, const wt_entry *e) {
    const lx_unit *u = &lx->v[i];
    return e->num >= 1e6 && u->end - u->start > 2 && !memcmp(lx->doc->text + u->end - 2, "\xd8\xa7", 2) &&
           j < lx->n && lx->v[j].kind == LX_WORD && lx->v[j].gap < 2 && strcmp(lx->v[j].key, "من") &&
           strncmp(lx->v[j].key, "و", 2);
}

/* Does the running value cur already hold the decimal place of the
** addend add (1..9 units, 10..90 tens, 100..900 hundreds), so that the
** addend starts a number of its own? */
static int place_taken(double cur, double add) {
    long long have = (long long)cur, place = add >= 100 ? 100 : add >= 10 ? 10 : 1;
    /* "خمسة وعشرة أيام" is two numbers too (fifteen is خمسة عشر) */
    return (have / place) % 10 != 0 || (add == 10 && have % 10 != 0);
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
        j += comma_group(nt, lx, i, j, &cur);
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
        if (!k || quantity_word(lx, i, stripped, e)) return 0;
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
        if (e->cls == NUM_SCALE) {
            total = e->num * (!stripped && dual_construct(lx, i, j, e) ? 2 : 1);
            last_scale = e->num;
        }
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
        /* "مليون و800 ألف", "مليار و300 مليون": a scale word alone, then
        ** digits worth less than it */
        if (cur == 0 && total > 0) {
            size_t kd = digits_part(nt, lx, j, last_scale, &total);
            if (kd) {
                j += kd;
                break;
            }
        }
        /* "و" + number word continues a number in words */
        if (j >= lx->n || lx->v[j].kind != LX_WORD || lx->v[j].gap == 2) break;
        k = wt_match(nt, lx, j, ADDITIVE | WT_BIT(NUM_FRACTION), WT_CONJ | WT_DEF, &e, &stripped);
        if (!k || strncmp(lx->v[j].key, "و", 2) != 0) break;
        /* a definite unit takes its tens with the article too: "الأربعة
        ** والعشرين ساعة" (not "الستة عشر والثمانية", two rounds) */
        if (stripped != 2 && !(stripped == 6 && !strncmp(lx->v[j].key, "وال", 6) && (out->flags & NUM_F_DEF) &&
                               e->cls == NUM_TENS && cur > 0 && cur < 10 && total == 0))
            break;
        /* each و adds a place the number so far leaves empty ("مئة وخمسة
        ** وعشرين"); "أربعين وخمسين سنة", "ثلاثة وأربعة أيام" are two numbers */
        if (e->cls != NUM_FRACTION && place_taken(cur, e->num)) break;
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
