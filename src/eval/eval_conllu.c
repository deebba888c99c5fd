/*
** eval_conllu.c — the CoNLL 2018 shared task metrics (see eval_conllu.h).
**
** Each file is first flattened, as the official script does, into one string
** of characters without white space; tokens, sentences and words become spans
** of it. Positions here are byte offsets into that UTF-8 string: they order and
** compare exactly as the script's code point indices do, and are converted to
** characters only for the error message. The word alignment then follows the
** script step by step (find_multiword_span, LCS, span matching), since any
** deviation would change the numbers.
*/
#include "eval_conllu.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define PARENT_ROOT (-1)
#define PARENT_UNKNOWN (-2) /* HEAD "_" */

typedef struct ev_word {
    size_t start, end;          /* span of its token (the whole MWT for MWT words) */
    int mwt;                    /* part of a multiword token */
    const naba_cu_word *w;
    const char *form;           /* compared by LCS: Zs-stripped unless in an MWT */
    const char *feats;          /* universal features only, sorted */
    const char *deprel;         /* universal part only */
    size_t deprel_len;
    int content, functional;
    long parent;                /* index into words, PARENT_ROOT or PARENT_UNKNOWN */
    size_t child_first, child_count; /* functional children in side.children */
} ev_word;

typedef struct ev_span { size_t start, end; } ev_span;

typedef struct ev_side {
    const char *name;
    char *chars; size_t n_chars, cap_chars;
    ev_span *tokens; size_t n_tokens;
    ev_span *sents; size_t n_sents;
    ev_word *words; size_t n_words;
    size_t *children;           /* word indices, grouped by parent */
    naba_arena *arena;
} ev_side;

static const char *const content_deprels[] = {
    "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl",
    "dislocated", "advcl", "advmod", "discourse", "nmod", "appos", "nummod", "acl",
    "amod", "conj", "fixed", "flat", "compound", "list", "parataxis", "orphan",
    "goeswith", "reparandum", "root", "dep", NULL};
static const char *const functional_deprels[] = {
    "aux", "cop", "mark", "det", "clf", "case", "cc", NULL};
static const char *const universal_features[] = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
    "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
    "Voice", "Evident", "Polarity", "Person", "Polite", NULL};

static int in_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0) return 1;
    return 0;
}

/* Unicode general category Zs: what the script deletes from every FORM. */
static int is_zs(uint32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Simple lower casing for the LCS comparison of forms (the script uses
** Python's str.lower; Arabic has no case, so Latin, Greek and Cyrillic suffice). */
static uint32_t lower(uint32_t c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
        (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
        int odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_upper ? (c & 1) : !(c & 1)) return c + 1;
    }
    return c;
}

static int same_form(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b), i = 0, j = 0;
    while (i < na && j < nb) {
        size_t la, lb;
        uint32_t ca = utf8_next(a + i, na - i, &la), cb = utf8_next(b + j, nb - j, &lb);
        if (lower(ca) != lower(cb)) return 0;
        i += la;
        j += lb;
    }
    return i == na && j == nb;
}

