/*
** qcd_eval.c — evaluating quotes, counts and dates against eval/dev/.
**
** Gold annotations are stand-off: article id + byte offsets into the article's
** "text" field in ../shared/data/news + labels (eval/dev/GUIDELINES.md).
** eval/dev/articles.tsv lists the annotated articles (corpus file, id, part:
** a word such as tune, test2; optionally a 4th column naming the layers annotated, e.g.
** "counts", when not all three were); every listed article is scored for its layers, so
** predictions in an article with no gold item of a layer count against precision. The evaluator reads the
** articles from the corpus files (gzipped or not: corpus_file.h), runs the whole
** pipeline with the article's own date, maps every predicted span back to
** original offsets and compares, per part (in the order articles.tsv first
** names them) and over all:
**   quotes  precision / recall by span overlap; speaker correct when the
**           predicted speaker span overlaps the gold one or names the same
**           person (a shared word of 3+ letters after folding: an implicit
**           speaker points back at an earlier mention of the same speaker);
**           a nested quote (the inner speaker's words inside another quote)
**           is not scored: the guidelines annotate the outer quote only;
**   counts  gold numbers found (overlap) and parsed to the right value;
**   dates   gold dates found and resolved to the right ISO value, with the
**           relative ones reported apart.
** Exit 0 when scored, 2 on usage errors, 3 when files cannot be read.
*/
#include "qcd_eval.h"
#include "affix.h"
#include "corpus_file.h"
#include "input.h"
#include "lex.h"
#include "naba.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { L_QUOTES, L_COUNTS, L_DATES };

typedef struct gold {
    char id[128];
    long s, e;          /* span */
    long ss, se;        /* quotes: speaker span, -1 if none */
    double v, v2;       /* counts: value, value_max */
    char value[32];     /* dates: ISO value */
    int relative;       /* dates: resolved against the article date */
    int hit, ok;
} gold;

typedef struct goldset { gold *v; size_t n, cap; } goldset;

enum { MAX_PARTS = 8 };

typedef struct article {
    char file[128];
    char id[128];
    int part;           /* index into artset.parts */
    int seen;
} article;

typedef struct artset {
    article *v;
    size_t n, cap;
    char parts[MAX_PARTS][16]; /* part names, in order of first appearance */
    int nparts;
} artset;

static int part_index(const artset *a, const char *name) {
    for (int t = 0; t < a->nparts; t++) if (!strcmp(a->parts[t], name)) return t;
    return -1;
}

/* Is `what` in the comma-separated list `layers`? */
static int names_layer(const char *layers, const char *what) {
    size_t n = strlen(what);
    for (const char *p = layers;; p++) {
        size_t len = strcspn(p, ",");
        if (len == n && !strncmp(p, what, n)) return 1;
        p += len;
        if (!*p) return 0;
    }
}

/* articles.tsv: corpus file <TAB> id <TAB> part [<TAB> layers]. An article
** whose layers column does not name `what` is left out. */
static int load_articles(const char *path, const char *what, artset *a) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "naba eval: cannot open %s\n", path); return 0; }
    char line[512], part[16], layers[64];
    size_t lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        article x = {0};
        int got = sscanf(line, "%127s %127s %15s %63s", x.file, x.id, part, layers);
        if (got < 3) {
            fprintf(stderr, "naba eval: %s:%zu: want FILE ID PART [LAYERS]\n", path, lineno);
            fclose(f);
            return 0;
        }
        if (got == 4 && !names_layer(layers, what)) continue;
        x.part = part_index(a, part);
        if (x.part < 0) {
            if (a->nparts == MAX_PARTS) {
                fprintf(stderr, "naba eval: %s:%zu: more than %d parts\n", path, lineno, MAX_PARTS);
                fclose(f);
                return 0;
            }
            x.part = a->nparts;
            snprintf(a->parts[a->nparts++], sizeof a->parts[0], "%s", part);
        }
        if (a->n == a->cap) {
            a->cap = a->cap ? a->cap * 2 : 64;
            article *v = realloc(a->v, a->cap * sizeof *v);
            if (!v) { fclose(f); return 0; }
            a->v = v;
        }
        a->v[a->n++] = x;
    }
    fclose(f);
    return 1;
}

static const article *find_article(const artset *a, const char *id) {
    for (size_t k = 0; k < a->n; k++) if (!strcmp(a->v[k].id, id)) return &a->v[k];
    return NULL;
}

