/*
** ner_train.c — `naba train ner`: the structured averaged perceptron that
** learns the NER model, and the writing of the model file.
**
** Training data is ANERcorp (its dev split, see ner_is_dev, is held out and
** used only to report F1 and to calibrate confidences), optionally WikiFANE.
** Each epoch visits the training sentences in an order shuffled by the seed,
** decodes with the current weights and moves them toward the gold tags where
** the two differ; the saved weights are the average over all steps (the lazy
** "w - u/c" form), which generalizes far better than the last ones.
** Features are hashed once per token before training, so an epoch is only
** sums and Viterbi. Same data and seed, same model file, byte for byte.
*/
#include "ner_train.h"
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T NER_TAGS
#define NEWS_WORDS 50000   /* words of the news corpus that get a frequency bucket */
#ifndef PRUNE
#define PRUNE 0.03f
#endif

typedef struct fcorp {
    ner_corpus c;
    uint32_t *feat;        /* weight rows of every token's features */
    size_t *foff;          /* token i: feat[foff[i] .. foff[i+1]) */
} fcorp;

typedef struct sent_ref { fcorp *fc; uint32_t s; } sent_ref;

typedef struct trainer {
    ner_lexb fmap;         /* feature hash -> row + 1 */
    uint64_t *row_key;     /* feature hash of each row */
    float *w, *avg;        /* rows x T */
    double *u;             /* sum of step * update, rows x T (float loses the small steps) */
    size_t rows, cap;
    float tw[(T + 1) * T], tavg[(T + 1) * T];
    double tu[(T + 1) * T];
    double c;              /* steps so far (for averaging) */
} trainer;

static long row_of(trainer *tr, uint64_t h) {
    uint32_t *r = ner_lexb_at(&tr->fmap, h);
    if (!r) return -1;
    if (*r) return (long)*r - 1;
    if (tr->rows == tr->cap) {
        size_t cap = tr->cap ? tr->cap * 2 : 1 << 18;
        uint64_t *k = realloc(tr->row_key, cap * sizeof *k);
        if (!k) return -1;
        tr->row_key = k;
        tr->cap = cap;
    }
    tr->row_key[tr->rows] = h;
    *r = (uint32_t)++tr->rows;
    return (long)tr->rows - 1;
}

static naba_status featurize(trainer *tr, fcorp *fc, naba_error *err) {
    ner_corpus *c = &fc->c;
    size_t cap = c->n * 48 + 16, k = 0;
    fc->feat = malloc(cap * sizeof *fc->feat);
    fc->foff = malloc((c->n + 1) * sizeof *fc->foff);
    if (!fc->feat || !fc->foff) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    uint64_t keys[NER_MAX_FEATS];
    for (size_t s = 0; s < c->n_sents; s++) {
        size_t a = c->sent[s], n = c->sent[s + 1] - a;
        for (size_t i = 0; i < n; i++) {
            fc->foff[a + i] = k;
            size_t nk = ner_features(c->words + a, n, i, keys);
            if (k + nk > cap) {
                uint32_t *f = realloc(fc->feat, (cap *= 2) * sizeof *f);
                if (!f) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
                fc->feat = f;
            }
            for (size_t j = 0; j < nk; j++) {
                long r = row_of(tr, keys[j]);
                if (r < 0) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
                fc->feat[k++] = (uint32_t)r;
            }
        }
    }
    fc->foff[c->n] = k;
    return NABA_OK;
}

static void emit_of(const fcorp *fc, size_t a, size_t n, const float *w, float *emit) {
    for (size_t i = 0; i < n; i++) {
        float *e = emit + i * T;
        for (int t = 0; t < T; t++) e[t] = 0;
        for (size_t f = fc->foff[a + i]; f < fc->foff[a + i + 1]; f++) {
            const float *row = w + (size_t)fc->feat[f] * T;
            for (int t = 0; t < T; t++) e[t] += row[t];
        }
    }
}

static void bump(float *w, double *u, size_t at, float d, double c) {
    w[at] += d;
    u[at] += d * c;
}

