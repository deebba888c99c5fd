/*
** test_morph.c — the morph stage: model load errors, clitic candidates, the
** analyses of hand-checked sentences and of the example article (read from the
** real model's output and checked by reading), and a deterministic trainer.
*/
#include "morph.h"
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

#define MODEL NABA_SOURCE_DIR "/" MORPH_MODEL_PATH

static void expect_load_error(const char *path, const char *what) {
    naba_error err = {0};
    morph_model *m = morph_model_open(path, &err);
    CHECK(m == NULL);
    CHECK_EQ_INT(err.code, NABA_ERR_MODEL);
    if (!strstr(err.message, what)) {
        test_failed++;
        fprintf(stderr, "message '%s' lacks '%s'\n", err.message, what);
    } else test_passed++;
    morph_model_close(m);
}

static void write_file(const char *path, const void *data, size_t n) {
    FILE *f = fopen(path, "wb");
    if (f) { fwrite(data, 1, n, f); fclose(f); }
}

static void test_load_errors(void) {
    char dir[] = "/tmp/naba-morph-XXXXXX", path[128];
    if (!mkdtemp(dir)) { test_failed++; return; }
    expect_load_error("/nonexistent/morph.nbm", "cannot open");
    /* a truncated copy of the real model */
    FILE *f = fopen(MODEL, "rb");
    CHECK(f != NULL);
    if (f) {
        static char head[4096];
        size_t n = fread(head, 1, sizeof head, f);
        fclose(f);
        snprintf(path, sizeof path, "%s/truncated.nbm", dir);
        write_file(path, head, n);
        expect_load_error(path, "truncated");
    }
    snprintf(path, sizeof path, "%s/text.nbm", dir);
    write_file(path, "not a model at all, just some text that is long enough", 54);
    expect_load_error(path, "not a naba model");
    /* a model of another stage */
    naba_error err = {0};
    naba_model_writer *w = naba_model_writer_new("ner", 1);
    naba_model_writer_add(w, "str", "", 1);
    snprintf(path, sizeof path, "%s/ner.nbm", dir);
    CHECK(naba_model_writer_save(w, path, &err) == NABA_OK);
    naba_model_writer_free(w);
    expect_load_error(path, "expected 'morph'");
    /* a morph model missing its sections */
    w = naba_model_writer_new(MORPH_KIND, MORPH_VERSION);
    naba_model_writer_add(w, "str", "", 1);
    snprintf(path, sizeof path, "%s/empty.nbm", dir);
    CHECK(naba_model_writer_save(w, path, &err) == NABA_OK);
    naba_model_writer_free(w);
    expect_load_error(path, "section 'pre' is missing");
    const char *names[] = {"truncated.nbm", "text.nbm", "ner.nbm", "empty.nbm"};
    for (size_t i = 0; i < 4; i++) { snprintf(path, sizeof path, "%s/%s", dir, names[i]); remove(path); }
    rmdir(dir);
}

/* Is there a candidate of s with these proclitics, host and enclitic? */
static int has_cand(const morph_model *m, const char *s, const char *pre, const char *host, const char *encl) {
    morph_cand c[MORPH_MAX_CANDS];
    int n = morph_seg_candidates(m, s, strlen(s), c, MORPH_MAX_CANDS);
    for (int i = 0; i < n; i++)
        if (!strcmp(m->pre_s[c[i].pre][0].s, pre) && !strcmp(c[i].host, host) &&
            !strcmp(m->suf_s[c[i].suf][0].s, encl)) return 1;
    return 0;
}

static void test_candidates(const morph_model *m) {
    CHECK(has_cand(m, "وقال", "", "وقال", ""));           /* unsplit is always a candidate */
    CHECK(has_cand(m, "وقال", "و", "قال", ""));
    CHECK(has_cand(m, "للحظر", "ل", "الحظر", ""));        /* ل + ال is written لل */
    CHECK(has_cand(m, "رئيستها", "", "رئيسة", "ها"));     /* ة is written ت before a pronoun */
    CHECK(has_cand(m, "وحلفاؤها", "و", "حلفاء", "ها"));   /* ء is written ؤ */
    CHECK(has_cand(m, "لها", "ل", "", "ها"));             /* clitics only */
    CHECK(!has_cand(m, "قال", "و", "قال", ""));
}

