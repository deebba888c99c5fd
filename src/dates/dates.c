/*
** dates.c — the dates stage: finds date and time expressions in Arabic news and
** resolves them to ISO 8601.
**
** Two passes. The first reads expressions left to right into pending records:
** numeric dates (16/5/2025), day-month-year in any regional month name, Hijri
** dates, weekdays, years, relative days (أمس), relative units (الأسبوع الماضي),
** "ago" durations (قبل يومين) and clock times. The second picks the anchor (the
** input's date; else a dateline date; else the first full date in the text)
** and resolves every relative record against it. Undirected weekdays in news
** are past: "يوم الخميس" is the latest Thursday on or before the article date,
** unless a future cue (سوف, بمجرد, المقرر) comes before it in the sentence or
** the verb the parse hangs it on is سـ + imperfect; a bare month after a past
** verb is the past one.
*/
#include "dates.h"
#include "affix.h"
#include "arena.h"
#include "calendar.h"
#include "kb.h"
#include "link.h"
#include "namekey.h"
#include "lex.h"
#include "numeral.h"
#include "stage.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const dates_classes[] = {
    "month", "month_amb", "hmonth", "weekday", "relday", "dir", "this",
    "yearword", "daypart", "prep", "ago", "future", "hijri", "gregorian", "clock", "ampm",
    "block", "edge", "name", "to", "said", "minutes", "equal", "ahead", "relday_part", "was", "season", "same", "hours", "ago_tail", NULL};

/* The values of the name class of data/dates.tsv: what comes after the noun
** (a year, a day and month); the anniversary, ذكرى, of a named day. */
enum { NAME_YEAR = 0, NAME_DAY = 1, NAME_ANNIVERSARY = 2, NAME_TITLE = 3, NAME_GENERAL = 4 };
/* The values of the ahead class: a delivery month (on or after the article
** date), a deadline's بحلول (no past tense from the verb). */
enum { AHEAD_DUE = 0, AHEAD_BY = 1 };
/* The values of the future class: a cue, a start ("starting from"). */
enum { FUTURE_CUE = 1, FUTURE_FROM = 2 };

enum { P_ABS, P_RELDAY, P_WEEKDAY, P_UNIT, P_TIME, P_SEASON, P_SAME, P_NONE };

typedef struct pend {
    naba_off start, end;
    uint32_t sent;
    int type;
    int y, m, d;        /* P_ABS parts, 0 when the text leaves them out; P_UNIT d: the day named (15 الجاري) */
    int wd, dir;        /* P_WEEKDAY: 0 Sunday; dir -1 before, 1 after, 0 on/before, 2 on/after;
                        ** P_ABS without a year: -1 before, 1 after, -2 on/before, 2 on/after,
                        ** 3 on/after when within six months or the past one is two
                        ** months back (a future cue earlier in the sentence, weaker
                        ** than a word next to the date), -3 on/before when within
                        ** six months or the next one is two months on (a past verb
                        ** governs it), 0 the nearest */
    int rel_wd;         /* P_RELDAY: 1 + the weekday said with it (غدا السبت), 0 none */
    int yrel;           /* P_ABS: the year is the article's + yrel (سبتمبر العام الماضي), 0 none */
    int season;         /* P_ABS, P_SEASON: 1 spring .. 4 winter (صيف 2011), 0 none */
    int off;            /* P_RELDAY days, P_UNIT units, P_SEASON seasons or years (signed) */
    char unit;          /* P_UNIT: 'd' 'w' 'm' 'y'; P_SEASON: 's' the season before (-1), the
                        ** one after (1), the nearest (0); 'y' that season of the year off */
    char gran;          /* P_UNIT: precision of the result, 'D' 'W' 'M' 'Y' */
    int hh, mi;         /* P_TIME */
    unsigned flags;     /* NABA_TIMEX_* */
    int said;           /* P_WEEKDAY: the day of a statement (قال ... الاثنين إن) */
    int named;          /* P_ABS: a day and month that name an event or a place (NAME_DAY) */
    int following;      /* P_UNIT: said with التالي (العام التالي), after the time narrated */
} pend;

typedef struct ctx {
    const dates_state *st;
    const lx_text *lx;
    naba_doc *doc;
    size_t after_date;  /* the unit just after the last expression read */
    const uint32_t *starts;  /* wt_starts_each of the dates table: no class is WT_KNOWN */
    const uint32_t *nstarts; /* the same of the numbers table */
} ctx;

/* The readers ask several classes of each unit; most units start none. */
static size_t match(const ctx *c, size_t i, int cls_mask, unsigned clitics, const wt_entry **e) {
    if (i < c->lx->n && !(c->starts[i] & (unsigned)cls_mask)) return 0;
    return wt_match(c->st->dt, c->lx, i, (unsigned)cls_mask, clitics, e, NULL);
}

static size_t num_match(const ctx *c, size_t i, unsigned cls_mask, unsigned clitics, const wt_entry **e) {
    if (i < c->lx->n && !(c->nstarts[i] & cls_mask)) return 0;
    return wt_match(c->st->nt, c->lx, i, cls_mask, clitics, e, NULL);
}

static int is_cls(const ctx *c, size_t i, int cls) {
    const wt_entry *e;
    return i < c->lx->n && match(c, i, WT_BIT(cls), WT_CONJ, &e) == 1;
}

/* The phrase of class cls that ends just before unit i (it may be up to 3
** words), or NULL. */
static const wt_entry *ends_cls(const ctx *c, size_t i, int cls) {
    const wt_entry *e;
    for (size_t w = 1; w <= 3 && w <= i; w++)
        if (match(c, i - w, WT_BIT(cls), WT_CONJ | WT_PREP, &e) == w) return e;
    return NULL;
}

/* هذا, هذه at unit i (هذا الأسبوع), not the far ذلك, تلك (ذلك العام: the
** year the story spoke of). */
static int this_near(const ctx *c, size_t i) {
    const wt_entry *e;
    return i < c->lx->n && match(c, i, WT_BIT(D_THIS), WT_CONJ, &e) == 1 && e->num == 0;
}

/* و, -, إلى: joins the two ends of a range. */
static int is_joiner(const ctx *c, size_t i) {
    return i < c->lx->n && (lx_is_dash(c->lx, i) || !strcmp(c->lx->v[i].key, "و") || is_cls(c, i, D_TO));
}

/* Unit i starts the second end of a range or list right after a date
** ("من عام 2007 إلى 2012", "بين تموز وأيلول"); a bare year right after a
** date ("العام الماضي 2017") only restates it. */
static int follows_date(const ctx *c, size_t i, int joined_only) {
    return (!joined_only && c->after_date == i) || (c->after_date + 1 == i && is_joiner(c, i - 1));
}

static int num_in(const lx_text *lx, size_t i, int lo, int hi, int min_digits, int max_digits) {
    if (i >= lx->n || lx->v[i].kind != LX_NUM) return 0;
    const lx_unit *u = &lx->v[i];
    return u->ndigits >= min_digits && u->ndigits <= max_digits && u->value >= lo && u->value <= hi;
}

/* A digit run that is not glued to more digits by punctuation (not 1,000 or 10:30). */
static int lone_num(const lx_text *lx, size_t i) {
    if (i + 2 < lx->n && lx->v[i + 1].gap == 0 && lx->v[i + 1].kind == LX_PUNCT &&
        lx->v[i + 2].gap == 0 && lx->v[i + 2].kind == LX_NUM) return 0;
    if (i >= 2 && lx->v[i].gap == 0 && lx->v[i - 1].kind == LX_PUNCT && lx->v[i - 1].gap == 0 &&
        lx->v[i - 2].kind == LX_NUM) return 0;
    return 1;
}

/* "15-18": two days of a month, the first the smaller, joined by a dash with
** no space, which lone_num takes for one glued number ("3-2" is a score);
** neither is glued to more digits. */
static int day_pair(const lx_text *lx, size_t i) {
    if (i + 2 >= lx->n || !num_in(lx, i, 1, 31, 1, 2) || !num_in(lx, i + 2, 1, 31, 1, 2) ||
        lx->v[i].value >= lx->v[i + 2].value)
        return 0;
    if (lx->v[i + 1].gap || lx->v[i + 2].gap || !lx_is_dash(lx, i + 1))
        return 0;
    return (i < 2 || lx->v[i].gap || lx->v[i - 1].kind != LX_PUNCT || lx->v[i - 2].kind != LX_NUM) &&
           !(i + 4 < lx->n && lx->v[i + 3].gap == 0 && lx->v[i + 3].kind == LX_PUNCT &&
             lx->v[i + 4].gap == 0 && lx->v[i + 4].kind == LX_NUM);
}

static int valid_ymd(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= cal_month_days(y, m);
}

/* 16/5/2025, 16.05.2025, 16-5-2025, 2025-05-16, 2025/05/16, slashes glued
** or spaced (29 /06 /2015); and the Hijri dates of Saudi copy, day first,
** the year 1300-1500 with or without هـ after it ("بتاريخ 19/6/1436 واستشهاد",
** "الصادر بتاريخ 27 / 8 / 1412هـ"): read by the tabular calendar, so
** flagged approximate, as a Hijri month's name is, unless الموافق and a
** Gregorian date in digits follow. */
static size_t numeric_date(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    if (i + 4 >= lx->n || lx->v[i].kind != LX_NUM) return 0;
    uint32_t s1 = lx_punct(lx, i + 1), s2 = lx_punct(lx, i + 3);
    for (size_t k = i; k < i + 4; k++) /* spaces, no line break, only about slashes */
        if (lx->v[k + 1].gap > (s1 == '/')) return 0;
    if (s1 != s2 || (s1 != '/' && s1 != '.' && s1 != '-')) return 0;
    if (lx->v[i + 2].kind != LX_NUM || lx->v[i + 4].kind != LX_NUM) return 0;
    for (size_t k = i; k <= i + 4; k += 2) if (lx->v[k].ndigits > 4) return 0;
    int a = (int)lx->v[i].value, b = (int)lx->v[i + 2].value, e = (int)lx->v[i + 4].value;
    int y, m, d;
    if (lx->v[i].ndigits == 4 && lx->v[i + 4].ndigits <= 2) { y = a; m = b; d = e; }
    else if (lx->v[i + 4].ndigits == 4 && lx->v[i].ndigits <= 2) {
        y = e; d = a; m = b;
        if (m > 12 && d <= 12) { int t = m; m = d; d = t; } /* 5/16/2025 */
    } else return 0;
    if (lx->v[i].ndigits <= 2 && y >= 1300 && y <= 1500 && m <= 12 && d <= 30 && d >= 1 && m >= 1 &&
        !(i + 5 < lx->n && lx->v[i + 5].gap < 2 && is_cls(c, i + 5, D_GREGORIAN))) {
        size_t j = i + 5 + (i + 5 < lx->n && lx->v[i + 5].gap < 2 && is_cls(c, i + 5, D_HIJRI)), kg;
        /* "12 /09 /1436هـ الموافق 29 /06 /2015": the Gregorian day stated wins */
        if (j < lx->n && lx_is(lx, j, 0x060C)) j++;
        if (is_cls(c, j, D_EQUAL) && (kg = numeric_date(c, j + 1, p)) && !(p->flags & NABA_TIMEX_HIJRI))
            return j + 1 + kg - i;
        memset(p, 0, sizeof *p);
        cal_civil(cal_hijri_days(y, m, d), &p->y, &p->m, &p->d);
        p->type = P_ABS;
        p->flags |= NABA_TIMEX_HIJRI | NABA_TIMEX_APPROX;
        return 5 + (i + 5 < lx->n && lx->v[i + 5].gap < 2 && is_cls(c, i + 5, D_HIJRI));
    }
    if (y < 1900 || y > 2100 || !valid_ymd(y, m, d)) return 0;
    p->type = P_ABS; p->y = y; p->m = m; p->d = d;
    return 5;
}

