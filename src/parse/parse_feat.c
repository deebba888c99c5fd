/*
** parse_feat.c — the arc-hybrid transition system and the features both
** perceptron models see (see parse.h). Shared by the parser and the trainer,
** so training and parsing can never disagree about a feature.
**
** A feature is a 64-bit key: a template number mixed with the values it
** combines (hashes of forms and lemmas, small codes of tags). Keys index the
** hashed tables of the model; nothing here allocates per word.
*/
#include "parse.h"
#include "arena.h"

#include <string.h>

/* ---------------------------------------------------------------- words */

static uint64_t hash_str(const char *s, size_t n) { return naba_fnv1a64(s, n, NABA_FNV_INIT); }

/* A feature value as a small code: 0 absent, else 1..250 (a hash, so any
** tag set works; the models only need values to differ). */
static uint8_t value_code(const char *v, size_t n) { return (uint8_t)(hash_str(v, n) % 250 + 1); }

/* The codes of the features a FEATS string gives (Case ... Voice, in
** the order of parse_feats_val's codes; 0 absent) into the parse_word's fields. */
#define FEAT(name, field) {name, sizeof name - 1, offsetof(parse_word, field)}
static const struct { const char *key; size_t len, off; } feat_keys[PARSE_FEATS_CODES] = {
    FEAT("Case", cas), FEAT("Definite", def), FEAT("Number", num), FEAT("Gender", gen),
    FEAT("Person", per), FEAT("Aspect", asp), FEAT("Voice", voice)};
#undef FEAT

static void feats_codes(const char *feats, uint8_t *codes) {
    memset(codes, 0, PARSE_FEATS_CODES);
    for (const char *s = feats; s && *s && strcmp(s, "_");) {
        const char *bar = strchr(s, '|'), *end = bar ? bar : s + strlen(s);
        const char *eq = memchr(s, '=', (size_t)(end - s));
        if (eq)
            for (size_t k = 0; k < PARSE_FEATS_CODES; k++)
                if (feat_keys[k].len == (size_t)(eq - s) && !memcmp(feat_keys[k].key, s, feat_keys[k].len))
                    codes[k] = value_code(eq + 1, (size_t)(end - eq - 1));
        s = bar ? bar + 1 : NULL;
    }
}

/* The hash of a FEATS string of n bytes for the memo: its 8-byte words mixed
** (strings of one tag set share their starts and ends, so all of it). */
static uint64_t feats_hash(const char *s, size_t n) {
    uint64_t h = n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        h = (h ^ x) * 0x100000001b3ULL;
    }
    uint64_t x = 0;
    memcpy(&x, s + i, n - i);
    return naba_mix64(h ^ x);
}

static void word_set(parse_word *pw, const char *form, const char *lemma, int upos, const char *feats, int clitic,
                     const morph_cmap *clusters, const naba_slotcache *memo) {
    char buf[256];
    memset(pw, 0, sizeof(*pw));
    size_t n = naba_fold(form ? form : "", form ? strlen(form) : 0, NABA_FOLD_DEFAULT, buf, sizeof buf);
    pw->form = hash_str(buf, n);
    uint32_t c = clusters ? morph_cmap_get(clusters, morph_clus_hash(buf, n)) : 0;
    pw->cl = (uint16_t)c;
    pw->ccl = (uint16_t)(c >> 16);
    pw->lemma = lemma ? hash_str(lemma, strlen(lemma)) : 0;
    if (upos == NABA_UPOS_PROPN || upos < 0) upos = NABA_UPOS_X;
    pw->upos = (uint8_t)upos;
    pw->clitic = (uint8_t)clitic;
    uint8_t codes[PARSE_FEATS_CODES];
    size_t fn = memo && feats ? strlen(feats) : 0;
    parse_feats_val *slot = NULL;
    int hit = 0;
    if (fn && naba_slotcache_fits(memo, PARSE_FEATS_MEMO_SHAPE, fn))
        slot = naba_slotcache_find(memo, PARSE_FEATS_MEMO_SHAPE, feats_hash(feats, fn), 0, feats, fn, &hit);
    if (slot && hit) {
        memcpy(codes, slot->codes, PARSE_FEATS_CODES);
    } else {
        if (slot) naba_slotcache_fill(PARSE_FEATS_MEMO_SHAPE, slot, 0, feats, fn); /* claimed: codes always fit */
        feats_codes(feats, codes);
        if (slot) memcpy(slot->codes, codes, PARSE_FEATS_CODES);
    }
    for (size_t k = 0; k < PARSE_FEATS_CODES; k++) ((uint8_t *)pw)[feat_keys[k].off] = codes[k];
}

