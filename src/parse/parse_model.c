/*
** parse_model.c — the parser's model file: relation labels and two hashed
** feature tables, written by the trainer and searched in place after mmap.
**
** Sections (model kind "parse", version PARSE_MODEL_VERSION):
**   labels           the relation names, NUL-terminated, in class order
**   params           {u32 beam}: the beam width the model was trained with
**   reverse          optional {u32 1}: the model reads sentences right to left
**                    (trained with --reverse for an ensemble's diversity)
**   clus             optional word clusters, copied from a morph model (the
**                    layout of morph_cmap in morph.h: u32 slots, u32 pad, then
**                    slots x {u32 hash, u32 fine + 1 | coarse + 1 << 16})
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
#include <stdlib.h>
#include <string.h>

typedef struct table_meta { uint32_t slots, pairs; float scale; uint32_t classes; } table_meta;

static uint32_t fingerprint(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* The tables are larger than the cache, and three lookups in four find their
** feature, so a lookup should touch as few cache lines as it can. At load
** each table gets a form made for that (make_lookup):
** - the transition table (~140 lookups per word) becomes cells of 8 bytes,
**   16 bits of fingerprint beside the three int16 weights: one cache line per
**   lookup, hit or miss;
** - the relation table (~40 per word, 30 classes) becomes cells of the
**   32-bit fingerprint and where its (class, weight) pairs are: two lines
**   per hit (the cell, the pairs), one per miss.
** The walk is the file's (from key & mask to the first slot with the key's
** fingerprint or an empty one), so the slot found is the file's, except that
** a 16-bit fingerprint can stop a transition lookup early at another
** feature: about once in 16,000 lookups of an absent feature (measured on
** dev: no change in any score, see docs/parse.md). Lookups ask for all their
** cells first, so the cache misses overlap instead of following one another. */

static uint16_t fingerprint16(uint64_t key) { return (uint16_t)(key >> 48) | 1u; }

static void score_trans_cells(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    int32_t sum[T_COUNT] = {0};
    for (int i = 0; i < k; i++) __builtin_prefetch(&t->tcells[(uint32_t)keys[i] & t->mask]);
    for (int i = 0; i < k; i++) {
        uint16_t fp = fingerprint16(keys[i]);
        const parse_tcell *c;
        for (uint32_t j = (uint32_t)keys[i] & t->mask;; j = (j + 1) & t->mask) {
            c = &t->tcells[j];
            if (c->fp == fp || c->fp == 0) break;
        }
        for (int x = 0; x < T_COUNT; x++) sum[x] += c->w[x]; /* an empty cell's are 0 */
    }
    for (int x = 0; x < T_COUNT; x++) scores[x] += (float)sum[x] * t->scale;
}

void parse_table_score(const parse_table *t, const uint64_t *keys, int k, float *scores) {
    if (t->tcells) { score_trans_cells(t, keys, k, scores); return; }
    const parse_rcell *found[PARSE_MAX_FEATS];
    for (int i = 0; i < k; i++) __builtin_prefetch(&t->rcells[(uint32_t)keys[i] & t->mask]);
    for (int i = 0; i < k; i++) {
        uint32_t fp = fingerprint(keys[i]), j = (uint32_t)keys[i] & t->mask;
        while (t->rcells[j].fp != fp && t->rcells[j].fp) j = (j + 1) & t->mask;
        found[i] = t->rcells[j].fp ? &t->rcells[j] : NULL;
        if (found[i]) __builtin_prefetch(t->pairs + (found[i]->at >> 7));
    }
    /* ~14 pairs per feature found, ~500 per arc: four a round, so the loop's
    ** own test runs a quarter as often; each class still adds its weights in
    ** the file's order, so the float sums are the same */
    const float scale = t->scale;
    for (int i = 0; i < k; i++) {
        if (!found[i]) continue;
        const parse_pair *p = t->pairs + (found[i]->at >> 7), *e = p + (found[i]->at & 127);
        for (; e - p >= 4; p += 4) {
            scores[p[0].cls] += (float)p[0].w * scale;
            scores[p[1].cls] += (float)p[1].w * scale;
            scores[p[2].cls] += (float)p[2].w * scale;
            scores[p[3].cls] += (float)p[3].w * scale;
        }
        for (; p < e; p++) scores[p->cls] += (float)p->w * scale;
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
        if (s->first > m->pairs || s->count > m->pairs - s->first || s->count > classes || s->first >= 1u << 25)
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

/* The lookup form of a table (see parse_table_score): cells of weights for a
** table of T_COUNT classes (a slot naming a class twice keeps the last), else
** cells of where the pairs are. Returns 0 only on out of memory. */
static int make_lookup(parse_table *t, uint32_t classes) {
    size_t n = (size_t)t->mask + 1;
    if (classes == T_COUNT) {
        if (!(t->tcells = calloc(n, sizeof(*t->tcells)))) return 0;
        for (size_t i = 0; i < n; i++) {
            const parse_slot *s = &t->slots[i];
            if (s->fp) t->tcells[i].fp = (uint16_t)(s->fp >> 16) | 1u;
            for (uint32_t j = 0; s->fp && j < s->count; j++)
                t->tcells[i].w[t->pairs[s->first + j].cls] = t->pairs[s->first + j].w;
        }
        return 1;
    }
    if (!(t->rcells = malloc(n * sizeof(*t->rcells)))) return 0;
    for (size_t i = 0; i < n; i++)
        t->rcells[i] = (parse_rcell){t->slots[i].fp, t->slots[i].first << 7 | t->slots[i].count};
    return 1;
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
                         : load_table(f, name, "t", T_COUNT, &m->trans, err);
    if (st == NABA_OK) st = load_table(f, name, "r", (uint32_t)m->n_labels, &m->rel, err);
    if (st == NABA_OK && (!make_lookup(&m->trans, T_COUNT) || !make_lookup(&m->rel, (uint32_t)m->n_labels)))
        st = naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name);
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
    free(m->trans.tcells);
    free(m->rel.rcells);
    if (m->file) naba_model_close(m->file);
    memset(m, 0, sizeof(*m));
}
