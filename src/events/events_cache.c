/*
** events_cache.c — a memo of what each word means to the event dictionary.
**
** Expanding a word into its candidate bases (events_keys.c) and looking every
** candidate up costs more than the rest of the stage, and news repeats its
** words: the memo keeps, per word key, the candidates some dictionary entry
** holds (as the dictionary's own strings), the word's cue bits and whether it
** can anchor a pattern or open a phrase, and per
** lemma or form of the words layer its dictionary key. It lives as long as the
** stage and starts over when it grows past a bound, so memory stays flat over
** a corpus.
*/
#include "events_int.h"

#include <stdlib.h>
#include <string.h>

#define CACHE_MAX 262144 /* entries before it starts over (about 20 MB at most) */

struct ev_cache {
    naba_arena *arena;
    ev_map words, forms;  /* key -> index in entries */
    ev_word *entries;
    size_t n, cap;
};

ev_cache *ev_cache_new(void) {
    ev_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    if (!(c->arena = naba_arena_new())) { free(c); return NULL; }
    return c;
}

void ev_cache_free(ev_cache *c) {
    if (!c) return;
    ev_map_free(&c->words);
    ev_map_free(&c->forms);
    free(c->entries);
    naba_arena_free(c->arena);
    free(c);
}

static const ev_word *get(const ev_cache *c, const ev_map *m, const char *key) {
    int32_t i = ev_map_get(m, key);
    return i >= 0 ? &c->entries[i] : NULL;
}

const ev_word *ev_cache_word(const ev_cache *c, const char *key) { return get(c, &c->words, key); }
const ev_word *ev_cache_form(const ev_cache *c, const char *raw) { return get(c, &c->forms, raw); }

static const ev_word *put(ev_cache *c, int form, const char *key, const char *const *cands, uint32_t n,
                          uint64_t verbal, uint32_t cue, uint8_t kinds) {
    if (c->n >= CACHE_MAX) {
        ev_map_free(&c->words);
        ev_map_free(&c->forms);
        naba_arena_reset(c->arena);
        c->n = 0;
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 4096;
        ev_word *e = realloc(c->entries, cap * sizeof *e);
        if (!e) return NULL;
        c->entries = e;
        c->cap = cap;
    }
    ev_word *w = &c->entries[c->n];
    /* the candidates and the key in one block: two took 16 bytes each at
    ** least (the arena aligns to 16), and a form has one candidate or none */
    size_t kl = strlen(key), cb = n * sizeof *w->cands;
    char *block = naba_arena_alloc_raw(c->arena, cb + kl + 1);
    if (!block) return NULL;
    w->cands = (const char **)(void *)block;
    memcpy(w->cands, cands, cb);
    char *k = block + cb;
    memcpy(k, key, kl + 1);
    w->n = (uint8_t)n;
    w->verbal = verbal;
    w->cue = cue;
    w->kinds = kinds;
    if (ev_map_put(form ? &c->forms : &c->words, k, (int32_t)c->n)) return NULL;
    c->n++;
    return w;
}

const ev_word *ev_cache_put_word(ev_cache *c, const char *key, const char *const *cands, uint32_t n,
                                 uint64_t verbal, uint32_t cue, uint8_t kinds) {
    return put(c, 0, key, cands, n, verbal, cue, kinds);
}

const ev_word *ev_cache_put_form(ev_cache *c, const char *raw, const char *word, uint32_t cue, uint8_t kinds) {
    return put(c, 1, raw, &word, word != NULL, 0, cue, kinds);
}
