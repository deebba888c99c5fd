/*
** parse_eval.c — `naba eval parse`: the parser on naba's dev split of a
** treebank, from gold words and gold morphology, scored with the CoNLL 2018
** metrics (the figure the issue calls "LAS with gold words and morphology").
** Raw-text figures come from `naba analyze -f conllu` + `naba eval conllu`.
*/
#include "parse_eval.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One word or multiword-token line of CoNLL-U. */
static void write_word(FILE *f, uint32_t id, const naba_cu_word *w) {
    fprintf(f, "%u\t%s\t%s\t%s\t%s\t%s\t", id, w->form, w->lemma, w->upos, w->xpos, w->feats);
    if (w->head < 0) fputc('_', f);
    else fprintf(f, "%d", w->head);
    fprintf(f, "\t%s\t%s\t%s\n", w->deprel, w->deps, w->misc);
}

void parse_write_sentence(FILE *f, const naba_cu_sentence *s) {
    if (s->sent_id) fprintf(f, "# sent_id = %s\n", s->sent_id);
    if (s->text) fprintf(f, "# text = %s\n", s->text);
    for (uint32_t t = 0; t < s->n_tokens; t++) {
        const naba_cu_token *tok = &s->tokens[t];
        const naba_cu_word *first = &s->words[tok->word_first];
        if (tok->form != first->form) /* a multiword token line (see conllu_read.c) */
            fprintf(f, "%u-%u\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", tok->word_first + 1,
                    tok->word_first + tok->word_count, tok->form, tok->misc);
        for (uint32_t k = 0; k < tok->word_count; k++)
            write_word(f, tok->word_first + k + 1, &s->words[tok->word_first + k]);
    }
    fputc('\n', f);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); /* CPU time: fair on a busy machine */
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

naba_status parse_eval_treebank(const char *model_path, int width, const naba_cu_file *tb, naba_ev_result *r,
                                FILE *conllu_out, double *words_per_s, naba_error *err) {
    parse_model m;
    naba_status st = parse_model_load(&m, model_path, err);
    if (st != NABA_OK) return st;
    naba_cu_file gold = {0}, sys = {0};
    gold.sents = calloc(tb->n + 1, sizeof(naba_cu_sentence));
    sys.sents = calloc(tb->n + 1, sizeof(naba_cu_sentence));
    naba_arena *a = naba_arena_new(), *scratch = naba_arena_new();
    if (!gold.sents || !sys.sents || !a || !scratch) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    double secs = 0;
    size_t words = 0;
    for (size_t i = 0; i < tb->n && st == NABA_OK; i++) {
        const naba_cu_sentence *s = &tb->sents[i];
        if (!naba_cu_is_dev(s, NABA_DEV_EVERY)) continue;
        gold.sents[gold.n++] = *s;
        naba_cu_sentence *y = &sys.sents[sys.n++];
        *y = *s;
        y->words = naba_arena_alloc(a, (s->n_words + 1) * sizeof(naba_cu_word));
        int *heads = naba_arena_alloc(a, 2 * (s->n_words + 1) * sizeof(int));
        if (!y->words || !heads) { st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); break; }
        memcpy(y->words, s->words, s->n_words * sizeof(naba_cu_word));
        double t0 = now();
        naba_arena_reset(scratch);
        parse_word *w = parse_words_from_cu(s, scratch, &m.clusters);
        st = w ? parse_sentence(&m, w, (int)s->n_words, width, scratch, heads, heads + s->n_words) : NABA_ERR_NOMEM;
        secs += now() - t0;
        words += s->n_words;
        if (st != NABA_OK) { naba_fail(err, st, 0, "out of memory parsing"); break; }
        for (uint32_t j = 0; j < s->n_words; j++) {
            y->words[j].head = heads[j] + 1;
            y->words[j].deprel = m.labels[heads[s->n_words + j]];
        }
        if (conllu_out) parse_write_sentence(conllu_out, y);
    }
    if (st == NABA_OK && gold.n == 0) st = naba_fail(err, NABA_ERR_FORMAT, 0, "the treebank has no dev documents");
    if (st == NABA_OK) st = naba_eval_conllu(&gold, "gold", &sys, "parsed", r, err);
    if (words_per_s) *words_per_s = secs > 0 ? (double)words / secs : 0;
    free(gold.sents);
    free(sys.sents);
    if (a) naba_arena_free(a);
    if (scratch) naba_arena_free(scratch);
    parse_model_free(&m);
    return st;
}

