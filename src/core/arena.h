/*
** arena.h — arena allocation without zeroing (internal).
**
** naba_arena_alloc() zeroes what it returns, which is what most callers want.
** A few buffers are large and written in full before they are read: the clean
** text, the token keys, a layer's array when it grows (copied, then each new
** element zeroed as it is pushed). Zeroing those first cost a tenth of the
** clean + segment time, so they take memory as it comes.
*/
#ifndef NABA_ARENA_H
#define NABA_ARENA_H

#include "naba.h"

/* NABA_ASAN: built with AddressSanitizer, so the arena poisons what it has not
** handed out (arena.c) and a read past an array it gave is reported. */
#if defined(__SANITIZE_ADDRESS__)
#define NABA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NABA_ASAN 1
#endif
#endif

/* Like naba_arena_alloc, but the memory holds whatever was there before. */
void *naba_arena_alloc_raw(naba_arena *a, size_t size);
/* Grow p, an allocation from a (or NULL), to size bytes, not smaller than it
** was, keeping its first keep bytes; the rest is not zeroed. A block larger
** than a chunk is reallocated (no copy left behind in the arena), a smaller
** one copied to a new allocation. NULL on out of memory, p still valid. */
void *naba_arena_grow(naba_arena *a, void *p, size_t keep, size_t size);

#endif