/* The news token counts the unanalysed-token classifier reads: 1 + log2 of a
** whole token's count in the news, 0 for a token the news never had twice. */
static uint32_t news_bucket(const morph_model *m, const char *s) {
    char key[64];
    return morph_cmap_get(&m->unews, morph_clus_hash(key, morph_key(s, strlen(s), key)));
}

static void test_news_counts(const morph_model *m) {
    CHECK(news_bucket(m, "قال") >= 12);      /* "said": tens of thousands of times */
    CHECK(news_bucket(m, "وقال") >= 12);     /* counted as a whole token, clitic and all */
    CHECK(news_bucket(m, "وقال") <= news_bucket(m, "قال") + 1);
    CHECK(news_bucket(m, "زقظطخثقذ") == 0);  /* letters no word has */
}

/* Words of the first token whose text is surface, as "form/UPOS/lemma" joined by " + ". */
static const char *words_of(const naba_doc *d, const char *surface, char *out, size_t cap) {
    out[0] = '\0';
    for (size_t i = 0; i < d->tokens.n; i++) {
        const naba_token *t = &d->tokens.v[i];
        if (t->end - t->start != strlen(surface) || memcmp(d->text + t->start, surface, strlen(surface))) continue;
        size_t at = 0;
        for (uint32_t k = 0; k < t->word_count; k++) {
            const naba_word *w = &d->words.v[t->word_first + k];
            at += (size_t)snprintf(out + at, cap - at, "%s%s/%s/%s", k ? " + " : "", w->form,
                                   naba_upos_name(w->upos), w->lemma);
            if (at >= cap) break;
        }
        return out;
    }
    return out;
}

static int starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static void check_offsets(const naba_doc *d) {
    int ok = 1;
    for (size_t i = 0; i < d->tokens.n && ok; i++) {
        const naba_token *t = &d->tokens.v[i];
        if (t->word_count == 0) { ok = 0; break; }
        naba_off at = t->start;
        for (uint32_t k = 0; k < t->word_count; k++) {
            const naba_word *w = &d->words.v[t->word_first + k];
            ok &= w->start == at && w->end >= w->start && w->token == i && w->stem != NULL;
            at = w->end;
        }
        ok &= at == t->end;
    }
    CHECK(ok);
    size_t words = 0;
    for (size_t i = 0; i < d->sents.n; i++) words += d->sents.v[i].word_count;
    CHECK_EQ_INT(words, d->words.n);
}

static naba_doc *analyze(naba_pipeline *p, const char *text, size_t n) {
    naba_doc *d = naba_doc_new();
    if (naba_doc_load(d, text, n, "t", NULL, NULL) != NABA_OK || naba_pipeline_run(p, d) != NABA_OK) {
        test_failed++;
        fprintf(stderr, "analysis failed: %s\n", d->error.message);
    }
    return d;
}

static void test_sentence(naba_pipeline *p) {
    static const char text[] = "وقال المتحدث إن كييف وحلفاؤها ملتزمون لأوكرانيا بالرضا . "
                               "قالت الوزيرة ويقول Heorhii Tykhii إنه ليس لها";
    naba_doc *d = analyze(p, text, sizeof text - 1);
    char buf[512];
    CHECK_EQ_STR(words_of(d, "وقال", buf, sizeof buf), "و/CCONJ/و + قال/VERB/قال");
    CHECK_EQ_STR(words_of(d, "لأوكرانيا", buf, sizeof buf), "ل/ADP/ل + أوكرانيا/PROPN/أوكرانيا");
    CHECK_EQ_STR(words_of(d, "بالرضا", buf, sizeof buf), "ب/ADP/ب + الرضا/NOUN/رضا");
    CHECK_EQ_STR(words_of(d, "قالت", buf, sizeof buf), "قالت/VERB/قال");
    CHECK_EQ_STR(words_of(d, "ويقول", buf, sizeof buf), "و/CCONJ/و + يقول/VERB/قال");
    CHECK_EQ_STR(words_of(d, "Heorhii", buf, sizeof buf), "Heorhii/PROPN/Heorhii");
    CHECK_EQ_STR(words_of(d, "لها", buf, sizeof buf), "ل/ADP/ل + ها/PRON/هو");
    CHECK(starts(words_of(d, "وحلفاؤها", buf, sizeof buf), "و/CCONJ/و + حلفاء/"));
    CHECK(strstr(buf, " + ها/PRON/هو") != NULL);
    check_offsets(d);
    naba_doc_free(d);
}

