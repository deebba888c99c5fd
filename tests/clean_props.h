/*
** clean_props.h — properties every cleaned document must have, shared by
** test_clean.c (example article, generated strings) and test_clean_corpus.c
** (real articles from ../shared). Include after test.h.
**
** map_ok: the map tiles the clean text in order; copied segments are
**   byte-identical; no repair claims original bytes that were copied; and for
**   random clean spans, the original slice [naba_orig_start, naba_orig_end)
**   rebuilt through the map gives back exactly the clean span.
** clean_idempotent: cleaning the clean text again changes nothing and repairs
**   nothing.
*/
#ifndef NABA_CLEAN_PROPS_H
#define NABA_CLEAN_PROPS_H

#include "naba.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t prop_rng = 0x9E3779B97F4A7C15ULL;
static uint32_t prop_rand(void) {
    prop_rng ^= prop_rng << 13;
    prop_rng ^= prop_rng >> 7;
    prop_rng ^= prop_rng << 17;
    return (uint32_t)(prop_rng >> 16);
}

static const naba_map_seg *prop_seg_at(const naba_doc *d, size_t off) {
    for (size_t lo = 0, hi = d->map.n; lo < hi;) {
        size_t mid = (lo + hi) / 2;
        const naba_map_seg *s = &d->map.v[mid];
        if (off < s->clean) hi = mid;
        else if (off >= (size_t)s->clean + s->clean_len) lo = mid + 1;
        else return s;
    }
    return NULL;
}

/* The original bytes [os, oe) passed through the map. Inserted bytes (no
** original) count when they sit inside the clean span [cs, ce). */
static size_t prop_rebuild(const naba_doc *d, size_t os, size_t oe, size_t cs, size_t ce, char *out) {
    size_t n = 0;
    for (size_t k = 0; k < d->map.n; k++) {
        const naba_map_seg *s = &d->map.v[k];
        size_t a = s->orig, b = (size_t)s->orig + s->orig_len;
        int take;
        if (s->copied) {
            size_t lo = a > os ? a : os, hi = b < oe ? b : oe;
            if (lo < hi) { memcpy(out + n, d->orig + lo, hi - lo); n += hi - lo; }
            continue;
        }
        if (s->orig_len) take = a >= os && b <= oe;
        else take = s->clean >= cs && s->clean < ce;
        if (take) { memcpy(out + n, d->text + s->clean, s->clean_len); n += s->clean_len; }
    }
    return n;
}

static int map_ok(const naba_doc *d, int spans) {
    if (!d->text) return 0;
    size_t at = 0, orig_at = 0;
    for (size_t k = 0; k < d->map.n; k++) {
        const naba_map_seg *s = &d->map.v[k];
        if (s->clean != at || s->orig < orig_at || (size_t)s->orig + s->orig_len > d->orig_len) return 0;
        if (s->copied && (s->clean_len != s->orig_len || memcmp(d->text + s->clean, d->orig + s->orig, s->orig_len)))
            return 0;
        at += s->clean_len;
        orig_at = (size_t)s->orig + s->orig_len;
    }
    if (at != d->text_len || d->text[d->text_len] != '\0') return 0;
    /* repairs never claim copied bytes */
    unsigned char *copied = calloc(d->orig_len + 1, 1);
    for (size_t k = 0; k < d->map.n; k++)
        if (d->map.v[k].copied) memset(copied + d->map.v[k].orig, 1, d->map.v[k].orig_len);
    int ok = 1;
    for (size_t k = 0; k < d->repairs.n && ok; k++) {
        const naba_repair *r = &d->repairs.v[k];
        if (r->orig_start > r->orig_end || r->orig_end > d->orig_len || r->clean_at > d->text_len) ok = 0;
        for (size_t b = r->orig_start; ok && b < r->orig_end; b++) ok = !copied[b];
    }
    free(copied);
    if (!ok) return 0;
    /* random spans between code point boundaries */
    char *buf = malloc(d->orig_len * 4 + d->text_len + 64);
    for (int t = 0; t < spans && d->text_len; t++) {
        size_t s = prop_rand() % (d->text_len + 1), e = prop_rand() % (d->text_len + 1);
        if (s > e) { size_t x = s; s = e; e = x; }
        while (s > 0 && ((unsigned char)d->text[s] & 0xC0) == 0x80) s--;
        while (e < d->text_len && ((unsigned char)d->text[e] & 0xC0) == 0x80) e++;
        if (s == e) continue;
        /* a span cutting a replaced piece maps to the whole piece */
        const naba_map_seg *a = prop_seg_at(d, s), *b = prop_seg_at(d, e - 1);
        if (!a->copied) s = a->clean;
        if (!b->copied) e = (size_t)b->clean + b->clean_len;
        size_t os = naba_orig_start(d, s), oe = naba_orig_end(d, e);
        if (os > oe || oe > d->orig_len) { ok = 0; break; }
        size_t n = prop_rebuild(d, os, oe, s, e, buf);
        if (n != e - s || memcmp(buf, d->text + s, n)) {
            fprintf(stderr, "span [%zu,%zu) -> orig [%zu,%zu) rebuilds %zu bytes\n", s, e, os, oe, n);
            ok = 0;
            break;
        }
    }
    free(buf);
    return ok;
}

/* clean(clean(x)) == clean(x), with no repair on the second run. */
static int clean_idempotent(const naba_doc *d, void *pats, const naba_options *opt) {
    naba_doc *again = naba_doc_new();
    naba_doc_load(again, d->text, d->text_len, NULL, NULL, NULL);
    naba_status st = naba_clean(again, pats, opt);
    int ok = st == NABA_OK && again->text_len == d->text_len &&
             !memcmp(again->text, d->text, d->text_len) && again->repairs.n == 0;
    if (!ok) {
        fprintf(stderr, "not idempotent (status %d, %zu repairs):\n--- once\n%s\n--- twice\n%s\n", st,
                again->repairs.n, d->text, again->text ? again->text : "");
        for (size_t k = 0; k < again->repairs.n && k < 5; k++)
            fprintf(stderr, "  repair kind %d at orig %u..%u\n", again->repairs.v[k].kind,
                    again->repairs.v[k].orig_start, again->repairs.v[k].orig_end);
    }
    naba_doc_free(again);
    return ok;
}

#endif
