/*
** morph_train.c — `naba train morph`: the morph model from a CoNLL-U treebank
** and hunspell-ar, deterministic for a given seed.
**
** Steps: read the treebank's training part (naba_cu_is_dev: every 5th
** document is dev and never seen here); build the dictionaries (morph_build.c)
** and load them as a model without weights; train the segmenter; with --news,
** split raw news with it, learn word clusters and count whole tokens
** (morph_cluster.c); train the tagger and the lemma rules, then the
** unanalysed-token classifier (morph_unan_train.c) — four averaged
** perceptrons with the very feature functions the stage uses; write the
** model; report accuracy on the dev documents with the stage itself, from
** the gold tokens.
*/
#include "input.h"
#include "morph_train.h"
#include "stage.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Default size of the tagger's weight table: 2^N float slots; the segmenter's
** and the lemmatizer's tables are 8 times smaller. */
#define TABLE_BITS 20

/* ---------------------------------------------------------- perceptron */

int avg_init(avg *a, int bits) {
    size_t n = (size_t)1 << bits;
    a->w = calloc(n, sizeof(float));
    a->u = calloc(n, sizeof(double));
    a->mask = (uint32_t)n - 1;
    return a->w && a->u;
}

void avg_free(avg *a) { free(a->w); free(a->u); }

void avg_update(avg *a, const uint64_t *f, int nf, uint32_t cls, float d, double time) {
    for (int i = 0; i < nf; i++) {
        uint32_t s = morph_slot_of(f[i], cls, a->mask);
        a->w[s] += d;
        a->u[s] += time * d;
    }
}

/* The same for a row of the parts table (morph_part_row). */
static void avg_update_part(avg *a, const uint64_t *f, int nf, uint32_t cls, float d, double time) {
    for (int i = 0; i < nf; i++) {
        uint32_t s = morph_part_row(morph_row_of(f[i]), a->mask) + cls;
        a->w[s] += d;
        a->u[s] += time * d;
    }
}

void avg_finish(avg *a, double time) {
    for (size_t i = 0; i <= a->mask; i++) a->w[i] -= (float)(a->u[i] / time);
}

/* a's weights += b's (tables of one size), then a's weights *= x: the mean
** of several runs of one perceptron. */
static void avg_add(avg *a, const avg *b) {
    for (size_t i = 0; i <= a->mask; i++) a->w[i] += b->w[i];
}

static void avg_scale(avg *a, float x) {
    for (size_t i = 0; i <= a->mask; i++) a->w[i] *= x;
}

void morph_shuffle(uint32_t *v, size_t n, uint64_t *seed) {
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(morph_rnd(seed) % i);
        uint32_t x = v[i - 1]; v[i - 1] = v[j]; v[j] = x;
    }
}

/* ---------------------------------------------------------- the three models */

static void train_seg(tb *t, morph_model *m, avg *a, int epochs, uint64_t *seed, int quiet) {
    uint32_t *order = malloc((t->nt + 1) * sizeof(uint32_t));
    morph_cand *c = malloc(MORPH_MAX_CANDS * sizeof(morph_cand));
    uint64_t (*f)[MORPH_MAX_FEATS] = malloc(MORPH_MAX_CANDS * sizeof *f);
    int nf[MORPH_MAX_CANDS];
    if (!order || !c || !f) { free(order); free(c); free(f); return; }
    size_t n = 0;
    for (size_t i = 0; i < t->nt; i++) if (t->t[i].pre != UINT32_MAX) order[n++] = (uint32_t)i;
    double time = 1;
    for (int e = 0; e < epochs; e++) {
        morph_shuffle(order, n, seed);
        size_t wrong = 0;
        for (size_t i = 0; i < n; i++) {
            const tb_token *tk = &t->t[order[i]];
            const char *L = strset_str(&t->T, tk->letters);
            size_t ln = strlen(L);
            int nc = morph_seg_candidates(m, L, ln, c, MORPH_MAX_CANDS);
            int gold = -1;
            const char *host = strset_str(&t->T, tk->host);
            for (int k = 0; k < nc && gold < 0; k++)
                if (c[k].pre == tk->pre && c[k].suf == tk->suf && strcmp(c[k].host, host) == 0) gold = k;
            if (gold < 0 || nc < 2) continue;
            const char *loo = strset_str(&t->T, tk->host_key);
            int best = 0;
            float top = 0;
            for (int k = 0; k < nc; k++) {
                nf[k] = morph_seg_features(m, L, ln, &c[k], loo, f[k]);
                float s = morph_score(&m->wseg, f[k], nf[k], 0);
                if (k == 0 || s > top) { top = s; best = k; }
            }
            if (best != gold) {
                avg_update(a, f[gold], nf[gold], 0, 1, time);
                avg_update(a, f[best], nf[best], 0, -1, time);
                wrong++;
            }
            time++;
        }
        if (!quiet) fprintf(stderr, "  segmentation epoch %d: %.2f%% of ambiguous training tokens wrong\n",
                            e + 1, n ? 100.0 * (double)wrong / (double)n : 0.0);
    }
    avg_finish(a, time);
    free(order); free(c); free(f);
}

