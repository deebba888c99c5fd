/*
** test_eval_conllu.c — the CoNLL 2018 metrics on hand-made files. Every
** expected number is worked out by hand in the comment above its check; the
** alignment cases at the end are those of the official script's own tests.
*/
#include "eval_conllu.h"
#include "test.h"

#include <stdlib.h>

static naba_cu_file *load(const char *text) {
    naba_cu_file *f = NULL;
    naba_error err = {0};
    if (naba_conllu_parse(text, strlen(text), "t", &f, &err) != NABA_OK)
        fprintf(stderr, "bad test file: %s\n", err.message);
    return f;
}

/* Score two CoNLL-U texts; returns the status, result in *r, message in err. */
static naba_status score(const char *gold, const char *sys, naba_ev_result *r, naba_error *err) {
    naba_cu_file *g = load(gold), *s = load(sys);
    naba_status st = g && s ? naba_eval_conllu(g, "gold", s, "system", r, err) : NABA_ERR_FORMAT;
    naba_conllu_free(g);
    naba_conllu_free(s);
    return st;
}

/* Score two texts that must be scorable. */
static naba_ev_result ok(const char *gold, const char *sys) {
    naba_ev_result r;
    naba_error err = {0};
    naba_status st = score(gold, sys, &r, &err);
    CHECK(st == NABA_OK);
    if (st != NABA_OK) { fprintf(stderr, "%s\n", err.message); memset(&r, 0, sizeof r); }
    return r;
}

/* Percentages to 2 decimals, as printed. */
#define PCT(x) ((long)((x) * 10000 + 0.5))
#define CHECK_PRF(sc, p, r, f) do { \
    CHECK_EQ_INT(PCT(naba_ev_precision(sc)), (long)((p) * 100 + 0.5)); \
    CHECK_EQ_INT(PCT(naba_ev_recall(sc)), (long)((r) * 100 + 0.5)); \
    CHECK_EQ_INT(PCT(naba_ev_f1(sc)), (long)((f) * 100 + 0.5)); } while (0)

/* قال الوزير الجديد كلمة . — "the new minister said a word." */
static const char *G1 =
    "1\tقال\tقال\tVERB\tVP\tAspect=Perf|Voice=Act\t0\troot\t_\t_\n"
    "2\tالوزير\tوزير\tNOUN\tN\tCase=Nom|Definite=Def\t1\tnsubj\t_\t_\n"
    "3\tالجديد\tجديد\tADJ\tA\tCase=Nom|Definite=Def\t2\tamod\t_\t_\n"
    "4\tكلمة\tكلمة\tNOUN\tN\tCase=Acc|Definite=Ind\t1\tobj\t_\t_\n"
    "5\t.\t_\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n";

static void test_identical(void) {
    naba_ev_result r = ok(G1, G1);
    for (int m = 0; m < NABA_EV_COUNT; m++) CHECK_PRF(&r.m[m], 100, 100, 100);
    CHECK_EQ_INT(r.m[NABA_EV_WORDS].gold, 5);
    /* content words: قال الوزير الجديد كلمة (punct is neither content nor functional) */
    CHECK_EQ_INT(r.m[NABA_EV_CLAS].gold, 4);
}

static void test_head_and_label(void) {
    /* الجديد gets the wrong head (4), كلمة the wrong label (obl), and الوزير
    ** nsubj:pass, which counts as nsubj (subtypes are ignored).
    ** UAS 4/5 = 80; LAS 3/5 = 60; CLAS over 4 content words: قال, الوزير right,
    ** الجديد (head) and كلمة (label) wrong: 2/4 = 50. UPOS untouched: 100. */
    const char *sys =
        "1\tقال\tقال\tVERB\tVP\tAspect=Perf|Voice=Act\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\tCase=Nom|Definite=Def\t1\tnsubj:pass\t_\t_\n"
        "3\tالجديد\tجديد\tADJ\tA\tCase=Nom|Definite=Def\t4\tamod\t_\t_\n"
        "4\tكلمة\tكلمة\tNOUN\tN\tCase=Acc|Definite=Ind\t1\tobl\t_\t_\n"
        "5\t.\t_\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n";
    naba_ev_result r = ok(G1, sys);
    CHECK_PRF(&r.m[NABA_EV_UAS], 80, 80, 80);
    CHECK_PRF(&r.m[NABA_EV_LAS], 60, 60, 60);
    CHECK_PRF(&r.m[NABA_EV_CLAS], 50, 50, 50);
    CHECK_PRF(&r.m[NABA_EV_UPOS], 100, 100, 100);
    CHECK_EQ_INT(r.m[NABA_EV_LAS].aligned, 5);
}

