/*
** ner_eval.c — `naba eval ner`: entity-level exact-match precision, recall and
** F1 per type and overall, scored as conlleval does (a chunk counts only when
** its first token, last token and type all agree with the gold one).
**
** It compares two `word TAG` files token by token, or tags the gold file's
** own tokens with a model (the same morph analysis and ner_tag_doc the
** pipeline runs, Latin rule included; each block of NER_DEV_BLOCK sentences is
** one document) and scores that — on the whole file or on naba's dev split.
*/
#include "ner.h"
#include "cli.h"
#include "stage.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ner_next_chunk(const uint8_t *tags, size_t n, size_t *i, ner_chunk *c) {
    while (*i < n && tags[*i] == 0) (*i)++;
    if (*i >= n) return 0;
    c->start = *i;
    c->type = ner_tag_type(tags[*i]);
    (*i)++;
    while (*i < n && tags[*i] == ner_tag_make(c->type, 1)) (*i)++;
    c->end = *i;
    return 1;
}

void ner_score_add(ner_score *s, const uint8_t *gold, const uint8_t *sys, size_t n) {
    size_t gi = 0, si = 0;
    ner_chunk g, y;
    int hg = ner_next_chunk(gold, n, &gi, &g), hs = ner_next_chunk(sys, n, &si, &y);
    while (hg || hs) {
        if (hg && hs && g.start == y.start) {
            s->gold[g.type]++;
            s->sys[y.type]++;
            if (g.end == y.end && g.type == y.type) s->ok[g.type]++;
            hg = ner_next_chunk(gold, n, &gi, &g);
            hs = ner_next_chunk(sys, n, &si, &y);
        } else if (hg && (!hs || g.start < y.start)) {
            s->gold[g.type]++;
            hg = ner_next_chunk(gold, n, &gi, &g);
        } else {
            s->sys[y.type]++;
            hs = ner_next_chunk(sys, n, &si, &y);
        }
    }
}

double ner_score_f1(const ner_score *s, int type, double *p, double *r) {
    size_t g = 0, y = 0, ok = 0;
    for (int t = 0; t < NABA_ENT_COUNT; t++) {
        if (type >= 0 && t != type) continue;
        g += s->gold[t]; y += s->sys[t]; ok += s->ok[t];
    }
    double P = y ? 100.0 * (double)ok / (double)y : 0, R = g ? 100.0 * (double)ok / (double)g : 0;
    if (p) *p = P;
    if (r) *r = R;
    return P + R > 0 ? 2 * P * R / (P + R) : 0;
}

static void report(const ner_score *s, size_t tokens, size_t sents) {
    printf("%zu sentences, %zu tokens\n", sents, tokens);
    printf("%-5s %7s %7s %7s %7s %7s %7s\n", "type", "gold", "system", "correct", "P", "R", "F1");
    for (int t = -1; t < NABA_ENT_COUNT; t++) {
        double p, r, f = ner_score_f1(s, t, &p, &r);
        size_t g = 0, y = 0, ok = 0;
        for (int k = 0; k < NABA_ENT_COUNT; k++)
            if (t < 0 || k == t) { g += s->gold[k]; y += s->sys[k]; ok += s->ok[k]; }
        printf("%-5s %7zu %7zu %7zu %7.2f %7.2f %7.2f\n", t < 0 ? "all" : naba_ent_type_name(t), g, y, ok,
               p, r, f);
    }
}

static void help(FILE *f) {
    fputs("usage: naba eval ner GOLD SYSTEM\n"
          "       naba eval ner GOLD [--model MODEL]\n"
          "       naba eval ner --data FILE --dev [--model MODEL]\n\n"
          "Score named entities, entity by entity (exact span and type, as conlleval):\n"
          "precision, recall and F1 per type (PER, LOC, ORG, MISC) and overall.\n"
          "Files are `word TAG` lines in IOB2 (B-PERS or B-PER, LOC, ORG, MISC), a blank\n"
          "line between sentences. With SYSTEM, both files must hold the same tokens.\n"
          "Without SYSTEM, the model tags GOLD's tokens and that is scored.\n\n"
          "options:\n"
          "  --model MODEL   model file (default: models/ner.nbm in the data directory)\n"
          "  --morph MODEL   morph model run over the tokens first, as the pipeline does\n"
          "                  (default: models/morph.nbm in the data directory)\n"
          "  --data FILE     the gold file, given as an option\n"
          "  --dev           score only naba's dev split of FILE: blocks of 50 sentences,\n"
          "                  every 10th block (the split `naba train ner` holds out)\n"
          "  --tags OUT      also write the scored sentences as `word GOLD SYSTEM` lines\n"
          "                  (for reading the errors; blank line between sentences)\n\n"
          "example:\n"
          "  naba eval ner --data ../shared/data/anercorp/ANERCorp_CamelLab_train.txt --dev\n", f);
}

