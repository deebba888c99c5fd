/*
** parse_model.c — the parser's model file: relation labels and two hashed
** feature tables in the form the parser looks them up in, searched in place
** after mmap (written by parse_model_write.c).
**
** Sections (model kind "parse", version PARSE_MODEL_VERSION):
**   labels           the relation names, NUL-terminated, in class order
**   params           {u32 beam}: the beam width the model was trained with
**   reverse          optional {u32 1}: the model reads sentences right to left
**                    (trained with --reverse for an ensemble's diversity)
**   clus             optional word clusters, copied from a morph model (the
**                    layout of morph_cmap in morph.h: u32 slots, u32 pad, then
**                    slots x {u32 hash, u32 fine + 1 | coarse + 1 << 16})
**   tmeta / rmeta    {u32 slots, u32 classes, f32 scale} of the transition /
**                    relation table
**   tcells           parse_tcell[slots]: the transition table
**   pad              zero bytes that put rrows on a 64-byte boundary
**   rrows            slots x PARSE_ROW_LANES(classes) int16: the relation table
** Weights are int16 times scale. Only features with a weight that survived
** training and quantization have a slot. Any weight is valid, so loading
** checks sizes, and that each table has an empty slot (where a lookup of an
** absent feature stops), not every slot.
*/
#include "parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint32_t fingerprint(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* The tables are larger than the cache, and three lookups in four find their
** feature, so a lookup should touch as few cache lines as it can. The file
** stores each table in a form made for that (parse_table_pack):
** - the transition table (~140 lookups per word) becomes cells of 8 bytes,
**   16 bits of fingerprint beside the three int16 weights: one cache line per
**   lookup, hit or miss;
** - the relation table (~40 per word, 30 classes) becomes rows of the
**   weights of every class and the 32-bit fingerprint, 64 bytes for 30
**   classes: one cache line per probe, and the sums are vector adds of
**   whole rows instead of one add per (class, weight) pair.
** The walk is the trainer's (from key & mask to the first slot with the key's
** fingerprint or an empty one), so the slot found is the one it filled,
** except that a 16-bit fingerprint can stop a transition lookup early at another
** feature: about once in 16,000 lookups of an absent feature (measured on
** dev: no change in any score, see docs/parse.md). Lookups ask for all their
** cells first, so the cache misses overlap instead of following one another. */

static uint16_t fingerprint16(uint64_t key) { return (uint16_t)(key >> 48) | 1u; }

void parse_trans_sums(const parse_table *t, const uint64_t *keys, int k, int32_t *sums) {
    /* three named sums, not an array: GCC kept an array on the stack */
    int32_t shift = 0, left = 0, right = 0;
#pragma GCC unroll 4 /* GCC's -O2 unrolls nothing: 4 instructions a key instead of 6 */
    for (int i = 0; i < k; i++) __builtin_prefetch(&t->tcells[(uint32_t)keys[i] & t->mask]);
    for (int i = 0; i < k; i++) {
        uint16_t fp = fingerprint16(keys[i]);
        const parse_tcell *c;
        for (uint32_t j = (uint32_t)keys[i] & t->mask;; j = (j + 1) & t->mask) {
            c = &t->tcells[j];
            if (c->fp == fp || c->fp == 0) break;
        }
        shift += c->w[T_SHIFT]; /* an empty cell's are 0 */
        left += c->w[T_LEFT];
        right += c->w[T_RIGHT];
    }
    sums[T_SHIFT] += shift;
    sums[T_LEFT] += left;
    sums[T_RIGHT] += right;
}

static void score_trans_cells(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    int32_t sums[T_COUNT] = {0};
    parse_trans_sums(t, keys, k, sums);
    for (int c = 0; c < T_COUNT; c++) scores[c] += (float)sums[c] * t->scale;
}

/* A relation row's fingerprint (its last two lanes). */
static uint32_t row_fp(const int16_t *row, uint32_t lanes) {
    uint32_t fp;
    memcpy(&fp, row + lanes - 2, sizeof fp);
    return fp;
}

typedef int16_t lanes8 __attribute__((vector_size(16)));
typedef int32_t ints4 __attribute__((vector_size(16)));
typedef float floats4 __attribute__((vector_size(16)));