static void train_tagger(tb *t, morph_model *m, avg *a, avg *par, int epochs, uint64_t *seed, int quiet) {
    size_t maxw = 1;
    for (size_t i = 0; i < t->ns; i++) if (t->s[i].n_word > maxw) maxw = t->s[i].n_word;
    uint32_t *order = malloc((t->ns + 1) * sizeof(uint32_t));
    morph_wctx *ws = malloc(maxw * sizeof *ws);
    uint32_t *tags = malloc(maxw * sizeof *tags);
    uint32_t *all = malloc(maxw * (MORPH_MAX_TAGS + 1) * sizeof *all);
    int *ncs = malloc(maxw * sizeof *ncs);
    if (!order || !ws || !tags || !all || !ncs) { free(order); free(ws); free(tags); free(all); free(ncs); return; }
    for (size_t i = 0; i < t->ns; i++) order[i] = (uint32_t)i;
    uint64_t f[MORPH_MAX_FEATS + 1];
    double time = 1;
    for (int e = 0; e < epochs; e++) {
        morph_shuffle(order, t->ns, seed);
        size_t wrong = 0, total = 0;
        for (size_t si = 0; si < t->ns; si++) {
            const tb_sent *s = &t->s[order[si]];
            const tb_word *w = &t->w[s->word_first];
            for (uint32_t i = 0; i < s->n_word; i++) {
                ws[i].form = strset_str(&t->T, w[i].form);
                ws[i].len = (uint32_t)strlen(ws[i].form);
                ws[i].key = strset_str(&t->S, w[i].key);
                ws[i].key_len = (uint32_t)strlen(ws[i].key);
                ws[i].role = w[i].role;
                ws[i].n_in_tok = w[i].n_in_tok;
                ws[i].shape = w[i].shape;
                ws[i].loo = !w[i].skip;
            }
            for (uint32_t i = 0; i < s->n_word; i++)
                ncs[i] = morph_tag_candidates(m, &ws[i], all + (size_t)i * (MORPH_MAX_TAGS + 1), MORPH_MAX_TAGS);
            for (uint32_t i = 0; i < s->n_word; i++) {
                uint32_t *cands = all + (size_t)i * (MORPH_MAX_TAGS + 1);
                int nc = ncs[i];
                int gold = -1;
                for (int k = 0; k < nc && gold < 0; k++) if (MORPH_CAND_TAG(cands[k]) == w[i].tag) gold = k;
                if (gold < 0 && !w[i].skip) { gold = nc; cands[nc++] = w[i].tag; }
                int nf = morph_tag_features(m, ws, (int)s->n_word, (int)i, tags, f);
                uint32_t pick = cands[morph_best(m, f, nf, cands, nc)], best = MORPH_CAND_TAG(pick);
                tags[i] = best;
                if (w[i].skip) continue;
                total++;
                if (best != w[i].tag) {
                    /* the features, then the candidate's prior (scored under its tag) */
                    f[nf] = morph_prior_feature(cands[gold]);
                    avg_update(a, f, nf + 1, w[i].tag, 1, time);
                    f[nf] = morph_prior_feature(pick);
                    avg_update(a, f, nf + 1, best, -1, time);
                    /* the parts that differ */
                    uint32_t gp = m->tag_parts[w[i].tag], bp = m->tag_parts[best];
                    for (int b = 0; b < 24; b += 8)
                        if ((gp >> b & 0xFF) != (bp >> b & 0xFF)) {
                            avg_update_part(par, f, nf, gp >> b & 0xFF, 1, time);
                            avg_update_part(par, f, nf, bp >> b & 0xFF, -1, time);
                        }
                    wrong++;
                }
                time++;
            }
        }
        if (!quiet) fprintf(stderr, "  tagging epoch %d: %.2f%% of training words wrong\n", e + 1,
                            total ? 100.0 * (double)wrong / (double)total : 0.0);
    }
    avg_finish(a, time);
    avg_finish(par, time);
    free(order); free(ws); free(tags); free(all); free(ncs);
}

