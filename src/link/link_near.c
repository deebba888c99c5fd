/*
** link_near.c — the mentions near a span, for the link stage's steps that
** check a span against the others (link_extend's cut and held names,
** link_titles' overlaps): read only those that can reach it, not all of them
** for each (mentions x mentions on one long line).
*/
#include "link.h"

link_near link_near_of(const naba_doc *doc) {
    link_near r = {1, 0};
    for (size_t i = 0; i < doc->mentions.n; i++) {
        const naba_mention *x = &doc->mentions.v[i];
        if (x->end > x->start && x->end - x->start > r.span) r.span = x->end - x->start;
        if (i && x->start < x[-1].start) r.sorted = 0;
    }
    return r;
}

void link_near_moved(const naba_doc *doc, link_near *r, size_t m) {
    const naba_mention *x = &doc->mentions.v[m];
    if (x->end > x->start && x->end - x->start > r->span) r->span = x->end - x->start;
    if ((m && x[-1].start > x->start) || (m + 1 < doc->mentions.n && x[1].start < x->start)) r->sorted = 0;
}

size_t link_near_from(const naba_doc *doc, const link_near *r, naba_off off) {
    return r->sorted ? naba_mention_from(doc, off > r->span ? off - r->span : 0) : 0;
}
