/*
** parse_train.c — `naba train parse`: trains the parser's two averaged
** perceptrons on the train part of a CoNLL-U treebank (naba_cu_is_dev split)
** and writes the model file (parse_model.c describes its layout).
**
** The transition model learns from the dynamic oracle (Goldberg & Nivre 2013):
** at every step the transitions of least cost are right; after the first
** epoch the trainer follows its own (possibly wrong) prediction most of the
** time, so it learns to recover from its mistakes as it must when parsing.
** The relation model learns from every arc whose head is right.
** Morphology at parse time is predicted, not gold: with --tags, a share of
** the sentences of each epoch is read with the morphology that morph models
** predicted for them without having seen them (jackknifed,
** tools/parse_jackknife.py); the others, and all without --tags, get gold
** tags with UPOS perturbed and Case dropped on a fraction of the words, so
** the models do not lean on tags that will be wrong. Everything random comes from one seeded
** generator, so a seed gives the same model byte for byte.
*/
#include "hashmap.h"
#include "parse.h"
#include "parse_eval.h"

#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- weights */

/* A growable hashed weight table: keys -> rows of `classes` weights, with the
** sums the averaged perceptron needs (u: update x time of update). */
typedef struct wtable {
    uint64_t *keys; uint32_t *row; size_t cap;  /* open addressing, key 0 = empty */
    float *w; double *u; size_t rows, cap_rows;
    uint32_t *updates;                          /* updates per row, for pruning */
    int classes;
    double time;                                /* decisions seen (averaging clock) */
} wtable;

static long wt_find(const wtable *t, uint64_t key) {
    size_t i = naba_key_slot(t->keys, t->cap - 1, naba_key_nonzero(key));
    return t->keys[i] ? (long)t->row[i] : -1;
}

static int wt_init(wtable *t, int classes) {
    memset(t, 0, sizeof(*t));
    t->classes = classes;
    t->cap = 1 << 16;
    t->keys = calloc(t->cap, sizeof(uint64_t));
    t->row = calloc(t->cap, sizeof(uint32_t));
    return t->keys && t->row;
}

static int wt_grow(wtable *t) {
    size_t cap = t->cap * 2;
    uint64_t *keys = calloc(cap, sizeof(uint64_t));
    uint32_t *row = calloc(cap, sizeof(uint32_t));
    if (!keys || !row) { free(keys); free(row); return 0; }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i]) continue;
        size_t j = naba_key_slot(keys, cap - 1, t->keys[i]);
        keys[j] = t->keys[i];
        row[j] = t->row[i];
    }
    free(t->keys);
    free(t->row);
    t->keys = keys;
    t->row = row;
    t->cap = cap;
    return 1;
}

static long wt_insert(wtable *t, uint64_t key) {
    long r = wt_find(t, key);
    if (r >= 0) return r;
    if (t->rows * 2 >= t->cap && !wt_grow(t)) return -1;
    if (t->rows == t->cap_rows) {
        size_t c = t->cap_rows ? t->cap_rows * 2 : 1 << 14;
        float *w = realloc(t->w, c * (size_t)t->classes * sizeof(float));
        if (w) t->w = w;
        double *u = w ? realloc(t->u, c * (size_t)t->classes * sizeof(double)) : NULL;
        uint32_t *up = u ? realloc(t->updates, c * sizeof(uint32_t)) : NULL;
        if (u) t->u = u;
        if (!w || !u || !up) return -1;
        t->updates = up;
        t->cap_rows = c;
    }
    key = naba_key_nonzero(key);
    size_t i = naba_key_slot(t->keys, t->cap - 1, key);
    t->keys[i] = key;
    t->row[i] = (uint32_t)t->rows;
    t->updates[t->rows] = 0;
    memset(t->w + t->rows * (size_t)t->classes, 0, (size_t)t->classes * sizeof(float));
    memset(t->u + t->rows * (size_t)t->classes, 0, (size_t)t->classes * sizeof(double));
    return (long)t->rows++;
}

static void wt_free(wtable *t) {
    free(t->keys);
    free(t->row);
    free(t->w);
    free(t->u);
    free(t->updates);
}

static void wt_score(const wtable *t, const uint64_t *f, int k, float *sc) {
    for (int i = 0; i < k; i++) {
        long r = wt_find(t, f[i]);
        if (r < 0) continue;
        const float *w = t->w + (size_t)r * (size_t)t->classes;
        for (int c = 0; c < t->classes; c++) sc[c] += w[c];
    }
}