/* Append s without its Zs characters to side->chars; returns bytes appended. */
static size_t append_chars(ev_side *d, const char *s) {
    size_t n = strlen(s);
    if (d->n_chars + n + 1 > d->cap_chars) {
        size_t cap = d->cap_chars ? d->cap_chars * 2 : 4096;
        while (cap < d->n_chars + n + 1) cap *= 2;
        char *c = realloc(d->chars, cap);
        if (!c) return (size_t)-1;
        d->chars = c;
        d->cap_chars = cap;
    }
    size_t at = d->n_chars;
    for (size_t i = 0; i < n;) {
        size_t l;
        uint32_t c = utf8_next(s + i, n - i, &l);
        if (!is_zs(c)) { memcpy(d->chars + d->n_chars, s + i, l); d->n_chars += l; }
        i += l;
    }
    d->chars[d->n_chars] = '\0';
    return d->n_chars - at;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "Case=Nom|AdpType=Prep|Number=Sing" -> "Case=Nom|Number=Sing": universal
** features only, sorted as strings, "" when none ("_" included). */
static const char *universal_feats(naba_arena *a, const char *feats) {
    size_t n = strlen(feats), k = 0;
    char *copy = naba_arena_strndup(a, feats, n);
    char *out = naba_arena_alloc(a, n + 1);
    const char **keep = naba_arena_alloc(a, (n / 2 + 1) * sizeof(char *));
    if (!copy || !out || !keep) return NULL;
    for (char *s = copy; s;) {
        char *bar = strchr(s, '|');
        if (bar) *bar = '\0';
        const char *eq = strchr(s, '=');
        if (in_list(universal_features, s, eq ? (size_t)(eq - s) : strlen(s))) keep[k++] = s;
        s = bar ? bar + 1 : NULL;
    }
    qsort(keep, k, sizeof(char *), cmp_str);
    size_t o = 0;
    for (size_t i = 0; i < k; i++) {
        size_t l = strlen(keep[i]);
        if (i) out[o++] = '|';
        memcpy(out + o, keep[i], l);
        o += l;
    }
    out[o] = '\0';
    return out;
}

static naba_status nomem(naba_error *err) { return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }

/* Follow heads from every word; a word met twice on one path is in a cycle.
** state: 0 unvisited, 1 on the current path, 2 done. */
static int has_cycle(const ev_word *w, size_t first, size_t n, unsigned char *state) {
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        while (state[j] == 0) {
            state[j] = 1;
            long p = w[first + j].parent;
            if (p < 0) break;
            j = (size_t)p - first;
        }
        if (state[j] == 1 && w[first + j].parent >= 0) return 1;
        for (j = i; state[j] == 1;) {
            state[j] = 2;
            long p = w[first + j].parent;
            if (p < 0) break;
            j = (size_t)p - first;
        }
    }
    return 0;
}

/* Link parents and functional children of one sentence; check it is a tree. */
static naba_status link_sentence(ev_side *d, const naba_cu_sentence *s, size_t first,
                                 unsigned char *state, naba_error *err) {
    int unknown = 0;
    size_t roots = 0;
    for (size_t i = 0; i < s->n_words; i++) {
        ev_word *w = &d->words[first + i];
        if (w->w->head < 0) { w->parent = PARENT_UNKNOWN; unknown = 1; }
        else if (w->w->head == 0) { w->parent = PARENT_ROOT; roots++; }
        else w->parent = (long)(first + (size_t)w->w->head - 1);
    }
    if (unknown) return NABA_OK; /* no parse: nothing to check */
    memset(state, 0, s->n_words);
    if (has_cycle(d->words, first, s->n_words, state))
        return naba_fail(err, NABA_ERR_FORMAT, s->line, "%s line %zu: there is a cycle in the sentence",
                         d->name, s->line);
    if (roots != 1)
        return naba_fail(err, NABA_ERR_FORMAT, s->line, "%s line %zu: the sentence has %zu roots, not one",
                         d->name, s->line, roots);
    return NABA_OK;
}

