/*
** translit_words.c — counting, choosing and measuring the romanizer's word
** memory (translit_words.h).
*/
#include "translit_words.h"

#include <stdlib.h>
#include <string.h>

/* Variants (add_variants) of words seen at least VARIANT_MIN times, and over a
** word the pairs hold under rare spellings only when the source is seen
** VARIANT_RATIO times as often (ديفيد: Dawid, Dovid... against دايفيد's 796
** David). Chosen on dev carves (src/link/README.md, session 20). */
#define VARIANT_MIN 50
#define VARIANT_RATIO 10

/* A word with the article is remembered when seen in two names at least,
** whatever min_count: one Wikidata name's spelling of it is that person's
** glued form (الصالح alsaleh, المنصور almansoor, الظاهر alzahier),
** where Al- and the remembered rest is the usual one (Al-Saleh). Read on the
** slices (src/link/README.md, session 23). */
#define ARTICLE_MIN_COUNT 2

/* A spelling held by this many names is remembered whatever its share of
** the word's names: سليمان is Suleiman in 22 of 112 names, Soliman in 20,
** Slimane in 14, each under the share floor, and the channel wrote Sleman, a
** spelling no name has. Chosen with --dev (session 24b). */
#define SHARE_FREE_COUNT 5

/* A spelling seen in one name only is kept when the letter channel finds it
** at most this much less likely per letter than its own spelling: further
** off it is a misaligned pair or a translation (بهلوي shah, امراه lots, جحا
** nasreddin). Chosen with --dev (session 24b). */
#define ONCE_MIN_LOGRATIO (-2.0)

typedef struct { const char *ar, *lat; unsigned count; } spelling;

static int cmp_spelling(const void *a, const void *b) {
    const spelling *x = a, *y = b;
    int c = strcmp(x->ar, y->ar);
    return c ? c : strcmp(x->lat, y->lat);
}

naba_status tl_words_count(const tl_pairs *pairs, const unsigned *counts, const translit *channel, tl_words *out) {
    memset(out, 0, sizeof(*out));
    spelling *s = malloc((pairs->n ? pairs->n : 1) * sizeof(*s));
    out->v = malloc((pairs->n ? pairs->n : 1) * sizeof(tl_word));
    if (!s || !out->v) { free(s); tl_words_free(out); return NABA_ERR_NOMEM; }
    size_t ns = 0;
    for (size_t i = 0; i < pairs->n; i++) {
        unsigned c = counts ? counts[i] : pairs->v[i].count;
        if (c) s[ns++] = (spelling){pairs->v[i].ar, pairs->v[i].lat, c};
    }
    qsort(s, ns, sizeof(*s), cmp_spelling);
    for (size_t i = 0; i < ns;) {
        tl_word *w = &out->v[out->n++];
        *w = (tl_word){s[i].ar, s[i].lat, 0, 0};
        while (i < ns && !strcmp(s[i].ar, w->ar)) {
            size_t j = i;
            unsigned c = 0;
            for (; j < ns && !strcmp(s[j].ar, w->ar) && !strcmp(s[j].lat, s[i].lat); j++) c += s[j].count;
            /* of equal counts (two Wikidata names, one each: سوليفان as rev and
            ** sulivan) the one the letter channel matches better, else the
            ** first in strcmp order */
            if (c > w->top_count || (c == w->top_count && channel &&
                                     translit_match(channel, w->ar, s[i].lat) > translit_match(channel, w->ar, w->top))) {
                w->top = s[i].lat;
                w->top_count = c;
            }
            w->total += c;
            i = j;
        }
    }
    free(s);
    return NABA_OK;
}

void tl_words_free(tl_words *w) {
    free(w->v);
    memset(w, 0, sizeof(*w));
}

void tl_words_spelling(const translit *t, const char *ar, char *out, size_t cap) {
    char buf[256];
    translit_romanize(t, ar, 1, buf, sizeof buf);
    size_t o = 0;
    for (const char *p = buf; *p && o + 1 < cap; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        if (c >= 'a' && c <= 'z') out[o++] = c;
    }
    if (cap) out[o] = '\0';
}

static int lower_letters(const char *s) {
    if (!*s) return 0;
    for (; *s; s++) if (*s < 'a' || *s > 'z') return 0;
    return 1;
}

/* Does w pass the thresholds (whatever the channel would write)? */
static int frequent(const tl_word *w, unsigned min_count, double min_share) {
    if (!strncmp(w->ar, "ال", strlen("ال")) && min_count < ARTICLE_MIN_COUNT) min_count = ARTICLE_MIN_COUNT;
    return w->total >= min_count &&
           ((double)w->top_count >= min_share * (double)w->total || w->top_count >= SHARE_FREE_COUNT) &&
           !strchr(w->ar, ' ') && lower_letters(w->top);
}