naba_status parse_eval_dev(const char *model_path, const naba_cu_file *tb, FILE *out, naba_error *err) {
    naba_ev_result r;
    double wps;
    naba_status st = parse_eval_treebank(model_path, 0, tb, &r, NULL, &wps, err);
    if (st != NABA_OK) return st;
    fprintf(out, "dev split (every %dth document), gold words and morphology, parser alone %.0f words/s:\n",
            NABA_DEV_EVERY, wps);
    naba_ev_write_table(&r, 0, out);
    return NABA_OK;
}

static void help(FILE *f) {
    fputs("usage: naba eval parse --treebank FILE [options]\n\n"
          "Parse naba's dev split of a CoNLL-U treebank (every 5th document) from its\n"
          "gold words, tags and features, and score heads and relations with the\n"
          "CoNLL 2018 metrics (UAS, LAS, CLAS...; see naba eval conllu --help).\n"
          "For scores from raw text, run naba analyze -f conllu and naba eval conllu.\n\n"
          "options:\n"
          "  -t, --treebank FILE   gold CoNLL-U\n"
          "  -m, --model FILE      parser model (default: models/parse.nbm of the source tree)\n"
          "      --write FILE      also write the parsed dev sentences as CoNLL-U\n"
          "      --beam N          beam width (default: the one the model was trained with)\n"
          "      --json            scores as JSON\n"
          "  -h, --help            this help\n\n"
          "example:\n"
          "  naba eval parse -t ../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu\n", f);
}

int naba_parse_eval_cmd(int argc, char **argv) {
    enum { O_WRITE = 256, O_JSON, O_BEAM };
    static const struct option longopts[] = {
        {"treebank", required_argument, 0, 't'}, {"model", required_argument, 0, 'm'},
        {"write", required_argument, 0, O_WRITE}, {"json", no_argument, 0, O_JSON},
        {"beam", required_argument, 0, O_BEAM},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *tb_path = NULL, *model = NABA_SOURCE_DIR "/" PARSE_MODEL_PATH, *write = NULL;
    int json = 0, width = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "t:m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 't': tb_path = optarg; break;
        case 'm': model = optarg; break;
        case O_WRITE: write = optarg; break;
        case O_JSON: json = 1; break;
        case O_BEAM: width = atoi(optarg); break;
        case 'h': help(stdout); return 0;
        default: help(stderr); return 2;
        }
    }
    if (!tb_path || optind != argc || width < 0 || width > PARSE_MAX_BEAM) { help(stderr); return 2; }
    naba_error err = {0};
    naba_cu_file *tb = NULL;
    FILE *wf = NULL;
    naba_ev_result r;
    double wps = 0;
    naba_status st = naba_conllu_read(tb_path, &tb, &err);
    if (st == NABA_OK && write && !(wf = fopen(write, "w")))
        st = naba_fail(&err, NABA_ERR_IO, 0, "%s: cannot write", write);
    if (st == NABA_OK) st = parse_eval_treebank(model, width, tb, &r, wf, &wps, &err);
    if (wf) fclose(wf);
    naba_conllu_free(tb);
    if (st != NABA_OK) {
        fprintf(stderr, "naba eval parse: %s\n", err.message);
        return 3;
    }
    if (json) naba_ev_write_json(&r, stdout);
    else naba_ev_write_table(&r, 0, stdout);
    fprintf(stderr, "parser alone (features, transitions, labels): %.0f words/s\n", wps);
    return 0;
}