static int load_gold(const char *path, int layer, goldset *g) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "naba eval: cannot open %s\n", path); return 0; }
    char line[1024];
    size_t lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        gold x = {0};
        int n = 0;
        if (layer == L_QUOTES)
            n = sscanf(line, "%127s %ld %ld %ld %ld", x.id, &x.s, &x.e, &x.ss, &x.se) == 5;
        else if (layer == L_COUNTS)
            n = sscanf(line, "%127s %ld %ld %lf %lf", x.id, &x.s, &x.e, &x.v, &x.v2) == 5;
        else
            n = sscanf(line, "%127s %ld %ld %31s %d", x.id, &x.s, &x.e, x.value, &x.relative) == 5;
        if (!n || x.e <= x.s) {
            fprintf(stderr, "naba eval: %s:%zu: malformed line\n", path, lineno);
            fclose(f);
            return 0;
        }
        if (g->n == g->cap) {
            g->cap = g->cap ? g->cap * 2 : 256;
            gold *v = realloc(g->v, g->cap * sizeof *v);
            if (!v) { fclose(f); return 0; }
            g->v = v;
        }
        g->v[g->n++] = x;
    }
    fclose(f);
    return 1;
}

static int overlaps(long a, long b, long c, long d) { return a < d && c < b; }

/* Two speaker strings name the same person: a shared folded word of 3+ letters
** (the article ال and clitics ignored). */
static int same_speaker(const char *a, size_t na, const char *b, size_t nb) {
    char fa[1024], fb[1024];
    naba_fold(a, na < 1000 ? na : 1000, LX_FOLD, fa, sizeof fa);
    naba_fold(b, nb < 1000 ? nb : 1000, LX_FOLD, fb, sizeof fb);
    for (char *w = strtok(fa, " ,#_"); w; w = strtok(NULL, " ,#_")) { /* #أليكسي_نافالني */
        char *x = w;
        if (!strncmp(x, "و", 2)) x += 2;
        if (!strncmp(x, "لل", 4)) x += 4; /* ل + ال: "للطبطبائي" */
        if (!strncmp(x, "ال", 4)) x += 4;
        if (strlen(x) < 6) continue; /* three Arabic letters */
        if (strstr(fb, x)) return 1;
    }
    return 0;
}

typedef struct score {
    size_t pred, pred_hit, spk_ok, spk_total;
} score;

static void score_doc(const naba_doc *d, const char *orig, goldset *g, int layer, score *sc, int verbose) {
    for (size_t k = 0; k < g->n; k++) {
        gold *x = &g->v[k];
        if (strcmp(x->id, d->id)) continue;
        if (layer == L_QUOTES) {
            for (size_t i = 0; i < d->quotes.n; i++) {
                const naba_quote *q = &d->quotes.v[i];
                if (q->flags & NABA_QUOTE_NESTED) continue;
                if (overlaps((long)naba_orig_start(d, q->start), (long)naba_orig_end(d, q->end), x->s, x->e)) x->hit = 1;
            }
        } else if (layer == L_COUNTS) {
            for (size_t i = 0; i < d->counts.n; i++) {
                const naba_count *c = &d->counts.v[i];
                if (!overlaps((long)naba_orig_start(d, c->start), (long)naba_orig_end(d, c->end), x->s, x->e)) continue;
                x->hit = 1;
                if (fabs(c->value - x->v) < 1e-6 * (1 + fabs(x->v)) && fabs(c->value_max - x->v2) < 1e-6 * (1 + fabs(x->v2))) x->ok = 1;
            }
        } else {
            for (size_t i = 0; i < d->timexes.n; i++) {
                const naba_timex *t = &d->timexes.v[i];
                if (!overlaps((long)naba_orig_start(d, t->start), (long)naba_orig_end(d, t->end), x->s, x->e)) continue;
                x->hit = 1;
                if (!strcmp(t->value, x->value)) x->ok = 1;
            }
        }
    }
    for (size_t k = 0; k < g->n && verbose; k++) {
        const gold *x = &g->v[k];
        if (strcmp(x->id, d->id) || (x->hit && (layer == L_QUOTES || x->ok))) continue;
        long n = x->e - x->s > 80 ? 80 : x->e - x->s;
        fprintf(stderr, "%s %s %ld-%ld: %.*s\n", x->hit ? "wrong" : "missed", x->id, x->s, x->e, (int)n, orig + x->s);
    }
    /* precision side and, for quotes, the speaker */
    size_t n = layer == L_QUOTES ? d->quotes.n : layer == L_COUNTS ? d->counts.n : d->timexes.n;
    for (size_t i = 0; i < n; i++) {
        long s, e;
        if (layer == L_QUOTES && (d->quotes.v[i].flags & NABA_QUOTE_NESTED)) continue;
        if (layer == L_QUOTES) { s = (long)naba_orig_start(d, d->quotes.v[i].start); e = (long)naba_orig_end(d, d->quotes.v[i].end); }
        else if (layer == L_COUNTS) { s = (long)naba_orig_start(d, d->counts.v[i].start); e = (long)naba_orig_end(d, d->counts.v[i].end); }
        else { s = (long)naba_orig_start(d, d->timexes.v[i].start); e = (long)naba_orig_end(d, d->timexes.v[i].end); }
        sc->pred++;
        gold *best = NULL;
        long best_ov = 0;
        for (size_t k = 0; k < g->n; k++) {
            gold *x = &g->v[k];
            if (strcmp(x->id, d->id) || !overlaps(s, e, x->s, x->e)) continue;
            long ov = (e < x->e ? e : x->e) - (s > x->s ? s : x->s);
            if (ov > best_ov) { best_ov = ov; best = x; }
        }
        if (!best) {
            if (verbose) fprintf(stderr, "spurious %s %ld-%ld: %.*s\n", d->id, s, e, (int)(e - s > 80 ? 80 : e - s), orig + s);
            continue;
        }
        sc->pred_hit++;
        if (layer != L_QUOTES) continue;
        const naba_quote *q = &d->quotes.v[i];
        sc->spk_total++;
        int have = q->speaker_end > q->speaker_start;
        if (best->ss < 0) { sc->spk_ok += !have; continue; }
        if (!have) {
            if (verbose) fprintf(stderr, "speaker %s %ld: got none want '%.*s'\n", d->id, s, (int)(best->se - best->ss),
                                 orig + best->ss);
            continue;
        }
        long ps = (long)naba_orig_start(d, q->speaker_start), pe = (long)naba_orig_end(d, q->speaker_end);
        if (overlaps(ps, pe, best->ss, best->se) ||
            same_speaker(orig + ps, (size_t)(pe - ps), orig + best->ss, (size_t)(best->se - best->ss)))
            sc->spk_ok++;
        else if (verbose)
            fprintf(stderr, "speaker %s %ld: got '%.*s' want '%.*s'\n", d->id, s, (int)(pe - ps), orig + ps,
                    (int)(best->se - best->ss), orig + best->ss);
    }
}

