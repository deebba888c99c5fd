/*
** topic_model.c — the topic model: loading and checking its file, the
** features of a document and the probabilities of its labels.
**
** File (src/core/model.h, kind "topic"): "labels" lists the label names one a
** line, which must be naba_topic_name's in its order (a model of other labels
** is refused rather than misread); "bias" one float per label; "weights" a
** float per label for each of 2^bits hashed feature buckets. Every float is
** checked at load to be under WEIGHT_MAX in size (trained ones are under 10),
** so no sum of them overflows and a probability is never NaN.
*/
#include "topic.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[NABA_TOPIC_COUNT] = {"politics", "economy", "sport",
                                                    "culture", "technology", "society"};

const char *naba_topic_name(int label) {
    return label >= 0 && label < NABA_TOPIC_COUNT ? names[label] : NULL;
}

static int labels_match(const char *s, size_t n) {
    size_t at = 0;
    for (int i = 0; i < NABA_TOPIC_COUNT; i++) {
        size_t k = strlen(names[i]);
        if (at + k + 1 > n || memcmp(s + at, names[i], k) != 0 || s[at + k] != '\n') return 0;
        at += k + 1;
    }
    return at == n;
}

#define WEIGHT_MAX 1e4f

static int all_bounded(const float *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!(fabsf(v[i]) < WEIGHT_MAX)) return 0;
    return 1;
}

static topic_model *check(naba_model *f, const char *name, naba_error *err) {
    if (!f) return NULL;
    size_t ls, bs, ws;
    const char *labels = naba_model_section(f, "labels", &ls);
    const float *bias = naba_model_section(f, "bias", &bs);
    const float *w = naba_model_section(f, "weights", &ws);
    const char *bad = NULL;
    size_t rows = ws / (NABA_TOPIC_COUNT * sizeof(float));
    if (!labels || !labels_match(labels, ls)) bad = "labels";
    else if (!bias || bs != NABA_TOPIC_COUNT * sizeof(float) || (uintptr_t)bias % 4 ||
             !all_bounded(bias, NABA_TOPIC_COUNT)) bad = "bias";
    else if (!w || (uintptr_t)w % 4 || ws != rows * NABA_TOPIC_COUNT * sizeof(float) ||
             rows < (1u << TOPIC_MIN_BITS) || rows > (1u << TOPIC_MAX_BITS) || (rows & (rows - 1)) ||
             !all_bounded(w, rows * NABA_TOPIC_COUNT)) bad = "weights";
    topic_model *m = bad ? NULL : calloc(1, sizeof *m);
    if (!m) {
        if (bad) naba_fail(err, NABA_ERR_MODEL, 0, "%s: bad %s section", name, bad);
        else naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name);
        naba_model_close(f);
        return NULL;
    }
    m->file = f;
    m->bias = bias;
    m->w = w;
    m->mask = (uint32_t)rows - 1;
    return m;
}

topic_model *topic_model_open(const char *path, naba_error *err) {
    return check(naba_model_open(path, TOPIC_KIND, TOPIC_VERSION, err), path, err);
}

topic_model *topic_model_open_mem(const void *bytes, size_t len, naba_error *err) {
    return check(naba_model_open_mem(bytes, len, TOPIC_KIND, TOPIC_VERSION, "topic model", err),
                 "topic model", err);
}

void topic_model_close(topic_model *m) {
    if (!m) return;
    naba_model_close(m->file);
    free(m);
}

/* Words that say what a text is about: not punctuation, numbers or the small
** closed classes every text shares. */
static int content(const naba_word *w) {
    switch (w->upos) {
    case NABA_UPOS_NOUN: case NABA_UPOS_PROPN: case NABA_UPOS_ADJ: case NABA_UPOS_VERB:
    case NABA_UPOS_ADV: case NABA_UPOS_X: return 1;
    default: return 0;
    }
}

size_t topic_features(const naba_doc *doc, uint32_t mask, uint32_t *out) {
    size_t n = 0;
    uint64_t prev = 0;
    uint32_t prev_sent = UINT32_MAX;
    for (size_t i = 0; i < doc->words.n; i++) {
        const naba_word *w = &doc->words.v[i];
        if (!content(w)) continue;
        const char *key = w->stem ? w->stem : w->form;
        if (!key || !*key) continue;
        uint64_t h = naba_fnv1a64(key, strlen(key), NABA_FNV_INIT);
        out[n++] = (uint32_t)naba_mix64(h) & mask;
        if (w->sent == prev_sent) out[n++] = (uint32_t)naba_mix64(prev * 0x9E3779B97F4A7C15ULL ^ h) & mask;
        prev = h;
        prev_sent = w->sent;
    }
    return n;
}

/* Each feature weighs 1/sqrt(n): long and short texts score on one scale. */
void topic_scores(const float *bias, const float *w, const uint32_t *f, size_t n,
                  double score[NABA_TOPIC_COUNT]) {
    float sum[NABA_TOPIC_COUNT] = {0};
    for (size_t i = 0; i < n; i++) {
        const float *row = w + (size_t)f[i] * NABA_TOPIC_COUNT;
        for (int k = 0; k < NABA_TOPIC_COUNT; k++) sum[k] += row[k];
    }
    double v = n ? 1.0 / sqrt((double)n) : 0;
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) score[k] = bias[k] + v * sum[k];
}

int topic_softmax(double p[NABA_TOPIC_COUNT]) {
    int best = 0;
    for (int k = 1; k < NABA_TOPIC_COUNT; k++)
        if (p[k] > p[best]) best = k;
    double top = p[best], z = 0;
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) z += p[k] = exp(p[k] - top);
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) p[k] /= z;
    return best;
}

naba_status topic_classify(const topic_model *m, naba_doc *doc) {
    uint32_t *f = doc->words.n ? naba_arena_alloc(doc->arena, 2 * doc->words.n * sizeof *f) : NULL;
    if (doc->words.n && !f) return NABA_ERR_NOMEM;
    double p[NABA_TOPIC_COUNT];
    topic_scores(m->bias, m->w, f, f ? topic_features(doc, m->mask, f) : 0, p);
    int best = topic_softmax(p);
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) doc->topic.probs[k] = (float)p[k];
    doc->topic.label = names[best];
    doc->topic.prob = (float)p[best];
    return NABA_OK;
}
