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
**                              counted through a bitmap built at load): an int16 per
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
** as a scan of all tags would. Each tag's transition weights from its
** predecessors sit side by side in list order, so the inner loops read one
** row. Built once per model at load (ner_tag runs it twice per sentence). */
void ner_lattice_init(ner_lattice *l, const float *trans) {
    enum { T = NER_MTAGS };
    for (int t = 0; t < T; t++) {
        l->n[t] = 0;
        for (int s = 0; s < T; s++)
            if (allowed(s, t)) {
                l->pred[t][l->n[t]] = (uint8_t)s;
                l->w[t][l->n[t]++] = trans[s * T + t];
            }
        l->start[t] = allowed(T, t) ? trans[T * T + t] : NEG_INF;
        l->end[t] = open_name(t) ? NEG_INF : 0;
    }
}

void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags,
                 float *margin, void *scratch) {
    ner_lattice l;
    ner_lattice_init(&l, trans);
    ner_viterbi_lattice(emit, &l, n, tags, margin, scratch);
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
        for (int t = 0; t < T; t++) {
            const uint8_t *ps = l->pred[t];
            const float *w = l->w[t];
            int arg = ps[0];
            float best = prev[arg] + w[0];
            for (int k = 1; k < l->n[t]; k++) {
                float v = prev[ps[k]] + w[k];
                if (v > best) { best = v; arg = ps[k]; }
            }
            alpha[i * T + t] = best + emit[i * T + t];
            back[i * T + t] = (uint8_t)arg;
        }
    }
    int last = 0;
    for (int t = 1; t < T; t++)
        if (alpha[(n - 1) * T + t] + end[t] > alpha[(n - 1) * T + last] + end[last]) last = t;
    float best = alpha[(n - 1) * T + last];
    tags[n - 1] = (uint8_t)last;
    for (size_t i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    if (!margin) return;
    for (int t = 0; t < T; t++) beta[(n - 1) * T + t] = end[t];
    for (size_t i = n - 1; i > 0; i--) {
        float *b = beta + (i - 1) * T;
        for (int s = 0; s < T; s++) b[s] = NEG_INF;
        for (int t = 0; t < T; t++) {
            float et = emit[i * T + t] + beta[i * T + t];
            const uint8_t *ps = l->pred[t];
            const float *w = l->w[t];
            for (int k = 0; k < l->n[t]; k++) {
                float v = w[k] + et;
                if (v > b[ps[k]]) b[ps[k]] = v;
            }
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

/* The occupancy bitmap of the slot table and the number of occupied slots
** before each 64-slot block, so that a slot's row is found in constant time;
** m->w_rows is the number of occupied slots (the rows the weights section
** must hold). 0 when out of memory. */
static int rank_table(ner_model *m, const uint32_t *keys) {
    size_t slots = (size_t)m->w_mask + 1, blocks = (slots + 63) / 64;
    m->wbits = calloc(blocks, sizeof *m->wbits);
    m->wrank = malloc(blocks * sizeof *m->wrank);
    if (!m->wbits || !m->wrank) return 0;
    uint32_t n = 0;
    for (size_t b = 0; b < blocks; b++) {
        m->wrank[b] = n;
        for (size_t i = b * 64; i < slots && i < b * 64 + 64; i++)
            if (keys[i]) { m->wbits[b] |= 1ULL << (i & 63); n++; }
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
    else if (!rank_table(m, k)) {
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
        m->wkey = k; m->w = w; m->lex = l; m->trans = t; m->trans1 = t1;
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
        for (size_t i = 0; i <= m->w_mask && !we; i++) we = m->wkey[i] == 0;
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
    free(m->wbits);
    free(m->wrank);
    free(m);
}

/* ---- tagging ---- */

/* Bits set in x. A build for the x86-64 baseline has no popcount instruction,
** and __builtin_popcountll is then a call into libgcc, once per known feature
** of every token (1.3% of the pipeline's instructions): this is a dozen
** instructions inline. */
static inline uint32_t bits_set(uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

static const ner_w_row *probe(const ner_model *m, uint64_t key) {
    uint32_t fp = ner_fp(key);
    for (uint32_t s = (uint32_t)key & m->w_mask;; s = (s + 1) & m->w_mask) {
        if (m->wkey[s] == fp)
            return &m->w[m->wrank[s >> 6] + bits_set(m->wbits[s >> 6] & ((1ULL << (s & 63)) - 1))];
        if (m->wkey[s] == 0) return NULL;
    }
}

size_t ner_tag_scratch(size_t n) {
    return n * NER_MTAGS * sizeof(float) + n * sizeof(float) + ner_decode_scratch(n) + 32;
}

/* The rows of one token's features, found before they are summed: the probes
** of all features go out together, so their cache misses overlap. The key
** table (2 MB) does not stay in cache beside the other stages' tables, so the
** first slot of every key is asked for before any is probed. */
static size_t rows_of(const ner_model *m, const uint64_t *keys, size_t k, const ner_w_row **rows) {
    size_t n = 0;
    for (size_t f = 0; f < k; f++) __builtin_prefetch(&m->wkey[(uint32_t)keys[f] & m->w_mask]);
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
        int32_t acc[NER_MTAGS] = {0}, *b = base + i * NER_MTAGS;
        float *e = emit + i * NER_MTAGS;
        if (first_pass) {   /* one probe per feature fills both passes' sums */
            size_t k = rows_of(m, keys, ner_features(w, n, i, keys), rows);
            for (int t = 0; t < NER_MTAGS; t++) b[t] = 0;
            for (size_t f = 0; f < k; f++) {
                add_row(acc, rows[f]->w1);
                add_row(b, rows[f]->w);
            }
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
        for (size_t k = b; k < e; k++) tags[k] = (uint8_t)ner_tag_make(pt, k > b);
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
