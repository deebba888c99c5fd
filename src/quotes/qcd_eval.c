/*
** qcd_eval.c — evaluating quotes, counts and dates against eval/dev/.
**
** Gold annotations are stand-off: article id + byte offsets into the article's
** "text" field in ../shared/data/news + labels (eval/dev/GUIDELINES.md). The
** evaluator reads the articles named in the gold file from the --news JSONL
** files (gzip read through `gzip -dc`), runs the whole pipeline with the
** article's own date, maps every predicted span back to original offsets and
** compares:
**   quotes  precision / recall by span overlap; speaker correct when the
**           predicted speaker span overlaps the gold one or names the same
**           person (a shared word of 3+ letters after folding: an implicit
**           speaker points back at an earlier mention of the same speaker);
**   counts  gold numbers found (overlap) and parsed to the right value;
**   dates   gold dates found and resolved to the right ISO value, with the
**           relative ones reported apart.
** Exit 0 when scored, 2 on usage errors, 3 when files cannot be read.
*/
#include "qcd_eval.h"
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
            g->v = realloc(g->v, g->cap * sizeof *g->v);
            if (!g->v) { fclose(f); return 0; }
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
    for (char *w = strtok(fa, " ,"); w; w = strtok(NULL, " ,")) {
        char *x = w;
        if (!strncmp(x, "و", 2)) x += 2;
        if (!strncmp(x, "ال", 4)) x += 4;
        if (strlen(x) < 6) continue; /* three Arabic letters */
        if (strstr(fb, x)) return 1;
    }
    return 0;
}

typedef struct score {
    size_t pred, pred_hit, spk_ok, spk_total;
} score;

