/*
** hashmap.h — one open-addressing hash table for the whole code base: a
** 64-bit hash maps to a uint32 value, which is usually the index of an entry
** in the caller's own array (internal).
**
** The table holds no keys. Each slot keeps the full hash and the value; two
** keys are the same when their hashes are equal and, if the caller passes an
** equality callback, the callback says yes for the stored value. A caller whose
** hash is a bijection of its key (or who accepts hash equality as key equality,
** as the cleaner's paragraph hashes do) passes no callback.
**
** Linear probing, capacity a power of two (at least 16), grown to twice its
** size before it would be more than half full. Growing re-inserts the slots
** starting after an empty one, so entries that share a probe chain keep their
** order; a table reserved once and never grown keeps the exact slot layout of
** its inserts, which trainers that walk the slots rely on. The probe functions
** are inline so that a constant callback is inlined into the caller's loop.
*/
#ifndef NABA_HASHMAP_H
#define NABA_HASHMAP_H

#include "arena.h"

#include <stddef.h>
#include <stdint.h>

#define NABA_HM_NONE UINT32_MAX /* the value of an empty slot, and "not found" */

typedef struct naba_hslot {
    uint64_t hash;
    uint32_t val; /* NABA_HM_NONE when the slot is empty */
} naba_hslot;

typedef struct naba_hashmap {
    naba_hslot *slots;
    size_t cap, n;
    naba_arena *arena; /* where slots live; NULL: malloc, released by naba_hm_free */
} naba_hashmap;

/* Does the stored value val stand for the key the caller is looking for? */
typedef int (*naba_hm_eq)(const void *ctx, uint32_t val);

/* An empty table whose slots come from arena (NULL: from malloc). */
void naba_hm_init(naba_hashmap *m, naba_arena *arena);
void naba_hm_free(naba_hashmap *m);
/* Grow to hold n entries at most half full; -1 when out of memory. */
int naba_hm_grow(naba_hashmap *m, size_t n);

static inline int naba_hm_reserve(naba_hashmap *m, size_t n) {
    return n * 2 <= m->cap ? 0 : naba_hm_grow(m, n);
}

/* The slot holding key (hash h, eq(ctx, val) true), or the empty slot where it
** would go. The table must have a slot (cap > 0). */
static inline size_t naba_hm_slot(const naba_hashmap *m, uint64_t h, naba_hm_eq eq, const void *ctx) {
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        const naba_hslot *s = &m->slots[i];
        if (s->val == NABA_HM_NONE || (s->hash == h && (!eq || eq(ctx, s->val)))) return i;
    }
}

/* The value stored for key, or NABA_HM_NONE. */
static inline uint32_t naba_hm_get(const naba_hashmap *m, uint64_t h, naba_hm_eq eq, const void *ctx) {
    return m->cap ? m->slots[naba_hm_slot(m, h, eq, ctx)].val : NABA_HM_NONE;
}

/* Fill the empty slot i (from naba_hm_slot, after naba_hm_reserve(m, m->n + 1)). */
static inline void naba_hm_fill(naba_hashmap *m, size_t i, uint64_t h, uint32_t val) {
    m->slots[i].hash = h;
    m->slots[i].val = val;
    m->n++;
}

/* Add val under h as a new entry, after any with the same hash (lookups find
** the first one eq accepts). -1 when out of memory. */
int naba_hm_add(naba_hashmap *m, uint64_t h, uint32_t val);

/* A bare array of 64-bit keys, 0 marking an empty slot, for a table that keeps
** its payload in arrays of its own beside the keys (the parser trainer's rows,
** the ner stage's per-document counts): the key itself is the hash, probed
** linearly in a power-of-two array. Key 0 is taken as 1 (naba_key_nonzero).
** The slot holding key, or the empty slot where it would go; the array must
** have an empty slot. */
static inline uint64_t naba_key_nonzero(uint64_t key) { return key ? key : 1; }
static inline size_t naba_key_slot(const uint64_t *keys, size_t mask, uint64_t key) {
    size_t i = (size_t)key & mask;
    while (keys[i] && keys[i] != key) i = (i + 1) & mask;
    return i;
}

#endif
