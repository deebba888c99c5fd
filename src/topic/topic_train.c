/*
** topic_train.c — `naba train topic`: the topic model from news whose site
** sections say what each article is about (topic_corpus.c maps them).
**
** Multinomial logistic regression by averaged stochastic gradient descent:
** every article is read once through morph and kept as its feature buckets
** (topic_features), then the epochs visit them in an order drawn from the
** seed. The model is the average of the weights over every step, which needs
** no learning-rate schedule and is steadier than the last step's. Arithmetic
** is in a fixed order, so the same command gives the same bytes.
*/
#include "cli.h"
#include "topic_corpus.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { size_t at, n; int label; } tdoc;

typedef struct {
    uint32_t mask;
    uint32_t *f;       /* every article's buckets, one after another */
    size_t nf, capf;
    tdoc *d;
    size_t nd, capd;
} tset;

static naba_status add_doc(void *ctx, naba_doc *doc, int label) {
    tset *s = ctx;
    if (s->nd == s->capd) {
        size_t cap = s->capd ? 2 * s->capd : 1024;
        tdoc *d = realloc(s->d, cap * sizeof *d);
        if (!d) return NABA_ERR_NOMEM;
        s->d = d;
        s->capd = cap;
    }
    if (s->nf + 2 * doc->words.n > s->capf) {
        size_t cap = s->capf ? 2 * s->capf : 1 << 20;
        while (cap < s->nf + 2 * doc->words.n) cap *= 2;
        uint32_t *f = realloc(s->f, cap * sizeof *f);
        if (!f) return NABA_ERR_NOMEM;
        s->f = f;
        s->capf = cap;
    }
    size_t n = topic_features(doc, s->mask, s->f + s->nf);
    s->d[s->nd++] = (tdoc){s->nf, n, label};
    s->nf += n;
    return NABA_OK;
}

static uint64_t next_rand(uint64_t *x) {
    *x ^= *x << 13; *x ^= *x >> 7; *x ^= *x << 17;
    return *x;
}

/* w and bias learn; u and ub gather step * update, so that the average of the
** weights over all c steps is w - u / c. 0 when out of memory. */
static int train(const tset *s, int epochs, double rate, uint64_t seed, float *w, float *bias) {
    size_t nw = ((size_t)s->mask + 1) * NABA_TOPIC_COUNT;
    double *u = calloc(nw + NABA_TOPIC_COUNT, sizeof *u);
    size_t *order = malloc(s->nd * sizeof *order);
    if (!u || !order) { free(u); free(order); return 0; }
    double *ub = u + nw;
    for (size_t i = 0; i < s->nd; i++) order[i] = i;
    uint64_t x = seed * 0x9E3779B97F4A7C15ULL + 1;
    double c = 1;
    for (int e = 0; e < epochs; e++) {
        for (size_t i = s->nd; i > 1; i--) {
            size_t j = next_rand(&x) % i, t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        for (size_t i = 0; i < s->nd; i++, c++) {
            const tdoc *d = &s->d[order[i]];
            const uint32_t *f = s->f + d->at;
            double g[NABA_TOPIC_COUNT];
            topic_scores(bias, w, f, d->n, g);
            topic_softmax(g);
            g[d->label] -= 1;
            double v = d->n ? 1.0 / sqrt((double)d->n) : 0;
            for (int k = 0; k < NABA_TOPIC_COUNT; k++) {
                bias[k] -= (float)(rate * g[k]);
                ub[k] -= c * rate * g[k];
                g[k] *= rate * v;
            }
            for (size_t j = 0; j < d->n; j++) {
                float *row = w + (size_t)f[j] * NABA_TOPIC_COUNT;
                double *urow = u + (size_t)f[j] * NABA_TOPIC_COUNT;
                for (int k = 0; k < NABA_TOPIC_COUNT; k++) {
                    row[k] -= (float)g[k];
                    urow[k] -= c * g[k];
                }
            }
        }
    }
    for (size_t i = 0; i < nw; i++) w[i] = (float)(w[i] - u[i] / c);
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) bias[k] = (float)(bias[k] - ub[k] / c);
    free(u);
    free(order);
    return 1;
}