/* A year number at i (after an optional yearword), with its calendar marker. */
static size_t year_at(const ctx *c, size_t i, int *year, unsigned *flags) {
    const lx_text *lx = c->lx;
    size_t j = i;
    const wt_entry *e;
    if (j < lx->n && match(c, j, WT_BIT(D_YEARWORD), WT_CONJ | WT_PREP, &e) == 1) j++; /* لسنة 2015 */
    *flags = 0;
    num_val nv;
    size_t kw;
    if (num_in(lx, j, 622, 2200, 4, 4) && lone_num(lx, j)) {
        *year = (int)lx->v[j].value;
        j++;
    } else if (j > i && (kw = num_parse(c->st->nt, lx, j, &nv)) && (nv.flags & NUM_F_WORDS) &&
               !(nv.flags & NUM_F_VAGUE) && nv.lo == nv.hi && nv.lo >= 1900 && nv.lo <= 2100 &&
               nv.lo == (int)nv.lo) {
        *year = (int)nv.lo;     /* عام ألفين وثمانية عشر */
        j += kw;
    } else return 0;
    if (j < lx->n && lx->v[j].gap < 2 && is_cls(c, j, D_HIJRI)) { *flags = NABA_TIMEX_HIJRI; j++; }
    else if (j < lx->n && lx->v[j].gap < 2 && is_cls(c, j, D_GREGORIAN)) j++;
    return j - i;
}

/* num_time_unit, after the unit's classes say one may start there */
static size_t time_unit(const ctx *c, size_t i, const char **code, int *dual) {
    if (i < c->lx->n && !(c->nstarts[i] & (WT_BIT(NUM_TUNIT) | WT_BIT(NUM_TUNIT2)))) return 0;
    return num_time_unit(c->st->nt, c->lx, i, code, dual);
}

/* "النصف الأول من يونيو", "الأسبوع الأول من شهر مايو": an ordinal after a
** fraction or a time unit longer than a day numbers that part, not a day. */
static int part_before(const ctx *c, size_t i) {
    if (i == 0 || i >= c->lx->n || c->lx->v[i].gap == 2) return 0;
    const wt_entry *e;
    const char *code;
    int dual;
    return num_match(c, i - 1, WT_BIT(NUM_FRACTION), WT_DEF, &e) == 1 ||
           (time_unit(c, i - 1, &code, &dual) == 1 && strcmp(code, "d") != 0);
}

/* An ordinal day in words: الثاني, الثالث عشر, الرابع والعشرين, الثلاثين. */
static size_t ordinal_day(const ctx *c, size_t i, int *d) {
    const wt_entry *e, *t;
    /* no ordinal and no tens start here: the word before need not be read */
    if (i < c->lx->n && !(c->nstarts[i] & (WT_BIT(NUM_ORDINAL) | WT_BIT(NUM_TENS)))) return 0;
    if (part_before(c, i)) return 0;
    size_t k = num_match(c, i, WT_BIT(NUM_ORDINAL), WT_CONJ | WT_PREP, &e), kt;
    if (!k) {   /* العشرين, الثلاثين */
        if (!(k = num_match(c, i, WT_BIT(NUM_TENS), WT_CONJ | WT_PREP | WT_DEF, &t)) ||
            t->num > 30 || strncmp(c->lx->v[i].key, "ال", 4)) return 0;
        *d = (int)t->num;
        return k;
    }
    *d = (int)e->num;
    if (e->num > 9) return k;
    if ((kt = num_match(c, i + k, WT_BIT(NUM_TEEN), 0, &t))) {
        *d += 10;   /* الثالث عشر */
        return k + kt;
    }
    if ((kt = num_match(c, i + k, WT_BIT(NUM_TENS), WT_CONJ | WT_DEF, &t)) &&
        t->num <= 30 && *d + (int)t->num <= 31) {
        *d += (int)t->num;  /* الرابع والعشرين */
        return k + kt;
    }
    return k;
}

/* The day before a month's name: "12", "12 من", "الثاني عشر من" (an
** ordinal day, always with من); returns the units it covers, and sets *d
** (0: none). */
static size_t day_of(const ctx *c, size_t i, int *d) {
    const lx_text *lx = c->lx;
    size_t ko;
    *d = 0;
    if (num_in(lx, i, 1, 31, 1, 2) && (lone_num(lx, i) || (i >= 2 && day_pair(lx, i - 2)))) {
        *d = (int)lx->v[i].value;
        return 1 + (i + 1 < lx->n && !strcmp(lx->v[i + 1].key, "من"));
    }
    if ((ko = ordinal_day(c, i, d)) && i + ko < lx->n && !strcmp(lx->v[i + ko].key, "من")) return ko + 1;
    /* "في أول يونيو", "منذ أول مايو أيار": أول right before a month is its
    ** first day (the caller reads the month) */
    if (ko == 1 && *d == 1 && !strcmp(lx->v[i].key, "اول") && i + 1 < lx->n && lx->v[i + 1].gap < 2) return 1;
    *d = 0;
    return 0;
}

static size_t day_month_year(const ctx *c, size_t i, int ctx_ok, pend *p);
static int future_before(const ctx *c, size_t i);
static size_t unit_expr(const ctx *c, size_t i, pend *p);
static size_t yearless_hijri(const ctx *c, size_t i, int *d, int *m);

/* "الموافق 10 اغسطس 2015" after a Hijri date at j: the Gregorian day it
** restates, into g; returns the units it covers (0: none). */
static size_t stated_day(const ctx *c, size_t j, pend *g) {
    const lx_text *lx = c->lx;
    size_t k = j;
    if (k < lx->n && lx_is(lx, k, ',')) k++;
    if (!is_cls(c, k, D_EQUAL)) return 0;
    k++;
    memset(g, 0, sizeof *g);
    size_t kg = day_month_year(c, k, 1, g);
    if (!kg || !g->d || (g->flags & NABA_TIMEX_HIJRI)) return 0;
    return k + kg - j;
}

/* A Hijri day restating the Gregorian date that ends at j ("10 أغسطس 2015 م /
** 25 شوال 1436 هـ", "... الموافق 25 شوال", "...، الموافق 17 رمضان"): the units it covers, to fold
** into the Gregorian date (0: none). */
static size_t restated_hijri(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    size_t k = j;
    int paren = 0;
    if (k >= lx->n) return 0;
    if (lx_is(lx, k, '(')) paren = 1;
    else if (!lx_is(lx, k, '/') && !lx_is_dash(lx, k) && !lx_is(lx, k, ',') && !is_cls(c, k, D_EQUAL)) return 0;
    /* "6 أغسطس 2012، الموافق 17 رمضان": a comma, then الموافق */
    if (lx_is(lx, k, ',') && k + 1 < lx->n && is_cls(c, k + 1, D_EQUAL)) k++;
    k++;
    pend h = {0};
    size_t kh = day_month_year(c, k, 1, &h);
    int hd, hm;
    /* after الموافق the Hijri day may go without its year */
    if ((!kh || !h.d || !(h.flags & NABA_TIMEX_HIJRI)) && !(is_cls(c, k - 1, D_EQUAL) && (kh = yearless_hijri(c, k, &hd, &hm))))
        return 0;
    k += kh;
    if (paren && k < lx->n && lx_is(lx, k, ')')) k++;
    return k - j;
}

/* منذ just before a date, or before an edge word before it (منذ 12 من
** ديسمبر, منذ منتصف أبريل): the date lies on or before the article date. */
static int since_before(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    for (size_t back = 1; back <= 2 && back <= i; back++) {
        const char *k = lx->v[i - back].key;
        if (!strcmp(k, "منذ") || !strcmp(k, "ومنذ")) return 1;
        if (!is_cls(c, i - back, D_EDGE)) break;
    }
    return 0;
}

/* The tense of the verb the parse hangs the date at unit i on, within three
** heads, when no other verb stands between them and the date is no part of
** its complement (جرت ... في يناير, سيلتقي ... السبت, وفي سبتمبر، بدأت): -1 past (a perfect, or لم and a jussive),
** 1 ahead (سـ or سوف and an imperfect, before the date), 0 none or present.
** A verb that is a name's word (a mention) says nothing. */
static int governing_tense(const ctx *c, size_t i) {
    const naba_doc *d = c->doc;
    int w = lx_head_word(c->lx, i), first = w;
    for (int steps = 0; w >= 0 && steps < 3; steps++) {
        int h = d->words.v[w].head;
        if (h < 0 || (size_t)h >= d->words.n) return 0;
        const naba_word *v = &d->words.v[h];
        const char *rel = d->words.v[w].deprel ? d->words.v[w].deprel : "";
        w = h;
        if (v->upos != NABA_UPOS_VERB) continue;
        if (!v->feats || dates_mention_at(d, v->start)) return 0;
        /* the date inside the verb's complement dates what it tells of, not
        ** the verb (كان الوزير في مينسك لمناقشة تدريبات في سبتمبر) */
        if (!strncmp(rel, "xcomp", 5) || !strncmp(rel, "ccomp", 5) || !strncmp(rel, "csubj", 5)) return 0;
        /* a verb nearer the date, or a clause opened between (وسيسلم ... بعد
        ** أن عقد الأربعاء, the verb read as a noun), tells its tense rather */
        for (int k = h < first ? h + 1 : first + 1; k < (h < first ? first : h); k++)
            if (d->words.v[k].upos == NABA_UPOS_VERB || d->words.v[k].upos == NABA_UPOS_SCONJ) return 0;
        if (strstr(v->feats, "Aspect=Perf")) return -1;
        const char *before = h > 0 && d->words.v[h - 1].form ? d->words.v[h - 1].form : "";
        /* a future verb after the date is as often another clause's (وهبطت
        ** الطائرة مساء الجمعة ... ستبقى) */
        if (strstr(v->feats, "Aspect=Imp") && (!strcmp(before, "س") || !strcmp(before, "سوف"))) return h < first;
        /* "ما لم يصدر ... يوم 12 مايو" (unless he issues): no past */
        const char *before2 = h > 1 && d->words.v[h - 2].form ? d->words.v[h - 2].form : "";
        if (strstr(v->feats, "Mood=Jus") && !strcmp(before, "لم")) return strcmp(before2, "ما") ? -1 : 0;
        return 0;
    }
    return 0;
}

/* حتى, إلى or a deadline's بحلول just before unit i, or a word that looks
** ahead (القادمة, المقبل) in the three units before it: "بقي في منصبه حتى
** أغسطس", "طلبت ... بحلول الرابع من نوفمبر", "قمة الناتو القادمة في يوليو"
** are ahead whatever the verb's tense. */
static int limit_or_coming_before(const ctx *c, size_t i) {
    const wt_entry *e;
    if (i > 0 && (is_cls(c, i - 1, D_TO) || (match(c, i - 1, WT_BIT(D_AHEAD), WT_CONJ, &e) == 1 && e->num == AHEAD_BY)))
        return 1;
    for (size_t k = i, steps = 0; k > 0 && steps < 3 && c->lx->v[k - 1].sent == c->lx->v[i].sent; k--, steps++)
        if (match(c, k - 1, WT_BIT(D_DIR), 0, &e) == 1 && e->num > 0) return 1;
    return 0;
}

static int has_context(const ctx *c, size_t i);

/* "في نفس العام", "من العام نفسه" at unit j: the year of a date told
** before. */
static int same_year_after(const lx_text *lx, size_t j) {
    if (j < lx->n && (!strcmp(lx->v[j].key, "في") || !strcmp(lx->v[j].key, "من"))) j++;
    if (j + 1 >= lx->n) return 0;
    const char *a = lx->v[j].key, *b = lx->v[j + 1].key;
    int year_a = !strcmp(a, "العام") || !strcmp(a, "السنه"), year_b = !strcmp(b, "العام") || !strcmp(b, "السنه");
    return ((!strcmp(a, "نفس") || !strcmp(a, "ذات")) && year_b) || (year_a && (!strcmp(b, "نفسه") || !strcmp(b, "ذاته")));
}

/* "28 شوال الجاري", "17 ذي القعدة القادم", "21 رمضان، تم": a Hijri day in
** digits with no year (Saudi copy dates its events so), or any day after شهر
** or before a direction word; صفر (also "zero": "3 صفر" is a score) only
** then. Not after الموافق, restating a dated day ("6 أغسطس 2012، الموافق 17
** رمضان"), nor before "في نفس العام" (a year told before). The day between
** i and j; resolved to the nearest such day (p->dir: on the side it says). */
static int yearless_hijri_day(const ctx *c, size_t i, size_t j, int d, int m, const pend *p) {
    const lx_text *lx = c->lx;
    if (!d || (i > 0 && is_cls(c, i - 1, D_EQUAL)) || same_year_after(lx, j)) return 0;
    int cue = p->dir != 0;
    for (size_t k = i; k < j && !cue; k++) cue = !strcmp(lx->v[k].key, "شهر");
    return cue || (m != 2 && lx->v[i].kind == LX_NUM);
}

