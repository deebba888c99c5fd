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

/* Counts by first-pass tag of each host form and pair of the document. The
** keys (naba_key_nonzero'd) and their counts are kept in the order they came,
** n of them, room for cap; the slots, open-addressed by key, hold 1 + a key's
** index (0: empty). The slots start at TABLE_FIRST and double when half full,
** so the table follows the document's distinct words and pairs; the counts
** are held for those keys only, not for every slot: on a 9.9 MB one-line
** article (1.03 M tokens, 467,000 distinct words and pairs) 1 M slots of 4
** bytes and 512 K keys of 26, 17 MB (27 MB with the counts in the slots, 41
** MB while those doubled; docs/ner.md, "Memory"). */
typedef struct doc_table {
    uint32_t *slot;
    uint64_t *keys;
    uint16_t (*cnt)[NER_TAGS];
    size_t mask, n, cap;
} doc_table;

#define TABLE_FIRST 1024   /* the words and pairs of an article of ~350 tokens */

static void table_free(doc_table *t) {
    free(t->slot);
    free(t->keys);
    free(t->cnt);
    *t = (doc_table){0};
}

/* The slot holding key, or the empty one where it would go. */
static size_t slot_of(const doc_table *t, uint64_t key) {
    size_t i = (size_t)key & t->mask;
    while (t->slot[i] && t->keys[t->slot[i] - 1] != key) i = (i + 1) & t->mask;
    return i;
}

/* Room for slots slots (a power of two) and half as many keys, the keys held
** so far filed again. 0 on out of memory (t as it was, with room for its keys). */
static int table_size(doc_table *t, size_t slots) {
    uint32_t *slot = calloc(slots, sizeof *slot);
    uint64_t *keys = slot ? realloc(t->keys, slots / 2 * sizeof *keys) : NULL;
    if (keys) t->keys = keys;
    uint16_t(*cnt)[NER_TAGS] = keys ? realloc(t->cnt, slots / 2 * sizeof *cnt) : NULL;
    if (cnt) t->cnt = cnt;
    if (!cnt) {
        free(slot);
        return 0;
    }
    free(t->slot);
    t->slot = slot;
    t->mask = slots - 1;
    t->cap = slots / 2;
    for (size_t k = 0; k < t->n; k++) t->slot[slot_of(t, t->keys[k])] = (uint32_t)(k + 1);
    return 1;
}

/* Twice the slots. Not inlined: counts_add, which tally inlines, calls it rarely. */
__attribute__((noinline)) static int table_grow(doc_table *t) { return table_size(t, 2 * (t->mask + 1)); }

/* The counts of key, zero the first time, the slots kept at most half full.
** NULL on out of memory. */
__attribute__((always_inline)) static inline uint16_t *counts_add(doc_table *t, uint64_t key) {
    key = naba_key_nonzero(key);
    size_t i = slot_of(t, key);
    if (!t->slot[i]) {
        if (t->n + 1 > t->cap) {
            if (!table_grow(t)) return NULL;
            i = slot_of(t, key);
        }
        t->keys[t->n] = key;
        memset(t->cnt[t->n], 0, sizeof t->cnt[t->n]);
        t->slot[i] = (uint32_t)++t->n;
    }
    return t->cnt[t->slot[i] - 1];
}

static int counted(const ner_word *w) {
    return w->shape != NER_SHAPE_PUNCT && w->shape != NER_SHAPE_DIGIT;
}

/* The counts of key, which counts_add put in t (zeros for one it did not). */
static const uint16_t *counts_of(const doc_table *t, uint64_t key) {
    static const uint16_t none[NER_TAGS];
    size_t i = slot_of(t, naba_key_nonzero(key));
    return t->slot[i] ? t->cnt[t->slot[i] - 1] : none;
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
    doc_table t = {0};
    int ok = table_size(&t, TABLE_FIRST);
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