static void update(trainer *tr, const fcorp *fc, size_t a, size_t n, const uint8_t *pred) {
    const uint8_t *gold = fc->c.gold + a;
    int pg = T, pp = T;
    for (size_t i = 0; i < n; i++) {
        int g = gold[i], p = pred[i];
        if (g != p)
            for (size_t f = fc->foff[a + i]; f < fc->foff[a + i + 1]; f++) {
                size_t r = (size_t)fc->feat[f] * T;
                bump(tr->w, tr->u, r + g, 1, tr->c);
                bump(tr->w, tr->u, r + p, -1, tr->c);
            }
        if (g != p || pg != pp) {
            bump(tr->tw, tr->tu, (size_t)pg * T + g, 1, tr->c);
            bump(tr->tw, tr->tu, (size_t)pp * T + p, -1, tr->c);
        }
        pg = g; pp = p;
    }
}

static void average(trainer *tr) {
    for (size_t i = 0; i < tr->rows * T; i++) tr->avg[i] = tr->w[i] - (float)(tr->u[i] / tr->c);
    for (size_t i = 0; i < (T + 1) * T; i++) tr->tavg[i] = tr->tw[i] - (float)(tr->tu[i] / tr->c);
}

/* Decode the dev sentences with the averaged weights; score, and collect
** (margin, correct) pairs of predicted chunks for calibration. */
typedef struct calib { float *margin; uint8_t *ok; size_t n, cap; } calib;

static double evaluate(trainer *tr, const sent_ref *dev, size_t ndev, size_t maxlen, calib *cal,
                       ner_score *sc) {
    float *emit = malloc(maxlen * T * sizeof(float)), *margin = malloc(maxlen * sizeof(float));
    uint8_t *pred = malloc(maxlen);
    void *scratch = malloc(ner_decode_scratch(maxlen));
    memset(sc, 0, sizeof *sc);
    if (!emit || !margin || !pred || !scratch) goto done;
    for (size_t d = 0; d < ndev; d++) {
        const fcorp *fc = dev[d].fc;
        size_t a = fc->c.sent[dev[d].s], n = fc->c.sent[dev[d].s + 1] - a;
        emit_of(fc, a, n, tr->avg, emit);
        ner_viterbi(emit, tr->tavg, n, pred, margin, scratch);
        ner_latin_rule(fc->c.words + a, n, pred, margin);
        ner_score_add(sc, fc->c.gold + a, pred, n);
        if (!cal) continue;
        size_t i = 0;
        ner_chunk ch;
        while (ner_next_chunk(pred, n, &i, &ch)) {
            float m = 1e4f;
            for (size_t k = ch.start; k < ch.end && k < n; k++) m = margin[k] < m ? margin[k] : m;
            if (ch.end < n && margin[ch.end] < m) m = margin[ch.end];
            int ok = ch.end <= n && ner_tag_make(ch.type, 0) == fc->c.gold[a + ch.start] &&
                     (ch.end == n || !ner_tag_inside(fc->c.gold[a + ch.end]) ||
                      ner_tag_type(fc->c.gold[a + ch.end]) != ch.type);
            for (size_t k = ch.start + 1; ok && k < ch.end; k++)
                ok = fc->c.gold[a + k] == ner_tag_make(ch.type, 1);
            if (cal->n == cal->cap) {
                size_t c2 = cal->cap ? cal->cap * 2 : 1024;
                float *mm = realloc(cal->margin, c2 * sizeof *mm);
                if (mm) cal->margin = mm;
                uint8_t *oo = realloc(cal->ok, c2);
                if (oo) cal->ok = oo;
                if (!mm || !oo) break;
                cal->cap = c2;
            }
            cal->margin[cal->n] = m;
            cal->ok[cal->n++] = (uint8_t)ok;
        }
    }
done:
    free(emit); free(margin); free(pred); free(scratch);
    return ner_score_f1(sc, -1, NULL, NULL);
}

/* Platt scaling: fit P(correct) = sigmoid(a * margin + b) by gradient descent. */
static void calibrate(const calib *cal, float *a, float *b) {
    double A = 0.1, B = 0;
    if (cal->n < 20) { *a = 0.1f; *b = 1.0f; return; }
    for (int it = 0; it < 2000; it++) {
        double ga = 0, gb = 0;
        for (size_t i = 0; i < cal->n; i++) {
            double m = cal->margin[i] > 100 ? 100 : cal->margin[i];
            double p = 1 / (1 + exp(-(A * m + B)));
            ga += (p - cal->ok[i]) * m;
            gb += p - cal->ok[i];
        }
        A -= 0.01 * ga / (double)cal->n;
        B -= 0.5 * gb / (double)cal->n;
    }
    *a = (float)A;
    *b = (float)B;
}

