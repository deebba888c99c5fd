/*
** dedup.c — finding paragraphs that repeat one already kept: scraped pages
** print a photo caption twice, or a paragraph again with a changed comma.
**
** Exact and near-exact repeats (same key without spaces) are found through a
** hash table. Near repeats of longer paragraphs are found by the Jaccard
** similarity of their sets of word pairs, compared with the last RING kept
** long paragraphs only, so a huge document costs linear time. The window holds
** kept paragraphs only, which keeps cleaning idempotent: a second run sees the
** same kept paragraphs in the same windows.
*/
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#define NEAR_MIN_WORDS 8 /* shorter paragraphs are only compared exactly */
#define RING 64

typedef struct sig {
    uint32_t *h;  /* sorted, distinct hashes of word pairs */
    uint32_t n;
    uint32_t unit;
} sig;

struct clean_dedup {
    naba_arena *a;
    uint64_t *hash;  /* open addressing; 0 is empty */
    uint32_t *unit;
    size_t cap, n;
    sig ring[RING];
    size_t ring_n, ring_next;
};

clean_dedup *clean_dedup_new(naba_arena *a) {
    clean_dedup *d = naba_arena_alloc(a, sizeof *d);
    if (d) d->a = a;
    return d;
}

static uint64_t fnv(const char *s, size_t n, int skip_spaces) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        if (skip_spaces && s[i] == ' ') continue;
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h ? h : 1;
}

static int grow(clean_dedup *d) {
    size_t cap = d->cap ? d->cap * 2 : 64;
    uint64_t *hash = naba_arena_alloc(d->a, cap * sizeof *hash);
    uint32_t *unit = naba_arena_alloc(d->a, cap * sizeof *unit);
    if (!hash || !unit) return 0;
    for (size_t i = 0; i < d->cap; i++) {
        if (!d->hash[i]) continue;
        size_t j = d->hash[i] & (cap - 1);
        while (hash[j]) j = (j + 1) & (cap - 1);
        hash[j] = d->hash[i];
        unit[j] = d->unit[i];
    }
    d->hash = hash;
    d->unit = unit;
    d->cap = cap;
    return 1;
}

/* The slot of h, or of the empty place where it would go. */
static size_t slot(const clean_dedup *d, uint64_t h) {
    size_t j = h & (d->cap - 1);
    while (d->hash[j] && d->hash[j] != h) j = (j + 1) & (d->cap - 1);
    return j;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* The paragraph's set of word-pair hashes. */
static int signature(clean_dedup *d, const char *key, size_t kl, unsigned words, sig *s) {
    s->h = naba_arena_alloc(d->a, words * sizeof(uint32_t));
    if (!s->h) return 0;
    uint32_t n = 0;
    uint64_t prev = 0;
    for (size_t i = 0; i < kl;) {
        size_t e = i;
        while (e < kl && key[e] != ' ') e++;
        uint64_t h = fnv(key + i, e - i, 0);
        if (i > 0) s->h[n++] = (uint32_t)((prev * 0x9E3779B97F4A7C15ULL ^ h) >> 32);
        prev = h;
        i = e + 1;
    }
    qsort(s->h, n, sizeof *s->h, cmp_u32);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (m == 0 || s->h[m - 1] != s->h[i]) s->h[m++] = s->h[i];
    s->n = m;
    return 1;
}

static double jaccard(const sig *a, const sig *b) {
    uint32_t i = 0, j = 0, both = 0;
    while (i < a->n && j < b->n) {
        if (a->h[i] == b->h[j]) { both++; i++; j++; }
        else if (a->h[i] < b->h[j]) i++;
        else j++;
    }
    return (double)both / (double)(a->n + b->n - both);
}

int clean_dedup_check(clean_dedup *d, const char *key, size_t kl, unsigned words, uint32_t unit,
                      double threshold, uint32_t *of, double *sim) {
    if (!d) return -1;
    if ((d->n + 1) * 2 > d->cap && !grow(d)) return -1;
    uint64_t h = fnv(key, kl, 1);
    size_t j = slot(d, h);
    if (d->hash[j]) {
        *of = d->unit[j];
        *sim = 1.0;
        return 1;
    }
    if (words >= NEAR_MIN_WORDS && threshold < 1.0) {
        sig s;
        if (!signature(d, key, kl, words, &s)) return -1;
        for (size_t k = 0; k < d->ring_n && s.n; k++) {
            const sig *o = &d->ring[(d->ring_next + RING - 1 - k) % RING];
            uint32_t lo = s.n < o->n ? s.n : o->n, hi = s.n < o->n ? o->n : s.n;
            if ((double)lo < threshold * (double)hi) continue; /* Jaccard <= lo/hi */
            double js = jaccard(&s, o);
            if (js >= threshold) {
                *of = o->unit;
                *sim = js;
                return 1;
            }
        }
        s.unit = unit;
        d->ring[d->ring_next] = s;
        d->ring_next = (d->ring_next + 1) % RING;
        if (d->ring_n < RING) d->ring_n++;
    }
    d->hash[j] = h;
    d->unit[j] = unit;
    d->n++;
    return 0;
}
