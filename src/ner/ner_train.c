/*
** ner_train.c — `naba train ner`: the structured averaged perceptron that
** learns the NER model, and the writing of the model file.
**
** Training data is ANERcorp (its dev split, see ner_is_dev, is held out and
** used only to report F1 and to calibrate confidences), optionally WikiFANE
** as a second domain (featurize), which has four times as many sentences: each
** epoch visits every ANERcorp sentence three times (--repeat), WikiFANE's once,
** so that the shared weights lean to news. Each saved table is the mean of
** the weights of three runs with consecutive seeds (--runs, learn_mean).
** Each epoch visits the training sentences in an order shuffled by the seed,
** decodes with the current weights and moves them toward the gold tags where
** the two differ; the saved weights are the average over all steps (the lazy
** "w - u/c" form), which generalizes far better than the last ones.
** Features are hashed once per token before training, so an epoch is only
** sums and Viterbi. Two passes are learnt: the first without document
** features, cross-validated over the training blocks so that every training
** sentence gets first-pass tags from a model that never saw it; the final
** pass over the same features plus the document features built from those
** tags (ner_doc.c). Same data and seed, same model file, byte for byte.
*/
#include "ner_train.h"
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T NER_MTAGS
#define NEWS_WORDS 50000   /* words of the news corpus that get a frequency bucket */
#define REPEAT 3           /* visits of each ANERcorp training sentence per epoch (--repeat) */
#define RUNS 3             /* runs whose weights are averaged into each saved table (--runs) */
#define NER_FOLDS 5        /* cross-validation folds for the first-pass predictions */
#define PRUNE 0.02f         /* rows whose weights all stay under this share of the largest are dropped */

typedef struct fcorp {
    ner_corpus c;
    uint32_t *feat;        /* weight rows of every token's features */
    size_t *foff;          /* token i: feat[foff[i] .. foff[i+1]) */
    uint8_t *pred;         /* first-pass BIO tags (cross-validated on train) */
    uint8_t *mgold;        /* gold tags as model (BILOU) tags */
} fcorp;

typedef struct sent_ref { fcorp *fc; uint32_t s; } sent_ref;

typedef struct trainer {
    ner_lexb fmap;         /* feature hash -> row + 1 */
    uint64_t *row_key;     /* feature hash of each row */
    uint8_t *row_extra;    /* 1: a row only the extra corpus's tokens have (never saved) */
    float *w, *avg;        /* rows x T */
    double *u;             /* sum of step * update, rows x T (float loses the small steps) */
    size_t rows, cap;
    float tw[(T + 1) * T], tavg[(T + 1) * T];
    double tu[(T + 1) * T];
    double c;              /* steps so far (for averaging) */
} trainer;

static long row_of(trainer *tr, uint64_t h, int extra) {
    uint32_t *r = ner_lexb_at(&tr->fmap, h);
    if (!r) return -1;
    if (*r) return (long)*r - 1;
    if (tr->rows == tr->cap) {
        size_t cap = tr->cap ? tr->cap * 2 : 1 << 18;
        uint64_t *k = realloc(tr->row_key, cap * sizeof *k);
        if (k) tr->row_key = k;
        uint8_t *x = realloc(tr->row_extra, cap);
        if (x) tr->row_extra = x;
        if (!k || !x) return -1;
        tr->cap = cap;
    }
    tr->row_extra[tr->rows] = (uint8_t)extra;
    tr->row_key[tr->rows] = h;
    *r = (uint32_t)++tr->rows;
    return (long)tr->rows - 1;
}

