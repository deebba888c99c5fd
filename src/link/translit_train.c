/*
** translit_train.c — `naba train translit`: learn the letter channel model of
** translit.h from Arabic–English name pairs (translit_data.h) by EM.
**
** Every Arabic letter emits 0..TL_MAX_EMIT Latin letters; EM sums over all
** monotone alignments (forward-backward, rows rescaled) and re-estimates
** P(emission | letter, position). Each position's estimate is interpolated
** with the letter's position-free one, so rare contexts borrow strength.
** Starting from uniform emissions, the result depends on the data only, so
** training is deterministic. Emissions under --prune (default 1e-4) are dropped.
** Then the word memory (translit_words.h) is counted from the same pairs and
** kept where the channel spells a common word otherwise.
*/
#include "cli.h"
#include "hashmap.h"
#include "link_cli.h"
#include "model.h"
#include "namekey.h"
#include "translit.h"
#include "translit_data.h"
#include "translit_words.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TRAIN_LETTERS 32
#define MAX_PARAMS (1u << 20)
#define CTX_WEIGHT 0.8          /* share of the position-specific estimate */
#define FREE_STATE(s) ((unsigned)TL_STATES + (unsigned)(s) / TL_CTX) /* position-free pseudo state */
/* Word memory thresholds, chosen with --dev (src/link/README.md, sessions 18
** and 23: a word seen in one Wikidata name is remembered) */
#define MIN_COUNT 1
#define MIN_SHARE 0.3

typedef struct { uint16_t a[MAX_TRAIN_LETTERS]; uint8_t l[MAX_TRAIN_LETTERS + TL_MAX_EMIT]; uint8_t n, m; } tpair;

/* The parameters: emission key[i] has prob[i]; map finds i from the key.
** The map is reserved for MAX_PARAMS at the start and never grows, so its
** slots, walked in order by m_step, are laid out alike on every run. */
typedef struct {
    naba_hashmap map;   /* mix(key) -> i */
    uint32_t *key;
    double *prob, *count;
    uint32_t n;
} params;

/* A bijection of 32-bit keys: equal hashes are equal keys, so the map needs
** no key comparison. */
static uint64_t mix(uint32_t k) { k ^= k >> 16; k *= 0x45d9f3bU; k ^= k >> 16; return k; }

/* The index of key's parameter, or NABA_HM_NONE. */
static uint32_t param_of(const params *p, uint32_t key) { return naba_hm_get(&p->map, mix(key), NULL, NULL); }

static double emit_p(const params *p, uint32_t key) {
    uint32_t i = param_of(p, key);
    return i == NABA_HM_NONE ? 0 : p->prob[i];
}

/* Give key a parameter if it has none; -1 when there are MAX_PARAMS. */
static int param_add(params *p, uint32_t key) {
    uint64_t h = mix(key);
    size_t s = naba_hm_slot(&p->map, h, NULL, NULL);
    if (p->map.slots[s].val != NABA_HM_NONE) return 0;
    if (p->n >= MAX_PARAMS) return -1;
    p->key[p->n] = key;
    naba_hm_fill(&p->map, s, h, p->n++);
    return 0;
}

/* Register every emission the lattice of one pair can use, in all positions. */
static int register_pair(params *p, const tpair *t) {
    for (size_t i = 0; i < t->n; i++)
        for (size_t j = 0; j <= t->m; j++)
            for (size_t k = 0; k <= TL_MAX_EMIT && j + k <= t->m; k++)
                for (unsigned c = 0; c <= TL_CTX; c++) {
                    unsigned s = c == TL_CTX ? FREE_STATE(t->a[i]) : t->a[i] - t->a[i] % TL_CTX + c;
                    if (param_add(p, tl_key(s, t->l + j, k)) < 0) return -1;
                }
    return 0;
}

