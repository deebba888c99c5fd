/*
** ner_lexicon.c — building the NER lexicon at training time from gazetteers
** (CLDR, GeoNames), person-name words (netranslit) and naba's curated cues.
**
** Every name is cut into words and folded by the same ner_word_init the tagger
** uses, so a lookup at run time hits exactly what was stored here. The files
** are read, never copied: the model keeps 32-bit fingerprints and class bits.
*/
#include "ner_train.h"
#include "input.h"
#include "textlines.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ner_lexb_free(ner_lexb *b) {
    naba_hm_free(&b->map);
    free(b->vals);
    memset(b, 0, sizeof *b);
}

uint32_t *ner_lexb_at(ner_lexb *b, uint64_t h) {
    if (!h) h = 1;
    /* the first table has 1 << 16 slots, and it grows before a lookup as well
    ** as before an insert: ner_lexb_table walks the slots, so their layout is
    ** part of the model file */
    if (naba_hm_reserve(&b->map, b->map.n ? b->map.n + 1 : 1 << 15)) return NULL;
    if (b->map.n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1 << 14;
        uint32_t *vals = realloc(b->vals, cap * sizeof *vals);
        if (!vals) return NULL;
        b->vals = vals;
        b->cap = cap;
    }
    size_t j = naba_hm_slot(&b->map, h, NULL, NULL);
    if (b->map.slots[j].val == NABA_HM_NONE) {
        b->vals[b->map.n] = 0;
        naba_hm_fill(&b->map, j, h, (uint32_t)b->map.n);
    }
    return &b->vals[b->map.slots[j].val];
}

uint32_t ner_lexb_get(const ner_lexb *b, uint64_t h) {
    uint32_t i = naba_hm_get(&b->map, h ? h : 1, NULL, NULL);
    return i == NABA_HM_NONE ? 0 : b->vals[i];
}

void ner_lexb_add_name(ner_lexb *b, const char *s, size_t n, uint32_t cls) {
    ner_word w[NER_MAX_PHRASE + 1];
    char buf[256];
    size_t nw = 0, used = 0, i = 0;
    while (i < n && s[i] != '(') {
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        size_t a = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '(') i++;
        if (i == a) continue;
        if (nw == NER_MAX_PHRASE + 1 || used + (i - a) + 1 > sizeof buf) return;  /* too long to use */
        ner_word_init(&w[nw], s + a, i - a, buf + used);
        used += w[nw].kn + 1;
        if (w[nw].shape != NER_SHAPE_PUNCT) nw++;
    }
    if (nw == 0 || nw > NER_MAX_PHRASE) return;
    uint64_t h = ner_hash(w[0].key, w[0].kn);
    for (size_t k = 1; k < nw; k++) h = ner_join(h, ner_hash(w[k].key, w[k].kn));
    uint32_t *v = ner_lexb_at(b, h);
    if (v) *v |= nw == 1 ? cls : cls << NER_LEX_PHRASE_SHIFT;
    /* the tagger looks phrases up only from words that begin one */
    if (nw > 1 && (v = ner_lexb_at(b, ner_hash(w[0].key, w[0].kn)))) *v |= NER_LEX_PHRASE_START;
}

/* Each field of a gazetteer row may hold alternatives separated by '|'. */
static void add_field(ner_lexb *b, const char *s, size_t n, uint32_t cls) {
    size_t a = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '|') continue;
        if (i > a) ner_lexb_add_name(b, s + a, i - a, cls);
        a = i + 1;
    }
}

/* Which columns of which file hold names, and of what class. */
static const struct { const char *file; uint32_t cls; int cols[6]; } gaz_files[] = {
    {"cldr/territories_en_ar.tsv", NER_LEX_LOC, {1, 2, -1}},
    {"cldr/world_countries_en_ar.tsv", NER_LEX_LOC, {1, 2, 3, 4, 5, 6}},
    {"cldr/i18n_iso_countries_en_ar.tsv", NER_LEX_LOC, {1, 2, -1}},
    {"cldr/tz_exemplar_cities_en_ar.tsv", NER_LEX_LOC, {1, 2, -1}},
    {"cldr/languages_en_ar.tsv", NER_LEX_NAT, {1, 2, -1}},
    {"geonames_ar/cities_ar_en.tsv", NER_LEX_LOC, {2, 3, -1}},
    {"geonames_ar/admin_codes_ar.tsv", NER_LEX_LOC, {1, -1}},
};

