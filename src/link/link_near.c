/*
** link_near.c — the mentions near a span, for the link stage's steps that
** check a span against the others (link_extend's cut and held names,
** link_titles' overlaps): read only those that can reach it, not all of them
** for each (mentions x mentions on one long line).
**
** The mentions are in text order until a step grows one back over its
** neighbour (محافظة + جنوب سيناء): the order is then broken for good, and a
** search by their starts alone would miss some. So the search is by two
** bounds that stay in order whatever moves: the largest start up to each
** mention and the smallest from it on. A move touches only the bounds of the
** mentions it passes over.
*/
#include "link.h"

naba_status link_near_of(const naba_doc *doc, link_near *r) {
    size_t n = doc->mentions.n;
    r->span = 0;
    r->hi = naba_arena_alloc(doc->arena, (n + 1) * sizeof *r->hi);
    r->lo = naba_arena_alloc(doc->arena, (n + 1) * sizeof *r->lo);
    if (!r->hi || !r->lo) return NABA_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const naba_mention *x = &doc->mentions.v[i];
        if (x->end > x->start && x->end - x->start > r->span) r->span = x->end - x->start;
        r->hi[i] = i && r->hi[i - 1] > x->start ? r->hi[i - 1] : x->start;
    }
    r->lo[n] = UINT32_MAX;
    for (size_t i = n; i-- > 0;) {
        naba_off s = doc->mentions.v[i].start;
        r->lo[i] = r->lo[i + 1] < s ? r->lo[i + 1] : s;
    }
    return NABA_OK;
}

/* Bounds that are too wide (a start moved forward leaves a smaller lo behind
** it, one moved back a larger hi) only make a search read a few more. */
void link_near_moved(const naba_doc *doc, link_near *r, size_t m) {
    const naba_mention *x = &doc->mentions.v[m];
    if (x->end > x->start && x->end - x->start > r->span) r->span = x->end - x->start;
    for (size_t j = m; j < doc->mentions.n && r->hi[j] < x->start; j++) r->hi[j] = x->start;
    for (size_t j = m + 1; j-- > 0 && r->lo[j] > x->start;) r->lo[j] = x->start;
}

size_t link_near_from(const naba_doc *doc, const link_near *r, naba_off off) {
    if (off <= r->span) return 0;
    size_t lo = 0, hi = doc->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->hi[mid] < off - r->span) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int link_near_past(const link_near *r, size_t i, naba_off off) { return r->lo[i] >= off; }