static naba_status save(const char *path, const float *w, size_t nw, const float *bias,
                        naba_error *err) {
    char labels[128];
    size_t n = 0;
    for (int k = 0; k < NABA_TOPIC_COUNT; k++)
        n += (size_t)snprintf(labels + n, sizeof labels - n, "%s\n", naba_topic_name(k));
    naba_model_writer *mw = naba_model_writer_new(TOPIC_KIND, TOPIC_VERSION);
    if (!mw || naba_model_writer_add(mw, "labels", labels, n) ||
        naba_model_writer_add(mw, "bias", bias, NABA_TOPIC_COUNT * sizeof *bias) ||
        naba_model_writer_add(mw, "weights", w, nw * sizeof *w)) {
        naba_model_writer_free(mw);
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    naba_status st = naba_model_writer_save(mw, path, err);
    naba_model_writer_free(mw);
    return st;
}

static void help(FILE *f) {
    fputs("usage: naba train topic -o FILE [options] CORPUS.jsonl[.gz]...\n\n"
          "Learn the topic model (docs/topic.md) from JSONL news whose records carry a site\n"
          "section (\"cat\": internationalNews, middleEast, politic -> politics; economy,\n"
          "sport, culture, technology, society; other sections are left out) and a source\n"
          "(\"src\"). Each article is read through the morph stage (models/morph.nbm).\n"
          "The articles of the dev split (naba eval topic) are never trained on.\n\n"
          "  -o, --output FILE   the model to write\n"
          "      --seed N        order of the articles in each epoch (default 1)\n"
          "      --epochs N      passes over the articles (default 4)\n"
          "      --rate R        step size (default 0.5)\n"
          "      --bits N        2^N feature buckets, 8..24 (default 16)\n"
          "      --skip-src S    leave out the articles of source S (a cross-source model)\n"
          "  -q, --quiet         no progress on stderr\n\n"
          "example:\n"
          "  naba train topic -o models/topic.nbm ../shared/data/news/ant_v2.1_multisource.jsonl.gz \\\n"
          "      ../shared/data/news/ant_v1.1_jawharafm.jsonl.gz\n", f);
}

int topic_train_main(int argc, char **argv) {
    enum { O_SEED = 1000, O_EPOCHS, O_RATE, O_BITS, O_SKIP };
    static const struct option longopts[] = {
        {"output", required_argument, 0, 'o'}, {"seed", required_argument, 0, O_SEED},
        {"epochs", required_argument, 0, O_EPOCHS}, {"rate", required_argument, 0, O_RATE},
        {"bits", required_argument, 0, O_BITS}, {"skip-src", required_argument, 0, O_SKIP},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *out = NULL;
    long seed = 1, epochs = 4, bits = 16;
    double rate = 0.5;
    int quiet = 0, c;
    topic_filter flt = {TOPIC_SPLIT_TRAIN, NULL, NULL};
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case O_SEED: seed = strtol(optarg, NULL, 10); break;
        case O_EPOCHS: epochs = strtol(optarg, NULL, 10); break;
        case O_RATE: rate = strtod(optarg, NULL); break;
        case O_BITS: bits = strtol(optarg, NULL, 10); break;
        case O_SKIP: flt.skip_src = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!out || optind >= argc || epochs < 1 || epochs > 100 || !(rate > 0 && rate < 100) ||
        bits < TOPIC_MIN_BITS || bits > TOPIC_MAX_BITS) {
        help(stderr);
        return EXIT_USAGE;
    }
    tset s = {.mask = (1u << bits) - 1};
    naba_error err = {0};
    naba_status st = topic_corpus_each(argv + optind, argc - optind, &flt, add_doc, &s, &err);
    if (st == NABA_OK && s.nd == 0) st = naba_fail(&err, NABA_ERR_FORMAT, 0, "no labelled articles");
    size_t nw = ((size_t)s.mask + 1) * NABA_TOPIC_COUNT;
    float *w = st == NABA_OK ? calloc(nw, sizeof *w) : NULL;
    float bias[NABA_TOPIC_COUNT] = {0};
    if (st == NABA_OK && !w) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    if (st == NABA_OK) {
        if (!quiet) fprintf(stderr, "naba train topic: %zu articles, %zu features\n", s.nd, s.nf);
        if (!train(&s, (int)epochs, rate, (uint64_t)seed, w, bias))
            st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        else st = save(out, w, nw, bias, &err);
    }
    free(w);
    free(s.f);
    free(s.d);
    if (st != NABA_OK) {
        fprintf(stderr, "naba train topic: %s\n", err.message);
        return EXIT_FATAL;
    }
    return EXIT_OK;
}