static void score_doc(const naba_doc *d, const char *orig, goldset *g, int layer, score *sc) {
    for (size_t k = 0; k < g->n; k++) {
        gold *x = &g->v[k];
        if (strcmp(x->id, d->id)) continue;
        if (layer == L_QUOTES) {
            for (size_t i = 0; i < d->quotes.n; i++) {
                const naba_quote *q = &d->quotes.v[i];
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
    /* precision side and, for quotes, the speaker */
    size_t n = layer == L_QUOTES ? d->quotes.n : layer == L_COUNTS ? d->counts.n : d->timexes.n;
    for (size_t i = 0; i < n; i++) {
        long s, e;
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
        if (!best) continue;
        sc->pred_hit++;
        if (layer != L_QUOTES) continue;
        const naba_quote *q = &d->quotes.v[i];
        sc->spk_total++;
        int have = q->speaker_end > q->speaker_start;
        if (best->ss < 0) { sc->spk_ok += !have; continue; }
        if (!have) continue;
        long ps = (long)naba_orig_start(d, q->speaker_start), pe = (long)naba_orig_end(d, q->speaker_end);
        if (overlaps(ps, pe, best->ss, best->se) ||
            same_speaker(orig + ps, (size_t)(pe - ps), orig + best->ss, (size_t)(best->se - best->ss)))
            sc->spk_ok++;
        else if (getenv("NABA_EVAL_VERBOSE"))
            fprintf(stderr, "speaker %s %ld: got '%.*s' want '%.*s'\n", d->id, s, (int)(pe - ps), orig + ps,
                    (int)(best->se - best->ss), orig + best->ss);
    }
}

static int has_id(const goldset *g, const char *id) {
    for (size_t k = 0; k < g->n; k++) if (!strcmp(g->v[k].id, id)) return 1;
    return 0;
}

static int run(int argc, char **argv, int layer, const char *what) {
    const char *gold_path = NULL;
    const char *news[16];
    int nnews = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gold") && i + 1 < argc) gold_path = argv[++i];
        else if (!strcmp(argv[i], "--news") && i + 1 < argc && nnews < 16) news[nnews++] = argv[++i];
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: naba eval %s --gold eval/dev/%s.tsv --news FILE.jsonl[.gz] [--news ...]\n\n"
                   "Runs the pipeline over the articles the gold file names (read from the news\n"
                   "files, each with its own date) and scores the %s layer; eval/dev/GUIDELINES.md\n"
                   "describes the annotations. NABA_EVAL_VERBOSE=1 prints every miss.\n", what, what, what);
            return 0;
        } else { fprintf(stderr, "naba eval %s: unknown argument '%s' (see --help)\n", what, argv[i]); return 2; }
    }
    if (!gold_path || !nnews) { fprintf(stderr, "naba eval %s: --gold and --news are required\n", what); return 2; }
    goldset g = {0};
    if (!load_gold(gold_path, layer, &g)) return 3;
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open(NULL, NULL, NULL, &err);
    if (!p) { fprintf(stderr, "naba eval: %s\n", err.message); free(g.v); return 3; }
    naba_doc *d = naba_doc_new();
    score sc = {0};
    size_t docs = 0;
    for (int f = 0; f < nnews; f++) {
        char cmd[1200];
        size_t len = strlen(news[f]);
        int gz = len > 3 && !strcmp(news[f] + len - 3, ".gz");
        FILE *in;
        if (gz) {
            if (strchr(news[f], '\'')) { fprintf(stderr, "naba eval: bad file name\n"); continue; }
            snprintf(cmd, sizeof cmd, "gzip -dc '%s'", news[f]);
            in = popen(cmd, "r");
        } else in = fopen(news[f], "r");
        if (!in) { fprintf(stderr, "naba eval: cannot read %s\n", news[f]); continue; }
        naba_jsonl *r = naba_jsonl_open(in, news[f], NABA_DEFAULT_MAX_BYTES);
        naba_record rec;
        naba_error e2;
        while (naba_jsonl_next(r, &rec, &e2)) {
            if (!rec.text || !rec.id || !has_id(&g, rec.id)) continue;
            if (naba_doc_load(d, rec.text, rec.text_len, rec.id, rec.title, rec.date) != NABA_OK) continue;
            if (naba_pipeline_run(p, d) != NABA_OK) continue;
            score_doc(d, rec.text, &g, layer, &sc);
            docs++;
        }
        naba_jsonl_close(r);
        if (gz) pclose(in); else fclose(in);
    }
    size_t hit = 0, ok = 0, rel = 0, rel_ok = 0;
    for (size_t k = 0; k < g.n; k++) {
        hit += g.v[k].hit;
        ok += g.v[k].ok;
        if (g.v[k].relative) { rel++; rel_ok += g.v[k].ok; }
        if (getenv("NABA_EVAL_VERBOSE") && (!g.v[k].hit || (layer != L_QUOTES && !g.v[k].ok)))
            fprintf(stderr, "%s %s %ld-%ld\n", g.v[k].hit ? "wrong" : "missed", g.v[k].id, g.v[k].s, g.v[k].e);
    }
    double P = sc.pred ? 100.0 * sc.pred_hit / sc.pred : 0, R = g.n ? 100.0 * hit / g.n : 0;
    printf("%s: %zu articles, %zu gold, %zu predicted\n", what, docs, g.n, sc.pred);
    printf("  precision %.1f%%  recall %.1f%%  F1 %.1f\n", P, R, P + R > 0 ? 2 * P * R / (P + R) : 0);
    if (layer == L_QUOTES)
        printf("  speaker correct %.1f%% of %zu found quotes\n", sc.spk_total ? 100.0 * sc.spk_ok / sc.spk_total : 0, sc.spk_total);
    else {
        printf("  right value %.1f%% of gold (%zu/%zu), %.1f%% of found\n", g.n ? 100.0 * ok / g.n : 0, ok, g.n,
               hit ? 100.0 * ok / hit : 0);
        if (layer == L_DATES)
            printf("  relative dates resolved right %.1f%% (%zu/%zu)\n", rel ? 100.0 * rel_ok / rel : 0, rel_ok, rel);
    }
    naba_doc_free(d);
    naba_pipeline_close(p);
    free(g.v);
    return 0;
}

int qcd_eval_quotes(int argc, char **argv) { return run(argc, argv, L_QUOTES, "quotes"); }
int qcd_eval_counts(int argc, char **argv) { return run(argc, argv, L_COUNTS, "counts"); }
int qcd_eval_dates(int argc, char **argv) { return run(argc, argv, L_DATES, "dates"); }
