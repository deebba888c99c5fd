/*
** parse_model.c — the parser's model file: relation labels and two hashed
** feature tables, written by the trainer and searched in place after mmap.
**
** Sections (model kind "parse", version PARSE_MODEL_VERSION):
**   labels           the relation names, NUL-terminated, in class order
**   params           {u32 beam}: the beam width the model was trained with
**   ckeys / cids     optional word clusters: u64 folded-form hashes, strictly
**                    increasing, and a u16 code for each (parse_clusters.c)
**   tmeta / rmeta    {u32 slots, u32 pairs, f32 scale, u32 classes} of the
**                    transition / relation table
**   tslots / rslots  parse_slot[slots]: fingerprint (0 = empty), first pair, count
**   tpairs / rpairs  parse_pair[pairs]: class and int16 weight (x 1/scale)
** Only features with a weight that survived training and quantization are
** stored, as (class, weight) pairs, so the file holds no zero rows. Loading
** checks every slot once; lookups then trust the tables.
*/
#include "parse.h"

#include <math.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

typedef struct table_meta { uint32_t slots, pairs; float scale; uint32_t classes; } table_meta;

static uint32_t fingerprint(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* The transition table is looked up 190 times per word, mostly for features
** it does not hold, and at its load (0.63) a miss walks about four slots. So
** at load the fingerprints of both tables are copied into arrays of their
** own, dense in the cache and compared four at a time, and the transition
** table's weights are scaled and put side by side, which ends its loop over
** pairs. The walk is the same (from key & mask to
** the first slot with the key's fingerprint or an empty one; the array
** repeats its first 3 slots after its end, so four slots can be read at any
** position), so the same slot is found. The sums are the same floats in the
** same order: each class gets (float)w * scale from each feature in turn, and
** a class a feature lacks gets + 0.0f, which changes no sum. */
static uint32_t probe(const uint32_t *fps, uint32_t mask, uint32_t fp, uint32_t j) {
#ifdef __SSE2__
    const __m128i want = _mm_set1_epi32((int)fp), empty = _mm_setzero_si128();
    for (;;) {
        __m128i v = _mm_loadu_si128((const __m128i *)(fps + j));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi32(v, want), _mm_cmpeq_epi32(v, empty));
        int bits = _mm_movemask_ps(_mm_castsi128_ps(hit));
        if (bits) return (j + (uint32_t)__builtin_ctz((unsigned)bits)) & mask;
        j = (j + 4) & mask;
    }
#else
    while (fps[j] != fp && fps[j] != 0) j = (j + 1) & mask;
    return j;
#endif
}

/* The slot of key, or NULL. */
static const parse_slot *find(const parse_table *t, uint64_t key) {
    uint32_t j = probe(t->fps, t->mask, fingerprint(key), (uint32_t)key & t->mask);
    return t->fps[j] ? &t->slots[j] : NULL;
}

static void score_rows(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    const parse_row *found[PARSE_MAX_FEATS];
    for (int i = 0; i < k; i++) __builtin_prefetch(&t->fps[(uint32_t)keys[i] & t->mask]);
    for (int i = 0; i < k; i++) {
        uint32_t j = probe(t->fps, t->mask, fingerprint(keys[i]), (uint32_t)keys[i] & t->mask);
        found[i] = t->fps[j] ? &t->rows[j] : NULL;
        if (found[i]) __builtin_prefetch(found[i]);
    }
    for (int i = 0; i < k; i++) {
        if (!found[i]) continue;
        for (int c = 0; c < T_COUNT; c++) scores[c] += found[i]->w[c];
    }
}

/* The tables are larger than the cache, so nearly every lookup misses: ask
** for all the slots first, then all the pairs, so the misses overlap instead
** of following one another. */
void parse_table_score(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    if (t->rows) { score_rows(t, keys, k, scores); return; }
    const parse_slot *found[PARSE_MAX_FEATS];
    for (int i = 0; i < k; i++) __builtin_prefetch(&t->fps[(uint32_t)keys[i] & t->mask]);
    for (int i = 0; i < k; i++) {
        found[i] = find(t, keys[i]);
        if (found[i]) {
            __builtin_prefetch(found[i]);
            __builtin_prefetch(t->pairs + found[i]->first);
        }
    }
    for (int i = 0; i < k; i++) {
        if (!found[i]) continue;
        const parse_pair *p = t->pairs + found[i]->first;
        for (uint32_t j = 0; j < found[i]->count; j++) scores[p[j].cls] += (float)p[j].w * t->scale;
    }
}

int parse_split_labels(const char *s, size_t n, const char **out, int max) {
    if (n == 0 || s[n - 1] != '\0') return -1;
    int k = 0;
    for (size_t i = 0; i < n; i += strlen(s + i) + 1) {
        if (k == max || s[i] == '\0') return -1;
        out[k++] = s + i;
    }
    return k;
}