/* Runs 2..runs of the tagger, each from its own shuffles, averaged with the
** first (already in tag and par): the mean of a few averaged perceptrons is
** steadier than any one of them. The first run draws from the trainer's
** stream as a lone run does, so the lemma rules after it are unchanged. */
static naba_status train_tagger_runs(tb *t, morph_model *m, avg *tag, avg *par, int epochs, int runs,
                                     unsigned long seed, int quiet) {
    for (int r = 1; r < runs; r++) {
        avg a = {0}, p = {0};
        if (!avg_init(&a, __builtin_ctz(tag->mask + 1)) || !avg_init(&p, __builtin_ctz(par->mask + 1))) {
            avg_free(&a); avg_free(&p);
            return NABA_ERR_NOMEM;
        }
        m->wtag = (morph_weights){a.w, a.mask};
        m->wpar = (morph_weights){p.w, p.mask};
        uint64_t state = (0x9E3779B97F4A7C15ULL ^ (uint64_t)seed) + (uint64_t)r * 0xD1B54A32D192ED03ULL;
        train_tagger(t, m, &a, &p, epochs, &state, quiet);
        avg_add(tag, &a);
        avg_add(par, &p);
        avg_free(&a); avg_free(&p);
    }
    avg_scale(tag, 1.0f / (float)runs);
    avg_scale(par, 1.0f / (float)runs);
    m->wtag = (morph_weights){tag->w, tag->mask};
    m->wpar = (morph_weights){par->w, par->mask};
    return NABA_OK;
}

typedef struct lemex { uint32_t form, tag, rule, lemma, lk; int alone; } lemex;