/* Perceptron update: +1 for the right class, -1 for the predicted one (-1:
** no such class, for the one-sided updates of beam training). */
static int wt_update(wtable *t, const uint64_t *f, int k, int good, int bad) {
    for (int i = 0; i < k; i++) {
        long r = wt_insert(t, f[i]);
        if (r < 0) return 0;
        size_t o = (size_t)r * (size_t)t->classes;
        t->updates[r]++;
        if (good >= 0) {
            t->w[o + (size_t)good] += 1;
            t->u[o + (size_t)good] += t->time;
        }
        if (bad >= 0) {
            t->w[o + (size_t)bad] -= 1;
            t->u[o + (size_t)bad] -= t->time;
        }
    }
    return 1;
}

/* Turn w into the averaged weights w - u / time. */
static void wt_average(wtable *t) {
    size_t n = t->rows * (size_t)t->classes;
    for (size_t i = 0; i < n; i++) t->w[i] -= (float)(t->u[i] / t->time);
}

/* The table as slots and pairs, packed into out (see parse_model.c). */
static naba_status wt_pack(const wtable *t, parse_table *out, double prune, unsigned min_updates, naba_error *err) {
    float maxabs = 0;
    size_t n = t->rows * (size_t)t->classes;
    for (size_t i = 0; i < n; i++) if (fabsf(t->w[i]) > maxabs) maxabs = fabsf(t->w[i]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    long cut = lrint(prune / scale); /* weights this small change few decisions: dropped */
    size_t live = 0;
    for (size_t r = 0; r < t->rows; r++)
        for (int c = 0; t->updates[r] >= min_updates && c < t->classes; c++)
            if (labs(lrintf(t->w[r * (size_t)t->classes + (size_t)c] / scale)) > cut) { live++; break; }
    uint32_t slots = 1;
    while (slots < live + live / 2 + 1) slots <<= 1;
    parse_slot *sl = calloc(slots, sizeof(parse_slot));
    parse_pair *pairs = malloc((n + 1) * sizeof(parse_pair));
    if (!sl || !pairs) { free(sl); free(pairs); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
    uint32_t np = 0;
    /* in table order, which depends only on the training run */
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i]) continue;
        uint64_t key = t->keys[i];
        const float *w = t->w + (size_t)t->row[i] * (size_t)t->classes;
        uint32_t first = np;
        for (int c = 0; t->updates[t->row[i]] >= min_updates && c < t->classes; c++) {
            long q = lrintf(w[c] / scale);
            if (labs(q) > cut) pairs[np++] = (parse_pair){(uint16_t)c, (int16_t)q};
        }
        if (np == first) continue;
        uint32_t fp = (uint32_t)(key >> 32) | 1u, j = (uint32_t)key & (slots - 1);
        while (sl[j].fp && sl[j].fp != fp) j = (j + 1) & (slots - 1);
        if (sl[j].fp == fp) { np = first; continue; } /* fingerprint clash: keep the first */
        sl[j] = (parse_slot){fp, first, (uint16_t)(np - first), 0};
    }
    int ok = parse_table_pack(out, sl, slots, pairs, (uint32_t)t->classes, scale);
    free(sl);
    free(pairs);
    return ok ? NABA_OK : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
}

/* ---------------------------------------------------------------- oracle */

/* Gold arcs a transition makes unreachable (Goldberg & Nivre 2013, arc-hybrid).
** The words on the stack are exactly those left of the buffer without a head. */
static int cost(const parse_state *st, int t, const int *gh) {
    int n = st->n, b = st->b, c = 0, s0 = st->top->word;
    if (t == T_SHIFT) {
        const parse_node *x = st->top;
        for (int i = 0; i < st->depth; i++, x = x->below)
            c += (gh[x->word] == b) + (i > 0 && gh[b] == x->word);
        return c;
    }
    for (int j = b; j < n; j++) c += gh[j] == s0;
    if (t == T_RIGHT) return c + (gh[s0] >= b);
    int s1 = st->depth > 1 ? st->top->below->word : -1;
    return c + (gh[s0] != b && (gh[s0] == s1 || gh[s0] > b));
}

/* The costs of the legal transitions of st (others get INT_MAX); returns the least. */
static int costs_of(const parse_state *st, const int *gh, int *costs) {
    int min = INT_MAX;
    for (int t = 0; t < T_COUNT; t++) {
        costs[t] = parse_legal(st, t) ? cost(st, t, gh) : INT_MAX;
        if (costs[t] < min) min = costs[t];
    }
    return min;
}

