/*
** topic_eval.c — `naba eval topic`: a topic model against the site sections
** of held-out news: accuracy, each label's precision, recall and F1, and the
** confusion matrix (gold rows, predicted columns).
**
** The default is the dev split (topic_is_dev: one article in ten by a hash of
** its id, which the trainer never reads). --src S --split all scores every
** article of one source, for a model trained with --skip-src S: sections
** follow each site's habits, and that figure says what the model does on a
** site it has not seen.
*/
#include "cli.h"
#include "stage.h"
#include "topic_corpus.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const topic_model *m;
    size_t conf[NABA_TOPIC_COUNT][NABA_TOPIC_COUNT];
    size_t n;
} tally;

static naba_status score_doc(void *ctx, naba_doc *doc, int label) {
    tally *t = ctx;
    naba_status st = topic_classify(t->m, doc);
    if (st != NABA_OK) return st;
    int best = 0;
    for (int k = 1; k < NABA_TOPIC_COUNT; k++)
        if (doc->topic.probs[k] > doc->topic.probs[best]) best = k;
    t->conf[label][best]++;
    t->n++;
    return NABA_OK;
}

static void report(const tally *t, FILE *f) {
    size_t right = 0;
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) right += t->conf[k][k];
    fprintf(f, "articles %zu  accuracy %.4f\n\n%-11s %7s %7s %7s %7s\n", t->n,
            t->n ? (double)right / (double)t->n : 0, "label", "P", "R", "F1", "gold");
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) {
        size_t gold = 0, pred = 0;
        for (int j = 0; j < NABA_TOPIC_COUNT; j++) { gold += t->conf[k][j]; pred += t->conf[j][k]; }
        double p = pred ? (double)t->conf[k][k] / (double)pred : 0;
        double r = gold ? (double)t->conf[k][k] / (double)gold : 0;
        fprintf(f, "%-11s %7.4f %7.4f %7.4f %7zu\n", naba_topic_name(k), p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0, gold);
    }
    fprintf(f, "\nconfusion (rows gold, columns predicted)\n%-11s", "");
    for (int j = 0; j < NABA_TOPIC_COUNT; j++) fprintf(f, " %5.5s", naba_topic_name(j));
    for (int k = 0; k < NABA_TOPIC_COUNT; k++) {
        fprintf(f, "\n%-11s", naba_topic_name(k));
        for (int j = 0; j < NABA_TOPIC_COUNT; j++) fprintf(f, " %5zu", t->conf[k][j]);
    }
    fputc('\n', f);
}

static void help(FILE *f) {
    fputs("usage: naba eval topic [options] CORPUS.jsonl[.gz]...\n\n"
          "Score a topic model on labelled news (site sections mapped as naba train topic\n"
          "does): accuracy, per-label precision, recall, F1, confusion matrix.\n\n"
          "  -m, --model FILE    the model (default: models/topic.nbm of the data directory)\n"
          "      --split S       dev (default: the articles the trainer leaves out) or all\n"
          "      --src S         only the articles of source S\n\n"
          "examples:\n"
          "  naba eval topic ../shared/data/news/ant_v2.1_multisource.jsonl.gz\n"
          "  naba train topic --skip-src france24 -o /tmp/nof24.nbm ../shared/data/news/ant_v2.1_multisource.jsonl.gz\n"
          "  naba eval topic -m /tmp/nof24.nbm --src france24 --split all ../shared/data/news/ant_v2.1_multisource.jsonl.gz\n",
          f);
}

int topic_eval_main(int argc, char **argv) {
    enum { O_SPLIT = 1000, O_SRC };
    static const struct option longopts[] = {
        {"model", required_argument, 0, 'm'}, {"split", required_argument, 0, O_SPLIT},
        {"src", required_argument, 0, O_SRC}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *model = NULL;
    topic_filter flt = {TOPIC_SPLIT_DEV, NULL, NULL};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case O_SPLIT:
            if (!strcmp(optarg, "dev")) flt.split = TOPIC_SPLIT_DEV;
            else if (!strcmp(optarg, "all")) flt.split = TOPIC_SPLIT_ALL;
            else { help(stderr); return EXIT_USAGE; }
            break;
        case O_SRC: flt.only_src = optarg; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) { help(stderr); return EXIT_USAGE; }
    naba_error err = {0};
    tally t = {0};
    topic_model *m = model ? topic_model_open(model, &err) : topic_open(naba_resolve_data_dir(NULL), NULL, &err);
    t.m = m;
    naba_status st = m ? topic_corpus_each(argv + optind, argc - optind, &flt, score_doc, &t, &err)
                       : err.code;
    topic_model_close(m);
    if (st != NABA_OK) {
        fprintf(stderr, "naba eval topic: %s\n", err.message);
        return EXIT_FATAL;
    }
    report(&t, stdout);
    return EXIT_OK;
}
