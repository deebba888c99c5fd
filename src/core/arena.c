/*
** arena.c — the bump allocator behind every document.
**
** A document's layers, strings and keys come from one arena; resetting it
** between documents keeps the first chunk, so a batch of a million articles
** reuses the same memory and never mallocs per token.
*/
#include "naba.h"
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (256u * 1024u)

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} chunk;

struct naba_arena {
    chunk *head;       /* current chunk; older ones follow via next */
    size_t total_used;
};

static chunk *chunk_new(size_t size) {
    chunk *c = malloc(sizeof(chunk) + size);
    if (!c) return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

naba_arena *naba_arena_new(void) {
    naba_arena *a = calloc(1, sizeof(*a));
    if (!a) return NULL;
    a->head = chunk_new(ARENA_CHUNK);
    if (!a->head) { free(a); return NULL; }
    return a;
}

void naba_arena_free(naba_arena *a) {
    if (!a) return;
    for (chunk *c = a->head, *n; c; c = n) { n = c->next; free(c); }
    free(a);
}

void naba_arena_reset(naba_arena *a) {
    /* keep only the oldest chunk (last in the list), made by naba_arena_new */
    chunk *c = a->head;
    while (c->next) { chunk *n = c->next; free(c); c = n; }
    c->used = 0;
    a->head = c;
    a->total_used = 0;
}

void *naba_arena_alloc_raw(naba_arena *a, size_t size) {
    size_t need = (size + 15u) & ~(size_t)15u;
    if (need < size) return NULL; /* overflow */
    chunk *c = a->head;
    if (c->size - c->used < need) {
        size_t sz = need > ARENA_CHUNK ? need : ARENA_CHUNK;
        chunk *n = chunk_new(sz);
        if (!n) return NULL;
        n->next = c;
        a->head = c = n;
    }
    void *p = c->data + c->used;
    c->used += need;
    a->total_used += need;
    return p;
}

void *naba_arena_alloc(naba_arena *a, size_t size) {
    void *p = naba_arena_alloc_raw(a, size);
    if (p) memset(p, 0, size);
    return p;
}

char *naba_arena_strndup(naba_arena *a, const char *s, size_t n) {
    char *p = naba_arena_alloc_raw(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

size_t naba_arena_used(const naba_arena *a) { return a->total_used; }
