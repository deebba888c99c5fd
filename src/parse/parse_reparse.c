/*
** parse_reparse.c — `naba train reparse`: several parser models parse each
** sentence of a CoNLL-U file, each arc gets the votes of the models that
** made it, and the sentence's tree is the maximum spanning tree over the
** votes (Chu-Liu/Edmonds; reparsing, Sagae & Lavie 2006); each word's
** relation is the one most of the models that chose its head gave it.
**
** Why: uptraining (Petrov et al. 2010). The ensemble is more accurate than
** one parser and too slow for the pipeline; it parses news whose words and
** morphology the morph stage predicted (the run-time conditions), and the fast
** greedy parser learns from its trees besides the treebank
** (`naba train parse --uptrain FILE`). Deterministic: ties go to the model
** named first.
*/
#include "parse_eval.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define NEG (-1e30)

/* Chu-Liu/Edmonds: the maximum spanning arborescence rooted at node 0 of the
** complete graph on nodes 0..n-1 with arc scores s[h * n + d] (NEG: no arc);
** head[d] out, head[0] = -1. Each round takes every node's best head; a cycle
** is contracted into one node and the smaller graph solved the same way.
** O(n^3) at worst. Returns 0 on out of memory. */
int parse_mst(const double *s, int n, int *head) {
    head[0] = -1;
    for (int d = 1; d < n; d++) {
        head[d] = -1;
        for (int h = 0; h < n; h++)
            if (h != d && (head[d] < 0 || s[h * n + d] > s[head[d] * n + d])) head[d] = h;
    }
    /* a cycle: walk up from each node, marking the walk with its start */
    int *mark = malloc((size_t)n * sizeof(int)), cyc = -1;
    if (!mark) return 0;
    for (int v = 0; v < n; v++) mark[v] = -1;
    for (int v = 1; v < n && cyc < 0; v++) {
        int x = v;
        while (x > 0 && mark[x] < 0) mark[x] = v, x = head[x];
        if (x > 0 && mark[x] == v) cyc = x;
    }
    if (cyc < 0) { free(mark); return 1; }
    /* contract the cycle through cyc into the last node of the smaller graph;
    ** the others keep their order (node 0 stays 0) */
    int *id = mark, m = 0;
    for (int v = 0; v < n; v++) id[v] = 0;
    int x = cyc;
    do id[x] = -1, x = head[x]; while (x != cyc);
    for (int v = 0; v < n; v++) if (id[v] == 0) id[v] = m++;
    int c = m++, *old = malloc((size_t)m * sizeof(int)), *enter = calloc((size_t)m, sizeof(int));
    int *leave = calloc((size_t)m, sizeof(int)), *nh = malloc((size_t)m * sizeof(int));
    double *t = malloc((size_t)m * (size_t)m * sizeof(double));
    int ok = old && enter && leave && nh && t;
    for (int v = 0; ok && v < n; v++) if (id[v] >= 0) old[id[v]] = v;
    for (int a = 0; ok && a < m; a++) {
        for (int b = 0; b < m; b++) {
            double best = NEG;
            if (a == c && b != c) { /* out of the cycle: its best member as head */
                for (int h = 0; h < n; h++)
                    if (id[h] < 0 && s[h * n + old[b]] > best) best = s[h * n + old[b]], leave[b] = h;
            } else if (b == c && a != c) { /* into the cycle: breaking the arc it replaces */
                for (int d = 0; d < n; d++) {
                    if (id[d] >= 0 || s[old[a] * n + d] <= NEG) continue;
                    double g = s[old[a] * n + d] - s[head[d] * n + d];
                    if (g > best) best = g, enter[a] = d;
                }
            } else if (a != c) {
                best = s[old[a] * n + old[b]];
            }
            t[a * m + b] = best;
        }
    }
    ok = ok && parse_mst(t, m, nh);
    for (int b = 1; ok && b < m; b++) {
        if (b == c) continue;
        head[old[b]] = nh[b] == c ? leave[b] : old[nh[b]];
    }
    if (ok) head[enter[nh[c]]] = old[nh[c]]; /* the one cycle arc broken */
    free(mark);
    free(old);
    free(enter);
    free(leave);
    free(nh);
    free(t);
    return ok;
}

