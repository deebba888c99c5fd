/*
** events_match.c — event patterns matched at an anchor token: the required words
** that follow it within its clause (clitic-tolerant), the best of the
** patterns an anchor opens, and the acts a refusing, demanding, proposing
** or threatening verb swallows ("رفض عرض للقاء" is one rejection: 125).
**
** The hot loop of the stage: has_cand and elem_matches run about a million
** times per 150 articles and stay static here, inlined into match_pattern.
*/
#include "events_int.h"

#include <string.h>

#define FIRST_GAP 7      /* the first required word may follow a VSO subject: this far */
#define NOT_GAP 12       /* a figure of speech's object may follow a long subject: "خطفت التقنيات
                         ** والاجهزة التي حملها ... الصحفيون القادمون من شرق اسيا انظار" */
#define ELEM_GAP 4       /* later required words: this many tokens after the previous one */

/* Is s[0..n) (no NUL in it) one of the token's candidates? Patterns ask this
** about nearly a million alternatives per 300 articles: a byte loop, no call. */
static int has_cand(const ev_tok *t, const char *s, size_t n) {
    for (uint32_t i = 0; i < t->n_cands; i++) {
        const char *c = t->cands[i];
        size_t j = 0;
        while (j < n && c[j] == s[j]) j++; /* stops at c's NUL: s has none */
        if (j == n && !c[n]) return 1;
    }
    return 0;
}

/* 2: e matched as a clitic of the token (the next element may be in the same
** token), 1: matched the token, 0: no. Inlined by force: it runs about a
** million times per 150 articles, and when the rules around code_doc grew
** the compiler stopped inlining it on its own (+3.5% instructions in the
** stage, callgrind). */
__attribute__((always_inline)) static inline int elem_matches(const ev_dict *d, const ev_tok *t, const char *e,
                                                              const unsigned char *alts) {
    if (e[0] == '&') {
        for (uint32_t i = 0; i < t->n_cands; i++) if (ev_dict_in_set(d, e, t->cands[i])) return 1;
        return 0;
    }
    for (const unsigned char *a = alts; *a; a += 1 + *a) {
        size_t n = *a;
        const char *p = (const char *)a + 1;
        /* a one-letter preposition is a clitic: "بسحب" holds ب, and the next
        ** word may be in the same token (before the candidates, which hold the
        ** words layer's "ل" of "لهجوم" too) */
        if (n == 2 && (!memcmp(p, "ب", 2) || !memcmp(p, "ل", 2) || !memcmp(p, "ك", 2))) {
            const char *k = t->key;
            if (!strncmp(k, "و", 2) || !strncmp(k, "ف", 2)) k += 2;
            if (!strncmp(k, p, 2) && strlen(k) >= 8) return 2;
        }
        if (has_cand(t, p, n)) return 1;
    }
    return 0;
}

/* Match pattern p anchored at token i; fills c and returns 1 on success. */
static int match_pattern(const ev_work *w, const ev_pattern *p, size_t i, ev_cand *c) {
    size_t end = w->toks[i].clause_end, j = i + 1;
    for (uint32_t k = 0; k < p->n_elems && k < EV_MAX_ELEMS; k++) {
        size_t found = SIZE_MAX;
        size_t gap = k ? ELEM_GAP : p->flags & EVP_NOT ? NOT_GAP : FIRST_GAP;
        for (size_t t = j; t < end && t <= j + gap; t++) {
            int m = elem_matches(w->dict, &w->toks[t], p->elems[k], p->alts[k]);
            if (m) { found = t; j = m == 2 ? t : t + 1; break; }
            /* a required word is the verb's complement, in its clause: not past
            ** another verb or "أن" ("وضع حدا لنزاع ... لكنه أثار" is no "وضع
            ** ثأر"); a figure of speech may reach past a relative clause, and a
            ** name the tagger read as a verb ("ترمب") opens nothing */
            if (w->toks[t].opens && !w->toks[t].named && !(p->flags & EVP_NOT)) break;
        }
        if (found == SIZE_MAX) return 0;
        c->elem_tok[k] = (uint32_t)found;
    }
    c->pat = p;
    c->anchor = (uint32_t)i;
    c->last = p->n_elems ? c->elem_tok[p->n_elems - 1] : (uint32_t)i;
    c->code = p->code;
    return 1;
}

