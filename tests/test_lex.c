/*
** test_lex.c — the units the dates, counts and quotes stages share (lex.c):
** cut once per document and handed to each stage again while the text and
** sentences they were cut from are unchanged; and word-list phrases matched
** after the clitics wt_match strips (wordtab.c), and the classes that may
** start at a unit, which the dates stage asks once per unit.
*/
#include "lex.h"
#include "qcd_test.h"
#include "wordtab.h"

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

int main(void) {
    test_memo();
    test_clitics();
    test_starts();
    return TEST_REPORT();
}
