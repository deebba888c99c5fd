/*
** ner_model.c — the NER model file and the tagger that runs it: emission
** scores from the hashed weight table, constrained Viterbi with max-marginal
** margins (the confidence of each token's tag), and the rule for Latin-script
** names inside Arabic text, which the Arabic training corpus cannot teach.
**
** Sections of a "ner" model (see model.h for the container):
**   wkeys    uint32[2^k]       feature fingerprints (0: empty slot)
**   weights  ner_w_row[rows]   one row per occupied slot of wkeys, in slot order (the
**                              row of slot s is the number of occupied slots before s,
**                              kept beside its fingerprint in a table built at load): an int16 per
**                              model (BILOU) tag for the final pass and one for the
**                              first pass. Rows are dense so that the file grows with
**                              the features kept, not with the power of two of the
**                              slot table
**   lexicon  ner_lex_slot[2^k] folded word or phrase -> classes, frequency
**   trans    float[(NER_MTAGS + 1) * NER_MTAGS]   tag transitions, last row from the start
**   trans1   the same for the first pass
**   meta     float[4]          final weight scale, confidence slope and offset,
**                              first-pass weight scale
** Both tables are open addressing with linear probing; each must keep an empty
** slot so a probe always ends (checked on load).
*/
#include "ner.h"
#include "utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NEG_INF (-1e30f)

static int open_name(int m) {     /* B-X or I-X: the name must go on */
    int p = ner_mtag_pos(m);
    return m > 0 && m < NER_MTAGS && (p == NER_POS_B || p == NER_POS_I);
}

static int allowed(int prev, int t) {
    int p = ner_mtag_pos(t);
    if (p == NER_POS_I || p == NER_POS_L)
        return prev < NER_MTAGS && open_name(prev) && ner_mtag_type(prev) == ner_mtag_type(t);
    return prev >= NER_MTAGS || !open_name(prev);   /* start of the sentence, or after O/L/U */
}

void ner_bio_to_model(const uint8_t *bio, size_t n, uint8_t *out) {
    size_t i = 0;
    ner_chunk c;
    memset(out, 0, n);
    while (ner_next_chunk(bio, n, &i, &c)) {
        if (c.end == c.start + 1) { out[c.start] = (uint8_t)ner_mtag_make(c.type, NER_POS_U); continue; }
        out[c.start] = (uint8_t)ner_mtag_make(c.type, NER_POS_B);
        for (size_t k = c.start + 1; k + 1 < c.end; k++) out[k] = (uint8_t)ner_mtag_make(c.type, NER_POS_I);
        out[c.end - 1] = (uint8_t)ner_mtag_make(c.type, NER_POS_L);
    }
}

void ner_model_to_bio(uint8_t *tags, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int m = tags[i], p = ner_mtag_pos(m);
        tags[i] = m ? (uint8_t)ner_tag_make(ner_mtag_type(m), p == NER_POS_I || p == NER_POS_L) : 0;
    }
}

size_t ner_decode_scratch(size_t n) {
    return n * NER_MTAGS * (2 * sizeof(float) + 1) + 16;
}

/* The BILOU constraints as lists: the tags allowed before each tag (I-X and
** L-X only after B-X or I-X, the others after O, L-* or U-*), ascending, so
** that the loops skip the forbidden pairs (two thirds of them) and break ties
** as a scan of all tags would; and the tags allowed after each tag. Each
** tag's transition weights from its predecessors (to its successors) sit side
** by side in list order, so the inner loops read one row. Built once per
** model at load (ner_tag runs it twice per sentence). */
void ner_lattice_init(ner_lattice *l, const float *trans) {
    enum { T = NER_MTAGS };
    for (int t = 0; t < T; t++) l->ns[t] = 0;
    for (int t = 0; t < T; t++) {
        l->n[t] = 0;
        for (int s = 0; s < T; s++)
            if (allowed(s, t)) {
                l->pred[t][l->n[t]] = (uint8_t)s;
                l->w[t][l->n[t]++] = trans[s * T + t];
                l->succ[s][l->ns[s]] = (uint8_t)t;
                l->ws[s][l->ns[s]++] = trans[s * T + t];
            }
        l->open[t] = l->n[t] != NER_CLOSED;
        l->start[t] = allowed(T, t) ? trans[T * T + t] : NEG_INF;
        l->end[t] = open_name(t) ? NEG_INF : 0;
    }
    memset(l->fw, 0, sizeof l->fw);
    memset(l->bw, 0, sizeof l->bw);
    for (int k = 0, q = 0, g = 0, t = 0; t < T; t++) {
        if (!l->open[t]) l->opening[k++] = (uint8_t)t;
        else l->inner[q++] = (uint8_t)t;
        if (l->ns[t] != NER_CLOSED) l->going[g++] = (uint8_t)t;
    }
    for (int j = 0; j < NER_CLOSED; j++) l->closed[j] = l->pred[0][j];
    for (int j = 0; j < NER_CLOSED; j++)
        for (int k = 0; k < NER_CLOSED; k++)
            l->fw[j][k] = l->bw[k][j] = trans[l->closed[j] * T + l->opening[k]];
}

