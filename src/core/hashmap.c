/*
** hashmap.c — growing the open-addressing table of hashmap.h; the probes
** themselves are inline in the header.
*/
#include "hashmap.h"

#include <stdlib.h>

void naba_hm_init(naba_hashmap *m, naba_arena *arena) {
    m->slots = NULL;
    m->cap = m->n = 0;
    m->arena = arena;
}

void naba_hm_free(naba_hashmap *m) {
    if (!m->arena) free(m->slots);
    naba_hm_init(m, m->arena);
}

int naba_hm_grow(naba_hashmap *m, size_t n) {
    size_t cap = m->cap ? m->cap : 16;
    while (cap < n * 2) cap *= 2;
    if (cap == m->cap) return 0;
    naba_hslot *slots = m->arena ? naba_arena_alloc_raw(m->arena, cap * sizeof *slots)
                                 : malloc(cap * sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < cap; i++) slots[i].val = NABA_HM_NONE;
    /* Start after an empty slot: no probe chain then wraps past the walk's
    ** start, so entries of one chain are re-inserted in their order. */
    size_t start = 0;
    while (start < m->cap && m->slots[start].val != NABA_HM_NONE) start++;
    for (size_t k = 0; k < m->cap; k++) {
        const naba_hslot *s = &m->slots[(start + k) & (m->cap - 1)];
        if (s->val == NABA_HM_NONE) continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (slots[j].val != NABA_HM_NONE) j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    if (!m->arena) free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int naba_hm_add(naba_hashmap *m, uint64_t h, uint32_t val) {
    if (naba_hm_reserve(m, m->n + 1)) return -1;
    size_t i = (size_t)h & (m->cap - 1);
    while (m->slots[i].val != NABA_HM_NONE) i = (i + 1) & (m->cap - 1);
    naba_hm_fill(m, i, h, val);
    return 0;
}