/* Flatten a file into characters, token and sentence spans and words. */
static naba_status load_side(ev_side *d, const naba_cu_file *f, const char *name, naba_error *err) {
    memset(d, 0, sizeof(*d));
    d->name = name;
    size_t nw = 0, nt = 0, maxw = 0;
    for (size_t i = 0; i < f->n; i++) {
        nw += f->sents[i].n_words;
        nt += f->sents[i].n_tokens;
        if (f->sents[i].n_words > maxw) maxw = f->sents[i].n_words;
    }
    d->arena = naba_arena_new();
    d->words = calloc(nw + 1, sizeof(ev_word));
    d->tokens = calloc(nt + 1, sizeof(ev_span));
    d->sents = calloc(f->n + 1, sizeof(ev_span));
    d->children = calloc(nw + 1, sizeof(size_t));
    unsigned char *state = malloc(maxw + 1);
    if (!d->arena || !d->words || !d->tokens || !d->sents || !d->children || !state) {
        free(state);
        return nomem(err);
    }
    naba_status st = NABA_OK;
    for (size_t si = 0; si < f->n && st == NABA_OK; si++) {
        const naba_cu_sentence *s = &f->sents[si];
        size_t first = d->n_words;
        d->sents[d->n_sents].start = d->n_chars;
        for (uint32_t ti = 0; ti < s->n_tokens; ti++) {
            const naba_cu_token *t = &s->tokens[ti];
            size_t at = d->n_chars, len = append_chars(d, t->form);
            if (len == (size_t)-1) { st = nomem(err); break; }
            if (len == 0) {
                st = naba_fail(err, NABA_ERR_FORMAT, s->line, "%s line %zu: a FORM is empty (or only spaces)",
                               name, s->line);
                break;
            }
            d->tokens[d->n_tokens++] = (ev_span){at, at + len};
            /* the reader gives a plain word's token the word's own form pointer;
            ** a multiword-token line (even a one-word range) has its own */
            int mwt = t->form != s->words[t->word_first].form;
            for (uint32_t k = 0; k < t->word_count; k++) {
                const naba_cu_word *cw = &s->words[t->word_first + k];
                ev_word *w = &d->words[d->n_words++];
                w->start = at;
                w->end = at + len;
                w->mwt = mwt;
                w->w = cw;
                w->form = mwt ? cw->form : naba_arena_strndup(d->arena, d->chars + at, len);
                w->feats = universal_feats(d->arena, cw->feats);
                const char *colon = strchr(cw->deprel, ':');
                w->deprel = cw->deprel;
                w->deprel_len = colon ? (size_t)(colon - cw->deprel) : strlen(cw->deprel);
                w->content = in_list(content_deprels, w->deprel, w->deprel_len);
                w->functional = in_list(functional_deprels, w->deprel, w->deprel_len);
                if (!w->form || !w->feats) { st = nomem(err); break; }
            }
            if (st != NABA_OK) break;
        }
        d->sents[d->n_sents++].end = d->n_chars;
        if (st == NABA_OK) st = link_sentence(d, s, first, state, err);
    }
    free(state);
    if (st != NABA_OK) return st;
    /* Functional children, grouped by parent in word order (counting sort). */
    for (size_t i = 0; i < d->n_words; i++)
        if (d->words[i].functional && d->words[i].parent >= 0) d->words[d->words[i].parent].child_count++;
    size_t at = 0;
    for (size_t i = 0; i < d->n_words; i++) {
        d->words[i].child_first = at;
        at += d->words[i].child_count;
        d->words[i].child_count = 0;
    }
    for (size_t i = 0; i < d->n_words; i++) {
        ev_word *w = &d->words[i];
        if (!w->functional || w->parent < 0) continue;
        ev_word *p = &d->words[w->parent];
        d->children[p->child_first + p->child_count++] = i;
    }
    return NABA_OK;
}

static void free_side(ev_side *d) {
    free(d->chars);
    free(d->tokens);
    free(d->sents);
    free(d->words);
    free(d->children);
    if (d->arena) naba_arena_free(d->arena);
}

/* ---------------------------------------------------------------- alignment */

typedef struct aligner {
    const ev_side *g, *s;
    size_t *pairs_g, *pairs_s; size_t n_pairs;
    long *sys_to_gold;         /* aligned gold word of each system word, -1 if none */
    int *lcs; size_t cap_lcs;
} aligner;

static void pair(aligner *a, size_t g, size_t s) {
    a->pairs_g[a->n_pairs] = g;
    a->pairs_s[a->n_pairs++] = s;
    a->sys_to_gold[s] = (long)g;
}

static int beyond_end(const ev_side *d, size_t i, size_t end) {
    if (i >= d->n_words) return 1;
    if (d->words[i].mwt) return d->words[i].start >= end;
    return d->words[i].end > end;
}

static size_t extend_end(const ev_word *w, size_t end) {
    return w->mwt && w->end > end ? w->end : end;
}

