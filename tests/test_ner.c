/*
** test_ner.c — named-entity recognition: model loading refuses bad files,
** the `word TAG` reader and the conlleval scoring, the proclitic stripper,
** the Latin-script rule, the people and places of the example article (each
** checked by reading the stage's output), and a dev-F1 floor on ANERcorp
** when ../shared is present.
*/
#include "test.h"
#include "naba.h"
#include "ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_model_errors(void) {
    naba_error err = {0};
    CHECK(ner_model_open("/nonexistent/ner.nbm", &err) == NULL);
    CHECK_EQ_INT(err.code, NABA_ERR_MODEL);
    CHECK(strstr(err.message, "/nonexistent/ner.nbm") != NULL);

    /* A model of another kind. */
    naba_model_writer *w = naba_model_writer_new("morph", NER_VERSION);
    CHECK(naba_model_writer_add(w, "x", "abc", 3) == NABA_OK);
    CHECK(naba_model_writer_save(w, "test_ner_other.nbm", &err) == NABA_OK);
    naba_model_writer_free(w);
    memset(&err, 0, sizeof err);
    CHECK(ner_model_open("test_ner_other.nbm", &err) == NULL);
    CHECK(strstr(err.message, "expected 'ner'") != NULL);
    remove("test_ner_other.nbm");

    /* A ner container whose weight table has no empty slot: a probe would never end. */
    ner_w_slot full[2] = {{.key = 1}, {.key = 3}};
    ner_lex_slot lex[2] = {{0, 0}, {0, 0}};
    float trans[(NER_TAGS + 1) * NER_TAGS] = {0}, meta[3] = {1, 0.1f, 0};
    w = naba_model_writer_new(NER_KIND, NER_VERSION);
    naba_model_writer_add(w, "weights", full, sizeof full);
    naba_model_writer_add(w, "lexicon", lex, sizeof lex);
    naba_model_writer_add(w, "trans", trans, sizeof trans);
    naba_model_writer_add(w, "meta", meta, sizeof meta);
    CHECK(naba_model_writer_save(w, "test_ner_full.nbm", &err) == NABA_OK);
    naba_model_writer_free(w);
    memset(&err, 0, sizeof err);
    CHECK(ner_model_open("test_ner_full.nbm", &err) == NULL);
    CHECK(strstr(err.message, "bad weights section") != NULL);
    remove("test_ner_full.nbm");

    /* The committed model loads; a truncated copy of it does not. */
    memset(&err, 0, sizeof err);
    ner_model *m = ner_model_open(NABA_SOURCE_DIR "/models/ner.nbm", &err);
    CHECK(m != NULL);
    ner_model_close(m);
    size_t len;
    char *bytes = ner_read_file(NABA_SOURCE_DIR "/models/ner.nbm", &len, &err);
    CHECK(bytes != NULL);
    if (bytes) {
        CHECK(ner_model_open_mem(bytes, len / 2, &err) == NULL);
        CHECK_EQ_INT(err.code, NABA_ERR_MODEL);
        bytes[len - 1] ^= 1;     /* one flipped bit */
        CHECK(ner_model_open_mem(bytes, len, &err) == NULL);
        CHECK(strstr(err.message, "checksum") != NULL);
        free(bytes);
    }
}

static void test_reader(void) {
    /* BOM, CRLF, U+200E before tokens, tabs, an I- after O (read as B-). */
    const char *text = "\xEF\xBB\xBF\xE2\x80\x8E" "جورج\tB-PERS\r\n\xE2\x80\x8E" "بوش\tI-PERS\r\n"
                       "في O\r\n\r\nلبنان I-LOC\n";
    ner_corpus c;
    naba_error err = {0};
    char *buf = strdup(text);
    CHECK(ner_corpus_parse(buf, strlen(buf), "t", 0, &c, &err) == NABA_OK);
    CHECK_EQ_INT(c.n, 4);
    CHECK_EQ_INT(c.n_sents, 2);
    CHECK_EQ_MEM(c.words[0].s, c.words[0].n, "جورج");
    CHECK_EQ_INT(c.gold[0], ner_tag_make(NABA_ENT_PER, 0));
    CHECK_EQ_INT(c.gold[1], ner_tag_make(NABA_ENT_PER, 1));
    CHECK_EQ_INT(c.gold[3], ner_tag_make(NABA_ENT_LOC, 0));
    ner_corpus_free(&c);

    buf = strdup("word O\nother B-FOO\n");
    CHECK(ner_corpus_parse(buf, strlen(buf), "bad.txt", 0, &c, &err) == NABA_ERR_FORMAT);
    CHECK(strstr(err.message, "bad.txt:2") != NULL);
    buf = strdup("lonely\n");
    CHECK(ner_corpus_parse(buf, strlen(buf), "bad.txt", 0, &c, &err) == NABA_ERR_FORMAT);
    /* WikiFANE classes only with fine = 1. */
    buf = strdup("x\tB-Politician\ny\tB-Air\n");
    CHECK(ner_corpus_parse(buf, strlen(buf), "f", 1, &c, &err) == NABA_OK);
    CHECK_EQ_INT(c.gold[0], ner_tag_make(NABA_ENT_PER, 0));
    CHECK_EQ_INT(c.gold[1], 0);
    ner_corpus_free(&c);
}

