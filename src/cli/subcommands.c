/*
** subcommands.c — `naba train WHAT` and `naba eval WHAT`: each dispatches to a
** trainer or evaluator that lives beside the stage it serves (src/<stage>/).
** Adding one is one row in a table below.
*/
#include "cli.h"
#include "events.h"

#include <stdio.h>
#include <string.h>

static const cli_command trainers[] = {
    {"events", "compile event dictionaries from PETRARCH, CAMEO and PLOVER", ev_cmd_train},
    {NULL, NULL, NULL}};

static const cli_command evaluators[] = {
    {"events", "PROTEST/ASSAULT detection and source actor codes on the event gold standard", ev_cmd_eval},
    {NULL, NULL, NULL}};

static int dispatch(const char *verb, const cli_command *table, int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        FILE *f = argc < 2 ? stderr : stdout;
        fprintf(f, "usage: naba %s WHAT [options]\n\n", verb);
        for (const cli_command *c = table; c->name; c++) fprintf(f, "  %-8s %s\n", c->name, c->summary);
        fprintf(f, "\nRun 'naba %s WHAT --help' for its options.\n", verb);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    for (const cli_command *c = table; c->name; c++)
        if (!strcmp(c->name, argv[1])) return c->run(argc - 1, argv + 1);
    fprintf(stderr, "naba %s: unknown '%s' (see naba %s --help)\n", verb, argv[1], verb);
    return EXIT_USAGE;
}

int cmd_train(int argc, char **argv) { return dispatch("train", trainers, argc, argv); }
int cmd_eval(int argc, char **argv) { return dispatch("eval", evaluators, argc, argv); }
