/*
** eval_conllu.h — `naba eval conllu GOLD SYSTEM`: the CoNLL 2018 shared task
** metrics (internal), reimplemented from the definitions of the official
** conll18_ud_eval.py so naba's figures are comparable with published ones.
**
** Gold and system must spell the same text once white space (Unicode Zs) is
** removed; tokens and sentences are then spans of that character string, and
** words are aligned through it (multiword tokens by LCS of their word forms
** inside the smallest span that no multiword token sticks out of). Every metric
** after Words is computed over aligned words: precision = correct / system
** words, recall = correct / gold words, F1 = 2 correct / (gold + system),
** AligndAcc = correct / aligned words.
**
** One extension: a HEAD of "_" (a file with no parse yet) is read as "unknown"
** and never counts as correct, where the official script would refuse the file.
*/
#ifndef NABA_EVAL_CONLLU_H
#define NABA_EVAL_CONLLU_H

#include "conllu.h"

typedef enum naba_ev_metric {
    NABA_EV_TOKENS = 0, NABA_EV_SENTENCES, NABA_EV_WORDS, NABA_EV_UPOS, NABA_EV_XPOS,
    NABA_EV_UFEATS, NABA_EV_ALLTAGS, NABA_EV_LEMMAS, NABA_EV_UAS, NABA_EV_LAS,
    NABA_EV_CLAS, NABA_EV_MLAS, NABA_EV_BLEX, NABA_EV_COUNT
} naba_ev_metric;

typedef struct naba_ev_score {
    size_t correct, gold, system;
    size_t aligned;      /* words aligned (metrics over aligned words only) */
    int has_aligned;     /* 0 for Tokens, Sentences, Words: no AligndAcc */
} naba_ev_score;

typedef struct naba_ev_result {
    naba_ev_score m[NABA_EV_COUNT];
} naba_ev_result;

/* "Tokens", "UPOS", ... as the official script prints them. */
const char *naba_ev_metric_name(int m);
double naba_ev_precision(const naba_ev_score *s);
double naba_ev_recall(const naba_ev_score *s);
double naba_ev_f1(const naba_ev_score *s);
double naba_ev_aligned_acc(const naba_ev_score *s);

/* Score system against gold. NABA_ERR_FORMAT when the texts differ (the message
** names the first differing character), a sentence has a cycle or several
** roots, or a FORM is empty. gold_name/sys_name are for messages. */
naba_status naba_eval_conllu(const naba_cu_file *gold, const char *gold_name,
                             const naba_cu_file *sys, const char *sys_name,
                             naba_ev_result *out, naba_error *err);

/* Write the result as the official script's table (counts: raw counts) or as
** one JSON object. */
void naba_ev_write_table(const naba_ev_result *r, int counts, FILE *f);
void naba_ev_write_json(const naba_ev_result *r, FILE *f);

/* `naba eval conllu` command line. */
int naba_eval_conllu_cmd(int argc, char **argv);

#endif
