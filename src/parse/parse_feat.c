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

#include <string.h>

/* ---------------------------------------------------------------- words */

static uint64_t hash_str(const char *s, size_t n) { return naba_fnv1a64(s, n, NABA_FNV_INIT); }

/* A feature value as a small code: 0 absent, else 1..250 (a hash, so any
** tag set works; the models only need values to differ). */
static uint8_t value_code(const char *v, size_t n) { return (uint8_t)(hash_str(v, n) % 250 + 1); }

void parse_word_set(parse_word *pw, const char *form, const char *lemma, int upos,
                    const char *feats, int clitic) {
    char buf[256];
    memset(pw, 0, sizeof(*pw));
    size_t n = naba_fold(form ? form : "", form ? strlen(form) : 0, NABA_FOLD_DEFAULT, buf, sizeof buf);
    pw->form = hash_str(buf, n);
    pw->lemma = lemma ? hash_str(lemma, strlen(lemma)) : 0;
    if (upos == NABA_UPOS_PROPN || upos < 0) upos = NABA_UPOS_X;
    pw->upos = (uint8_t)upos;
    pw->clitic = (uint8_t)clitic;
    static const struct { const char *key; size_t off; } keys[] = {
        {"Case", offsetof(parse_word, cas)}, {"Definite", offsetof(parse_word, def)},
        {"Number", offsetof(parse_word, num)}, {"Gender", offsetof(parse_word, gen)},
        {"Person", offsetof(parse_word, per)}, {"Aspect", offsetof(parse_word, asp)},
        {"Voice", offsetof(parse_word, voice)}};
    for (const char *s = feats; s && *s && strcmp(s, "_");) {
        const char *bar = strchr(s, '|'), *end = bar ? bar : s + strlen(s);
        const char *eq = memchr(s, '=', (size_t)(end - s));
        if (eq)
            for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
                if (strlen(keys[k].key) == (size_t)(eq - s) && !memcmp(keys[k].key, s, (size_t)(eq - s)))
                    ((uint8_t *)pw)[keys[k].off] = value_code(eq + 1, (size_t)(end - eq - 1));
        s = bar ? bar + 1 : NULL;
    }
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

parse_word *parse_words_from_doc(naba_doc *doc, size_t first, size_t n) {
    parse_word *w = naba_arena_alloc(doc->arena, (n + 2) * sizeof(parse_word));
    if (!w) return NULL;
    for (size_t i = 0; i < n; i++) {
        const naba_word *x = &doc->words.v[first + i];
        int cl = 0;
        if (x->token < doc->tokens.n) {
            const naba_token *t = &doc->tokens.v[x->token];
            cl = clitic_position((uint32_t)(first + i - t->word_first), t->word_count);
        }
        parse_word_set(&w[i], x->form, x->lemma, x->upos, x->feats, cl);
    }
    set_pseudo(w, (int)n);
    return w;
}

parse_word *parse_words_from_cu(const naba_cu_sentence *s, naba_arena *a) {
    parse_word *w = naba_arena_alloc(a, (s->n_words + 2) * sizeof(parse_word));
    if (!w) return NULL;
    for (uint32_t i = 0; i < s->n_words; i++) {
        const naba_cu_word *x = &s->words[i];
        const naba_cu_token *t = &s->tokens[x->token];
        parse_word_set(&w[i], x->form, x->lemma, naba_upos_from_name(x->upos), x->feats,
                       clitic_position(i - t->word_first, t->word_count));
    }
    set_pseudo(w, (int)s->n_words);
    return w;
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

int parse_state_init(parse_state *st, const parse_word *w, int n, uint64_t arg_mask, naba_arena *a) {
    size_t m = (size_t)n + 2;
    memset(st, 0, sizeof(*st));
    st->n = n;
    st->w = w;
    st->arg_mask = arg_mask;
    int *ints = naba_arena_alloc(a, 7 * m * sizeof(int));
    uint8_t *bytes = naba_arena_alloc(a, 3 * m);
    st->kids = naba_arena_alloc(a, m * sizeof(uint64_t));
    if (!ints || !bytes || !st->kids) return 0;
    st->stack = ints;
    st->head = ints + m;
    st->lc = ints + 2 * m;
    st->rc = ints + 3 * m;
    st->lc2 = ints + 4 * m;
    st->rc2 = ints + 5 * m;
    st->label = bytes;
    st->nl = bytes + m;
    st->nr = bytes + 2 * m;
    for (size_t i = 0; i < m; i++) {
        st->head[i] = -1;
        st->lc[i] = st->rc[i] = st->lc2[i] = st->rc2[i] = n + 1;
        st->label[i] = 255;
    }
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

static void attach(parse_state *st, int h, int d, int label) {
    st->head[d] = h;
    st->label[d] = (uint8_t)label;
    if (label < 64) st->kids[h] |= 1ULL << label;
    if (d < h) { /* left children arrive nearest first */
        st->lc2[h] = st->lc[h];
        st->lc[h] = d;
        if (st->nl[h] < 255) st->nl[h]++;
    } else {     /* right children arrive left to right */
        st->rc2[h] = st->rc[h];
        st->rc[h] = d;
        if (st->nr[h] < 255) st->nr[h]++;
    }
}

void parse_apply(parse_state *st, int t, int label) {
    if (t == T_SHIFT) {
        st->stack[st->depth++] = st->b++;
    } else if (t == T_LEFT) {
        int d = st->stack[--st->depth];
        attach(st, st->b, d, label);
    } else {
        int d = st->stack[--st->depth];
        attach(st, st->stack[st->depth - 1], d, label);
    }
}

/* ---------------------------------------------------------------- features */

static inline uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
static inline uint64_t key(unsigned tpl, uint64_t a, uint64_t b, uint64_t c) {
    return mix(mix(mix(a ^ ((uint64_t)tpl * 0x9E3779B97F4A7C15ULL)) ^ b) + c);
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

int parse_trans_features(const parse_state *st, uint64_t *out) {
    const parse_word *w = st->w;
    int n = st->n, none = n + 1, k = 0;
    int s0 = st->depth > 0 ? st->stack[st->depth - 1] : none;
    int s1 = st->depth > 1 ? st->stack[st->depth - 2] : none;
    int s2 = st->depth > 2 ? st->stack[st->depth - 3] : none;
    int b0 = st->b <= n ? st->b : none;
    int b1 = st->b + 1 <= n ? st->b + 1 : none;
    int b2 = st->b + 2 <= n ? st->b + 2 : none;
    int s0l = s0 < n ? st->lc[s0] : none, s0r = s0 < n ? st->rc[s0] : none;
    int s1r = s1 < n ? st->rc[s1] : none, s1l = s1 < n ? st->lc[s1] : none;
    int b0l = b0 <= n ? st->lc[b0] : none;
    int s0l2 = s0 < n ? st->lc2[s0] : none, s0r2 = s0 < n ? st->rc2[s0] : none;
    int b0l2 = b0 <= n ? st->lc2[b0] : none;
#define P(x) ((uint64_t)w[x].upos)
#define W(x) (w[x].form)
#define L(x) (w[x].lemma)
#define LB(x) ((uint64_t)st->label[x])
#define F(t, a, b, c) (out[k++] = key((t), (a), (b), (c)))
    F(0, 0, 0, 0); /* bias */
    /* unigrams */
    F(1, W(s0), P(s0), 0); F(2, W(s0), 0, 0); F(3, P(s0), 0, 0); F(4, L(s0), 0, 0);
    F(5, W(s1), P(s1), 0); F(6, W(s1), 0, 0); F(7, P(s1), 0, 0); F(8, L(s1), 0, 0);
    F(9, W(b0), P(b0), 0); F(10, W(b0), 0, 0); F(11, P(b0), 0, 0); F(12, L(b0), 0, 0);
    F(13, W(b1), P(b1), 0); F(14, W(b1), 0, 0); F(15, P(b1), 0, 0);
    F(16, W(b2), P(b2), 0); F(17, P(b2), 0, 0);
    F(18, W(s2), P(s2), 0); F(19, P(s2), 0, 0);
    F(20, morph(&w[s0]), P(s0), 0); F(21, morph(&w[s1]), P(s1), 0); F(22, morph(&w[b0]), P(b0), 0);
    F(23, w[s0].clitic, P(s0), 0); F(24, w[b0].clitic, P(b0), 0); F(25, w[s1].clitic, P(s1), 0);
    F(26, w[b1].clitic, P(b1), W(b1));
    F(27, verbal(&w[s0]), 0, 0); F(28, verbal(&w[s1]), 0, 0); F(29, verbal(&w[b0]), 0, 0);
    /* pairs of s0 and b0, s1 and s0 */
    F(30, W(s0) ^ P(s0), W(b0), P(b0)); F(31, W(s0), P(s0), P(b0)); F(32, P(s0), W(b0), P(b0));
    F(33, W(s0), W(b0), 0); F(34, P(s0), P(b0), 0); F(35, L(s0), L(b0), 0);
    F(36, W(s1), P(s1), P(s0)); F(37, P(s1), W(s0), P(s0)); F(38, P(s1), P(s0), 0); F(39, L(s1), L(s0), 0);
    F(40, P(b0), P(b1), 0); F(41, L(s0), P(b0), 0); F(42, P(s0), L(b0), 0);
    F(43, L(s1), P(s0), 0); F(44, P(s1), L(s0), 0);
    /* triples */
    F(45, P(b0), P(b1), P(b2)); F(46, P(s0), P(b0), P(b1)); F(47, P(s1), P(s0), P(b0));
    F(48, P(s2), P(s1), P(s0)); F(49, P(s1), P(s0), P(b1));
    /* children */
    F(50, P(s0), P(s0l), P(b0)); F(51, P(s0), P(s0r), P(b0)); F(52, P(s0), P(b0), P(b0l));
    F(53, P(s1), P(s1r), P(s0)); F(54, P(s1), P(s0), P(s0r)); F(55, P(s1), P(s1l), P(s0));
    F(56, P(s0), LB(s0l), LB(s0r)); F(57, P(s1), LB(s1l), LB(s1r)); F(58, P(b0), LB(b0l), LB(b0l2));
    F(59, P(s0), LB(s0l), LB(s0l2)); F(60, P(s0), LB(s0r), LB(s0r2));
    F(61, W(s0), LB(s0r), 0); F(62, W(b0), LB(b0l), 0);
    /* valency and arguments already found */
    F(63, W(s0), st->nr[s0 < n ? s0 : none], P(b0)); F(64, P(s0), st->nl[s0 < n ? s0 : none], st->nr[s0 < n ? s0 : none]);
    F(65, W(b0), st->nl[b0 <= n ? b0 : none], 0);
    F(66, P(s0), st->kids[s0] & st->arg_mask, P(b0)); F(67, P(s1), st->kids[s1] & st->arg_mask, P(s0));
    F(68, L(s1), st->kids[s1] & st->arg_mask, morph(&w[s0]));
    F(69, L(b0), st->kids[b0] & st->arg_mask, morph(&w[s0]));
    /* distances */
    int d0 = (s0 < n && b0 < n) ? dist_bucket(b0 - s0) : 9, d1 = (s1 < n && s0 < n) ? dist_bucket(s0 - s1) : 9;
    F(70, d0, P(s0), P(b0)); F(71, d0, W(s0), 0); F(72, d0, W(b0), 0);
    F(73, d1, P(s1), P(s0)); F(74, d1, W(s1), 0); F(75, d1, W(s0), 0);
    /* morphology of the pairs: construct state, agreement, case */
    F(76, morph(&w[s0]), morph(&w[b0]), P(s0) << 8 | P(b0));
    F(77, morph(&w[s1]), morph(&w[s0]), P(s1) << 8 | P(s0));
    F(78, verbal(&w[s1]), morph(&w[s0]), d1);
    F(79, verbal(&w[b0]), morph(&w[s0]), d0);
    F(80, w[s0].clitic, w[b0].clitic, P(s0) << 8 | P(b0));
    F(81, L(s0), P(s0l), LB(s0l)); F(82, L(b0), P(b0l), LB(b0l));
    F(83, st->depth > 3 ? 3 : st->depth, P(s0), P(b0));
#undef F
    return k;
}

int parse_rel_features(const parse_state *st, int h, int d, uint64_t *out) {
    const parse_word *w = st->w;
    int n = st->n, none = n + 1, k = 0;
    int dir = d < h, dist = dist_bucket(h - d);
    int dl = st->lc[d], dr = st->rc[d], prev = d > 0 ? d - 1 : none, next = d + 1 < n ? d + 1 : none;
    uint64_t agree = (uint64_t)(w[d].num == w[h].num) | (uint64_t)(w[d].gen == w[h].gen) << 1 |
                     (uint64_t)(w[d].def == w[h].def) << 2 | (uint64_t)(w[d].cas == w[h].cas) << 3;
#define F(t, a, b, c) (out[k++] = key(100 + (t), (a), (b), (c)))
    F(0, 0, 0, 0);
    F(1, W(d), 0, 0); F(2, L(d), 0, 0); F(3, P(d), 0, 0); F(4, P(d), morph(&w[d]), 0);
    F(5, W(h), 0, 0); F(6, L(h), 0, 0); F(7, P(h), 0, 0); F(8, P(h), morph(&w[h]), 0);
    F(9, P(d), P(h), dir); F(10, P(d), P(h), dir << 4 | dist);
    F(11, L(d), P(h), dir); F(12, W(d), P(h), dir); F(13, P(d), L(h), dir); F(14, L(d), L(h), 0);
    F(15, morph(&w[d]), P(h), dir); F(16, morph(&w[d]), morph(&w[h]), P(d) << 8 | P(h));
    F(17, agree, P(d), P(h)); F(18, w[d].clitic, P(d), P(h) << 8 | dir); F(19, w[h].clitic, P(h), P(d));
    F(20, L(dl), P(d), P(h)); F(21, L(dl), LB(dl), P(h)); F(22, P(dl), LB(dl), P(d) << 8 | P(h));
    F(23, P(dr), LB(dr), P(d)); F(24, st->nl[d], st->nr[d], P(d));
    F(25, st->kids[h] & st->arg_mask, P(d), dir); F(26, st->kids[h] & st->arg_mask, L(h), P(d));
    F(27, verbal(&w[d]), P(h), dir); F(28, verbal(&w[h]), morph(&w[d]), dir);
    F(29, P(prev), W(prev), P(d)); F(30, P(next), P(d), P(h));
    F(31, L(dl), L(h), P(d)); F(32, L(dl), W(d), 0);
    F(33, verbal(&w[h]), P(d), dir << 4 | dist);
    F(34, P(d), P(h), st->kids[d] & st->arg_mask);
    F(35, W(d), W(h), 0);
#undef F
#undef P
#undef W
#undef L
#undef LB
    return k;
}