static naba_status save(const trainer *tr, const ner_lex_slot *lex, uint32_t lex_mask,
                        float conf_a, float conf_b, const char *out, int verbose, naba_error *err) {
    float maxabs = 0;
    size_t keep = 0;
    for (size_t r = 0; r < tr->rows; r++) {
        float m = 0;
        for (int t = 0; t < T; t++) m = fmaxf(m, fabsf(tr->avg[r * T + t]));
        maxabs = fmaxf(maxabs, m);
    }
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    /* Rows whose weights all stay under PRUNE of the largest barely move a
    ** score; dropping them keeps the model small (see models/README.md). */
    float floor_ = maxabs * PRUNE;
    for (size_t r = 0; r < tr->rows; r++) {
        int nz = 0;
        for (int t = 0; t < T && !nz; t++) nz = fabsf(tr->avg[r * T + t]) >= floor_ && lrintf(tr->avg[r * T + t] / scale) != 0;
        if (!nz) for (int t = 0; t < T; t++) tr->avg[r * T + t] = 0;
        keep += nz;
    }
    size_t cap = 16;
    while (cap < keep * 10 / 7 + 2) cap *= 2;
    ner_w_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t r = 0; r < tr->rows; r++) {
        int16_t q[T];
        int nz = 0;
        for (int t = 0; t < T; t++) {
            long v = lrintf(tr->avg[r * T + t] / scale);
            q[t] = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
            nz |= q[t] != 0;
        }
        if (!nz) continue;
        uint64_t h = tr->row_key[r];
        uint32_t fp = ner_fp(h);
        size_t j = h & (cap - 1);
        while (slots[j].key && slots[j].key != fp) j = (j + 1) & (cap - 1);
        slots[j].key = fp;     /* a fingerprint collision adds the rows, as hashing would */
        for (int t = 0; t < T; t++) slots[j].w[t] = (int16_t)(slots[j].w[t] + q[t]);
    }
    float meta[3] = {scale, conf_a, conf_b};
    naba_model_writer *w = naba_model_writer_new(NER_KIND, NER_VERSION);
    naba_status st = w ? NABA_OK : NABA_ERR_NOMEM;
    if (st == NABA_OK) st = naba_model_writer_add(w, "weights", slots, cap * sizeof *slots);
    if (st == NABA_OK) st = naba_model_writer_add(w, "lexicon", lex, ((size_t)lex_mask + 1) * sizeof *lex);
    if (st == NABA_OK) st = naba_model_writer_add(w, "trans", tr->tavg, sizeof tr->tavg);
    if (st == NABA_OK) st = naba_model_writer_add(w, "meta", meta, sizeof meta);
    if (st == NABA_OK) st = naba_model_writer_save(w, out, err);
    else naba_fail(err, st, 0, "out of memory writing %s", out);
    if (verbose && st == NABA_OK)
        fprintf(stderr, "wrote %s: %zu of %zu feature rows (%zu slots), lexicon %u slots\n", out, keep,
                tr->rows, cap, lex_mask + 1);
    naba_model_writer_free(w);
    free(slots);
    return st;
}

static void help(FILE *f) {
    fputs("usage: naba train ner --train FILE -o MODEL [options]\n\n"
          "Train the named-entity recognizer (PER, LOC, ORG, MISC): a structured averaged\n"
          "perceptron over BIO tags. FILE is `word TAG` lines (IOB2, blank line between\n"
          "sentences), e.g. ANERcorp; its dev split (blocks of 50 sentences, every 10th\n"
          "block) is held out, scored, and used to calibrate confidences.\n\n"
          "options:\n"
          "  --train FILE        ANERcorp-style training file (required)\n"
          "  --wikifane DIR      also train on WikiFANE (DIR/WikiFANE_Gold_2014_500K.txt),\n"
          "                      its 50 classes mapped to the four\n"
          "  --gazetteers DIR    CLDR and GeoNames place names (DIR/cldr, DIR/geonames_ar)\n"
          "  --names FILE        person-name words (netranslit aligned tokens)\n"
          "  --cues FILE         curated trigger words and names (default data/ner/cues.tsv)\n"
          "  --news FILE.gz      JSONL news corpus for word frequencies and clusters\n"
          "  --clusters N        number of word clusters from --news (default 256, 0: none)\n"
          "  --epochs N          passes over the data (default 12)\n"
          "  --seed N            shuffling and clustering seed (default 1)\n"
          "  -o, --output MODEL  where to write the model (required)\n"
          "  -v, --verbose       progress and dev F1 per epoch on stderr\n\n"
          "example (the committed models/ner.nbm, see models/README.md):\n"
          "  naba train ner --train ../shared/data/anercorp/ANERCorp_CamelLab_train.txt \\\n"
          "    --gazetteers ../shared/data/gazetteers \\\n"
          "    --names ../shared/data/translit/netranslit_coling2018/data_wd_arabic.normalized.aligned.tokens \\\n"
          "    --news ../shared/data/news/ant_v2.1_multisource.jsonl.gz -o models/ner.nbm\n", f);
}

