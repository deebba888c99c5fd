/*
** eval_conllu_cli.c — `naba eval conllu GOLD SYSTEM`: reads both files, scores
** them (eval_conllu.c) and prints the official script's table or JSON.
*/
#include "eval_conllu.h"
#include "json.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

void naba_ev_write_table(const naba_ev_result *r, int counts, FILE *f) {
    fputs(counts ? "Metric     | Correct   |      Gold | Predicted | Aligned\n"
                 : "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n", f);
    fputs("-----------+-----------+-----------+-----------+-----------\n", f);
    for (int m = 0; m < NABA_EV_COUNT; m++) {
        const naba_ev_score *s = &r->m[m];
        fprintf(f, "%-11s|", naba_ev_metric_name(m));
        if (counts) {
            fprintf(f, "%10zu |%10zu |%10zu |", s->correct, s->gold, s->system);
            if (s->has_aligned) fprintf(f, "%10zu", s->aligned);
            else if (m == NABA_EV_WORDS) fprintf(f, "%10zu", s->correct);
        } else {
            fprintf(f, "%10.2f |%10.2f |%10.2f |", 100 * naba_ev_precision(s), 100 * naba_ev_recall(s),
                    100 * naba_ev_f1(s));
            if (s->has_aligned) fprintf(f, "%10.2f", 100 * naba_ev_aligned_acc(s));
        }
        fputc('\n', f);
    }
}

void naba_ev_write_json(const naba_ev_result *r, FILE *f) {
    naba_json j;
    json_init(&j, f);
    json_obj(&j);
    for (int m = 0; m < NABA_EV_COUNT; m++) {
        const naba_ev_score *s = &r->m[m];
        json_key(&j, naba_ev_metric_name(m));
        json_obj(&j);
        json_knum(&j, "precision", 100 * naba_ev_precision(s));
        json_knum(&j, "recall", 100 * naba_ev_recall(s));
        json_knum(&j, "f1", 100 * naba_ev_f1(s));
        if (s->has_aligned) json_knum(&j, "aligned_accuracy", 100 * naba_ev_aligned_acc(s));
        json_kint(&j, "correct", (long long)s->correct);
        json_kint(&j, "gold", (long long)s->gold);
        json_kint(&j, "system", (long long)s->system);
        if (s->has_aligned) json_kint(&j, "aligned", (long long)s->aligned);
        json_end_obj(&j);
    }
    json_end_obj(&j);
    fputc('\n', f);
}

static void help(FILE *f) {
    fputs("usage: naba eval conllu [options] GOLD SYSTEM\n\n"
          "Score a system CoNLL-U file against a gold one with the CoNLL 2018 shared task\n"
          "metrics, as the official conll18_ud_eval.py defines them:\n"
          "  Tokens, Sentences  spans of the text (white space removed) that match exactly\n"
          "  Words              words aligned through the text; multiword tokens by the\n"
          "                     longest common subsequence of their word forms\n"
          "  UPOS XPOS UFeats AllTags Lemmas   tags of aligned words (UFeats: universal\n"
          "                     features only)\n"
          "  UAS LAS            head (and relation, without its :subtype) of aligned words\n"
          "  CLAS MLAS BLEX     LAS over content words; MLAS adds tags and function-word\n"
          "                     children, BLEX adds lemmas\n"
          "Precision = correct/system words, Recall = correct/gold words, F1 their\n"
          "harmonic mean, AligndAcc = correct/aligned words. Both files must spell the\n"
          "same text; if not, the first differing character is named.\n"
          "A HEAD of '_' counts as wrong (the official script would refuse the file).\n\n"
          "options:\n"
          "      --json       one JSON object (percentages and raw counts) instead of the table\n"
          "  -c, --counts     raw counts (correct, gold, predicted, aligned) in the table\n"
          "  -h, --help       this help\n\n"
          "example:\n"
          "  naba eval conllu gold.conllu system.conllu\n", f);
}

int naba_eval_conllu_cmd(int argc, char **argv) {
    enum { O_JSON = 256 };
    static const struct option longopts[] = {
        {"json", no_argument, 0, O_JSON}, {"counts", no_argument, 0, 'c'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int json = 0, counts = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "ch", longopts, NULL)) != -1) {
        switch (c) {
        case O_JSON: json = 1; break;
        case 'c': counts = 1; break;
        case 'h': help(stdout); return 0;
        default: help(stderr); return 2;
        }
    }
    if (argc - optind != 2) {
        help(stderr);
        return 2;
    }
    const char *gold_path = argv[optind], *sys_path = argv[optind + 1];
    naba_cu_file *gold = NULL, *sys = NULL;
    naba_error err = {0};
    naba_ev_result r;
    naba_status st = naba_conllu_read(gold_path, &gold, &err);
    if (st == NABA_OK) st = naba_conllu_read(sys_path, &sys, &err);
    if (st == NABA_OK) st = naba_eval_conllu(gold, gold_path, sys, sys_path, &r, &err);
    naba_conllu_free(gold);
    naba_conllu_free(sys);
    if (st != NABA_OK) {
        fprintf(stderr, "naba eval conllu: %s\n", err.message);
        return 3;
    }
    if (json) naba_ev_write_json(&r, stdout);
    else naba_ev_write_table(&r, counts, stdout);
    return 0;
}