void parse_word_set(parse_word *pw, const char *form, const char *lemma, int upos,
                    const char *feats, int clitic, const morph_cmap *clusters) {
    word_set(pw, form, lemma, upos, feats, clitic, clusters, NULL);
}

/* ROOT and "none" get tags of their own beyond the UPOS range. */
static void set_pseudo(parse_word *w, int n) {
    memset(&w[n], 0, 2 * sizeof(parse_word));
    w[n].upos = NABA_UPOS_COUNT;
    w[n].form = w[n].lemma = 1;
    w[n + 1].upos = NABA_UPOS_COUNT + 1;
    w[n + 1].form = w[n + 1].lemma = 2;
}

static int clitic_position(uint32_t index, uint32_t count) {
    if (count <= 1) return 0;
    return index == 0 ? 1 : index + 1 == count ? 3 : 2;
}

/* Whether word x belongs to a token the morph stage flagged as one the
** treebank leaves whole and unanalysed (--treebank-tokens), in one word or
** split in several (ل + عصام). */
static int collapsed(const naba_doc *doc, const naba_word *x) {
    return x->token < doc->tokens.n && doc->tokens.v[x->token].unanalysed;
}

parse_word *parse_words_from_doc(const naba_doc *doc, naba_arena *a, size_t first, size_t n, const morph_cmap *c,
                                 int *pos, int *m, const naba_slotcache *memo) {
    parse_word *w = naba_arena_alloc(a, (n + 2) * sizeof(parse_word));
    if (!w) return NULL;
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        const naba_word *x = &doc->words.v[first + i];
        /* a flagged token is read as the treebank writes it and as training
        ** saw it: one X word, its surface as form and lemma, no features */
        if (collapsed(doc, x)) {
            if (i > 0 && x[-1].token == x->token) { pos[i] = k - 1; continue; }
            const naba_token *t = &doc->tokens.v[x->token];
            char *s = naba_arena_strndup(a, doc->text + t->start, t->end - t->start);
            if (!s) return NULL;
            pos[i] = k;
            parse_word_set(&w[k++], s, s, NABA_UPOS_X, "_", 0, c);
            continue;
        }
        int cl = 0;
        if (x->token < doc->tokens.n) {
            const naba_token *t = &doc->tokens.v[x->token];
            cl = clitic_position((uint32_t)(first + i - t->word_first), t->word_count);
        }
        pos[i] = k;
        word_set(&w[k++], x->form, x->lemma, x->upos, x->feats, cl, c, memo);
    }
    set_pseudo(w, k);
    *m = k;
    return w;
}

parse_word *parse_words_from_cu(const naba_cu_sentence *s, naba_arena *a, const morph_cmap *c) {
    parse_word *w = naba_arena_alloc(a, (s->n_words + 2) * sizeof(parse_word));
    if (!w) return NULL;
    for (uint32_t i = 0; i < s->n_words; i++) {
        const naba_cu_word *x = &s->words[i];
        const naba_cu_token *t = &s->tokens[x->token];
        parse_word_set(&w[i], x->form, x->lemma, naba_upos_from_name(x->upos), x->feats,
                       clitic_position(i - t->word_first, t->word_count), c);
    }
    set_pseudo(w, (int)s->n_words);
    return w;
}

void parse_reverse_words(parse_word *w, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        parse_word x = w[i];
        w[i] = w[j];
        w[j] = x;
    }
}

void parse_reverse_tree(int *heads, int *labels, int n) {
    for (int i = 0, j = n - 1; i <= j; i++, j--) {
        int hi = heads[i], li = labels[i], hj = heads[j];
        heads[i] = hj < 0 || hj >= n ? hj : n - 1 - hj, labels[i] = labels[j];
        heads[j] = hi < 0 || hi >= n ? hi : n - 1 - hi, labels[j] = li;
    }
}

/* ---------------------------------------------------------------- transitions */

uint64_t parse_arg_mask(const char *const *labels, int n) {
    static const char *const args[] = {"nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", NULL};
    uint64_t m = 0;
    for (int i = 0; i < n && i < 64; i++)
        for (const char *const *a = args; *a; a++) {
            size_t k = strlen(*a);
            if (!strncmp(labels[i], *a, k) && (labels[i][k] == '\0' || labels[i][k] == ':')) m |= 1ULL << i;
        }
    return m;
}

