/*
** number.c — numbers as news writes them: digits of any system (0-9, ٠-٩, ۰-۹),
** thousands and decimal separators, percentages, ordinals, number+unit, dates
** and clock times, each one token with its value.
**
** Separators are ambiguous in Arabic news: "12.000" is twelve thousand in
** copy that follows European habits and "2.5" is two and a half. The rule:
**   ٫ is always decimal and ٬ always thousands;
**   with two different separators the last one is decimal (1,234.5  1.234,5);
**   with one kind only, groups of exactly three digits after a first group of
**   1-3 digits (not a lone 0) are thousands (12,000  12.000  1.000.000);
**   otherwise a single separator is decimal (2.5  2,5  0.500);
**   anything else (1.2.3, 192.168.1.1) stays one token whose value is NaN.
** The Arabic comma ، separates groups too, in the forms comma_groups keeps.
*/
#include "segment.h"

#include <math.h>

#define MAX_GROUPS 16

/* Scan a run of digits at s[i]; return its end, its digit count in *n and the
** value of its first (up to 9) digits in *v. */
static size_t digit_run(const char *s, size_t i, size_t end, int *n, long *v) {
    uint32_t cp;
    size_t len;
    *n = 0;
    *v = 0;
    while (i < end && seg_class_at(s, i, end, &cp, &len) == SC_DIGIT) {
        if (*n < 9) *v = *v * 10 + digit_value(cp);
        (*n)++;
        i += len;
    }
    return i;
}

static int is_digit_at(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len;
    return i < end && seg_class_at(s, i, end, &cp, &len) == SC_DIGIT;
}

static int day_month(long a, long b) { return a >= 1 && a <= 31 && b >= 1 && b <= 12; }

/* A date starting with the digit run [i, j) of n digits and value v:
** 16/05/2025, 5/16/2025, 16-05-2025, 16.05.2025, 2025-05-16, 2025/5/16.
** Return its end, or 0. */
static size_t scan_date(const char *s, size_t j, size_t end, int n, long v) {
    char sep = j < end ? s[j] : 0;
    if (sep != '/' && sep != '-' && sep != '.') return 0;
    int n1, n2;
    long v1, v2;
    size_t k = digit_run(s, j + 1, end, &n1, &v1);
    if (n1 < 1 || n1 > 2 || k >= end || s[k] != sep) return 0;
    size_t e = digit_run(s, k + 1, end, &n2, &v2);
    if (is_digit_at(s, e, end)) return 0;
    if (n <= 2 && (n2 == 4 || (n2 == 2 && sep != '.')) && (day_month(v, v1) || day_month(v1, v)))
        return e;
    if (n == 4 && n2 >= 1 && n2 <= 2 && sep != '.' && day_month(v2, v1)) return e;
    return 0;
}

/* A clock time 10:30 or 10:30:15 after the run [i, j) of n digits and value v. */
static size_t scan_time(const char *s, size_t j, size_t end, int n, long v) {
    if (n > 2 || v > 24 || j >= end || s[j] != ':') return 0;
    int n1;
    long v1;
    size_t e = digit_run(s, j + 1, end, &n1, &v1);
    if (n1 != 2 || v1 > 59) return 0;
    if (e + 1 < end && s[e] == ':') {
        size_t e2 = digit_run(s, e + 1, end, &n1, &v1);
        if (n1 == 2 && v1 <= 59) e = e2;
    }
    return e;
}

/* Value of the digits in s[b..e), dec being the decimal separator (0: none);
** every other non-digit is a thousands separator. */
static double value_of(const char *s, size_t b, size_t e, uint32_t dec) {
    double mant = 0;
    int frac = -1;
    while (b < e) {
        uint32_t cp;
        size_t len;
        if (seg_class_at(s, b, e, &cp, &len) == SC_DIGIT) {
            mant = mant * 10 + digit_value(cp);
            if (frac >= 0) frac++;
        } else if (cp == dec) {
            frac = 0;
        }
        b += len;
    }
    double v = frac > 0 ? mant / pow(10.0, frac) : mant;
    return isfinite(v) ? v : NAN;
}

static int is_separator(uint32_t cp) {
    return cp == ',' || cp == '.' || cp == 0x066B || cp == 0x066C || cp == 0x060C;
}

/* Does an Arabic comma glued to a digit end just before s[i]? */
static int after_digit_comma(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len, k = i - 2;
    if (i < 3 || (unsigned char)s[k] != 0xD8 || (unsigned char)s[k + 1] != 0x8C) return 0;
    do k--; while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80);
    return seg_class_at(s, k, end, &cp, &len) == SC_DIGIT;
}

/* The Arabic comma separates a number's groups only as news writes them
** (the clean stage keeps it glued between digits): thousands of three digits
** after 1-3 digits (1،975،022) or one decimal part of one or two digits
** (6،3, 1،45); between years or in a list (2014،2015, 12،5،3) it is a comma
** and ends the number, and the numbers after it take none either (list,
** set: the number began after such a comma). How many of the ng groups the
** number keeps. */
static int comma_groups(const uint32_t *seps, const int *glen, int ng, int n0, int list) {
    int first = -1, threes = 1;
    for (int g = ng - 1; g >= 0; g--) {
        if (seps[g] == 0x060C) first = g;
        threes &= glen[g] == 3;
    }
    if (first < 0 || (!list && ((threes && n0 <= 3) || (ng == 1 && glen[0] <= 2)))) return ng;
    return first;
}