static int cmp_lemex(const void *a, const void *b) {
    const lemex *x = a, *y = b;
    if (x->form != y->form) return x->form < y->form ? -1 : 1;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

static void train_lemma(tb *t, morph_model *m, avg *a, int epochs, uint64_t *seed, int quiet) {
    lemex *ex = malloc((t->nw + 1) * sizeof *ex);
    uint32_t *order = malloc((t->nw + 1) * sizeof(uint32_t));
    if (!ex || !order) { free(ex); free(order); return; }
    size_t n = 0;
    uint32_t *fc = calloc(t->T.n + 1, sizeof *fc);
    if (!fc) { free(ex); free(order); return; }
    for (size_t i = 0; i < t->nw; i++) fc[t->w[i].form]++;
    for (size_t i = 0; i < t->nw; i++)
        if (t->w[i].rule != UINT32_MAX && fc[t->w[i].form] <= 10) ex[n++] = (lemex){t->w[i].form, t->w[i].tag, t->w[i].rule, t->w[i].lemma, 0, 0};
    qsort(ex, n, sizeof *ex, cmp_lemex); /* one example per (form, tag, rule) */
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || cmp_lemex(&ex[u - 1], &ex[i])) ex[u++] = ex[i];
    for (size_t i = 0; i < u; i++) order[i] = (uint32_t)i;
    /* leave-one-out: the rules are for unknown words, so while learning from
    ** a form, the form is not a treebank word, and its lemma not a treebank
    ** lemma when no other form has it (else "the result is a known word"
    ** would always point at the gold, as it never does for new words) */
    strset lks;
    uint32_t *nforms = NULL, *last = NULL;
    char buf[600];
    if (!strset_init(&lks)) { free(ex); free(order); free(fc); return; }
    for (size_t i = 0; i < u; i++) {
        const char *l = strset_str(&t->S, ex[i].lemma);
        size_t ln = strlen(l);
        ex[i].lk = ln < sizeof buf ? strset_add(&lks, buf, morph_key(l, ln, buf)) : UINT32_MAX;
    }
    nforms = calloc(lks.n + 1, sizeof *nforms);
    last = calloc(lks.n + 1, sizeof *last);
    if (!nforms || !last) { free(ex); free(order); free(fc); free(nforms); free(last); strset_free(&lks); return; }
    for (size_t i = 0; i < u; i++) /* ex is sorted by form */
        if (ex[i].lk != UINT32_MAX && last[ex[i].lk] != ex[i].form + 1) { last[ex[i].lk] = ex[i].form + 1; nforms[ex[i].lk]++; }
    for (size_t i = 0; i < u; i++) ex[i].alone = ex[i].lk != UINT32_MAX && nforms[ex[i].lk] == 1;
    uint32_t rules[MORPH_MAX_RULES];
    uint64_t f[MORPH_MAX_FEATS], g[MORPH_MAX_RULES][8];
    int ng[MORPH_MAX_RULES];
    double time = 1;
    for (int e = 0; e < epochs; e++) {
        morph_shuffle(order, u, seed);
        size_t wrong = 0;
        for (size_t i = 0; i < u; i++) {
            const lemex *x = &ex[order[i]];
            const char *form = strset_str(&t->T, x->form);
            size_t fn = strlen(form);
            int nr = morph_rule_candidates(m, form, fn, rules, MORPH_MAX_RULES);
            int gold = -1;
            for (int k = 0; k < nr && gold < 0; k++) if (rules[k] == x->rule) gold = k;
            if (gold < 0 || nr < 2) continue;
            int nf = morph_lemma_features(m, form, fn, x->tag, f);
            char fk[600];
            morph_lemma_loo loo = {fk, fn < sizeof fk ? morph_key(form, fn, fk) : 0, NULL, 0, x->alone};
            if (x->lk != UINT32_MAX) { loo.lemma = strset_str(&lks, x->lk); loo.lemma_len = strlen(loo.lemma); }
            int best = 0;
            float top = 0;
            for (int k = 0; k < nr; k++) {
                ng[k] = morph_lemma_rule_features(m, form, fn, rules[k], &loo, g[k]);
                float s = morph_score(&m->wlem, f, nf, rules[k]) + morph_score(&m->wlem, g[k], ng[k], MORPH_LEMMA_SHARED);
                if (k == 0 || s > top) { top = s; best = k; }
            }
            if (best != gold) {
                avg_update(a, f, nf, rules[gold], 1, time);
                avg_update(a, g[gold], ng[gold], MORPH_LEMMA_SHARED, 1, time);
                avg_update(a, f, nf, rules[best], -1, time);
                avg_update(a, g[best], ng[best], MORPH_LEMMA_SHARED, -1, time);
                wrong++;
            }
            time++;
        }
        if (!quiet) fprintf(stderr, "  lemma rules epoch %d: %.2f%% of training types wrong\n", e + 1,
                            u ? 100.0 * (double)wrong / (double)u : 0.0);
    }
    avg_finish(a, time);
    free(ex); free(order); free(nforms); free(last); free(fc);
    strset_free(&lks);
}

/* ---------------------------------------------------------- dev report */

