/*
** morph_unan_train.c — training the unanalysed-token classifier (see morph.h,
** docs/morph.md "Unanalysed tokens").
**
** Its features are counts: how often the treebank left a token whole or
** analysed it, whether the hosts its splits leave are treebank words, lemmas
** or hunspell-ar entries. Counted over the whole training part, every training
** token would find itself there (an analysed token's own words are always
** "known"), which new text never does; so the training part is cut into
** FOLDS parts by document and each training token is described with the
** counts of the other parts (cross-fitting). The model keeps the counts of the
** whole training part (the "ustat" section) for new text.
*/
#include "morph_train.h"

#include <stdlib.h>
#include <string.h>

#define FOLDS 5
/* At most this many epochs (fewer when the trainer asks for fewer): its
** labels are noisy (one document leaves a name whole, the next analyses it),
** and later epochs fit that noise. Chosen by 5-fold cross-validation over the
** training tokens, not on dev: hits minus false alarms, two shuffles each,
** 957 and 988 at 3 epochs, 949 and 937 at 10 (docs/morph.md). */
#define UNAN_EPOCHS 3

/* What the treebank says about a string, per fold of the training
** documents, and what the lexicon says (the same in every fold). */
enum { C_U, C_A, C_WORD, C_LEMMA, C_RAW, C_KINDS };
typedef struct ustats {
    strset keys;
    uint32_t *n;        /* FOLDS * C_KINDS counts per key id */
    uint32_t *lex;      /* per key id: MORPH_U_RAW_LEX and the folded lexicon bits */
    size_t cap;         /* keys with room in n and lex */
    int skip;           /* the fold left out of counts (-1: none) */
} ustats;

static int fold_of(uint32_t doc) { return (int)(doc / NABA_DEV_EVERY % FOLDS); }

/* Id of s[0..n), added when new; UINT32_MAX on out of memory. */
static uint32_t ustats_id(ustats *u, const char *s, size_t n) {
    uint32_t id = strset_add(&u->keys, s, n);
    if (id == UINT32_MAX || id < u->cap) return id;
    size_t cap = u->cap ? u->cap * 2 : 4096;
    while (cap <= id) cap *= 2;
    uint32_t *p = realloc(u->n, cap * FOLDS * C_KINDS * sizeof *p);
    if (p) u->n = p;
    uint32_t *q = p ? realloc(u->lex, cap * sizeof *q) : NULL;
    if (!q) return UINT32_MAX;
    u->lex = q;
    memset(u->n + u->cap * FOLDS * C_KINDS, 0, (cap - u->cap) * FOLDS * C_KINDS * sizeof *p);
    memset(u->lex + u->cap, 0, (cap - u->cap) * sizeof *q);
    u->cap = cap;
    return id;
}

static naba_status ustats_count(ustats *u, int kind, const char *s, size_t n, int fold) {
    uint32_t id = ustats_id(u, s, n);
    if (id == UINT32_MAX) return NABA_ERR_NOMEM;
    u->n[((size_t)id * FOLDS + (size_t)fold) * C_KINDS + (size_t)kind]++;
    return NABA_OK;
}

/* The packed value (morph.h) of key id over every fold but skip. */
static uint32_t ustats_value(const ustats *u, uint32_t id, int skip) {
    uint32_t c[C_KINDS] = {0};
    for (int f = 0; f < FOLDS; f++)
        for (int k = 0; k < C_KINDS; k++)
            if (f != skip) c[k] += u->n[((size_t)id * FOLDS + (size_t)f) * C_KINDS + (size_t)k];
    for (int k = 0; k < C_KINDS; k++) if (c[k] > MORPH_U_CAP) c[k] = MORPH_U_CAP;
    return c[C_U] | c[C_A] << 8 | c[C_WORD] << 16 | (c[C_LEMMA] ? MORPH_U_LEMMA : 0) |
           (c[C_RAW] ? MORPH_U_RAW_TB : 0) | u->lex[id];
}

/* A morph_ustat_fn: the value over every fold but u->skip. */
static uint32_t ustats_stat(const void *ctx, const char *s, size_t n) {
    const ustats *u = ctx;
    uint32_t id = strset_find(&u->keys, s, n);
    return id == UINT32_MAX ? 0 : ustats_value(u, id, u->skip);
}

/* hunspell-ar: each entry as spelled (vowel marks stripped) and folded. */
static naba_status lex_add(void *ctx, const char *word, size_t n, uint32_t bit) {
    ustats *u = ctx;
    char buf[512], key[512];
    if (n >= sizeof buf) return NABA_OK;
    size_t bn = naba_fold(word, n, NABA_FOLD_DIACRITICS, buf, sizeof buf);
    if (!bn) return NABA_OK;
    uint32_t id = ustats_id(u, buf, bn);
    if (id == UINT32_MAX) return NABA_ERR_NOMEM;
    u->lex[id] |= MORPH_U_RAW_LEX;
    id = ustats_id(u, key, morph_key(buf, bn, key));
    if (id == UINT32_MAX) return NABA_ERR_NOMEM;
    u->lex[id] |= (bit & 0x0Fu) << MORPH_U_LEX_SHIFT;
    return NABA_OK;
}