void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags,
                 float *margin, void *scratch) {
    ner_lattice l;
    ner_lattice_init(&l, trans);
    ner_viterbi_lattice(emit, &l, n, tags, margin, scratch);
}

/* Four floats; the vector steps below compile to SSE on x86-64 (GCC's
** generic vectors: portable C). The NER_LANES lanes are three named vectors,
** not an array: GCC kept an array's vectors on the stack. */
typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));

static inline v4f v4_load(const float *p) { v4f v; memcpy(&v, p, sizeof v); return v; }
static inline v4f v4_all(float x) { return (v4f){x, x, x, x}; }
static inline v4f v4_pick(v4i m, v4f a, v4f b) { return (v4f)(((v4i)a & m) | ((v4i)b & ~m)); }
static inline v4i v4i_pick(v4i m, v4i a, v4i b) { return (a & m) | (b & ~m); }

/* One forward step for the tags that follow a closed one (O, B-X, U-X), all
** at once: the best of the NER_CLOSED predecessors' scores (prev) plus
** weights, into best_out and arg_out (NER_LANES each). Ties go to the first
** predecessor, as a scan of all tags would. */
static void step_opening(const ner_lattice *l, const float *prev, float *best_out, int32_t *arg_out) {
    v4f c = v4_all(prev[l->closed[0]]);
    v4f b0 = c + v4_load(l->fw[0]), b1 = c + v4_load(l->fw[0] + 4), b2 = c + v4_load(l->fw[0] + 8);
    v4i a0 = {0, 0, 0, 0}, a1 = a0, a2 = a0;
    for (int j = 1; j < NER_CLOSED; j++) {
        c = v4_all(prev[l->closed[j]]);
        v4i jv = {j, j, j, j};
        v4f v0 = c + v4_load(l->fw[j]), v1 = c + v4_load(l->fw[j] + 4), v2 = c + v4_load(l->fw[j] + 8);
        v4i m0 = v0 > b0, m1 = v1 > b1, m2 = v2 > b2;
        b0 = v4_pick(m0, v0, b0); a0 = v4i_pick(m0, jv, a0);
        b1 = v4_pick(m1, v1, b1); a1 = v4i_pick(m1, jv, a1);
        b2 = v4_pick(m2, v2, b2); a2 = v4i_pick(m2, jv, a2);
    }
    memcpy(best_out, &b0, 16); memcpy(best_out + 4, &b1, 16); memcpy(best_out + 8, &b2, 16);
    memcpy(arg_out, &a0, 16); memcpy(arg_out + 4, &a1, 16); memcpy(arg_out + 8, &a2, 16);
}

