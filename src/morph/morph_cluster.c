/*
** morph_cluster.c — word clusters from raw news, for the tagger (training time).
**
** The treebank has 46k training words, so one word in ten of new text was
** never seen, and the tagger guesses those from their letters alone (البراءة
** ends like an adjective, يفتح starts like a verb but is rare). Raw news says
** more: a word's neighbours. The trainer reads news articles (JSONL), cleans,
** tokenizes and splits them with the segmenter just trained, and describes
** each of the V most frequent words by the counts of its left and right
** neighbours among the C most frequent words (square roots, unit length).
** Spherical k-means (deterministic k-means++ seeding from the trainer's seed)
** groups them twice, finely (k clusters) and coarsely (k/8). The model keeps
** a table from the word's folded key (its 32-bit hash) to both cluster ids;
** the tagger uses them as features of a word and of its neighbours.
*/
#include "morph_train.h"
#include "input.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct corpus {
    strset V;           /* folded word keys; id 0 ("") marks a sentence end */
    uint32_t *seq; size_t n, cap;
    uint64_t *count; size_t ccap;
    strset T;           /* folded keys of whole Arabic tokens, before splitting */
    uint64_t *tcount; size_t tcap;
} corpus;

/* One more of whole token key k[0..n). */
static int count_token(corpus *c, const char *k, size_t n) {
    uint32_t id = strset_add(&c->T, k, n);
    if (id == UINT32_MAX) return 0;
    if (id >= c->tcap) {
        size_t cap = c->tcap ? c->tcap * 2 : 1 << 16;
        uint64_t *t = realloc(c->tcount, cap * sizeof *t);
        if (!t) return 0;
        memset(t + c->tcap, 0, (cap - c->tcap) * sizeof *t);
        c->tcount = t;
        c->tcap = cap;
    }
    c->tcount[id]++;
    return 1;
}

static int push(corpus *c, uint32_t id) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1 << 20;
        uint32_t *s = realloc(c->seq, cap * sizeof *s);
        if (!s) return 0;
        c->seq = s;
        c->cap = cap;
    }
    if (id >= c->ccap) {
        size_t cap = c->ccap ? c->ccap * 2 : 1 << 16;
        while (cap <= id) cap *= 2;
        uint64_t *k = realloc(c->count, cap * sizeof *k);
        if (!k) return 0;
        memset(k + c->ccap, 0, (cap - c->ccap) * sizeof *k);
        c->count = k;
        c->ccap = cap;
    }
    c->seq[c->n++] = id;
    c->count[id]++;
    return 1;
}

/* Words of the news articles in order, sentence ends marked; and how often
** each whole Arabic token occurs. */
static naba_status read_news(const morph_model *m, FILE *in, const char *name, size_t max_words,
                             corpus *c, naba_error *err) {
    naba_options opt;
    naba_options_init(&opt);
    naba_pipeline *p = naba_pipeline_open("segment", NULL, &opt, err);
    if (!p) return err->code;
    naba_jsonl *r = naba_jsonl_open(in, NABA_DEFAULT_MAX_BYTES);
    naba_doc *doc = naba_doc_new();
    naba_status st = r && doc ? NABA_OK : NABA_ERR_NOMEM;
    naba_record rec;
    naba_error rerr = {0};
    char key[MORPH_MAX_FORM * 4 + 8];
    size_t words = 0;
    while (st == NABA_OK && words < max_words && naba_jsonl_next(r, &rec, &rerr)) {
        if (!rec.text) continue; /* a bad line: the corpus is only statistics */
        naba_doc_reset(doc);
        if (naba_doc_load(doc, rec.text, rec.text_len, rec.id, NULL, NULL) != NABA_OK ||
            naba_pipeline_run(p, doc) != NABA_OK || morph_analyze(doc, m, 0) != NABA_OK)
            continue;
        for (size_t ti = 0; ti < doc->tokens.n && st == NABA_OK; ti++) {
            const naba_token *t = &doc->tokens.v[ti];
            if (t->script == NABA_SCRIPT_ARABIC && t->key && !count_token(c, t->key, strlen(t->key)))
                st = NABA_ERR_NOMEM;
        }
        for (size_t si = 0; si < doc->sents.n && st == NABA_OK; si++) {
            const naba_sentence *s = &doc->sents.v[si];
            for (uint32_t i = 0; i < s->word_count && st == NABA_OK; i++) {
                const char *f = doc->words.v[s->word_first + i].form;
                size_t n = strlen(f);
                if (n > MORPH_MAX_FORM) n = MORPH_MAX_FORM;
                uint32_t id = strset_add(&c->V, key, morph_key(f, n, key));
                if (id == UINT32_MAX || !push(c, id)) st = NABA_ERR_NOMEM;
                words++;
            }
            if (st == NABA_OK && !push(c, 0)) st = NABA_ERR_NOMEM;
        }
    }
    naba_doc_free(doc);
    naba_jsonl_close(r);
    naba_pipeline_close(p);
    if (st != NABA_OK) return naba_fail(err, st, 0, "%s: out of memory reading the news", name);
    if (words == 0) return naba_fail(err, NABA_ERR_FORMAT, 0, "%s: no words in the news articles", name);
    return NABA_OK;
}