typedef struct opts {
    const char *train, *wikifane, *gaz, *names, *cues, *news, *out;
    unsigned epochs, clusters;
    uint64_t seed;
    int verbose;
} opts;

static int parse_args(int argc, char **argv, opts *o) {
    static const struct option lo[] = {
        {"train", 1, 0, 't'}, {"wikifane", 1, 0, 'w'}, {"gazetteers", 1, 0, 'g'},
        {"names", 1, 0, 'n'}, {"cues", 1, 0, 'c'}, {"news", 1, 0, 'N'}, {"clusters", 1, 0, 'k'},
        {"epochs", 1, 0, 'e'}, {"seed", 1, 0, 's'}, {"output", 1, 0, 'o'}, {"verbose", 0, 0, 'v'},
        {"help", 0, 0, 'h'}, {0, 0, 0, 0}};
    *o = (opts){.cues = "data/ner/cues.tsv", .epochs = 12, .clusters = 256, .seed = 1};
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "o:vh", lo, NULL)) != -1) {
        switch (ch) {
        case 't': o->train = optarg; break;
        case 'w': o->wikifane = optarg; break;
        case 'g': o->gaz = optarg; break;
        case 'n': o->names = optarg; break;
        case 'c': o->cues = optarg; break;
        case 'N': o->news = optarg; break;
        case 'k': o->clusters = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'e': o->epochs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 's': o->seed = strtoull(optarg, NULL, 10); break;
        case 'o': o->out = optarg; break;
        case 'v': o->verbose = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!o->train || !o->out || optind != argc || o->epochs == 0 || o->epochs > 1000) {
        fputs("naba train ner: needs --train FILE and -o MODEL (see --help)\n", stderr);
        return EXIT_USAGE;
    }
    return -1;
}

static naba_status build_lexicon(const opts *o, ner_lexb *lb, naba_error *err) {
    naba_status st = NABA_OK;
    if (o->gaz) st = ner_lexb_gazetteers(lb, o->gaz, err);
    if (st == NABA_OK && o->names) st = ner_lexb_names(lb, o->names, err);
    if (st == NABA_OK && o->cues && *o->cues) st = ner_lexb_cues(lb, o->cues, err);
    if (st == NABA_OK && o->news) st = ner_lexb_news(lb, o->news, NEWS_WORDS, o->clusters, o->seed, o->verbose, err);
    return st;
}