static void node_clear(parse_node *x, int word, int none) {
    memset(x, 0, sizeof(*x));
    x->word = word;
    x->lc = x->lc2 = x->rc = x->rc2 = none;
    x->lcl = x->lc2l = x->rcl = x->rc2l = 255;
}

int parse_state_init(parse_state *st, const parse_word *w, int n, uint64_t arg_mask, naba_arena *a) {
    parse_node *none = naba_arena_alloc(a, sizeof(parse_node));
    if (!none) return 0;
    node_clear(none, n + 1, n + 1);
    none->below = none; /* s1 and s2 of a short stack are "none" too */
    memset(st, 0, sizeof(*st));
    st->w = w;
    st->n = n;
    st->arg_mask = arg_mask;
    st->top = none;
    st->arena = a;
    node_clear(&st->front, 0, n + 1);
    return 1;
}

int parse_legal(const parse_state *st, int t) {
    switch (t) {
    case T_SHIFT: return st->b < st->n;
    case T_LEFT: return st->depth > 0 && (st->b < st->n || st->depth == 1);
    case T_RIGHT: return st->depth >= 2;
    default: return 0;
    }
}

int parse_terminal(const parse_state *st) { return st->depth == 0 && st->b >= st->n; }

/* Head x takes child d with relation label. */
static void attach(parse_node *x, int d, int label) {
    if (label < 64) x->kids |= 1ULL << label;
    if (d < x->word) { /* left children arrive nearest first */
        x->lc2 = x->lc, x->lc2l = x->lcl;
        x->lc = d, x->lcl = (uint8_t)label;
        if (x->nl < 255) x->nl++;
    } else {           /* right children arrive left to right */
        x->rc2 = x->rc, x->rc2l = x->rcl;
        x->rc = d, x->rcl = (uint8_t)label;
        if (x->nr < 255) x->nr++;
    }
}

int parse_apply(parse_state *st, int t, int label) {
    /* both are written whole below, so not zeroed first (two per word) */
    parse_step *step = naba_arena_alloc_raw(st->arena, sizeof(parse_step));
    parse_node *x = t == T_LEFT ? NULL : naba_arena_alloc_raw(st->arena, sizeof(parse_node));
    if (!step || (t != T_LEFT && !x)) return 0;
    *step = (parse_step){st->last, -1, -1, (uint8_t)t, (uint8_t)label};
    if (t == T_SHIFT) {
        *x = st->front;
        x->below = st->top;
        st->top = x;
        st->depth++;
        node_clear(&st->front, ++st->b, st->n + 1);
    } else if (t == T_LEFT) {
        step->dep = st->top->word;
        step->head = st->b;
        attach(&st->front, step->dep, label);
        st->top = st->top->below;
        st->depth--;
    } else {
        step->dep = st->top->word;
        *x = *st->top->below;
        step->head = x->word;
        attach(x, step->dep, label);
        st->top = x;
        st->depth--;
    }
    st->last = step;
    return 1;
}

void parse_tree(const parse_state *st, int *heads, int *labels) {
    for (const parse_step *s = st->last; s; s = s->prev)
        if (s->dep >= 0) {
            heads[s->dep] = s->head == st->n ? -1 : s->head;
            labels[s->dep] = s->label;
        }
}

int parse_beam_step(const parse_scorer *s, const parse_item *in, int n_in, parse_item *out, int width) {
    typedef struct { float score; int item, t; } cand;
    cand best[PARSE_MAX_BEAM];
    int nb = 0;
    for (int i = 0; i < n_in; i++) {
        float sc[T_COUNT] = {0};
        s->trans(s->ctx, &in[i].st, sc);
        for (int t = 0; t < T_COUNT; t++) {
            if (!parse_legal(&in[i].st, t)) continue;
            cand c = {in[i].score + sc[t], i, t};
            int j = nb < width ? nb++ : width; /* insertion into the sorted best */
            while (j > 0 && best[j - 1].score < c.score) {
                if (j < width) best[j] = best[j - 1];
                j--;
            }
            if (j < width) best[j] = c;
        }
    }
    for (int j = 0; j < nb; j++) {
        const parse_item *p = &in[best[j].item];
        int t = best[j].t, label = 0;
        if (t == T_LEFT && p->st.b == p->st.n) label = s->root_label;
        else if (t != T_SHIFT) label = s->relation(s->ctx, &p->st, t);
        out[j] = (parse_item){p->st, best[j].score, best[j].item, t, 0};
        if (!parse_apply(&out[j].st, t, label)) return -1;
    }
    return nb;
}