/* Could the letters of w's Arabic have written its one name's spelling
** (ONCE_MIN_LOGRATIO against the channel's spelling ch)? */
static int plausible(const translit *t, const tl_word *w, const char *ch) {
    if (w->total > 1) return 1;
    size_t an = strlen(w->ar), tn = strlen(w->top);
    return translit_word_logprob(t, w->ar, an, w->top, tn) - translit_word_logprob(t, w->ar, an, ch, strlen(ch)) >=
           ONCE_MIN_LOGRATIO * (double)tn;
}

/* Is w worth remembering, given the channel t and its spelling ch of it? */
static int kept(const translit *t, const tl_word *w, const char *ch, unsigned min_count, double min_share) {
    return frequent(w, min_count, min_share) && strcmp(w->top, ch) != 0 && plausible(t, w, ch);
}

static int cmp_word_ar(const void *key, const void *elem) {
    return strcmp(key, ((const tl_word *)elem)->ar);
}

/* A remembered word: its Arabic (owned when a variant), spelling and count. */
typedef struct { char *ar; const char *lat; unsigned count; int owned; } entry;

static int cmp_entry(const void *a, const void *b) {
    const entry *x = a, *y = b;
    int c = strcmp(x->ar, y->ar);
    if (c) return c;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->lat, y->lat);
}

/* Arabic writes a name's vowels or leaves them out at will (دايفيد and
** ديفيد David, جينيفر and جنيفر Jennifer), and the pairs often hold one
** spelling only. A remembered word's spellings with one medial ا or ي left
** out are remembered with it, unless the pairs hold that spelling themselves
** (سعيد has its own سعد: it is remembered or common enough, see
** VARIANT_RATIO) or the channel spells it the same. Appends to e. */
static size_t add_variants(const tl_words *w, const tl_word *src, const translit *channel, unsigned min_count,
                           double min_share, entry *e, size_t ne) {
    size_t n = strlen(src->ar);
    /* a variant of four letters at least: a shorter one is too often another
    ** word (أمن security, from أيمن Ayman; ألن from آلين Ellen) */
    if (src->total < VARIANT_MIN || n % 2 || n < 10) return ne;
    for (size_t i = 0; i < n; i += 2) /* two-byte Arabic letters only, so steps of 2 stay on letters */
        if ((unsigned char)src->ar[i] < 0xD8 || (unsigned char)src->ar[i] > 0xDB) return ne;
    for (size_t i = 2; i + 2 < n; i += 2) {
        unsigned char c0 = (unsigned char)src->ar[i], c1 = (unsigned char)src->ar[i + 1];
        if (!((c0 == 0xD8 && c1 == 0xA7) || (c0 == 0xD9 && c1 == 0x8A))) continue; /* ا or ي */
        char v[256], ch[256];
        if (n >= sizeof v) return ne;
        memcpy(v, src->ar, i);
        memcpy(v + i, src->ar + i + 2, n - i - 1);
        const tl_word *own_word = bsearch(v, w->v, w->n, sizeof(tl_word), cmp_word_ar);
        if (own_word && (frequent(own_word, min_count, min_share) || own_word->total * VARIANT_RATIO > src->total)) continue;
        tl_words_spelling(channel, v, ch, sizeof ch);
        if (!strcmp(ch, src->top)) continue;
        char *own = strdup(v);
        if (!own) return ne;
        e[ne++] = (entry){own, src->top, src->total, 1};
    }
    return ne;
}

naba_status tl_words_section(const tl_words *w, const translit *channel, unsigned min_count,
                             double min_share, char **blob, size_t *len) {
    size_t room = 1; /* each letter of a word is one variant at most */
    for (size_t i = 0; i < w->n; i++) room += 1 + strlen(w->v[i].ar) / 2;
    entry *e = malloc(room * sizeof(*e));
    if (!e) return NABA_ERR_NOMEM;
    size_t ne = 0;
    for (size_t i = 0; i < w->n; i++) {
        char ch[256];
        if (!frequent(&w->v[i], min_count, min_share)) continue; /* before the channel: the costly part */
        if (!strchr(w->v[i].ar, ' ')) ne = add_variants(w, &w->v[i], channel, min_count, min_share, e, ne);
        tl_words_spelling(channel, w->v[i].ar, ch, sizeof ch);
        if (kept(channel, &w->v[i], ch, min_count, min_share)) e[ne++] = (entry){(char *)w->v[i].ar, w->v[i].top, w->v[i].total, 0};
    }
    qsort(e, ne, sizeof(*e), cmp_entry);
    size_t cap = 1, n = 0;
    for (size_t i = 0; i < ne; i++) cap += strlen(e[i].ar) + strlen(e[i].lat) + 2;
    char *b = malloc(cap);
    for (size_t i = 0; b && i < ne; i++) {
        if (i && !strcmp(e[i].ar, e[i - 1].ar)) continue; /* of two sources of one variant, the commoner */
        size_t al = strlen(e[i].ar) + 1, ll = strlen(e[i].lat) + 1;
        memcpy(b + n, e[i].ar, al);
        memcpy(b + n + al, e[i].lat, ll);
        n += al + ll;
    }
    for (size_t i = 0; i < ne; i++) if (e[i].owned) free(e[i].ar);
    free(e);
    if (!b) return NABA_ERR_NOMEM;
    *blob = b;
    *len = n;
    return NABA_OK;
}

