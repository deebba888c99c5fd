/*
** qcd_eval.h — `naba eval quotes|counts|dates` (internal): score the three
** stages against stand-off gold annotations joined with the news corpora.
*/
#ifndef NABA_QCD_EVAL_H
#define NABA_QCD_EVAL_H

int qcd_eval_quotes(int argc, char **argv);
int qcd_eval_counts(int argc, char **argv);
int qcd_eval_dates(int argc, char **argv);

#endif
