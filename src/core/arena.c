/*
** arena.c — the bump allocator behind every document.
**
** A document's layers, strings and keys come from one arena; resetting it
** between documents keeps its standard-size chunks for the next one, so a
** batch of a million articles reuses the same memory and never mallocs per
** token. (Freeing them instead cost a munmap and fresh page faults per chunk
** per article: chunks are above malloc's mmap threshold.)
**
** An allocation larger than a chunk gets a block of its own, kept apart from
** the chunks (the big list), and a layer's array that outgrows a chunk grows
** by realloc of that block (naba_arena_grow): the C library extends a large
** block in place or remaps it, without a copy. Growing it by a fresh
** allocation instead left every smaller copy in the arena until the document
** was done: the words layer of a 9.9 MB one-line article held about twice its
** final size in dead copies (session 23, docs/morph.md "Memory").
**
** Under AddressSanitizer the arena tells it what is allocated: free chunk
** space is poisoned and every allocation has a poisoned red zone before it,
** so reading before a layer's array ("v[-1]") or past the end of what was
** handed out is reported, as it would be for malloc'd memory.
*/
#include "naba.h"
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef NABA_ASAN
#include <sanitizer/asan_interface.h>
#define ARENA_REDZONE 16u
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ARENA_REDZONE 0u
#endif

#define ARENA_CHUNK (256u * 1024u)
/* Spare chunks kept across resets; a document larger than this still works,
** its extra chunks are freed at reset, so memory stays bounded. */
#define ARENA_SPARE_MAX 64u

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} chunk;

struct naba_arena {
    chunk *head;       /* current chunk; older ones follow via next */
    chunk *big;        /* blocks of one allocation larger than a chunk each */
    chunk *spare;      /* standard-size chunks kept from earlier documents */
    unsigned n_spare;
    size_t total_used;
};

static chunk *chunk_new(size_t size) {
    chunk *c = malloc(sizeof(chunk) + size);
    if (!c) return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    ASAN_POISON_MEMORY_REGION(c->data, size);
    return c;
}

static void chunk_free(chunk *c) {
    ASAN_UNPOISON_MEMORY_REGION(c->data, c->size);
    free(c);
}

naba_arena *naba_arena_new(void) {
    naba_arena *a = calloc(1, sizeof(*a));
    if (!a) return NULL;
    a->head = chunk_new(ARENA_CHUNK);
    if (!a->head) { free(a); return NULL; }
    return a;
}

static void chunks_free(chunk *c) {
    for (chunk *n; c; c = n) { n = c->next; chunk_free(c); }
}

void naba_arena_free(naba_arena *a) {
    if (!a) return;
    chunks_free(a->head);
    chunks_free(a->big);
    chunks_free(a->spare);
    free(a);
}

void naba_arena_reset(naba_arena *a) {
    /* the big blocks are freed; the oldest chunk (last in the list, made by
       naba_arena_new) stays the head, the others become spares, up to ARENA_SPARE_MAX */
    chunks_free(a->big);
    a->big = NULL;
    chunk *c = a->head;
    while (c->next) {
        chunk *n = c->next;
        if (a->n_spare < ARENA_SPARE_MAX) {
            ASAN_POISON_MEMORY_REGION(c->data, c->size);
            c->next = a->spare;
            a->spare = c;
            a->n_spare++;
        } else {
            chunk_free(c);
        }
        c = n;
    }
    ASAN_POISON_MEMORY_REGION(c->data, c->size);
    c->used = 0;
    a->head = c;
    a->total_used = 0;
}

/* Bytes an allocation of size takes in a chunk (0 when a chunk that size would overflow). */
static size_t need_of(size_t size) {
    size_t need = ((size + 15u) & ~(size_t)15u) + ARENA_REDZONE;
    return need < size || need > SIZE_MAX - sizeof(chunk) ? 0 : need;
}

void *naba_arena_alloc_raw(naba_arena *a, size_t size) {
    size_t need = need_of(size);
    if (!need) return NULL;
    chunk *c = a->head;
    if (need > ARENA_CHUNK) {
        /* a block of its own, beside the chunks: the current chunk stays current */
        if (!(c = chunk_new(need))) return NULL;
        c->next = a->big;
        a->big = c;
    } else if (c->size - c->used < need) {
        chunk *n;
        if (a->spare) {
            n = a->spare;
            a->spare = n->next;
            a->n_spare--;
            n->used = 0;
        } else if (!(n = chunk_new(ARENA_CHUNK))) {
            return NULL;
        }
        n->next = c;
        a->head = c = n;
    }
    void *p = c->data + c->used + ARENA_REDZONE;
    ASAN_UNPOISON_MEMORY_REGION(p, size);
    c->used += need;
    a->total_used += need;
    return p;
}

void *naba_arena_alloc(naba_arena *a, size_t size) {
    void *p = naba_arena_alloc_raw(a, size);
    if (p) memset(p, 0, size);
    return p;
}

void *naba_arena_grow(naba_arena *a, void *p, size_t keep, size_t size) {
    size_t need = need_of(size);
    if (!need) return NULL;
    chunk **at = &a->big;
    while (p && *at && (*at)->data + ARENA_REDZONE != (unsigned char *)p) at = &(*at)->next;
    if (!p || !*at) {
        void *q = naba_arena_alloc_raw(a, size);
        if (q && keep) memcpy(q, p, keep);
        return q;
    }
    chunk *n = realloc(*at, sizeof(chunk) + need);
    if (!n) return NULL;
    *at = n;
    a->total_used += need - n->used;
    n->size = n->used = need;
    ASAN_POISON_MEMORY_REGION(n->data, need);
    ASAN_UNPOISON_MEMORY_REGION(n->data + ARENA_REDZONE, size);
    return n->data + ARENA_REDZONE;
}

char *naba_arena_strndup(naba_arena *a, const char *s, size_t n) {
    char *p = naba_arena_alloc_raw(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

size_t naba_arena_used(const naba_arena *a) { return a->total_used; }
