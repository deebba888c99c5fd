/*
** parse.c — the `parse` stage: every sentence of the words layer gets a
** dependency tree (word->head, word->deprel) from the model loaded once at
** pipeline open. A beam of configurations (width stored in the model; 1 is
** greedy) advances one transition at a time, scored by the transition table;
** each arc is labelled by the relation table when it is made.
*/
#include "arena.h"
#include "parse.h"
#include "stage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A sentence being parsed: the model, the weights of each word alone at
** each position (parse_word_features), summed the first time the word is
** there and then reused: a word stays at s0 or b0 for several transitions;
** and the integer weights of the stack's features (PARSE_STACK) by the word
** at s0, summed when it first is there and reused each time the words pushed
** over it are popped (about half the configurations). */
typedef struct sentence {
    const parse_model *m;
    parse_row *alone;          /* (n + 2) x P_COUNT */
    uint8_t *have;             /* alone[i] is summed */
    int32_t (*stack)[T_COUNT]; /* n + 2 */
    uint8_t *stack_have;       /* stack[i] is summed */
} sentence;

/* The hash of word x at position p for the memo of rows: its four 8-byte
** words (form, lemma, the small codes) mixed, each read on its own (read
** into an array, they went through the stack). */
_Static_assert(sizeof(parse_word) == 32, "alone_hash reads a parse_word as four words");
static uint64_t alone_hash(const parse_word *x, int p) {
    uint64_t b0, b1, b2, b3;
    const char *c = (const char *)x;
    memcpy(&b0, c, 8), memcpy(&b1, c + 8, 8), memcpy(&b2, c + 16, 8), memcpy(&b3, c + 24, 8);
    return naba_mix64(b0 ^ (b1 + (uint64_t)p) * 0x9E3779B97F4A7C15ULL ^ (b2 + b3) * 0xff51afd7ed558ccdULL);
}

static void score_trans(void *ctx, const parse_state *st, float *sc) {
    sentence *s = ctx;
    uint64_t f[PARSE_MAX_FEATS];
    int32_t sum[T_COUNT] = {0};
    parse_trans_sums(&s->m->trans, f, parse_config_part(st, PARSE_REST, f), sum);
    int top = st->top->word;
    if (!s->stack_have[top]) {
        memset(s->stack[top], 0, sizeof s->stack[top]);
        parse_trans_sums(&s->m->trans, f, parse_config_part(st, PARSE_STACK, f), s->stack[top]);
        s->stack_have[top] = 1;
    }
    for (int t = 0; t < T_COUNT; t++) sc[t] += (float)(sum[t] + s->stack[top][t]) * s->m->trans.scale;
    const parse_node *n1 = st->top->below;
    int n = st->n, at[P_COUNT] = {st->top->word, n1->word, n1->below->word, st->b,
                                  st->b + 1 <= n ? st->b + 1 : n + 1, st->b + 2 <= n ? st->b + 2 : n + 1};
    for (int p = 0; p < P_COUNT; p++) {
        size_t i = (size_t)at[p] * P_COUNT + (size_t)p;
        if (!s->have[i]) {
            const parse_word *x = &st->w[at[p]];
            int hit;
            parse_alone_val *slot = naba_slotcache_find(&s->m->alone_memo, PARSE_ALONE_MEMO_SHAPE, alone_hash(x, p),
                                                        (uint32_t)p, x, sizeof *x, &hit);
            if (slot && hit) {
                memcpy(s->alone[i].w, slot->row, sizeof slot->row);
            } else {
                /* claimed before the row is scored (every row fits), so that
                ** the key need not be kept for it through the calls */
                if (slot) naba_slotcache_fill(PARSE_ALONE_MEMO_SHAPE, slot, (uint32_t)p, x, sizeof *x);
                memset(&s->alone[i], 0, sizeof(parse_row));
                parse_table_score(&s->m->trans, f, parse_word_features(st->w, at[p], p, f), s->alone[i].w);
                if (slot) memcpy(slot->row, s->alone[i].w, sizeof slot->row);
            }
            s->have[i] = 1;
        }
        for (int t = 0; t < T_COUNT; t++) sc[t] += s->alone[i].w[t];
    }
}

/* The best relation for the arc t makes, never "root" (only ROOT's arc has it). */
int parse_best_relation(const parse_model *m, const parse_state *st, int t) {
    float sc[PARSE_MAX_LANES] = {0};
    uint64_t f[PARSE_MAX_FEATS];
    parse_table_score(&m->rel, f, parse_rel_features(st, t, f), sc);
    if (m->n_labels < 2) return m->root_label;
    /* root never wins: no score is below -inf; ties go to the first label */
    sc[m->root_label] = -INFINITY;
    int best = m->root_label == 0;
    for (int l = best + 1; l < m->n_labels; l++)
        if (sc[l] > sc[best]) best = l;
    return best;
}

static int relation(void *ctx, const parse_state *st, int t) {
    return parse_best_relation(((sentence *)ctx)->m, st, t);
}