/* beta for the closed tags, all at once: the best over the opening tags of
** the weight to it plus et (its emission and beta one step on), into out
** (NER_LANES). A maximum is exact, so the order is free. */
static void step_closed(const ner_lattice *l, const float *et, float *out) {
    v4f m0 = v4_all(NEG_INF), m1 = m0, m2 = m0;
    for (int k = 0; k < NER_CLOSED; k++) {
        v4f c = v4_all(et[l->opening[k]]);
        v4f v0 = v4_load(l->bw[k]) + c, v1 = v4_load(l->bw[k] + 4) + c, v2 = v4_load(l->bw[k] + 8) + c;
        m0 = v4_pick(v0 > m0, v0, m0);
        m1 = v4_pick(v1 > m1, v1, m1);
        m2 = v4_pick(v2 > m2, v2, m2);
    }
    memcpy(out, &m0, 16); memcpy(out + 4, &m1, 16); memcpy(out + 8, &m2, 16);
}

void ner_viterbi_lattice(const float *emit, const ner_lattice *l, size_t n, uint8_t *tags,
                         float *margin, void *scratch) {
    if (n == 0) return;
    enum { T = NER_MTAGS };
    const float *end = l->end;
    float *alpha = scratch, *beta = alpha + n * T;
    uint8_t *back = (uint8_t *)(beta + n * T);
    for (int t = 0; t < T; t++) alpha[t] = l->start[t] + emit[t];
    for (size_t i = 1; i < n; i++) {
        const float *prev = alpha + (i - 1) * T;
        float *a = alpha + i * T;
        uint8_t *bk = back + i * T;
        float best[NER_LANES];
        int32_t arg[NER_LANES];
        step_opening(l, prev, best, arg);
        for (int k = 0; k < NER_CLOSED; k++) {
            int t = l->opening[k];
            a[t] = best[k] + emit[i * T + t];
            bk[t] = l->closed[arg[k]];
        }
        for (int q = 0; q < T - NER_CLOSED; q++) {   /* I-X and L-X: after B-X or I-X */
            int t = l->inner[q];
            const uint8_t *ps = l->pred[t];
            const float *w = l->w[t];
            int g = ps[0];
            float b = prev[g] + w[0];
            for (int k = 1; k < l->n[t]; k++) {
                float v = prev[ps[k]] + w[k];
                if (v > b) { b = v; g = ps[k]; }
            }
            a[t] = b + emit[i * T + t];
            bk[t] = (uint8_t)g;
        }
    }
    int last = 0;
    for (int t = 1; t < T; t++)
        if (alpha[(n - 1) * T + t] + end[t] > alpha[(n - 1) * T + last] + end[last]) last = t;
    float best = alpha[(n - 1) * T + last];
    tags[n - 1] = (uint8_t)last;
    for (size_t i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    if (!margin) return;
    /* beta[i][s]: the best score of the rest of the sentence after tag s at
    ** i, a maximum over s's successors (exact, so their order is free) */
    for (int t = 0; t < T; t++) beta[(n - 1) * T + t] = end[t];
    for (size_t i = n - 1; i > 0; i--) {
        float et[T], *b = beta + (i - 1) * T;
        for (int t = 0; t < T; t++) et[t] = emit[i * T + t] + beta[i * T + t];
        float bc[NER_LANES];
        step_closed(l, et, bc);
        for (int j = 0; j < NER_CLOSED; j++) b[l->closed[j]] = bc[j];
        for (int q = 0; q < T - NER_CLOSED; q++) {   /* B-X and I-X: before I-X or L-X */
            int s = l->going[q];
            const uint8_t *ss = l->succ[s];
            const float *w = l->ws[s];
            float mx = NEG_INF;
            for (int k = 0; k < l->ns[s]; k++) {
                float v = w[k] + et[ss[k]];
                if (v > mx) mx = v;
            }
            b[s] = mx;
        }
    }
    for (size_t i = 0; i < n; i++) {
        float other = NEG_INF;
        for (int t = 0; t < T; t++) {
            if (t == tags[i]) continue;
            float v = alpha[i * T + t] + beta[i * T + t];
            if (v > other) other = v;
        }
        margin[i] = other <= NEG_INF / 2 ? 1e4f : best - other;
    }
}

/* ---- loading ---- */

static int pow2_table(size_t bytes, size_t slot, uint32_t *mask) {
    if (bytes == 0 || bytes % slot) return 0;
    size_t n = bytes / slot;
    if (n & (n - 1) || n > UINT32_MAX) return 0;
    *mask = (uint32_t)(n - 1);
    return 1;
}

/* The slots the tagger probes: each fingerprint of wkeys beside its row (the
** number of occupied slots before it); m->w_rows is the number of occupied
** slots (the rows the weights section must hold). Finding a row by counting
** the bits of an occupancy bitmap cost ~30 instructions per known feature
** (a tenth of the ner stage). 0 when out of memory. */
static int slot_table(ner_model *m, const uint32_t *keys) {
    size_t slots = (size_t)m->w_mask + 1;
    m->slot = malloc(slots * sizeof *m->slot);
    if (!m->slot) return 0;
    uint32_t n = 0;
    for (size_t i = 0; i < slots; i++) {
        m->slot[i] = (ner_w_slot){keys[i], n};
        n += keys[i] != 0;
    }
    m->w_rows = n;
    return 1;
}

static ner_model *check(ner_model *m, const char *name, naba_error *err) {
    size_t ks, ws, ls, ts, t1s, ms;
    const size_t trans_bytes = sizeof(float) * (NER_MTAGS + 1) * NER_MTAGS;
    const void *k = naba_model_section(m->file, "wkeys", &ks);
    const void *w = naba_model_section(m->file, "weights", &ws);
    const void *l = naba_model_section(m->file, "lexicon", &ls);
    const void *t = naba_model_section(m->file, "trans", &ts);
    const void *t1 = naba_model_section(m->file, "trans1", &t1s);
    const void *mt = naba_model_section(m->file, "meta", &ms);
    const char *bad = NULL;
    if (((uintptr_t)k | (uintptr_t)w | (uintptr_t)l | (uintptr_t)t | (uintptr_t)t1 | (uintptr_t)mt) % 8) bad = "alignment of";
    else if (!k || !pow2_table(ks, sizeof(uint32_t), &m->w_mask)) bad = "wkeys";
    else if (!slot_table(m, k)) {
        naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name);
        ner_model_close(m);
        return NULL;
    }
    else if ((!w && m->w_rows) || ws != m->w_rows * sizeof(ner_w_row)) bad = "weights";
    else if (!l || !pow2_table(ls, sizeof(ner_lex_slot), &m->lex_mask)) bad = "lexicon";
    else if (!t || ts != trans_bytes) bad = "trans";
    else if (!t1 || t1s != trans_bytes) bad = "trans1";
    else if (!mt || ms != 4 * sizeof(float)) bad = "meta";
    if (!bad) {
        m->w = w; m->lex = l; m->trans = t; m->trans1 = t1;
        const float *meta = mt;
        m->scale = meta[0]; m->conf_a = meta[1]; m->conf_b = meta[2]; m->scale1 = meta[3];
        if (!isfinite(m->scale) || !isfinite(m->conf_a) || !isfinite(m->conf_b) || !isfinite(m->scale1))
            bad = "meta";
        for (size_t i = 0; !bad && i < (NER_MTAGS + 1) * NER_MTAGS; i++)
            if (!isfinite(m->trans[i]) || !isfinite(m->trans1[i])) bad = "trans";
        ner_lattice_init(&m->lat, m->trans);
        ner_lattice_init(&m->lat1, m->trans1);
    }
    if (!bad) {   /* a probe must always reach an empty slot */
        int we = 0, le = 0;
        for (size_t i = 0; i <= m->w_mask && !we; i++) we = m->slot[i].fp == 0;
        for (size_t i = 0; i <= m->lex_mask && !le; i++) le = m->lex[i].key == 0;
        if (!we) bad = "wkeys";
        else if (!le) bad = "lexicon";
    }
    if (bad) {
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: bad %s section", name, bad);
        ner_model_close(m);
        return NULL;
    }
    return m;
}