/* [day] [من] month [،] [year]: Gregorian or Hijri. ctx_ok: a preposition or
** شهر before makes a lone month a date; CTX_ASK: work that out here, once a
** month is found (most units are none). */
#define CTX_ASK (-1)
/* "قتل تحت التعذيب في 8 أيار/مايو (1987)": a year in brackets right after
** a day and month is that date's year (the units it covers, with both
** brackets; 0: none). */
static size_t bracketed_year(const ctx *c, size_t j, int *year, unsigned *flags) {
    const lx_text *lx = c->lx;
    if (j + 2 >= lx->n || !lx_is(lx, j, '(') || lx->v[j + 1].kind != LX_NUM) return 0;
    size_t ky = year_at(c, j + 1, year, flags);
    if (!ky || j + 1 + ky >= lx->n || !lx_is(lx, j + 1 + ky, ')')) return 0;
    return ky + 2;
}

/* The first word of a month's Levantine name (كانون الثاني ... تشرين الأول),
** folded. */
static int levantine_month(const char *key) {
    static const char *const names[] = {"كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "ايلول", "تشرين", NULL};
    return str_in(key, names);
}

static size_t day_month_year(const ctx *c, size_t i, int ctx_ok, pend *p) {
    const lx_text *lx = c->lx;
    int d = 0;
    const wt_entry *e;
    size_t j = i + day_of(c, i, &d);
    /* "31 من شهر آذار": the word month before the month's name */
    if (d && j + 1 < lx->n && !strcmp(lx->v[j].key, "شهر")) j++;
    size_t k = match(c, j, WT_BIT(D_MONTH) | WT_BIT(D_MONTH_AMB) | WT_BIT(D_HMONTH),
                     d ? 0 : WT_CONJ | WT_PREP, &e);
    if (!k) return 0;
    /* a month right after another date (بين تموز وأيلول) needs no other context */
    if (ctx_ok == CTX_ASK) ctx_ok = has_context(c, i) || follows_date(c, i, 0);
    int m = (int)e->num, cls = e->cls;
    size_t month_at = j;
    j += k;
    /* "مارس/آذار", "يونيو حزيران", "مارس - آذار", "مارس (آذار) 1993": the
    ** same month in another region's name; an unambiguous one settles "مارس" */
    size_t kp, sep = j < lx->n && (lx_is(lx, j, '/') || lx_is_dash(lx, j) || lx_is(lx, j, '('));
    /* "ديسمبر/أيلول 2015", "تشرين الأول/نوفمبر الماضي": a slip naming
    ** another month after the slash; the translator's Levantine name is the
    ** slip, the other one is kept and the year after read */
    if (j + sep < lx->n && (kp = match(c, j + sep, WT_BIT(D_MONTH) | WT_BIT(D_MONTH_AMB), 0, &e)) &&
        ((int)e->num == m || (lx_is(lx, j, '/') && e->cls == D_MONTH && cls == D_MONTH))) {
        if (levantine_month(lx->v[month_at].key) && !levantine_month(lx->v[j + sep].key)) m = (int)e->num;
        int close = lx_is(lx, j, '(');
        if (close && !(j + sep + kp < lx->n && lx_is(lx, j + sep + kp, ')'))) close = -1;
        if (close >= 0) {
            if (e->cls == D_MONTH && cls == D_MONTH_AMB) cls = D_MONTH;
            j += sep + kp + (size_t)close;
        }
    }
    /* "29 مارس المقبل": the next or the last one; "مارس الماضي" is a date */
    const wt_entry *dir;
    if (j < lx->n && lx->v[j].gap < 2 && match(c, j, WT_BIT(D_DIR), 0, &dir) && dir->num != 0) {
        p->dir = dir->num > 0 ? 1 : -1;
        ctx_ok = 1;
        if (cls == D_MONTH_AMB) cls = D_MONTH;
        j++;
    }
    size_t after_month = j;
    int y = 0;
    unsigned flags = 0;
    size_t jy = j;
    if (jy < lx->n && lx_is(lx, jy, ',')) jy++;
    if (jy < lx->n && !strcmp(lx->v[jy].key, "من")) jy++;
    size_t ky = year_at(c, jy, &y, &flags);
    pend u = {0};
    size_t ku;
    if (!ky && d) ky = bracketed_year(c, jy, &y, &flags);
    if (ky) j = jy + ky;
    else if (cls != D_HMONTH && !p->dir && (ku = unit_expr(c, jy, &u)) && u.unit == 'y' && u.off) {
        p->yrel = u.off;    /* "سبتمبر من العام الماضي", "شهر سبتمبر العام الماضي" */
        j = jy + ku;
    } else j = after_month;
    if (cls == D_HMONTH) {
        pend g;
        size_t kg = d ? stated_day(c, j, &g) : 0;
        if (kg) {   /* the Gregorian day stated wins; the Hijri year gives its year */
            if (!g.y && y >= 1300 && y <= 1600) {
                long h = cal_hijri_days(y, m, d), best = -1;
                int hy, hm, hd;
                cal_civil(h, &hy, &hm, &hd);
                for (int cy = hy - 1; cy <= hy + 1; cy++) {
                    if (!valid_ymd(cy, g.m, g.d)) continue;
                    long dist = labs(cal_days(cy, g.m, g.d) - h);
                    if (best < 0 || dist < best) { best = dist; g.y = cy; }
                }
            }
            *p = g;
            return j + kg - i;
        }
        if (!y && yearless_hijri_day(c, i, j, d, m, p)) {
            p->m = m;
            p->d = d;
            p->flags |= NABA_TIMEX_HIJRI | NABA_TIMEX_APPROX;
            return j - i;
        }
        if (!y || y < 1300 || y > 1600) return 0;
        long days = cal_hijri_days(y, m, d ? d : 1);
        cal_civil(days, &p->y, &p->m, &p->d);
        p->type = P_ABS;
        p->flags |= NABA_TIMEX_HIJRI | NABA_TIMEX_APPROX;
        return j - i;
    }
    if (flags & NABA_TIMEX_HIJRI) return 0; /* a Gregorian month with a Hijri year */
    if (!d && !y && (cls == D_MONTH_AMB || !ctx_ok)) return 0;
    if (y && (y < 1000 || y > 2100)) return 0;
    /* a year before 1900 after a month (مارس/آذار 1877, 23 ماي 1899) is a
    ** historical date, but "في مايو 1200 مهاجر" counts migrants: a bare noun
    ** after the number is what it counts */
    if (y && y < 1900 && j < lx->n && lx->v[j].kind == LX_WORD && lx->v[j].gap < 2 &&
        strncmp(lx->v[j].key, "ال", 4) && strncmp(lx->v[j].key, "و", 2)) {
        int h = lx_head_word(lx, j);
        if (h >= 0 && lx->doc->words.v[h].upos == NABA_UPOS_NOUN) return 0;
    }
    if (d && y && !valid_ymd(y, m, d)) return 0;
    if (d && d > cal_month_days(2024, m)) return 0;
    if (!y && !p->dir) {    /* which year: the words around say which side */
        const wt_entry *a;
        if (i > 0 && match(c, i - 1, WT_BIT(D_AHEAD), WT_CONJ, &a) == 1 && a->num == AHEAD_DUE) p->dir = 2; /* تسليم أغسطس */
        else if (since_before(c, i)) p->dir = -2;               /* منذ 12 من ديسمبر */
        else if (future_before(c, i)) p->dir = 3;
        else if (governing_tense(c, i) < 0 && !limit_or_coming_before(c, i)) p->dir = -3; /* محادثات جرت في يناير */
    }
    if (d) j += restated_hijri(c, j);
    p->type = P_ABS; p->y = y; p->m = m; p->d = d;
    return j - i;
}

static int has_context(const ctx *c, size_t i) {
    const wt_entry *e;
    /* a preposition glued before another: "لشهر يوليو", "بنهاية مارس" */
    return i > 0 && c->lx->v[i].gap < 2 &&
           (match(c, i - 1, WT_BIT(D_PREP), WT_CONJ | WT_PREP, &e) == 1 || is_cls(c, i - 1, D_DAYPART) || is_cls(c, i - 1, D_AHEAD) ||
            /* "النصف الثاني من يوليو", "الأسبوع الأول من أغسطس": a part of the month */
            (i >= 2 && !strcmp(c->lx->v[i - 1].key, "من") &&
             num_match(c, i - 2, WT_BIT(NUM_ORDINAL), 0, &e) == 1 && part_before(c, i - 2)));
}

/* The anniversary, ذكرى, in the six units before unit i in its sentence:
** "في الذكرى ال17 لأحداث 11 سبتمبر", "إحياء الذكرى السابعة لثورة 17 فبراير"
** name the day of the event's anniversary, this year's. */
static int anniversary_before(const ctx *c, size_t i) {
    const wt_entry *e;
    for (size_t k = i, steps = 0; k > 0 && steps < 6; k--, steps++) {
        if (c->lx->v[k - 1].sent != c->lx->v[i].sent || lx_is_boundary(c->lx, k)) break;
        if (match(c, k - 1, WT_BIT(D_NAME), WT_CONJ | WT_PREP | WT_DEF, &e) == 1 && e->num == NAME_ANNIVERSARY)
            return 1;
    }
    return 0;
}

/* A day and month read at unit i with no year and no direction word after
** them, right after a noun of the name class naming days on the same line
** (ثورة 14 جانفي, لأحداث الحادي عشر من سبتمبر, بملعب 15 أكتوبر), or joined
** to such a day just before (تكتلي 8 و14 آذار): a name, not a date of the
** story, whose year would be the article's; unless it is an anniversary's
** (anniversary_before). prev: the record read before p, or NULL. */
static int named_day(const ctx *c, size_t i, const pend *p, const pend *prev) {
    if (p->type != P_ABS || !p->d || !p->m || p->y || p->yrel || p->dir == 1 || p->dir == -1 ||
        (p->flags & NABA_TIMEX_HIJRI))
        return 0;
    if (prev && prev->named && follows_date(c, i, 1)) return 1;
    const wt_entry *e;
    return i > 0 && c->lx->v[i].gap < 2 && (e = ends_cls(c, i, D_NAME)) && e->num == NAME_DAY &&
           !anniversary_before(c, i);
}

int dates_weekday_word(const wordtab *dt, const char *text, size_t n) {
    char key[64];
    if (!dt || n == 0 || n >= sizeof key) return 0;
    return dates_weekday_key(dt, key, naba_fold(text, n, LX_FOLD, key, sizeof key));
}

int dates_weekday_key(const wordtab *dt, const char *key, size_t k) {
    return dt && wt_get_stripped(dt, key, k, WT_BIT(D_WEEKDAY), WT_CONJ | WT_DEF, NULL) != NULL;
}

const naba_mention *dates_mention_at(const naba_doc *d, naba_off off) {
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->mentions.v[mid].end <= off) lo = mid + 1; else hi = mid;
    }
    return lo < d->mentions.n && d->mentions.v[lo].start <= off ? &d->mentions.v[lo] : NULL;
}

/* Is text[a, b) a name of the knowledge base (a person, place or organization
** under one of its names or aliases)? */
static int kb_name(const kb *k, const naba_doc *d, naba_off a, naba_off b) {
    char key[NAME_KEY_MAX];
    kb_ref r;
    return name_key(d->text + a, b - a, key, sizeof key) && kb_lookup(k, KB_KEY_NAME, key, &r, 1);
}

/* Token t is a word of a name the knowledge base knows: alone (سكريبال) or
** with the word before or after it (سيرغي سكريبال, سيرغي لافروف). The NER
** model misses some of them, and the morphology splits their initial س as the
** future particle (سـ + يرغي). from: where the name would start in token t
** (after its proclitics). */
static int known_name(const kb *k, const naba_doc *d, uint32_t t, naba_off from) {
    const naba_token *tk = d->tokens.v;
    naba_off end = tk[t].end;
    if (kb_name(k, d, from, end)) return 1;
    if (t + 1 < d->tokens.n && tk[t + 1].kind == NABA_TOK_WORD && tk[t + 1].sent == tk[t].sent &&
        kb_name(k, d, from, tk[t + 1].end))
        return 1;
    return t > 0 && tk[t - 1].kind == NABA_TOK_WORD && tk[t - 1].sent == tk[t].sent &&
           kb_name(k, d, tk[t - 1].start, end);
}

