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

#include <stdlib.h>
#include <string.h>

/* Counts by first-pass tag of each host form and pair of the document: keys
** (naba_key_slot) and, in the same slot of cnt, their counts; n keys held.
** The table starts at TABLE_FIRST slots and doubles when half full, so its
** size follows the document's distinct words and pairs: sized for a word and
** a pair of every token (4 slots of 26 bytes, to a power of two) it took 109
** MB on a 9.9 MB one-line article whose 1.03 M tokens hold 467,000 distinct
** words and pairs, 27 MB now (docs/ner.md, "Memory"). */
typedef struct doc_table { uint64_t *keys; uint16_t (*cnt)[NER_TAGS]; size_t mask, n; } doc_table;

#define TABLE_FIRST 1024   /* the words and pairs of an article of ~350 tokens */

static void table_free(doc_table *t) {
    free(t->keys);
    free(t->cnt);
    t->keys = NULL;
    t->cnt = NULL;
}

/* An empty table of cap slots (a power of two). 0 on out of memory. */
static int table_init(doc_table *t, size_t cap) {
    *t = (doc_table){calloc(cap, sizeof *t->keys), calloc(cap, sizeof *t->cnt), cap - 1, 0};
    if (t->keys && t->cnt) return 1;
    table_free(t);
    return 0;
}

/* Twice the slots, the keys and their counts moved over. 0 on out of memory,
** t unchanged. Not inlined: counts_add, which tally inlines, calls it rarely. */
__attribute__((noinline)) static int table_grow(doc_table *t) {
    doc_table g;
    if (!table_init(&g, 2 * (t->mask + 1))) return 0;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->keys[i]) {
            size_t j = naba_key_slot(g.keys, g.mask, t->keys[i]);
            g.keys[j] = t->keys[i];
            memcpy(g.cnt[j], t->cnt[i], sizeof g.cnt[j]);
        }
    g.n = t->n;
    table_free(t);
    *t = g;
    return 1;
}

/* The counts of key, zero in a new slot the first time, the table kept at
** most half full. NULL on out of memory. */
__attribute__((always_inline)) static inline uint16_t *counts_add(doc_table *t, uint64_t key) {
    key = naba_key_nonzero(key);
    size_t i = naba_key_slot(t->keys, t->mask, key);
    if (!t->keys[i]) {
        if (2 * (t->n + 1) > t->mask + 1) {
            if (!table_grow(t)) return NULL;
            i = naba_key_slot(t->keys, t->mask, key);
        }
        t->keys[i] = key;
        t->n++;
    }
    return t->cnt[i];
}

static int counted(const ner_word *w) {
    return w->shape != NER_SHAPE_PUNCT && w->shape != NER_SHAPE_DIGIT;
}

/* The counts of key, which counts_add put in t. */
static uint16_t *counts_of(const doc_table *t, uint64_t key) {
    return t->cnt[naba_key_slot(t->keys, t->mask, naba_key_nonzero(key))];
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

/* Count the words and pairs of the sentence [a, e) into t, or take them out.
** 0 on out of memory (only a word or pair new to t can need it). */
static int tally(doc_table *t, const ner_word *w, const uint8_t *tags, uint32_t a, uint32_t e, int add) {
    for (uint32_t i = a; i < e; i++)
        if (counted(&w[i])) {
            uint16_t *c = counts_add(t, w[i].h_host);
            if (!c) return 0;
            bump(&c[tags[i]], add);
            if (i + 1 < e && counted(&w[i + 1])) {
                if (!(c = counts_add(t, pair_key(w, i)))) return 0;
                bump(&c[pair_tag(tags, i)], add);
            }
        }
    return 1;
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
int ner_doc_context(ner_word *w, const uint8_t *tags, const ner_span *sents, size_t n_sents) {
    doc_table t;
    int ok = table_init(&t, TABLE_FIRST);
    for (size_t s = 0; ok && s < n_sents; s++) ok = tally(&t, w, tags, sents[s].first, sents[s].first + sents[s].n, 1);
    for (size_t s = 0; ok && s < n_sents; s++) {
        uint32_t a = sents[s].first, e = a + sents[s].n;
        ok = tally(&t, w, tags, a, e, 0);   /* every key is in t now: no slot is made from here */
        for (uint32_t i = a; ok && i < e; i++) {
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
        ok = ok && tally(&t, w, tags, a, e, 1);
    }
    table_free(&t);
    return ok;
}

/* The per-token sums of the first pass, rounded up so what follows stays aligned. */
static size_t base_bytes(size_t tokens) { return (tokens * NER_MTAGS * sizeof(int32_t) + 15) & ~(size_t)15; }

size_t ner_tag_doc_scratch(size_t maxlen, size_t tokens) { return ner_tag_scratch(maxlen) + base_bytes(tokens); }

int ner_tag_doc(const ner_model *m, ner_word *w, const ner_span *sents, size_t n_sents,
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
        if (pass && !ner_doc_context(w, tags, sents, n_sents)) return 0;
    }
    return 1;
}
