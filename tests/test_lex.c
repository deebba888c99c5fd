/*
** test_lex.c — the units the dates, counts and quotes stages share (lex.c):
** cut once per document and handed to each stage again while the text and
** sentences they were cut from are unchanged; and word-list phrases matched
** after the clitics wt_match strips (wordtab.c), and the classes that may
** start at a unit, which the dates stage asks once per unit, kept with the
** units for every stage after the first question; and freed once the quotes
** stage, their last reader, is done, so the events stage does not carry them.
*/
#include "lex.h"
#include "qcd_test.h"
#include "wordtab.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_memo(void) {
    naba_pipeline *p = qcd_pipe("segment");
    naba_doc *d = naba_doc_new();
    CHECK(p && d && qcd_run(p, d, "قال الوزير إن المحادثات بدأت. وصل الوفد أمس.", NULL));
    lx_text a, b, c;
    CHECK(lx_scan(d, &a) == NABA_OK && a.n == 10);
    CHECK(lx_scan(d, &b) == NABA_OK);
    CHECK(b.v == a.v && b.n == a.n && b.doc == d);   /* the same units, not cut again */
    CHECK_EQ_STR(a.v[1].key, "الوزير");
    CHECK(a.v[6].sent == 1);                          /* وصل: the second sentence */
    /* a new text (same length, same arena memory after the reset) is cut anew */
    CHECK(qcd_run(p, d, "قال الرئيس إن المحادثات بدأت. وصل الوفد أمس.", NULL));
    CHECK(lx_scan(d, &c) == NABA_OK && c.n == 10);
    CHECK_EQ_STR(c.v[1].key, "الرييس");            /* keys are folded (ئ as ي) */
    /* and so is the same text once its sentences are no longer the ones cut */
    lx_text e;
    d->sents.n = 1;
    CHECK(lx_scan(d, &e) == NABA_OK && e.v != c.v && e.v[6].sent == 0);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* One-letter units, more than a quarter of the bytes: the units' array
** grows as it is filled and keeps what it held. */
static void test_many_units(void) {
    naba_pipeline *p = qcd_pipe("segment");
    naba_doc *d = naba_doc_new();
    CHECK(p && d && qcd_run(p, d, "a b c d e f g h i j k l m n o p q r s t ، ؛ 1 2 3", NULL));
    lx_text lx;
    CHECK(lx_scan(d, &lx) == NABA_OK && lx.n == 25);
    CHECK_EQ_STR(lx.v[0].key, "a");
    CHECK_EQ_STR(lx.v[19].key, "t");
    CHECK(lx.v[20].kind == LX_PUNCT && lx.v[24].kind == LX_NUM && lx.v[24].value == 3);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* A word list (tsv) and the units of text (n of them), cut by a pipeline
** through segment. */
typedef struct fixture {
    wordtab *t;
    naba_pipeline *p;
    naba_doc *d;
    lx_text lx;
} fixture;

static int fixture_open(fixture *f, const char *tsv, const char *const *classes, const char *text, size_t n) {
    naba_error err = {0};
    f->t = wt_load_buf(tsv, strlen(tsv), "test.tsv", classes, &err);
    f->p = qcd_pipe("segment");
    f->d = naba_doc_new();
    return f->t && f->p && f->d && qcd_run(f->p, f->d, text, NULL) && lx_scan(f->d, &f->lx) == NABA_OK &&
           f->lx.n == n;
}

static void fixture_close(fixture *f) {
    naba_doc_free(f->d);
    naba_pipeline_close(f->p);
    wt_free(f->t);
}

static void test_clitics(void) {
    static const char *const classes[] = {"X", NULL};
    fixture f;
    CHECK(fixture_open(&f, "X\t1\tالرئيس\nX\t2\tرئيس الوزراء\n", classes,
                       "قال للرئيس وبالرئيس ورئيس الوزراء والرئيس", 6));
    const wt_entry *e = NULL;
    size_t stripped = 99;
    unsigned all = WT_CONJ | WT_PREP | WT_DEF;
    /* ل + ال: للرئيس is found as الرئيس, one clitic letter (2 bytes) stripped */
    CHECK(wt_match(f.t, &f.lx, 1, WT_BIT(0), all, &e, &stripped) == 1 && stripped == 2 && e->num == 1);
    CHECK(wt_match(f.t, &f.lx, 1, WT_BIT(0), 0, &e, &stripped) == 0);
    /* و then ب: الرئيس after 4 bytes */
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(0), all, &e, &stripped) == 1 && stripped == 4);
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(0), WT_CONJ, &e, &stripped) == 0);
    /* a two-word phrase after و */
    CHECK(wt_match(f.t, &f.lx, 3, WT_BIT(0), WT_CONJ, &e, &stripped) == 2 && stripped == 2 && e->num == 2);
    CHECK(wt_match(f.t, &f.lx, 5, WT_BIT(0), WT_CONJ, &e, &stripped) == 1 && stripped == 2);
    CHECK(wt_get(f.t, "الرييس", WT_BIT(0)) != NULL && wt_get(f.t, "رييس", WT_BIT(0)) == NULL);
    /* one word's folded key, with the clitics asked for: و then ب off */
    const char *k = "وبالرييس";
    CHECK((e = wt_get_stripped(f.t, k, strlen(k), WT_BIT(0), WT_CONJ | WT_PREP, &stripped)) && e->num == 1 &&
          stripped == 4);
    CHECK(wt_get_stripped(f.t, k, strlen(k), WT_BIT(0), WT_CONJ, &stripped) == NULL && stripped == 0);
    CHECK((e = wt_get_stripped(f.t, "الرييس", 12, WT_BIT(0), 0, &stripped)) && stripped == 0);
    fixture_close(&f);
}