uint8_t *ner_tag_corpus(const ner_model *m, ner_corpus *c, int dev_only, naba_error *err) {
    size_t maxlen = 1, maxdoc = 1;
    for (size_t s = 0; s < c->n_sents; s++)
        if (c->sent[s + 1] - c->sent[s] > maxlen) maxlen = c->sent[s + 1] - c->sent[s];
    for (size_t s = 0; s < c->n_sents; s += NER_DEV_BLOCK) {
        size_t e = s + NER_DEV_BLOCK < c->n_sents ? s + NER_DEV_BLOCK : c->n_sents;
        if (c->sent[e] - c->sent[s] > maxdoc) maxdoc = c->sent[e] - c->sent[s];
    }
    uint8_t *tags = calloc(c->n + 1, 1);
    float *conf = malloc((c->n + 1) * sizeof(float));
    ner_span *sp = malloc(NER_DEV_BLOCK * sizeof *sp);
    void *scratch = malloc(ner_tag_doc_scratch(maxlen, maxdoc));
    if (!tags || !conf || !sp || !scratch) {
        free(tags); free(conf); free(sp); free(scratch);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    for (size_t s = 0; s < c->n_sents; s += NER_DEV_BLOCK) {
        if (dev_only && !ner_is_dev(s)) continue;
        size_t k = 0;
        for (size_t i = s; i < s + NER_DEV_BLOCK && i < c->n_sents; i++)
            sp[k++] = (ner_span){c->sent[i], c->sent[i + 1] - c->sent[i]};
        if (!ner_tag_doc(m, c->words, sp, k, tags, conf, scratch)) {
            free(tags);
            tags = NULL;
            naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
            break;
        }
    }
    free(conf);
    free(sp);
    free(scratch);
    return tags;
}

static const char *bio_name(int t) {
    static char buf[NER_TAGS][8];
    if (!t) return "O";
    snprintf(buf[t], sizeof buf[t], "%c-%s", ner_tag_inside(t) ? 'I' : 'B', naba_ent_type_name(ner_tag_type(t)));
    return buf[t];
}

/* One `word GOLD SYSTEM` line per token of sentence [a, a+n), then a blank line. */
static void write_tags(FILE *f, const ner_corpus *gold, const uint8_t *sys, size_t a, size_t n) {
    for (size_t i = a; i < a + n; i++)
        fprintf(f, "%.*s %s %s\n", (int)gold->words[i].n, gold->words[i].s, bio_name(gold->gold[i]),
                bio_name(sys[i]));
    fputc('\n', f);
}

int ner_eval_main(int argc, char **argv) {
    static const struct option lo[] = {{"model", 1, 0, 'm'}, {"data", 1, 0, 'd'}, {"dev", 0, 0, 'D'}, {"morph", 1, 0, 'M'},
                                       {"tags", 1, 0, 'T'}, {"help", 0, 0, 'h'}, {0, 0, 0, 0}};
    const char *model = NULL, *gold_path = NULL, *morph = NULL, *tags_path = NULL;
    int dev = 0, ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (ch) {
        case 'm': model = optarg; break;
        case 'd': gold_path = optarg; break;
        case 'D': dev = 1; break;
        case 'M': morph = optarg; break;
        case 'T': tags_path = optarg; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    const char *sys_path = NULL;
    if (!gold_path && optind < argc) gold_path = argv[optind++];
    if (optind < argc) sys_path = argv[optind++];
    if (!gold_path || optind < argc || (sys_path && (model || dev))) {
        fputs("naba eval ner: give GOLD SYSTEM, or GOLD (or --data FILE) with a model (see --help)\n", stderr);
        return EXIT_USAGE;
    }
    naba_error err = {0};
    ner_corpus gold = {0}, sys = {0};
    ner_model *m = NULL;
    uint8_t *tags = NULL;
    naba_status st = ner_corpus_read(gold_path, 0, &gold, &err);
    if (st == NABA_OK && sys_path) {
        st = ner_corpus_read(sys_path, 0, &sys, &err);
        if (st == NABA_OK && (sys.n != gold.n || sys.n_sents != gold.n_sents))
            st = naba_fail(&err, NABA_ERR_FORMAT, 0, "%s has %zu tokens in %zu sentences, %s has %zu in %zu",
                           sys_path, sys.n, sys.n_sents, gold_path, gold.n, gold.n_sents);
    } else if (st == NABA_OK) {
        char path[1200], mpath[1200];
        const char *dir = naba_resolve_data_dir(NULL);
        if (!model) model = naba_data_path(dir, "models/ner.nbm", path, sizeof path);
        if (!morph) morph = naba_data_path(dir, "models/morph.nbm", mpath, sizeof mpath);
        m = ner_model_open(model, &err);
        if (!m) st = err.code;
        else if (!ner_model_memo(m)) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        else if (*morph) st = ner_corpus_morph(&gold, morph, &err);
        if (st == NABA_OK && !(tags = ner_tag_corpus(m, &gold, dev, &err))) st = err.code;
    }
    FILE *tf = NULL;
    if (st == NABA_OK && tags_path && !(tf = fopen(tags_path, "w")))
        st = naba_fail(&err, NABA_ERR_IO, 0, "%s: cannot write", tags_path);
    if (st == NABA_OK) {
        ner_score sc = {0};
        size_t tokens = 0, sents = 0;
        for (size_t s = 0; s < gold.n_sents; s++) {
            if (dev && !ner_is_dev(s)) continue;
            size_t a = gold.sent[s], n = gold.sent[s + 1] - a;
            ner_score_add(&sc, gold.gold + a, sys_path ? sys.gold + a : tags + a, n);
            if (tf) write_tags(tf, &gold, sys_path ? sys.gold : tags, a, n);
            tokens += n;
            sents++;
        }
        report(&sc, tokens, sents);
    } else {
        fprintf(stderr, "naba eval ner: %s\n", err.message);
    }
    if (tf && fclose(tf) != 0 && st == NABA_OK) {
        fprintf(stderr, "naba eval ner: %s: write failed\n", tags_path);
        st = NABA_ERR_IO;
    }
    free(tags);
    ner_model_close(m);
    ner_corpus_free(&gold);
    ner_corpus_free(&sys);
    return st == NABA_OK ? EXIT_OK : EXIT_FATAL;
}