/* Exact-match figures of one dev part for the grid of thresholds. */
typedef struct { double hit, hit_pairs, occ, pairs, base, base_pairs; size_t words; } dev_cell;

/* Count words on train[], then score the romanizer on the dev[] occurrences. */
static naba_status dev_grid(const tl_pairs *pairs, const translit *channel, const unsigned *train,
                            const unsigned *dev, const unsigned *min_counts, size_t nc,
                            const double *min_shares, size_t ns, dev_cell *cells) {
    tl_words w = {0};
    naba_status st = tl_words_count(pairs, train, channel, &w);
    if (st != NABA_OK) return st;
    memset(cells, 0, nc * ns * sizeof(*cells));
    for (size_t i = 0; i < w.n; i++) {
        char ch[256];
        tl_words_spelling(channel, w.v[i].ar, ch, sizeof ch);
        for (size_t c = 0; c < nc * ns; c++) cells[c].words += (size_t)kept(channel, &w.v[i], ch, min_counts[c / ns], min_shares[c % ns]);
    }
    for (size_t i = 0; i < pairs->n; i++) {
        if (!dev[i]) continue;
        const tl_pair *p = &pairs->v[i];
        char ch[256];
        tl_words_spelling(channel, p->ar, ch, sizeof ch);
        const tl_word *k = bsearch(p->ar, w.v, w.n, sizeof(tl_word), cmp_word_ar);
        int ch_right = !strcmp(ch, p->lat);
        for (size_t c = 0; c < nc * ns; c++) {
            int right = k && kept(channel, k, ch, min_counts[c / ns], min_shares[c % ns]) ? !strcmp(k->top, p->lat) : ch_right;
            dev_cell *d = &cells[c];
            d->occ += dev[i];
            d->pairs++;
            d->hit += right * (double)dev[i];
            d->hit_pairs += right;
            d->base += ch_right * (double)dev[i];
            d->base_pairs += ch_right;
        }
    }
    tl_words_free(&w);
    return NABA_OK;
}

static double pct(double a, double b) { return b ? 100 * a / b : 0; }

naba_status tl_words_dev(const tl_pairs *pairs, size_t n_google, const translit *channel, FILE *out) {
    static const unsigned min_counts[] = {1, 2, 3, 5, 10, 20, 50};
    static const double min_shares[] = {0, 0.3, 0.4, 0.5, 0.6, 0.7};
    enum { NC = sizeof min_counts / sizeof *min_counts, NS = sizeof min_shares / sizeof *min_shares };
    size_t n = pairs->n;
    unsigned *train = calloc(n ? n : 1, sizeof(unsigned)), *dev = calloc(n ? n : 1, sizeof(unsigned));
    dev_cell occ[NC * NS], google[NC * NS];
    if (!train || !dev) { free(train); free(dev); return NABA_ERR_NOMEM; }
    /* occurrences: a tenth of each pair's count, rounded by the pair's index
    ** so that pairs seen once fall in dev one time in ten */
    for (size_t i = 0; i < n; i++) {
        dev[i] = (unsigned)((pairs->v[i].count + i % 10) / 10);
        train[i] = pairs->v[i].count - dev[i];
    }
    naba_status st = dev_grid(pairs, channel, train, dev, min_counts, NC, min_shares, NS, occ);
    /* google words: every 10th google training pair, new words as news brings */
    for (size_t i = 0; i < n; i++) {
        dev[i] = i < n_google && i % 10 == 9;
        train[i] = dev[i] ? 0 : pairs->v[i].count;
    }
    if (st == NABA_OK) st = dev_grid(pairs, channel, train, dev, min_counts, NC, min_shares, NS, google);
    if (st == NABA_OK) {
        fprintf(out, "dev by occurrence: %.0f occurrences of %.0f pairs; dev google: %.0f pairs\n"
                     "letter channel alone: %.2f%% of occurrences, %.2f%% of google pairs exact\n",
                occ[0].occ, occ[0].pairs, google[0].pairs, pct(occ[0].base, occ[0].occ),
                pct(google[0].base_pairs, google[0].pairs));
        fprintf(out, "min_count\tmin_share\twords\toccurrences exact\tgoogle words\tgoogle pairs exact\n");
        for (size_t c = 0; c < NC * NS; c++)
            fprintf(out, "%u\t%.1f\t%zu\t%.2f%%\t%zu\t%.2f%%\n", min_counts[c / NS], min_shares[c % NS], occ[c].words,
                    pct(occ[c].hit, occ[c].occ), google[c].words, pct(google[c].hit_pairs, google[c].pairs));
    }
    free(train);
    free(dev);
    return st;
}
