/*
** parse.c — the `parse` stage: every sentence of the words layer gets a
** dependency tree (word->head, word->deprel) from the model loaded once at
** pipeline open. Greedy: one pass of transitions per sentence, each chosen by
** the transition table, each arc labelled by the relation table when made.
*/
#include "parse.h"
#include "stage.h"

#include <stdlib.h>
#include <string.h>

static int best_label(const parse_model *m, const parse_state *st, int h, int d, uint64_t *f) {
    float sc[PARSE_MAX_LABELS] = {0};
    parse_table_score(&m->rel, f, parse_rel_features(st, h, d, f), sc);
    int best = -1;
    for (int l = 0; l < m->n_labels; l++)
        if (l != m->root_label && (best < 0 || sc[l] > sc[best])) best = l;
    return best < 0 ? m->root_label : best;
}

naba_status parse_sentence(const parse_model *m, const parse_word *w, int n, naba_arena *a,
                           int *heads, int *labels) {
    parse_state st;
    if (!parse_state_init(&st, w, n, m->arg_mask, a)) return NABA_ERR_NOMEM;
    uint64_t f[PARSE_MAX_FEATS];
    while (!parse_terminal(&st)) {
        float sc[T_COUNT] = {0};
        parse_table_score(&m->trans, f, parse_trans_features(&st, f), sc);
        int t = -1;
        for (int c = 0; c < T_COUNT; c++)
            if (parse_legal(&st, c) && (t < 0 || sc[c] > sc[t])) t = c;
        int label = 0;
        if (t == T_LEFT && st.b == n) label = m->root_label;
        else if (t != T_SHIFT) {
            int d = st.stack[st.depth - 1], h = t == T_LEFT ? st.b : st.stack[st.depth - 2];
            label = best_label(m, &st, h, d, f);
        }
        parse_apply(&st, t, label);
    }
    for (int i = 0; i < n; i++) {
        heads[i] = st.head[i] == n ? -1 : st.head[i];
        labels[i] = st.label[i];
    }
    return NABA_OK;
}

void *naba_parse_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    parse_model *m = malloc(sizeof(*m));
    if (!m) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    if (parse_model_load(m, naba_data_path(data_dir, PARSE_MODEL_PATH, path, sizeof path), err) != NABA_OK) {
        free(m);
        return NULL;
    }
    return m;
}

void naba_parse_close(void *state) {
    if (!state) return;
    parse_model_free(state);
    free(state);
}

naba_status naba_parse(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    const parse_model *m = state;
    for (size_t s = 0; s < doc->sents.n; s++) {
        const naba_sentence *sent = &doc->sents.v[s];
        size_t first = sent->word_first, n = sent->word_count;
        if (n == 0 || first + n > doc->words.n) continue;
        parse_word *w = parse_words_from_doc(doc, first, n);
        int *heads = naba_arena_alloc(doc->arena, 2 * n * sizeof(int));
        if (!w || !heads) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory parsing");
        naba_status st = parse_sentence(m, w, (int)n, doc->arena, heads, heads + n);
        if (st != NABA_OK) return naba_fail(&doc->error, st, 0, "out of memory parsing");
        for (size_t i = 0; i < n; i++) {
            naba_word *x = &doc->words.v[first + i];
            x->head = heads[i] < 0 ? -1 : (int32_t)(first + (size_t)heads[i]);
            x->deprel = m->labels[heads[n + i]];
        }
    }
    return NABA_OK;
}
