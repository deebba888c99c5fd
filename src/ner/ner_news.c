/*
** ner_news.c — corpus statistics for the NER lexicon, computed at training
** time from a gzipped JSONL news corpus (ANT): how frequent each word is, and
** which words behave alike (distributional clusters).
**
** Frequency says whether a word is a common word or a rare one, and whether
** وزيلنسكي is و + زيلنسكي (the host form is the more frequent). Clusters let
** the tagger generalize from the names it saw in ANERcorp to names it did not:
** a word is described by counts of the most frequent words on its left and
** right, and spherical k-means over those vectors groups words used alike
** (Brown clusters serve the same purpose; this is cheaper to compute and to
** read). Deterministic for a seed: ties are broken by key, the start
** centroids drawn with ner_rand.
*/
#include "ner_train.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONTEXT_WORDS 150   /* context dimensions: this many words on each side */
#define CLUSTER_VOCAB 20000 /* words that get a cluster */
#define KMEANS_ROUNDS 12

typedef struct { uint64_t h; uint32_t count; } word_count;

static int by_count(const void *a, const void *b) {
    const word_count *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return x->h < y->h ? -1 : x->h > y->h;
}

typedef struct { uint64_t *v; size_t n, cap; } stream;

static int push(stream *s, uint64_t h) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1 << 20;
        uint64_t *v = realloc(s->v, cap * sizeof *v);
        if (!v) return 0;
        s->v = v; s->cap = cap;
    }
    s->v[s->n++] = h;
    return 1;
}

/* Tokens of one text, as folded-key hashes, into counts and the stream (0 ends a line). */
static int add_text(const char *t, size_t n, ner_lexb *counts, stream *st, char *buf) {
    for (size_t i = 0; i < n;) {
        while (i < n && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) i++;
        size_t a = i;
        while (i < n && t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != '\r') i++;
        if (i == a || i - a > 200) continue;
        ner_word w;
        ner_word_init(&w, t + a, i - a, buf);
        if (w.shape == NER_SHAPE_PUNCT || w.shape == NER_SHAPE_DIGIT) { if (!push(st, 0)) return 0; continue; }
        uint64_t h = ner_hash(w.key, w.kn);
        uint32_t *c = ner_lexb_at(counts, h);
        if (!c || !push(st, h)) return 0;
        (*c)++;
    }
    return push(st, 0);
}

static unsigned bucket(uint32_t count) {
    unsigned b = 1;
    while (count > 1 && b < 15) { count >>= 1; b++; }
    return b;
}

/* Spherical k-means over sparse rows (CSR: row r is idx/val[off[r]..off[r+1])). */
static void kmeans(const uint32_t *off, const uint16_t *idx, const float *val, size_t rows,
                   unsigned dims, unsigned k, uint64_t seed, uint16_t *assign) {
    float *cent = calloc((size_t)k * dims, sizeof(float));
    float *sum = calloc((size_t)k * dims, sizeof(float));
    if (!cent || !sum) { free(cent); free(sum); memset(assign, 0, rows * sizeof *assign); return; }
    uint64_t s = seed * 2654435761u + 88172645463325252ULL;
    for (unsigned c = 0; c < k; c++) {
        size_t r = ner_rand(&s) % rows;
        for (uint32_t j = off[r]; j < off[r + 1]; j++) cent[(size_t)c * dims + idx[j]] = val[j];
    }
    for (int round = 0; round < KMEANS_ROUNDS; round++) {
        memset(sum, 0, (size_t)k * dims * sizeof(float));
        for (size_t r = 0; r < rows; r++) {
            float best = -1e30f;
            unsigned arg = 0;
            for (unsigned c = 0; c < k; c++) {
                const float *ce = cent + (size_t)c * dims;
                float d = 0;
                for (uint32_t j = off[r]; j < off[r + 1]; j++) d += ce[idx[j]] * val[j];
                if (d > best) { best = d; arg = c; }
            }
            assign[r] = (uint16_t)arg;
            for (uint32_t j = off[r]; j < off[r + 1]; j++) sum[(size_t)arg * dims + idx[j]] += val[j];
        }
        for (unsigned c = 0; c < k; c++) {
            float *sc = sum + (size_t)c * dims, norm = 0;
            for (unsigned d = 0; d < dims; d++) norm += sc[d] * sc[d];
            if (norm <= 0) continue;          /* empty cluster keeps its centroid */
            norm = sqrtf(norm);
            for (unsigned d = 0; d < dims; d++) cent[(size_t)c * dims + d] = sc[d] / norm;
        }
    }
    free(cent);
    free(sum);
}

