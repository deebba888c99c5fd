/*
** doc.c — the document object: input bytes, layers grown in the arena, and
** the offset map from clean text back to the original; the input's date read
** once into an ISO day (doc->day) for every stage.
*/
#include "naba.h"
#include "arena.h"
#include "memo.h"
#include "calendar.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

naba_doc *naba_doc_new(void) {
    naba_doc *doc = calloc(1, sizeof(*doc));
    if (!doc) return NULL;
    doc->arena = naba_arena_new();
    if (!doc->arena) { free(doc); return NULL; }
    return doc;
}

void naba_doc_free(naba_doc *doc) {
    if (!doc) return;
    naba_memo_release_all(doc);
    naba_arena_free(doc->arena);
    free(doc);
}

void naba_doc_reset(naba_doc *doc) {
    naba_arena *a = doc->arena;
    naba_memo_release_all(doc);
    naba_arena_reset(a);
    memset(doc, 0, sizeof(*doc));
    doc->arena = a;
}

naba_status naba_doc_load(naba_doc *doc, const char *bytes, size_t len,
                          const char *id, const char *title, const char *date) {
    naba_doc_reset(doc);
    char *orig = naba_arena_strndup(doc->arena, bytes, len);
    if (!orig) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory loading %zu bytes", len);
    doc->orig = orig;
    doc->orig_len = len;
    if (id) doc->id = naba_arena_strndup(doc->arena, id, strlen(id));
    if (title) doc->title = naba_arena_strndup(doc->arena, title, strlen(title));
    if (date) doc->date = naba_arena_strndup(doc->arena, date, strlen(date));
    /* read once here: feeds write dates many ways ("Sun, 18 Feb 2018 ..."),
    ** and a stage comparing the raw string with an ISO date would be wrong */
    long days;
    if (doc->date && cal_parse_article_date(doc->date, &days)) {
        char iso[16];
        int y, m, d;
        cal_civil(days, &y, &m, &d);
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
        doc->day = naba_arena_strndup(doc->arena, iso, strlen(iso));
    }
    return NABA_OK;
}

/* All layers share this shape, so one function grows any of them. */
typedef struct { void *v; size_t n, cap; } any_layer;

int naba_layer_reserve(naba_doc *doc, void *layer, size_t elem_size, size_t n) {
    any_layer *l = layer;
    if (n <= l->cap) return 1;
    /* not zeroed: the old elements are kept and each new one is zeroed when
    ** pushed; a large array grows in place (arena.c), leaving no dead copy */
    void *v = naba_arena_grow(doc->arena, l->v, l->n * elem_size, n * elem_size);
    if (!v) return 0;
    l->v = v;
    l->cap = n;
    return 1;
}

void *naba_layer_push(naba_doc *doc, void *layer, size_t elem_size) {
    any_layer *l = layer;
    if (l->n == l->cap && !naba_layer_reserve(doc, layer, elem_size, l->cap ? l->cap * 2 : 64))
        return NULL;
    void *e = (char *)l->v + l->n * elem_size;
    memset(e, 0, elem_size);
    l->n++;
    return e;
}

/* Binary search: tokens are sorted by offset and do not overlap. */
size_t naba_token_at(const naba_doc *doc, size_t off) {
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->tokens.v[mid].end <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo < doc->tokens.n && doc->tokens.v[lo].start <= off ? lo : doc->tokens.n;
}

/* The first of n records, stride bytes apart and in order of the naba_off
** start each holds at byte at, whose start is at or after off: halving. */
static size_t first_start_from(const void *v, size_t n, size_t stride, size_t at, size_t off) {
    const unsigned char *b = v;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        naba_off start;
        memcpy(&start, b + mid * stride + at, sizeof start);
        if (start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

size_t naba_mention_from(const naba_doc *doc, size_t off) {
    return first_start_from(doc->mentions.v, doc->mentions.n, sizeof *doc->mentions.v, offsetof(naba_mention, start), off);
}

size_t naba_timex_from(const naba_doc *doc, size_t off) {
    return first_start_from(doc->timexes.v, doc->timexes.n, sizeof *doc->timexes.v, offsetof(naba_timex, start), off);
}

size_t naba_count_from(const naba_doc *doc, size_t off) {
    return first_start_from(doc->counts.v, doc->counts.n, sizeof *doc->counts.v, offsetof(naba_count, start), off);
}

/* Index of the last segment whose clean start is <= off, or -1. */
static long seg_at(const naba_doc *doc, size_t off) {
    long lo = 0, hi = (long)doc->map.n - 1, found = -1;
    while (lo <= hi) {
        long mid = (lo + hi) / 2;
        if (doc->map.v[mid].clean <= off) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    return found;
}

size_t naba_orig_start(const naba_doc *doc, size_t off) {
    if (doc->map.n == 0) return off; /* not cleaned: clean text is the original */
    long i = seg_at(doc, off);
    if (i < 0) return doc->map.v[0].orig;
    const naba_map_seg *s = &doc->map.v[i];
    if (off >= (size_t)s->clean + s->clean_len) return (size_t)s->orig + s->orig_len;
    return s->copied ? s->orig + (off - s->clean) : s->orig;
}

size_t naba_orig_end(const naba_doc *doc, size_t off) {
    if (doc->map.n == 0) return off;
    if (off == 0) return naba_orig_start(doc, 0);
    long i = seg_at(doc, off - 1); /* the segment holding the last byte */
    if (i < 0) return doc->map.v[0].orig;
    const naba_map_seg *s = &doc->map.v[i];
    if (off - 1 >= (size_t)s->clean + s->clean_len) return (size_t)s->orig + s->orig_len;
    return s->copied ? s->orig + (off - s->clean) : (size_t)s->orig + s->orig_len;
}

void naba_options_init(naba_options *opt) {
    memset(opt, 0, sizeof(*opt));
    opt->max_bytes = NABA_DEFAULT_MAX_BYTES;
    opt->fold_flags = NABA_FOLD_DEFAULT;
    opt->near_duplicate = 0.9;
}

static const char *const upos_names[NABA_UPOS_COUNT] = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

const char *naba_upos_name(int upos) {
    return upos >= 0 && upos < NABA_UPOS_COUNT ? upos_names[upos] : "X";
}

const char *naba_ent_type_name(int type) {
    static const char *const names[NABA_ENT_COUNT] = {"PER", "LOC", "ORG", "MISC"};
    return type >= 0 && type < NABA_ENT_COUNT ? names[type] : "MISC";
}

int naba_upos_from_name(const char *name) {
    for (int i = 0; i < NABA_UPOS_COUNT; i++)
        if (strcmp(upos_names[i], name) == 0) return i;
    return -1;
}