/* wt_starts: the classes of the phrases whose first word is the unit under
** any clitics; a class it leaves out is one wt_match cannot find there. */
static void test_starts(void) {
    static const char *const classes[] = {"X", "Y", "Z", NULL};
    fixture f;
    CHECK(fixture_open(&f, "X\t1\tرئيس الوزراء\nY\t2\tالرئيس\nZ\t3\tوزير\n", classes,
                       "قال والرئيس وزير 12", 4));
    CHECK(wt_starts(f.t, &f.lx, 0) == 0);
    /* والرئيس: الرئيس (Y) after و, رئيس (first word of X) after وال */
    CHECK(wt_starts(f.t, &f.lx, 1) == (WT_BIT(0) | WT_BIT(1)));
    CHECK(wt_starts(f.t, &f.lx, 2) == WT_BIT(2));
    CHECK(wt_starts(f.t, &f.lx, 3) == 0 && wt_starts(f.t, &f.lx, 4) == 0); /* a number; past the end */
    const wt_entry *e = NULL;
    unsigned all = WT_CONJ | WT_PREP | WT_DEF;
    CHECK(wt_match(f.t, &f.lx, 1, WT_BIT(1), all, &e, NULL) == 1 && e->num == 2);
    CHECK(wt_match(f.t, &f.lx, 1, WT_BIT(0), all, &e, NULL) == 0);  /* الوزراء does not follow */
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(0) | WT_BIT(1), all, &e, NULL) == 0);
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(2), all, &e, NULL) == 1 && e->num == 3);
    fixture_close(&f);
}

