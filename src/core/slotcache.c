/*
** slotcache.c — making, freeing and counting the direct-mapped cache of
** slotcache.h; lookups are inline in the header.
*/
#include "slotcache.h"

#include <stdlib.h>

int naba_slotcache_init(naba_slotcache *c, naba_slotshape s) {
    c->slot = NULL;
    if (s.bits < 1 || s.bits > 24 || s.key_max < 1 || s.key_max > 255) return 0;
    c->slot = calloc((size_t)1 << s.bits, s.size);
    return c->slot != NULL;
}

void naba_slotcache_free(naba_slotcache *c) {
    free(c->slot);
    c->slot = NULL;
}

size_t naba_slotcache_used(const naba_slotcache *c, naba_slotshape s) {
    size_t used = 0;
    for (size_t i = 0; c->slot && i < (size_t)1 << s.bits; i++) {
        uint32_t word;
        memcpy(&word, c->slot + i * s.size, sizeof word);
        used += word != 0;
    }
    return used;
}