/* The future particle سـ (سيلتقي, ستقام) split off by the morphology stage,
** or أن before an imperfect verb (اعتقاد أن يرفع البنك الفائدة في مايو: a
** subjunctive looks ahead), between two offsets; without the words layer,
** none. relative: only سـ right after التي or الذي (القمة التي ستجمعه). */
static int future_particle(const ctx *c, naba_off from, naba_off to, int relative) {
    const naba_doc *d = c->doc;
    size_t lo = 0, hi = d->words.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->words.v[mid].start < from) lo = mid + 1; else hi = mid;
    }
    for (size_t w = lo; w + 1 < d->words.n && d->words.v[w].start < to; w++) {
        /* س + an imperfect verb with its prefix (سيلتقي), not a name the
        ** morphology split (سـاركوزي, سـيرغي سكريبال): a mention, or a
        ** name of the knowledge base */
        const naba_word *x = &d->words.v[w], *v = x + 1;
        const char *before = w > 0 && d->words.v[w - 1].form ? d->words.v[w - 1].form : "";
        /* after التي or الذي the verb's prefix tells, even where the tagger
        ** read the stem as a perfect (التي سـتجمعه) */
        int rel = !strcmp(before, "التي") || !strcmp(before, "الذي");
        if (!x->form || v->upos != NABA_UPOS_VERB || !v->feats || !v->form ||
            (relative ? !rel : !strstr(v->feats, "Aspect=Imp")))
            continue;
        int sa = x->upos == NABA_UPOS_PART && !strcmp(x->form, "س") &&
                 (!strncmp(v->form, "ي", 2) || !strncmp(v->form, "ت", 2) || !strncmp(v->form, "ن", 2) ||
                  !strncmp(v->form, "أ", 2));
        /* قبل أن يتحرك, بعد أن يفتح: not ahead */
        int an = !strcmp(x->form, "أن") && strcmp(before, "قبل") && strcmp(before, "بعد") && strcmp(before, "منذ");
        if (relative && !sa) continue;
        if ((sa || an) && !dates_mention_at(d, v->start) &&
            !(c->st->kb && known_name(c->st->kb, d, v->token, sa ? x->start : v->start)))
            return 1;
    }
    return 0;
}

/* A future cue earlier in the same sentence: a word of the future list or
** the particle سـ. */
/* "على غير المتوقع", "أكثر من المتوقع": the future word المتوقع at unit k
** compares what happened with what was expected; "من المتوقع أن" looks ahead. */
static int as_expected(const ctx *c, size_t k, const wt_entry *e) {
    const lx_text *lx = c->lx;
    if (strcmp(e->key, "المتوقع") || k == 0) return 0;
    const char *p = lx->v[k - 1].key;
    if (!strcmp(p, "غير")) return 1;
    /* after a comparative (اكثر, اقل, اعلي, افضل: أفعل folded) and من/عن/مما */
    return k >= 2 && (!strcmp(p, "من") || !strcmp(p, "عن") || !strcmp(p, "مما")) &&
           !strncmp(lx->v[k - 2].key, "ا", 2) && strlen(lx->v[k - 2].key) == 8;
}

/* With morphology: unit k is a verb in the perfect (باشرت). */
static int perfect_verb(const ctx *c, size_t k) {
    int h = lx_head_word(c->lx, k);
    return h >= 0 && c->doc->words.v[h].upos == NABA_UPOS_VERB && lx_head_has(c->lx, k, "Aspect=Perf");
}

/* "باشرت اعتباراً من يوم الأحد": a start (future 2) right after a verb in
** the perfect began in the past, and looks no further ahead. */
static int future_before(const ctx *c, size_t i) {
    uint32_t sent = c->lx->v[i].sent;
    size_t k = i, particle_from = i, far_from = i;
    int cue = 0, far_open = 1;
    const wt_entry *e;
    for (size_t steps = 0; k > 0 && steps < 12; k--, steps++) {
        if (c->lx->v[k - 1].sent != sent || lx_is_boundary(c->lx, k)) break;
        /* كان مقررا أن تنتهي الاثنين: a plan seen from the past */
        if (match(c, k - 1, WT_BIT(D_WAS), WT_CONJ, &e)) return 0;
        if (!cue && match(c, k - 1, WT_BIT(D_FUTURE), WT_CONJ | WT_PREP, &e))
            cue = !as_expected(c, k - 1, e) && !(e->num == FUTURE_FROM && k >= 2 && perfect_verb(c, k - 2));
        if (steps < 8) particle_from = k - 1;   /* the particle, noisier (names split as سـ), nearer */
        far_open = far_open && !perfect_verb(c, k - 1);
        if (far_open) far_from = k - 1;
    }
    /* after التي or الذي further back, with no perfect verb between:
    ** the relative clause tells of the thing the day is of ("للقمة التي
    ** ستجمعه مع ... في منتجع جزيرة سنتوسا، صباح الثلاثاء"), not of what a
    ** later clause told ("التي ستجمع الفريقين يوم الثلاثاء، وقال ... يوم
    ** السبت") */
    return cue || future_particle(c, c->lx->v[particle_from].start, c->lx->v[i].start, 0) ||
           future_particle(c, c->lx->v[far_from].start, c->lx->v[i].start, 1);
}

static size_t day_range_start(const ctx *c, size_t i, pend *p);

/* [يوم] weekday [dir] or [يوم] weekday [،] day month year */
/* A Hijri day with no year after it ("الثاني والعشرين من شهر رمضان", "22
** رمضان"): its day and month; returns the units it covers (0: none). */
static size_t yearless_hijri(const ctx *c, size_t i, int *d, int *m) {
    const lx_text *lx = c->lx;
    size_t j = i + day_of(c, i, d);
    if (j == i) return 0;
    if (j + 1 < lx->n && !strcmp(lx->v[j].key, "شهر")) j++;
    const wt_entry *e;
    size_t k = match(c, j, WT_BIT(D_HMONTH), 0, &e);
    if (!k || *d > 30) return 0;
    *m = (int)e->num;
    return j + k - i;
}

static size_t weekday_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i;
    if (is_cls(c, j, D_DAYPART) && j + 1 < lx->n && lx->v[j + 1].gap < 2) j++;
    const wt_entry *e;
    size_t k = match(c, j, WT_BIT(D_WEEKDAY), WT_CONJ | WT_PREP, &e);
    if (!k) return 0;
    /* صلاة الجمعة, سورة الجمعة: the noun before makes it not a day */
    if (j > 0 && lx->v[j].gap < 2 && is_cls(c, j - 1, D_BLOCK)) return 0;
    int wd = (int)e->num;
    j += k;
    /* a full date after it settles the day (يوم الأحد الموافق للأول من ذي القعدة) */
    size_t jd = j, kw;
    if (jd < lx->n && lx_is(lx, jd, ',')) jd++;
    if (is_cls(c, jd, D_EQUAL)) jd++;
    /* "يومي السبت والأحد 18 و19 فيفري": the days after a pair of weekdays,
    ** the first to the first */
    if (jd == j && jd < lx->n && !strncmp(lx->v[jd].key, "و", 2) && (kw = match(c, jd, WT_BIT(D_WEEKDAY), WT_CONJ, &e)))
        jd += kw;
    pend q = {0};
    size_t kd = day_month_year(c, jd, 1, &q);
    if ((q.flags & NABA_TIMEX_HIJRI) && !q.y) kd = 0;   /* the weekday settles a yearless Hijri day, below */
    if (!kd || !q.d) {   /* "الجمعة 4/8/1436", "الثلاثاء 26 /10 /1436هـ" */
        memset(&q, 0, sizeof q);
        kd = numeric_date(c, jd, &q);
    }
    if (!kd || !q.d) {   /* "الجمعة 06 والسبت 07 جانفي 2017": the first of two days */
        memset(&q, 0, sizeof q);
        kd = day_range_start(c, jd, &q);
    }
    int hd;
    /* right after the weekday only a masculine ordinal or a figure: "يوم
    ** الجمعة التاسع من شهر رمضان" is the 9th, but "الجمعة الثانية من شهر
    ** رمضان" agrees with الجمعة, the second Friday */
    size_t kl = jd < lx->n ? strlen(lx->v[jd].key) : 0;
    int adjoins = jd < lx->n && lx->v[jd].gap < 2 && !(kl >= 2 && !strcmp(lx->v[jd].key + kl - 2, "ه"));
    if ((!kd || !q.d) && (jd > j || adjoins) &&
        (kd = yearless_hijri(c, jd, &hd, &q.m))) {
        /* "الخميس الموافق الثاني والعشرين من شهر رمضان": that Hijri day of
        ** the year nearest the article date settles which Thursday */
        p->type = P_WEEKDAY;
        p->wd = wd;
        p->m = q.m;
        p->d = hd;
        p->flags |= NABA_TIMEX_HIJRI | NABA_TIMEX_APPROX;
        return jd + kd - i;
    }
    if (kd && q.d) {
        if ((q.flags & NABA_TIMEX_HIJRI) && q.y) {
            /* "الخميس 28 شوال 1436 هـ": the weekday settles the day the
            ** tabular calendar puts one or two days off */
            cal_civil(cal_nearest_weekday(cal_days(q.y, q.m, q.d), wd), &q.y, &q.m, &q.d);
        }
        *p = q;
        return jd + kd - i;
    }
    const wt_entry *dir;
    int dirv = 0;
    if (j < lx->n && lx->v[j].gap < 2 && match(c, j, WT_BIT(D_DIR), 0, &dir)) {
        dirv = dir->num < 0 ? -1 : dir->num > 0 ? 1 : 2;
        j++;
    }
    if (!dirv && (future_before(c, i) || governing_tense(c, i) > 0)) dirv = 2;
    p->said = j < lx->n && is_cls(c, j, D_SAID);
    p->type = P_WEEKDAY;
    p->wd = wd;
    p->dir = dirv;
    return j - i;
}

/* The far ذلك, تلك at unit k before اليوم or الليلة: "في تلك الليلة", "منذ
** ذلك اليوم" name the day or night the story spoke of; but an object after
** a verb or ب ("ستفعل ذلك اليوم", "يقوم به المشرفون بذلك اليوم") is "that",
** and the day after it today. */
static int that_day(const ctx *c, size_t k) {
    const wt_entry *e;
    if (match(c, k, WT_BIT(D_THIS), WT_CONJ, &e) != 1) return 0;
    return k == 0 || !lx_has_upos(c->lx, k - 1, NABA_UPOS_VERB); /* any word of it: ستفعل is سـ + a verb */
}

/* "هلا مدريد الأمس واليوم وغدا", "بين الأمس واليوم": today and tomorrow
** in a series after الأمس (the past, which is no day) are the present and
** the future, no day; "أمس واليوم" (no article) are days. */
static int past_series(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    for (size_t b = 1; b <= 2 && b <= j && lx->v[j - b + 1].gap < 2; b++) {
        const char *k = lx->v[j - b].key;
        if (!strcmp(k, "الامس") || !strcmp(k, "والامس")) return 1;
        if (!is_cls(c, j - b, D_RELDAY)) break;
    }
    return 0;
}

/* The word at j opens with لا after an optional و or ف (لامس, ولامس). */
static int glued_la(const lx_text *lx, size_t j) {
    const char *t = lx->doc->text + lx->v[j].start;
    size_t len = lx->v[j].end - lx->v[j].start;
    if (len >= 2 && (!memcmp(t, "و", 2) || !memcmp(t, "ف", 2))) { t += 2; len -= 2; }
    return len >= 4 && !memcmp(t, "لا", 4);
}

/* The channel روسيا اليوم unquoted: اليوم at j after روسيا after a medium's
** word (قناة روسيا اليوم, لموقع روسيا اليوم) or "نقلا عن"; "استخدمت روسيا
** اليوم حق النقض" is Russia, today. */
static int russia_today(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    if (j < 2 || strcmp(lx->v[j].key, "اليوم") || strcmp(lx->v[j - 1].key, "روسيا") || lx->v[j].gap >= 2 || lx->v[j - 1].gap >= 2)
        return 0;
    const wt_entry *nm;
    if (match(c, j - 2, WT_BIT(D_NAME), WT_CONJ | WT_PREP, &nm) == 1 && nm->num == NAME_TITLE) return 1;
    return j >= 3 && !strcmp(lx->v[j - 2].key, "عن") && !strcmp(lx->v[j - 3].key, "نقلا");
}