/* ---------------------------------------------------------------- training */

typedef struct trainer {
    wtable trans, rel;
    int n_labels, root_label, beam;
    uint64_t arg_mask;
    uint64_t rng;
    double upos_noise, case_noise;
    double tags_share;             /* share of sentences read with predicted tags */
    double uptrain_share;          /* share of the uptraining sentences visited per epoch */
    int reverse;                   /* train a right-to-left parser */
    naba_arena *scratch;
    parse_item *beams[2];
    morph_cmap clusters;           /* word clusters (see parse.h) */
} trainer;

static double rnd(trainer *tr) { /* xorshift64*, uniform in [0,1) */
    tr->rng ^= tr->rng >> 12;
    tr->rng ^= tr->rng << 25;
    tr->rng ^= tr->rng >> 27;
    return (double)((tr->rng * 0x2545F4914F6CDD1DULL) >> 11) / 9007199254740992.0;
}

/* Tags the morphology stage confuses most, each with what it is taken for. */
static void perturb(trainer *tr, parse_word *w, int n) {
    static const uint8_t confusion[NABA_UPOS_COUNT] = {
        [NABA_UPOS_NOUN] = NABA_UPOS_ADJ, [NABA_UPOS_ADJ] = NABA_UPOS_NOUN,
        [NABA_UPOS_X] = NABA_UPOS_NOUN, [NABA_UPOS_VERB] = NABA_UPOS_NOUN,
        [NABA_UPOS_ADP] = NABA_UPOS_SCONJ, [NABA_UPOS_SCONJ] = NABA_UPOS_ADP,
        [NABA_UPOS_PART] = NABA_UPOS_ADP, [NABA_UPOS_ADV] = NABA_UPOS_NOUN,
        [NABA_UPOS_NUM] = NABA_UPOS_NOUN, [NABA_UPOS_PRON] = NABA_UPOS_NOUN};
    for (int i = 0; i < n; i++) {
        if (rnd(tr) < tr->upos_noise && w[i].upos < NABA_UPOS_COUNT && confusion[w[i].upos])
            w[i].upos = confusion[w[i].upos];
        if (rnd(tr) < tr->case_noise) w[i].cas = 0;
    }
}

static int argmax(const float *sc, int n, int skip) {
    int best = -1;
    for (int c = 0; c < n; c++)
        if (c != skip && (best < 0 || sc[c] > sc[best])) best = c;
    return best;
}

/* The relation the current weights give the arc t makes in st; when that arc
** is gold, the relation model learns from it (the gold relation is returned
** when follow_gold is set). -1 on out of memory. */
static int label_arc(trainer *tr, const parse_state *st, int t, const int *gh, const int *gl,
                     int follow_gold) {
    if (t == T_LEFT && st->b == st->n) return tr->root_label;
    uint64_t f[PARSE_MAX_FEATS];
    float rs[PARSE_MAX_LABELS] = {0};
    int d = st->top->word, h = t == T_LEFT ? st->b : st->top->below->word;
    int k = parse_rel_features(st, t, f);
    wt_score(&tr->rel, f, k, rs);
    int label = argmax(rs, tr->n_labels, tr->root_label);
    if (gh[d] != h) return label;
    tr->rel.time++;
    if (label != gl[d] && !wt_update(&tr->rel, f, k, gl[d], label)) return -1;
    return follow_gold ? gl[d] : label;
}

/* Greedy training with the dynamic oracle: at every step the transitions of
** least cost are right; with explore set, the trainer then follows its own
** prediction most of the time, so it learns to recover from its mistakes. */
static naba_status train_greedy(trainer *tr, const parse_word *w, int n, const int *gh,
                                const int *gl, int explore) {
    naba_arena_reset(tr->scratch);
    parse_state st;
    if (!parse_state_init(&st, w, n, tr->arg_mask, tr->scratch)) return NABA_ERR_NOMEM;
    uint64_t f[PARSE_MAX_FEATS];
    while (!parse_terminal(&st)) {
        float sc[T_COUNT] = {0};
        int costs[T_COUNT], k = parse_trans_features(&st, f);
        wt_score(&tr->trans, f, k, sc);
        int min = costs_of(&st, gh, costs), pred = -1, gold = -1;
        for (int t = 0; t < T_COUNT; t++) {
            if (costs[t] == INT_MAX) continue;
            if (pred < 0 || sc[t] > sc[pred]) pred = t;
            if (costs[t] == min && (gold < 0 || sc[t] > sc[gold])) gold = t;
        }
        tr->trans.time++;
        if (costs[pred] > min && !wt_update(&tr->trans, f, k, gold, pred)) return NABA_ERR_NOMEM;
        int next = costs[pred] == min || (explore && rnd(tr) < 0.9) ? pred : gold;
        int label = next == T_SHIFT ? 0 : label_arc(tr, &st, next, gh, gl, !explore);
        if (label < 0 || !parse_apply(&st, next, label)) return NABA_ERR_NOMEM;
    }
    return NABA_OK;
}

