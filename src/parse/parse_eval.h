/*
** parse_eval.h — scoring the parser on naba's dev split of a treebank with
** gold words and gold morphology (internal): the trainer's report and
** `naba eval parse`. Scores are the CoNLL 2018 metrics of eval_conllu.h.
*/
#ifndef NABA_PARSE_EVAL_H
#define NABA_PARSE_EVAL_H

#include "eval_conllu.h"
#include "parse.h"

/* Parse the dev sentences of tb with the model at model_path (beam width:
** 0 for the model's) and score them.
** Writes the parsed dev part as CoNLL-U to conllu_out when not NULL. */
naba_status parse_eval_treebank(const char *model_path, int width, const naba_cu_file *tb, naba_ev_result *r,
                                FILE *conllu_out, double *words_per_s, naba_error *err);
/* The same, printing the table to out (the trainer's closing report). */
naba_status parse_eval_dev(const char *model_path, const naba_cu_file *tb, FILE *out, naba_error *err);

/* Write one sentence as CoNLL-U (comments sent_id and text, multiword-token
** lines, every field of the words as they are). */
void parse_write_sentence(FILE *f, const naba_cu_sentence *s);

#endif