/* The smallest span from (gi, si) that no multiword token sticks out of;
** on return *gi, *si point after it and *gs, *ss at its start. */
static void multiword_span(const ev_side *g, const ev_side *s, size_t *gi, size_t *si,
                           size_t *gs, size_t *ss) {
    size_t end;
    if (g->words[*gi].mwt) {
        end = g->words[*gi].end;
        if (!s->words[*si].mwt && s->words[*si].start < g->words[*gi].start) (*si)++;
    } else {
        end = s->words[*si].end;
        if (!g->words[*gi].mwt && g->words[*gi].start < s->words[*si].start) (*gi)++;
    }
    *gs = *gi;
    *ss = *si;
    while (!beyond_end(g, *gi, end) || !beyond_end(s, *si, end)) {
        if (*gi < g->n_words && (*si >= s->n_words || g->words[*gi].start <= s->words[*si].start)) {
            end = extend_end(&g->words[*gi], end);
            (*gi)++;
        } else {
            end = extend_end(&s->words[*si], end);
            (*si)++;
        }
    }
}

/* Align the words of a multiword span by the longest common subsequence of
** their forms, then walk it from the front as the script does. */
static naba_status align_lcs(aligner *a, size_t gs, size_t gi, size_t ss, size_t si, naba_error *err) {
    size_t ng = gi - gs, ns = si - ss;
    if (ng * ns > a->cap_lcs) {
        int *t = realloc(a->lcs, ng * ns * sizeof(int));
        if (!t) return nomem(err);
        a->lcs = t;
        a->cap_lcs = ng * ns;
    }
#define L(g, s) a->lcs[(g) * ns + (s)]
    for (size_t g = ng; g-- > 0;) {
        for (size_t s = ns; s-- > 0;) {
            int v = 0;
            if (same_form(a->g->words[gs + g].form, a->s->words[ss + s].form))
                v = 1 + (g + 1 < ng && s + 1 < ns ? L(g + 1, s + 1) : 0);
            if (g + 1 < ng && L(g + 1, s) > v) v = L(g + 1, s);
            if (s + 1 < ns && L(g, s + 1) > v) v = L(g, s + 1);
            L(g, s) = v;
        }
    }
    size_t g = 0, s = 0;
    while (g < ng && s < ns) {
        if (same_form(a->g->words[gs + g].form, a->s->words[ss + s].form)) {
            pair(a, gs + g, ss + s);
            g++;
            s++;
        } else if (L(g, s) == (g + 1 < ng ? L(g + 1, s) : 0)) {
            g++;
        } else {
            s++;
        }
    }
#undef L
    return NABA_OK;
}

static naba_status align_words(aligner *a, naba_error *err) {
    const ev_side *g = a->g, *s = a->s;
    size_t gi = 0, si = 0;
    while (gi < g->n_words && si < s->n_words) {
        const ev_word *gw = &g->words[gi], *sw = &s->words[si];
        if (gw->mwt || sw->mwt) {
            size_t gs, ss;
            multiword_span(g, s, &gi, &si, &gs, &ss);
            if (si > ss && gi > gs) {
                naba_status st = align_lcs(a, gs, gi, ss, si, err);
                if (st != NABA_OK) return st;
            }
        } else if (gw->start == sw->start && gw->end == sw->end) {
            pair(a, gi++, si++);
        } else if (gw->start <= sw->start) {
            gi++;
        } else {
            si++;
        }
    }
    return NABA_OK;
}

/* ---------------------------------------------------------------- scoring */

static naba_ev_score spans_score(const ev_span *g, size_t ng, const ev_span *s, size_t ns) {
    naba_ev_score r = {0, ng, ns, 0, 0};
    size_t gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (s[si].start < g[gi].start) si++;
        else if (g[gi].start < s[si].start) gi++;
        else r.correct += g[gi++].end == s[si++].end;
    }
    return r;
}