static void train_score(void *ctx, const parse_state *st, float *sc) {
    uint64_t f[PARSE_MAX_FEATS];
    wt_score(&((trainer *)ctx)->trans, f, parse_trans_features(st, f), sc);
}

static int train_relation(void *ctx, const parse_state *st, int t) {
    trainer *tr = ctx;
    uint64_t f[PARSE_MAX_FEATS];
    float rs[PARSE_MAX_LABELS] = {0};
    wt_score(&tr->rel, f, parse_rel_features(st, t, f), rs);
    return argmax(rs, tr->n_labels, tr->root_label);
}

/* The transitions that led to st, oldest first, into out (2n entries). */
static int steps_of(const parse_state *st, const parse_step **out) {
    int k = 0;
    for (const parse_step *s = st->last; s; s = s->prev) k++;
    int i = k;
    for (const parse_step *s = st->last; s; s = s->prev) out[--i] = s;
    return k;
}

/* The structured update of a violation: replay both transition sequences
** from their first difference, rewarding the gold one's transitions and
** penalising the predicted one's. */
static naba_status update_violation(trainer *tr, const parse_word *w, int n, const parse_state *pred,
                                    const parse_state *gold) {
    const parse_step **ps = naba_arena_alloc(tr->scratch, 4 * ((size_t)n + 1) * sizeof(*ps));
    parse_state base;
    if (!ps || !parse_state_init(&base, w, n, tr->arg_mask, tr->scratch)) return NABA_ERR_NOMEM;
    const parse_step **gs = ps + 2 * (n + 1);
    int k = steps_of(pred, ps), i = 0; /* both made the same number of steps */
    steps_of(gold, gs);
    for (; i < k && ps[i]->t == gs[i]->t && ps[i]->label == gs[i]->label; i++)
        if (!parse_apply(&base, ps[i]->t, ps[i]->label)) return NABA_ERR_NOMEM;
    uint64_t f[PARSE_MAX_FEATS];
    for (int side = 0; side < 2; side++) {
        const parse_step **seq = side ? gs : ps;
        parse_state st = base;
        for (int j = i; j < k; j++) {
            int nf = parse_trans_features(&st, f);
            if (!wt_update(&tr->trans, f, nf, side ? seq[j]->t : -1, side ? -1 : seq[j]->t) ||
                !parse_apply(&st, seq[j]->t, seq[j]->label))
                return NABA_ERR_NOMEM;
        }
    }
    return NABA_OK;
}

