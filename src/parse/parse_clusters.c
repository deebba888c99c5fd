/*
** parse_clusters.c — word clusters learned from unannotated news when the
** parser is trained, so that a word seen rarely (or never) in the 45k-word
** treebank still shares weights with the words that behave like it.
**
** Method (cheap and deterministic): read articles (JSONL), clean and split
** them into sentences and tokens with naba's own stages, and describe each of
** the most frequent words by the distribution of its left and right
** neighbours among the most frequent words (Hellinger: square roots of the
** shares). Project those vectors to PC_DIM dimensions with a seeded random
** ±1 matrix and group them with k-means (k-means++ start, seeded), twice:
** PARSE_FINE_CLUSTERS fine and PARSE_COARSE_CLUSTERS coarse groups.
** Tokens are the segmenter's (clitics still attached); a word the parser
** splits off a token ("و" + "الحوار") is looked up by its own form, and most
** hosts also occur alone.
**
** The model stores the result as a sorted array of folded-form hashes with
** one u16 per word (fine | coarse << 10), searched by binary search.
*/
#include "parse.h"
#include "input.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PC_CONTEXTS 400  /* neighbours that describe a word */
#define PC_DIM 128       /* dimensions after projection */
#define PC_MIN_COUNT 5   /* rarer words are not clustered */
#define PC_ITERATIONS 12

uint16_t parse_cluster_of(const parse_clusters *c, uint64_t form) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->keys[mid] < form) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->n && c->keys[lo] == form ? c->ids[lo] : 0;
}

/* ---------------------------------------------------------------- vocabulary */

/* Word hashes -> dense ids (open addressing; 0 is never a key after nonzero()). */
typedef struct vocab {
    uint64_t *slot_key; uint32_t *slot_id; size_t cap;
    uint64_t *key; uint64_t *count; size_t n, cap_words;
} vocab;

static int vocab_grow(vocab *v) {
    size_t cap = v->cap ? v->cap * 2 : 1 << 16;
    uint64_t *sk = calloc(cap, sizeof(uint64_t));
    uint32_t *si = calloc(cap, sizeof(uint32_t));
    if (!sk || !si) { free(sk); free(si); return 0; }
    for (size_t i = 0; i < v->cap; i++) {
        if (!v->slot_key[i]) continue;
        size_t j = v->slot_key[i] & (cap - 1);
        while (sk[j]) j = (j + 1) & (cap - 1);
        sk[j] = v->slot_key[i];
        si[j] = v->slot_id[i];
    }
    free(v->slot_key);
    free(v->slot_id);
    v->slot_key = sk, v->slot_id = si, v->cap = cap;
    return 1;
}

/* The id of key (added with count 0 if new); -1 on out of memory. */
static long vocab_id(vocab *v, uint64_t key) {
    if (!key) key = 1;
    if ((v->n + 1) * 2 >= v->cap && !vocab_grow(v)) return -1;
    size_t j = key & (v->cap - 1);
    while (v->slot_key[j] && v->slot_key[j] != key) j = (j + 1) & (v->cap - 1);
    if (v->slot_key[j]) return v->slot_id[j];
    if (v->n == v->cap_words) {
        size_t c = v->cap_words ? v->cap_words * 2 : 1 << 16;
        uint64_t *k = realloc(v->key, c * sizeof(uint64_t));
        if (k) v->key = k;
        uint64_t *n = k ? realloc(v->count, c * sizeof(uint64_t)) : NULL;
        if (!n) return -1;
        v->count = n, v->cap_words = c;
    }
    v->slot_key[j] = key;
    v->slot_id[j] = (uint32_t)v->n;
    v->key[v->n] = key;
    v->count[v->n] = 0;
    return (long)v->n++;
}

static void vocab_free(vocab *v) {
    free(v->slot_key);
    free(v->slot_id);
    free(v->key);
    free(v->count);
}

/* The token stream: word ids + 1, 0 between sentences. */
typedef struct stream { uint32_t *v; size_t n, cap; } stream;

static int stream_push(stream *s, uint32_t x) {
    if (s->n == s->cap) {
        size_t c = s->cap ? s->cap * 2 : 1 << 20;
        uint32_t *v = realloc(s->v, c * sizeof(uint32_t));
        if (!v) return 0;
        s->v = v, s->cap = c;
    }
    s->v[s->n++] = x;
    return 1;
}

