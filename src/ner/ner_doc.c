/*
** ner_doc.c — the second look at a document: a name the first pass tagged in
** one sentence is likely the same kind of name where it comes back, often
** shortened (فلاديمير بوتين, then بوتين; جامعة القاهرة, then الجامعة).
**
** The first pass tags every sentence with the model's first table (no
** document features). For each token, the tags that pass gave the other
** occurrences of its host form in *other* sentences of the document become
** features (majority tag, how many, the majority entity type and its share),
** and the final table tags again. The trainer makes the same features from
** predictions of models that never saw the sentences (cross-validation), so
** the final table learns how far to trust them.
*/
#include "hashmap.h"
#include "ner.h"

#include <string.h>

/* Counts by first-pass tag of each host form and pair of the document: keys
** (naba_key_slot) and, in the same slot of cnt, their counts. */
typedef struct doc_table { uint64_t *keys; uint16_t (*cnt)[NER_TAGS]; size_t mask; } doc_table;

static size_t table_size(size_t tokens) {
    size_t cap = 16;
    while (cap < tokens * 4) cap *= 2;   /* a word and a pair per token, load <= 1/2 */
    return cap;
}

size_t ner_doc_scratch(size_t tokens) {   /* the table */
    return table_size(tokens) * (sizeof(uint64_t) + sizeof(uint16_t[NER_TAGS])) + 16;
}

static int counted(const ner_word *w) {
    return w->shape != NER_SHAPE_PUNCT && w->shape != NER_SHAPE_DIGIT;
}

/* The counts of key, a new zeroed slot the first time. */
static uint16_t *counts_of(const doc_table *t, uint64_t key) {
    key = naba_key_nonzero(key);
    size_t i = naba_key_slot(t->keys, t->mask, key);
    t->keys[i] = key;
    return t->cnt[i];
}

/* A word and the next one: the key of the pair, its slot counts by entity
** type + 1 (0: not one name) how often the pair lay inside one chunk. */
static uint64_t pair_key(const ner_word *w, uint32_t i) { return ner_join(w[i].h_host, w[i + 1].h_host ^ 0x9A1Bu); }
static int pair_tag(const uint8_t *tags, uint32_t i) {
    return tags[i] && tags[i + 1] == ner_tag_make(ner_tag_type(tags[i]), 1) ? ner_tag_type(tags[i]) + 1 : 0;
}

/* One count up (add) or down, held in 0..UINT16_MAX: taking a sentence's
** counts down and up again gives back what the table held. */
static void bump(uint16_t *n, int add) {
    if (add ? *n < UINT16_MAX : *n > 0) *n = (uint16_t)(add ? *n + 1 : *n - 1);
}

/* Count the words and pairs of the sentence [a, e) into t, or take them out. */
static void tally(const doc_table *t, const ner_word *w, const uint8_t *tags, uint32_t a, uint32_t e, int add) {
    for (uint32_t i = a; i < e; i++)
        if (counted(&w[i])) {
            bump(&counts_of(t, w[i].h_host)[tags[i]], add);
            if (i + 1 < e && counted(&w[i + 1])) bump(&counts_of(t, pair_key(w, i))[pair_tag(tags, i)], add);
        }
}

/* (majority entity type + 1) * 8 + share of entity counts in quarters, 0 none. */
static uint8_t type_share(const unsigned *ent, unsigned ents, unsigned total) {
    if (!ents || !total) return 0;
    unsigned bt = 0;
    for (unsigned k = 1; k < NABA_ENT_COUNT; k++) if (ent[k] > ent[bt]) bt = k;
    return (uint8_t)((bt + 1) * 8 + (ents * 4 + total - 1) / total);
}