/* Beam training with max-violation updates (Huang et al. 2012). The gold
** sequence is latent: the best-scoring item of the beam whose transitions were
** all optimal (least cost), or, once none is left, the gold item advancing on
** its own by the best optimal transition. The update is made where the best
** item outscores the gold one by the most. */
static naba_status train_beam(trainer *tr, const parse_word *w, int n, const int *gh, const int *gl) {
    naba_arena_reset(tr->scratch);
    parse_scorer sc = {train_score, train_relation, tr, tr->root_label};
    parse_item *cur = tr->beams[0], *next = tr->beams[1], gold, vpred, vgold;
    memset(&cur[0], 0, sizeof(parse_item));
    if (!parse_state_init(&cur[0].st, w, n, tr->arg_mask, tr->scratch)) return NABA_ERR_NOMEM;
    cur[0].correct = 1;
    gold = cur[0];
    int size = 1, have_v = 0;
    float maxv = 0;
    uint64_t f[PARSE_MAX_FEATS];
    tr->trans.time++;
    while (!parse_terminal(&cur[0].st)) {
        /* the gold item's own step; the relation model learns on its arcs */
        float gs[T_COUNT] = {0};
        int costs[T_COUNT], gt = -1;
        wt_score(&tr->trans, f, parse_trans_features(&gold.st, f), gs);
        int min = costs_of(&gold.st, gh, costs);
        for (int t = 0; t < T_COUNT; t++)
            if (costs[t] == min && (gt < 0 || gs[t] > gs[gt])) gt = t;
        int label = gt == T_SHIFT ? 0 : label_arc(tr, &gold.st, gt, gh, gl, 0);
        if (label < 0 || !parse_apply(&gold.st, gt, label)) return NABA_ERR_NOMEM;
        gold.score += gs[gt];
        /* the beam's step, and which of its items are still optimal */
        int m = parse_beam_step(&sc, cur, size, next, tr->beam), best_correct = -1;
        if (m < 0) return NABA_ERR_NOMEM;
        int mins[PARSE_MAX_BEAM], pc[PARSE_MAX_BEAM][T_COUNT];
        for (int i = 0; i < size; i++) mins[i] = -1;
        for (int j = 0; j < m; j++) {
            int p = next[j].parent;
            if (!cur[p].correct) continue;
            if (mins[p] < 0) mins[p] = costs_of(&cur[p].st, gh, pc[p]);
            next[j].correct = pc[p][next[j].t] == mins[p];
            if (next[j].correct && best_correct < 0) best_correct = j;
        }
        parse_item *x = cur;
        cur = next, next = x, size = m;
        if (best_correct >= 0) {
            gold = cur[best_correct];
        } else if (!have_v || cur[0].score - gold.score > maxv) {
            maxv = cur[0].score - gold.score, vpred = cur[0], vgold = gold, have_v = 1;
        }
    }
    if (!cur[0].correct && (!have_v || cur[0].score - gold.score > maxv))
        vpred = cur[0], vgold = gold, have_v = 1;
    return have_v ? update_violation(tr, w, n, &vpred.st, &vgold.st) : NABA_OK;
}

/* A training sentence: its words with gold morphology and, with --tags, with
** the morph stage's predicted (jackknifed) morphology; or (uptrain) a news
** sentence with predicted morphology and the tree of an ensemble of parsers. */
typedef struct tb_sentence { parse_word *w, *pw; int *gh, *gl; int n, uptrain; } tb_sentence;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The relation labels of the train part, sorted (so class order is stable). */
static int collect_labels(const naba_cu_file *f, const char **labels, naba_error *err) {
    int n = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (naba_cu_is_dev(&f->sents[i], NABA_DEV_EVERY)) continue;
        for (uint32_t j = 0; j < f->sents[i].n_words; j++) {
            const char *d = f->sents[i].words[j].deprel;
            int k = 0;
            while (k < n && strcmp(labels[k], d)) k++;
            if (k < n) continue;
            if (n == PARSE_MAX_LABELS)
                return naba_fail(err, NABA_ERR_FORMAT, 0, "more than %d relations in the treebank", PARSE_MAX_LABELS);
            labels[n++] = d;
        }
    }
    qsort(labels, (size_t)n, sizeof(char *), cmp_str);
    return n;
}

static int label_index(const char *const *labels, int n, const char *d) {
    for (int i = 0; i < n; i++) if (!strcmp(labels[i], d)) return i;
    return -1;
}

static void help(FILE *f) {
    fputs("usage: naba train parse --treebank FILE [options] -o MODEL\n"
          "       naba train parse --convert OLD -o MODEL\n\n"
          "Train the dependency parser on the train part of a CoNLL-U treebank (every\n"
          "5th document is dev and is left out: naba's fixed split) and write MODEL.\n"
          "Uses FORM, LEMMA, UPOS, FEATS, HEAD, DEPREL and the multiword tokens.\n"
          "Prints the dev scores of the written model (gold words and tags).\n\n"
          "options:\n"
          "  -t, --treebank FILE   CoNLL-U training data\n"
          "  -o, --output MODEL    model file to write (e.g. models/parse.nbm)\n"
          "      --epochs N        passes over the data (default 12)\n"
          "      --seed N          random seed: same seed, same model (default 1)\n"
          "      --upos-noise P    share of words whose UPOS is perturbed (default 0.12)\n"
          "      --case-noise P    share of words whose Case is dropped (default 0.3)\n"
          "      --prune F         drop averaged weights under F (default 0.2; 1 = one update)\n"
          "      --min-updates N   drop features updated fewer than N times (default 2)\n"
          "      --clusters MODEL  copy the word clusters of a morph model (learned from\n"
          "                        news by `naba train morph --news`) into the model\n"
          "      --tags FILE       the treebank again with the morphology the morph stage\n"
          "                        predicts (jackknifed: tools/parse_jackknife.py); its\n"
          "                        sentences must have the treebank's words, in order\n"
          "      --tags-share P    share of training sentences read with those tags each\n"
          "                        epoch; the others get gold tags with noise (default 0.5)\n"
          "      --uptrain FILE    news sentences parsed by an ensemble (naba train reparse\n"
          "                        over naba analyze -u morph -f conllu output), learned\n"
          "                        besides the treebank as they are (uptraining)\n"
          "      --uptrain-share P share of those sentences visited each epoch (default 1)\n"
          "      --reverse         read sentences right to left (an ensemble member for\n"
          "                        naba train reparse; the pipeline's model reads left to right)\n"
          "      --beam N          beam width (default 1: greedy with a dynamic oracle;\n"
          "                        over 1: global training with max-violation updates)\n"
          "      --convert OLD     rewrite OLD, a model of format version 2, in this\n"
          "                        version (the same weights: the same parses)\n"
          "  -q, --quiet           no progress on stderr\n"
          "  -h, --help            this help\n\n"
          "example:\n"
          "  naba train parse --clusters models/morph.nbm \\\n"
          "      -t ../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu -o models/parse.nbm\n", f);
}