static void report(const char *what, const char *name, int layer, const goldset *g, const artset *a,
                   int part, const score *sc) {
    size_t n = 0, hit = 0, ok = 0, rel = 0, rel_ok = 0, docs = 0;
    for (size_t k = 0; k < a->n; k++) docs += a->v[k].seen && (part < 0 || a->v[k].part == part);
    for (size_t k = 0; k < g->n; k++) {
        const article *art = find_article(a, g->v[k].id);
        if (!art || !art->seen || (part >= 0 && art->part != part)) continue;
        n++;
        hit += g->v[k].hit;
        ok += g->v[k].ok;
        if (g->v[k].relative) { rel++; rel_ok += g->v[k].ok; }
    }
    double P = sc->pred ? 100.0 * sc->pred_hit / sc->pred : 0, R = n ? 100.0 * hit / n : 0;
    printf("%s %s: %zu articles, %zu gold, %zu predicted\n", what, name, docs, n, sc->pred);
    printf("  precision %.1f%%  recall %.1f%%  F1 %.1f\n", P, R, P + R > 0 ? 2 * P * R / (P + R) : 0);
    if (layer == L_QUOTES)
        printf("  speaker correct %.1f%% of %zu found quotes\n", sc->spk_total ? 100.0 * sc->spk_ok / sc->spk_total : 0,
               sc->spk_total);
    else {
        printf("  right value %.1f%% of gold (%zu/%zu), %.1f%% of found\n", n ? 100.0 * ok / n : 0, ok, n,
               hit ? 100.0 * ok / hit : 0);
        if (layer == L_DATES)
            printf("  relative dates resolved right %.1f%% (%zu/%zu)\n", rel ? 100.0 * rel_ok / rel : 0, rel_ok, rel);
    }
}

