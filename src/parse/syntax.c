/*
** syntax.c — queries over the dependency trees of doc->words (see syntax.h).
**
** Trees never cross sentences, so every query scans only the sentence of the
** word it starts from; sentences are short enough that a scan beats keeping
** child lists, and the document model stays the plain head array.
*/
#include "syntax.h"

#include <string.h>

int naba_syn_rel_is(const naba_word *w, const char *rel) {
    size_t k = strlen(rel);
    return w->deprel && !strncmp(w->deprel, rel, k) && (w->deprel[k] == '\0' || w->deprel[k] == ':');
}

static int valid(const naba_doc *doc, int32_t w) { return w >= 0 && (size_t)w < doc->words.n; }

int naba_syn_depth_below(const naba_doc *doc, int32_t w, int limit, naba_syn_stop stop, const void *ctx) {
    int d = 0;
    if (!valid(doc, w)) return 0;
    for (int32_t h = doc->words.v[w].head; valid(doc, h) && d < limit; h = doc->words.v[h].head) {
        if (stop && stop(doc, h, ctx)) break;
        d++;
    }
    return d;
}

int naba_syn_depth(const naba_doc *doc, int32_t w, int limit) { return naba_syn_depth_below(doc, w, limit, NULL, NULL); }

/* The words of w's sentence: [*lo, *hi). */
static void sentence_of(const naba_doc *doc, int32_t w, size_t *lo, size_t *hi) {
    uint32_t s = doc->words.v[w].sent;
    if (s < doc->sents.n) {
        const naba_sentence *x = &doc->sents.v[s];
        if (x->word_count && (size_t)w >= x->word_first && (size_t)w < (size_t)x->word_first + x->word_count) {
            *lo = x->word_first;
            *hi = (size_t)x->word_first + x->word_count;
            return;
        }
    }
    *lo = (size_t)w;
    while (*lo > 0 && doc->words.v[*lo - 1].sent == s) (*lo)--;
    *hi = (size_t)w + 1;
    while (*hi < doc->words.n && doc->words.v[*hi].sent == s) (*hi)++;
}

int naba_syn_children(const naba_doc *doc, int32_t head, int32_t *out, int cap) {
    if (!valid(doc, head)) return 0;
    size_t lo, hi;
    int n = 0;
    sentence_of(doc, head, &lo, &hi);
    for (size_t i = lo; i < hi; i++)
        if (doc->words.v[i].head == head) {
            if (n < cap) out[n] = (int32_t)i;
            n++;
        }
    return n;
}

/* Is w a clitic: a word sharing its token with a word before it? */
static int is_clitic(const naba_doc *doc, int32_t w) {
    const naba_word *x = &doc->words.v[w];
    if (x->token >= doc->tokens.n) return 0;
    const naba_token *t = &doc->tokens.v[x->token];
    return t->word_count > 1 && (uint32_t)w != t->word_first;
}

static void add(int32_t *v, int *n, int32_t w) {
    if (*n < NABA_SYN_MAX_ARGS) v[(*n)++] = w;
}

static void arguments(const naba_doc *doc, int32_t verb, naba_syn_args *out, int depth) {
    memset(out, 0, sizeof(*out));
    if (!valid(doc, verb)) return;
    const naba_word *v = &doc->words.v[verb];
    out->passive = v->feats && strstr(v->feats, "Voice=Pass") != NULL;
    int32_t kids[128];
    int n = naba_syn_children(doc, verb, kids, 128);
    if (n > 128) n = 128;
    for (int i = 0; i < n; i++) {
        const naba_word *c = &doc->words.v[kids[i]];
        if (naba_syn_rel_is(c, "nsubj") || naba_syn_rel_is(c, "csubj")) {
            add(out->subj, &out->n_subj, kids[i]);
            if (c->deprel && strstr(c->deprel, ":pass")) out->passive = out->subj_pass = 1;
            if (is_clitic(doc, kids[i])) out->subj_clitic = 1;
        } else if (naba_syn_rel_is(c, "obj")) {
            add(out->obj, &out->n_obj, kids[i]);
            if (is_clitic(doc, kids[i])) out->obj_clitic = 1;
        } else if (naba_syn_rel_is(c, "iobj")) {
            add(out->iobj, &out->n_iobj, kids[i]);
        } else if (naba_syn_rel_is(c, "obl")) {
            add(out->obl, &out->n_obl, kids[i]);
        } else if (naba_syn_rel_is(c, "ccomp")) {
            add(out->ccomp, &out->n_ccomp, kids[i]);
        }
    }
    /* "met and agreed": a conjunct without its own subject shares the first one's */
    if (out->n_subj == 0 && naba_syn_rel_is(v, "conj") && valid(doc, v->head) && depth < 16) {
        naba_syn_args first;
        arguments(doc, v->head, &first, depth + 1);
        memcpy(out->subj, first.subj, sizeof(first.subj));
        out->n_subj = first.n_subj;
        out->subj_clitic = first.subj_clitic;
        out->subj_inherited = first.n_subj > 0;
    }
}