static ner_model *wrap(naba_model *f, const char *name, naba_error *err) {
    if (!f) return NULL;
    ner_model *m = calloc(1, sizeof *m);
    if (!m) { naba_model_close(f); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    m->file = f;
    return check(m, name, err);
}

ner_model *ner_model_open(const char *path, naba_error *err) {
    return wrap(naba_model_open(path, NER_KIND, NER_VERSION, err), path, err);
}

ner_model *ner_model_open_mem(const void *bytes, size_t len, naba_error *err) {
    return wrap(naba_model_open_mem(bytes, len, NER_KIND, NER_VERSION, "ner model", err), "ner model", err);
}

void ner_model_close(ner_model *m) {
    if (!m) return;
    naba_model_close(m->file);
    free(m->slot);
    naba_slotcache_free(&m->memo);
    free(m);
}

int ner_model_memo(ner_model *m) {
    return m->memo.slot || naba_slotcache_init(&m->memo, NER_MEMO_SHAPE);
}

/* ---- tagging ---- */

static const ner_w_row *probe(const ner_model *m, uint64_t key) {
    uint32_t fp = ner_fp(key);
    for (uint32_t s = (uint32_t)key & m->w_mask;; s = (s + 1) & m->w_mask) {
        if (m->slot[s].fp == fp) return &m->w[m->slot[s].row];
        if (m->slot[s].fp == 0) return NULL;
    }
}

size_t ner_tag_scratch(size_t n) {
    return n * NER_MTAGS * sizeof(float) + n * sizeof(float) + ner_decode_scratch(n) + 32;
}

/* The rows of one token's features, found before they are summed: the probes
** of all features go out together, so their cache misses overlap. The slot
** table (4 MB) does not stay in cache beside the other stages' tables, so the
** first slot of every key is asked for before any is probed. */
static size_t rows_of(const ner_model *m, const uint64_t *keys, size_t k, const ner_w_row **rows) {
    size_t n = 0;
    for (size_t f = 0; f < k; f++) __builtin_prefetch(&m->slot[(uint32_t)keys[f] & m->w_mask]);
    for (size_t f = 0; f < k; f++) {
        const ner_w_row *r = probe(m, keys[f]);
        if (!r) continue;
        __builtin_prefetch(r);
        __builtin_prefetch((const char *)r + sizeof *r - 1);
        rows[n++] = r;
    }
    return n;
}

/* acc += row. The first 16 tags in two loops of 8, each of which compilers
** turn into one round of vector adds at -O2 (one loop of 16 became a loop of
** two rounds, with its own test and jumps); the 17th alone. */
static inline void add_row(int32_t *acc, const int16_t *row) {
    for (int t = 0; t < 8; t++) acc[t] += row[t];
    for (int t = 8; t < 16; t++) acc[t] += row[t];
    for (int t = 16; t < NER_MTAGS; t++) acc[t] += row[t];
}

/* Both passes' sums of the rows of token i's NER_FEAT_WORD keys, written to
** acc1 and acc: from the memo when it holds the word, else probed (and kept
** when the key fits a slot). Written, not added to: a word from the memo
** (two in three) spares its caller zeroing them. */
static void word_sums(const ner_model *m, const ner_word *w, size_t n, size_t i, int32_t *acc1, int32_t *acc) {
    const ner_word *x = &w[i];
    uint32_t h = (uint32_t)x->h_key ^ x->shape * 0x9E37u ^ x->marks * 0x85EBu;
    uint32_t extra = (uint32_t)x->shape | (uint32_t)x->marks << 8;
    int hit;
    ner_memo_val *ms = naba_slotcache_find(&m->memo, NER_MEMO_SHAPE, h, extra, x->key, x->kn, &hit);
    if (ms && hit) {
        memcpy(acc1, ms->w1, sizeof ms->w1);
        memcpy(acc, ms->w, sizeof ms->w);
        return;
    }
    if (ms) naba_slotcache_fill(NER_MEMO_SHAPE, ms, extra, x->key, x->kn); /* claimed: the sums always fit */
    memset(acc1, 0, NER_MTAGS * sizeof *acc1);
    memset(acc, 0, NER_MTAGS * sizeof *acc);
    uint64_t keys[NER_MAX_FEATS];
    const ner_w_row *rows[NER_MAX_FEATS];
    size_t k = rows_of(m, keys, ner_features(w, n, i, NER_FEAT_WORD, keys), rows);
    for (size_t f = 0; f < k; f++) {
        add_row(acc1, rows[f]->w1);
        add_row(acc, rows[f]->w);
    }
    if (!ms) return;
    memcpy(ms->w1, acc1, sizeof ms->w1);
    memcpy(ms->w, acc, sizeof ms->w);
}

void ner_tag(const ner_model *m, int first_pass, ner_word *w, size_t n, uint8_t *tags, float *conf,
             int32_t *base, void *scratch) {
    if (n == 0) return;
    float *emit = scratch, *margin = emit + n * NER_MTAGS;
    void *dec = margin + n;
    uint64_t keys[NER_MAX_FEATS];
    const ner_w_row *rows[NER_MAX_FEATS];
    if (first_pass) {
        ner_words_lookup(w, n, m->lex, m->lex_mask);
        for (size_t i = 0; i < n; i++) w[i].doc_tag = NER_DOC_OFF;
    }
    for (size_t i = 0; i < n; i++) {
        int32_t acc[NER_MTAGS], *b = base + i * NER_MTAGS;   /* set by word_sums, or from b */
        float *e = emit + i * NER_MTAGS;
        if (first_pass) {   /* one probe per feature fills both passes' sums */
            int32_t accb[NER_MTAGS];   /* summed here, not in b: stores per row otherwise */
            word_sums(m, w, n, i, acc, accb);
            size_t k = rows_of(m, keys, ner_features(w, n, i, NER_FEAT_CONTEXT, keys), rows);
            for (size_t f = 0; f < k; f++) {
                add_row(acc, rows[f]->w1);
                add_row(accb, rows[f]->w);
            }
            memcpy(b, accb, sizeof accb);
            for (int t = 0; t < NER_MTAGS; t++) e[t] = (float)acc[t] * m->scale1;
        } else {
            size_t k = rows_of(m, keys, ner_doc_features(w, n, i, keys), rows);
            for (int t = 0; t < NER_MTAGS; t++) acc[t] = b[t];
            for (size_t f = 0; f < k; f++)
                add_row(acc, rows[f]->w);
            for (int t = 0; t < NER_MTAGS; t++) e[t] = (float)acc[t] * m->scale;
        }
    }
    if (first_pass) {   /* its tags only feed the document features: no margins */
        ner_viterbi_lattice(emit, &m->lat1, n, tags, NULL, dec);
        for (size_t i = 0; i < n; i++) conf[i] = 0;
    } else {
        ner_viterbi_lattice(emit, &m->lat, n, tags, margin, dec);
        for (size_t i = 0; i < n; i++)
            conf[i] = 1.0f / (1.0f + expf(-(m->conf_a * margin[i] + m->conf_b)));
    }
    ner_model_to_bio(tags, n);
    ner_latin_rule(w, n, tags, conf);
    ner_phrase_rule(w, n, tags);
}

/* ---- a known name at the start of a longer mention of another type ---- */

/* The type a gazetteer phrase's classes give, -1 when they name none alone. */
static int phrase_type_of(unsigned cls) {
    if (cls & NER_LEX_ORG) return NABA_ENT_ORG;
    if ((cls & NER_LEX_LOC) && !(cls & NER_LEX_PERW)) return NABA_ENT_LOC;
    return -1;
}

void ner_phrase_rule(const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    while (ner_next_chunk(tags, n, &i, &c)) {
        /* a chunk that starts inside the phrase, its first words left out
        ** (برس عامر مادهاني after أسوشيتد), is read from the phrase's start */
        size_t b = c.start;
        while (b > 0 && w[b].phrase_pos == 2 && tags[b - 1] == 0) b--;
        if (w[b].phrase_pos != 1) continue;
        size_t e = b + 1;
        while (e < c.end && w[e].phrase_pos == 2) e++;
        int pt = phrase_type_of(w[b].phrase_type);
        if (e >= c.end || pt < 0 || pt == c.type) continue;
        /* أسوشيتد برس عامر مادهاني: an organization, then a person */
        ner_tag_span(tags, b, e, pt);
        tags[e] = (uint8_t)ner_tag_make(c.type, 0);
    }
}

/* ---- Latin-script names in Arabic text ---- */

static int latin_candidate(const ner_word *w) {
    return (w->shape == NER_SHAPE_LATIN_CAP || w->shape == NER_SHAPE_LATIN_UPPER) && w->kn >= 2 &&
           !(w->lex & NER_LEX_NOTNAME);
}

/* Is w a quotation mark (" “ ” « » ‘ ’ ')? */
static int is_quote(const ner_word *w) {
    if (w->shape != NER_SHAPE_PUNCT || w->n == 0) return 0;
    size_t len;
    uint32_t c = utf8_next(w->s, w->n, &len);
    return len == w->n && (c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0xAB ||
                           c == 0xBB || c == 0x2018 || c == 0x2019);
}

/* The class a word's own lexicon entry gives it, 0 when it has none. */
static int known_type(const ner_word *w) {
    if (w->lex & NER_LEX_ORG) return NABA_ENT_ORG + 1;
    if ((w->lex & NER_LEX_LOC) && !(w->lex & NER_LEX_PERW)) return NABA_ENT_LOC + 1;
    return 0;
}

/* The rule decides every run of capitalized Latin words in Arabic text: the
** model learnt from Arabic-script ANERcorp and knows little of them. A tag
** the rule leaves orphaned (I-X right after the run) starts its own chunk. */
void ner_latin_rule(const ner_word *w, size_t n, uint8_t *tags, float *conf) {
    size_t arabic = 0, latin = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i].shape == NER_SHAPE_ARABIC) arabic++;
        else if (w[i].shape >= NER_SHAPE_LATIN_CAP && w[i].shape <= NER_SHAPE_LATIN_LOWER) latin++;
    }
    if (arabic <= latin) return;    /* a Latin sentence: not the case this rule is for */
    for (size_t i = 0; i < n;) {
        if (!latin_candidate(&w[i])) { i++; continue; }
        size_t j = i;
        while (j < n && latin_candidate(&w[j])) j++;
        /* Context: a trigger word right before the run. */
        uint32_t ctx = i > 0 ? w[i - 1].lex : 0;
        for (size_t k = i; k < j;) {
            if (w[k].shape == NER_SHAPE_LATIN_UPPER) {   /* an acronym stands alone */
                float c = (w[k].lex & NER_LEX_ORG) ? 0.9f : 0.6f;
                if (ner_tag_type(tags[k]) == NABA_ENT_ORG && conf[k] > c) c = conf[k];
                tags[k] = (uint8_t)ner_tag_make(NABA_ENT_ORG, 0);
                conf[k] = c;
                k++;
                continue;
            }
            int known = known_type(&w[k]);
            size_t e = k + 1;
            int evidence = known || (w[k].lex & NER_LEX_PERW);
            while (e < j && w[e].shape == NER_SHAPE_LATIN_CAP && known_type(&w[e]) == known) {
                evidence |= (w[e].lex & NER_LEX_PERW) != 0;
                e++;
            }
            /* one unknown word alone in quotation marks is a quoted term (a call
            ** sign, a title, a slogan) more often than a person */
            int quoted = e == k + 1 && k == i && e == j && i > 0 && j < n && is_quote(&w[i - 1]) &&
                         is_quote(&w[j]);
            int type = known ? known - 1
                     : (ctx & NER_LEX_TRIG_PER) || evidence ? NABA_ENT_PER
                     : (ctx & NER_LEX_TRIG_LOC) ? NABA_ENT_LOC
                     : (ctx & NER_LEX_TRIG_ORG) ? NABA_ENT_ORG
                     : quoted ? NABA_ENT_MISC : NABA_ENT_PER;
            if (ctx & (NER_LEX_TRIG_PER | NER_LEX_TRIG_LOC | NER_LEX_TRIG_ORG)) evidence = 1;
            for (size_t x = k; x < e; x++) {
                float c = evidence ? 0.85f : 0.6f;
                if (ner_tag_type(tags[x]) == type && conf[x] > c) c = conf[x];
                tags[x] = (uint8_t)ner_tag_make(type, x > k);
                conf[x] = c;
            }
            k = e;
        }
        if (j < n && ner_tag_inside(tags[j])) tags[j] = (uint8_t)ner_tag_make(ner_tag_type(tags[j]), 0);
        i = j;
    }
}