/* The classes each unit can start are kept with the units (lx.h) after the
** first question, whatever clitics it allowed, and shared by every table
** loaded from the same text: the answers are those worked out afresh. */
static void test_kept(void) {
    static const char *const classes[] = {"X", "Y", NULL};
    static const char tsv[] = "X\t1\tالرئيس\nY\t2\tرئيس الوزراء\n";
    fixture f;
    CHECK(fixture_open(&f, tsv, classes, "قال للرئيس وبالرئيس ورئيس الوزراء والرئيس", 6));
    CHECK(f.lx.starts != NULL);
    const wt_entry *e = NULL;
    size_t stripped = 0;
    unsigned all = WT_CONJ | WT_PREP | WT_DEF;
    /* first asked without clitics (nothing), then with them: found */
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(0), 0, &e, &stripped) == 0);
    CHECK(wt_match(f.t, &f.lx, 2, WT_BIT(0), all, &e, &stripped) == 1 && stripped == 4);
    naba_error err = {0};
    wordtab *same = wt_load_buf(tsv, strlen(tsv), "same.tsv", classes, &err);
    wordtab *other = wt_load_buf("X\t1\tوزير\n", strlen("X\t1\tوزير\n"), "other.tsv", classes, &err);
    CHECK(same && other);
    lx_text fresh = f.lx;
    fresh.starts = NULL; /* nothing kept: every answer worked out */
    for (size_t i = 0; i <= f.lx.n; i++) {
        CHECK(wt_starts(f.t, &f.lx, i) == wt_starts(f.t, &fresh, i));
        CHECK(wt_starts(same, &f.lx, i) == wt_starts(f.t, &fresh, i));
        CHECK(wt_starts(other, &f.lx, i) == wt_starts(other, &fresh, i));
        for (unsigned mask = 1; mask < 4; mask++)
            for (unsigned cl = 0; cl <= all; cl++) {
                const wt_entry *a = NULL, *b = NULL;
                size_t sa = 0, sb = 0;
                CHECK(wt_match(f.t, &f.lx, i, mask, cl, &a, &sa) == wt_match(f.t, &fresh, i, mask, cl, &b, &sb) &&
                      a == b && sa == sb);
            }
    }
    size_t used = 0;
    for (int s = 0; s < LX_TABLES; s++) used += f.lx.starts->table[s] != 0;
    CHECK(used == 2); /* f.t and same share one */
    wt_free(same);
    wt_free(other);
    fixture_close(&f);
}

/* lx_number on the text's first digits: the value and the units used. */
static int number_is(naba_pipeline *p, naba_doc *d, const char *text, double value, size_t units) {
    lx_text lx;
    if (!qcd_run(p, d, text, NULL) || lx_scan(d, &lx) != NABA_OK) return 0;
    size_t i = 0;
    while (i < lx.n && lx.v[i].kind != LX_NUM) i++;
    double v = -1;
    size_t k = lx_number(&lx, i, &v);
    if (k != units || fabs(v - value) > 1e-9 * (1 + value)) {
        fprintf(stderr, "  %s: %g in %zu units\n", text, v, k);
        return 0;
    }
    return 1;
}