/* Accuracy on the dev documents from gold tokens, with the stage itself. */
static void dev_report(const naba_cu_file *f, morph_model *m, FILE *out) {
    naba_doc *doc = naba_doc_new();
    if (!doc) return;
    size_t toks = 0, seg_ok = 0, words = 0, upos = 0, lemma = 0, feats = 0, all = 0;
    for (size_t i = 0; i < f->n;) {
        size_t end = naba_conllu_doc_end(f, i);
        if (!naba_cu_is_dev(&f->sents[i], NABA_DEV_EVERY) ||
            naba_conllu_doc(f, i, end, 0, NABA_FOLD_DEFAULT, doc) != NABA_OK ||
            morph_run(doc, m, NULL) != NABA_OK) { i = end; continue; }
        size_t tok = 0;
        for (size_t si = i; si < end; si++) {
            const naba_cu_sentence *s = &f->sents[si];
            for (uint32_t k = 0; k < s->n_tokens; k++, tok++) {
                const naba_cu_token *gt = &s->tokens[k];
                const naba_token *t = &doc->tokens.v[tok];
                toks++;
                words += gt->word_count;
                if (t->word_count != gt->word_count) continue;
                int same = 1;
                for (uint32_t j = 0; j < gt->word_count && same; j++)
                    same = !strcmp(doc->words.v[t->word_first + j].form, s->words[gt->word_first + j].form);
                if (!same) continue;
                seg_ok++;
                for (uint32_t j = 0; j < gt->word_count; j++) {
                    const naba_cu_word *g = &s->words[gt->word_first + j];
                    const naba_word *w = &doc->words.v[t->word_first + j];
                    int gu = naba_upos_from_name(g->upos);
                    char gloss[64];
                    if (gu == NABA_UPOS_X && naba_cu_attr(g->misc, "Gloss", gloss, sizeof gloss) &&
                        gloss[0] >= 'A' && gloss[0] <= 'Z') gu = NABA_UPOS_PROPN;
                    int u = gu == w->upos, l = !strcmp(g->lemma, w->lemma), fe = !strcmp(g->feats, w->feats);
                    upos += u; lemma += l; feats += fe; all += u && l && fe;
                }
            }
        }
        i = end;
    }
    naba_doc_free(doc);
    if (!toks) { fprintf(out, "dev: no dev documents (every %dth document is dev)\n", NABA_DEV_EVERY); return; }
    fprintf(out, "dev (gold tokens, every %dth document): %zu tokens, %zu words\n", NABA_DEV_EVERY, toks, words);
    fprintf(out, "  segmentation  %.2f%% of tokens\n", toks ? 100.0 * (double)seg_ok / (double)toks : 0);
    fprintf(out, "  UPOS          %.2f%% of words (PROPN for name-like X, as trained)\n",
            words ? 100.0 * (double)upos / (double)words : 0);
    fprintf(out, "  UFeats        %.2f%%\n", words ? 100.0 * (double)feats / (double)words : 0);
    fprintf(out, "  lemma         %.2f%%\n", words ? 100.0 * (double)lemma / (double)words : 0);
    fprintf(out, "  all three     %.2f%%\n", words ? 100.0 * (double)all / (double)words : 0);
}

/* ---------------------------------------------------------- command */

static void help(FILE *f) {
    fputs("usage: naba train morph --treebank FILE [options] -o MODEL\n\n"
          "Train the morph model (clitic segmentation, UPOS/FEATS/PADT tag, lemmas)\n"
          "from a CoNLL-U treebank and hunspell-ar. Every 5th document of the treebank\n"
          "is dev (naba's fixed split): it is not trained on, and accuracy on it is\n"
          "reported at the end. The same seed gives the same model, byte for byte.\n\n"
          "options:\n"
          "  --treebank FILE   CoNLL-U, e.g. ../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu\n"
          "  --hunspell DIR    where ar.dic is (default /usr/share/hunspell); 'none' to skip\n"
          "  --seed N          shuffling seed (default 1)\n"
          "  --epochs N        perceptron passes (default 10)\n"
          "  --table-bits N    tagger weight table of 2^N floats (default 20; 8..24; the\n"
          "                    unanalysed-token classifier's is 2^(N-4)); smaller\n"
          "                    tables make smaller, less accurate models (tests use 12)\n"
          "  --news FILE       news articles (JSONL, '-' for stdin) to learn word clusters\n"
          "                    from, for the tagger, and to count whole tokens, for the\n"
          "                    unanalysed-token classifier (without it: neither)\n"
          "  --news-words N    read at most N words of news (default 30000000)\n"
          "  --clusters K      fine clusters (default 256; coarse: K/8)\n"
          "  --runs N          train the tagger N times from different shuffles and keep\n"
          "                    the mean of their weights (default 5)\n"
          "  -o, --output FILE the model to write (e.g. models/morph.nbm)\n"
          "  -q, --quiet       no progress on stderr\n"
          "  -h, --help        this help\n\n"
          "example:\n"
          "  zcat ../shared/data/news/*.jsonl.gz | naba train morph --news - \\\n"
          "      --treebank ../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu \\\n"
          "      -o models/morph.nbm\n", f);
}

