/*
** link_cli.h — the link stage's trainers and evaluators, as `naba train kb`,
** `naba train translit` and `naba eval translit` (rows in src/cli/subcommands.c).
** Each takes argc/argv from the subcommand name on and returns an exit code.
*/
#ifndef NABA_LINK_CLI_H
#define NABA_LINK_CLI_H

int naba_train_kb(int argc, char **argv);
int naba_train_translit(int argc, char **argv);
int naba_eval_translit(int argc, char **argv);

/* Default locations, relative to the project (data) root. */
#define LINK_TRANSLIT_DATA "../shared/data/translit"
#define LINK_GAZETTEER_DATA "../shared/data/gazetteers"
#define LINK_TRANSLIT_MODEL "models/translit.nbm"
#define LINK_KB_MODEL "models/kb.nbm"

#endif
