/*
** subcommands.c — `naba train WHAT` and `naba eval WHAT`: each dispatches to a
** trainer or evaluator that lives beside the stage it serves (src/<stage>/).
** Adding one is one row in a table below.
*/
#include "cli.h"
#include "ner.h"
#include "morph.h"
#include "eval_conllu.h"
#include "parse.h"
#include "qcd_eval.h"
#include "link_cli.h"
#include "events.h"
#include "topic.h"

#include <stdio.h>
#include <string.h>

static const cli_command trainers[] = {
    {"ner", "named-entity recognizer from ANERcorp (+ gazetteers, news clusters)", ner_train_main},
    {"morph", "clitic segmentation, tags and lemmas from a CoNLL-U treebank", morph_train_main},
    {"parse", "the dependency parser, from a CoNLL-U treebank", naba_parse_train_cmd},
    {"reparse", "CoNLL-U parsed by several parser models voting (data for train parse --uptrain)",
     naba_parse_reparse_cmd},
    {"kb", "compile the knowledge base (gazetteers + data/kb/*.tsv) into models/kb.nbm", naba_train_kb},
    {"translit", "learn the Arabic->Latin name model (models/translit.nbm)", naba_train_translit},
    {"events", "compile event dictionaries from PETRARCH, CAMEO and PLOVER", ev_cmd_train},
    {"topic", "the document topic classifier from news site sections (models/topic.nbm)", topic_train_main},
    {NULL, NULL, NULL}};

static const cli_command evaluators[] = {
    {"conllu", "CoNLL 2018 metrics (Words, UPOS, Lemmas, UAS, LAS...) of a CoNLL-U file", naba_eval_conllu_cmd},
    {"ner", "entity-level P/R/F1 per type (conlleval), files or a model on gold tokens", ner_eval_main},
    {"parse", "the parser on the dev split of a treebank, gold words and tags", naba_parse_eval_cmd},
    {"quotes", "quotes: precision, recall, speaker accuracy on eval/dev/quotes.tsv", qcd_eval_quotes},
    {"counts", "counts: numbers found and parsed right on eval/dev/counts.tsv", qcd_eval_counts},
    {"dates", "dates: dates found and resolved right on eval/dev/dates.tsv", qcd_eval_dates},
    {"translit", "pick each held-out Arabic name's English form among 1,000: top-1/top-5", naba_eval_translit},
    {"events", "PROTEST/ASSAULT detection and source actor codes on the event gold standard", ev_cmd_eval},
    {"topic", "topic accuracy and per-label P/R/F1 on the news dev split or an unseen source", topic_eval_main},
    {NULL, NULL, NULL}};

static int dispatch(const char *verb, const cli_command *table, int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        FILE *f = argc < 2 ? stderr : stdout;
        fprintf(f, "usage: naba %s WHAT [options]\n\n", verb);
        for (const cli_command *c = table; c->name; c++) fprintf(f, "  %-8s %s\n", c->name, c->summary);
        fprintf(f, "\nRun 'naba %s WHAT --help' for its options and an example.\n"
                   "Exit status: 0 ok, 2 usage error, 3 fatal (unreadable data, model not written).\n", verb);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    for (const cli_command *c = table; c->name; c++)
        if (!strcmp(c->name, argv[1])) {
            char prog[64]; /* for getopt's messages: "naba train ner" */
            snprintf(prog, sizeof prog, "naba %s %s", verb, c->name);
            argv[1] = prog;
            return c->run(argc - 1, argv + 1);
        }
    fprintf(stderr, "naba %s: unknown '%s' (see naba %s --help)\n", verb, argv[1], verb);
    return EXIT_USAGE;
}

int cmd_train(int argc, char **argv) { return dispatch("train", trainers, argc, argv); }
int cmd_eval(int argc, char **argv) { return dispatch("eval", evaluators, argc, argv); }