/* The example article: every form of "said" is the verb قال, the four splits
** of the issue hold, Latin-script names are PROPN (checked by reading). */
static void test_example(naba_pipeline *p) {
    const char *text;
    size_t n = test_read_example(&text);
    CHECK(n > 0);
    if (!n) return;
    naba_doc *d = analyze(p, text, n);
    size_t said = 0;
    int said_ok = 1;
    for (size_t i = 0; i < d->words.n; i++) {
        const naba_word *w = &d->words.v[i];
        if (!strcmp(w->form, "قال") || !strcmp(w->form, "قالت") || !strcmp(w->form, "يقول") || !strcmp(w->form, "تقول")) {
            said++;
            said_ok &= w->upos == NABA_UPOS_VERB && !strcmp(w->lemma, "قال");
        }
    }
    CHECK(said >= 20);
    CHECK(said_ok);
    char buf[512];
    CHECK_EQ_STR(words_of(d, "وقال", buf, sizeof buf), "و/CCONJ/و + قال/VERB/قال");
    CHECK_EQ_STR(words_of(d, "لأوكرانيا", buf, sizeof buf), "ل/ADP/ل + أوكرانيا/PROPN/أوكرانيا");
    CHECK(starts(words_of(d, "وحلفاؤها", buf, sizeof buf), "و/CCONJ/و + حلفاء/"));
    CHECK_EQ_STR(words_of(d, "Tykhii", buf, sizeof buf), "Tykhii/PROPN/Tykhii");
    CHECK_EQ_STR(words_of(d, "Heorhii", buf, sizeof buf), "Heorhii/PROPN/Heorhii");
    CHECK_EQ_STR(words_of(d, "الأوكرانية", buf, sizeof buf), "الأوكرانية/ADJ/أوكراني");
    CHECK_EQ_STR(words_of(d, "المحادثات", buf, sizeof buf), "المحادثات/NOUN/محادثة");
    check_offsets(d);
    naba_doc_free(d);
}

/* The words of the example article take few arena bytes (session 23): the
** tagger's scratch is not kept in the arena, FEATS and PADT tags are the
** model's strings (one pointer for one string), a lemma equal to the form is
** the form, a stem equal to the lemma the lemma. The words took 776 arena
** bytes each before, 131 after (docs/morph.md "Memory"). */
static void test_memory(naba_pipeline *p) {
    const char *text;
    size_t n = test_read_example(&text);
    if (!n) return;
    naba_doc *d = naba_doc_new();
    CHECK(naba_doc_load(d, text, n, "t", NULL, NULL) == NABA_OK && naba_pipeline_run_until(p, d, "segment") == NABA_OK);
    size_t before = naba_arena_used(d->arena);
    CHECK(naba_pipeline_run_after(p, d, "segment") == NABA_OK && d->words.n > 1000);
    size_t per_word = (naba_arena_used(d->arena) - before) / (d->words.n ? d->words.n : 1);
    CHECK(per_word < 160);
    int shared = 1;
    size_t as_form = 0, as_lemma = 0;
    for (size_t i = 0; i < d->words.n; i++) {
        const naba_word *w = &d->words.v[i];
        for (size_t j = 0; j < i && shared; j++) {
            const naba_word *x = &d->words.v[j];
            /* "_" is a literal as well as a string of the model (Latin words) */
            shared &= strcmp(w->feats, x->feats) != 0 || !strcmp(w->feats, "_") || w->feats == x->feats;
            shared &= strcmp(w->xpos, x->xpos) != 0 || !strcmp(w->xpos, "_") || w->xpos == x->xpos;
        }
        shared &= strcmp(w->lemma, w->form) != 0 || w->lemma == w->form;
        shared &= strcmp(w->stem, w->lemma) != 0 || w->stem == w->lemma;
        as_form += w->lemma == w->form;
        as_lemma += w->stem == w->lemma;
    }
    CHECK(shared);
    CHECK(as_form > d->words.n / 3 && as_lemma > d->words.n / 2);
    naba_doc_free(d);
}

