/*
** test_lex.c — the units the dates, counts and quotes stages share (lex.c):
** cut once per document and handed to each stage again while the text and
** sentences they were cut from are unchanged; and word-list phrases matched
** after the clitics wt_match strips (wordtab.c).
*/
#include "lex.h"
#include "qcd_test.h"
#include "wordtab.h"

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

static void test_clitics(void) {
    static const char *const classes[] = {"X", NULL};
    const char tsv[] = "X\t1\tالرئيس\nX\t2\tرئيس الوزراء\n";
    naba_error err = {0};
    wordtab *t = wt_load_buf(tsv, sizeof tsv - 1, "test.tsv", classes, &err);
    naba_pipeline *p = qcd_pipe("segment");
    naba_doc *d = naba_doc_new();
    CHECK(t && p && d && qcd_run(p, d, "قال للرئيس وبالرئيس ورئيس الوزراء والرئيس", NULL));
    lx_text lx;
    CHECK(lx_scan(d, &lx) == NABA_OK && lx.n == 6);
    const wt_entry *e = NULL;
    size_t stripped = 99;
    unsigned all = WT_CONJ | WT_PREP | WT_DEF;
    /* ل + ال: للرئيس is found as الرئيس, one clitic letter (2 bytes) stripped */
    CHECK(wt_match(t, &lx, 1, WT_BIT(0), all, &e, &stripped) == 1 && stripped == 2 && e->num == 1);
    CHECK(wt_match(t, &lx, 1, WT_BIT(0), 0, &e, &stripped) == 0);
    /* و then ب: الرئيس after 4 bytes */
    CHECK(wt_match(t, &lx, 2, WT_BIT(0), all, &e, &stripped) == 1 && stripped == 4);
    CHECK(wt_match(t, &lx, 2, WT_BIT(0), WT_CONJ, &e, &stripped) == 0);
    /* a two-word phrase after و */
    CHECK(wt_match(t, &lx, 3, WT_BIT(0), WT_CONJ, &e, &stripped) == 2 && stripped == 2 && e->num == 2);
    CHECK(wt_match(t, &lx, 5, WT_BIT(0), WT_CONJ, &e, &stripped) == 1 && stripped == 2);
    CHECK(wt_get(t, "الرييس", WT_BIT(0)) != NULL && wt_get(t, "رييس", WT_BIT(0)) == NULL);
    naba_doc_free(d);
    naba_pipeline_close(p);
    wt_free(t);
}

int main(void) {
    test_memo();
    test_clitics();
    return TEST_REPORT();
}