static void test_score(void) {
    enum { O = 0, BP = 1, IP = 2, BL = 3, IL = 4, BO = 5 };
    const uint8_t gold[] = {BP, IP, O, BL, O, BO, BL, IL};
    const uint8_t sys[] = {BP, IP, O, BL, IL, BO, BL, O};
    ner_score s = {{0}, {0}, {0}};
    ner_score_add(&s, gold, sys, 8);
    /* gold: PER[0,2) LOC[3,4) ORG[5,6) LOC[6,8); system: PER[0,2) LOC[3,5) ORG[5,6) LOC[6,7) */
    CHECK_EQ_INT(s.gold[NABA_ENT_LOC], 2);
    CHECK_EQ_INT(s.sys[NABA_ENT_LOC], 2);
    CHECK_EQ_INT(s.ok[NABA_ENT_LOC], 0);
    CHECK_EQ_INT(s.ok[NABA_ENT_PER], 1);
    CHECK_EQ_INT(s.ok[NABA_ENT_ORG], 1);
    double p, r, f = ner_score_f1(&s, -1, &p, &r);
    CHECK(p > 49.9 && p < 50.1 && r > 49.9 && r < 50.1 && f > 49.9 && f < 50.1);
}

static void test_stripper(void) {
    char buf[64];
    ner_word w;
    ner_word_init(&w, "وزيلنسكي،", strlen("وزيلنسكي،"), buf);
    CHECK_EQ_MEM(w.s, w.n, "وزيلنسكي");          /* punctuation trimmed */
    CHECK_EQ_INT(w.off_host, 2);                   /* و */
    ner_word_init(&w, "للأمم", strlen("للأمم"), buf);
    CHECK_EQ_INT(w.off_stem, 4);                   /* لل = ل + ال */
    ner_word_init(&w, "Zelenskyy", 9, buf);
    CHECK_EQ_INT(w.shape, NER_SHAPE_LATIN_CAP);
    CHECK_EQ_INT(w.off_host, 0);
    ner_word_init(&w, "NATO", 4, buf);
    CHECK_EQ_INT(w.shape, NER_SHAPE_LATIN_UPPER);
    CHECK_EQ_STR(w.key, "nato");
}

/* Does the document have a mention with this exact text and type? */
static int has(const naba_doc *d, const char *text, int type, unsigned flags) {
    for (size_t i = 0; i < d->mentions.n; i++) {
        const naba_mention *m = &d->mentions.v[i];
        if (m->end - m->start == strlen(text) && !memcmp(d->text + m->start, text, strlen(text)) &&
            m->type == type && (m->flags & flags) == flags && m->conf > 0 && m->conf <= 1 &&
            m->entity == -1)
            return 1;
    }
    return 0;
}

static int has_debris(const naba_doc *d) {
    for (size_t i = 0; i < d->mentions.n; i++) {
        const naba_mention *m = &d->mentions.v[i];
        size_t n = m->end - m->start;
        const char *s = d->text + m->start;
        if ((n == 1 && (*s == 'x' || *s == 'X')) || (n >= 5 && !memcmp(s, "Audio", 5)) ||
            (m->type == NABA_ENT_PER && n == 2 && !memcmp(s, "AP", 2)))
            return 1;
    }
    return 0;
}