/* The ensemble's tree of one sentence of n words from the K models' heads
** (0-based, -1 root) and labels, hk[k * n + i], lk[k * n + i]: heads and
** labels out in the same form. The vote of model k weighs 1000 - k, so ties
** go to the first model; one root arc only (each costs more than any tree
** gains). Returns the share of (word, model) pairs that agree with the tree
** (head and label), -1 on out of memory. */
double parse_vote(const int *hk, const int *lk, int k, int n, int n_labels, int *heads, int *labels) {
    int N = n + 1;
    double *s = calloc((size_t)N * (size_t)N, sizeof(double)), big = 1000.0 * k * N + 1;
    int *h = malloc((size_t)N * sizeof(int));
    double *lv = calloc((size_t)n_labels, sizeof(double));
    if (!s || !h || !lv) { free(s); free(h); free(lv); return -1; }
    for (int d = 1; d < N; d++) s[d] = -big, s[d * N + d] = NEG;
    for (int v = 0; v < N; v++) s[v * N] = NEG;
    for (int m = 0; m < k; m++)
        for (int i = 0; i < n; i++) s[(hk[m * n + i] + 1) * N + i + 1] += 1000.0 - m;
    double agree = 0;
    if (!parse_mst(s, N, h)) agree = -1;
    for (int i = 0; agree >= 0 && i < n; i++) {
        heads[i] = h[i + 1] - 1;
        memset(lv, 0, (size_t)n_labels * sizeof(double));
        int any = 0;
        for (int m = 0; m < k; m++) any |= hk[m * n + i] == heads[i];
        for (int m = 0; m < k; m++) /* among the models with that head, or all if none */
            if (!any || hk[m * n + i] == heads[i]) lv[lk[m * n + i]] += 1000.0 - m;
        int best = 0;
        for (int l = 1; l < n_labels; l++) if (lv[l] > lv[best]) best = l;
        labels[i] = best;
        for (int m = 0; m < k; m++) agree += hk[m * n + i] == heads[i] && lk[m * n + i] == best;
    }
    free(s);
    free(h);
    free(lv);
    return agree < 0 ? -1 : n ? agree / ((double)n * k) : 1;
}

static naba_status reparse(const parse_model *models, int k, naba_cu_sentence *s, naba_arena *a, double *agree,
                          naba_error *err) {
    int n = (int)s->n_words;
    int *hk = naba_arena_alloc(a, 2 * ((size_t)k + 1) * ((size_t)n + 1) * sizeof(int));
    naba_cu_word *words = naba_arena_alloc(a, ((size_t)n + 1) * sizeof(naba_cu_word));
    if (!hk || !words) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    int *lk = hk + (size_t)k * (size_t)n, *heads = lk + (size_t)k * (size_t)n, *labels = heads + n;
    for (int m = 0; m < k; m++) {
        parse_word *w = parse_words_from_cu(s, a, &models[m].clusters);
        naba_status st = w ? parse_sentence(&models[m], w, n, 0, a, hk + m * n, lk + m * n) : NABA_ERR_NOMEM;
        if (st != NABA_OK) return naba_fail(err, st, 0, "out of memory parsing");
    }
    *agree = parse_vote(hk, lk, k, n, models[0].n_labels, heads, labels);
    if (*agree < 0) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    memcpy(words, s->words, (size_t)n * sizeof(naba_cu_word));
    for (int i = 0; i < n; i++) {
        words[i].head = heads[i] + 1;
        words[i].deprel = models[0].labels[labels[i]];
    }
    s->words = words;
    return NABA_OK;
}

