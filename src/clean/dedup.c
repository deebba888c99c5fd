/*
** dedup.c — finding paragraphs that repeat one already kept: scraped pages
** print a photo caption twice, or a paragraph again with a changed comma.
**
** Exact and near-exact repeats (same key without spaces) are found through a
** hash table. Near repeats of paragraphs of NEAR_MIN_WORDS words or more are
** found by the Jaccard similarity of their sets of word pairs, against the
** last RING kept long paragraphs whose word counts are within the threshold's
** ratio. A 512-bit sketch of each set rules most pairs out cheaply; the exact
** sets are built only for pairs that pass. The sketch is made with the key,
** while the cleaner writes the line (clean_keying), from a hash of each word's
** folded letters; the exact sets hash the key's words (word_hash): the two
** need not agree, as the sketch only lets pairs through.
** So a huge document costs linear time. The window holds kept paragraphs only, which keeps cleaning
** idempotent: a second run sees the same kept paragraphs in the same windows.
*/
#include "clean.h"
#include "arena.h"
#include "hashmap.h"

#include <stdlib.h>
#include <string.h>

#define NEAR_MIN_WORDS 8 /* shorter paragraphs are only compared exactly */
#define RING 64
#define SKETCH_SLACK 0.15

typedef struct para {
    const char *key;     /* in the document's arena */
    size_t kl;
    uint32_t words, unit;
    uint64_t sketch[CLEAN_SKETCH_WORDS]; /* made with the key (clean_keying) */
    uint32_t *set, n;    /* sorted distinct word-pair hashes, built when needed */
} para;

struct clean_dedup {
    naba_arena *a;
    naba_hashmap kept; /* key hash (clean_key_end's letters) -> unit of the kept paragraph */
    para ring[RING];
    size_t ring_n, ring_next;
};

clean_dedup *clean_dedup_new(naba_arena *a) {
    /* every document makes one: zero the fields, not the ring (most of the
    ** struct), whose entries are written before ring_n counts them */
    clean_dedup *d = naba_arena_alloc_raw(a, sizeof *d);
    if (!d) return NULL;
    d->a = a;
    naba_hm_init(&d->kept, a);
    d->ring_n = d->ring_next = 0;
    return d;
}

/* A word's hash, 8 bytes at a time. The last piece is gathered byte by byte
** (as memcpy into a zeroed word would on a little-endian machine): a memcpy of
** a variable length is a call, and the load after it stalls. */
static uint64_t word_hash(const char *w, size_t n) {
    uint64_t h = n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, w + i, 8);
        h = clean_mix(h, x);
    }
    if (i < n) {
        uint64_t x = 0;
        for (size_t k = n; k > i; k--) x = x << 8 | (unsigned char)w[k - 1];
        h = clean_mix(h, x);
    }
    return h;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The spaces among eight bytes: the high bit of each byte of x that is ' '.
** A space is a zero byte of x ^ 0x2020...; this test marks exactly those (no
** carry crosses a byte). */
static uint64_t spaces(uint64_t x) {
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    x ^= 0x2020202020202020ULL;
    return ~(((x & low7) + low7) | x) & ~low7;
}

/* The first n bytes of x (n < 8), as memcpy of n bytes into a zeroed word. */
static uint64_t first_bytes(uint64_t x, size_t n) { return x & ((1ULL << (8 * n)) - 1); }
#endif

/* The word at key[i..): its end (the next space, or kl) and, in *hash,
** word_hash of it. Most words are shorter than 16 bytes: on a little-endian
** machine such a word is found and hashed from two loads, with no call to
** memchr and no loop. */
static size_t hash_word(const char *key, size_t i, size_t kl, uint64_t *hash) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i + 16 <= kl) {
        uint64_t x0, x1, z;
        memcpy(&x0, key + i, 8);
        memcpy(&x1, key + i + 8, 8);
        if ((z = spaces(x0)) != 0) {
            size_t n = (size_t)__builtin_ctzll(z) >> 3;
            *hash = n ? clean_mix(n, first_bytes(x0, n)) : 0;
            return i + n;
        }
        if ((z = spaces(x1)) != 0) {
            size_t n = 8 + ((size_t)__builtin_ctzll(z) >> 3);
            uint64_t h = clean_mix(n, x0);
            *hash = n > 8 ? clean_mix(h, first_bytes(x1, n - 8)) : h;
            return i + n;
        }
    }