/* The gold word a parent stands for: gold parents are themselves, system
** parents their aligned gold word. Distinct negative values keep unknown and
** unaligned parents from ever matching. */
#define NOT_ALIGNED (-3)
#define SYS_UNKNOWN (-4)
static long gold_parent(const aligner *a, long p) { (void)a; return p; }
static long sys_parent(const aligner *a, long p) {
    if (p == PARENT_ROOT) return PARENT_ROOT;
    if (p == PARENT_UNKNOWN) return SYS_UNKNOWN;
    return a->sys_to_gold[p] >= 0 ? a->sys_to_gold[p] : NOT_ALIGNED;
}

static int same_deprel(const ev_word *g, const ev_word *s) {
    return g->deprel_len == s->deprel_len && memcmp(g->deprel, s->deprel, g->deprel_len) == 0;
}
static int same_lemma(const ev_word *g, const ev_word *s) {
    return strcmp(g->w->lemma, "_") == 0 || strcmp(g->w->lemma, s->w->lemma) == 0;
}
static int same_labelled_arc(const aligner *a, const ev_word *g, const ev_word *s) {
    return gold_parent(a, g->parent) == sys_parent(a, s->parent) && same_deprel(g, s);
}
/* MLAS: the functional children must agree one by one, in order. */
static int same_children(const aligner *a, const ev_word *g, const ev_word *s) {
    if (g->child_count != s->child_count) return 0;
    for (size_t i = 0; i < g->child_count; i++) {
        size_t gc = a->g->children[g->child_first + i], sc = a->s->children[s->child_first + i];
        const ev_word *x = &a->g->words[gc], *y = &a->s->words[sc];
        long ys = a->sys_to_gold[sc];
        if ((long)gc != (ys >= 0 ? ys : NOT_ALIGNED) || !same_deprel(x, y) ||
            strcmp(x->w->upos, y->w->upos) || strcmp(x->feats, y->feats))
            return 0;
    }
    return 1;
}

static int metric_match(const aligner *a, int m, const ev_word *g, const ev_word *s) {
    switch (m) {
    case NABA_EV_UPOS: return !strcmp(g->w->upos, s->w->upos);
    case NABA_EV_XPOS: return !strcmp(g->w->xpos, s->w->xpos);
    case NABA_EV_UFEATS: return !strcmp(g->feats, s->feats);
    case NABA_EV_ALLTAGS:
        return !strcmp(g->w->upos, s->w->upos) && !strcmp(g->w->xpos, s->w->xpos) && !strcmp(g->feats, s->feats);
    case NABA_EV_LEMMAS: return same_lemma(g, s);
    case NABA_EV_UAS: return gold_parent(a, g->parent) == sys_parent(a, s->parent);
    case NABA_EV_LAS: case NABA_EV_CLAS: return same_labelled_arc(a, g, s);
    case NABA_EV_MLAS:
        return same_labelled_arc(a, g, s) && !strcmp(g->w->upos, s->w->upos) &&
               !strcmp(g->feats, s->feats) && same_children(a, g, s);
    case NABA_EV_BLEX: return same_labelled_arc(a, g, s) && same_lemma(g, s);
    default: return 0;
    }
}

static naba_ev_score alignment_score(const aligner *a, int m) {
    int content_only = m == NABA_EV_CLAS || m == NABA_EV_MLAS || m == NABA_EV_BLEX;
    naba_ev_score r = {0, 0, 0, 0, m != NABA_EV_WORDS};
    for (size_t i = 0; i < a->g->n_words; i++) r.gold += !content_only || a->g->words[i].content;
    for (size_t i = 0; i < a->s->n_words; i++) r.system += !content_only || a->s->words[i].content;
    for (size_t i = 0; i < a->n_pairs; i++) {
        const ev_word *g = &a->g->words[a->pairs_g[i]], *s = &a->s->words[a->pairs_s[i]];
        if (content_only && !g->content) continue;
        r.aligned++;
        if (m == NABA_EV_WORDS || metric_match(a, m, g, s)) r.correct++;
    }
    return r;
}