static naba_status read_corpus(FILE *in, const char *name, vocab *v, stream *s, size_t *docs,
                               naba_error *err) {
    naba_pipeline *p = naba_pipeline_open("segment", NULL, NULL, err);
    naba_doc *doc = naba_doc_new();
    naba_jsonl *r = naba_jsonl_open(in, name, 16u << 20);
    naba_status st = p && doc && r ? NABA_OK : (err->code ? err->code : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"));
    naba_record rec;
    naba_error rerr;
    while (st == NABA_OK && naba_jsonl_next(r, &rec, &rerr)) {
        if (!rec.text || naba_doc_load(doc, rec.text, rec.text_len, rec.id, NULL, NULL) != NABA_OK ||
            naba_pipeline_run(p, doc) != NABA_OK)
            continue; /* a bad article costs its words, nothing more */
        ++*docs;
        uint32_t sent = UINT32_MAX;
        for (size_t i = 0; i < doc->tokens.n && st == NABA_OK; i++) {
            const naba_token *t = &doc->tokens.v[i];
            if (t->sent != sent && !stream_push(s, 0)) st = NABA_ERR_NOMEM;
            sent = t->sent;
            long id = vocab_id(v, naba_fnv1a64(t->key, strlen(t->key), NABA_FNV_INIT));
            if (id < 0 || !stream_push(s, (uint32_t)id + 1)) st = NABA_ERR_NOMEM;
            else v->count[id]++;
        }
    }
    if (st == NABA_OK && !stream_push(s, 0)) st = NABA_ERR_NOMEM;
    if (r) naba_jsonl_close(r);
    if (doc) naba_doc_free(doc);
    if (p) naba_pipeline_close(p);
    return st == NABA_ERR_NOMEM ? naba_fail(err, st, 0, "out of memory reading %s", name) : st;
}

/* ---------------------------------------------------------------- k-means */

static uint64_t next_rand(uint64_t *x) { /* xorshift64* */
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * 0x2545F4914F6CDD1DULL;
}

static float dist2(const float *a, const float *b) {
    float d = 0;
    for (int i = 0; i < PC_DIM; i++) d += (a[i] - b[i]) * (a[i] - b[i]);
    return d;
}

/* k-means of the n rows of x into k groups; writes the group of each row. */
static int kmeans(const float *x, size_t n, int k, uint64_t seed, uint16_t *group) {
    float *c = malloc((size_t)k * PC_DIM * sizeof(float)), *near = malloc(n * sizeof(float));
    size_t *size = malloc((size_t)k * sizeof(size_t));
    if (!c || !near || !size) { free(c); free(near); free(size); return 0; }
    /* k-means++: each new centre drawn with probability ~ squared distance */
    memcpy(c, x, PC_DIM * sizeof(float));
    for (size_t i = 0; i < n; i++) near[i] = dist2(x + i * PC_DIM, c);
    for (int j = 1; j < k; j++) {
        double total = 0;
        for (size_t i = 0; i < n; i++) total += near[i];
        double r = (double)(next_rand(&seed) >> 11) / 9007199254740992.0 * total;
        size_t pick = n - 1;
        for (size_t i = 0; i < n; i++)
            if ((r -= near[i]) <= 0) { pick = i; break; }
        memcpy(c + (size_t)j * PC_DIM, x + pick * PC_DIM, PC_DIM * sizeof(float));
        for (size_t i = 0; i < n; i++) {
            float d = dist2(x + i * PC_DIM, c + (size_t)j * PC_DIM);
            if (d < near[i]) near[i] = d;
        }
    }
    for (int it = 0; it < PC_ITERATIONS; it++) {
        for (size_t i = 0; i < n; i++) {
            int best = 0;
            float bd = dist2(x + i * PC_DIM, c);
            for (int j = 1; j < k; j++) {
                float d = dist2(x + i * PC_DIM, c + (size_t)j * PC_DIM);
                if (d < bd) bd = d, best = j;
            }
            group[i] = (uint16_t)best;
        }
        memset(c, 0, (size_t)k * PC_DIM * sizeof(float));
        memset(size, 0, (size_t)k * sizeof(size_t));
        for (size_t i = 0; i < n; i++) {
            size[group[i]]++;
            for (int d = 0; d < PC_DIM; d++) c[(size_t)group[i] * PC_DIM + (size_t)d] += x[i * PC_DIM + (size_t)d];
        }
        for (int j = 0; j < k; j++)
            for (int d = 0; size[j] && d < PC_DIM; d++) c[(size_t)j * PC_DIM + (size_t)d] /= (float)size[j];
    }
    free(c);
    free(near);
    free(size);
    return 1;
}

/* ---------------------------------------------------------------- learning */

static const uint64_t *sort_counts;
static int by_count(const void *a, const void *b) { /* count down, then hash: no ties */
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (sort_counts[x] != sort_counts[y]) return sort_counts[x] < sort_counts[y] ? 1 : -1;
    return x < y ? -1 : 1;
}

/* The dimension of a neighbour (stream value) within its side. */
static size_t context(const int32_t *rank, uint32_t x) {
    if (!x) return PC_CONTEXTS + 1;
    return rank[x - 1] < PC_CONTEXTS ? (size_t)rank[x - 1] : PC_CONTEXTS;
}

typedef struct keyed { uint64_t key; uint16_t id; } keyed;
static int by_key(const void *a, const void *b) {
    uint64_t x = ((const keyed *)a)->key, y = ((const keyed *)b)->key;
    return x < y ? -1 : x > y;
}

naba_status parse_clusters_learn(FILE *in, const char *name, int max_words, uint64_t seed, int quiet,
                                 uint64_t **keys, uint16_t **ids, size_t *count, naba_error *err) {
    vocab v = {0};
    stream s = {0};
    size_t docs = 0;
    *keys = NULL, *ids = NULL, *count = 0;
    naba_status st = read_corpus(in, name, &v, &s, &docs, err);
    uint32_t *order = st == NABA_OK ? malloc((v.n + 1) * sizeof(uint32_t)) : NULL;
    int32_t *rank = order ? malloc((v.n + 1) * sizeof(int32_t)) : NULL;
    size_t n = 0, side = PC_CONTEXTS + 2, dims = 2 * side;
    float *counts = NULL, *x = NULL;
    if (st == NABA_OK && (!order || !rank)) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) {
        for (size_t i = 0; i < v.n; i++) order[i] = (uint32_t)i;
        sort_counts = v.count;
        qsort(order, v.n, sizeof(uint32_t), by_count);
        for (size_t i = 0; i < v.n; i++) rank[order[i]] = (int32_t)i;
        while (n < v.n && n < (size_t)max_words && v.count[order[n]] >= PC_MIN_COUNT) n++;
        if (n < PARSE_FINE_CLUSTERS * 4)
            st = naba_fail(err, NABA_ERR_FORMAT, 0, "%s: too little text to cluster (%zu words)", name, n);
    }
    if (st == NABA_OK && (!(counts = calloc(n * dims, sizeof(float))) || !(x = calloc(n * PC_DIM, sizeof(float)))))
        st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) {
        /* neighbour counts, left then right: the PC_CONTEXTS most frequent
        ** words, then "another word", then "sentence boundary" */
        for (size_t i = 1; i + 1 < s.n; i++) {
            if (!s.v[i]) continue;
            int32_t r = rank[s.v[i] - 1];
            if ((size_t)r >= n) continue;
            counts[(size_t)r * dims + context(rank, s.v[i - 1])]++;
            counts[(size_t)r * dims + side + context(rank, s.v[i + 1])]++;
        }
        /* Hellinger, then a seeded ±1/sqrt(PC_DIM) projection, row by row */
        uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 7;
        signed char *proj = malloc(dims * PC_DIM);
        if (!proj) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        for (size_t i = 0; proj && i < dims * PC_DIM; i++) proj[i] = (next_rand(&rng) >> 63) ? 1 : -1;
        for (size_t r = 0; proj && r < n; r++) {
            float *row = counts + r * dims, total = 0;
            for (size_t d = 0; d < dims; d++) total += row[d];
            for (size_t d = 0; d < dims; d++) {
                if (!row[d]) continue;
                float h = sqrtf(row[d] / total) / sqrtf((float)PC_DIM);
                for (int j = 0; j < PC_DIM; j++) x[r * PC_DIM + (size_t)j] += h * proj[d * PC_DIM + (size_t)j];
            }
        }
        free(proj);
    }
    uint16_t *fine = NULL, *coarse = NULL;
    keyed *kw = NULL;
    if (st == NABA_OK && (!(fine = malloc(n * sizeof(uint16_t))) || !(coarse = malloc(n * sizeof(uint16_t))) ||
                          !(kw = malloc(n * sizeof(keyed))) || !(*keys = malloc(n * sizeof(uint64_t))) ||
                          !(*ids = malloc(n * sizeof(uint16_t))) ||
                          !kmeans(x, n, PARSE_FINE_CLUSTERS, seed + 1, fine) ||
                          !kmeans(x, n, PARSE_COARSE_CLUSTERS, seed + 2, coarse)))
        st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) {
        for (size_t i = 0; i < n; i++)
            kw[i] = (keyed){v.key[order[i]], (uint16_t)((fine[i] + 1) | (coarse[i] + 1) << 10)};
        qsort(kw, n, sizeof(keyed), by_key);
        for (size_t i = 0; i < n; i++) (*keys)[i] = kw[i].key, (*ids)[i] = kw[i].id;
        *count = n;
        if (!quiet)
            fprintf(stderr, "clusters: %zu articles, %zu tokens, %zu word types, %zu clustered\n", docs,
                    s.n, v.n, n);
    }
    if (st != NABA_OK) {
        free(*keys), free(*ids);
        *keys = NULL, *ids = NULL;
    }
    free(fine);
    free(coarse);
    free(kw);
    free(counts);
    free(x);
    free(order);
    free(rank);
    free(s.v);
    vocab_free(&v);
    return st;
}