#endif
    const char *sp = memchr(key + i, ' ', kl - i);
    size_t e = sp ? (size_t)(sp - key) : kl;
    *hash = word_hash(key + i, e - i);
    return e;
}

/* The hashes of the key's pairs of adjacent words, *n of them, in set. */
static void pairs(const char *key, size_t kl, uint32_t *set, uint32_t *n) {
    uint64_t prev = 0;
    for (size_t i = 0; i < kl;) {
        uint64_t w;
        size_t e = hash_word(key, i, kl, &w);
        if (i > 0) set[(*n)++] = (uint32_t)(clean_mix(prev, w) >> 32);
        prev = w;
        i = e + 1;
    }
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int build_set(clean_dedup *d, para *p) {
    if (p->set) return 1;
    p->set = naba_arena_alloc_raw(d->a, (p->words + 1) * sizeof(uint32_t));
    if (!p->set) return 0;
    uint32_t n = 0;
    pairs(p->key, p->kl, p->set, &n);
    qsort(p->set, n, sizeof *p->set, cmp_u32);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++)
        if (m == 0 || p->set[m - 1] != p->set[i]) p->set[m++] = p->set[i];
    p->n = m;
    return 1;
}

static double jaccard(const para *a, const para *b) {
    uint32_t i = 0, j = 0, both = 0;
    while (i < a->n && j < b->n) {
        if (a->set[i] == b->set[j]) { both++; i++; j++; }
        else if (a->set[i] < b->set[j]) i++;
        else j++;
    }
    return a->n + b->n ? (double)both / (double)(a->n + b->n - both) : 0.0;
}

static double sketch_jaccard(const para *a, const para *b) {
    int both = 0, any = 0;
    for (int k = 0; k < CLEAN_SKETCH_WORDS; k++) {
        both += __builtin_popcountll(a->sketch[k] & b->sketch[k]);
        any += __builtin_popcountll(a->sketch[k] | b->sketch[k]);
    }
    return any ? (double)both / any : 0.0;
}

/* A near repeat of p among the kept long paragraphs, or NULL (*sim set). */
static const para *near(clean_dedup *d, para *p, double threshold, double *sim) {
    for (size_t k = 0; k < d->ring_n; k++) {
        para *o = &d->ring[(d->ring_next + RING - 1 - k) % RING];
        uint32_t lo = p->words < o->words ? p->words : o->words;
        uint32_t hi = p->words < o->words ? o->words : p->words;
        if ((double)lo < threshold * (double)hi) continue;
        if (sketch_jaccard(p, o) < threshold - SKETCH_SLACK) continue;
        if (!build_set(d, p) || !build_set(d, o)) return NULL;
        double js = jaccard(p, o);
        if (js >= threshold) { *sim = js; return o; }
    }
    return NULL;
}

int clean_dedup_check(clean_dedup *d, const char *key, size_t kl, unsigned words,
                      uint64_t letters, const uint64_t *sketch, uint32_t unit, double threshold, uint32_t *of, double *sim) {
    if (!d) return -1;
    if (naba_hm_reserve(&d->kept, d->kept.n + 1)) return -1;
    para p;
    memset(&p, 0, sizeof p);
    int long_para = words >= NEAR_MIN_WORDS && threshold < 1.0;
    /* the 64-bit hash stands for the key: two keys that collide are taken
    ** for one (the cleaner counts on that being vanishingly rare) */
    uint64_t h = letters;
    size_t j = naba_hm_slot(&d->kept, h, NULL, NULL);
    if (d->kept.slots[j].val != NABA_HM_NONE) {
        *of = d->kept.slots[j].val;
        *sim = 1.0;
        return 1;
    }
    if (long_para) {
        p.key = key;
        p.kl = kl;
        memcpy(p.sketch, sketch, sizeof p.sketch);
        p.words = words;
        p.unit = unit;
        const para *o = near(d, &p, threshold, sim);
        if (o) {
            *of = o->unit;
            return 1;
        }
        p.key = naba_arena_strndup(d->a, key, kl); /* the caller's key is scratch */
        if (!p.key) return -1;
        d->ring[d->ring_next] = p;
        d->ring_next = (d->ring_next + 1) % RING;
        if (d->ring_n < RING) d->ring_n++;
    }
    naba_hm_fill(&d->kept, j, h, unit);
    return 0;
}