/* Whether files a and b hold the same bytes. */
static int same_bytes(const char *a, const char *b) {
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    int same = fa && fb;
    while (same) {
        int x = fgetc(fa), y = fgetc(fb);
        if (x != y) same = 0;
        if (x == EOF || y == EOF) break;
    }
    if (fa) fclose(fa);
    if (fb) fclose(fb);
    return same;
}

/* The stage's model, with the memos it writes (morph_open), or NULL after a
** failed check; m, the model without them, says what each memo must answer. */
static morph_model *stage_model(const morph_model *m) {
    naba_error err = {0};
    morph_model *mm = morph_open(NABA_SOURCE_DIR, NULL, &err);
    CHECK(mm && mm->memo.slot && mm->seg_memo.slot && mm->tag_memo.slot && !m->memo.slot && !m->seg_memo.slot &&
          !m->tag_memo.slot);
    return mm;
}

/* The stage's memo of unknown words' lemmas (session 20) answers what the
** edit scripts do, at the first question and again from the memo: words of
** hand-made news text under every tenth tag, as unknown words, some longer
** than a memo slot holds; the model without a memo (m) says what is right. */
static void test_lemma_memo(const morph_model *m) {
    morph_model *mm = stage_model(m);
    if (!mm) return;
    static const char *const words[] = {
        "المتظاهرون", "بالمستشفيات", "وتفاوضوا", "الانتخابية", "سيجتمعون", "والمسيّرات",
        "للمفاوضين", "فاستأنفت", "الكهرومغناطيسيةوالمستشفياتالميدانيةالمتنقلة", "تونسيين"};
    int same = 1, asked = 0;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            for (uint32_t tag = 0; tag < m->n_tags; tag += 10) {
                char want[256], got[256];
                size_t n = strlen(words[i]);
                size_t wn = morph_lemma(m, words[i], n, UINT32_MAX, tag, want, sizeof want, NULL);
                size_t gn = morph_lemma(mm, words[i], n, UINT32_MAX, tag, got, sizeof got, NULL);
                same &= wn == gn && !strcmp(want, got);
                asked++;
            }
    CHECK(same && asked > 100);
    morph_close(mm);
}

/* The stage's memo of segmentations (session 21) answers what the
** candidates and their scores do, at the first question and again from the
** memo: tokens that split or not, clitics only, no candidate, one longer
** than a memo slot holds; the model without a memo (m) says what is right. */
static void test_seg_memo(const morph_model *m) {
    morph_model *mm = stage_model(m);
    if (!mm) return;
    static const char *const tokens[] = {"وقال", "للحظر", "رئيستها", "وحلفاؤها", "لها", "بالمستشفيات", "و",
                                         "والكهرومغناطيسيةوالمستشفياتالميدانيةالمتنقلة", "xyz"};
    int same = 1, picked = 0;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof tokens / sizeof *tokens; i++) {
            const char *s = tokens[i];
            size_t n = strlen(s);
            morph_cand c[MORPH_MAX_CANDS], got;
            int nc = morph_seg_candidates(m, s, n, c, MORPH_MAX_CANDS);
            const morph_cand *want = nc ? &c[morph_seg_best(m, s, n, c, nc)] : NULL;
            int k = morph_seg_pick(mm, s, n, &got);
            same &= k == (nc > 0);
            if (k && want)
                same &= got.pre == want->pre && got.suf == want->suf && got.host_start == want->host_start &&
                        got.host_end == want->host_end && got.host_len == want->host_len &&
                        !memcmp(got.host, want->host, got.host_len + 1);
            picked += k;
        }
    CHECK(same && picked >= 14);
    morph_close(mm);
}

