/*
** ner_model.c — the NER model file and the tagger that runs it: emission
** scores from the hashed weight table, constrained Viterbi with max-marginal
** margins (the confidence of each token's tag), and the rule for Latin-script
** names inside Arabic text, which the Arabic training corpus cannot teach.
**
** Sections of a "ner" model (see model.h for the container):
**   weights  ner_w_slot[2^k]   feature fingerprint -> int16 row per tag
**   lexicon  ner_lex_slot[2^k] folded word or phrase -> classes, frequency, cluster
**   trans    float[(NER_TAGS + 1) * NER_TAGS]   tag transitions, last row from the start
**   meta     float[3]          weight scale, confidence slope and offset
** Both tables are open addressing with linear probing; each must keep an empty
** slot so a probe always ends (checked on load).
*/
#include "ner.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NEG_INF (-1e30f)

static int allowed(int prev, int t) {
    if (!ner_tag_inside(t)) return 1;
    if (prev >= NER_TAGS) return 0;   /* start of the sentence */
    return ner_tag_type(prev) == ner_tag_type(t);
}

size_t ner_decode_scratch(size_t n) {
    return n * NER_TAGS * (2 * sizeof(float) + 1) + 16;
}

void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags,
                 float *margin, void *scratch) {
    if (n == 0) return;
    const int T = NER_TAGS;
    float *alpha = scratch, *beta = alpha + n * T;
    uint8_t *back = (uint8_t *)(beta + n * T);
    for (int t = 0; t < T; t++)
        alpha[t] = allowed(T, t) ? trans[T * T + t] + emit[t] : NEG_INF;
    for (size_t i = 1; i < n; i++) {
        for (int t = 0; t < T; t++) {
            float best = NEG_INF;
            int arg = 0;
            for (int s = 0; s < T; s++) {
                if (!allowed(s, t)) continue;
                float v = alpha[(i - 1) * T + s] + trans[s * T + t];
                if (v > best) { best = v; arg = s; }
            }
            alpha[i * T + t] = best + emit[i * T + t];
            back[i * T + t] = (uint8_t)arg;
        }
    }
    int last = 0;
    for (int t = 1; t < T; t++)
        if (alpha[(n - 1) * T + t] > alpha[(n - 1) * T + last]) last = t;
    float best = alpha[(n - 1) * T + last];
    tags[n - 1] = (uint8_t)last;
    for (size_t i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    if (!margin) return;
    for (int t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
    for (size_t i = n - 1; i > 0; i--) {
        for (int s = 0; s < T; s++) {
            float b = NEG_INF;
            for (int t = 0; t < T; t++) {
                if (!allowed(s, t)) continue;
                float v = trans[s * T + t] + emit[i * T + t] + beta[i * T + t];
                if (v > b) b = v;
            }
            beta[(i - 1) * T + s] = b;
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

static ner_model *check(ner_model *m, const char *name, naba_error *err) {
    size_t ws, ls, ts, ms;
    const void *w = naba_model_section(m->file, "weights", &ws);
    const void *l = naba_model_section(m->file, "lexicon", &ls);
    const void *t = naba_model_section(m->file, "trans", &ts);
    const void *mt = naba_model_section(m->file, "meta", &ms);
    const char *bad = NULL;
    if (!w || !pow2_table(ws, sizeof(ner_w_slot), &m->w_mask)) bad = "weights";
    else if (!l || !pow2_table(ls, sizeof(ner_lex_slot), &m->lex_mask)) bad = "lexicon";
    else if (!t || ts != sizeof(float) * (NER_TAGS + 1) * NER_TAGS) bad = "trans";
    else if (!mt || ms != 3 * sizeof(float)) bad = "meta";
    else if (((uintptr_t)w | (uintptr_t)l | (uintptr_t)t | (uintptr_t)mt) % 8) bad = "alignment of";
    if (!bad) {
        m->w = w; m->lex = l; m->trans = t;
        const float *meta = mt;
        m->scale = meta[0]; m->conf_a = meta[1]; m->conf_b = meta[2];
        if (!isfinite(m->scale) || !isfinite(m->conf_a) || !isfinite(m->conf_b)) bad = "meta";
        for (size_t i = 0; !bad && i < (NER_TAGS + 1) * NER_TAGS; i++)
            if (!isfinite(m->trans[i])) bad = "trans";
    }
    if (!bad) {   /* a probe must always reach an empty slot */
        int we = 0, le = 0;
        for (size_t i = 0; i <= m->w_mask && !we; i++) we = m->w[i].key == 0;
        for (size_t i = 0; i <= m->lex_mask && !le; i++) le = m->lex[i].key == 0;
        if (!we) bad = "weights";
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
    free(m);
}

/* ---- tagging ---- */

static void emissions(const ner_model *m, const ner_word *w, size_t n, float *emit) {
    uint64_t keys[NER_MAX_FEATS];
    for (size_t i = 0; i < n; i++) {
        int32_t acc[NER_TAGS] = {0};
        size_t k = ner_features(w, n, i, keys);
        for (size_t f = 0; f < k; f++) {
            uint32_t fp = ner_fp(keys[f]);
            for (uint32_t s = (uint32_t)keys[f] & m->w_mask;; s = (s + 1) & m->w_mask) {
                const ner_w_slot *slot = &m->w[s];
                if (slot->key == fp) {
                    for (int t = 0; t < NER_TAGS; t++) acc[t] += slot->w[t];
                    break;
                }
                if (slot->key == 0) break;
            }
        }
        for (int t = 0; t < NER_TAGS; t++) emit[i * NER_TAGS + t] = (float)acc[t] * m->scale;
    }
}

size_t ner_tag_scratch(size_t n) {
    return n * NER_TAGS * sizeof(float) + n * sizeof(float) + ner_decode_scratch(n) + 32;
}

void ner_tag(const ner_model *m, ner_word *w, size_t n, uint8_t *tags, float *conf, void *scratch) {
    if (n == 0) return;
    ner_words_lookup(w, n, m->lex, m->lex_mask);
    float *emit = scratch, *margin = emit + n * NER_TAGS;
    void *dec = margin + n;
    emissions(m, w, n, emit);
    ner_viterbi(emit, m->trans, n, tags, margin, dec);
    for (size_t i = 0; i < n; i++)
        conf[i] = 1.0f / (1.0f + expf(-(m->conf_a * margin[i] + m->conf_b)));
    ner_latin_rule(w, n, tags, conf);
}

/* ---- Latin-script names in Arabic text ---- */

static int latin_candidate(const ner_word *w) {
    return (w->shape == NER_SHAPE_LATIN_CAP || w->shape == NER_SHAPE_LATIN_UPPER) && w->kn >= 2 &&
           !(w->lex & NER_LEX_NOTNAME);
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
            int type = known ? known - 1
                     : (ctx & NER_LEX_TRIG_PER) || evidence ? NABA_ENT_PER
                     : (ctx & NER_LEX_TRIG_LOC) ? NABA_ENT_LOC
                     : (ctx & NER_LEX_TRIG_ORG) ? NABA_ENT_ORG : NABA_ENT_PER;
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