static void help(FILE *f) {
    fputs("usage: naba train reparse -m MODEL -m MODEL ... [options] FILE.conllu\n\n"
          "Parse every sentence of a CoNLL-U file with several parser models (each at\n"
          "the beam width it was trained with), let each model vote for its arcs, and\n"
          "write the maximum spanning tree over the votes (labels by vote) as CoNLL-U\n"
          "on stdout. The file's words, tags and features are what the parsers read:\n"
          "write them with `naba analyze -u morph -f conllu` for run-time conditions.\n"
          "Used to make training data for `naba train parse --uptrain` (uptraining:\n"
          "an accurate slow ensemble teaches the fast parser). Ties go to the model\n"
          "named first; the output is the same for the same input and models.\n\n"
          "options:\n"
          "  -m, --model FILE      a parser model (two or more; all with the same relations)\n"
          "  -o, --output FILE     write there instead of stdout\n"
          "      --min-agree P     keep only the sentences whose (word, model) pairs agree\n"
          "                        with the written tree on head and relation at least P\n"
          "                        of the time (default 0: all)\n"
          "      --max-words N     skip sentences of more than N words (default 0: none)\n"
          "  -h, --help            this help\n\n"
          "example (the dev part's gold words and tags, scored by naba eval conllu):\n"
          "  naba train reparse -m a.nbm -m b.nbm -m c.nbm dev.conllu > ens.conllu\n", f);
}

int naba_parse_reparse_cmd(int argc, char **argv) {
    enum { O_AGREE = 256, O_MAXW };
    static const struct option longopts[] = {
        {"model", required_argument, 0, 'm'}, {"output", required_argument, 0, 'o'},
        {"min-agree", required_argument, 0, O_AGREE}, {"max-words", required_argument, 0, O_MAXW},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    enum { MAX_MODELS = 16 };
    const char *paths[MAX_MODELS], *out = NULL;
    int k = 0, max_words = 0, c;
    double min_agree = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            if (k == MAX_MODELS) { fprintf(stderr, "naba train reparse: at most %d models\n", MAX_MODELS); return 2; }
            paths[k++] = optarg;
            break;
        case 'o': out = optarg; break;
        case O_AGREE: min_agree = atof(optarg); break;
        case O_MAXW: max_words = atoi(optarg); break;
        case 'h': help(stdout); return 0;
        default: help(stderr); return 2;
        }
    }
    if (k < 2 || optind != argc - 1 || min_agree < 0 || min_agree > 1 || max_words < 0) { help(stderr); return 2; }
    naba_error err = {0};
    parse_model models[MAX_MODELS];
    int loaded = 0;
    naba_status st = NABA_OK;
    for (int m = 0; m < k && st == NABA_OK; m++) {
        st = parse_model_load(&models[m], paths[m], &err);
        if (st != NABA_OK) break;
        loaded++;
        int same = models[m].n_labels == models[0].n_labels;
        for (int l = 0; same && l < models[0].n_labels; l++) same = !strcmp(models[m].labels[l], models[0].labels[l]);
        if (!same) st = naba_fail(&err, NABA_ERR_MODEL, 0, "%s: not the relations of %s", paths[m], paths[0]);
    }
    naba_cu_file *f = NULL;
    FILE *o = stdout;
    naba_arena *a = naba_arena_new();
    if (st == NABA_OK && !a) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) st = naba_conllu_read(argv[optind], &f, &err);
    if (st == NABA_OK && out && !(o = fopen(out, "w"))) st = naba_fail(&err, NABA_ERR_IO, 0, "%s: cannot write", out);
    for (size_t i = 0; st == NABA_OK && i < f->n; i++) {
        naba_cu_sentence s = f->sents[i];
        if (s.n_words == 0 || (max_words && s.n_words > (uint32_t)max_words)) continue;
        double agree = 0;
        naba_arena_reset(a);
        st = reparse(models, k, &s, a, &agree, &err);
        if (st == NABA_OK && agree >= min_agree) parse_write_sentence(o, &s);
    }
    if (o != stdout && o && fclose(o) && st == NABA_OK) st = naba_fail(&err, NABA_ERR_IO, 0, "%s: write failed", out);
    naba_conllu_free(f);
    if (a) naba_arena_free(a);
    for (int m = 0; m < loaded; m++) parse_model_free(&models[m]);
    if (st != NABA_OK) {
        fprintf(stderr, "naba train reparse: %s\n", err.message);
        return 3;
    }
    return 0;
}