static morph_model *load_dicts(const char *tmp, naba_model_writer *w, void **bytes, naba_error *err) {
    if (naba_model_writer_save(w, tmp, err) != NABA_OK) return NULL;
    char *buf;
    size_t n;
    naba_status st = naba_read_file(tmp, NABA_DATA_FILE_MAX, &buf, &n, err);
    remove(tmp);
    if (st != NABA_OK) return NULL;
    *bytes = buf;
    return morph_model_open_mem(buf, n, tmp, 0, err);
}

int morph_train_main(int argc, char **argv) {
    static const struct option longopts[] = {
        {"treebank", required_argument, 0, 't'}, {"hunspell", required_argument, 0, 'H'},
        {"seed", required_argument, 0, 's'}, {"epochs", required_argument, 0, 'e'},
        {"output", required_argument, 0, 'o'}, {"quiet", no_argument, 0, 'q'},
        {"table-bits", required_argument, 0, 'b'}, {"help", no_argument, 0, 'h'},
        {"news", required_argument, 0, 'n'}, {"news-words", required_argument, 0, 'W'},
        {"clusters", required_argument, 0, 'k'}, {"runs", required_argument, 0, 'r'}, {0, 0, 0, 0}};
    const char *treebank = NULL, *hunspell = "/usr/share/hunspell", *out = NULL, *news = NULL;
    unsigned long seed = 1, epochs = 10, bits = TABLE_BITS, news_words = 30000000, k = 256, runs = 5;
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        char *end = NULL;
        switch (c) {
        case 't': treebank = optarg; break;
        case 'H': hunspell = strcmp(optarg, "none") ? optarg : NULL; break;
        case 's': seed = strtoul(optarg, &end, 10); if (*end) goto usage; break;
        case 'e': epochs = strtoul(optarg, &end, 10); if (*end || !epochs || epochs > 100) goto usage; break;
        case 'b': bits = strtoul(optarg, &end, 10); if (*end || bits < 8 || bits > 24) goto usage; break;
        case 'n': news = optarg; break;
        case 'W': news_words = strtoul(optarg, &end, 10); if (*end || !news_words) goto usage; break;
        case 'k': k = strtoul(optarg, &end, 10); if (*end || k < 8 || k > 4096) goto usage; break;
        case 'r': runs = strtoul(optarg, &end, 10); if (*end || !runs || runs > 16) goto usage; break;
        case 'o': out = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return 0;
        default: goto usage;
        }
    }
    if (!treebank || !out || optind != argc) goto usage;
    naba_error err = {0};
    naba_cu_file *f = NULL;
    if (naba_conllu_read(treebank, &f, &err) != NABA_OK) {
        fprintf(stderr, "naba train morph: %s\n", err.message);
        return 3;
    }
    clock_t t0 = clock();
    tb t;
    int rc = 3;
    naba_model_writer *w = naba_model_writer_new(MORPH_KIND, MORPH_VERSION);
    void *bytes = NULL;
    morph_model *m = NULL;
    uint32_t *clus = NULL, *unews = NULL;
    size_t clus_size = 0, unews_size = 0;
    avg seg = {0}, tag = {0}, lem = {0}, una = {0}, par = {0};
    uint32_t *ustat = NULL;
    if (tb_load(&t, f, &err) != NABA_OK) goto done;
    if (!w || tb_sections(&t, hunspell, w, &err) != NABA_OK) goto done;
    if (!quiet)
        fprintf(stderr, "morph: %zu training words, %zu tags, %zu prefixes, %zu suffixes, %zu lemma rules, "
                "%zu X relabeled PROPN, %zu hunspell-ar entries\n",
                t.nw, t.ntags, t.naff[0], t.naff[1], t.nrules, t.n_relabeled, t.n_hunspell);
    char tmp[1200];
    snprintf(tmp, sizeof tmp, "%s.dicts", out);
    if (!(m = load_dicts(tmp, w, &bytes, &err))) goto done;
    /* the parts table: a quarter of the tagger's (2^(N-2) floats, rows of 16) */
    if (!avg_init(&seg, (int)bits - 3) || !avg_init(&tag, (int)bits) || !avg_init(&lem, (int)bits - 3) ||
        !avg_init(&par, (int)bits - 2)) {
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        goto done;
    }
    m->wseg = (morph_weights){seg.w, seg.mask};
    m->wtag = (morph_weights){tag.w, tag.mask};
    m->wlem = (morph_weights){lem.w, lem.mask};
    m->wpar = (morph_weights){par.w, par.mask};
    uint64_t state = 0x9E3779B97F4A7C15ULL ^ (uint64_t)seed;
    train_seg(&t, m, &seg, (int)epochs, &state, quiet);
    /* word clusters from the news, split by the segmenter just trained */
    uint32_t none[4] = {1, 0, 0, 0};
    if (news) {
        FILE *nf = strcmp(news, "-") ? fopen(news, "rb") : stdin;
        morph_cluster_opt co = {news_words, 20000, 300, k, 250000, 12, seed * 0x9E3779B97F4A7C15ULL + 7, quiet};
        if (!nf) { naba_fail(&err, NABA_ERR_IO, 0, "%s: cannot open", news); goto done; }
        naba_status cst = morph_clusters(m, nf, news, &co, &clus, &clus_size, &unews, &unews_size, &err);
        if (nf != stdin) fclose(nf);
        if (cst != NABA_OK) goto done;
    }
    if (naba_model_writer_add(w, "clus", clus ? (void *)clus : none, clus ? clus_size : sizeof none) != NABA_OK ||
        naba_model_writer_add(w, "unews", unews ? (void *)unews : none, unews ? unews_size : sizeof none) != NABA_OK) {
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        goto done;
    }
    m->clus = (morph_cmap){clus ? clus + 2 : none + 2, clus ? clus[0] - 1 : 0};
    m->unews = (morph_cmap){unews ? unews + 2 : none + 2, unews ? unews[0] - 1 : 0};
    train_tagger(&t, m, &tag, &par, (int)epochs, &state, quiet);
    if (runs > 1 && train_tagger_runs(&t, m, &tag, &par, (int)epochs, (int)runs, seed, quiet) != NABA_OK) {
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        goto done;
    }
    train_lemma(&t, m, &lem, (int)epochs, &state, quiet);
    /* the unanalysed-token classifier: a few thousand features, 2^16 floats by
    ** default; its own random draws, so that a change to the models before it
    ** does not reshuffle it */
    uint64_t ustate = 0x2545F4914F6CDD1DULL ^ (uint64_t)seed;
    if (morph_unan_train(&t, m, hunspell, &una, bits > 12 ? (int)bits - 4 : 8, (int)epochs, &ustate, quiet, w,
                         &ustat, &err) != NABA_OK)
        goto done;
    if (naba_model_writer_add(w, "wuna", una.w, (una.mask + 1) * sizeof(float)) != NABA_OK ||
        naba_model_writer_add(w, "wseg", seg.w, (seg.mask + 1) * sizeof(float)) != NABA_OK ||
        naba_model_writer_add(w, "wtag", tag.w, (tag.mask + 1) * sizeof(float)) != NABA_OK ||
        naba_model_writer_add(w, "wlem", lem.w, (lem.mask + 1) * sizeof(float)) != NABA_OK ||
        naba_model_writer_add(w, "wpar", par.w, (par.mask + 1) * sizeof(float)) != NABA_OK) {
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        goto done;
    }
    if (naba_model_writer_save(w, out, &err) != NABA_OK) goto done;
    if (!quiet) fprintf(stderr, "morph: wrote %s in %.1f s\n", out, (double)(clock() - t0) / CLOCKS_PER_SEC);
    morph_model *final = morph_model_open(out, &err);
    if (!final) goto done;
    dev_report(f, final, stdout);
    morph_model_close(final);
    rc = 0;
done:
    if (rc) fprintf(stderr, "naba train morph: %s\n", err.message);
    morph_model_close(m);
    free(bytes);
    free(clus);
    free(unews);
    avg_free(&seg); avg_free(&tag); avg_free(&lem); avg_free(&una); avg_free(&par);
    free(ustat);
    naba_model_writer_free(w);
    tb_free(&t);
    naba_conllu_free(f);
    return rc;
usage:
    help(stderr);
    return 2;
}