static naba_status train(const naba_cu_file *tb, const naba_cu_file *tags, const naba_cu_file *up, trainer *tr,
                         const char *const *labels, int epochs, int quiet, naba_error *err) {
    naba_arena *a = naba_arena_new();
    size_t n_train = 0, n_all = tb->n + (up ? up->n : 0);
    tb_sentence *ts = calloc(n_all + 1, sizeof(tb_sentence));
    size_t *order = calloc(n_all + 1, sizeof(size_t));
    naba_status st = a && ts && order ? NABA_OK : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t i = 0; i < n_all && st == NABA_OK; i++) {
        int auto_ = i >= tb->n; /* an uptraining sentence: all of its file is training data */
        const naba_cu_sentence *s = auto_ ? &up->sents[i - tb->n] : &tb->sents[i];
        if ((!auto_ && naba_cu_is_dev(s, NABA_DEV_EVERY)) || s->n_words == 0) continue;
        tb_sentence *t = &ts[n_train];
        t->n = (int)s->n_words;
        t->uptrain = auto_;
        t->w = parse_words_from_cu(s, a, &tr->clusters);
        t->gh = naba_arena_alloc(a, s->n_words * sizeof(int));
        t->gl = naba_arena_alloc(a, s->n_words * sizeof(int));
        if (tags && !auto_) {
            const naba_cu_sentence *p = i < tags->n ? &tags->sents[i] : NULL;
            if (!p || p->n_words != s->n_words) {
                st = naba_fail(err, NABA_ERR_FORMAT, 0, "--tags: sentence %zu does not have the treebank's words", i + 1);
                break;
            }
            t->pw = parse_words_from_cu(p, a, &tr->clusters);
        }
        if (!t->w || !t->gh || !t->gl || (tags && !auto_ && !t->pw)) {
            st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
            break;
        }
        int ok = 1;
        for (int j = 0; j < t->n; j++) {
            int h = s->words[j].head, l = label_index(labels, tr->n_labels, s->words[j].deprel);
            if (h < 0 || l < 0) ok = 0;
            t->gh[j] = h == 0 ? t->n : h - 1; /* the oracle's ROOT is n */
            t->gl[j] = l < 0 ? 0 : l;
        }
        if (ok && tr->reverse) { /* right to left: words, heads and labels reversed */
            parse_reverse_words(t->w, t->n);
            if (t->pw) parse_reverse_words(t->pw, t->n);
            parse_reverse_tree(t->gh, t->gl, t->n);
        }
        if (ok) order[n_train] = n_train, n_train++;
    }
    parse_word *noisy = NULL;
    size_t cap = 0;
    for (int e = 0; e < epochs && st == NABA_OK; e++) {
        for (size_t i = n_train; i > 1; i--) { /* Fisher-Yates with the seeded generator */
            size_t j = (size_t)(rnd(tr) * (double)i), x = order[i - 1];
            order[i - 1] = order[j];
            order[j] = x;
        }
        for (size_t i = 0; i < n_train && st == NABA_OK; i++) {
            tb_sentence *t = &ts[order[i]];
            if (t->uptrain && tr->uptrain_share < 1 && rnd(tr) >= tr->uptrain_share) continue;
            if ((size_t)t->n + 2 > cap) {
                cap = (size_t)t->n + 2;
                parse_word *nw = realloc(noisy, cap * sizeof(parse_word));
                if (!nw) { st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); break; }
                noisy = nw;
            }
            /* predicted tags as they are, or gold ones made noisy */
            int predicted = t->uptrain || (t->pw && rnd(tr) < tr->tags_share);
            memcpy(noisy, predicted && !t->uptrain ? t->pw : t->w, ((size_t)t->n + 2) * sizeof(parse_word));
            if (!predicted) perturb(tr, noisy, t->n);
            naba_status r = tr->beam > 1 ? train_beam(tr, noisy, t->n, t->gh, t->gl)
                                         : train_greedy(tr, noisy, t->n, t->gh, t->gl, e > 0);
            if (r != NABA_OK)
                st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory training");
        }
        if (!quiet) fprintf(stderr, "epoch %d: %zu sentences, %zu transition and %zu relation features\n",
                            e + 1, n_train, tr->trans.rows, tr->rel.rows);
    }
    free(noisy);
    free(ts);
    free(order);
    if (a) naba_arena_free(a);
    return st;
}