/* ---------------------------------------------------------------- features */

/* Each step is a bijection of the value it adds (a multiply by an odd
** constant, a xor-shift), so keys differ whenever one value differs, and the
** final mix spreads them over the table; two multiplies fewer than mixing
** after every value, ~190 times per word. */
static inline uint64_t key(unsigned tpl, uint64_t a, uint64_t b, uint64_t c) {
    uint64_t h = (a ^ (uint64_t)tpl * 0x9E3779B97F4A7C15ULL) * 0xff51afd7ed558ccdULL;
    h = ((h ^ h >> 32) + b) * 0xc4ceb9fe1a85ec53ULL;
    return naba_mix64((h ^ h >> 29) + c);
}

/* Bits: which of number, gender, definiteness and case two words share. */
static uint64_t agree(const parse_word *w, int a, int b) {
    return (uint64_t)(w[a].num == w[b].num) | (uint64_t)(w[a].gen == w[b].gen) << 1 |
           (uint64_t)(w[a].def == w[b].def) << 2 | (uint64_t)(w[a].cas == w[b].cas) << 3;
}

static int dist_bucket(int d) {
    if (d < 0) d = -d;
    return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

/* The small codes of a word packed in one value. */
static uint64_t morph(const parse_word *w) {
    return (uint64_t)w->cas | (uint64_t)w->def << 8 | (uint64_t)w->num << 16 | (uint64_t)w->gen << 24;
}
static uint64_t verbal(const parse_word *w) {
    return (uint64_t)w->asp | (uint64_t)w->voice << 8 | (uint64_t)w->per << 16 | (uint64_t)w->upos << 24;
}

/* The words at the positions of st (P_S0 ... P_B2; n + 1 for none). */
static void positions(const parse_state *st, int *at) {
    const parse_node *n0 = st->top, *n1 = n0->below;
    int n = st->n, none = n + 1;
    at[P_S0] = n0->word, at[P_S1] = n1->word, at[P_S2] = n1->below->word;
    at[P_B0] = st->b;
    at[P_B1] = st->b + 1 <= n ? st->b + 1 : none;
    at[P_B2] = st->b + 2 <= n ? st->b + 2 : none;
}

#define P(x) ((uint64_t)w[x].upos)
#define W(x) (w[x].form)
#define L(x) (w[x].lemma)
#define CL(x) ((uint64_t)w[x].cl)
#define CC(x) ((uint64_t)w[x].ccl)
#define F(t, a, b, c) (out[k++] = key((t), (a), (b), (c)))

/* What a word says alone at s0, s1 or b0, under the template numbers t. */
static int word_alone(const parse_word *w, int x, const unsigned *t, uint64_t *out) {
    int k = 0;
    F(t[0], W(x), P(x), 0); F(t[1], W(x), 0, 0); F(t[2], P(x), 0, 0); F(t[3], L(x), 0, 0);
    F(t[4], morph(&w[x]), P(x), 0); F(t[5], w[x].clitic, P(x), 0); F(t[6], verbal(&w[x]), 0, 0);
    F(t[7], CL(x), P(x), 0);
    return k;
}

int parse_word_features(const parse_word *w, int x, int pos, uint64_t *out) {
    static const unsigned s0[] = {1, 2, 3, 4, 20, 23, 27, 84}, s1[] = {5, 6, 7, 8, 21, 25, 28, 86},
                          b0[] = {9, 10, 11, 12, 22, 24, 29, 85};
    int k = 0;
    switch (pos) {
    case P_S0: return word_alone(w, x, s0, out);
    case P_S1: return word_alone(w, x, s1, out);
    case P_B0: return word_alone(w, x, b0, out);
    case P_S2: F(18, W(x), P(x), 0); F(19, P(x), 0, 0); break;
    case P_B1:
        F(13, W(x), P(x), 0); F(14, W(x), 0, 0); F(15, P(x), 0, 0); F(26, w[x].clitic, P(x), W(x));
        F(87, CL(x), P(x), 0);
        break;
    case P_B2: F(16, W(x), P(x), 0); F(17, P(x), 0, 0); break;
    }
    return k;
}

/* The configuration's features, those of the stack alone (part
** PARSE_STACK: the words s0, s1, s2 and the children of s1, with the bias)
** or the others (PARSE_REST) or both, in the one order the trainer sees. */
#define S(t, a, b, c) do { if (part & PARSE_STACK) F(t, a, b, c); } while (0)
#define R(t, a, b, c) do { if (part & PARSE_REST) F(t, a, b, c); } while (0)
/* inlined into each caller, so that each part is a function of its own keys */
static inline __attribute__((always_inline)) int config_features(const parse_state *st, uint64_t *out, int part) {
    const parse_word *w = st->w;
    const parse_node *n0 = st->top, *n1 = n0->below, *fr = &st->front;
    int at[P_COUNT], n = st->n, k = 0;
    positions(st, at);
    int s0 = at[P_S0], s1 = at[P_S1], s2 = at[P_S2], b0 = at[P_B0], b1 = at[P_B1], b2 = at[P_B2];
    int s0l = n0->lc, s0r = n0->rc, s1r = n1->rc, s1l = n1->lc, b0l = fr->lc;
    S(0, 0, 0, 0); /* bias */
    /* pairs of s0 and b0, s1 and s0 */
    R(30, W(s0) ^ P(s0), W(b0), P(b0)); R(31, W(s0), P(s0), P(b0)); R(32, P(s0), W(b0), P(b0));
    R(33, W(s0), W(b0), 0); R(34, P(s0), P(b0), 0); R(35, L(s0), L(b0), 0);
    S(36, W(s1), P(s1), P(s0)); S(37, P(s1), W(s0), P(s0)); S(38, P(s1), P(s0), 0); S(39, L(s1), L(s0), 0);
    R(40, P(b0), P(b1), 0); R(41, L(s0), P(b0), 0); R(42, P(s0), L(b0), 0);
    S(43, L(s1), P(s0), 0); S(44, P(s1), L(s0), 0);
    /* triples */
    R(45, P(b0), P(b1), P(b2)); R(46, P(s0), P(b0), P(b1)); R(47, P(s1), P(s0), P(b0));
    S(48, P(s2), P(s1), P(s0)); R(49, P(s1), P(s0), P(b1));
    /* children */
    R(50, P(s0), P(s0l), P(b0)); R(51, P(s0), P(s0r), P(b0)); R(52, P(s0), P(b0), P(b0l));
    S(53, P(s1), P(s1r), P(s0)); R(54, P(s1), P(s0), P(s0r)); S(55, P(s1), P(s1l), P(s0));
    R(56, P(s0), n0->lcl, n0->rcl); S(57, P(s1), n1->lcl, n1->rcl); R(58, P(b0), fr->lcl, fr->lc2l);
    R(59, P(s0), n0->lcl, n0->lc2l); R(60, P(s0), n0->rcl, n0->rc2l);
    /* valency and arguments already found */
    R(64, P(s0), n0->nl, n0->nr);
    R(66, P(s0), n0->kids & st->arg_mask, P(b0)); S(67, P(s1), n1->kids & st->arg_mask, P(s0));
    S(68, L(s1), n1->kids & st->arg_mask, morph(&w[s0]));
    R(69, L(b0), fr->kids & st->arg_mask, morph(&w[s0]));
    /* distances */
    int d0 = (s0 < n && b0 < n) ? dist_bucket(b0 - s0) : 9, d1 = (s1 < n && s0 < n) ? dist_bucket(s0 - s1) : 9;
    R(70, d0, P(s0), P(b0)); S(73, d1, P(s1), P(s0));
    /* morphology of the pairs: construct state, agreement, case */
    R(76, morph(&w[s0]), morph(&w[b0]), P(s0) << 8 | P(b0));
    S(77, morph(&w[s1]), morph(&w[s0]), P(s1) << 8 | P(s0));
    S(78, verbal(&w[s1]), morph(&w[s0]), d1);
    R(79, verbal(&w[b0]), morph(&w[s0]), d0);
    R(80, w[s0].clitic, w[b0].clitic, P(s0) << 8 | P(b0));
    R(81, L(s0), P(s0l), n0->lcl); R(82, L(b0), P(b0l), fr->lcl);
    R(83, st->depth > 3 ? 3 : st->depth, P(s0), P(b0));
    /* word clusters: what the forms say, for words the treebank rarely shows */
    R(88, CL(s0), CL(b0), 0); R(89, CL(s0), P(b0), P(s0)); R(90, P(s0), CL(b0), P(b0)); S(91, CL(s1), CL(s0), 0);
    R(92, CC(s1), CC(s0), CC(b0)); R(93, CC(s0), CC(b0), CC(b1));
    /* agreement of the pairs (number, gender, definiteness, case alike), and
    ** every relation of the children (label sets, Zhang & Nivre 2011) */
    R(94, agree(w, s0, b0), P(s0), P(b0)); S(95, agree(w, s1, s0), P(s1), P(s0));
    R(96, W(s0), n0->kids, 0); R(97, P(b0), fr->kids, 0); R(98, P(s0), n0->kids, P(b0));
    R(99, P(b0), fr->nl, P(s0));
    return k;
}
#undef S
#undef R

int parse_config_features(const parse_state *st, uint64_t *out) {
    return config_features(st, out, PARSE_STACK | PARSE_REST);
}

int parse_config_part(const parse_state *st, int part, uint64_t *out) {
    return part == PARSE_STACK ? config_features(st, out, PARSE_STACK) : config_features(st, out, PARSE_REST);
}
#undef F

int parse_trans_features(const parse_state *st, uint64_t *out) {
    int at[P_COUNT], k = parse_config_features(st, out);
    positions(st, at);
    for (int p = 0; p < P_COUNT; p++) k += parse_word_features(st->w, at[p], p, out + k);
    return k;
}

int parse_rel_features(const parse_state *st, int t, uint64_t *out) {
    const parse_word *w = st->w;
    const parse_node *dn = st->top, *hn = t == T_LEFT ? &st->front : dn->below;
    int n = st->n, none = n + 1, k = 0, d = dn->word, h = hn->word;
    int dir = d < h, dist = dist_bucket(h - d);
    int dl = dn->lc, dr = dn->rc, prev = d > 0 ? d - 1 : none, next = d + 1 < n ? d + 1 : none;
#define F(t, a, b, c) (out[k++] = key(100 + (t), (a), (b), (c)))
    F(0, 0, 0, 0);
    F(1, W(d), 0, 0); F(2, L(d), 0, 0); F(3, P(d), 0, 0); F(4, P(d), morph(&w[d]), 0);
    F(5, W(h), 0, 0); F(6, L(h), 0, 0); F(7, P(h), 0, 0); F(8, P(h), morph(&w[h]), 0);
    F(9, P(d), P(h), dir); F(10, P(d), P(h), dir << 4 | dist);
    F(11, L(d), P(h), dir); F(12, W(d), P(h), dir); F(13, P(d), L(h), dir); F(14, L(d), L(h), 0);
    F(15, morph(&w[d]), P(h), dir); F(16, morph(&w[d]), morph(&w[h]), P(d) << 8 | P(h));
    F(17, agree(w, d, h), P(d), P(h)); F(18, w[d].clitic, P(d), P(h) << 8 | dir); F(19, w[h].clitic, P(h), P(d));
    F(20, L(dl), P(d), P(h)); F(21, L(dl), dn->lcl, P(h)); F(22, P(dl), dn->lcl, P(d) << 8 | P(h));
    F(23, P(dr), dn->rcl, P(d)); F(24, dn->nl, dn->nr, P(d));
    F(25, hn->kids & st->arg_mask, P(d), dir); F(26, hn->kids & st->arg_mask, L(h), P(d));
    F(27, verbal(&w[d]), P(h), dir); F(28, verbal(&w[h]), morph(&w[d]), dir);
    F(29, P(prev), W(prev), P(d)); F(30, P(next), P(d), P(h));
    F(31, L(dl), L(h), P(d)); F(32, L(dl), W(d), 0);
    F(33, verbal(&w[h]), P(d), dir << 4 | dist);
    F(34, P(d), P(h), dn->kids & st->arg_mask);
    F(35, W(d), W(h), 0);
    F(36, CL(d), P(h), dir); F(37, P(d), CL(h), dir); F(38, CL(d), CL(h), dir);
    F(39, CC(d), CC(h), P(d) << 8 | P(h));
    /* case against the head's lemma and the arguments it has (obj or obl,
    ** nsubj once), the preposition before, all the relations of both */
    F(40, L(h), P(d), (uint64_t)w[d].cas << 8 | dir); F(41, L(dl), L(h), dir);
    F(42, hn->kids & st->arg_mask, P(d), (uint64_t)w[d].cas << 8 | dir << 4 | w[d].def);
    F(43, L(d), L(h), dir); F(44, P(d), P(h), (uint64_t)w[d].cas << 8 | w[h].cas);
    F(45, W(prev), P(d), P(h)); F(46, hn->kids, P(d), dir); F(47, P(d), P(h), dn->kids);
#undef F
#undef P
#undef W
#undef L
#undef CL
#undef CC
    return k;
}