/* Pairs: how the first pass tagged the pair (i, i+1) in the other sentences. */
static uint8_t pair_context(const ner_word *w, const doc_table *t, uint32_t i) {
    const uint16_t *d = counts_of(t, pair_key(w, i));
    unsigned c[NABA_ENT_COUNT + 1], total = 0;
    for (int k = 0; k <= NABA_ENT_COUNT; k++) total += c[k] = d[k];
    return type_share(c + 1, total - c[0], total);
}

/* The counts of the other sentences are the document's less this sentence's:
** each sentence is taken out of the table while its words read it, then put
** back, so a long sentence costs as much as its words (a scan of the sentence
** per word was quadratic: minutes on a 1 MB line of repeated words). */
void ner_doc_context(ner_word *w, const uint8_t *tags, const ner_span *sents, size_t n_sents,
                     void *scratch) {
    size_t tokens = 0;
    for (size_t s = 0; s < n_sents; s++) tokens += sents[s].n;
    size_t cap = table_size(tokens);
    doc_table t = {scratch, NULL, cap - 1};
    t.cnt = (uint16_t (*)[NER_TAGS])(t.keys + cap);
    memset(scratch, 0, cap * (sizeof *t.keys + sizeof *t.cnt));
    for (size_t s = 0; s < n_sents; s++) tally(&t, w, tags, sents[s].first, sents[s].first + sents[s].n, 1);
    for (size_t s = 0; s < n_sents; s++) {
        uint32_t a = sents[s].first, e = a + sents[s].n;
        tally(&t, w, tags, a, e, 0);
        for (uint32_t i = a; i < e; i++) {
            ner_word *x = &w[i];
            x->doc_tag = NER_DOC_NONE;
            x->doc_n = 0;
            x->doc_type = 0;
            x->doc_pnext = x->doc_pprev = 0;
            if (!counted(x)) continue;
            if (i + 1 < e && counted(&w[i + 1])) x->doc_pnext = pair_context(w, &t, i);
            if (i > a && counted(&w[i - 1])) x->doc_pprev = w[i - 1].doc_pnext;
            const uint16_t *c = counts_of(&t, x->h_host);
            unsigned total = 0, best = 0, ent[NABA_ENT_COUNT] = {0}, ents = 0;
            for (int k = 0; k < NER_TAGS; k++) {
                total += c[k];
                if (c[k] > c[best]) best = (unsigned)k;
                if (k) { ent[ner_tag_type(k)] += c[k]; ents += c[k]; }
            }
            if (!total) continue;
            x->doc_tag = (uint8_t)best;
            x->doc_n = (uint8_t)(total > 3 ? 3 : total);
            x->doc_type = type_share(ent, ents, total);
        }
        tally(&t, w, tags, a, e, 1);
    }
}

/* The per-token sums of the first pass, rounded up so what follows stays aligned. */
static size_t base_bytes(size_t tokens) { return (tokens * NER_MTAGS * sizeof(int32_t) + 15) & ~(size_t)15; }

size_t ner_tag_doc_scratch(size_t maxlen, size_t tokens) {
    size_t a = ner_tag_scratch(maxlen), b = ner_doc_scratch(tokens);
    return (a > b ? a : b) + base_bytes(tokens);
}

void ner_tag_doc(const ner_model *m, ner_word *w, const ner_span *sents, size_t n_sents,
                 uint8_t *tags, float *conf, void *scratch) {
    size_t tokens = 0;
    for (size_t s = 0; s < n_sents; s++) tokens += sents[s].n;
    int32_t *base = scratch;   /* sentence after sentence */
    void *rest = (char *)scratch + base_bytes(tokens);
    for (int pass = 1; pass >= 0; pass--) {
        int32_t *b = base;
        for (size_t s = 0; s < n_sents; s++) {
            ner_tag(m, pass, w + sents[s].first, sents[s].n, tags + sents[s].first, conf + sents[s].first, b, rest);
            b += (size_t)sents[s].n * NER_MTAGS;
        }
        if (pass) ner_doc_context(w, tags, sents, n_sents, rest);
    }
}
