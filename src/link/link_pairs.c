/*
** link_pairs.c — the pairs of forms whose strings are at most one letter
** apart, found without comparing every pair.
**
** Passes 3 and 4 of link_forms.c join forms whose names are one edit apart;
** comparing each form with each other one was the square of a long line's
** forms (a line of 100 different articles spent a sixth of its run there).
** Two strings are at most one edit (Levenshtein, on code points) apart only
** when they share the string itself or one of its one-letter deletions, so
** each form is filed under those and the pairs are read off the shared keys.
** Keys are 64-bit hashes: a collision only adds a pair the caller's own test
** turns down.
*/
#include "link.h"
#include "model.h"
#include "namekey.h"

#include <stdlib.h>

typedef struct filed { uint64_t h; uint32_t item; } filed;

static int cmp_filed(const void *x, const void *y) {
    const filed *a = x, *b = y;
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    return (a->item > b->item) - (a->item < b->item);
}

static int cmp_pair(const void *x, const void *y) {
    const link_pair *a = x, *b = y;
    if (a->a != b->a) return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

/* Hash of the strings of key kind j, class cls: cp without its letter at skip
** (skip == n: the whole string). */
static uint64_t key_hash(const uint32_t *cp, size_t n, size_t skip, uint32_t cls, uint32_t j) {
    /* FNV-1a over whole code points: a name's few letters hash in a few steps */
    uint64_t h = ((NABA_FNV_INIT ^ j) * 0x100000001b3ULL ^ cls) * 0x100000001b3ULL;
    for (size_t i = 0; i < n; i++)
        if (i != skip) h = (h ^ cp[i]) * 0x100000001b3ULL;
    return h;
}

static naba_status push_pair(link_pair **v, size_t *n, size_t *cap, uint32_t a, uint32_t b) {
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        link_pair *g = realloc(*v, c * sizeof *g);
        if (!g) return NABA_ERR_NOMEM;
        *v = g;
        *cap = c;
    }
    (*v)[(*n)++] = (link_pair){a, b};
    return NABA_OK;
}

naba_status link_near_pairs(const char *const *const *keys, size_t nkeys, const uint32_t *cls, size_t n, int both,
                            link_pair **out, size_t *np) {
    size_t nf = 0;
    uint32_t cp[NAME_KEY_MAX];
    for (size_t j = 0; j < nkeys; j++)
        for (size_t i = 0; i < n; i++)
            if (cls[i] != LINK_NO_CLASS) nf += name_code_points(keys[j][i], cp, NAME_KEY_MAX) + 1;
    filed *f = malloc((nf ? nf : 1) * sizeof *f);
    *out = NULL;
    *np = 0;
    if (!f) return NABA_ERR_NOMEM;
    size_t k = 0;
    for (size_t j = 0; j < nkeys; j++)
        for (size_t i = 0; i < n; i++) {
            if (cls[i] == LINK_NO_CLASS) continue;
            size_t m = name_code_points(keys[j][i], cp, NAME_KEY_MAX);
            for (size_t skip = 0; skip <= m; skip++)
                f[k++] = (filed){key_hash(cp, m, skip, cls[i], (uint32_t)j), (uint32_t)i};
        }
    qsort(f, k, sizeof *f, cmp_filed);
    size_t cap = 0;
    naba_status rc = NABA_OK;
    for (size_t g = 0; g < k && rc == NABA_OK;) {
        size_t e = g + 1;
        while (e < k && f[e].h == f[g].h) e++;
        for (size_t x = g; x < e && rc == NABA_OK; x++)
            for (size_t y = x + 1; y < e && rc == NABA_OK; y++)
                if (f[x].item != f[y].item) {
                    rc = push_pair(out, np, &cap, f[x].item, f[y].item);
                    if (both && rc == NABA_OK) rc = push_pair(out, np, &cap, f[y].item, f[x].item);
                }
        g = e;
    }
    free(f);
    if (rc != NABA_OK) {
        free(*out);
        *out = NULL;
        *np = 0;
        return rc;
    }
    if (*np) qsort(*out, *np, sizeof **out, cmp_pair);
    size_t u = 0;
    for (size_t i = 0; i < *np; i++)
        if (!u || cmp_pair(&(*out)[u - 1], &(*out)[i])) (*out)[u++] = (*out)[i];
    *np = u;
    return NABA_OK;
}