/* Index in characters (code points) of byte offset off of s. */
static size_t char_index(const char *s, size_t off) {
    size_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static naba_status check_same_text(const ev_side *g, const ev_side *s, naba_error *err) {
    size_t i = 0;
    while (i < g->n_chars && i < s->n_chars && g->chars[i] == s->chars[i]) i++;
    if (i == g->n_chars && i == s->n_chars) return NABA_OK;
    /* back to a character start (of the side that still has characters at i) */
    const char *at = i < g->n_chars ? g->chars : s->chars;
    while (i > 0 && (((unsigned char)at[i] & 0xC0) == 0x80)) i--;
    size_t c = char_index(at, i);
    /* an empty side has no buffer at all: print it as "" */
    const char *gc = g->n_chars ? g->chars + i : "", *sc = s->n_chars ? s->chars + i : "";
    /* show up to 20 characters of each side from there */
    size_t ge = i, se = i;
    for (int k = 0; k < 20 && ge < g->n_chars; k++) { size_t l; utf8_next(g->chars + ge, g->n_chars - ge, &l); ge += l; }
    for (int k = 0; k < 20 && se < s->n_chars; k++) { size_t l; utf8_next(s->chars + se, s->n_chars - se, &l); se += l; }
    return naba_fail(err, NABA_ERR_FORMAT, c,
                     "the texts of %s and %s differ at character %zu (counting from 1, white space "
                     "removed): '%.*s' vs '%.*s'",
                     g->name, s->name, c + 1, (int)(ge - i), gc, (int)(se - i), sc);
}

naba_status naba_eval_conllu(const naba_cu_file *gold, const char *gold_name,
                             const naba_cu_file *sys, const char *sys_name,
                             naba_ev_result *out, naba_error *err) {
    memset(out, 0, sizeof(*out));
    ev_side g, s;
    naba_status st = load_side(&g, gold, gold_name, err);
    if (st == NABA_OK) st = load_side(&s, sys, sys_name, err);
    else memset(&s, 0, sizeof(s));
    if (st == NABA_OK) st = check_same_text(&g, &s, err);
    aligner a = {&g, &s, NULL, NULL, 0, NULL, NULL, 0};
    if (st == NABA_OK) {
        size_t n = g.n_words < s.n_words ? g.n_words : s.n_words;
        a.pairs_g = malloc((n + 1) * sizeof(size_t));
        a.pairs_s = malloc((n + 1) * sizeof(size_t));
        a.sys_to_gold = malloc((s.n_words + 1) * sizeof(long));
        if (!a.pairs_g || !a.pairs_s || !a.sys_to_gold) st = nomem(err);
        for (size_t i = 0; st == NABA_OK && i < s.n_words; i++) a.sys_to_gold[i] = -1;
    }
    if (st == NABA_OK) st = align_words(&a, err);
    if (st == NABA_OK) {
        out->m[NABA_EV_TOKENS] = spans_score(g.tokens, g.n_tokens, s.tokens, s.n_tokens);
        out->m[NABA_EV_SENTENCES] = spans_score(g.sents, g.n_sents, s.sents, s.n_sents);
        for (int m = NABA_EV_WORDS; m < NABA_EV_COUNT; m++) out->m[m] = alignment_score(&a, m);
    }
    free(a.pairs_g);
    free(a.pairs_s);
    free(a.sys_to_gold);
    free(a.lcs);
    free_side(&g);
    free_side(&s);
    return st;
}

const char *naba_ev_metric_name(int m) {
    static const char *const names[NABA_EV_COUNT] = {
        "Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas",
        "UAS", "LAS", "CLAS", "MLAS", "BLEX"};
    return m >= 0 && m < NABA_EV_COUNT ? names[m] : "?";
}

double naba_ev_precision(const naba_ev_score *s) { return s->system ? (double)s->correct / (double)s->system : 0.0; }
double naba_ev_recall(const naba_ev_score *s) { return s->gold ? (double)s->correct / (double)s->gold : 0.0; }
double naba_ev_f1(const naba_ev_score *s) {
    return s->gold + s->system ? 2.0 * (double)s->correct / (double)(s->gold + s->system) : 0.0;
}
double naba_ev_aligned_acc(const naba_ev_score *s) { return s->aligned ? (double)s->correct / (double)s->aligned : 0.0; }