static void test_lemma_and_feats(void) {
    /* كلمة gets lemma كلم (wrong); "." has gold lemma "_", so any system lemma
    ** is right. Lemmas 4/5 = 80. BLEX: 4 content words, كلمة wrong: 3/4 = 75.
    ** الوزير gets the extra feature AdpType=Prep (not universal: ignored) and
    ** its features in another order (sorted before comparing): UFeats 100.
    ** الجديد gets XPOS "X": XPOS and AllTags 4/5 = 80, UPOS 100. */
    const char *sys =
        "1\tقال\tقال\tVERB\tVP\tAspect=Perf|Voice=Act\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\tDefinite=Def|AdpType=Prep|Case=Nom\t1\tnsubj\t_\t_\n"
        "3\tالجديد\tجديد\tADJ\tX\tCase=Nom|Definite=Def\t2\tamod\t_\t_\n"
        "4\tكلمة\tكلم\tNOUN\tN\tCase=Acc|Definite=Ind\t1\tobj\t_\t_\n"
        "5\t.\t.\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n";
    naba_ev_result r = ok(G1, sys);
    CHECK_PRF(&r.m[NABA_EV_LEMMAS], 80, 80, 80);
    CHECK_PRF(&r.m[NABA_EV_BLEX], 75, 75, 75);
    CHECK_PRF(&r.m[NABA_EV_UFEATS], 100, 100, 100);
    CHECK_PRF(&r.m[NABA_EV_XPOS], 80, 80, 80);
    CHECK_PRF(&r.m[NABA_EV_ALLTAGS], 80, 80, 80);
    CHECK_PRF(&r.m[NABA_EV_LAS], 100, 100, 100);
}

/* وقال الوزير للصحفيين . — "and the minister said to the journalists." */
static const char *G2 =
    "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tو\tو\tCCONJ\tC\t_\t2\tcc\t_\t_\n"
    "2\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
    "3\tالوزير\tوزير\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
    "4-5\tللصحفيين\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "4\tل\tل\tADP\tP\t_\t5\tcase\t_\t_\n"
    "5\tالصحفيين\tصحفي\tNOUN\tN\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\tG\t_\t2\tpunct\t_\t_\n\n";

static void test_mwt_segmentation_error(void) {
    /* The system leaves للصحفيين whole. Tokens: the same 4 spans: 100.
    ** Words: gold 6, system 5. وقال: both split, LCS aligns و, قال; الوزير and
    ** "." align as plain tokens; للصحفيين (gold ل+الصحفيين vs system
    ** للصحفيين) shares no form: 0. Aligned 4: P 4/5 = 80, R 4/6 = 66.67,
    ** F1 8/11 = 72.73. UAS: the 4 aligned words keep their heads (قال maps to
    ** قال): the same 80 / 66.67 / 72.73.
    ** CLAS: gold content قال, الوزير, الصحفيين (3); system قال, الوزير,
    ** للصحفيين (3); aligned and right: قال, الوزير: 2/3 = 66.67 each way.
    ** MLAS: قال's functional child و (cc) is aligned and agrees: also 66.67. */
    const char *sys =
        "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tو\tو\tCCONJ\tC\t_\t2\tcc\t_\t_\n"
        "2\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "3\tالوزير\tوزير\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
        "4\tللصحفيين\tصحفي\tNOUN\tN\t_\t2\tobl\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\tG\t_\t2\tpunct\t_\t_\n\n";
    naba_ev_result r = ok(G2, sys);
    CHECK_PRF(&r.m[NABA_EV_TOKENS], 100, 100, 100);
    CHECK_PRF(&r.m[NABA_EV_WORDS], 80, 66.67, 72.73);
    CHECK_EQ_INT(r.m[NABA_EV_WORDS].correct, 4);
    CHECK_PRF(&r.m[NABA_EV_UAS], 80, 66.67, 72.73);
    CHECK_PRF(&r.m[NABA_EV_CLAS], 66.67, 66.67, 66.67);
    CHECK_PRF(&r.m[NABA_EV_MLAS], 66.67, 66.67, 66.67);
    CHECK_EQ_INT(PCT(naba_ev_aligned_acc(&r.m[NABA_EV_UAS])), 10000);
}