/* The best pattern at token i: most required words, then confidence, then
** the later definition (curated files come after compiled ones). */
int ev_best_at(const ev_work *w, size_t i, ev_cand *best) {
    const ev_tok *t = &w->toks[i];
    int found = 0, def = t->nominal, passive = -1;
    if (!(t->kinds & EVW_ANCHOR)) return 0;
    for (uint32_t c = 0; c < t->n_cands; c++) {
        for (int32_t k = ev_map_get(&w->dict->anchors, t->cands[c]); k >= 0; k = w->dict->pats[k].next) {
            const ev_pattern *p = &w->dict->pats[k];
            if (!p->code || (def && !(p->flags & EVP_NOUN))) continue;
            /* a pattern for the passive only: the verb's voice as the sides read it (ev_gram_of) */
            if ((p->flags & EVP_PASSIVE) && passive < 0) {
                ev_gram g;
                ev_gram_of(w, i, &g);
                passive = g.verb && g.passive;
            }
            if ((p->flags & EVP_PASSIVE) && !passive) continue;
            ev_cand ce;
            memset(&ce, 0, sizeof ce);
            if (!match_pattern(w, p, i, &ce)) continue;
            if (found) {
                const ev_pattern *b = best->pat;
                if (p->n_elems < b->n_elems) continue;
                if (p->n_elems == b->n_elems && (p->conf < b->conf ||
                    (p->conf == b->conf && (p->file < b->file || (p->file == b->file && p->line < b->line)))))
                    continue;
            }
            *best = ce;
            found = 1;
        }
    }
    /* "خطفت الأضواء", "فجرت أزمة": the words say something else */
    return found && !(best->pat->flags & EVP_NOT);
}

/* A verb of refusal, demand, offer or threat swallows the act it is about and
** may take a more precise code from it ("رفض عرض للقاء" -> 125). */
static const char *refine(const char *outer, const char *inner) {
    static const struct { const char *outer, *inner, *code; } table[] = {
        {"12", "04", "125"}, {"12", "03", "125"}, {"12", "087", "1246"}, {"12", "08", "124"},
        {"10", "04", "106"}, {"10", "03", "106"}, {"10", "087", "1056"}, {"10", "08", "105"},
        {"10", "084", "1053"}, {"13", "16", "1312"}, {"13", "163", "1312"}, {"13", "18", "138"},
        {"13", "19", "138"}, {"13", "20", "138"}, {"03", "04", "036"}, {"03", "08", "035"}, {"03", "084", "0353"},
        {"03", "087", "0356"}};
    size_t ol = strlen(outer);
    /* only a generic outer code is refined: 120, 100, 130, 030 */
    if (ol > 3 || (ol == 3 && outer[2] != '0')) return outer;
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        size_t il = strlen(table[i].inner);
        if (strncmp(outer, table[i].outer, 2) || strncmp(inner, table[i].inner, il) || il <= best_len) continue;
        best = table[i].code;
        best_len = il;
    }
    return best ? best : outer;
}

void ev_absorb(const ev_work *w, ev_cand *ev, size_t n) {
    for (size_t a = 0; a < n; a++) {
        if (ev[a].dropped) continue;
        uint32_t flags = ev[a].pat->flags;
        uint32_t reach = ev[a].last;
        if (flags & EV_SWALLOWS) {
            uint32_t r = ev[a].anchor + EV_COMPLEMENT;
            /* "ترامب، الذي ضغط من أجل إنهاء الصراع، سوف يجتمع": a comma not
            ** followed by "و" closes what the verb is about */
            for (uint32_t t = ev[a].last; t < r && t + 1 < w->n_toks; t++)
                if (w->toks[t].brk_comma && strncmp(w->toks[t + 1].key, "و", 2)) { r = t; break; }
            if (r > reach) reach = r;
        }
        for (size_t b = 0; b < n; b++) {
            if (b == a || ev[b].dropped || ev[b].anchor <= ev[a].anchor || ev[b].anchor > reach) continue;
            int inside = 0;
            for (uint32_t k = 0; k < ev[a].pat->n_elems; k++) inside |= ev[a].elem_tok[k] == ev[b].anchor;
            if (!inside && !(flags & EV_SWALLOWS)) continue;
            /* a swallowed event with its own swallowing verb is a new clause */
            if (!inside && (ev[b].pat->flags & EV_SWALLOWS)) continue;
            if (flags & EV_SWALLOWS) ev[a].code = refine(ev[a].code, ev[b].code);
            ev[b].dropped = 1;
        }
    }
}