/* [daypart] relday: أمس, صباح اليوم, بعد غد */
static size_t relday_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i;
    if (is_cls(c, j, D_DAYPART) && j + 1 < lx->n && lx->v[j + 1].gap < 2) j++;
    const wt_entry *e;
    size_t k = match(c, j, WT_BIT(D_RELDAY) | (j > i ? WT_BIT(D_RELDAY_PART) : 0), WT_CONJ | WT_PREP, &e);
    if (!k) return 0;
    /* لامس, ولامس are the verb "touched": a glued ل takes أمس only with its hamza (لأمس) */
    if (e->num == -1 && glued_la(lx, j)) return 0;
    /* في أمس الحاجة, بأمس حاجة: the elative "most in need", no day */
    size_t n = j + k;
    if (e->num == -1 && n < lx->n && lx->v[n].gap < 2 && (!strcmp(lx->v[n].key, "الحاجه") || !strcmp(lx->v[n].key, "حاجه")))
        return 0;
    /* أَمَسُّ ما يحتاجه: with a shadda it is the elative "most needed" */
    if (e->num == -1 && memmem(lx->doc->text + lx->v[j].start, lx->v[j].end - lx->v[j].start, "\xd9\x91", 2))
        return 0;
    /* اليوم العالمي, اليوم الوطني: "the day of", not today */
    if (e->num == 0 && n < lx->n && lx->v[n].kind == LX_WORD && lx->v[n].gap < 2 &&
        !strncmp(lx->v[n].key, "ال", 4) && !is_cls(c, n, D_WEEKDAY))
        return 0;
    const wt_entry *t;
    if (j > 0 && j == i && match(c, j - 1, WT_BIT(D_THIS), WT_CONJ | WT_PREP, &t) == 1 &&
        (t->num == 0 || that_day(c, j - 1)))
        return 0; /* لهذا اليوم */
    if (lx_ends_quoted_name(lx, n - 1) || russia_today(c, j)) return 0; /* "روسيا اليوم" */
    /* حزب الغد, صحيفة الغد: a party or a paper named "Tomorrow" */
    const wt_entry *nm;
    if (j == i && j > 0 && match(c, j - 1, WT_BIT(D_NAME), WT_CONJ | WT_PREP, &nm) == 1 && nm->num == NAME_TITLE)
        return 0;
    /* a byline, "عين اليوم – متابعات", "فايز الحسيكي – عين اليوم", "RSS عين
    ** اليوم »": the paper عين اليوم (SaudiNewsNet) before a mark or a line
    ** break — "عيّن اليوم" (appointed today) goes on with its object — or a
    ** name ending in اليوم that opens its line before a dash */
    int dash = n < lx->n && lx_is_dash(lx, n);
    if (e->num == 0 && j == i && j > 0 &&
        ((!strcmp(lx->v[j - 1].key, "عين") && (n >= lx->n || lx->v[n].kind == LX_PUNCT || lx->v[n].gap == 2)) ||
         (dash && lx->v[j - 1].gap == 2)))
        return 0;
    if (past_series(c, j)) return 0;
    /* "على مدار اليوم": around the clock, what is done every day, not today
    ** (a weekday after it still names the day; "على مدار الليلة" is tonight) */
    if (e->num == 0 && j == i && j >= 2 && !strcmp(lx->v[j].key, "اليوم") && !strcmp(lx->v[j - 1].key, "مدار") && !strcmp(lx->v[j - 2].key, "علي") &&
        !(n < lx->n && is_cls(c, n, D_WEEKDAY)))
        return 0;
    p->type = P_RELDAY;
    p->off = (int)e->num;
    /* a weekday or a full date naming the same day: "أمس الأحد", "مساء غد
    ** (الأربعاء)", "اليوم الجمعة 17 مارس 2017" */
    size_t w = n + (n < lx->n && lx_is(lx, n, '('));
    pend q = {0};
    size_t kw = w < lx->n ? weekday_expr(c, w, &q) : 0;
    if (!kw) return n - i;
    if (q.type == P_ABS) *p = q;
    else p->rel_wd = q.wd + 1;
    w += kw;
    if (w > n && n < lx->n && lx_is(lx, n, '(') && w < lx->n && lx_is(lx, w, ')')) w++;
    return w - i;
}

/* هذا الأسبوع, الشهر المقبل, العام الماضي */
static size_t unit_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i;
    int this = 0;
    if (this_near(c, j)) { this = 1; j++; }
    /* the unit with the article, also after و/ف (والعام الماضي) */
    if (j >= lx->n || lx->v[j].kind != LX_WORD) return 0;
    const char *key = lx->v[j].key;
    if (strncmp(key, "ال", 4) && strncmp(key, "وال", 6) && strncmp(key, "فال", 6)) return 0;
    const wt_entry *u;
    size_t k = num_match(c, j, WT_BIT(NUM_TUNIT), WT_CONJ | WT_DEF, &u);
    const char *code = k ? u->str : "";
    if (!k || code[1] || (code[0] != 'w' && code[0] != 'm' && code[0] != 'y')) return 0;
    /* "الأمين العام السابق", "المدعي العام الحالي": العام after such a
    ** noun is the adjective "general", no year */
    const wt_entry *nm;
    if (code[0] == 'y' && j == i && i > 0 && lx->v[i].gap < 2 && !strcmp(key, "العام") &&
        match(c, i - 1, WT_BIT(D_NAME), WT_CONJ | WT_PREP | WT_DEF, &nm) == 1 && nm->num == NAME_GENERAL)
        return 0;
    j += k;
    int off = 0;
    const wt_entry *e;
    if (j < lx->n && lx->v[j].gap < 2 && match(c, j, WT_BIT(D_DIR), 0, &e)) {
        off = (int)e->num;
        p->following = str_has_prefix(lx->v[j].key, "التالي");
        j++;
    } else if (!this && !(ends_cls(c, i, D_EDGE) &&   /* منذ بداية العام: this year */
                        !(j < lx->n && lx->v[j].kind == LX_WORD && !strncmp(lx->v[j].key, "ال", 4))))
        return 0;
    p->type = P_UNIT;
    p->unit = code[0];
    p->gran = code[0] == 'w' ? 'W' : code[0] == 'm' ? 'M' : 'Y';
    p->off = off;
    return j - i;
}

/* قبل يومين, منذ ثلاث سنوات, قبل أسبوع, قبل 3 أيام */
static size_t ago_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    const wt_entry *ago;
    if (match(c, i, WT_BIT(D_AGO), WT_CONJ, &ago) != 1) return 0;
    size_t j = i + 1;
    const wt_entry *est;   /* قبل نحو عامين: an estimate before the duration */
    size_t ke = match(c, j, WT_BIT(D_AGO_TAIL), 0, &est);
    if (ke && est->num == 1) j += ke;
    double n = 1;
    num_val nv;
    size_t kn = num_parse(c->st->nt, lx, j, &nv);
    if (kn) {
        if (nv.flags & (NUM_F_VAGUE | NUM_F_DEF) || nv.lo != nv.hi || nv.lo < 1 || nv.lo > 1000) return 0;
        n = nv.lo;
        j += kn;
    }
    const char *code;
    int dual;
    size_t k = time_unit(c, j, &code, &dual);
    if (!k) return 0;
    int plural = code[strlen(code) - 1] == '+';
    if (kn && dual == 2) return 0;
    if (!kn && plural) return 0;          /* منذ أيام: vague */
    /* "منذ العام الماضي", "منذ العام المالي 2015", "منذ اليوم الأول": a unit
    ** with the article right after the ago word is that period itself, not
    ** one ago (after an estimate it is the one, "منذ حوالي الشهر") */
    if (!kn && j == i + 1 && str_has_prefix(lx->v[j].key, "ال")) return 0;
    if (!kn) n = dual;
    char u = code[0];
    if (strncmp(code, "min", 3) == 0 || u == 'h' || u == 's') return 0; /* not a day's resolution */
    j += k;
    /* "منذ يوم الجمعة 27 يوليو", "منذ يوم أمس": يوم names the day after it,
    ** a date of its own, not one day ago */
    if (!kn && u == 'd' && dual == 1 && j < lx->n && lx->v[j].gap < 2 &&
        (is_cls(c, j, D_WEEKDAY) || is_cls(c, j, D_RELDAY) || lx->v[j].kind == LX_NUM))
        return 0;
    /* "منذ عام ونصف", "قبل ثلاثة أشهر ونصف الشهر": half a unit more, to the
    ** month (a year and a half) or the week (a month and a half) */
    int half = (u == 'y' || u == 'm') && j < lx->n && lx->v[j].gap < 2 && !strcmp(lx->v[j].key, "ونصف");
    if (half) {
        const char *hc;
        int hd;
        j++;
        size_t kh = time_unit(c, j, &hc, &hd);
        if (kh && hd == 1 && hc[0] == u) j += kh;   /* "ونصف العام" */
    }
    /* "منذ عام 2002" is the year; "قبل ثلاثة أشهر من الدورة", "قبل عام واحد
    ** على الأقل من سحب العينة", "قبل يومين فقط على انطلاق" count back from
    ** an event, not from the article date (على only after قبل: "منذ عامين
    ** على التوالي" is from the article date, and so is "قبل 3 سنوات فقط من
    ** الآن") */
    if (j < lx->n && num_in(lx, j, 1000, 2200, 4, 4)) return 0;
    size_t q = j, kt;
    const wt_entry *t;
    for (int n = 0; n < 2 && (kt = match(c, q, WT_BIT(D_AGO_TAIL), 0, &t)) && t->num == 0; n++) q += kt;
    int now = q + 1 < lx->n && !strcmp(lx->v[q + 1].key, "الان");
    if (q < lx->n && !now && (!strcmp(lx->v[q].key, "من") || (!strcmp(lx->v[q].key, "علي") && !strcmp(ago->key, "قبل"))))
        return 0;
    const wt_entry *mo;   /* "منذ شهر يوليو 2015" is that month */
    if (!kn && u == 'm' && j < lx->n && match(c, j, WT_BIT(D_MONTH) | WT_BIT(D_MONTH_AMB), 0, &mo)) return 0;
    p->type = P_UNIT;
    p->unit = half ? (u == 'y' ? 'm' : 'w') : u;
    p->gran = half ? (u == 'y' ? 'M' : 'W') : u == 'y' ? 'Y' : u == 'm' ? 'M' : 'D';
    p->off = half ? -(int)(u == 'y' ? 12 * n + 6 : 4 * n + 2) : -(int)n;
    return j - i;
}

/* Hour hh of a twelve-hour clock in the part of the day e (D_HOURS): the
** evening turns the hours from its own on, the night the evening hours. */
static int hour_in_part(int hh, const wt_entry *e) {
    return hh >= 1 && hh <= 11 && e->num >= 1 && hh >= (int)e->num ? hh + 12 : hh;
}

/* A spoken hour (الساعة الثامنة) with no part of the day after it, read on
** a twelve-hour clock by the nearest part of the day before it in the
** sentence: "مساء الاثنين عند الساعة الثامنة" is 20:00; a morning word (صباح)
** keeps it, and a night word turns only the evening hours (ليلة: the small
** hours stay). */
static int spoken_hour(const ctx *c, size_t i, int hh) {
    uint32_t sent = c->lx->v[i].sent;
    const wt_entry *e;
    for (size_t k = i, steps = 0; k > 0 && steps < 25; k--, steps++) {
        if (c->lx->v[k - 1].sent != sent || lx_is_boundary(c->lx, k)) break;
        if (match(c, k - 1, WT_BIT(D_HOURS), WT_CONJ | WT_PREP, &e)) return hour_in_part(hh, e);
    }
    return hh;
}