/* Normalize counts per state into probabilities; position-specific estimates
** are interpolated with the position-free ones. */
static void m_step(params *p, int uniform) {
    double *tot = calloc(TL_STATES + TL_SYMBOLS, sizeof(double));
    /* summed in slot order: the model file depends on the order of these sums */
    for (size_t i = 0; i < p->map.cap; i++) {
        uint32_t ix = p->map.slots[i].val;
        if (ix == NABA_HM_NONE) continue;
        tot[p->key[ix] >> 20] += uniform ? 1 : p->count[ix] + 1e-3;
    }
    /* position-free first: the others need them */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t ix = 0; ix < p->n; ix++) {
            uint32_t s = p->key[ix] >> 20;
            if ((s >= TL_STATES) != (pass == 0)) continue;
            double v = (uniform ? 1 : p->count[ix] + 1e-3) / tot[s];
            if (s < TL_STATES) v = CTX_WEIGHT * v + (1 - CTX_WEIGHT) * emit_p(p, (uint32_t)FREE_STATE(s) << 20 | (p->key[ix] & 0xFFFFF));
            p->prob[ix] = v;
        }
    for (uint32_t i = 0; i < p->n; i++) p->count[i] = 0;
    free(tot);
}

/* Forward-backward over one pair; adds posterior counts. Returns log Z or -inf. */
static double e_step(params *p, const tpair *t) {
    enum { R = MAX_TRAIN_LETTERS + 1, C = MAX_TRAIN_LETTERS + TL_MAX_EMIT + 1 };
    double al[R][C], be[R][C], sc[R];
    size_t n = t->n, m = t->m;
    memset(al, 0, sizeof al);
    memset(be, 0, sizeof be);
    al[0][0] = 1;
    sc[0] = 1;
    double logz = 0;
    for (size_t i = 0; i < n; i++) {
        double mx = 0;
        for (size_t j = 0; j <= m; j++) {
            if (al[i][j] == 0) continue;
            for (size_t k = 0; k <= TL_MAX_EMIT && j + k <= m; k++)
                al[i + 1][j + k] += al[i][j] * emit_p(p, tl_key(t->a[i], t->l + j, k));
        }
        for (size_t j = 0; j <= m; j++) if (al[i + 1][j] > mx) mx = al[i + 1][j];
        if (mx <= 0) return -INFINITY;
        for (size_t j = 0; j <= m; j++) al[i + 1][j] /= mx;
        sc[i + 1] = mx;
        logz += log(mx);
    }
    double z = al[n][m];
    if (z <= 0) return -INFINITY;
    be[n][m] = 1;
    for (size_t i = n; i-- > 0;) {
        for (size_t j = 0; j <= m; j++) {
            double s = 0;
            for (size_t k = 0; k <= TL_MAX_EMIT && j + k <= m; k++) {
                if (be[i + 1][j + k] == 0) continue;
                uint32_t key = tl_key(t->a[i], t->l + j, k);
                double e = emit_p(p, key);
                s += e * be[i + 1][j + k];
                if (al[i][j] > 0 && e > 0) {
                    double post = al[i][j] * e * be[i + 1][j + k] / (sc[i + 1] * z);
                    uint32_t ix = param_of(p, key);
                    uint32_t fx = param_of(p, (uint32_t)FREE_STATE(t->a[i]) << 20 | (key & 0xFFFFF));
                    if (ix != NABA_HM_NONE) p->count[ix] += post;
                    if (fx != NABA_HM_NONE) p->count[fx] += post;
                }
            }
            be[i][j] = s / sc[i + 1];
        }
    }
    return logz + log(z);
}

static int cmp_slot_p(const void *a, const void *b) {
    const tl_slot *x = a, *y = b;
    if (x->key >> 20 != y->key >> 20) return (x->key >> 20) < (y->key >> 20) ? -1 : 1;
    if (x->logp != y->logp) return x->logp > y->logp ? -1 : 1;
    return x->key < y->key ? -1 : (x->key > y->key);
}

