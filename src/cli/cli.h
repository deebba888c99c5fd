/*
** cli.h — the naba command's subcommands (internal). main.c dispatches; each
** subcommand lives in its own file and returns an exit code (see naba --help).
*/
#ifndef NABA_CLI_H
#define NABA_CLI_H

#include "naba.h"

#include <stdio.h>

/* Exit codes: meaningful to scripts. */
enum {
    EXIT_OK = 0,
    EXIT_SOME_FAILED = 1, /* some documents became error records */
    EXIT_USAGE = 2,       /* bad arguments */
    EXIT_FATAL = 3        /* nothing could be done: unreadable input, bad model */
};

int cmd_analyze(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* The options that shape the pipeline, shared by analyze and serve (options.c):
** their getopt_long rows (getopt.h), values past any short option's. */
enum { CLI_O_MAX = 1000, CLI_O_NOREP, CLI_O_NOREPS, CLI_O_BOILER, CLI_O_DATADIR,
       CLI_O_KBEXTRA, CLI_O_EVDICT, CLI_O_EVTOPIC };
#define CLI_PIPELINE_LONGOPTS                                                          \
    {"max-bytes", required_argument, 0, CLI_O_MAX},                                    \
    {"no-repair", required_argument, 0, CLI_O_NOREP},                                  \
    {"no-repairs", no_argument, 0, CLI_O_NOREPS},                                      \
    {"boilerplate", required_argument, 0, CLI_O_BOILER},                               \
    {"data-dir", required_argument, 0, CLI_O_DATADIR},                                 \
    {"kb-extra", required_argument, 0, CLI_O_KBEXTRA},                                 \
    {"events-dict", required_argument, 0, CLI_O_EVDICT},                               \
    {"events-every-topic", no_argument, 0, CLI_O_EVTOPIC}

typedef struct cli_pipeline_args {
    naba_options opt;           /* opt.events_dicts points into ev_dicts: do not copy */
    const char *data_dir;
    const char *ev_dicts[16];
} cli_pipeline_args;
void cli_pipeline_args_init(cli_pipeline_args *a);
/* Record option c (a getopt_long value) with its argument: 1 done, 0 not one of
** these options, -1 a bad value (stderr says so, naming prog). */
int cli_pipeline_option(cli_pipeline_args *a, const char *prog, int c, const char *arg);
/* Their lines in a command's --help. */
void cli_pipeline_help(FILE *f);
/* One word of a list in a help, wrapped at column 79 under the options' text;
** returns the new column. */
int cli_help_word(FILE *f, const char *w, int col);
/* The stages' names, in order, as such a list on its own lines. */
void cli_help_stages(FILE *f);

/* A subcommand: name, one-line summary, entry point. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} cli_command;

#endif