static int run(int argc, char **argv, int layer, const char *what) {
    const char *dev = "eval/dev", *news = "../shared/data/news", *gold_path = NULL;
    const char *want_name = NULL; /* NULL or "all": every part */
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dev") && i + 1 < argc) dev = argv[++i];
        else if (!strcmp(argv[i], "--news") && i + 1 < argc) news = argv[++i];
        else if (!strcmp(argv[i], "--gold") && i + 1 < argc) gold_path = argv[++i];
        else if (!strcmp(argv[i], "--part") && i + 1 < argc) {
            want_name = argv[++i];
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: naba eval %s [--dev DIR] [--news DIR] [--part NAME|all] [--gold FILE]\n\n"
                   "Runs the pipeline over the annotated articles listed in DIR/articles.tsv\n"
                   "(default eval/dev), read from the corpus files in --news (default\n"
                   "../shared/data/news) with each article's own date, and scores the %s layer\n"
                   "against DIR/%s.tsv (or --gold FILE). Prints each part of articles.tsv\n"
                   "(tune, test2, test3, test4...) and all articles; --part keeps one. Rules are tuned on\n"
                   "`tune` only; the other parts are held out (GUIDELINES.md says which were\n"
                   "read since). A 4th column of articles.tsv names the layers an article\n"
                   "was annotated for; the others leave it out.\n"
                   "eval/dev/GUIDELINES.md describes the annotations; NABA_EVAL_VERBOSE=1 prints\n"
                   "every miss with its text.\n\n"
                   "example (figures in src/quotes/README.md):\n"
                   "  naba eval %s --part tune\n", what, what, what, what);
            return 0;
        } else { fprintf(stderr, "naba eval %s: unknown argument '%s' (see --help)\n", what, argv[i]); return 2; }
    }
    char apath[1100], gpath[1100];
    snprintf(apath, sizeof apath, "%s/articles.tsv", dev);
    if (!gold_path) { snprintf(gpath, sizeof gpath, "%s/%s.tsv", dev, what); gold_path = gpath; }
    goldset g = {0};
    artset a = {0};
    if (!load_articles(apath, what, &a) || !load_gold(gold_path, layer, &g)) { free(a.v); free(g.v); return 3; }
    int want = -1; /* all parts */
    if (want_name && strcmp(want_name, "all")) {
        want = part_index(&a, want_name);
        if (want < 0) {
            fprintf(stderr, "naba eval %s: no part '%s' in %s\n", what, want_name, apath);
            free(a.v);
            free(g.v);
            return 2;
        }
    }
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open(NULL, NULL, NULL, &err);
    if (!p) { fprintf(stderr, "naba eval: %s\n", err.message); free(a.v); free(g.v); return 3; }
    naba_doc *d = naba_doc_new();
    score sc[MAX_PARTS] = {{0}};
    int verbose = getenv("NABA_EVAL_VERBOSE") != NULL;
    int rc = 0;
    /* each corpus file once, in the order articles.tsv first names it */
    for (size_t f = 0; f < a.n; f++) {
        int first = 1;
        for (size_t k = 0; k < f; k++) first &= strcmp(a.v[k].file, a.v[f].file) != 0;
        if (!first) continue;
        char path[1400];
        snprintf(path, sizeof path, "%s/%s", news, a.v[f].file);
        naba_error e1;
        FILE *in = naba_corpus_open(path, &e1);
        if (!in) { fprintf(stderr, "naba eval: %s\n", e1.message); rc = 3; continue; }
        naba_jsonl *r = naba_jsonl_open(in, NABA_DEFAULT_MAX_BYTES);
        naba_record rec;
        naba_error e2;
        while (naba_jsonl_next(r, &rec, &e2)) {
            if (!rec.text || !rec.id) continue;
            article *art = (article *)find_article(&a, rec.id);
            if (!art || art->seen || strcmp(art->file, a.v[f].file)) continue;
            if (naba_doc_load(d, rec.text, rec.text_len, rec.id, rec.title, rec.date) != NABA_OK) continue;
            if (naba_pipeline_run(p, d) != NABA_OK) continue;
            art->seen = 1;
            score_doc(d, rec.text, &g, layer, &sc[art->part], verbose && (want < 0 || want == art->part));
        }
        naba_jsonl_close(r);
        if (naba_corpus_close(in, path, &e1) != NABA_OK) { fprintf(stderr, "naba eval: %s\n", e1.message); rc = 3; }
    }
    for (size_t k = 0; k < a.n; k++)
        if (!a.v[k].seen) { fprintf(stderr, "naba eval: article %s not found in %s/%s\n", a.v[k].id, news, a.v[k].file); rc = 3; }
    score all = {0};
    for (int t = 0; t < a.nparts; t++) {
        all.pred += sc[t].pred; all.pred_hit += sc[t].pred_hit;
        all.spk_ok += sc[t].spk_ok; all.spk_total += sc[t].spk_total;
        if (want < 0 || want == t) report(what, a.parts[t], layer, &g, &a, t, &sc[t]);
    }
    if (want < 0) report(what, "all", layer, &g, &a, -1, &all);
    naba_doc_free(d);
    naba_pipeline_close(p);
    free(g.v);
    free(a.v);
    return rc;
}

int qcd_eval_quotes(int argc, char **argv) { return run(argc, argv, L_QUOTES, "quotes"); }
int qcd_eval_counts(int argc, char **argv) { return run(argc, argv, L_COUNTS, "counts"); }
int qcd_eval_dates(int argc, char **argv) { return run(argc, argv, L_DATES, "dates"); }