/* [الساعة] 10:30 [مساء] */
static size_t time_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i;
    int clock = 0;
    if (is_cls(c, j, D_CLOCK)) { clock = 1; j++; }
    const wt_entry *o;
    size_t ko;
    int hh, mi = 0;
    if (clock && (ko = num_match(c, j, WT_BIT(NUM_ORDINAL), 0, &o)) &&
        o->num >= 1 && o->num <= 12) {
        hh = (int)o->num;   /* الساعة التاسعة */
        j += ko;
    } else if (clock && num_in(lx, j, 0, 2359, 4, 4) && lone_num(lx, j) && (int)lx->v[j].value % 100 < 60) {
        hh = (int)lx->v[j].value / 100;   /* الساعة 0711: wire copy runs hours and minutes together */
        mi = (int)lx->v[j].value % 100;
        j++;
    } else {
        if (!num_in(lx, j, 0, 24, 1, 2)) return 0;
        hh = (int)lx->v[j].value;
        /* 10:30; after a clock word also 10.30 and 19،00, which would
        ** otherwise read as decimals */
        uint32_t sep = lx_punct(lx, j + 1);
        if (j + 2 < lx->n && (sep == ':' || (clock && (sep == '.' || sep == 0x060C))) && lx->v[j + 1].gap == 0 &&
            lx->v[j + 2].gap == 0 && num_in(lx, j + 2, 0, 59, 2, 2)) {
            mi = (int)lx->v[j + 2].value;
            j += 3;
            /* "قطع مسافة 8.6 كيلومتراً في زمن بلغ 00:39:49", "2:03:38":
            ** a third part glued by a colon after or before, with no clock
            ** word, makes a race's time, a span, no time of day */
            if (!clock && (lx_digits_colon(lx, j) || (i >= 2 && !lx->v[i].gap && lx_digits_colon(lx, i - 1))))
                return 0;
        } else if (clock && lone_num(lx, j)) {
            j++;
        } else return 0;
    }
    const wt_entry *e;
    size_t ka;
    if (j < lx->n && lx->v[j].gap < 2 && !mi && (ka = match(c, j, WT_BIT(D_MINUTES), 0, &e))) {
        mi = (int)e->num;   /* العاشرة والنصف, الرابعة و النصف */
        j += ka;
    }
    if (j < lx->n && lx->v[j].gap < 2 && (ka = match(c, j, WT_BIT(D_AMPM), 0, &e))) {
        if (e->num > 0 && hh < 12) hh += 12;
        j += ka;
    } else if (j + 1 < lx->n && lx->v[j].gap < 2 &&
               match(c, j + !strcmp(lx->v[j].key, "من"), WT_BIT(D_HOURS), 0, &e)) {
        /* "الحادية عشرة و النصف من مساء يوم الخميس", "الساعة الرابعة عصر
        ** أمس": the part of the day, after من or in construct, left to the
        ** day it opens */
        hh = hour_in_part(hh, e);
    } else if (clock) {
        hh = spoken_hour(c, i, hh);
    }
    if (hh > 23) return 0;
    p->type = P_TIME;
    p->hh = hh; p->mi = mi;
    p->flags |= NABA_TIMEX_TIME;
    return j - i;
}

/* عام 2022, منذ 2022, في 2022 */
static size_t year_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    int y;
    unsigned flags;
    size_t k = year_at(c, i, &y, &flags);
    if (!k) return 0;
    int yearword = lx->v[i].kind == LX_WORD;
    /* رؤية 2030, ثورة 2011: a name, not a date (a day and month after such a
    ** noun, أحداث 11 سبتمبر, stays a date: the counts stage would read its
    ** day as a count) */
    const wt_entry *nm;
    if (i > 0 && match(c, i - 1, WT_BIT(D_NAME), WT_CONJ | WT_PREP, &nm) == 1 && nm->num == NAME_YEAR) return 0;
    /* "الفصل الأول من 2018", "بداية من 2018", "من 2007 إلى 2012" */
    const wt_entry *o;
    int of_period = i >= 2 && !strcmp(lx->v[i - 1].key, "من") &&
                    (num_match(c, i - 2, WT_BIT(NUM_ORDINAL), WT_CONJ | WT_PREP, &o) == 1 ||
                     ends_cls(c, i - 1, D_EDGE));
    if (!yearword && !has_context(c, i) && !of_period && !follows_date(c, i, 1)) return 0;
    /* "2000 عام" is a count of years, not a year */
    const char *code;
    int dual;
    if (i + k < lx->n && time_unit(c, i + k, &code, &dual)) return 0;
    if (flags & NABA_TIMEX_HIJRI) {
        if (y < 1300 || y > 1600) return 0;
        int gm, gd;
        cal_civil(cal_hijri_days(y, 1, 1), &y, &gm, &gd);
        p->flags |= NABA_TIMEX_HIJRI | NABA_TIMEX_APPROX;
    } else if (y < 1900 || y > 2100) return 0;
    p->type = P_ABS;
    p->y = y;
    return k;
}

/* "من نفس الشهر", "من الشهر ذاته": the month of the last date named before;
** the units the phrase takes after من, 0 when it is not there. */
static size_t same_month(const lx_text *lx, size_t j) {
    static const char *const same_before[] = {"نفس", "ذات", NULL};
    static const char *const same_after[] = {"نفسه", "ذاته", "عينه", NULL};
    if (j + 1 >= lx->n || lx->v[j + 1].gap >= 2) return 0;
    if (str_in(lx->v[j].key, same_before) && !strcmp(lx->v[j + 1].key, "الشهر")) return 2;
    if (!strcmp(lx->v[j].key, "الشهر") && str_in(lx->v[j + 1].key, same_after)) return 2;
    return 0;
}

/* "15 الجاري", "10 من الشهر الجاري", "الخامس عشر من الشهر الماضي": a day of
** this, the last or the next month; "يوم 20 من نفس الشهر": a day of the
** month named before (P_SAME with its day). */
static size_t day_of_month_unit(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i, ko;
    int d;
    const wt_entry *e;
    if (num_in(lx, j, 1, 31, 1, 2) && lone_num(lx, j)) j++, d = (int)lx->v[i].value;
    else {   /* an ordinal day of at most three words, then من: look for من first, it is cheaper */
        int of_near = 0;
        for (size_t k = i + 1; k <= i + 3 && k < lx->n; k++) of_near |= !strcmp(lx->v[k].key, "من");
        if (!of_near || !(ko = ordinal_day(c, j, &d)) || j + ko >= lx->n || strcmp(lx->v[j + ko].key, "من")) return 0;
        j += ko;
    }
    int of = j < lx->n && !strcmp(lx->v[j].key, "من");
    j += of;
    pend u = {0};
    size_t ku;
    if (!of && j < lx->n && lx->v[j].gap < 2 && match(c, j, WT_BIT(D_DIR), 0, &e) == 1 && e->num == 0) {
        u.off = 0;   /* "15 الجاري" */
        j++;
    } else if (of && (ku = same_month(lx, j))) {
        p->type = P_SAME;
        p->d = d;
        return j + ku - i;
    } else if (of && (ku = unit_expr(c, j, &u)) && u.unit == 'm') j += ku;
    else return 0;
    p->type = P_UNIT;
    p->unit = 'm';
    p->gran = 'D';
    p->off = u.off;
    p->d = d;
    return j - i;
}

/* "بين 5 و9 أيلول 2018", "من 5 إلى 9 مايو": the first day takes the month
** and year of the second. */
static size_t day_range_start(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    int d;
    size_t k, next;
    const wt_entry *e;
    if (num_in(lx, i, 1, 31, 1, 2) && (lone_num(lx, i) || day_pair(lx, i)) && i + 1 < lx->n &&
        (is_joiner(c, i + 1) || match(c, i + 1, WT_BIT(D_WEEKDAY), WT_CONJ, &e))) {
        d = (int)lx->v[i].value;
        k = 1;
        next = i + 1 + is_joiner(c, i + 1);
    } else if ((k = ordinal_day(c, i, &d)) && i + k < lx->n &&
               (is_joiner(c, i + k) || !strncmp(lx->v[i + k].key, "و", 2))) {
        next = i + k + is_joiner(c, i + k);   /* "الأول والثاني من مايو" */
    } else return 0;
    size_t kw = match(c, next, WT_BIT(D_WEEKDAY), WT_CONJ, &e);
    if (kw && next > i + k && !strncmp(lx->v[next].key, "و", 2)) return 0; /* "5 و والسبت" */
    if (kw && next == i + k && strncmp(lx->v[next].key, "و", 2)) return 0; /* "06 السبت": no joiner */
    next += kw;   /* "06 والسبت 07 جانفي": the second day named by its weekday */
    pend q = {0};
    if (!day_month_year(c, next, 1, &q) || !q.d || q.d <= d) {
        memset(&q, 0, sizeof q);   /* "بين 5 و9 الجاري", "يوم 27 وحتى 29 من الشهر الجاري" */
        if (!day_of_month_unit(c, next, &q) || q.d <= d) {
            /* "أيام 5 و6 و7 ماي": a list of days in digits, each taking
            ** the month of the next; the next must be a later day, so the
            ** chain is at most 31 long however long the list */
            memset(&q, 0, sizeof q);
            if (!num_in(lx, next, d + 1, 31, 1, 2) || !day_range_start(c, next, &q) || q.d <= d) return 0;
        }
    }
    *p = q;
    p->d = d;
    return k;
}

/* "صيف 2011", "في شتاء عام 2019": a season of a year. */
static size_t season_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    /* a year in digits one or two units on (صيف 2011, صيف عام 2011) first: cheaper */
    if (i + 1 >= lx->n || lx->v[i].kind != LX_WORD ||
        !(lx->v[i + 1].kind == LX_NUM || (i + 2 < lx->n && lx->v[i + 2].kind == LX_NUM)))
        return 0;
    const wt_entry *e;
    size_t k = match(c, i, WT_BIT(D_SEASON), WT_CONJ | WT_PREP | WT_DEF, &e);
    if (k != 1) return 0;
    int y;
    unsigned flags;
    size_t ky = year_at(c, i + 1, &y, &flags);
    if (!ky || flags || y < 1900 || y > 2100) return 0;
    p->type = P_ABS;
    p->y = y;
    p->season = (int)e->num;
    return 1 + ky;
}

/* "الصيف الماضي", "هذا الشتاء", "الصائفة المقبلة", "صيف العام الماضي": a
** season named from the article's date. */
static size_t season_rel_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    size_t j = i;
    int this = this_near(c, j);
    j += this;
    const wt_entry *e, *dir;
    size_t k = j < lx->n ? match(c, j, WT_BIT(D_SEASON), WT_CONJ | WT_PREP | WT_DEF, &e) : 0;
    if (k != 1) return 0;
    int def = strstr(lx->v[j].key, "ال") != NULL;
    j++;
    p->type = P_SEASON;
    p->season = (int)e->num;
    pend q = {0};
    size_t ku;
    if (def && j < lx->n && lx->v[j].gap < 2 && match(c, j, WT_BIT(D_DIR), 0, &dir)) {
        p->unit = 's';
        p->off = (int)dir->num;
        return j + 1 - i;
    }
    if (def && this) { p->unit = 's'; return j - i; }
    if (!def && !this && j < lx->n && (ku = unit_expr(c, j, &q)) && q.unit == 'y') { /* صيف هذا العام */
        p->unit = 'y';
        p->off = q.off;
        return j + ku - i;
    }
    return 0;
}

/* "في نفس اليوم", "اليوم نفسه": the day named before. "مقارنة باليوم نفسه من
** العام الماضي" compares with a day of another year: no date of its own; "في
** نفس الليلة الرابعة من الحفلات" is a night of a series, not a date. */
static size_t same_expr(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    size_t k = match(c, i, WT_BIT(D_SAME), WT_CONJ | WT_PREP, &e);
    if (!k) return 0;
    if (i + k < lx->n && lx->v[i + k].gap < 2 && str_has_prefix(lx->v[i + k].key, "ال")) return 0;
    int from = i + k < lx->n && !strcmp(lx->v[i + k].key, "من");
    p->type = from ? P_NONE : P_SAME;
    return k;
}

/* "من يناير حتى 15 يونيو 2018", "من نوفمبر إلى فبراير 2018": a lone month
** after من that a range word joins to a date is the first end of that range,
** in the year of the second end (the year before when its month is later). */
static size_t month_range_start(const ctx *c, size_t i, pend *p) {
    const lx_text *lx = c->lx;
    if (i == 0 || strcmp(lx->v[i - 1].key, "من")) return 0;
    size_t k = day_month_year(c, i, 1, p);
    /* a past verb's guess (-3) yields to the year of the range's end */
    if (!k || p->d || p->y || (p->dir && p->dir != -3) || p->yrel || !is_cls(c, i + k, D_TO)) return 0;
    p->dir = 0;
    pend q = {0};
    /* the second end a date of its own (a day or a year): "الشهور من أكتوبر
    ** إلى فبراير" is a habitual period, left out as GUIDELINES.md has it */
    if (!day_month_year(c, i + k + 1, 1, &q) || (!q.d && !q.y)) return 0;
    if (q.y && !(q.flags & NABA_TIMEX_HIJRI)) p->y = q.y - (p->m > q.m);
    return k;
}