static void test_mlas_function_word(void) {
    /* Same words as G2, but the system labels و "advmod" instead of cc. Words,
    ** UAS: 100. LAS 5/6 = 83.33. MLAS: content words قال, الوزير, الصحفيين
    ** (3); قال's functional children differ (gold [و cc], system none, and
    ** و advmod is now a content word of the system: 4 system content words).
    ** correct: الوزير, الصحفيين = 2: P 2/4 = 50, R 2/3 = 66.67, F1 4/7 = 57.14.
    ** CLAS: same counts, قال itself right: 3/4 = 75, 3/3 = 100, 6/7 = 85.71. */
    const char *sys =
        "1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tو\tو\tCCONJ\tC\t_\t2\tadvmod\t_\t_\n"
        "2\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "3\tالوزير\tوزير\tNOUN\tN\t_\t2\tnsubj\t_\t_\n"
        "4-5\tللصحفيين\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "4\tل\tل\tADP\tP\t_\t5\tcase\t_\t_\n"
        "5\tالصحفيين\tصحفي\tNOUN\tN\t_\t2\tobl\t_\t_\n"
        "6\t.\t.\tPUNCT\tG\t_\t2\tpunct\t_\t_\n\n";
    naba_ev_result r = ok(G2, sys);
    CHECK_PRF(&r.m[NABA_EV_UAS], 100, 100, 100);
    CHECK_PRF(&r.m[NABA_EV_LAS], 83.33, 83.33, 83.33);
    CHECK_PRF(&r.m[NABA_EV_MLAS], 50, 66.67, 57.14);
    CHECK_PRF(&r.m[NABA_EV_CLAS], 75, 100, 85.71);
}

static void test_sentence_split(void) {
    /* Gold: [قال الوزير .] [رفض الطلب .]; the system splits the second in two:
    ** [رفض] [الطلب .]. Sentences: gold 2, system 3, one span equal:
    ** P 33.33, R 50, F1 2/5 = 40. Tokens and Words 100.
    ** UAS: الطلب becomes a root (gold head رفض) and "." hangs on الطلب (gold
    ** رفض): 4/6 = 66.67. */
    const char *gold =
        "1\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t1\tnsubj\t_\t_\n"
        "3\t.\t.\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n"
        "1\tرفض\tرفض\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالطلب\tطلب\tNOUN\tN\t_\t1\tobj\t_\t_\n"
        "3\t.\t.\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n";
    const char *sys =
        "1\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t1\tnsubj\t_\t_\n"
        "3\t.\t.\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n"
        "1\tرفض\tرفض\tVERB\tVP\t_\t0\troot\t_\t_\n\n"
        "1\tالطلب\tطلب\tNOUN\tN\t_\t0\troot\t_\t_\n"
        "2\t.\t.\tPUNCT\tG\t_\t1\tpunct\t_\t_\n\n";
    naba_ev_result r = ok(gold, sys);
    CHECK_PRF(&r.m[NABA_EV_SENTENCES], 33.33, 50, 40);
    CHECK_PRF(&r.m[NABA_EV_TOKENS], 100, 100, 100);
    CHECK_PRF(&r.m[NABA_EV_WORDS], 100, 100, 100);
    CHECK_PRF(&r.m[NABA_EV_UAS], 66.67, 66.67, 66.67);
}

static void test_errors(void) {
    naba_ev_result r;
    naba_error err = {0};
    /* قالالوزير vs قالالوزيز: the 9th character (ر vs ز) differs. */
    const char *other =
        "1\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالوزيز\tوزير\tNOUN\tN\t_\t1\tnsubj\t_\t_\n\n";
    const char *gold =
        "1\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t1\tnsubj\t_\t_\n\n";
    CHECK(score(gold, other, &r, &err) == NABA_ERR_FORMAT);
    CHECK(strstr(err.message, "differ at character 9") != NULL);
    CHECK(strstr(err.message, "'ر' vs 'ز'") != NULL);
    /* a system that stops early */
    CHECK(score(G1, gold, &r, &err) == NABA_ERR_FORMAT);
    /* an empty system file: an error naming the first character, shown against "" */
    CHECK(score(gold, "", &r, &err) == NABA_ERR_FORMAT);
    CHECK(strstr(err.message, "differ at character 1") != NULL);
    CHECK(strstr(err.message, "vs ''") != NULL);
    const char *cycle =
        "1\tقال\tقال\tVERB\tVP\t_\t2\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t1\tnsubj\t_\t_\n\n";
    CHECK(score(gold, cycle, &r, &err) == NABA_ERR_FORMAT);
    CHECK(strstr(err.message, "cycle") != NULL);
    const char *roots =
        "1\tقال\tقال\tVERB\tVP\t_\t0\troot\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t0\tnsubj\t_\t_\n\n";
    CHECK(score(gold, roots, &r, &err) == NABA_ERR_FORMAT);
    CHECK(strstr(err.message, "2 roots") != NULL);
    /* HEAD "_": accepted, never right. UAS 0, UPOS 100. */
    const char *nohead =
        "1\tقال\tقال\tVERB\tVP\t_\t_\t_\t_\t_\n"
        "2\tالوزير\tوزير\tNOUN\tN\t_\t_\t_\t_\t_\n\n";
    CHECK(score(gold, nohead, &r, &err) == NABA_OK);
    CHECK_EQ_INT(r.m[NABA_EV_UAS].correct, 0);
    CHECK_EQ_INT(r.m[NABA_EV_UPOS].correct, 2);
}

