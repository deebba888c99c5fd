/*
** test_topic.c — the topic stage: model files it must refuse (truncated,
** foreign, other labels, a NaN or huge weight, a table that is no power of two), the
** committed model's labels for a sport page and a political one, when the
** events stage is told to stay quiet, and training twice on the same fixture
** giving the same bytes.
*/
#include "test.h"
#include "topic.h"

#include <math.h>
#include <stdlib.h>

#define MODEL NABA_SOURCE_DIR "/models/topic.nbm"

/* A model file in memory, built by hand: labels, bias, rows x labels weights. */
static unsigned char *build(const char *labels, size_t rows, float w0, size_t *len) {
    float bias[NABA_TOPIC_COUNT] = {0};
    float *w = calloc(rows * NABA_TOPIC_COUNT, sizeof *w);
    w[0] = w0;
    char path[] = "/tmp/naba_test_topic_XXXXXX";
    int fd = mkstemp(path);
    naba_model_writer *mw = naba_model_writer_new(TOPIC_KIND, TOPIC_VERSION);
    naba_model_writer_add(mw, "labels", labels, strlen(labels));
    naba_model_writer_add(mw, "bias", bias, sizeof bias);
    naba_model_writer_add(mw, "weights", w, rows * NABA_TOPIC_COUNT * sizeof *w);
    naba_error err = {0};
    CHECK(fd >= 0 && naba_model_writer_save(mw, path, &err) == NABA_OK);
    naba_model_writer_free(mw);
    free(w);
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    rewind(f);
    unsigned char *b = aligned_alloc(16, (*len + 15) & ~(size_t)15);
    CHECK(fread(b, 1, *len, f) == *len);
    fclose(f);
    remove(path);
    return b;
}

static void expect_refused(const char *labels, size_t rows, float w0, const char *why) {
    size_t len;
    unsigned char *b = build(labels, rows, w0, &len);
    naba_error err = {0};
    topic_model *m = topic_model_open_mem(b, len, &err);
    CHECK(m == NULL && err.code == NABA_ERR_MODEL);
    if (!strstr(err.message, why)) fprintf(stderr, "  message: %s (expected %s)\n", err.message, why);
    CHECK(strstr(err.message, why) != NULL);
    topic_model_close(m);
    free(b);
}

static const char labels[] = "politics\neconomy\nsport\nculture\ntechnology\nsociety\n";

static void test_loader(void) {
    size_t len;
    unsigned char *b = build(labels, 256, 0.5f, &len);
    naba_error err = {0};
    topic_model *m = topic_model_open_mem(b, len, &err);
    CHECK(m != NULL && m->mask == 255);
    topic_model_close(m);
    CHECK(topic_model_open_mem(b, len - 1, &err) == NULL && strstr(err.message, "truncated"));
    free(b);
    expect_refused("politics\neconomy\nsport\nculture\ntechnology\n", 256, 0, "bad labels");
    expect_refused("politics\neconomy\nsport\nculture\nsociety\ntechnology\n", 256, 0, "bad labels");
    expect_refused(labels, 256, NAN, "bad weights");
    expect_refused(labels, 256, INFINITY, "bad weights");
    expect_refused(labels, 256, 1e5f, "bad weights");    /* sums of such could overflow */
    expect_refused(labels, 384, 0, "bad weights");  /* rows no power of two */
    expect_refused(labels, 128, 0, "bad weights");  /* under 2^TOPIC_MIN_BITS */
    CHECK(topic_model_open("/nonexistent/topic.nbm", &err) == NULL && err.code != NABA_OK);
    CHECK(strstr(err.message, "/nonexistent/topic.nbm") != NULL);
    /* another stage's model is refused by its kind */
    CHECK(topic_model_open(NABA_SOURCE_DIR "/models/translit.nbm", &err) == NULL &&
          err.code == NABA_ERR_MODEL);
}

/* The committed model's topic of text, through the pipeline up to topic. */
static naba_doc *classify(naba_pipeline *p, const char *text) {
    naba_doc *doc = naba_doc_new();
    CHECK(naba_doc_load(doc, text, strlen(text), "t", NULL, NULL) == NABA_OK);
    CHECK(naba_pipeline_run(p, doc) == NABA_OK);
    return doc;
}

static const char sport[] =
    "فاز فريق الأهلي على الزمالك بهدفين مقابل هدف في المباراة التي جمعت الفريقين مساء الجمعة "
    "على ملعب القاهرة الدولي ضمن الجولة العاشرة من الدوري المصري لكرة القدم. وسجل المهاجم "
    "الهدف الأول في الدقيقة العشرين من ركلة جزاء، ثم أضاف زميله الهدف الثاني برأسية في الشوط "
    "الثاني، بينما قلص لاعب الزمالك الفارق قبل نهاية المباراة بدقائق. وقال مدرب الأهلي في "
    "المؤتمر الصحفي بعد المباراة إن اللاعبين قدموا أداء رائعا رغم غياب عدد من النجوم بسبب "
    "الإصابة، وإن الفريق يسعى إلى الفوز بلقب الدوري هذا الموسم والتأهل إلى دوري أبطال أفريقيا. "
    "وبهذا الفوز رفع الأهلي رصيده إلى خمس وعشرين نقطة في صدارة جدول الترتيب، بفارق ثلاث نقاط "
    "عن أقرب منافسيه، فيما تجمد رصيد الزمالك عند ثماني عشرة نقطة في المركز الرابع. ويلتقي "
    "الأهلي في الجولة المقبلة مع فريق الإسماعيلي على ملعبه، في مباراة يتوقع أن يحضرها عدد كبير "
    "من المشجعين، بينما يستضيف الزمالك فريق المصري البورسعيدي. وكان الحارس قد تصدى لعدة "
    "فرص خطيرة في الشوط الأول، وأشاد به المدرب واللاعبون والجمهور بعد نهاية اللقاء.";