/* A date read at units [i, e) that names no day of its own: a habit, "في
** مايو من كل عام", "في شهر جانفي من كل سنة"; or a rate, "21 ساعة في
** اليوم", "مرتين في اليوم", "10 ملايين برميل في اليوم" (اليوم after في
** and a count or a number of times a few words before). A habit with a day
** number ("في 15 مارس من كل عام") stays: the counts stage would count the
** 15 of مارس, as it cannot tell a month's name. */
static int recurring(const ctx *c, size_t i, size_t e, const pend *p) {
    const lx_text *lx = c->lx;
    static const char *const every[] = {"عام", "سنه", "شهر", "اسبوع", NULL};
    /* the habit said once after a list of weekdays ("في أيام السبت والاثنين
    ** والأربعاء من كل أسبوع") is each one's */
    size_t f = e;
    if (p->type == P_WEEKDAY)
        while (f < lx->n && is_cls(c, f, D_WEEKDAY)) f++;
    if (f + 2 < lx->n && !strcmp(lx->v[f].key, "من") && !strcmp(lx->v[f + 1].key, "كل") &&
        str_in(lx->v[f + 2].key, every)) {
        for (size_t k = i; k < e; k++)
            if (lx->v[k].kind == LX_NUM) return 0;
        return 1;
    }
    if (p->type != P_RELDAY || p->off || e != i + 1 || i < 3 || strcmp(lx->v[i].key, "اليوم") ||
        strcmp(lx->v[i - 1].key, "في"))
        return 0;
    static const char *const times[] = {"مره", "مرتين", "مرات", NULL};
    num_val nv;
    for (size_t k = i - 2; k + 5 > i; k--) {
        if (lx->v[k + 1].gap == 2 || lx->v[k].kind == LX_PUNCT) return 0;
        if (lx->v[k].kind == LX_NUM || str_in(lx->v[k].key, times) || num_parse(c->st->nt, lx, k, &nv)) return 1;
        if (!k) return 0;
    }
    return 0;
}