/* The official script's alignment tests, in its notation: "abc a b c" is a
** multiword token abc of words a, b, c; "a" a plain word. Heads are dummies. */
static char *words_file(const char *const *toks) {
    static char buf[2][4096];
    static int which;
    char *out = buf[which ^= 1];
    size_t o = 0;
    int n = 0;
    for (; *toks; toks++) {
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%s", *toks);
        const char *parts[16] = {tmp};
        int np = 1;
        for (char *p = tmp; *p && np < 16; p++)
            if (*p == ' ') { *p = '\0'; parts[np++] = p + 1; }
        if (np == 1) {
            n++;
            o += (size_t)snprintf(out + o, 4096 - o, "%d\t%s\t_\t_\t_\t_\t%d\t_\t_\t_\n", n, parts[0], n > 1);
            continue;
        }
        o += (size_t)snprintf(out + o, 4096 - o, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", n + 1, n + np - 1, parts[0]);
        for (int i = 1; i < np; i++) {
            n++;
            o += (size_t)snprintf(out + o, 4096 - o, "%d\t%s\t_\t_\t_\t_\t%d\t_\t_\t_\n", n, parts[i], n > 1);
        }
    }
    snprintf(out + o, 4096 - o, "\n");
    return out;
}

static void expect_aligned(const char *const *gold, const char *const *sys, int correct) {
    naba_ev_result r;
    naba_error err = {0};
    const char *g = words_file(gold), *s = words_file(sys);
    CHECK(score(g, s, &r, &err) == NABA_OK);
    CHECK_EQ_INT(r.m[NABA_EV_WORDS].correct, correct);
}

#define W(...) ((const char *const[]){__VA_ARGS__, NULL})

static void test_official_alignment_cases(void) {
    expect_aligned(W("a"), W("a"), 1);
    expect_aligned(W("a", "b", "c"), W("a", "b", "c"), 3);
    expect_aligned(W("abc a b c"), W("a", "b", "c"), 3);
    expect_aligned(W("a", "bc b c", "d"), W("a", "b", "c", "d"), 4);
    expect_aligned(W("abcd a b c d"), W("ab a b", "cd c d"), 4);
    expect_aligned(W("abc a b c", "de d e"), W("a", "bcd b c d", "e"), 5);
    expect_aligned(W("abcd"), W("a", "b", "c", "d"), 0);
    expect_aligned(W("abc", "d"), W("a", "b", "c", "d"), 1);
    expect_aligned(W("a", "bc", "d"), W("a", "b", "c", "d"), 2);
    expect_aligned(W("a", "bc b c", "d"), W("a", "b", "cd"), 2);
    expect_aligned(W("abc a BX c", "def d EX f"), W("ab a b", "cd c d", "ef e f"), 4);
    expect_aligned(W("ab a b", "cd bc d"), W("a", "bc", "d"), 2);
    expect_aligned(W("a", "bc b c", "d"), W("ab AX BX", "cd CX a"), 1);
    naba_ev_result r;
    naba_error err = {0};
    CHECK(score(words_file(W("a")), words_file(W("b")), &r, &err) == NABA_ERR_FORMAT);
}

int main(void) {
    test_identical();
    test_head_and_label();
    test_lemma_and_feats();
    test_mwt_segmentation_error();
    test_mlas_function_word();
    test_sentence_split();
    test_errors();
    test_official_alignment_cases();
    return TEST_REPORT();
}