/* The rows of every token's features. The tokens of an extra corpus
** (WikiFANE, another domain) also get a copy of each feature of their own
** ("frustratingly easy" domain adaptation, Daume 2007): what is peculiar to
** that corpus is learnt by the copies, which are never saved, and the shared
** rows, the only ones the tagger sees, keep what holds for news. */
#define EXTRA_SALT 0x57494B49ULL
static naba_status featurize(trainer *tr, fcorp *fc, int extra, naba_error *err) {
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
            size_t nk = ner_features(c->words + a, n, i, NER_FEAT_ALL, keys);
            nk += ner_doc_features(c->words + a, n, i, keys + nk);
            if (k + 2 * nk > cap) {
                uint32_t *f = realloc(fc->feat, (cap *= 2) * sizeof *f);
                if (!f) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
                fc->feat = f;
            }
            for (size_t j = 0; j < nk; j++) {
                long r = row_of(tr, keys[j], 0), x = extra ? row_of(tr, ner_join(keys[j], EXTRA_SALT), 1) : 0;
                if (r < 0 || x < 0) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
                fc->feat[k++] = (uint32_t)r;
                if (extra) fc->feat[k++] = (uint32_t)x;
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
    const uint8_t *gold = fc->mgold + a;
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
        ner_model_to_bio(pred, n);
        ner_latin_rule(fc->c.words + a, n, pred, margin);
        ner_phrase_rule(fc->c.words + a, n, pred);
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

/* A finished pass: the averaged weights quantized to int16 rows, with the
** feature hash of each kept row. */
typedef struct wtable { uint64_t *h; int16_t (*q)[T]; size_t n; float scale; float trans[(T + 1) * T]; } wtable;

static void wtable_free(wtable *t) { free(t->h); free(t->q); memset(t, 0, sizeof *t); }

static naba_status make_table(trainer *tr, wtable *out, naba_error *err) {
    float maxabs = 0;
    for (size_t r = 0; r < tr->rows; r++)
        for (int t = 0; t < T && !tr->row_extra[r]; t++) maxabs = fmaxf(maxabs, fabsf(tr->avg[r * T + t]));
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    /* Rows whose weights all stay under PRUNE of the largest barely move a
    ** score; dropping them keeps the model small (see models/README.md). */
    float floor_ = maxabs * PRUNE;
    wtable_free(out);
    out->h = malloc((tr->rows + 1) * sizeof *out->h);
    out->q = malloc((tr->rows + 1) * sizeof *out->q);
    if (!out->h || !out->q) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t r = 0; r < tr->rows; r++) {
        int keep = 0;
        if (tr->row_extra[r]) continue;
        for (int t = 0; t < T && !keep; t++)
            keep = fabsf(tr->avg[r * T + t]) >= floor_ && lrintf(tr->avg[r * T + t] / scale) != 0;
        if (!keep) continue;
        for (int t = 0; t < T; t++) {   /* a kept row keeps its small weights too */
            long q = lrintf(tr->avg[r * T + t] / scale);
            out->q[out->n][t] = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
        }
        out->h[out->n++] = tr->row_key[r];
    }
    out->scale = scale;
    memcpy(out->trans, tr->tavg, sizeof out->trans);
    return NABA_OK;
}

/* Add a pass's rows into the slot table (w: final, else w1). A fingerprint
** collision adds the rows, as hashing would. */
static void put_rows(uint32_t *keys, ner_w_row *rows, size_t cap, const wtable *t, int final) {
    for (size_t r = 0; r < t->n; r++) {
        uint32_t fp = ner_fp(t->h[r]);
        size_t j = t->h[r] & (cap - 1);
        while (keys[j] && keys[j] != fp) j = (j + 1) & (cap - 1);
        keys[j] = fp;
        int16_t *w = final ? rows[j].w : rows[j].w1;
        for (int k = 0; k < T; k++) w[k] = (int16_t)(w[k] + t->q[r][k]);
    }
}

static naba_status save(const wtable *fin, const wtable *first, const ner_lex_slot *lex, uint32_t lex_mask,
                        float conf_a, float conf_b, const char *out, int verbose, naba_error *err) {
    ner_lexb keys = {0};
    for (size_t r = 0; r < fin->n; r++) if (!ner_lexb_at(&keys, fin->h[r])) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t r = 0; r < first->n; r++) if (!ner_lexb_at(&keys, first->h[r])) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    size_t nrows = keys.map.n, cap = 16;
    ner_lexb_free(&keys);
    while (cap < nrows * 4 / 3 + 2) cap *= 2;   /* load <= 3/4 */
    uint32_t *wkeys = calloc(cap, sizeof *wkeys);
    ner_w_row *rows = calloc(cap, sizeof *rows);
    if (!wkeys || !rows) { free(wkeys); free(rows); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
    put_rows(wkeys, rows, cap, fin, 1);
    put_rows(wkeys, rows, cap, first, 0);
    float meta[4] = {fin->scale, conf_a, conf_b, first->scale};
    naba_model_writer *w = naba_model_writer_new(NER_KIND, NER_VERSION);
    naba_status st = w ? NABA_OK : NABA_ERR_NOMEM;
    if (st == NABA_OK) st = naba_model_writer_add(w, "wkeys", wkeys, cap * sizeof *wkeys);
    size_t used = 0;   /* the rows of the occupied slots, in slot order (ner_model.c) */
    for (size_t j = 0; j < cap; j++)
        if (wkeys[j]) rows[used++] = rows[j];
    if (st == NABA_OK) st = naba_model_writer_add(w, "weights", rows, used * sizeof *rows);
    if (st == NABA_OK) st = naba_model_writer_add(w, "lexicon", lex, ((size_t)lex_mask + 1) * sizeof *lex);
    if (st == NABA_OK) st = naba_model_writer_add(w, "trans", fin->trans, sizeof fin->trans);
    if (st == NABA_OK) st = naba_model_writer_add(w, "trans1", first->trans, sizeof first->trans);
    if (st == NABA_OK) st = naba_model_writer_add(w, "meta", meta, sizeof meta);
    if (st == NABA_OK) st = naba_model_writer_save(w, out, err);
    else naba_fail(err, st, 0, "out of memory writing %s", out);
    if (verbose && st == NABA_OK)
        fprintf(stderr, "wrote %s: %zu final and %zu first-pass rows, %zu features in %zu slots, lexicon %u slots\n",
                out, fin->n, first->n, nrows, cap, lex_mask + 1);
    naba_model_writer_free(w);
    free(wkeys);
    free(rows);
    return st;
}

static void help(FILE *f) {
    fputs("usage: naba train ner --train FILE -o MODEL [options]\n\n"
          "Train the named-entity recognizer (PER, LOC, ORG, MISC): a structured averaged\n"
          "perceptron over BILOU tags, in two passes (the second sees the first pass's tags\n"
          "of the same words elsewhere in the document; trained on 5-fold cross-validated\n"
          "first-pass tags). FILE is `word TAG` lines (IOB2, blank line between sentences),\n"
          "e.g. ANERcorp; its dev split (blocks of 50 sentences, every 10th block) is held\n"
          "out, scored, and used to calibrate confidences; each block is one document.\n\n"
          "options:\n"
          "  --train FILE        ANERcorp-style training file (required)\n"
          "  --wikifane DIR      also train on WikiFANE (DIR/WikiFANE_Gold_2014_500K.txt),\n"
          "                      its 50 classes mapped to the four; its tokens carry a copy of\n"
          "                      each feature of their own, which learns what is peculiar to\n"
          "                      Wikipedia and is not saved\n"
          "  --gazetteers DIR    CLDR and GeoNames place names (DIR/cldr, DIR/geonames_ar)\n"
          "  --names FILE        person-name words (netranslit aligned tokens)\n"
          "  --cues FILE         curated trigger words and names (default data/ner/cues.tsv)\n"
          "  --kb DIR            names in the knowledge-base tables (default data/kb; \"\": none)\n"
          "  --news FILE.gz      JSONL news corpus for word frequencies\n"
          "                      (several: FILE.gz:FILE2.gz)\n"
          "  --morph MODEL       morph model whose words give UPOS, lemma, clitic and word-cluster\n"
          "                      features\n"
          "                      (default models/morph.nbm; \"\": none)\n"
          "  --epochs N          passes over the data (default 30)\n"
          "  --repeat N          visit each training sentence of FILE N times per epoch,\n"
          "                      WikiFANE's once, so the news corpus outweighs Wikipedia\n"
          "                      (default 3)\n"
          "  --seed N            shuffling seed (default 1)\n"
          "  --runs N            save the first-pass and final tables as the mean weights of\n"
          "                      N runs, seeds S, S+1, ... from --seed S (default 3)\n"
          "  -o, --output MODEL  where to write the model (required)\n"
          "  -v, --verbose       progress and dev F1 on stderr (twice: every epoch)\n\n"
          "example (the committed models/ner.nbm, see models/README.md):\n"
          "  naba train ner --train ../shared/data/anercorp/ANERCorp_CamelLab_train.txt \\\n"
          "    --gazetteers ../shared/data/gazetteers \\\n"
          "    --names ../shared/data/translit/netranslit_coling2018/data_wd_arabic.normalized.aligned.tokens \\\n"
          "    --news ../shared/data/news/ant_v2.1_multisource.jsonl.gz \\\n"
          "    --wikifane ../shared/data/wikifane -o models/ner.nbm\n", f);
}

typedef struct opts {
    const char *train, *wikifane, *gaz, *names, *cues, *news, *morph, *kb, *out;
    unsigned epochs, repeat, runs;
    uint64_t seed;
    int verbose;
} opts;

static int parse_args(int argc, char **argv, opts *o) {
    static const struct option lo[] = {
        {"train", 1, 0, 't'}, {"wikifane", 1, 0, 'w'}, {"gazetteers", 1, 0, 'g'},
        {"names", 1, 0, 'n'}, {"cues", 1, 0, 'c'}, {"news", 1, 0, 'N'}, {"morph", 1, 0, 'M'}, {"kb", 1, 0, 'K'},
        {"epochs", 1, 0, 'e'}, {"repeat", 1, 0, 'r'}, {"seed", 1, 0, 's'}, {"runs", 1, 0, 'R'}, {"output", 1, 0, 'o'}, {"verbose", 0, 0, 'v'},
        {"help", 0, 0, 'h'}, {0, 0, 0, 0}};
    *o = (opts){.cues = "data/ner/cues.tsv", .morph = "models/morph.nbm", .kb = "data/kb", .epochs = 30, .repeat = REPEAT, .runs = RUNS, .seed = 1};
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
        case 'M': o->morph = optarg; break;
        case 'K': o->kb = optarg; break;
        case 'e': o->epochs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'r': o->repeat = (unsigned)strtoul(optarg, NULL, 10); break;
        case 's': o->seed = strtoull(optarg, NULL, 10); break;
        case 'R': o->runs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'o': o->out = optarg; break;
        case 'v': o->verbose++; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!o->train || !o->out || optind != argc || o->epochs == 0 || o->epochs > 1000 ||
        o->repeat == 0 || o->repeat > 10 || o->runs == 0 || o->runs > 20) {
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
    if (st == NABA_OK && o->kb && *o->kb) st = ner_lexb_kb(lb, o->kb, err);
    if (st == NABA_OK && o->news) st = ner_lexb_news(lb, o->news, NEWS_WORDS, o->verbose, err);
    return st;
}

typedef struct bufs { uint8_t *pred; float *emit, *margin; void *scratch; } bufs;

static naba_status trainer_start(trainer *tr, naba_error *err) {
    free(tr->w); free(tr->u); free(tr->avg);
    tr->w = calloc(tr->rows * T, sizeof(float));
    tr->u = calloc(tr->rows * T, sizeof(double));
    tr->avg = calloc(tr->rows * T, sizeof(float));
    memset(tr->tw, 0, sizeof tr->tw);
    memset(tr->tu, 0, sizeof tr->tu);
    tr->c = 1;
    if (!tr->w || !tr->u || !tr->avg) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    return NABA_OK;
}

static void trainer_free(trainer *tr) {
    ner_lexb_free(&tr->fmap);
    free(tr->row_key); free(tr->row_extra); free(tr->w); free(tr->u); free(tr->avg);
    memset(tr, 0, sizeof *tr);
}

/* Perceptron epochs over train[0..ntrain) (shuffled in place by the seed),
** then averaging; dev F1 per epoch when verbose. */
static void run_epochs(trainer *tr, sent_ref *train, size_t ntrain, const opts *o, const char *what,
                       const sent_ref *dev, size_t ndev, size_t maxlen, bufs *b) {
    uint64_t rng = o->seed * 0x9E3779B97F4A7C15ULL + 1;
    for (unsigned ep = 0; ep < o->epochs; ep++) {
        for (size_t i = ntrain; i > 1; i--) {
            size_t j = ner_rand(&rng) % i;
            sent_ref t = train[i - 1]; train[i - 1] = train[j]; train[j] = t;
        }
        for (size_t i = 0; i < ntrain; i++) {
            const fcorp *fc = train[i].fc;
            size_t a = fc->c.sent[train[i].s], n = fc->c.sent[train[i].s + 1] - a;
            emit_of(fc, a, n, tr->w, b->emit);
            ner_viterbi(b->emit, tr->tw, n, b->pred, NULL, b->scratch);
            if (memcmp(b->pred, fc->mgold + a, n)) update(tr, fc, a, n, b->pred);
            tr->c++;
        }
        if (o->verbose && ndev && (ep + 1 == o->epochs || o->verbose > 1)) {
            ner_score sc;
            average(tr);
            fprintf(stderr, "%s epoch %u: dev F1 %.2f\n", what, ep + 1, evaluate(tr, dev, ndev, maxlen, NULL, &sc));
        }
    }
    average(tr);
}

/* Learn a table from zero weights. */
static naba_status learn(trainer *tr, sent_ref *train, size_t ntrain, const opts *o, const char *what,
                         const sent_ref *dev, size_t ndev, size_t maxlen, bufs *b, naba_error *err) {
    naba_status st = trainer_start(tr, err);
    if (st == NABA_OK) run_epochs(tr, train, ntrain, o, what, dev, ndev, maxlen, b);
    return st;
}

/* Learn a table that is saved: the mean of the averaged weights of --runs
** runs from zero, seeds seed, seed+1, ... (each run's dev F1 moves by about
** a point with the seed; the mean of several depends less on one seed and
** keeps fewer rows past the pruning, though on dev it scores about as one
** run does: docs/ner.md, fifth round).
** The fold models of the first pass stay single runs: they only tag the
** training sentences for the document features, and five times the runs
** would cost too much training time. */
static naba_status learn_mean(trainer *tr, sent_ref *train, size_t ntrain, const opts *o, const char *what,
                              const sent_ref *dev, size_t ndev, size_t maxlen, bufs *b, naba_error *err) {
    naba_status st = learn(tr, train, ntrain, o, what, dev, ndev, maxlen, b, err);
    if (st != NABA_OK || o->runs < 2) return st;
    float *sum = malloc(tr->rows * T * sizeof *sum), tsum[(T + 1) * T];
    if (!sum) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    memcpy(sum, tr->avg, tr->rows * T * sizeof *sum);
    memcpy(tsum, tr->tavg, sizeof tsum);
    opts run = *o;
    for (unsigned k = 1; k < o->runs && st == NABA_OK; k++) {
        run.seed = o->seed + k;
        st = learn(tr, train, ntrain, &run, what, dev, ndev, maxlen, b, err);
        if (st != NABA_OK) break;
        for (size_t i = 0; i < tr->rows * T; i++) tr->avg[i] = (sum[i] += tr->avg[i]) / (float)(k + 1);
        for (size_t i = 0; i < (T + 1) * T; i++) tr->tavg[i] = (tsum[i] += tr->tavg[i]) / (float)(k + 1);
        if (o->verbose && ndev) {
            ner_score sc;
            fprintf(stderr, "%s, mean of %u runs: dev F1 %.2f\n", what, k + 1, evaluate(tr, dev, ndev, maxlen, NULL, &sc));
        }
    }
    free(sum);
    return st;
}

/* Tag refs with the averaged weights (Latin rule included, as ner_tag does) into fc->pred. */
static void predict(const trainer *tr, const sent_ref *refs, size_t n, bufs *b) {
    for (size_t i = 0; i < n; i++) {
        fcorp *fc = refs[i].fc;
        size_t a = fc->c.sent[refs[i].s], len = fc->c.sent[refs[i].s + 1] - a;
        emit_of(fc, a, len, tr->avg, b->emit);
        ner_viterbi(b->emit, tr->tavg, len, fc->pred + a, b->margin, b->scratch);
        ner_model_to_bio(fc->pred + a, len);
        ner_latin_rule(fc->c.words + a, len, fc->pred + a, b->margin);
        ner_phrase_rule(fc->c.words + a, len, fc->pred + a);
    }
}

/* Document features of every block of NER_DEV_BLOCK sentences from fc->pred. */
static naba_status doc_features(fcorp *fc, naba_error *err) {
    const ner_corpus *c = &fc->c;
    ner_span sp[NER_DEV_BLOCK];
    for (size_t s = 0; s < c->n_sents; s += NER_DEV_BLOCK) {
        size_t k = 0;
        for (size_t i = s; i < s + NER_DEV_BLOCK && i < c->n_sents; i++)
            sp[k++] = (ner_span){c->sent[i], c->sent[i + 1] - c->sent[i]};
        if (!ner_doc_context(c->words, fc->pred, sp, k)) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    return NABA_OK;
}

static size_t fold_of(const sent_ref *r) { return (r->s / NER_DEV_BLOCK) % NER_FOLDS; }

/* The first pass of a two-pass model: cross-validated predictions of every
** training sentence (each fold tagged by a model trained on the others), a
** model on all of it that tags dev and becomes the first-pass table, and the
** document features of every sentence from those predictions. */
static naba_status first_pass(trainer *tr, fcorp *corp, size_t ncorp, sent_ref *train, size_t ntrain,
                              const sent_ref *dev, size_t ndev, size_t maxlen, const opts *o, bufs *b,
                              wtable *table, naba_error *err) {
    sent_ref *sub = malloc((ntrain + 1) * sizeof *sub), *held = malloc((ntrain + 1) * sizeof *held);
    naba_status st = sub && held ? NABA_OK : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t k = 0; k < NER_FOLDS && st == NABA_OK; k++) {
        size_t ns = 0, nh = 0;
        for (size_t i = 0; i < ntrain; i++) {
            if (fold_of(&train[i]) == k) held[nh++] = train[i];
            else sub[ns++] = train[i];
        }
        char what[32];
        snprintf(what, sizeof what, "fold %zu", k + 1);
        st = learn(tr, sub, ns, o, what, dev, ndev, maxlen, b, err);
        if (st == NABA_OK) predict(tr, held, nh, b);
    }
    if (st == NABA_OK && o->verbose) {   /* a steadier figure than dev: all of train, held out by fold */
        ner_score sc = {{0}, {0}, {0}};
        for (size_t i = 0; i < ntrain; i++) {
            const fcorp *fc = train[i].fc;
            if (fc != corp) continue;   /* ANERcorp's sentences only */
            size_t a = fc->c.sent[train[i].s];
            ner_score_add(&sc, fc->c.gold + a, fc->pred + a, fc->c.sent[train[i].s + 1] - a);
        }
        fprintf(stderr, "first pass, %d-fold cross-validated on train: F1 %.2f\n", NER_FOLDS,
                ner_score_f1(&sc, -1, NULL, NULL));
    }
    if (st == NABA_OK) st = learn_mean(tr, train, ntrain, o, "first pass", dev, ndev, maxlen, b, err);
    if (st == NABA_OK) {
        predict(tr, dev, ndev, b);
        st = make_table(tr, table, err);
    }
    for (size_t k = 0; k < ncorp && st == NABA_OK; k++) st = doc_features(&corp[k], err);
    free(sub);
    free(held);
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
    bufs b = {0};
    wtable fin = {0}, first = {0};
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
    for (size_t k = 0; k < ncorp && st == NABA_OK && *o.morph; k++)
        st = ner_corpus_morph(&corp[k].c, o.morph, &err);
    for (size_t k = 0; k < ncorp && st == NABA_OK; k++) {
        ner_corpus_lookup(&corp[k].c, lex, lex_mask);
        corp[k].pred = calloc(corp[k].c.n + 1, 1);
        corp[k].mgold = calloc(corp[k].c.n + 1, 1);
        for (size_t s = 0; corp[k].mgold && s < corp[k].c.n_sents; s++)
            ner_bio_to_model(corp[k].c.gold + corp[k].c.sent[s], corp[k].c.sent[s + 1] - corp[k].c.sent[s],
                             corp[k].mgold + corp[k].c.sent[s]);
        if (!corp[k].pred || !corp[k].mgold) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        if (st == NABA_OK) st = featurize(&tr, &corp[k], k > 0, &err);
        nsent += corp[k].c.n_sents;
    }
    if (st == NABA_OK) {
        train = malloc(nsent * o.repeat * sizeof *train);
        dev = malloc(nsent * sizeof *dev);
        if (!train || !dev) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    for (size_t k = 0; k < ncorp && st == NABA_OK; k++)
        for (uint32_t s = 0; s < corp[k].c.n_sents; s++) {
            size_t len = corp[k].c.sent[s + 1] - corp[k].c.sent[s];
            if (len > maxlen) maxlen = len;
            /* Only the first corpus (ANERcorp) has a dev split. */
            if (k == 0 && ner_is_dev(s)) dev[ndev++] = (sent_ref){&corp[k], s};
            else for (unsigned r = 0; r < (k == 0 ? o.repeat : 1); r++) train[ntrain++] = (sent_ref){&corp[k], s};
        }
    if (st == NABA_OK) {
        b.pred = malloc(maxlen);
        b.emit = malloc(maxlen * T * sizeof(float));
        b.margin = malloc(maxlen * sizeof(float));
        b.scratch = malloc(ner_decode_scratch(maxlen));
        if (!b.pred || !b.emit || !b.margin || !b.scratch) st = naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    if (st == NABA_OK && o.verbose)
        fprintf(stderr, "%zu train and %zu dev sentences, %zu feature rows, lexicon %zu entries\n",
                ntrain, ndev, tr.rows, lb.map.n);
    if (st == NABA_OK) {
        st = first_pass(&tr, corp, ncorp, train, ntrain, dev, ndev, maxlen, &o, &b, &first, &err);
        /* the final table learns over the document features too: features again */
        trainer_free(&tr);
        for (size_t k = 0; k < ncorp && st == NABA_OK; k++) {
            free(corp[k].feat);
            free(corp[k].foff);
            corp[k].feat = NULL;
            corp[k].foff = NULL;
            st = featurize(&tr, &corp[k], k > 0, &err);
        }
    }
    if (st == NABA_OK) st = learn_mean(&tr, train, ntrain, &o, "final pass", dev, ndev, maxlen, &b, &err);
    if (st == NABA_OK) {
        ner_score sc;
        float a = 0.1f, bb = 1.0f;
        if (ndev) {
            double f1 = evaluate(&tr, dev, ndev, maxlen, &cal, &sc);
            calibrate(&cal, &a, &bb);
            if (o.verbose) fprintf(stderr, "dev F1 %.2f; confidence = sigmoid(%.4f * margin + %.4f)\n", f1, a, bb);
        }
        st = make_table(&tr, &fin, &err);
        if (st == NABA_OK) st = save(&fin, &first, lex, lex_mask, a, bb, o.out, o.verbose, &err);
    }
    if (st != NABA_OK) fprintf(stderr, "naba train ner: %s\n", err.message);
    for (size_t k = 0; k < ncorp; k++) {
        ner_corpus_free(&corp[k].c);
        free(corp[k].feat);
        free(corp[k].foff);
        free(corp[k].pred);
        free(corp[k].mgold);
    }
    ner_lexb_free(&lb);
    trainer_free(&tr);
    wtable_free(&fin);
    wtable_free(&first);
    free(train); free(dev); free(lex);
    free(b.pred); free(b.emit); free(b.margin); free(b.scratch);
    free(cal.margin); free(cal.ok);
    return st == NABA_OK ? EXIT_OK : EXIT_FATAL;
}