static void test_committed(void) {
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open("topic", NULL, NULL, &err);
    CHECK(p != NULL);
    if (!p) return;
    naba_doc *d = classify(p, sport);
    CHECK_EQ_STR(d->topic.label, "sport");
    CHECK(d->topic.prob > 0.9f && d->words.n >= 120);
    CHECK(topic_quiet_events(d));
    float sum = 0;
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) sum += d->topic.probs[k];
    CHECK(fabsf(sum - 1) < 1e-4f);
    /* a less confident label silences events only while politics is far behind
    ** (session 26, events26b) */
    d->topic.prob = 0.7f;
    d->topic.probs[TOPIC_POLITICS] = 0.05f;
    CHECK(topic_quiet_events(d));
    d->topic.probs[TOPIC_POLITICS] = 0.28f;
    CHECK(!topic_quiet_events(d));
    d->topic.prob = 0.5f;
    d->topic.probs[TOPIC_POLITICS] = 0.05f;
    CHECK(!topic_quiet_events(d));
    /* a shorter page (60 to 119 words) only when its label is near-certain
    ** (session 28, events28b), never under 60 words */
    size_t words = d->words.n;
    d->words.n = 80;
    d->topic.prob = 0.99f;
    CHECK(topic_quiet_events(d));
    d->topic.prob = 0.95f;
    CHECK(!topic_quiet_events(d));
    d->words.n = 40;
    d->topic.prob = 0.99f;
    CHECK(!topic_quiet_events(d));
    d->words.n = words;
    naba_doc_free(d);
    /* one sentence of it: the label may be right, but too short to silence events */
    d = classify(p, "فاز فريق الأهلي على الزمالك بهدفين مقابل هدف في الدوري المصري لكرة القدم.");
    CHECK_EQ_STR(d->topic.label, "sport");
    CHECK(!topic_quiet_events(d));
    naba_doc_free(d);
    const char *text;
    size_t n = test_read_example(&text);
    CHECK(n > 0);
    d = classify(p, text);
    CHECK_EQ_STR(d->topic.label, "politics");
    CHECK(d->topic.prob > 0.9f && !topic_quiet_events(d));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

static int read_file(const char *path, char *buf, size_t cap, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    *n = fread(buf, 1, cap, f);
    fclose(f);
    return 1;
}

static void test_training(void) {
    static char a[1 << 16], b[1 << 16];
    size_t na = 0, nb = 0;
    for (int run = 0; run < 2; run++) {
        char *argv[] = {"naba train topic", "-q", "--bits", "10", "--seed", "3", "-o",
                        run ? "/tmp/naba_test_topic_b.nbm" : "/tmp/naba_test_topic_a.nbm",
                        NABA_SOURCE_DIR "/tests/data/topic-tiny.jsonl", NULL};
        CHECK_EQ_INT(topic_train_main(9, argv), 0);
    }
    CHECK(read_file("/tmp/naba_test_topic_a.nbm", a, sizeof a, &na));
    CHECK(read_file("/tmp/naba_test_topic_b.nbm", b, sizeof b, &nb));
    CHECK(na > 1024 && na == nb && memcmp(a, b, na) == 0);
    naba_error err = {0};
    topic_model *m = topic_model_open("/tmp/naba_test_topic_a.nbm", &err);
    CHECK(m != NULL && m->mask == 1023);
    /* it learned something: a training article's own label comes first */
    naba_pipeline *p = naba_pipeline_open("morph", NULL, NULL, &err);
    naba_doc *d = classify(p, "فاز الفريق على منافسه بهدفين في مباراة الدوري وسجل المهاجم الهدف الأول.");
    CHECK(m && topic_classify(m, d) == NABA_OK);
    CHECK_EQ_STR(d->topic.label, "sport");
    naba_doc_free(d);
    naba_pipeline_close(p);
    topic_model_close(m);
    remove("/tmp/naba_test_topic_a.nbm");
    remove("/tmp/naba_test_topic_b.nbm");
    /* a corpus with no labelled article writes nothing */
    char *argv[] = {"naba train topic", "-q", "-o", "/tmp/naba_test_topic_c.nbm", "/dev/null", NULL};
    CHECK_EQ_INT(topic_train_main(5, argv), 3);
}

int main(void) {
    test_loader();
    test_committed();
    test_training();
    return TEST_REPORT();
}
