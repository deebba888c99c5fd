/*
** translit_eval.c — `naba eval translit`: can the model pick an Arabic name's
** English form out of a crowd?
**
** For each held-out pair (translit_data.h), the candidates are its English form
** and N-1 other English words of the same held-out set, drawn by a fixed
** pseudo-random sequence seeded by the item's index, skipping any word that is
** a gold form of the same Arabic (محمد has several). Candidates are ranked by
** log P(latin | arabic); ties count against the gold form. Reports top-1 and
** top-5 accuracy per source.
**
** Then generation: the romanizer writes each held-out Arabic word, and the
** line reports how often that is the pair's English letter for letter (per
** pair, and per occurrence: weighted by the pair's count), and the character
** error rate (edit distance over the English length). The held-out items are
** single words, so a whole name's figure is a word's figure here.
*/
#include "cli.h"
#include "link_cli.h"
#include "namekey.h"
#include "translit.h"
#include "translit_data.h"
#include "translit_words.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_pair(const void *a, const void *b) {
    const tl_pair *x = a, *y = b;
    int c = strcmp(x->ar, y->ar);
    return c ? c : strcmp(x->lat, y->lat);
}

static uint64_t next_rand(uint64_t *s) {
    *s ^= *s << 13; *s ^= *s >> 7; *s ^= *s << 17;
    return *s;
}

/* Is w a gold form of the Arabic of pair i? Pairs are sorted by Arabic. */
static int is_gold(const tl_pairs *h, size_t i, const char *w) {
    size_t a = i;
    while (a > 0 && !strcmp(h->v[a - 1].ar, h->v[i].ar)) a--;
    for (; a < h->n && !strcmp(h->v[a].ar, h->v[i].ar); a++)
        if (!strcmp(h->v[a].lat, w)) return 1;
    return 0;
}

/* The romanizer's spelling of each held-out word against the pair's English. */
static void generation(const translit *t, const char *name, const tl_pairs *h, size_t limit) {
    size_t items = 0, exact = 0;
    double occ = 0, occ_exact = 0, edits = 0, letters = 0;
    for (size_t i = 0; i < h->n && (!limit || items < limit); i++) {
        const tl_pair *p = &h->v[i];
        char low[256];
        tl_words_spelling(t, p->ar, low, sizeof low);
        int right = !strcmp(low, p->lat);
        items++;
        exact += (size_t)right;
        occ += p->count;
        occ_exact += right ? p->count : 0;
        edits += name_edit_distance(low, p->lat, 1000);
        letters += (double)strlen(p->lat);
    }
    printf("%s\tgeneration\t%zu items\texact %.2f%%\tper occurrence %.2f%%\tcharacter error %.2f%%\n", name, items,
           items ? 100.0 * (double)exact / (double)items : 0.0, occ ? 100.0 * occ_exact / occ : 0.0,
           letters ? 100.0 * edits / letters : 0.0);
}

static void evaluate(const translit *t, const char *name, tl_pairs *h, size_t ncand, size_t limit) {
    qsort(h->v, h->n, sizeof(tl_pair), cmp_pair);
    size_t u = 0; /* drop duplicate pairs */
    for (size_t i = 0; i < h->n; i++) {
        if (u && !cmp_pair(&h->v[u - 1], &h->v[i])) {
            h->v[u - 1].count += h->v[i].count;
            free(h->v[i].ar); free(h->v[i].lat);
            continue;
        }
        h->v[u++] = h->v[i];
    }
    h->n = u;
    char **words = malloc((h->n ? h->n : 1) * sizeof(char *));
    size_t nw = 0;
    for (size_t i = 0; i < h->n; i++) words[nw++] = h->v[i].lat;
    qsort(words, nw, sizeof(char *), cmp_str);
    size_t w = 0;
    for (size_t i = 0; i < nw; i++) if (!w || strcmp(words[w - 1], words[i])) words[w++] = words[i];
    nw = w;
    size_t items = 0, top1 = 0, top5 = 0;
    unsigned char *used = calloc(nw ? nw : 1, 1);
    size_t *chosen = malloc(ncand * sizeof(size_t));
    for (size_t i = 0; i < h->n && (!limit || items < limit); i++) {
        const tl_pair *p = &h->v[i];
        double gold = translit_word_logprob(t, p->ar, strlen(p->ar), p->lat, strlen(p->lat));
        uint64_t seed = 0x9E3779B97F4A7C15ULL ^ (uint64_t)(i + 1) * 0xBF58476D1CE4E5B9ULL;
        size_t nc = 0, better = 0, tries = 0;
        while (nc + 1 < ncand && tries < ncand * 20) {
            tries++;
            size_t k = next_rand(&seed) % nw;
            if (used[k] || is_gold(h, i, words[k])) continue;
            used[k] = 1;
            chosen[nc++] = k;
            double s = translit_word_logprob(t, p->ar, strlen(p->ar), words[k], strlen(words[k]));
            if (s >= gold) better++;
        }
        for (size_t c = 0; c < nc; c++) used[chosen[c]] = 0;
        items++;
        top1 += better == 0;
        top5 += better < 5;
    }
    printf("%s\t%zu items\t%zu candidates\ttop-1 %.2f%%\ttop-5 %.2f%%\n", name, items, ncand,
           items ? 100.0 * (double)top1 / (double)items : 0.0, items ? 100.0 * (double)top5 / (double)items : 0.0);
    generation(t, name, h, limit);
    free(used);
    free(chosen);
    free(words);
}