/* Splits a line at tabs into at most max columns; returns how many. */
static size_t split_tabs(const char *s, size_t n, const char **col, size_t *cn, size_t max) {
    size_t nc = 0, a = 0;
    for (size_t i = 0; i <= n && nc < max; i++)
        if (i == n || s[i] == '\t') { col[nc] = s + a; cn[nc++] = i - a; a = i + 1; }
    return nc;
}

#define MAX_COLS 8 /* more than any column the tables below name */

/* Call add_field for the wanted columns of every row after the header. */
static void add_tsv(ner_lexb *b, const char *text, size_t len, const int *cols, size_t ncols,
                    uint32_t cls) {
    naba_lines it;
    naba_lines_init(&it, text, len);
    const char *line;
    size_t n;
    while (naba_lines_next(&it, &line, &n)) {
        if (it.no == 1) continue;
        const char *col[MAX_COLS];
        size_t cn[MAX_COLS], nc = split_tabs(line, n, col, cn, MAX_COLS);
        for (size_t c = 0; c < ncols && cols[c] >= 0; c++)
            if ((size_t)cols[c] < nc) add_field(b, col[cols[c]], cn[cols[c]], cls);
    }
}

/* naba's knowledge-base tables (data/kb, the link stage's sources): names and
** aliases of people (of today and of earlier years' news), organizations and
** places in both scripts, and the nationality adjectives. Comment lines start with '#', then a header row. */
static const struct { const char *file; int cols[4], nationality; } kb_files[] = {
    {"people.tsv", {2, 3, 4, 5}, 0}, {"people_past.tsv", {2, 3, 4, 5}, 0},
    {"organizations.tsv", {2, 3, 4, 5}, 0}, {"places.tsv", {2, 3, 4, 5}, 0},
    {"nationalities.tsv", {1, -1}, 1},
};

static uint32_t kb_class(const char *type, size_t n, int nationality) {
    if (nationality) return NER_LEX_NAT;
    if (n == 3 && !memcmp(type, "PER", 3)) return NER_LEX_PERW;
    if (n == 3 && !memcmp(type, "ORG", 3)) return NER_LEX_ORG;
    if (n == 3 && !memcmp(type, "LOC", 3)) return NER_LEX_LOC;
    return 0;
}

/* The file dir/name, whole. */
static naba_status read_in(const char *dir, const char *name, char **text, size_t *len, naba_error *err) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return naba_read_file(path, NABA_DATA_FILE_MAX, text, len, err);
}

naba_status ner_lexb_kb(ner_lexb *b, const char *dir, naba_error *err) {
    for (size_t f = 0; f < sizeof kb_files / sizeof kb_files[0]; f++) {
        size_t len;
        char *text;
        naba_status rd = read_in(dir, kb_files[f].file, &text, &len, err);
        if (rd != NABA_OK) return rd;
        naba_lines it;
        naba_lines_init(&it, text, len);
        const char *line;
        size_t n;
        int header = 1;
        while (naba_lines_next(&it, &line, &n)) {
            if (!n || line[0] == '#' || header-- > 0) continue;
            const char *col[MAX_COLS];
            size_t cn[MAX_COLS], nc = split_tabs(line, n, col, cn, MAX_COLS);
            uint32_t cls = nc > 1 ? kb_class(col[1], cn[1], kb_files[f].nationality) : 0;
            for (size_t c = 0; c < 4 && cls && kb_files[f].cols[c] >= 0; c++)
                if ((size_t)kb_files[f].cols[c] < nc) add_field(b, col[kb_files[f].cols[c]], cn[kb_files[f].cols[c]], cls);
        }
        free(text);
    }
    return NABA_OK;
}

naba_status ner_lexb_gazetteers(ner_lexb *b, const char *dir, naba_error *err) {
    for (size_t f = 0; f < sizeof gaz_files / sizeof gaz_files[0]; f++) {
        size_t len;
        char *text;
        naba_status rd = read_in(dir, gaz_files[f].file, &text, &len, err);
        if (rd != NABA_OK) return rd;
        add_tsv(b, text, len, gaz_files[f].cols, 6, gaz_files[f].cls);
        free(text);
    }
    return NABA_OK;
}