static const uint64_t *g_count; /* for the sort below */
static int by_count(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (g_count[x] != g_count[y]) return g_count[x] > g_count[y] ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void normalize(float *v, size_t d) {
    double s = 0;
    for (size_t i = 0; i < d; i++) s += (double)v[i] * v[i];
    if (s <= 0) return;
    float inv = (float)(1.0 / sqrt(s));
    for (size_t i = 0; i < d; i++) v[i] *= inv;
}

static float dot(const float *a, const float *b, size_t d) {
    float s = 0;
    for (size_t i = 0; i < d; i++) s += a[i] * b[i];
    return s;
}

/* Spherical k-means of the rows of x (nv x d, unit length) into k groups;
** cl[i] gets row i's group. */
static int kmeans(const float *x, size_t nv, size_t d, size_t k, int iters, uint64_t seed,
                  uint32_t *cl) {
    float *c = calloc(k * d, sizeof *c);
    double *far = malloc(nv * sizeof *far);
    if (!c || !far) { free(c); free(far); return 0; }
    /* k-means++: each next centre drawn with weight (1 - best similarity) */
    uint64_t s = seed | 1;
    memcpy(c, x + (size_t)(morph_rnd(&s) % nv) * d, d * sizeof *c);
    for (size_t i = 0; i < nv; i++) far[i] = 1 - dot(x + i * d, c, d);
    for (size_t j = 1; j < k; j++) {
        double total = 0;
        for (size_t i = 0; i < nv; i++) total += far[i] > 0 ? far[i] : 0;
        double r = (double)(morph_rnd(&s) >> 11) / 9007199254740992.0 * total;
        size_t pick = nv - 1;
        for (size_t i = 0; i < nv; i++) {
            r -= far[i] > 0 ? far[i] : 0;
            if (r <= 0) { pick = i; break; }
        }
        memcpy(c + j * d, x + pick * d, d * sizeof *c);
        for (size_t i = 0; i < nv; i++) {
            double f = 1 - dot(x + i * d, c + j * d, d);
            if (f < far[i]) far[i] = f;
        }
    }
    for (int it = 0; it < iters; it++) {
        for (size_t i = 0; i < nv; i++) {
            float best = -2;
            for (size_t j = 0; j < k; j++) {
                float v = dot(x + i * d, c + j * d, d);
                if (v > best) { best = v; cl[i] = (uint32_t)j; }
            }
        }
        memset(c, 0, k * d * sizeof *c);
        for (size_t i = 0; i < nv; i++) {
            float *cj = c + (size_t)cl[i] * d;
            const float *xi = x + i * d;
            for (size_t t = 0; t < d; t++) cj[t] += xi[t];
        }
        for (size_t j = 0; j < k; j++) normalize(c + j * d, d);
    }
    free(c);
    free(far);
    return 1;
}

/* The morph_cmap section (morph_cmap_build) of the keys ids[0..n) of V, by
** morph_clus_hash, with values val[0..n): most frequent first, so of two
** keys of one hash the more frequent one's value stays. */
static int cmap_of(const strset *V, const uint32_t *ids, const uint32_t *val, size_t n, uint32_t **table,
                   size_t *size) {
    uint32_t *hash = malloc((n + 1) * sizeof *hash);
    for (size_t i = 0; hash && i < n; i++) {
        const char *k = strset_str(V, ids[i]);
        hash[i] = morph_clus_hash(k, strlen(k));
    }
    int ok = hash && morph_cmap_build(hash, val, n, 0, table, size);
    free(hash);
    return ok;
}

/* The "unews" table: the `keep` most frequent whole tokens seen at least
** twice, each with 1 + log2 of its count (at most 15). */
static int token_table(const corpus *c, size_t keep, uint32_t **table, size_t *size) {
    uint32_t *order = malloc((c->T.n + 1) * sizeof *order), *val = NULL;
    size_t n = 0;
    for (size_t i = 0; order && i < c->T.n; i++) if (c->tcount[i] >= 2) order[n++] = (uint32_t)i;
    if (order) {
        g_count = c->tcount;
        qsort(order, n, sizeof *order, by_count);
        if (n > keep) n = keep;
        val = malloc((n + 1) * sizeof *val);
    }
    for (size_t i = 0; val && i < n; i++) {
        uint32_t b = 1;
        for (uint64_t k = c->tcount[order[i]]; k > 1 && b < 15; k >>= 1) b++;
        val[i] = b;
    }
    int ok = val && cmap_of(&c->T, order, val, n, table, size);
    free(order);
    free(val);
    return ok;
}

naba_status morph_clusters(const morph_model *m, FILE *in, const char *name, const morph_cluster_opt *o,
                           uint32_t **table, size_t *size, uint32_t **tok_table, size_t *tok_size,
                           naba_error *err) {
    corpus c = {0};
    if (!strset_init(&c.V) || !strset_init(&c.T)) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    naba_status st = read_news(m, in, name, o->max_words, &c, err);
    size_t nt = c.V.n, nv = 0, nc = 0, d = 0;
    uint32_t *rank = NULL, *order = NULL, *fine = NULL, *coarse = NULL;
    int32_t *ctx = NULL;
    float *x = NULL;
    size_t kf = 0, kc = 0;
    if (st == NABA_OK) {
        order = malloc(nt * sizeof *order);
        rank = malloc(nt * sizeof *rank);
        ctx = malloc(nt * sizeof *ctx);
        if (!order || !rank || !ctx) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    if (st == NABA_OK) {
        for (size_t i = 1; i < nt; i++) order[i - 1] = (uint32_t)i;
        g_count = c.count;
        qsort(order, nt - 1, sizeof *order, by_count);
        nv = nt - 1 < o->vocab ? nt - 1 : o->vocab;
        nc = nt - 1 < o->contexts ? nt - 1 : o->contexts;
        while (nv > 0 && c.count[order[nv - 1]] < 3) nv--; /* too rare to say anything */
        for (size_t i = 0; i < nt; i++) { rank[i] = UINT32_MAX; ctx[i] = -1; }
        for (size_t i = 0; i < nv; i++) rank[order[i]] = (uint32_t)i;
        ctx[0] = 0; /* the sentence edge is a context too */
        for (size_t i = 0; i < nc; i++) ctx[order[i]] = (int32_t)i + 1;
        d = 2 * (nc + 1);
        x = nv ? calloc(nv * d, sizeof *x) : NULL;
        fine = malloc((nv + 1) * sizeof *fine);
        coarse = malloc((nv + 1) * sizeof *coarse);
        if (!nv) st = naba_fail(err, NABA_ERR_FORMAT, 0, "%s: too few words for clusters", name);
        else if (!x || !fine || !coarse) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    if (st == NABA_OK) {
        for (size_t i = 0; i < c.n; i++) {
            uint32_t r = rank[c.seq[i]];
            if (r == UINT32_MAX) continue;
            uint32_t l = i > 0 ? c.seq[i - 1] : 0, n = i + 1 < c.n ? c.seq[i + 1] : 0;
            if (ctx[l] >= 0) x[r * d + (size_t)ctx[l]] += 1;
            if (ctx[n] >= 0) x[r * d + nc + 1 + (size_t)ctx[n]] += 1;
        }
        for (size_t i = 0; i < nv * d; i++) x[i] = sqrtf(x[i]);
        for (size_t i = 0; i < nv; i++) normalize(x + i * d, d);
        kf = o->k < nv ? o->k : nv;
        kc = kf / 8 ? kf / 8 : 1;
        if (!kmeans(x, nv, d, kf, o->iters, o->seed, fine) ||
            !kmeans(x, nv, d, kc, o->iters, o->seed ^ 0x5bd1e995u, coarse))
            st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    uint32_t *val = NULL;
    if (st == NABA_OK) {
        val = malloc((nv + 1) * sizeof *val);
        for (size_t i = 0; val && i < nv; i++) val[i] = (fine[i] + 1) | (coarse[i] + 1) << 16;
        if (!val || !cmap_of(&c.V, order, val, nv, table, size) ||
            !token_table(&c, o->tokens, tok_table, tok_size))
            st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        if (!o->quiet)
            fprintf(stderr, "morph: clusters of %zu news words (%zu words and sentence ends read, %zu contexts): "
                    "%zu fine, %zu coarse; %zu distinct tokens\n", nv, c.n, nc, kf, kc, c.T.n);
    }
    free(val);
    free(x); free(fine); free(coarse); free(order); free(rank); free(ctx);
    free(c.seq); free(c.count); free(c.tcount);
    strset_free(&c.V);
    strset_free(&c.T);
    return st;
}