static size_t read_expr(const ctx *c, size_t i, pend *p) {
    size_t k;
    memset(p, 0, sizeof *p);
    if ((k = numeric_date(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = weekday_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = day_range_start(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = season_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = month_range_start(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = day_month_year(c, i, CTX_ASK, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = day_of_month_unit(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = time_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = year_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = same_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = season_rel_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = relday_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = unit_expr(c, i, p))) return k;
    memset(p, 0, sizeof *p);
    if ((k = ago_expr(c, i, p))) return k;
    return 0;
}

/* ---------------------------------------------------------- resolution */

static void fmt_day(char *out, long days) {
    int y, m, d;
    cal_civil(days, &y, &m, &d);
    snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
}

/* ISO 8601-2's season codes: 21 spring .. 24 winter ("2011-22", summer 2011). */
static void fmt_season(char *out, long year, int season) { snprintf(out, 32, "%04ld-%02d", year, 20 + season); }

static void add_months(int *y, int *m, int n) {
    int k = *y * 12 + (*m - 1) + n;
    *y = k / 12;
    *m = k % 12 + 1;
}

/* p's Hijri day and month in the year that puts it nearest the anchor, on
** the side p->dir says (1 after, -1 before, else either). */
static long hijri_day_near(const pend *p, long anchor) {
    long base = cal_hijri_days(1400, 1, 1), best = 0, bestd = -1;
    int hy = 1400 + (int)((anchor - base) / 354.367);
    for (int y = hy - 1; y <= hy + 1; y++) {
        long h = cal_hijri_days(y, p->m, p->d);
        if ((p->dir == 1 && h <= anchor) || (p->dir == -1 && h >= anchor)) continue;
        if (bestd < 0 || labs(h - anchor) < bestd) { bestd = labs(h - anchor); best = h; }
    }
    return best;
}

/* The day a weekday record names, seen from the anchor day. */
static long weekday_day(const pend *p, long anchor) {
    /* a Hijri day and month: the weekday nearest it */
    if (p->d) return cal_nearest_weekday(hijri_day_near(p, anchor), p->wd);
    int delta = p->wd - cal_weekday(anchor); /* -6..6 */
    if (p->dir == 1 || p->dir == 2) {        /* ahead */
        int fwd = (delta + 7) % 7;
        if (fwd == 0 && p->dir == 1) fwd = 7;
        return anchor + fwd;
    }
    int back = (7 - delta) % 7;              /* behind */
    if (back == 0 && p->dir == -1) back = 7;
    return anchor - back;
}

/* The value of a season named from the article's year ay and month am. Seasons
** are counted in a line, four a year from spring, a winter belonging to the
** year of its December: "الماضي" is the last one before the season of the
** article, "المقبل" the next one after it, "هذا" the nearest (the coming one
** when both are as near: هذا الشتاء said in July). */
static void season_value(const pend *p, int ay, int am, char *out) {
    long line;
    if (p->unit == 'y') line = (long)(ay + p->off) * 4 + p->season - 1;
    else {
        int now_s = am >= 3 && am <= 5 ? 1 : am >= 6 && am <= 8 ? 2 : am >= 9 && am <= 11 ? 3 : 4;
        long now = (long)(am <= 2 ? ay - 1 : ay) * 4 + now_s - 1;
        long base = now - ((now - (p->season - 1)) % 4 + 4) % 4;   /* the latest such season, not after now */
        if (p->off < 0) line = base < now ? base : base - 4;
        else if (p->off > 0) line = base + 4;
        else line = base == now || now - base < base + 4 - now ? base : base + 4;
    }
    fmt_season(out, line / 4, (int)(line % 4) + 1);
}

/* Record i is a bare weekday joined by و right after record i-1, another
** bare weekday ("السبت والأحد", "الأحد و الاثنين"). */
static int weekday_pair(const char *text, const pend *v, size_t i) {
    if (i == 0 || v[i].type != P_WEEKDAY || v[i - 1].type != P_WEEKDAY || v[i].d || v[i - 1].d || v[i].dir ||
        v[i].sent != v[i - 1].sent)
        return 0;
    int waw = 0;
    for (naba_off o = v[i - 1].end; o < v[i].start; o++) {
        if (text[o] == ' ') continue;
        if (waw || o + 1 >= v[i].start || memcmp(text + o, "و", 2)) return 0;
        waw = 1;
        o++;
    }
    return waw || !memcmp(text + v[i].start, "و", 2);
}

/* Write p's value; returns the resolution. */
static int resolve(const pend *p, int have_anchor, long anchor, char *out) {
    int ay = 0, am = 0, ad = 0;
    if (have_anchor) cal_civil(anchor, &ay, &am, &ad);
    out[0] = '\0';
    switch (p->type) {
    case P_ABS:
        if (p->season) {
            fmt_season(out, p->y, p->season);
            return NABA_TIMEX_ABSOLUTE;
        }
        if (p->y && p->m && p->d) { snprintf(out, 32, "%04d-%02d-%02d", p->y, p->m, p->d); return NABA_TIMEX_ABSOLUTE; }
        if (p->y && p->m) { snprintf(out, 32, "%04d-%02d", p->y, p->m); return NABA_TIMEX_ABSOLUTE; }
        if (p->y) { snprintf(out, 32, "%04d", p->y); return NABA_TIMEX_ABSOLUTE; }
        if (p->flags & NABA_TIMEX_HIJRI) {   /* a Hijri day with no year */
            if (!have_anchor) { snprintf(out, 32, "XXXX-XX-XX"); return NABA_TIMEX_UNRESOLVED; }
            fmt_day(out, hijri_day_near(p, anchor));
            return NABA_TIMEX_ARTICLE_DATE;
        }
        if (p->named) { snprintf(out, 32, "XXXX-%02d-%02d", p->m, p->d); return NABA_TIMEX_NAME; }
        if (!have_anchor) {
            if (p->d) snprintf(out, 32, "XXXX-%02d-%02d", p->m, p->d);
            else snprintf(out, 32, "XXXX-%02d", p->m);
            return NABA_TIMEX_UNRESOLVED;
        }
        if (p->yrel) {
            if (p->d) snprintf(out, 32, "%04d-%02d-%02d", ay + p->yrel, p->m, p->d);
            else snprintf(out, 32, "%04d-%02d", ay + p->yrel, p->m);
            return NABA_TIMEX_ARTICLE_DATE;
        }
        if (!p->d) {   /* "فبراير المقبل" said in July is next year's; a month
                       ** alone is the nearest of its name, the past one when
                       ** both are six months away; after a future cue the
                       ** coming one unless the past one is last month
                       ** ("سيزور باريس في مارس" said in June: next March);
                       ** after a past verb the past one unless the next is
                       ** next month ("جرت في يناير" said in August) */
            int ahead = (p->m + 12 - am) % 12;   /* months to the next one, 0 this month */
            int y = p->dir == 1 ? ay + (p->m <= am) : p->dir == 2 ? ay + (p->m < am)
                  : p->dir == -1 ? ay - (p->m >= am) : p->dir == -2 ? ay - (p->m > am)
                  : p->dir == -3 && ahead != 1 ? ay - (p->m > am)
                  : ahead < 6 || (p->dir == 3 && (ahead == 6 || (ahead > 0 && 12 - ahead >= 2)))
                  ? ay + (p->m < am) : ay - (p->m > am);
            snprintf(out, 32, "%04d-%02d", y, p->m);
            return NABA_TIMEX_ARTICLE_DATE;
        }
        {   /* the year that puts the day nearest the article date, on the
            ** side "المقبل" / "الماضي" says (a future cue: the day ahead when it
            ** is within six months, or when the past one is two months back or
            ** more: "سيعقد المؤتمر في 10 يناير" said in June; after a past
            ** verb, the mirror) */
            long best = 0, bestd = -1, behind = 0;   /* days back to the last such day */
            long ahead = 0;                          /* days on to the next such day */
            int today = valid_ymd(ay, p->m, p->d) && cal_days(ay, p->m, p->d) == anchor;
            for (int y = ay; y >= ay - 1 && !behind; y--)
                if (valid_ymd(y, p->m, p->d) && cal_days(y, p->m, p->d) < anchor) behind = anchor - cal_days(y, p->m, p->d);
            for (int y = ay; y <= ay + 1 && !ahead; y++)
                if (valid_ymd(y, p->m, p->d) && cal_days(y, p->m, p->d) > anchor) ahead = cal_days(y, p->m, p->d) - anchor;
            for (int y = ay - 1; y <= ay + 1; y++) {
                if (!valid_ymd(y, p->m, p->d)) continue;
                long dd = cal_days(y, p->m, p->d), dist = dd > anchor ? dd - anchor : anchor - dd;
                if ((p->dir == 1 && dd <= anchor) || (p->dir == 2 && dd < anchor) ||
                    (p->dir == -1 && dd >= anchor) || (p->dir == -2 && dd > anchor)) continue;
                if (p->dir == 3 && dd >= anchor && (dd - anchor <= 183 || behind >= 60)) dist = 0;
                if (p->dir == -3 && !today && anchor - dd == behind && (behind <= 183 || ahead >= 60)) dist = 0;
                if (bestd < 0 || dist < bestd) { bestd = dist; best = dd; }
            }
            if (bestd < 0) return NABA_TIMEX_UNRESOLVED;
            fmt_day(out, best);
        }
        return NABA_TIMEX_ARTICLE_DATE;
    case P_TIME:
        snprintf(out, 32, "T%02d:%02d", p->hh, p->mi);
        return NABA_TIMEX_ABSOLUTE;
    default: break;
    }
    if (!have_anchor) {
        /* no article date: say what is known, TIMEX3-style (XXXX-WXX-5 for a
        ** Friday, PAST_REF for أمس or الأسبوع الماضي) rather than nothing */
        if (p->type == P_WEEKDAY) snprintf(out, 32, "XXXX-WXX-%d", p->wd ? p->wd : 7);
        else snprintf(out, 32, "%s", p->off < 0 ? "PAST_REF" : p->off > 0 ? "FUTURE_REF" : "PRESENT_REF");
        return NABA_TIMEX_UNRESOLVED;
    }
    switch (p->type) {
    case P_SEASON: season_value(p, ay, am, out); break;
    case P_SAME: fmt_day(out, anchor); break;   /* no date named before it: the article's day */
    case P_RELDAY: {
        long day = anchor + p->off;
        if (p->rel_wd) {   /* "غدا السبت" written the day before an article dated Saturday: that Saturday */
            day = cal_nearest_weekday(day, p->rel_wd - 1);
            /* "أمس الخميس" is never after the article date; "غدا الثلاثاء"
            ** may be before it, as feeds often date an article a day or
            ** two after it was written */
            if (p->off < 0 && day > anchor) day -= 7;
        }
        fmt_day(out, day);
        break;
    }
    case P_WEEKDAY: fmt_day(out, weekday_day(p, anchor)); break;
    case P_UNIT: {
        int y = ay, m = am;
        if (p->unit == 'd' || p->unit == 'w') {
            long day = anchor + (long)p->off * (p->unit == 'w' ? 7 : 1);
            if (p->gran == 'W') {
                int wy, wk;
                cal_iso_week(day, &wy, &wk);
                snprintf(out, 32, "%04d-W%02d", wy, wk);
            } else fmt_day(out, day);
        } else if (p->unit == 'm') {
            add_months(&y, &m, p->off);
            int dd = p->d ? p->d : ad;   /* "15 الجاري" names its day; "قبل شهر" keeps the article's */
            if (p->gran == 'D') fmt_day(out, cal_days(y, m, dd <= cal_month_days(y, m) ? dd : cal_month_days(y, m)));
            else snprintf(out, 32, "%04d-%02d", y, m);
        } else {
            snprintf(out, 32, "%04d", y + p->off);
        }
        break;
    }
    default: break;
    }
    return NABA_TIMEX_ARTICLE_DATE;
}

/* Is a Hijri month named from unit *u on, before offset to ("يوم الخميس
** الخامس من شهر ذي القعدة ... يوم الخميس 12 من الشهر ذاته": the month
** meant is that one)? *u is left at to, so a document is scanned once. */
static int hijri_month_until(const ctx *c, size_t *u, naba_off to) {
    const wt_entry *e;
    int seen = 0;
    for (; *u < c->lx->n && c->lx->v[*u].start < to; ++*u)
        seen |= match(c, *u, WT_BIT(D_HMONTH), WT_CONJ | WT_PREP, &e) > 0;
    return seen;
}

/* The anchor: the input date, a dateline date, or the first full date. */
static int pick_anchor(const naba_doc *doc, const pend *v, size_t n, long *anchor) {
    if (cal_parse_article_date(doc->day, anchor)) return NABA_ANCHOR_INPUT_DATE; /* ISO, read by naba_doc_load */
    for (size_t i = 0; i < n; i++) {
        if (v[i].type != P_ABS || !v[i].y || !v[i].m || !v[i].d) continue;
        *anchor = cal_days(v[i].y, v[i].m, v[i].d);
        int top = v[i].start < 300 && (!doc->paras.n || v[i].start < doc->paras.v[0].end);
        return top ? NABA_ANCHOR_DATELINE : NABA_ANCHOR_TEXT_DATE;
    }
    return NABA_ANCHOR_NONE;
}

naba_status naba_dates_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    lx_text lx;
    naba_status st = lx_scan(doc, &lx);
    if (st != NABA_OK) return st;
    if (!lx.n) return NABA_OK;
    /* written in full before read (read_expr clears each record it fills):
    ** zeroing a record per unit cost more than the stage's scan of a unit */
    pend *v = naba_arena_alloc_raw(doc->arena, (lx.n + 1) * sizeof *v);
    if (!v) return NABA_ERR_NOMEM;
    const dates_state *ds = state;
    /* the units' own arrays, not copies: 8 bytes a unit, 8 MB on a 9.9 MB line */
    ctx c = {state, &lx, doc, (size_t)-1, wt_starts_each(ds->dt, &lx), wt_starts_each(ds->nt, &lx)};
    if (!c.starts || !c.nstarts) return NABA_ERR_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < lx.n;) {
        /* every reader begins with a number, or a phrase of one of the two
        ** lists, at unit i: where there is none (most units), none reads */
        if (lx.v[i].kind != LX_NUM && !((c.starts[i] | c.nstarts[i]) & ~WT_KNOWN)) {
            NUM_SKIP_CHECK(read_expr(&c, i, &v[n]));
            i++;
            continue;
        }
        size_t k = read_expr(&c, i, &v[n]);
        if (!k) { i++; continue; }
        if (v[n].type == P_NONE || recurring(&c, i, i + k, &v[n])) { i += k; continue; }
        v[n].named = named_day(&c, i, &v[n], n ? &v[n - 1] : NULL);
        v[n].start = lx.v[i].start;
        v[n].end = lx.v[i + k - 1].end;
        v[n].sent = lx.v[i].sent;
        n++;
        i += k;
        c.after_date = i;
    }
    long anchor = 0;
    int anchor_kind = pick_anchor(doc, v, n, &anchor);
    long said_day = 0;      /* the day of a statement "قال ... الاثنين إن" */
    uint32_t said_sent = UINT32_MAX;
    size_t last_day = SIZE_MAX;   /* the last full date (timex index): what "نفس اليوم" refers to */
    size_t last_month = SIZE_MAX; /* the last date naming a month: what "نفس الشهر" refers to */
    size_t last_year = SIZE_MAX;  /* the last absolute date with its year: what "العام التالي" follows */
    size_t scanned = 0;           /* the unit up to which Hijri months were looked for */
    int hijri_since = 0;          /* a Hijri month named after last_month */
    for (size_t i = 0; i < n; i++) {
        naba_timex *t = NABA_PUSH(doc, &doc->timexes);
        if (!t) return NABA_ERR_NOMEM;
        t->start = v[i].start;
        t->end = v[i].end;
        t->sent = v[i].sent;
        t->flags = (uint8_t)v[i].flags;
        /* "يوم الخميس 25 ماي 2017 ... أي يوم الخميس": a bare weekday after a
        ** full date written out, of the same weekday, in its sentence and
        ** within two weeks of the article date, restates that date (a
        ** date of years ago that fell on the same weekday does not) */
        long last_days;
        int restates = v[i].type == P_WEEKDAY && !v[i].d && !v[i].dir && last_day != SIZE_MAX &&
                       anchor_kind != NABA_ANCHOR_NONE && doc->timexes.v[last_day].sent == v[i].sent &&
                       doc->timexes.v[last_day].resolution == NABA_TIMEX_ABSOLUTE &&
                       cal_parse_article_date(doc->timexes.v[last_day].value, &last_days) &&
                       labs(last_days - anchor) <= 14 && cal_weekday(last_days) == v[i].wd;
        if (v[i].type == P_SAME && v[i].d) {   /* "20 من نفس الشهر": the day in the last month named */
            hijri_since |= hijri_month_until(&c, &scanned, v[i].start);
            if (hijri_since) {   /* a Hijri month's day is not that day of a Gregorian month */
                doc->timexes.n--;
                continue;
            }
            if (last_month == SIZE_MAX) {   /* none before: the article's month, as "20 الجاري" */
                v[i].type = P_UNIT;
                v[i].unit = 'm';
                v[i].gran = 'D';
            } else {
                const naba_timex *a = &doc->timexes.v[last_month];
                int y = atoi(a->value), m = atoi(a->value + 5);
                if (v[i].d > cal_month_days(y, m) || (a->flags & NABA_TIMEX_HIJRI)) {
                    doc->timexes.n--;
                    continue;
                }
                fmt_day(t->value, cal_days(y, m, v[i].d));
                t->resolution = a->resolution;
                t->anchor = NABA_ANCHOR_PREVIOUS_DATE;
                last_day = last_month = doc->timexes.n - 1;
                continue;
            }
        }
        /* "أسقطت التهم عام 2013، لكن افتتح تحقيق آخر العام التالي": the
        ** year after the last year named, not after the article's */
        if (v[i].type == P_UNIT && v[i].unit == 'y' && v[i].following && last_year != SIZE_MAX) {
            snprintf(t->value, sizeof t->value, "%d", atoi(doc->timexes.v[last_year].value) + v[i].off);
            t->resolution = NABA_TIMEX_ABSOLUTE;
            t->anchor = NABA_ANCHOR_PREVIOUS_DATE;
            continue;
        }
        if ((v[i].type == P_SAME || restates) && last_day != SIZE_MAX) {
            const naba_timex *a = &doc->timexes.v[last_day];
            memcpy(t->value, a->value, sizeof t->value);
            t->resolution = a->resolution;
            t->anchor = NABA_ANCHOR_PREVIOUS_DATE;
            continue;
        }
        /* اليوم, أمس inside that statement count from the day it was made */
        int in_said = v[i].type == P_RELDAY && v[i].sent == said_sent && anchor_kind != NABA_ANCHOR_NONE;
        t->resolution = (uint8_t)resolve(&v[i], anchor_kind != NABA_ANCHOR_NONE, in_said ? said_day : anchor, t->value);
        /* "يومي السبت والأحد" on a Saturday page: the second weekday of a
        ** pair is the first such day after the first, not a week before */
        long pair_day;
        if (anchor_kind != NABA_ANCHOR_NONE && weekday_pair(c.lx->doc->text, v, i) && t->resolution == NABA_TIMEX_ARTICLE_DATE &&
            cal_parse_article_date(doc->timexes.v[doc->timexes.n - 2].value, &pair_day)) {
            int fwd = ((v[i].wd - cal_weekday(pair_day)) % 7 + 7) % 7;
            fmt_day(t->value, pair_day + (fwd ? fwd : 7));
        }
        if (v[i].type == P_WEEKDAY && v[i].said && anchor_kind != NABA_ANCHOR_NONE) {
            said_day = weekday_day(&v[i], anchor);
            said_sent = v[i].sent;
        }
        if (t->resolution == NABA_TIMEX_ARTICLE_DATE) t->anchor = (uint8_t)anchor_kind;
        if (t->resolution != NABA_TIMEX_NAME && strlen(t->value) == 10 && t->value[4] == '-' && t->value[7] == '-')
            last_day = doc->timexes.n - 1;
        /* a month named (في مايو, 23 سبتمبر, الشهر الماضي), not one a weekday falls in */
        int names_month = (v[i].type == P_ABS && v[i].m) || (v[i].type == P_UNIT && v[i].unit == 'm');
        if (names_month && t->resolution != NABA_TIMEX_NAME && strlen(t->value) >= 7 && t->value[4] == '-' &&
            t->value[5] >= '0' && t->value[5] <= '1') {
            last_month = doc->timexes.n - 1;
            hijri_month_until(&c, &scanned, t->end);   /* a Hijri month before it names no later day */
            hijri_since = 0;
        }
        if (t->resolution == NABA_TIMEX_ABSOLUTE && isdigit((unsigned char)t->value[0]) && isdigit((unsigned char)t->value[3]))
            last_year = doc->timexes.n - 1;
    }
    return NABA_OK;
}

/* ---------------------------------------------------------- loading */

/* The state over the tables; own_dt and own_nt become its own (freed here on failure). */
static dates_state *finish(const wordtab *dt, const wordtab *nt, wordtab *own_dt, wordtab *own_nt, naba_error *err) {
    dates_state *s = malloc(sizeof *s);
    if (!s) {
        wt_free(own_dt);
        wt_free(own_nt);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    *s = (dates_state){.dt = dt, .own_dt = own_dt, .nt = nt, .own_nt = own_nt};
    return s;
}

dates_state *dates_state_from(const char *d1, size_t n1, const char *d2, size_t n2, naba_error *err) {
    wordtab *dt = wt_load_buf(d1, n1, "dates.tsv", dates_classes, err);
    if (!dt) return NULL;
    wordtab *nt = wt_load_buf(d2, n2, "numbers.tsv", num_classes, err);
    if (!nt) { wt_free(dt); return NULL; }
    return finish(dt, nt, dt, nt, err);
}

void *naba_dates_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                      naba_error *err) {
    (void)opt;
    (void)data_dir;
    /* the link stage's KB, with the user's --kb-extra rows (the names link
    ** knows are the names dates knows), and its data/dates.tsv and
    ** data/numbers.tsv, loaded once per pipeline (the pipeline opens link first) */
    const link_state *ls = naba_stage_state(p, "link");
    if (!ls) { naba_fail(err, NABA_ERR_MODEL, 0, "the dates stage opens after the link stage"); return NULL; }
    dates_state *s = finish(ls->dates, ls->numbers, NULL, NULL, err);
    if (s) s->kb = ls->kb;
    return s;
}

void naba_dates_close(void *state) {
    dates_state *s = state;
    if (!s) return;
    wt_free(s->own_dt);
    wt_free(s->own_nt);
    free(s);
}