static naba_status count_treebank(const tb *t, ustats *u) {
    char key[600];
    naba_status st = NABA_OK;
    for (size_t si = 0; si < t->ns && st == NABA_OK; si++) {
        const tb_sent *s = &t->s[si];
        int fold = fold_of(s->doc);
        for (uint32_t i = 0; i < s->n_tok && st == NABA_OK; i++) {
            const tb_token *tk = &t->t[s->tok_first + i];
            const char *L = strset_str(&t->T, tk->letters);
            size_t n = strlen(L);
            if (n >= sizeof key) continue;
            st = ustats_count(u, tk->unan ? C_U : C_A, key, morph_key(L, n, key), fold);
        }
        for (uint32_t i = 0; i < s->n_word && st == NABA_OK; i++) {
            const tb_word *w = &t->w[s->word_first + i];
            if (w->skip) continue;
            const char *k = strset_str(&t->S, w->key), *lemma = strset_str(&t->S, w->lemma);
            const char *form = strset_str(&t->T, w->form);
            size_t ln = strlen(lemma);
            st = ustats_count(u, C_WORD, k, strlen(k), fold);
            if (st == NABA_OK && ln < sizeof key) st = ustats_count(u, C_LEMMA, key, morph_key(lemma, ln, key), fold);
            if (st == NABA_OK) st = ustats_count(u, C_RAW, form, strlen(form), fold);
            if (st == NABA_OK && strcmp(form, lemma)) st = ustats_count(u, C_RAW, lemma, ln, fold);
        }
    }
    return st;
}

/* The "ustat" section (morph_cmap_build): every key with something to say,
** by morph_unan_hash, over all folds; two strings of one hash blur together. */
static naba_status write_table(const ustats *u, naba_model_writer *w, uint32_t **table) {
    uint32_t *hash = malloc((u->keys.n + 1) * sizeof *hash), *val = malloc((u->keys.n + 1) * sizeof *val);
    size_t n = 0, size = 0;
    for (uint32_t id = 0; hash && val && id < u->keys.n; id++) {
        const char *k = strset_str(&u->keys, id);
        if (!(val[n] = ustats_value(u, id, -1))) continue;
        hash[n++] = morph_unan_hash(k, strlen(k));
    }
    int ok = hash && val && morph_cmap_build(hash, val, n, 1, table, &size);
    free(hash);
    free(val);
    return ok ? naba_model_writer_add(w, "ustat", *table, size) : NABA_ERR_NOMEM;
}

/* Every token's folded key as an id in keys (UINT32_MAX when it has none: too
** long to be analysed, as at run time), for counting them per document. */
static naba_status token_keys(const tb *t, strset *keys, uint32_t *id) {
    char key[MORPH_MAX_FORM + 8];
    for (size_t i = 0; i < t->nt; i++) {
        const char *L = strset_str(&t->T, t->t[i].letters);
        size_t n = strlen(L);
        id[i] = UINT32_MAX;
        if (n > MORPH_MAX_FORM) continue;
        size_t kn = morph_key(L, n, key);
        if (kn && (id[i] = strset_add(keys, key, kn)) == UINT32_MAX) return NABA_ERR_NOMEM;
    }
    return NABA_OK;
}

static uint32_t doc_count(uint32_t id, const uint32_t *cnt) { return id == UINT32_MAX ? 0 : cnt[id]; }

/* Features of token i of sentence s, with the counts of count/ctx; cnt
** counts the document's tokens by key id (id). */
static int token_features(const tb *t, const morph_model *m, const tb_sent *s, uint32_t i,
                          morph_ustat_fn stat, const void *ctx, const uint32_t *id, const uint32_t *cnt,
                          morph_cand *c, uint64_t *f) {
    char pk[600], nk[600];
    size_t pn = 0, nn = 0;
    const char *L = strset_str(&t->T, t->t[s->tok_first + i].letters);
    size_t n = strlen(L);
    if (n > MORPH_MAX_FORM || morph_shape(L, n) != MORPH_SHAPE_ARABIC ||
        morph_unan_gate(stat(ctx, pk, morph_key(L, n, pk))))
        return 0;
    if (i > 0) {
        const char *p = strset_str(&t->T, t->t[s->tok_first + i - 1].letters);
        if (strlen(p) < sizeof pk) pn = morph_key(p, strlen(p), pk);
    }
    if (i + 1 < s->n_tok) {
        const char *x = strset_str(&t->T, t->t[s->tok_first + i + 1].letters);
        if (strlen(x) < sizeof nk) nn = morph_key(x, strlen(x), nk);
    }
    uint32_t at = s->tok_first + i;
    morph_unan_doc dn = {doc_count(id[at], cnt), i > 0 ? doc_count(id[at - 1], cnt) : 0,
                         i + 1 < s->n_tok ? doc_count(id[at + 1], cnt) : 0};
    int nc = morph_seg_candidates(m, L, n, c, MORPH_MAX_CANDS);
    return morph_unan_features(stat, ctx, m, L, n, c, nc, morph_seg_best(m, L, n, c, nc), pk, pn, nk, nn, &dn, f);
}