static naba_status load_table(const naba_model *f, const char *name, const char *prefix,
                              uint32_t classes, parse_table *t, naba_error *err) {
    char sec[24];
    size_t n_meta, n_slots, n_pairs;
    snprintf(sec, sizeof sec, "%smeta", prefix);
    const table_meta *m = naba_model_section(f, sec, &n_meta);
    snprintf(sec, sizeof sec, "%sslots", prefix);
    const parse_slot *slots = naba_model_section(f, sec, &n_slots);
    snprintf(sec, sizeof sec, "%spairs", prefix);
    const parse_pair *pairs = naba_model_section(f, sec, &n_pairs);
    if (!m || n_meta != sizeof(*m) || !slots || !pairs)
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table sections missing", name, prefix);
    if (m->slots == 0 || (m->slots & (m->slots - 1)) || (size_t)m->slots * sizeof(parse_slot) != n_slots ||
        (size_t)m->pairs * sizeof(parse_pair) != n_pairs || m->classes != classes ||
        !(m->scale > 0) || !isfinite(m->scale))
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table header inconsistent", name, prefix);
    size_t empty = 0;
    for (uint32_t i = 0; i < m->slots; i++) {
        const parse_slot *s = &slots[i];
        if (s->fp == 0) { empty++; continue; }
        if (s->first > m->pairs || s->count > m->pairs - s->first)
            return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s slot %u points outside its pairs", name, prefix, i);
        for (uint32_t j = 0; j < s->count; j++)
            if (pairs[s->first + j].cls >= classes)
                return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s slot %u has a bad class", name, prefix, i);
    }
    if (empty == 0) return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table is full", name, prefix);
    t->slots = slots;
    t->pairs = pairs;
    t->mask = m->slots - 1;
    t->n_pairs = m->pairs;
    t->scale = m->scale;
    return NABA_OK;
}

/* The dense form of a table (see probe): its fingerprints, and for a table of
** T_COUNT classes its scaled weights. A slot that names a class twice would
** need its pairs added in order: then the weights stay as pairs. Returns 0
** only on out of memory. */
static int make_dense(parse_table *t, uint32_t classes) {
    size_t n = (size_t)t->mask + 1;
    if (!(t->fps = malloc((n + 3) * sizeof(*t->fps)))) return 0;
    for (size_t i = 0; i < n + 3; i++) t->fps[i] = t->slots[i % n].fp;
    if (classes != T_COUNT) return 1;
    parse_row *rows = calloc(n, sizeof(*rows));
    if (!rows) return 0;
    for (size_t i = 0; i < n; i++) {
        const parse_slot *s = &t->slots[i];
        int seen = 0;
        for (uint32_t j = 0; j < s->count; j++) {
            const parse_pair *p = &t->pairs[s->first + j];
            if (seen & (1 << p->cls)) { free(rows); return 1; }
            seen |= 1 << p->cls;
            rows[i].w[p->cls] = (float)p->w * t->scale;
        }
    }
    t->rows = rows;
    return 1;
}

static naba_status load_clusters(const naba_model *f, const char *name, parse_clusters *c, naba_error *err) {
    size_t nk = 0, ni = 0;
    const uint64_t *keys = naba_model_section(f, "ckeys", &nk);
    const uint16_t *ids = naba_model_section(f, "cids", &ni);
    if (!keys && !ids) return NABA_OK; /* trained without a corpus */
    if (!keys || !ids || nk % sizeof(uint64_t) || ni != nk / sizeof(uint64_t) * sizeof(uint16_t))
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: cluster sections inconsistent", name);
    size_t n = nk / sizeof(uint64_t);
    for (size_t i = 1; i < n; i++)
        if (keys[i] <= keys[i - 1]) return naba_fail(err, NABA_ERR_MODEL, 0, "%s: cluster keys not sorted", name);
    *c = (parse_clusters){keys, ids, n};
    return NABA_OK;
}

static naba_status load_from(parse_model *m, naba_model *f, const char *name, naba_error *err) {
    memset(m, 0, sizeof(*m));
    m->file = f;
    size_t n;
    const char *labels = naba_model_section(f, "labels", &n);
    m->n_labels = labels ? parse_split_labels(labels, n, m->labels, PARSE_MAX_LABELS) : -1;
    if (m->n_labels < 1) {
        parse_model_free(m);
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: relation labels missing or malformed", name);
    }
    m->arg_mask = parse_arg_mask(m->labels, m->n_labels);
    m->root_label = -1;
    for (int i = 0; i < m->n_labels; i++)
        if (!strcmp(m->labels[i], "root")) m->root_label = i;
    naba_status st = m->root_label < 0
                         ? naba_fail(err, NABA_ERR_MODEL, 0, "%s: no 'root' relation", name)
                         : load_table(f, name, "t", T_COUNT, &m->trans, err);
    if (st == NABA_OK) st = load_table(f, name, "r", (uint32_t)m->n_labels, &m->rel, err);
    if (st == NABA_OK && (!make_dense(&m->trans, T_COUNT) || !make_dense(&m->rel, (uint32_t)m->n_labels)))
        st = naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name);
    const parse_params *p = naba_model_section(f, "params", &n);
    if (st == NABA_OK && (!p || n != sizeof(*p) || p->beam < 1 || p->beam > PARSE_MAX_BEAM))
        st = naba_fail(err, NABA_ERR_MODEL, 0, "%s: parameters missing or out of range", name);
    if (st == NABA_OK) m->beam = (int)p->beam;
    if (st == NABA_OK) st = load_clusters(f, name, &m->clusters, err);
    if (st != NABA_OK) parse_model_free(m);
    return st;
}

naba_status parse_model_load(parse_model *m, const char *path, naba_error *err) {
    naba_model *f = naba_model_open(path, PARSE_MODEL_KIND, PARSE_MODEL_VERSION, err);
    if (!f) { memset(m, 0, sizeof(*m)); return err && err->code ? err->code : NABA_ERR_MODEL; }
    return load_from(m, f, path, err);
}

naba_status parse_model_load_mem(parse_model *m, const void *bytes, size_t len, naba_error *err) {
    naba_model *f = naba_model_open_mem(bytes, len, PARSE_MODEL_KIND, PARSE_MODEL_VERSION, "parse model", err);
    if (!f) { memset(m, 0, sizeof(*m)); return err && err->code ? err->code : NABA_ERR_MODEL; }
    return load_from(m, f, "parse model", err);
}

void parse_model_free(parse_model *m) {
    free(m->trans.fps);
    free(m->trans.rows);
    free(m->rel.fps);
    if (m->file) naba_model_close(m->file);
    memset(m, 0, sizeof(*m));
}