static void test_example(void) {
    FILE *f = fopen(NABA_SOURCE_DIR "/examples/istanbul-talks-2025-05-16.ar.txt", "rb");
    CHECK(f != NULL);
    if (!f) return;
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text, f);
    fclose(f);
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open("ner", NULL, NULL, &err);
    CHECK(p != NULL);
    if (!p) { fprintf(stderr, "%s\n", err.message); return; }
    naba_doc *d = naba_doc_new();
    CHECK(naba_doc_load(d, text, n, "example", NULL, NULL) == NABA_OK);
    CHECK(naba_pipeline_run(p, d) == NABA_OK);
    /* People, both scripts and spellings. */
    CHECK(has(d, "زيلنسكي", NABA_ENT_PER, 0));
    CHECK(has(d, "Zelenskyy", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "بوتين", NABA_ENT_PER, 0));
    CHECK(has(d, "ترامب", NABA_ENT_PER, 0) || has(d, "دونالد ترامب", NABA_ENT_PER, 0));
    CHECK(has(d, "فلاديمير مدينسكي", NABA_ENT_PER, 0));
    CHECK(has(d, "ميدينسكي", NABA_ENT_PER, 0));
    CHECK(has(d, "Heorhii Tykhii", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "Tykhii", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "Fidan", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "Dimtry Peskov", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "ماركو روبيو", NABA_ENT_PER, 0));
    CHECK(has(d, "إيمانويل ماكرون", NABA_ENT_PER, 0));
    CHECK(has(d, "ستارمر", NABA_ENT_PER, 0));
    /* "وبوتين": the conjunction is not part of the name. */
    CHECK(!has(d, "وبوتين", NABA_ENT_PER, 0));
    /* Places. */
    CHECK(has(d, "اسطنبول", NABA_ENT_LOC, 0));
    CHECK(has(d, "إسطنبول", NABA_ENT_LOC, 0));
    CHECK(has(d, "تركيا", NABA_ENT_LOC, 0));
    CHECK(has(d, "مينسك", NABA_ENT_LOC, 0));
    CHECK(has(d, "تيرانا", NABA_ENT_LOC, 0));
    CHECK(has(d, "أبو ظبي", NABA_ENT_LOC, 0));
    CHECK(has(d, "Dolmabahce", NABA_ENT_LOC, NABA_MENTION_LATIN));
    /* Organizations; AP is one, never a person, and no web-page debris. */
    CHECK(has(d, "الناتو", NABA_ENT_ORG, 0));
    CHECK(has(d, "الكرملين", NABA_ENT_ORG, 0));
    CHECK(has(d, "AP", NABA_ENT_ORG, NABA_MENTION_LATIN));
    CHECK(!has_debris(d));
    /* "Trump-Putin" is two people. */
    CHECK(has(d, "Trump", NABA_ENT_PER, NABA_MENTION_LATIN));
    CHECK(has(d, "Putin", NABA_ENT_PER, NABA_MENTION_LATIN));
    /* Spans map back to the original bytes. */
    for (size_t i = 0; i < d->mentions.n; i++) {
        const naba_mention *m = &d->mentions.v[i];
        CHECK(m->start < m->end && m->end <= d->text_len);
        size_t os = naba_orig_start(d, m->start), oe = naba_orig_end(d, m->end);
        CHECK(os < oe && oe <= d->orig_len);
    }
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Regression floor on naba's ANERcorp dev split (see models/README.md). */
static void test_dev_f1(const char *shared) {
    char path[1024];
    snprintf(path, sizeof path, "%s/anercorp/ANERCorp_CamelLab_train.txt", shared);
    naba_error err = {0};
    ner_corpus c;
    ner_model *m = ner_model_open(NABA_SOURCE_DIR "/models/ner.nbm", &err);
    CHECK(m != NULL);
    CHECK(ner_corpus_read(path, 0, &c, &err) == NABA_OK);
    if (!m || !c.n) { ner_model_close(m); return; }
    uint8_t *tags = calloc(c.n, 1);
    float *conf = malloc(c.n * sizeof(float));
    void *scratch = malloc(ner_tag_scratch(c.n));
    ner_score s;
    memset(&s, 0, sizeof s);
    for (size_t i = 0; i < c.n_sents; i++) {
        if (!ner_is_dev(i)) continue;
        size_t a = c.sent[i], n = c.sent[i + 1] - a;
        ner_tag(m, c.words + a, n, tags + a, conf, scratch);
        ner_score_add(&s, c.gold + a, tags + a, n);
    }
    double f1 = ner_score_f1(&s, -1, NULL, NULL);
    printf("dev F1 %.2f\n", f1);
    CHECK(f1 >= 71.0);
    free(tags); free(conf); free(scratch);
    ner_corpus_free(&c);
    ner_model_close(m);
}

int main(void) {
    test_model_errors();
    test_reader();
    test_score();
    test_stripper();
    test_example();
    const char *shared = test_shared_data();
    if (shared) test_dev_f1(shared);
    else printf("../shared absent: dev F1 floor skipped\n");
    return TEST_REPORT();
}