int ner_train_main(int argc, char **argv) {
    opts o;
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0) return rc;
    naba_error err = {0};
    ner_lexb lb = {0};
    trainer tr = {0};
    fcorp corp[2];
    memset(corp, 0, sizeof corp);
    size_t ncorp = 0, nsent = 0, ntrain = 0, ndev = 0, maxlen = 1;
    sent_ref *train = NULL, *dev = NULL;
    ner_lex_slot *lex = NULL;
    uint32_t lex_mask = 0;
    uint8_t *pred = NULL;
    float *emit = NULL;
    void *scratch = NULL;
    calib cal = {0};
    naba_status st = build_lexicon(&o, &lb, &err);
    if (st == NABA_OK) {
        lex = ner_lexb_table(&lb, &lex_mask);
        if (!lex) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    if (st == NABA_OK) st = ner_corpus_read(o.train, 0, &corp[ncorp++].c, &err);
    if (st == NABA_OK && o.wikifane) {
        char path[1024];
        snprintf(path, sizeof path, "%s/WikiFANE_Gold_2014_500K.txt", o.wikifane);
        st = ner_corpus_read(path, 1, &corp[ncorp++].c, &err);
    }
    for (size_t k = 0; k < ncorp && st == NABA_OK; k++) {
        ner_corpus_lookup(&corp[k].c, lex, lex_mask);
        st = featurize(&tr, &corp[k], &err);
        nsent += corp[k].c.n_sents;
    }
    if (st == NABA_OK) {
        train = malloc(nsent * sizeof *train);
        dev = malloc(nsent * sizeof *dev);
        tr.w = calloc(tr.rows * T, sizeof(float));
        tr.u = calloc(tr.rows * T, sizeof(double));
        tr.avg = calloc(tr.rows * T, sizeof(float));
        if (!train || !dev || !tr.w || !tr.u || !tr.avg) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    for (size_t k = 0; k < ncorp && st == NABA_OK; k++)
        for (uint32_t s = 0; s < corp[k].c.n_sents; s++) {
            size_t len = corp[k].c.sent[s + 1] - corp[k].c.sent[s];
            if (len > maxlen) maxlen = len;
            /* Only the first corpus (ANERcorp) has a dev split. */
            if (k == 0 && ner_is_dev(s)) dev[ndev++] = (sent_ref){&corp[k], s};
            else train[ntrain++] = (sent_ref){&corp[k], s};
        }
    if (st == NABA_OK) {
        pred = malloc(maxlen);
        emit = malloc(maxlen * T * sizeof(float));
        scratch = malloc(ner_decode_scratch(maxlen));
        if (!pred || !emit || !scratch) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    if (st == NABA_OK && o.verbose)
        fprintf(stderr, "%zu train and %zu dev sentences, %zu feature rows, lexicon %zu entries\n",
                ntrain, ndev, tr.rows, lb.n);
    uint64_t rng = o.seed * 0x9E3779B97F4A7C15ULL + 1;
    tr.c = 1;
    for (unsigned ep = 0; ep < o.epochs && st == NABA_OK; ep++) {
        size_t mistakes = 0;
        for (size_t i = ntrain; i > 1; i--) {
            size_t j = ner_rand(&rng) % i;
            sent_ref t = train[i - 1]; train[i - 1] = train[j]; train[j] = t;
        }
        for (size_t i = 0; i < ntrain; i++) {
            const fcorp *fc = train[i].fc;
            size_t a = fc->c.sent[train[i].s], n = fc->c.sent[train[i].s + 1] - a;
            emit_of(fc, a, n, tr.w, emit);
            ner_viterbi(emit, tr.tw, n, pred, NULL, scratch);
            if (memcmp(pred, fc->c.gold + a, n)) { update(&tr, fc, a, n, pred); mistakes++; }
            tr.c++;
        }
        if (o.verbose) fprintf(stderr, "epoch %u: %zu of %zu sentences mistagged\n", ep + 1, mistakes, ntrain);
        if (o.verbose && ndev) {
            ner_score sc;
            average(&tr);
            fprintf(stderr, "epoch %u: dev F1 %.2f\n", ep + 1, evaluate(&tr, dev, ndev, maxlen, NULL, &sc));
        }
    }
    if (st == NABA_OK) {
        ner_score sc;
        float a = 0.1f, b = 1.0f;
        average(&tr);
        if (ndev) {
            double f1 = evaluate(&tr, dev, ndev, maxlen, &cal, &sc);
            calibrate(&cal, &a, &b);
            if (o.verbose) fprintf(stderr, "dev F1 %.2f; confidence = sigmoid(%.4f * margin + %.4f)\n", f1, a, b);
        }
        st = save(&tr, lex, lex_mask, a, b, o.out, o.verbose, &err);
    }
    if (st != NABA_OK) fprintf(stderr, "naba train ner: %s\n", err.message);
    for (size_t k = 0; k < ncorp; k++) {
        ner_corpus_free(&corp[k].c);
        free(corp[k].feat);
        free(corp[k].foff);
    }
    ner_lexb_free(&lb);
    ner_lexb_free(&tr.fmap);
    free(tr.row_key); free(tr.w); free(tr.u); free(tr.avg);
    free(train); free(dev); free(lex); free(pred); free(emit); free(scratch);
    free(cal.margin); free(cal.ok);
    return st == NABA_OK ? EXIT_OK : EXIT_FATAL;
}