naba_status morph_unan_train(const tb *t, morph_model *m, const char *hunspell_dir, avg *a, int bits,
                             int epochs, uint64_t *seed, int quiet, naba_model_writer *w, uint32_t **table,
                             naba_error *err) {
    ustats u = {0};
    u.skip = -1;
    naba_status st = avg_init(a, bits) && strset_init(&u.keys) ? NABA_OK : NABA_ERR_NOMEM;
    size_t nh = 0;
    if (st == NABA_OK && hunspell_dir) {
        st = morph_read_hunspell(hunspell_dir, lex_add, &u, &nh, err);
        if (st != NABA_OK) { strset_free(&u.keys); free(u.n); free(u.lex); return st; }
    }
    if (st == NABA_OK) st = count_treebank(t, &u);
    if (st == NABA_OK) st = write_table(&u, w, table);
    if (st == NABA_OK) m->ustat = (morph_cmap){*table + 2, (*table)[0] - 1};
    /* the examples: every Arabic token of the training part the gate does not
    ** pass over (morph_unan_gate), its features computed once with the counts
    ** of the other folds */
    size_t ne = 0;
    for (size_t si = 0; si < t->ns; si++) ne += t->s[si].n_tok;
    uint64_t (*fx)[MORPH_UNAN_FEATS] = st == NABA_OK ? malloc((ne + 1) * sizeof *fx) : NULL;
    uint8_t *nf = fx ? malloc(ne + 1) : NULL, *gold = nf ? malloc(ne + 1) : NULL;
    uint32_t *order = gold ? malloc((ne + 1) * sizeof *order) : NULL;
    morph_cand *c = order ? malloc(MORPH_MAX_CANDS * sizeof *c) : NULL;
    strset keys = {0};
    uint32_t *id = c && strset_init(&keys) ? malloc((t->nt + 1) * sizeof *id) : NULL, *cnt = NULL;
    if (st == NABA_OK && (!id || token_keys(t, &keys, id) != NABA_OK || !(cnt = calloc(keys.n + 1, sizeof *cnt))))
        st = NABA_ERR_NOMEM;
    size_t k = 0;
    for (size_t d0 = 0, d1; d0 < t->ns && st == NABA_OK; d0 = d1) {
        /* the document's sentences [d0, d1), its tokens counted by key */
        for (d1 = d0; d1 < t->ns && t->s[d1].doc == t->s[d0].doc; d1++)
            for (uint32_t i = 0; i < t->s[d1].n_tok; i++)
                if (id[t->s[d1].tok_first + i] != UINT32_MAX) cnt[id[t->s[d1].tok_first + i]]++;
        for (size_t si = d0; si < d1; si++) {
            const tb_sent *s = &t->s[si];
            u.skip = fold_of(s->doc);
            for (uint32_t i = 0; i < s->n_tok; i++) {
                int n = token_features(t, m, s, i, ustats_stat, &u, id, cnt, c, fx[k]);
                if (!n) continue;
                nf[k] = (uint8_t)n;
                gold[k] = t->t[s->tok_first + i].unan;
                order[k] = (uint32_t)k;
                k++;
            }
        }
        for (size_t si = d0; si < d1; si++)
            for (uint32_t i = 0; i < t->s[si].n_tok; i++)
                if (id[t->s[si].tok_first + i] != UINT32_MAX) cnt[id[t->s[si].tok_first + i]] = 0;
    }
    morph_weights wt = {a->w, a->mask};
    double time = 1;
    if (epochs > UNAN_EPOCHS) epochs = UNAN_EPOCHS;
    for (int e = 0; e < epochs && st == NABA_OK; e++) {
        morph_shuffle(order, k, seed);
        size_t wrong = 0;
        for (size_t i = 0; i < k; i++) {
            uint32_t x = order[i];
            int says = morph_score(&wt, fx[x], nf[x], 0) > 0;
            if (says != gold[x]) {
                avg_update(a, fx[x], nf[x], 0, gold[x] ? 1.0f : -1.0f, time);
                wrong++;
            }
            time++;
        }
        if (!quiet) fprintf(stderr, "  unanalysed tokens epoch %d: %.2f%% of %zu training tokens wrong\n",
                            e + 1, k ? 100.0 * (double)wrong / (double)k : 0.0, k);
    }
    if (st == NABA_OK) avg_finish(a, time);
    free(fx); free(nf); free(gold); free(order); free(c); free(id); free(cnt);
    strset_free(&keys);
    strset_free(&u.keys);
    free(u.n);
    free(u.lex);
    if (st != NABA_OK) return naba_fail(err, st, 0, "unanalysed tokens: out of memory");
    return NABA_OK;
}