static naba_status clusters_from(ner_lexb *b, const word_count *wc, size_t nwc, const stream *st,
                                 unsigned k, uint64_t seed, naba_error *err) {
    size_t vocab = nwc < CLUSTER_VOCAB ? nwc : CLUSTER_VOCAB;
    ner_lexb rank = {0};
    for (size_t i = 0; i < vocab; i++) {
        uint32_t *r = ner_lexb_at(&rank, wc[i].h);
        if (!r) { ner_lexb_free(&rank); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
        *r = (uint32_t)i + 1;
    }
    const unsigned dims = 2 * CONTEXT_WORDS;
    uint32_t *dense = calloc(vocab * dims, sizeof(uint32_t));
    if (!dense) { ner_lexb_free(&rank); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
    uint32_t prev = 0;   /* rank + 1 of the previous word, 0 at a boundary */
    for (size_t i = 0; i < st->n; i++) {
        uint32_t cur = st->v[i] ? ner_lexb_get(&rank, st->v[i]) : 0;
        if (cur && prev) {
            if (prev - 1 < CONTEXT_WORDS) dense[(size_t)(cur - 1) * dims + (prev - 1)]++;
            if (cur - 1 < CONTEXT_WORDS) dense[(size_t)(prev - 1) * dims + CONTEXT_WORDS + (cur - 1)]++;
        }
        prev = cur;
    }
    ner_lexb_free(&rank);
    size_t nnz = 0;
    for (size_t i = 0; i < vocab * dims; i++) nnz += dense[i] != 0;
    uint32_t *off = malloc((vocab + 1) * sizeof *off);
    uint16_t *idx = malloc((nnz ? nnz : 1) * sizeof *idx);
    float *val = malloc((nnz ? nnz : 1) * sizeof *val);
    uint16_t *assign = malloc(vocab * sizeof *assign);
    if (!off || !idx || !val || !assign) {
        free(dense); free(off); free(idx); free(val); free(assign);
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    size_t p = 0;
    for (size_t r = 0; r < vocab; r++) {
        off[r] = (uint32_t)p;
        float norm = 0;
        for (unsigned d = 0; d < dims; d++) {
            uint32_t c = dense[r * dims + d];
            if (!c) continue;
            idx[p] = (uint16_t)d;
            val[p] = logf(1.0f + (float)c);
            norm += val[p] * val[p];
            p++;
        }
        for (size_t j = off[r]; j < p; j++) val[j] /= norm > 0 ? sqrtf(norm) : 1;
    }
    off[vocab] = (uint32_t)p;
    free(dense);
    kmeans(off, idx, val, vocab, dims, k, seed, assign);
    for (size_t r = 0; r < vocab; r++) {
        uint32_t *v = ner_lexb_at(b, wc[r].h);
        if (v) *v = (*v & ~(NER_LEX_CLUSTER_MASK << NER_LEX_CLUSTER_SHIFT)) | ((uint32_t)(assign[r] + 1) << NER_LEX_CLUSTER_SHIFT);
    }
    free(off); free(idx); free(val); free(assign);
    return NABA_OK;
}

/* Add the words of one gzipped JSONL file (its "text" fields) to counts and st. */
static naba_status read_news(const char *path, ner_lexb *counts, stream *st, size_t *docs,
                             naba_error *err) {
    if (strchr(path, '\'')) return naba_fail(err, NABA_ERR_USAGE, 0, "%s: quote in file name", path);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "gzip -dc '%s'", path);
    FILE *f = popen(cmd, "r");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot run gzip", path);
    char *line = NULL, *buf = NULL;
    size_t cap = 0, bufcap = 0, before = *docs;
    ssize_t got;
    naba_status status = NABA_OK;
    while ((got = getline(&line, &cap, f)) > 0) {
        cJSON *doc = cJSON_ParseWithLength(line, (size_t)got);
        const cJSON *text = doc ? cJSON_GetObjectItemCaseSensitive(doc, "text") : NULL;
        if (cJSON_IsString(text) && text->valuestring) {
            size_t n = strlen(text->valuestring);
            if (n + 1 > bufcap) {
                free(buf);
                bufcap = n + 1;
                buf = malloc(bufcap);
            }
            if (!buf || !add_text(text->valuestring, n, counts, st, buf)) status = NABA_ERR_NOMEM;
            (*docs)++;
        }
        cJSON_Delete(doc);
        if (status != NABA_OK) break;
    }
    free(line);
    free(buf);
    if (pclose(f) != 0 && status == NABA_OK && *docs == before)
        return naba_fail(err, NABA_ERR_IO, 0, "%s: not a gzipped JSONL news file", path);
    if (status == NABA_ERR_NOMEM) return naba_fail(err, status, 0, "out of memory reading %s", path);
    return status;
}

naba_status ner_lexb_news(ner_lexb *b, const char *paths, size_t keep, unsigned clusters,
                          uint64_t seed, int verbose, naba_error *err) {
    if (clusters >= NER_LEX_CLUSTER_MASK) return naba_fail(err, NABA_ERR_USAGE, 0, "at most %u clusters", NER_LEX_CLUSTER_MASK - 1);
    ner_lexb counts = {0};
    stream st = {0};
    size_t docs = 0;
    naba_status status = NABA_OK;
    for (const char *p = paths; *p && status == NABA_OK;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char path[1024];
        if (n >= sizeof path) return naba_fail(err, NABA_ERR_USAGE, 0, "news file name too long");
        memcpy(path, p, n);
        path[n] = '\0';
        if (n) status = read_news(path, &counts, &st, &docs, err);
        p += n + (e ? 1 : 0);
    }
    word_count *wc = status == NABA_OK ? malloc((counts.n + 1) * sizeof *wc) : NULL;
    if (status == NABA_OK && !wc) status = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    size_t nwc = 0;
    if (wc) {
        for (size_t i = 0; i < counts.cap; i++)
            if (counts.keys[i]) wc[nwc++] = (word_count){counts.keys[i], counts.vals[i]};
        qsort(wc, nwc, sizeof *wc, by_count);
        if (nwc > keep) nwc = keep;
        for (size_t i = 0; i < nwc; i++) {
            uint32_t *v = ner_lexb_at(b, wc[i].h);
            if (v) *v |= bucket(wc[i].count) << NER_LEX_FREQ_SHIFT;
        }
        if (verbose)
            fprintf(stderr, "news: %zu documents, %zu tokens, %zu distinct words, kept %zu\n", docs,
                    st.n, counts.n, nwc);
        if (clusters && nwc) status = clusters_from(b, wc, nwc, &st, clusters, seed, err);
    }
    free(wc);
    free(st.v);
    ner_lexb_free(&counts);
    return status;
}