/* English letter trigrams of the training words, each distinct pair once:
** P(c | a b) interpolated Witten-Bell style with P(c | b), and that with the
** add-one unigram, so an unseen trigram keeps its letters' odds. */
static float *english_trigrams(const tpair *pairs, size_t np) {
    enum { A = 27 };
    double *c3 = calloc(A * A * A, sizeof(double)), *c2 = calloc(A * A, sizeof(double)), c1[A];
    float *lm3 = malloc(A * A * A * sizeof(float));
    if (!c3 || !c2 || !lm3) { free(c3); free(c2); free(lm3); return NULL; }
    for (int c = 0; c < A; c++) c1[c] = 1;
    for (size_t i = 0; i < np; i++) {
        unsigned x = 0, y = 0;
        for (size_t j = 0; j <= pairs[i].m; j++) {
            unsigned z = j < pairs[i].m ? pairs[i].l[j] : 0;
            c3[(x * A + y) * A + z]++;
            c2[y * A + z]++;
            c1[z]++;
            x = y;
            y = z;
        }
    }
    double u = 0, p2[A];
    for (int c = 0; c < A; c++) u += c1[c];
    for (int b = 0; b < A; b++) {
        double nb = 0, tb = 0;
        for (int c = 0; c < A; c++) { nb += c2[b * A + c]; tb += c2[b * A + c] > 0; }
        for (int c = 0; c < A; c++) {
            double l2 = nb > 0 ? nb / (nb + tb) : 0;
            p2[c] = (nb > 0 ? l2 * c2[b * A + c] / nb : 0) + (1 - l2) * c1[c] / u;
        }
        for (int a = 0; a < A; a++) {
            const double *r = c3 + (a * A + b) * A;
            double na = 0, ta = 0;
            for (int c = 0; c < A; c++) { na += r[c]; ta += r[c] > 0; }
            double l3 = na > 0 ? na / (na + ta) : 0;
            for (int c = 0; c < A; c++)
                lm3[(a * A + b) * A + c] = (float)log((na > 0 ? l3 * r[c] / na : 0) + (1 - l3) * p2[c]);
        }
    }
    free(c3);
    free(c2);
    return lm3;
}
typedef struct { unsigned min_count; double min_share; int dev; size_t n_google; } words_opts;

static naba_status save_model(const params *p, const tpair *pairs, size_t np, double prune,
                              const tl_pairs *raw, const words_opts *wo, const char *out, naba_error *err) {
    /* kept emissions, sorted by state then probability */
    tl_slot *kept = malloc(p->n * sizeof(tl_slot));
    size_t nk = 0;
    for (uint32_t i = 0; i < p->n; i++) {
        if ((p->key[i] >> 20) >= TL_STATES) continue;
        double v = p->prob[i];
        if (v >= prune) { kept[nk].key = p->key[i]; kept[nk].logp = (float)log(v); nk++; }
    }
    qsort(kept, nk, sizeof(tl_slot), cmp_slot_p);
    size_t slots = 1;
    while (slots < nk * 2) slots <<= 1;
    tl_slot *table = malloc(slots * sizeof(tl_slot));
    uint32_t *top = malloc((size_t)TL_STATES * TL_TOP * sizeof(uint32_t));
    float *lm = malloc(27 * 27 * sizeof(float));
    for (size_t i = 0; i < slots; i++) { table[i].key = TL_EMPTY; table[i].logp = 0; }
    for (size_t i = 0; i < (size_t)TL_STATES * TL_TOP; i++) top[i] = TL_EMPTY;
    for (size_t r = 0; r < nk; r++) {
        uint32_t k = kept[r].key, i = tl_slot_hash(k) & (uint32_t)(slots - 1);
        while (table[i].key != TL_EMPTY) i = (i + 1) & (uint32_t)(slots - 1);
        table[i] = kept[r];
        unsigned s = k >> 20;
        for (int q = 0; q < TL_TOP; q++)
            if (top[s * TL_TOP + q] == TL_EMPTY) { top[s * TL_TOP + q] = k & 0xFFFFF; break; }
    }
    /* Latin letter bigrams of the training words, add-one smoothed */
    double cnt[27][27];
    for (int a = 0; a < 27; a++) for (int b = 0; b < 27; b++) cnt[a][b] = 1;
    for (size_t i = 0; i < np; i++) {
        unsigned prev = 0;
        for (size_t j = 0; j < pairs[i].m; j++) { cnt[prev][pairs[i].l[j]]++; prev = pairs[i].l[j]; }
        cnt[prev][0]++;
    }
    for (int a = 0; a < 27; a++) {
        double s = 0;
        for (int b = 0; b < 27; b++) s += cnt[a][b];
        for (int b = 0; b < 27; b++) lm[a * 27 + b] = (float)log(cnt[a][b] / s);
    }
    float *lm3 = english_trigrams(pairs, np);
    /* the channel alone, to see which words it already spells as the memory would */
    const translit channel = {.emit = table, .mask = (uint32_t)(slots - 1), .lm = lm, .lm3 = lm3, .top = top};
    tl_words words = {0};
    char *blob = NULL;
    size_t blen = 0;
    naba_status st = lm3 ? NABA_OK : NABA_ERR_NOMEM;
    if (st == NABA_OK && wo->dev) st = tl_words_dev(raw, wo->n_google, &channel, stdout);
    else if (st == NABA_OK && (st = tl_words_count(raw, NULL, &channel, &words)) == NABA_OK)
        st = tl_words_section(&words, &channel, wo->min_count, wo->min_share, &blob, &blen);
    naba_model_writer *w = wo->dev ? NULL : naba_model_writer_new(TL_KIND, TL_VERSION);
    if (st == NABA_OK && !wo->dev && !w) st = NABA_ERR_NOMEM;
    if (st == NABA_OK && w) st = naba_model_writer_add(w, "emit", table, slots * sizeof(tl_slot));
    if (st == NABA_OK && w) st = naba_model_writer_add(w, "lm", lm, 27 * 27 * sizeof(float));
    if (st == NABA_OK && w) st = naba_model_writer_add(w, "lm3", lm3, 27 * 27 * 27 * sizeof(float));
    if (st == NABA_OK && w) st = naba_model_writer_add(w, "top", top, (size_t)TL_STATES * TL_TOP * sizeof(uint32_t));
    if (st == NABA_OK && w) st = naba_model_writer_add(w, "words", blob, blen);
    if (st == NABA_OK && w) st = naba_model_writer_save(w, out, err);
    else if (st != NABA_OK) naba_fail(err, st, 0, "out of memory building %s", out);
    naba_model_writer_free(w);
    tl_words_free(&words);
    free(blob); free(kept); free(table); free(top); free(lm); free(lm3);
    return st;
}