/* The stage's memo of tag candidates (session 21) gives what they are,
** candidates and the word's fields alike, asked twice: known, rare and
** unknown words, digits and Latin (one key under two shapes), a key longer
** than a slot holds, an empty key (an empty slot's length: it once read an
** empty slot's no candidates); the model without a memo (m) says what is right. */
static void test_tag_memo(const morph_model *m) {
    morph_model *mm = stage_model(m);
    if (!mm) return;
    static const struct { const char *s; int shape; } words[] = {
        {"قال", MORPH_SHAPE_ARABIC}, {"المتظاهرون", MORPH_SHAPE_ARABIC}, {"زقظطخ", MORPH_SHAPE_ARABIC},
        {"2025", MORPH_SHAPE_DIGIT}, {"2025", MORPH_SHAPE_OTHER}, {"Trump", MORPH_SHAPE_LATIN},
        {"الكهرومغناطيسيةوالمستشفياتالميدانيةالمتنقلة", MORPH_SHAPE_ARABIC},
        {"\xd9\x8e\xd9\x80", MORPH_SHAPE_ARABIC}}; /* a fatha and a tatweel: an empty key */
    int same = 1;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
            char key[256];
            morph_wctx a = {.form = words[i].s, .len = (uint32_t)strlen(words[i].s), .key = key,
                            .shape = (uint8_t)words[i].shape};
            a.key_len = (uint32_t)morph_key(a.form, a.len, key);
            morph_wctx b = a;
            uint32_t ca[MORPH_MAX_TAGS], cb[MORPH_MAX_TAGS];
            int ka = morph_tag_candidates(m, &a, ca, MORPH_MAX_TAGS);
            int kb = morph_tag_candidates(mm, &b, cb, MORPH_MAX_TAGS);
            same &= ka == kb && ka > 0 && !memcmp(ca, cb, (size_t)ka * sizeof *ca) && a.wi == b.wi &&
                    a.lexb == b.lexb && a.umask == b.umask && a.top == b.top && a.clus == b.clus;
        }
    CHECK(same);
    morph_close(mm);
}

/* Training twice with the same seed gives the same bytes (word clusters from
** a few hand-written news lines included); the tagger's mean of runs (the
** default, 5) is not its first run alone (--runs 1); --runs 0 is refused. */
static void test_deterministic(void) {
    const char *shared = test_shared_data();
    char slice[] = "/tmp/naba-morph-slice-XXXXXX", a[64], b[64], c[64];
    int fd = mkstemp(slice);
    if (fd < 0) { test_failed++; return; }
    close(fd);
    /* the first 120 sentences of the treebank, else the hand-made test file */
    FILE *in = fopen(shared ? NABA_SOURCE_DIR "/../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu"
                            : NABA_SOURCE_DIR "/tests/data/morph-tiny.conllu", "r");
    FILE *out = fopen(slice, "w");
    CHECK(in && out);
    char line[8192];
    int blank = 0;
    while (in && out && blank < 120 && fgets(line, sizeof line, in)) { fputs(line, out); blank += line[0] == '\n'; }
    if (in) fclose(in);
    if (out) fclose(out);
    snprintf(a, sizeof a, "%s.a", slice);
    snprintf(b, sizeof b, "%s.b", slice);
    snprintf(c, sizeof c, "%s.c", slice);
    const char *runs[] = {"5", "5", "1", "0"}, *outs[] = {a, b, c, c};
    for (int i = 0; i < 4; i++) {
        char *argv[] = {"morph", "--treebank", slice, "--table-bits", "12", "--epochs", "3",
                        "--seed", "7", "--news", NABA_SOURCE_DIR "/tests/data/morph-news.jsonl",
                        "--clusters", "8", "--runs", (char *)runs[i], "-q", "-o", (char *)outs[i], NULL};
        CHECK_EQ_INT(morph_train_main(18, argv), i < 3 ? 0 : 2);
    }
    CHECK(same_bytes(a, b));
    CHECK(!same_bytes(a, c));
    remove(a); remove(b); remove(c); remove(slice);
}

int main(void) {
    test_load_errors();
    naba_error err = {0};
    morph_model *m = morph_model_open(MODEL, &err);
    CHECK(m != NULL);
    if (m) test_candidates(m);
    if (m) test_news_counts(m);
    if (m) test_lemma_memo(m);
    if (m) test_seg_memo(m);
    if (m) test_tag_memo(m);
    morph_model_close(m);
    naba_pipeline *p = naba_pipeline_open("morph", NABA_SOURCE_DIR, NULL, &err);
    CHECK(p != NULL);
    if (p) {
        test_sentence(p);
        test_example(p);
        test_memory(p);
        naba_pipeline_close(p);
    }
    test_deterministic();
    return TEST_REPORT();
}