static void score_rel_rows(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    const int16_t *found[PARSE_MAX_FEATS];
    const uint32_t lanes = t->lanes;
    int nf = 0;
#pragma GCC unroll 4
    for (int i = 0; i < k; i++) __builtin_prefetch(t->rows + ((uint32_t)keys[i] & t->mask) * (size_t)lanes);
    for (int i = 0; i < k; i++) {
        uint32_t fp = fingerprint(keys[i]);
        for (uint32_t j = (uint32_t)keys[i] & t->mask;; j = (j + 1) & t->mask) {
            const int16_t *row = t->rows + j * (size_t)lanes;
            uint32_t f = row_fp(row, lanes);
            if (f == fp) found[nf++] = row;
            if (f == fp || f == 0) break;
        }
    }
    /* a row's 32 classes at a time (its cache line), each adding the
    ** features' weights in their order, one product rounded as a float and
    ** one sum each, as the pairs were added one by one: the same floats (a
    ** class a feature lacks adds 0, which changes no sum). Vectors of four
    ** floats, SSE2's width, eight of them: all stay in registers */
    const float s = t->scale;
    const floats4 scale = {s, s, s, s};
    for (uint32_t c = 0; c < lanes; c += 32) {
        floats4 acc[8];
        memcpy(acc, scores + c, sizeof acc);
        for (int i = 0; i < nf; i++) {
#pragma GCC unroll 4
            for (int q = 0; q < 4; q++) {
                lanes8 w;
                memcpy(&w, found[i] + c + 8 * q, sizeof w);
                /* each weight twice in an int, shifted down: sign-extended */
                ints4 lo = (ints4)__builtin_shufflevector(w, w, 0, 0, 1, 1, 2, 2, 3, 3) >> 16;
                ints4 hi = (ints4)__builtin_shufflevector(w, w, 4, 4, 5, 5, 6, 6, 7, 7) >> 16;
                acc[2 * q] += __builtin_convertvector(lo, floats4) * scale;
                acc[2 * q + 1] += __builtin_convertvector(hi, floats4) * scale;
            }
        }
        memcpy(scores + c, acc, sizeof acc);
    }
}

void parse_table_score(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    if (t->tcells) score_trans_cells(t, keys, k, scores);
    else score_rel_rows(t, keys, k, scores);
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

/* Whether the n cells of size bytes at p have an empty one (a fingerprint of
** fp_size bytes at offset fp_at that is 0); the first is usually one. */
static int has_empty(const void *p, size_t n, size_t size, size_t fp_at, size_t fp_size) {
    static const char zero[4];
    for (size_t i = 0; i < n; i++)
        if (!memcmp((const char *)p + i * size + fp_at, zero, fp_size)) return 1;
    return 0;
}

static naba_status load_table(const naba_model *f, const char *name, const char *prefix, const char *what,
                              uint32_t classes, parse_table *t, naba_error *err) {
    char sec[24];
    size_t n_meta, n_cells;
    snprintf(sec, sizeof sec, "%smeta", prefix);
    const parse_table_meta *m = naba_model_section(f, sec, &n_meta);
    const void *cells = naba_model_section(f, what, &n_cells);
    if (!m || n_meta != sizeof(*m) || !cells)
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table sections missing", name, prefix);
    const uint32_t lanes = PARSE_ROW_LANES(classes);
    const size_t cell = classes == T_COUNT ? sizeof(parse_tcell) : lanes * sizeof(int16_t);
    if (m->slots == 0 || (m->slots & (m->slots - 1)) || (size_t)m->slots * cell != n_cells || m->classes != classes ||
        !(m->scale > 0) || !isfinite(m->scale))
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table header inconsistent", name, prefix);
    if (classes == T_COUNT ? !has_empty(cells, m->slots, cell, 0, sizeof(uint16_t))
                           : !has_empty(cells, m->slots, cell, (lanes - 2) * sizeof(int16_t), sizeof(uint32_t)))
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table is full", name, prefix);
    if (classes == T_COUNT) t->tcells = cells;
    else t->rows = cells;
    t->mask = m->slots - 1;
    t->lanes = lanes;
    t->scale = m->scale;
    return NABA_OK;
}

/* The clusters table is read by morph_cmap_get, which walks from a slot to the
** key's hash or an empty slot: the size must be a power of two and the table
** must have an empty slot. */
static naba_status load_clusters(const naba_model *f, const char *name, morph_cmap *c, naba_error *err) {
    size_t size = 0;
    const uint32_t *p = naba_model_section(f, "clus", &size);
    if (!p) return NABA_OK; /* trained without clusters */
    uint32_t n = size >= 8 ? p[0] : 0, empty = 0;
    if (n == 0 || (n & (n - 1)) || (size - 8) % 8 || (size - 8) / 8 != n)
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: cluster table has a bad size", name);
    for (uint32_t i = 0; i < n; i++) empty += p[2 + 2 * (size_t)i] == 0;
    if (!empty) return naba_fail(err, NABA_ERR_MODEL, 0, "%s: cluster table is full", name);
    *c = (morph_cmap){p + 2, n - 1};
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
                         : load_table(f, name, "t", "tcells", T_COUNT, &m->trans, err);
    if (st == NABA_OK) st = load_table(f, name, "r", "rrows", (uint32_t)m->n_labels, &m->rel, err);
    const parse_params *p = naba_model_section(f, "params", &n);
    if (st == NABA_OK && (!p || n != sizeof(*p) || p->beam < 1 || p->beam > PARSE_MAX_BEAM))
        st = naba_fail(err, NABA_ERR_MODEL, 0, "%s: parameters missing or out of range", name);
    if (st == NABA_OK) m->beam = (int)p->beam;
    const uint32_t *rev = st == NABA_OK ? naba_model_section(f, "reverse", &n) : NULL;
    if (rev && (n != sizeof(*rev) || *rev > 1))
        st = naba_fail(err, NABA_ERR_MODEL, 0, "%s: bad 'reverse' section", name);
    if (st == NABA_OK) m->reverse = rev && *rev;
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
    if (m->file) naba_model_close(m->file);
    naba_slotcache_free(&m->feats_memo);
    naba_slotcache_free(&m->alone_memo);
    memset(m, 0, sizeof(*m));
}
