/*
** cli.h — the naba command's subcommands (internal). main.c dispatches; each
** subcommand lives in its own file and returns an exit code (see naba --help).
*/
#ifndef NABA_CLI_H
#define NABA_CLI_H

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

/* A subcommand: name, one-line summary, entry point. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} cli_command;

#endif