naba_status parse_sentence(const parse_model *m, const parse_word *w, int n, int width, naba_arena *a,
                           int *heads, int *labels) {
    parse_item beams[2][PARSE_MAX_BEAM];
    size_t cells = ((size_t)n + 2) * P_COUNT;
    /* a row of alone is zeroed when first summed (score_trans), so not here */
    sentence s = {m, naba_arena_alloc_raw(a, cells * sizeof(parse_row)), naba_arena_alloc(a, cells),
                  naba_arena_alloc_raw(a, ((size_t)n + 2) * sizeof *s.stack), naba_arena_alloc(a, (size_t)n + 2)};
    if (!s.alone || !s.have || !s.stack || !s.stack_have) return NABA_ERR_NOMEM;
    parse_scorer sc = {score_trans, relation, &s, m->root_label};
    if (m->reverse) { /* a right-to-left model parses the words reversed */
        parse_word *r = naba_arena_alloc(a, ((size_t)n + 2) * sizeof(parse_word));
        if (!r) return NABA_ERR_NOMEM;
        memcpy(r, w, ((size_t)n + 2) * sizeof(parse_word));
        parse_reverse_words(r, n);
        w = r;
    }
    if (width <= 0) width = m->beam;
    if (width > PARSE_MAX_BEAM) width = PARSE_MAX_BEAM;
    memset(&beams[0][0], 0, sizeof(parse_item));
    if (!parse_state_init(&beams[0][0].st, w, n, m->arg_mask, a)) return NABA_ERR_NOMEM;
    int cur = 0, size = 1;
    while (!parse_terminal(&beams[cur][0].st)) {
        parse_state *st = &beams[cur][0].st;
        if (size == 1 && st->b >= st->n) {
            /* one configuration with its buffer spent: every transition left
            ** is forced (RIGHT while the stack holds two words or more, then
            ** LEFT to ROOT), and with no other to rank it against no score can
            ** change a choice, so none is computed; the arcs are labelled as
            ** parse_beam_step labels them */
            int t = st->depth == 1 ? T_LEFT : T_RIGHT;
            if (!parse_apply(st, t, t == T_LEFT ? m->root_label : relation(&s, st, t))) return NABA_ERR_NOMEM;
            continue;
        }
        size = parse_beam_step(&sc, beams[cur], size, beams[!cur], width);
        if (size < 0) return NABA_ERR_NOMEM;
        cur = !cur;
    }
    parse_tree(&beams[cur][0].st, heads, labels);
    if (m->reverse) parse_reverse_tree(heads, labels, n); /* back to left to right */
    return NABA_OK;
}

void *naba_parse_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    parse_stage *st = calloc(1, sizeof(*st));
    if (!st) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    parse_model *m = &st->m;
    if (parse_model_load(m, naba_data_path(data_dir, PARSE_MODEL_PATH, path, sizeof path), err) != NABA_OK) {
        free(st);
        return NULL;
    }
    if (!naba_slotcache_init(&m->feats_memo, PARSE_FEATS_MEMO_SHAPE) ||
        !naba_slotcache_init(&m->alone_memo, PARSE_ALONE_MEMO_SHAPE) || !(st->scratch = naba_arena_new())) {
        naba_parse_close(st);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    return st;
}

void naba_parse_close(void *state) {
    parse_stage *st = state;
    if (!st) return;
    parse_model_free(&st->m);
    naba_arena_free(st->scratch);
    free(st);
}

/* Parse sentence s of doc with memory from a. */
static naba_status parse_one(naba_doc *doc, size_t s, const parse_model *m, naba_arena *a) {
    const naba_sentence *sent = &doc->sents.v[s];
    size_t first = sent->word_first, n = sent->word_count;
    if (n == 0 || first + n > doc->words.n) return NABA_OK;
    int *pos = naba_arena_alloc(a, 4 * n * sizeof(int)), k = 0;
    parse_word *w = pos ? parse_words_from_doc(doc, a, first, n, &m->clusters, pos, &k, &m->feats_memo) : NULL;
    if (!w) return NABA_ERR_NOMEM;
    int *heads = pos + n, *labels = heads + k, *rep = labels + k; /* rep: a position's first word */
    naba_status st = parse_sentence(m, w, k, 0, a, heads, labels);
    if (st != NABA_OK) return st;
    for (size_t i = n; i-- > 0;) rep[pos[i]] = (int)i;
    for (size_t i = 0; i < n; i++) {
        naba_word *x = &doc->words.v[first + i];
        int p = pos[i];
        if (rep[p] != (int)i) { /* the other words of a collapsed token hang on its first */
            x->head = (int32_t)(first + (size_t)rep[p]);
            x->deprel = "dep";
            continue;
        }
        x->head = heads[p] < 0 ? -1 : (int32_t)(first + (size_t)rep[heads[p]]);
        x->deprel = m->labels[labels[p]];
    }
    return NABA_OK;
}

naba_status naba_parse(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    parse_stage *stg = state;
    naba_status st = NABA_OK;
    for (size_t s = 0; s < doc->sents.n && st == NABA_OK; s++) {
        naba_arena_reset(stg->scratch);
        st = parse_one(doc, s, &stg->m, stg->scratch);
    }
    naba_arena_reset(stg->scratch); /* the last sentence's blocks larger than a chunk */
    return st == NABA_OK ? NABA_OK : naba_fail(&doc->error, st, 0, "out of memory parsing");
}