static void help(FILE *f) {
    fputs("usage: naba train translit [options]\n\n"
          "Learn the Arabic->Latin letter model the linker uses to match Zelenskyy with\n"
          "زيلنسكي and to romanize names not in the knowledge base, and the word memory\n"
          "that spells common name words the common way (تشارلز Charles). Trains on the\n"
          "train parts of google_ar2en and netranslit (see src/link/README.md).\n\n"
          "options:\n"
          "  --data DIR        translit data folder (default " LINK_TRANSLIT_DATA ")\n"
          "  -o, --output FILE model to write (default " LINK_TRANSLIT_MODEL ")\n"
          "  --iterations N    EM iterations (default 8)\n"
          "  --prune P         drop emissions less likely than P (default 1e-4)\n"
          "  --min-count N     remember a word seen at least N times (default 1; a word\n"
          "                    with the article at least twice)\n"
          "  --min-share S     ... whose top spelling has at least share S (default 0.3)\n"
          "  --dev             write no model: measure the word memory on dev parts carved\n"
          "                    from the training pairs, for a grid of both thresholds\n"
          "  -q, --quiet       no progress on stderr\n\n"
          "example (the committed models/translit.nbm):\n"
          "  naba train translit --data ../shared/data/translit -o models/translit.nbm\n", f);
}