static void help(FILE *f) {
    fputs("usage: naba eval translit [options]\n\n"
          "Rank each held-out Arabic name's English form among N candidates (the true one\n"
          "and N-1 other English names of the held-out set) and report top-1 and top-5.\n"
          "Held-out parts: google_ar2en's eval file; every 10th line of netranslit.\n\n"
          "options:\n"
          "  --data DIR        translit data folder (default " LINK_TRANSLIT_DATA ")\n"
          "  --model FILE      model (default " LINK_TRANSLIT_MODEL ")\n"
          "  --source S        google, wikidata or both (default both, reported apart)\n"
          "  --candidates N    candidates per item (default 1000)\n"
          "  --limit N         score only the first N items of each source\n"
          "  --no-memory       romanize with the letter channel alone (no word memory)\n\n"
          "example (figures in src/link/README.md):\n"
          "  naba eval translit --model models/translit.nbm --source both\n", f);
}

int naba_eval_translit(int argc, char **argv) {
    static const struct option longopts[] = {
        {"data", required_argument, 0, 'd'}, {"model", required_argument, 0, 'm'},
        {"source", required_argument, 0, 's'}, {"candidates", required_argument, 0, 'c'},
        {"limit", required_argument, 0, 'l'}, {"no-memory", no_argument, 0, 'n'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *data = LINK_TRANSLIT_DATA, *model = LINK_TRANSLIT_MODEL;
    int sources = TL_SRC_BOTH, memory = 1, c;
    long ncand = 1000, limit = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': data = optarg; break;
        case 'm': model = optarg; break;
        case 's':
            if (!strcmp(optarg, "google")) sources = TL_SRC_GOOGLE;
            else if (!strcmp(optarg, "wikidata")) sources = TL_SRC_WIKIDATA;
            else if (!strcmp(optarg, "both")) sources = TL_SRC_BOTH;
            else { fprintf(stderr, "naba eval translit: unknown source '%s'\n", optarg); return EXIT_USAGE; }
            break;
        case 'c': ncand = atol(optarg); if (ncand < 2 || ncand > 100000) { fputs("naba eval translit: --candidates wants 2..100000\n", stderr); return EXIT_USAGE; } break;
        case 'l': limit = atol(optarg); if (limit < 0) { fputs("naba eval translit: --limit wants N >= 0\n", stderr); return EXIT_USAGE; } break;
        case 'n': memory = 0; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    naba_error err = {0};
    translit *t = translit_open(model, &err);
    if (!t) { fprintf(stderr, "naba eval translit: %s\n", err.message); return EXIT_FATAL; }
    if (!memory) t->nwords = 0;
    int rc = EXIT_OK;
    for (int s = TL_SRC_GOOGLE; s <= TL_SRC_WIKIDATA && rc == EXIT_OK; s <<= 1) {
        if (!(sources & s)) continue;
        tl_pairs h = {0};
        if (tl_pairs_load(data, s, 1, &h, &err) != NABA_OK) {
            fprintf(stderr, "naba eval translit: %s\n", err.message);
            rc = EXIT_FATAL;
        } else {
            evaluate(t, s == TL_SRC_GOOGLE ? "google" : "wikidata", &h, (size_t)ncand, (size_t)limit);
        }
        tl_pairs_free(&h);
    }
    translit_close(t);
    return rc;
}