/* Every number format read as one number, through the clean stage (which
** leaves an Arabic comma between digits glued), and what is not one. */
static void test_numbers(void) {
    naba_pipeline *p = qcd_pipe("segment");
    naba_doc *d = naba_doc_new();
    CHECK(p && d);
    CHECK(number_is(p, d, "قتل 1,000 شخص", 1000, 3));
    CHECK(number_is(p, d, "قتل ١٬٢٠٠ شخص", 1200, 3));
    CHECK(number_is(p, d, "بلغ 12,000.5 دولار", 12000.5, 5));
    CHECK(number_is(p, d, "ارتفع 12.5 بالمئة", 12.5, 3));
    CHECK(number_is(p, d, "ارتفع ٣٫٥ بالمئة", 3.5, 3));
    CHECK(number_is(p, d, "غرامة 4,3 مليار", 4.3, 3));
    /* thousands after dots or Arabic commas: two groups or more */
    CHECK(number_is(p, d, "يبلغ 50.863.197 ريالا", 50863197, 5));
    CHECK(number_is(p, d, "بلغ 1،975،022 شركة", 1975022, 5));
    CHECK(number_is(p, d, "بلغ 1،975،022،100 ريال", 1975022100, 7));
    /* the Arabic decimal comma: one or two digits */
    CHECK(number_is(p, d, "ارتفع 6،3 بالمائة", 6.3, 3));
    CHECK(number_is(p, d, "أي 1،45 مليون", 1.45, 3));
    /* one group of three after a dot stays a decimal, after an Arabic comma
    ** no part of the number (2.308 and 2,308 dinars are both written so) */
    CHECK(number_is(p, d, "بلغ 2.308 دينار", 2.308, 3));
    CHECK(number_is(p, d, "بلغ 2،308 دينار", 2, 1));
    CHECK(number_is(p, d, "عند مستوى 17،500 نقطة", 17, 1));
    /* not one number: a list spaced or glued, digits going on, a group of two */
    CHECK(number_is(p, d, "الفصول 1، 2، 3 من القانون", 1, 1));
    CHECK(number_is(p, d, "الفصول 1،2،3 من القانون", 1, 1));
    CHECK(number_is(p, d, "يوم 16.05.2025 صباحا", 16, 1));
    CHECK(number_is(p, d, "الرقم 1.234.56 هنا", 1, 1));
    CHECK(number_is(p, d, "الرقم 1،234،56 هنا", 1, 1));
    CHECK(number_is(p, d, "الرقم 1234.567.890 هنا", 1234, 1));
    /* the agency separator ر, the groups after it first */
    CHECK(number_is(p, d, "تراجعت بنسبة 5ر10 بالمائة", 10.5, 3));
    CHECK(number_is(p, d, "بلغت 75ر130 دولار", 130.75, 3));
    CHECK(number_is(p, d, "يساوي 0471ر4 ليو", 4.0471, 3));
    CHECK(number_is(p, d, "نفذ 225ر29 غارة", 29225, 3));
    CHECK(number_is(p, d, "بلغت 540ر999ر45 دينار", 45999540, 5));
    CHECK(number_is(p, d, "بلغ 5 ر10 نقاط", 5, 1));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* The units (and the word lists' masks kept with them) live from the dates
** stage to the end of the quotes stage, their last reader, and no further:
** on a long line (here 2,000 sentences, 1,000 of them quoted, one line) the
** events stage after it would carry them to its peak. Asked again after the
** quotes stage, they are cut anew, with no masks, and the same. */
static int masks_kept(const lx_text *lx) {
    int n = 0;
    for (size_t s = 0; s < LX_TABLES; s++) n += lx->starts->table[s] != 0;
    return n;
}

static void test_freed_after_quotes(void) {
    static const char sent[] = "قال الوزير \"إن المحادثات بدأت في 16 أيار\". وصل 3 وفود أمس. ";
    size_t reps = 1000, len = sizeof sent - 1;
    char *line = malloc(reps * len + 1);
    naba_pipeline *counts = qcd_pipe("counts"), *quotes = qcd_pipe("quotes");
    naba_doc *d = naba_doc_new();
    CHECK(line && counts && quotes && d);
    if (!line || !counts || !quotes || !d) return;
    for (size_t r = 0; r < reps; r++) memcpy(line + r * len, sent, len);
    line[reps * len] = 0;
    lx_text lx;
    CHECK(qcd_run(counts, d, line, "2025-05-16") && lx_scan(d, &lx) == NABA_OK);
    size_t n = lx.n;
    CHECK(n == 16 * reps && masks_kept(&lx) > 0); /* kept from the dates and counts stages */
    CHECK(qcd_run(quotes, d, line, "2025-05-16") && d->quotes.n >= reps && lx_scan(d, &lx) == NABA_OK);
    CHECK(lx.n == n && masks_kept(&lx) == 0); /* cut again: the stage's were freed */
    CHECK_EQ_STR(lx.v[n - 3].key, "وفود");
    lx_done(d);
    lx_done(d); /* nothing left to free */
    naba_doc_free(d);
    naba_pipeline_close(counts);
    naba_pipeline_close(quotes);
    free(line);
}

int main(void) {
    test_memo();
    test_numbers();
    test_many_units();
    test_clitics();
    test_starts();
    test_kept();
    test_freed_after_quotes();
    return TEST_REPORT();
}