/* netranslit pairs include translations ("of" / من, "in" / في) besides
** transliterations; a pair is kept only when the Latin word starts with a
** letter the Arabic one can sound like. Latin letters each first Arabic
** letter allows (after a leading ال, the letter after it also counts). */
static const struct { uint32_t ar; const char *latin; } first_letters[] = {
    {0x0627, "aeiouy"}, {0x0623, "aeiouy"}, {0x0625, "aeiouy"}, {0x0622, "aeiouy"},
    {0x0639, "aeiouy'"}, {0x0621, "aeiouy'"}, {0x0628, "bpv"}, {0x062A, "t"},
    {0x0637, "t"}, {0x062B, "ts"}, {0x062C, "jgd"}, {0x062D, "hkae"}, {0x0647, "hae"},
    {0x062E, "khj"}, {0x062F, "d"}, {0x0636, "dz"}, {0x0630, "zdt"}, {0x0632, "zs"},
    {0x0638, "zdt"}, {0x0631, "r"}, {0x0633, "scz"}, {0x0635, "scz"}, {0x0634, "sc"},
    {0x063A, "gr"}, {0x0641, "fpv"}, {0x0642, "kqcg"}, {0x0643, "kqcg"}, {0x0644, "l"},
    {0x0645, "m"}, {0x0646, "n"}, {0x0648, "wvou"}, {0x064A, "yijea"}, {0x0649, "yi"},
};

static int letters_agree(const char *lat, size_t ln, const char *ar, size_t an) {
    if (ln == 0 || an < 2) return 0;
    unsigned char c = (unsigned char)lat[0];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    for (int pass = 0; pass < 2; pass++) {
        size_t len;
        uint32_t a = utf8_next(ar, an, &len);
        for (size_t i = 0; i < sizeof first_letters / sizeof first_letters[0]; i++)
            if (first_letters[i].ar == a && c < 0x80 && strchr(first_letters[i].latin, c)) return 1;
        if (an < 6 || memcmp(ar, "\xD8\xA7\xD9\x84", 4) != 0) break;
        ar += 4;    /* ال: try the letter after it */
        an -= 4;
    }
    return 0;
}

naba_status ner_lexb_names(ner_lexb *b, const char *path, naba_error *err) {
    size_t len;
    char *text;
    naba_status rd = naba_read_file(path, NABA_DATA_FILE_MAX, &text, &len, err);
    if (rd != NABA_OK) return rd;
    for (size_t p = 0; p < len;) {
        size_t e = p;
        while (e < len && text[e] != '\n') e++;
        size_t t1 = p;
        while (t1 < e && text[t1] != '\t') t1++;
        size_t t2 = t1 + 1 < e ? t1 + 1 : e;
        while (t2 < e && text[t2] != '\t') t2++;
        if (t1 < e && t2 > t1 + 1) {
            char ar[256];
            size_t k = 0;   /* the Arabic letters are written apart: join them */
            for (size_t i = t1 + 1; i < t2 && k + 1 < sizeof ar; i++)
                if (text[i] != ' ') ar[k++] = text[i];
            if (letters_agree(text + p, t1 - p, ar, k)) {
                ner_lexb_add_name(b, text + p, t1 - p, NER_LEX_PERW);
                ner_lexb_add_name(b, ar, k, NER_LEX_PERW);
            }
        }
        p = e + 1;
    }
    free(text);
    return NABA_OK;
}

static void cue(void *ctx, uint32_t cls, const char *name, size_t n) {
    ner_lexb_add_name(ctx, name, n, cls);
}

naba_status ner_lexb_cues(ner_lexb *b, const char *path, naba_error *err) {
    size_t len;
    char *text;
    naba_status rd = naba_read_file(path, NABA_DATA_FILE_MAX, &text, &len, err);
    if (rd != NABA_OK) return rd;
    naba_status st = ner_cues_parse(text, len, path, cue, b, err);
    free(text);
    return st;
}

ner_lex_slot *ner_lexb_table(const ner_lexb *b, uint32_t *mask) {
    size_t cap = 16;
    while (cap < b->map.n * 4 / 3 + 2) cap *= 2;    /* load <= 3/4 */
    ner_lex_slot *t = calloc(cap, sizeof *t);
    if (!t) return NULL;
    for (size_t i = 0; i < b->map.cap; i++) {   /* in slot order: the layout of t depends on it */
        const naba_hslot *s = &b->map.slots[i];
        if (s->val == NABA_HM_NONE || !b->vals[s->val]) continue;
        uint32_t key = ner_fp(s->hash);
        size_t j = s->hash & (cap - 1);
        while (t[j].key && t[j].key != key) j = (j + 1) & (cap - 1);
        t[j].key = key;
        t[j].val |= b->vals[s->val];   /* a fingerprint collision merges two entries */
    }
    *mask = (uint32_t)(cap - 1);
    return t;
}