void naba_syn_arguments(const naba_doc *doc, int32_t verb, naba_syn_args *out) {
    arguments(doc, verb, out, 0);
}

static int nominal(int upos) {
    return upos == NABA_UPOS_NOUN || upos == NABA_UPOS_PROPN || upos == NABA_UPOS_PRON ||
           upos == NABA_UPOS_X || upos == NABA_UPOS_NUM;
}

int32_t naba_syn_head_noun(const naba_doc *doc, int32_t w) {
    if (!valid(doc, w)) return -1;
    const naba_word *x = &doc->words.v[w];
    if (nominal(x->upos) && x->upos != NABA_UPOS_NUM) return w;
    /* a quantifier, number or adjective heading a construct: its nominal dependent */
    int32_t kids[64];
    int n = naba_syn_children(doc, w, kids, 64);
    for (int i = 0; i < n && i < 64; i++) {
        const naba_word *c = &doc->words.v[kids[i]];
        if (kids[i] > w && nominal(c->upos) && c->upos != NABA_UPOS_NUM && naba_syn_rel_is(c, "nmod"))
            return kids[i];
    }
    return w;
}

int32_t naba_syn_case(const naba_doc *doc, int32_t w) {
    int32_t kids[64];
    int n = naba_syn_children(doc, w, kids, 64);
    for (int i = 0; i < n && i < 64; i++)
        if (naba_syn_rel_is(&doc->words.v[kids[i]], "case")) return kids[i];
    return -1;
}

/* Is w inside the subtree of head (within one sentence)? */
static int dominated(const naba_doc *doc, int32_t w, int32_t head, size_t limit) {
    for (size_t steps = 0; w >= 0 && steps <= limit; steps++) {
        if (w == head) return 1;
        w = doc->words.v[w].head;
        if (!valid(doc, w)) return 0;
    }
    return 0;
}

int naba_syn_span(const naba_doc *doc, int32_t head, unsigned flags, int32_t *first, int32_t *last,
                  naba_off *start, naba_off *end) {
    if (!valid(doc, head)) return 0;
    size_t lo, hi;
    sentence_of(doc, head, &lo, &hi);
    int32_t a = head, b = head;
    for (size_t i = lo; i < hi; i++)
        if (dominated(doc, (int32_t)i, head, hi - lo)) {
            if ((int32_t)i < a) a = (int32_t)i;
            if ((int32_t)i > b) b = (int32_t)i;
        }
    for (;;) { /* trim, never past the head itself */
        const naba_word *x = &doc->words.v[a], *y = &doc->words.v[b];
        if (a < head && (((flags & NABA_SYN_SPAN_NO_PUNCT) && x->upos == NABA_UPOS_PUNCT) ||
                         ((flags & NABA_SYN_SPAN_NO_CASE) &&
                          (naba_syn_rel_is(x, "case") || naba_syn_rel_is(x, "cc") || naba_syn_rel_is(x, "mark")))))
            a++;
        else if (b > head && (flags & NABA_SYN_SPAN_NO_PUNCT) && y->upos == NABA_UPOS_PUNCT)
            b--;
        else
            break;
    }
    if (first) *first = a;
    if (last) *last = b;
    if (start) *start = doc->words.v[a].start;
    if (end) *end = doc->words.v[b].end;
    return 1;
}