/* Which separator is decimal (0: all are thousands), or -1 when the digits are
** no single quantity. See the rule at the top of the file. */
static long decimal_separator(const uint32_t *seps, const int *glen, int ng, int n0, long v0) {
    uint32_t last = seps[ng - 1];
    int last_count = 0, mixed = 0, threes = 1;
    for (int g = 0; g < ng; g++) {
        last_count += seps[g] == last;
        mixed |= seps[g] != last;
        threes &= glen[g] == 3;
    }
    if (last == 0x066C) return mixed ? -1 : 0;
    if (last == 0x066B || mixed) return last_count == 1 ? (long)last : -1;
    if (threes && n0 <= 3 && !(n0 == 1 && v0 == 0)) return 0;
    return ng == 1 ? (long)last : -1;
}

static int is_unit_letter(int cl) { return cl == SC_LATIN || cl == SC_AR_LETTER; }

/* After a number at s[i]: the letters of a unit (5km, 2022م), with -letters
** chained on (30-day, 50-year-old). Return the unit's end (i: no unit). */
static size_t unit_end(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len, j = i;
    if (j + 1 < end && s[j] == '-' && is_unit_letter(seg_class_at(s, j + 1, end, &cp, &len))) j++;
    for (;;) {
        size_t k = j;
        while (k < end) {
            int cl = seg_class_at(s, k, end, &cp, &len);
            if (!is_unit_letter(cl) && !(k > j && (cl == SC_MARK || cl == SC_AR_MARK || cl == SC_TATWEEL)))
                break;
            k += len;
        }
        if (k == j) return i;
        j = k;
        if (j + 1 < end && s[j] == '-' && is_unit_letter(seg_class_at(s, j + 1, end, &cp, &len))) {
            j++;
            continue;
        }
        return j;
    }
}

static int is_ordinal_suffix(const char *s, size_t i, size_t e) {
    if (e - i != 2) return 0;
    char a = (char)(s[i] | 0x20), b = (char)(s[i + 1] | 0x20);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
}

void seg_scan_number(const char *s, size_t i, size_t end, seg_number *out) {
    uint32_t cp;
    size_t len;
    int pre_percent = 0;
    if (seg_class_at(s, i, end, &cp, &len) != SC_DIGIT) { /* %50 or ٪50 */
        pre_percent = 1;
        i += len;
    }
    int n0;
    long v0;
    size_t j = digit_run(s, i, end, &n0, &v0);
    out->value = NAN;
    if (!pre_percent) {
        size_t e = scan_date(s, j, end, n0, v0);
        if (e) { out->end = e; out->kind = NABA_TOK_DATE; return; }
        e = scan_time(s, j, end, n0, v0);
        if (e) { out->end = e; out->kind = NABA_TOK_TIME; return; }
    }
    uint32_t seps[MAX_GROUPS];
    int glen[MAX_GROUPS], ng = 0;
    size_t at[MAX_GROUPS];
    while (ng < MAX_GROUPS && j < end) {
        seg_class_at(s, j, end, &cp, &len);
        if (!is_separator(cp) || !is_digit_at(s, j + len, end)) break;
        long unused;
        seps[ng] = cp;
        at[ng] = j;
        j = digit_run(s, j + len, end, &glen[ng], &unused);
        ng++;
    }
    int keep = comma_groups(seps, glen, ng, n0, after_digit_comma(s, i, end)), comma = 0;
    if (keep < ng) {
        j = at[keep];
        ng = keep;
    }
    for (int g = 0; g < ng; g++) comma |= seps[g] == 0x060C;
    long dec = ng ? decimal_separator(seps, glen, ng, n0, v0) : 0;
    /* groups of three after an Arabic comma are thousands, with a dot before
    ** them too (11.700،000); but one alone is 2.308 dinars in Tunisian copy
    ** and 17,500 points in Saudi copy: one number of no known value (the
    ** counts stage reads it by the word after it) */
    if (ng > 0 && comma && glen[ng - 1] == 3) dec = ng == 1 ? -1 : 0;
    out->end = j;
    out->kind = NABA_TOK_NUMBER;
    if (dec >= 0) out->value = value_of(s, i, j, (uint32_t)dec);
    if (pre_percent) { out->kind = NABA_TOK_PERCENT; return; }
    if (j >= end) return;
    seg_class_at(s, j, end, &cp, &len);
    if (cp == '%' || cp == 0x066A) {
        out->end = j + len;
        out->kind = NABA_TOK_PERCENT;
        return;
    }
    size_t u = unit_end(s, j, end);
    if (u == j) return;
    out->end = u;
    out->kind = ng == 0 && is_ordinal_suffix(s, j, u) ? NABA_TOK_ORDINAL : NABA_TOK_NUMUNIT;
}