int naba_train_translit(int argc, char **argv) {
    static const struct option longopts[] = {
        {"data", required_argument, 0, 'd'}, {"output", required_argument, 0, 'o'},
        {"iterations", required_argument, 0, 'n'}, {"prune", required_argument, 0, 'p'}, {"quiet", no_argument, 0, 'q'},
        {"min-count", required_argument, 0, 'c'}, {"min-share", required_argument, 0, 's'}, {"dev", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *data = LINK_TRANSLIT_DATA, *out = LINK_TRANSLIT_MODEL;
    int iters = 8, quiet = 0, c;
    double prune = 1e-4;
    words_opts wo = {MIN_COUNT, MIN_SHARE, 0, 0};
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': data = optarg; break;
        case 'o': out = optarg; break;
        case 'n': iters = atoi(optarg); if (iters < 1 || iters > 100) { fputs("naba train translit: --iterations wants 1..100\n", stderr); return EXIT_USAGE; } break;
        case 'p': prune = atof(optarg); if (!(prune > 0 && prune < 1)) { fputs("naba train translit: --prune wants 0 < P < 1\n", stderr); return EXIT_USAGE; } break;
        case 'c': wo.min_count = (unsigned)atoi(optarg); if (atoi(optarg) < 1) { fputs("naba train translit: --min-count wants N >= 1\n", stderr); return EXIT_USAGE; } break;
        case 's': wo.min_share = atof(optarg); if (!(wo.min_share >= 0 && wo.min_share <= 1)) { fputs("naba train translit: --min-share wants 0 <= S <= 1\n", stderr); return EXIT_USAGE; } break;
        case 'v': wo.dev = 1; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    naba_error err = {0};
    tl_pairs raw = {0};
    /* google first: the dev measure carves its pairs by index */
    naba_status lst = tl_pairs_load(data, TL_SRC_GOOGLE, 0, &raw, &err);
    wo.n_google = raw.n;
    if (lst == NABA_OK) lst = tl_pairs_load(data, TL_SRC_WIKIDATA, 0, &raw, &err);
    if (lst != NABA_OK) {
        fprintf(stderr, "naba train translit: %s\n", err.message);
        tl_pairs_free(&raw);
        return EXIT_FATAL;
    }
    tpair *pairs = calloc(raw.n ? raw.n : 1, sizeof(tpair));
    size_t np = 0;
    for (size_t i = 0; i < raw.n; i++) {
        tpair *t = &pairs[np];
        size_t n = tl_states(raw.v[i].ar, strlen(raw.v[i].ar), t->a, MAX_TRAIN_LETTERS);
        size_t m = tl_latin(raw.v[i].lat, strlen(raw.v[i].lat), t->l, MAX_TRAIN_LETTERS);
        if (n == 0 || m == 0 || n >= MAX_TRAIN_LETTERS || m >= MAX_TRAIN_LETTERS || m > n * TL_MAX_EMIT) continue;
        t->n = (uint8_t)n;
        t->m = (uint8_t)m;
        np++;
    }
    params p = {0};
    naba_hm_init(&p.map, NULL);
    p.key = malloc(MAX_PARAMS * sizeof(uint32_t));
    p.prob = calloc(MAX_PARAMS, sizeof(double));
    p.count = calloc(MAX_PARAMS, sizeof(double));
    int rc = EXIT_OK;
    if (!pairs || !p.key || !p.prob || !p.count || naba_hm_reserve(&p.map, MAX_PARAMS)) {
        fputs("naba train translit: out of memory\n", stderr);
        rc = EXIT_FATAL;
        goto done;
    }
    for (size_t i = 0; i < np; i++)
        if (register_pair(&p, &pairs[i]) < 0) { fputs("naba train translit: too many emissions\n", stderr); rc = EXIT_FATAL; goto done; }
    if (!quiet) fprintf(stderr, "%zu training pairs, %u emissions\n", np, p.n);
    m_step(&p, 1);
    for (int it = 0; it < iters; it++) {
        double ll = 0;
        size_t used = 0;
        for (size_t i = 0; i < np; i++) {
            double z = e_step(&p, &pairs[i]);
            if (isfinite(z)) { ll += z; used++; }
        }
        m_step(&p, 0);
        if (!quiet) fprintf(stderr, "iteration %d: log-likelihood per pair %.4f (%zu pairs)\n", it + 1, ll / (double)(used ? used : 1), used);
    }
    if (save_model(&p, pairs, np, prune, &raw, &wo, out, &err) != NABA_OK) {
        fprintf(stderr, "naba train translit: %s\n", err.message);
        rc = EXIT_FATAL;
    } else if (!quiet && !wo.dev) fprintf(stderr, "wrote %s\n", out);
done:
    tl_pairs_free(&raw);
    free(pairs); naba_hm_free(&p.map); free(p.key); free(p.prob); free(p.count);
    return rc;
}
