/*
** slotcache.h — one direct-mapped cache of answers for the stages' pure
** functions of a short key (internal): a morph model's lemmas, segmentations
** and tag candidates, the parser's FEATS codes and a word's weights at a
** position, the NER tagger's word rows, the romanizer's names.
**
** Not src/core/memo.h, which keeps a stage's results for one document: a
** slot cache lives as long as its model or pipeline and answers for any
** document, because what it keeps depends on the key alone.
**
** A power-of-two table of fixed-size slots. A slot is a 4-byte word, the key's
** bytes (up to key_max) and the caller's value (a struct of its own type T,
** at T's alignment):
**
**     word = key length | extra << 8
**
** extra is a part of the key (below 2^24) the caller compares exactly without
** copying it beside the bytes (a shape, a tag, a position): one compare of the
** word turns away most keys that share a slot before their bytes are
** compared. A key has at least one byte, so a used slot's word is never 0, an
** empty slot's (calloc) always. The caller hashes the key as cheaply as it can
** (a hash it already has, its own mixing of fixed-size words); the slot is
** the hash's low bits. A fingerprint of the hash in the word's top byte was
** tried: it spared few key compares (keys that share a slot mostly differ in
** length) and cost more instructions than they did.
**
** Lookup (naba_slotcache_find) gives the slot's value and whether it holds the
** key; on a miss that is the slot to fill: the caller computes the answer,
** then, if it fits the value, writes it there and claims the slot with
** naba_slotcache_fill; until then the slot keeps its old key and value. A new
** key replaces the old one (no probing: a collision costs one recomputation).
** A caller whose answers always fit may claim the slot before computing
** (the parser's rows and FEATS codes, the NER word sums): then neither the key
** nor its extra has to be kept through the computation's calls, which cost
** the hot loops spilled registers; the computation must then ask the same
** cache nothing, which would find the slot claimed but not yet written.
**
** The table's shape (slots, key_max, T) is a constant the caller names once
** (NABA_SLOTSHAPE in a #define) and passes to every call: the lookup is
** inline, so the index, the slot's size and the value's place compile to
** constants, and a constant key length to fixed compares, as in the memos
** each stage once wrote by hand.
*/
#ifndef NABA_SLOTCACHE_H
#define NABA_SLOTCACHE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The layout of a table's slots (NABA_SLOTSHAPE). */
typedef struct naba_slotshape {
    uint32_t bits;        /* log2 of the slots */
    uint32_t key_max;     /* bytes of key a slot holds (1..255) */
    uint32_t val, size;   /* where the value starts in a slot; bytes of a slot */
} naba_slotshape;

#define NABA_SLOT_ROUND(n, a) (((n) + (a) - 1) / (a) * (a))
/* The shape of 2^bits slots of keys up to key_max bytes and values of type T. */
#define NABA_SLOTSHAPE(bits, key_max, T)                                                                   \
    ((naba_slotshape){(bits), (key_max), NABA_SLOT_ROUND(4 + (key_max), _Alignof(T)),                   \
                      NABA_SLOT_ROUND(NABA_SLOT_ROUND(4 + (key_max), _Alignof(T)) + sizeof(T), _Alignof(T))})

#define NABA_SLOT_EXTRA_END (1u << 24) /* extra is below it */

typedef struct naba_slotcache {
    unsigned char *slot;  /* NULL: no cache, every lookup misses */
} naba_slotcache;

/* A table of shape s, all slots empty; 0 when out of memory or key_max is out
** of range, leaving c without a table (lookups miss). */
int naba_slotcache_init(naba_slotcache *c, naba_slotshape s);
void naba_slotcache_free(naba_slotcache *c);
/* How many slots hold a key. */
size_t naba_slotcache_used(const naba_slotcache *c, naba_slotshape s);

/* Whether a key of n bytes can be kept: a caller whose hash costs a pass over
** the key asks this first. */
static inline int naba_slotcache_fits(const naba_slotcache *c, naba_slotshape s, size_t n) {
    return c->slot && n - 1 < s.key_max;
}

static inline uint32_t naba_slotcache_word(uint32_t extra, size_t n) { return (uint32_t)n | extra << 8; }

/* The value of the slot of key (n bytes, hash h, with extra below
** NABA_SLOT_EXTRA_END), or NULL when the key cannot be kept (no table, n 0 or
** over key_max). *hit: 1 when the slot holds the key, 0 when the value is
** another key's (a slot to fill). */
static inline void *naba_slotcache_find(const naba_slotcache *c, naba_slotshape s, uint64_t h, uint32_t extra,
                                        const void *key, size_t n, int *hit) {
    if (!naba_slotcache_fits(c, s, n)) return NULL;
    unsigned char *p = c->slot + (size_t)(h & (((size_t)1 << s.bits) - 1)) * s.size;
    uint32_t word;
    memcpy(&word, p, sizeof word);
    *hit = word == naba_slotcache_word(extra, n) && !memcmp(p + sizeof word, key, n);
    return p + s.val;
}

/* Claim the slot whose value is val (from naba_slotcache_find, same shape,
** extra and key) for the key; the caller writes the value. */
static inline void naba_slotcache_fill(naba_slotshape s, void *val, uint32_t extra, const void *key, size_t n) {
    unsigned char *p = (unsigned char *)val - s.val;
    uint32_t word = naba_slotcache_word(extra, n);
    memcpy(p, &word, sizeof word);
    memcpy(p + sizeof word, key, n);
}

#endif
