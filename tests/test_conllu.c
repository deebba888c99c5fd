/*
** test_conllu.c — the CoNLL-U reader on hand-made files, good and bad, and
** the writer on a token left unanalysed.
*/
#include "conllu.h"
#include "test.h"

#include <stdlib.h>

static const char *good =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = وقال للحظر.\n"
    "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tو\tو\tCCONJ\tC---\t_\t2\tcc\t_\t_\n"
    "2\tقال\tقال\tVERB\tVP\tAspect=Perf\t0\troot\t_\t_\n"
    "3-4\tللحظر\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "3\tل\tل\tADP\tP\t_\t4\tcase\t_\t_\n"
    "4\tالحظر\tحظر\tNOUN\tN\tDefinite=Def\t2\tobl\t_\tGloss=ban|Root=h_z_r\n"
    "5\t.\t.\tPUNCT\tG\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tنعم\tنعم\tINTJ\t_\t_\t0\troot\t_\t_\n";

static void test_good(void) {
    naba_cu_file *f;
    naba_error err = {0};
    CHECK(naba_conllu_parse(good, strlen(good), "good", &f, &err) == NABA_OK);
    if (!f) return;
    CHECK_EQ_INT(f->n, 2);
    naba_cu_sentence *s = &f->sents[0];
    CHECK_EQ_STR(s->sent_id, "s1");
    CHECK_EQ_STR(s->text, "وقال للحظر.");
    CHECK(s->newdoc == 1);
    CHECK_EQ_INT(s->doc, 0);
    CHECK(!naba_cu_is_dev(s, 5) && naba_cu_is_dev(s, 1));
    CHECK_EQ_INT(s->n_tokens, 3);
    CHECK_EQ_INT(s->n_words, 5);
    CHECK_EQ_STR(s->tokens[0].form, "وقال");
    CHECK_EQ_INT(s->tokens[0].word_count, 2);
    CHECK_EQ_INT(s->tokens[1].space_after, 0);
    CHECK_EQ_INT(s->tokens[2].word_first, 4);
    CHECK_EQ_INT(s->words[3].token, 1);
    CHECK_EQ_INT(s->words[1].head, 0);
    CHECK_EQ_STR(s->words[3].deprel, "obl");
    char v[32];
    CHECK(naba_cu_attr(s->words[3].misc, "Root", v, sizeof v) && strcmp(v, "h_z_r") == 0);
    CHECK(!naba_cu_attr(s->words[3].misc, "Gl", v, sizeof v));
    CHECK(f->sents[1].sent_id && f->sents[1].text == NULL);
    naba_conllu_free(f);
}

static void expect_error(const char *text, const char *what) {
    naba_cu_file *f;
    naba_error err = {0};
    CHECK(naba_conllu_parse(text, strlen(text), "bad", &f, &err) == NABA_ERR_FORMAT);
    CHECK(f == NULL);
    if (!strstr(err.message, what)) {
        test_failed++;
        fprintf(stderr, "message '%s' lacks '%s'\n", err.message, what);
    } else test_passed++;
}

static void test_bad(void) {
    expect_error("1\tx\tx\tX\n", ":1: expected 10");
    expect_error("2\tx\tx\tX\t_\t_\t0\troot\t_\t_\n", "word ID out of order");
    expect_error("1\tx\tx\tX\t_\t_\t5\troot\t_\t_\n", "HEAD points outside");
    expect_error("1-3\txy\t_\t_\t_\t_\t_\t_\t_\t_\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n", "range runs past");
    expect_error("1\tx\tx\tX\t_\t_\tQ\troot\t_\t_\n", "HEAD is not a number");
    expect_error("# c\n\n1-0\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", ":3: bad multiword");
}

/* The first document of `good` read into a new doc (*f holds the parsed
** file; both for the caller to free), NULL if that failed. */
static naba_doc *good_doc(naba_cu_file **f) {
    naba_error err = {0};
    naba_doc *doc = naba_doc_new();
    CHECK(naba_conllu_parse(good, strlen(good), "good", f, &err) == NABA_OK);
    if (!*f || !doc) return NULL;
    CHECK(naba_conllu_doc(*f, 0, naba_conllu_doc_end(*f, 0), 1, NABA_FOLD_DEFAULT, doc) == NABA_OK);
    return doc;
}

/* The CoNLL-U the writer gives for doc (malloc'd), NULL if it failed. */
static char *conllu_text(naba_doc *doc) {
    char *out = NULL;
    size_t n = 0;
    FILE *mf = open_memstream(&out, &n);
    CHECK(mf != NULL);
    if (!mf) return NULL;
    CHECK(naba_write_conllu(doc, mf) == NABA_OK);
    fclose(mf);
    return out;
}

/* A token marked unanalysed is written as one X U--------- word, lemma = form;
** the line numbers after it shift, and heads follow: a word inside it points
** at its line, and the line takes the relation of the word whose head lies
** outside the token. */
static void test_write_unanalysed(void) {
    naba_cu_file *f;
    naba_doc *doc = good_doc(&f);
    if (!doc) return;
    CHECK(doc->tokens.n >= 3);
    doc->tokens.v[0].unanalysed = 1; /* وقال: و points inside (at قال), قال is the root */
    char *out = conllu_text(doc);
    if (!out) return;
    CHECK(strstr(out, "\n1\tوقال\tوقال\tX\tU---------\t_\t0\troot\t_\t_\n") != NULL);
    CHECK(strstr(out, "\n2-3\tللحظر\t") != NULL);
    CHECK(strstr(out, "\n3\tالحظر\tحظر\tNOUN\tN\tDefinite=Def\t1\tobl\t") != NULL);
    CHECK(strstr(out, "\n4\t.\t.\tPUNCT\tG\t_\t1\tpunct\t") != NULL);
    CHECK(strstr(out, "\tو\t") == NULL);
    free(out);
    naba_doc_free(doc);
    naba_conllu_free(f);
}

/* Both words of an unanalysed token attached outside it, one of them to a
** word attached back inside: the token's line takes the head of its word
** nearest the root (the written tree must have no cycle). */
static void test_write_unanalysed_nearest_root(void) {
    naba_cu_file *f;
    naba_doc *doc = good_doc(&f);
    if (!doc) return;
    CHECK(doc->words.n >= 5);
    if (doc->words.n < 5) return;
    doc->tokens.v[1].unanalysed = 1; /* للحظر: ل -> قال -> الحظر, the root */
    naba_word *w = doc->words.v;
    w[3].head = -1, w[3].deprel = "root";
    w[1].head = 3, w[1].deprel = "ccomp";
    w[2].head = 1, w[2].deprel = "case";
    w[4].head = 3;
    char *out = conllu_text(doc);
    if (!out) return;
    CHECK(strstr(out, "\n3\tللحظر\tللحظر\tX\tU---------\t_\t0\troot\t") != NULL);
    CHECK(strstr(out, "\n2\tقال\tقال\tVERB\tVP\tAspect=Perf\t3\tccomp\t") != NULL);
    free(out);
    naba_doc_free(doc);
    naba_conllu_free(f);
}

int main(void) {
    test_good();
    test_bad();
    test_write_unanalysed();
    test_write_unanalysed_nearest_root();
    return TEST_REPORT();
}