int naba_parse_train_cmd(int argc, char **argv) {
    enum { O_EPOCHS = 256, O_SEED, O_UNOISE, O_CNOISE, O_PRUNE, O_MINUPD, O_BEAM, O_CLUSTERS, O_TAGS, O_TSHARE, O_UPTRAIN,
           O_USHARE, O_REVERSE, O_CONVERT };
    static const struct option longopts[] = {
        {"treebank", required_argument, 0, 't'}, {"output", required_argument, 0, 'o'},
        {"epochs", required_argument, 0, O_EPOCHS}, {"seed", required_argument, 0, O_SEED},
        {"upos-noise", required_argument, 0, O_UNOISE}, {"case-noise", required_argument, 0, O_CNOISE},
        {"prune", required_argument, 0, O_PRUNE}, {"min-updates", required_argument, 0, O_MINUPD},
        {"beam", required_argument, 0, O_BEAM}, {"clusters", required_argument, 0, O_CLUSTERS},
        {"tags", required_argument, 0, O_TAGS}, {"tags-share", required_argument, 0, O_TSHARE},
        {"reverse", no_argument, 0, O_REVERSE}, {"uptrain", required_argument, 0, O_UPTRAIN}, {"uptrain-share", required_argument, 0, O_USHARE},
        {"convert", required_argument, 0, O_CONVERT},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *tb_path = NULL, *out = NULL, *cluster_model = NULL, *tags_path = NULL, *up_path = NULL,
               *convert = NULL;
    int epochs = 12, quiet = 0, beam = 1, reverse = 0, c;
    unsigned min_updates = 2;
    unsigned long seed = 1;
    double unoise = 0.12, cnoise = 0.3, prune = 0.2, tshare = 0.5, ushare = 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "t:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 't': tb_path = optarg; break;
        case 'o': out = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return 0;
        case O_EPOCHS: epochs = atoi(optarg); break;
        case O_SEED: seed = strtoul(optarg, NULL, 10); break;
        case O_UNOISE: unoise = atof(optarg); break;
        case O_CNOISE: cnoise = atof(optarg); break;
        case O_PRUNE: prune = atof(optarg); break;
        case O_MINUPD: min_updates = (unsigned)strtoul(optarg, NULL, 10); break;
        case O_BEAM: beam = atoi(optarg); break;
        case O_CLUSTERS: cluster_model = optarg; break;
        case O_TAGS: tags_path = optarg; break;
        case O_TSHARE: tshare = atof(optarg); break;
        case O_UPTRAIN: up_path = optarg; break;
        case O_USHARE: ushare = atof(optarg); break;
        case O_REVERSE: reverse = 1; break;
        case O_CONVERT: convert = optarg; break;
        default: help(stderr); return 2;
        }
    }
    if (convert && out && !tb_path && optind == argc) {
        naba_error err = {0};
        if (parse_model_convert(convert, out, &err) == NABA_OK) return 0;
        fprintf(stderr, "naba train parse: %s\n", err.message);
        return 3;
    }
    if (!tb_path || !out || optind != argc || epochs < 1 || epochs > 1000 || unoise < 0 || unoise > 1 ||
        cnoise < 0 || cnoise > 1 || tshare < 0 || tshare > 1 || ushare < 0 || ushare > 1 || prune < 0 || beam < 1 || beam > PARSE_MAX_BEAM) {
        help(stderr);
        return 2;
    }
    naba_error err = {0};
    naba_cu_file *tb = NULL, *tags = NULL, *up = NULL;
    if (naba_conllu_read(tb_path, &tb, &err) != NABA_OK ||
        (tags_path && naba_conllu_read(tags_path, &tags, &err) != NABA_OK) ||
        (up_path && naba_conllu_read(up_path, &up, &err) != NABA_OK)) {
        fprintf(stderr, "naba train parse: %s\n", err.message);
        naba_conllu_free(tb);
        naba_conllu_free(tags);
        return 3;
    }
    trainer tr;
    memset(&tr, 0, sizeof tr);
    const char *labels[PARSE_MAX_LABELS];
    tr.n_labels = collect_labels(tb, labels, &err);
    tr.root_label = tr.n_labels > 0 ? label_index(labels, tr.n_labels, "root") : -1;
    tr.arg_mask = parse_arg_mask(labels, tr.n_labels);
    tr.rng = seed * 0x9E3779B97F4A7C15ULL + 1;
    tr.upos_noise = unoise;
    tr.case_noise = cnoise;
    tr.tags_share = tshare;
    tr.uptrain_share = ushare;
    tr.reverse = reverse;
    tr.beam = beam;
    tr.beams[0] = calloc(2 * (size_t)beam, sizeof(parse_item));
    tr.beams[1] = tr.beams[0] ? tr.beams[0] + beam : NULL;
    tr.scratch = naba_arena_new();
    naba_status st = NABA_OK;
    uint32_t *clus = NULL; /* the "clus" section: u32 slots, u32 pad, slots x {hash, value} */
    size_t clus_size = 0;
    if (cluster_model) {
        morph_model *mm = morph_model_open(cluster_model, &err);
        size_t n = mm && mm->clus.slots ? (size_t)mm->clus.mask + 1 : 0;
        clus_size = 8 + 8 * n;
        if (!mm) st = err.code;
        else if (!n) st = naba_fail(&err, NABA_ERR_MODEL, 0, "%s: the morph model has no word clusters", cluster_model);
        else if (!(clus = calloc(1, clus_size))) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        else {
            clus[0] = (uint32_t)n;
            memcpy(clus + 2, mm->clus.slots, 8 * n);
            tr.clusters = (morph_cmap){clus + 2, (uint32_t)n - 1};
        }
        morph_model_close(mm);
    }
    if (tr.n_labels <= 0 || tr.root_label < 0)
        st = err.code ? err.code : naba_fail(&err, NABA_ERR_FORMAT, 0, "%s: no 'root' relation", tb_path);
    if (st == NABA_OK && (!tr.scratch || !tr.beams[0] || !wt_init(&tr.trans, T_COUNT) || !wt_init(&tr.rel, tr.n_labels)))
        st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) st = train(tb, tags, up, &tr, labels, epochs, quiet, &err);
    parse_model_parts parts = {.beam = (uint32_t)beam, .reverse = (uint32_t)reverse, .clus = clus, .clus_size = clus_size};
    char *names = NULL;
    if (st == NABA_OK) {
        wt_average(&tr.trans);
        wt_average(&tr.rel);
        size_t len = 0;
        for (int i = 0; i < tr.n_labels; i++) len += strlen(labels[i]) + 1;
        char *p = names = malloc(len + 1);
        if (!names) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        for (int i = 0; st == NABA_OK && i < tr.n_labels; i++) p = stpcpy(p, labels[i]) + 1;
        parts.labels = names;
        parts.labels_len = len;
        if (st == NABA_OK) st = wt_pack(&tr.trans, &parts.trans, prune, min_updates, &err);
        if (st == NABA_OK) st = wt_pack(&tr.rel, &parts.rel, prune, min_updates, &err);
        if (st == NABA_OK) st = parse_model_save(&parts, out, &err);
    }
    free(names);
    parse_table_free(&parts.trans);
    parse_table_free(&parts.rel);
    wt_free(&tr.trans);
    wt_free(&tr.rel);
    free(clus);
    if (tr.scratch) naba_arena_free(tr.scratch);
    free(tr.beams[0]);
    if (st == NABA_OK && !quiet) st = parse_eval_dev(out, tb, stderr, &err);
    naba_conllu_free(tb);
    naba_conllu_free(tags);
    naba_conllu_free(up);
    if (st != NABA_OK) {
        fprintf(stderr, "naba train parse: %s\n", err.message[0] ? err.message : naba_status_name(st));
        return 3;
    }
    return 0;
}
