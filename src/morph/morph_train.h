/*
** morph_train.h — the morph trainer's internals (morph_train.c drives,
** morph_build.c turns the treebank and hunspell-ar into the model's tables,
** morph_hunspell.c reads ar.dic). Training-time only: malloc is fine here.
*/
#ifndef NABA_MORPH_TRAIN_H
#define NABA_MORPH_TRAIN_H

#include "morph.h"
#include "conllu.h"

#include <stdio.h>

/* Strings interned back to back, each with an id; buf is a model "str" section. */
typedef struct strset {
    char *buf; size_t len, cap;
    uint32_t *off; size_t n, offcap;   /* offset of each id */
    uint32_t *slot; size_t nslot;      /* id + 1, 0 empty */
} strset;
int strset_init(strset *s);
void strset_free(strset *s);
/* Id of s[0..n), added when new; UINT32_MAX on out of memory. */
uint32_t strset_add(strset *s, const char *p, size_t n);
/* Id of s[0..n), UINT32_MAX when absent. */
uint32_t strset_find(const strset *s, const char *p, size_t n);
static inline const char *strset_str(const strset *s, uint32_t id) { return s->buf + s->off[id]; }

/* One word of the treebank, prepared for training. */
typedef struct tb_word {
    uint32_t form;      /* id in T: word form without vowel marks */
    uint32_t key;       /* id in S: folded form */
    uint32_t lemma;     /* id in S */
    uint32_t tag;
    uint32_t rule;      /* lemma rule, UINT32_MAX if none */
    uint8_t role, n_in_tok, shape, skip; /* skip: an unanalyzed (U) word */
} tb_word;

typedef struct tb_token {
    uint32_t letters;   /* id in T: surface without vowel marks */
    uint32_t pre, suf;  /* gold prefix and suffix, UINT32_MAX when none fits */
    uint32_t host;      /* id in T: gold host form */
    uint32_t host_key;  /* id in T: its folded key (leave-one-out) */
    uint8_t unan;       /* a word of it is unanalysed (U---------): the token is left whole */
} tb_token;

typedef struct tb_sent {
    uint32_t tok_first, n_tok, word_first, n_word;
    uint32_t doc;       /* index of its document in the treebank */
    int dev;
} tb_sent;

typedef struct tb {
    strset S;           /* strings of the model */
    strset T;           /* strings only training needs */
    strset K;           /* keys of tags, patterns, rules */
    tb_word *w; size_t nw;
    tb_token *t; size_t nt;
    tb_sent *s; size_t ns;
    morph_tag *tags; size_t ntags;
    morph_affix *aff[2]; size_t naff[2]; uint32_t *aff_count[2]; /* prefixes, suffixes */
    morph_rule *rules; size_t nrules;
    size_t n_relabeled, n_hunspell;
} tb;

/* Read the treebank into t (relabeling name-like X as PROPN), derive tags,
** patterns and lemma rules. */
naba_status tb_load(tb *t, const naba_cu_file *f, naba_error *err);
void tb_free(tb *t);
/* Write the dictionary sections (everything but weights) into w. */
naba_status tb_sections(tb *t, const char *hunspell_dir, naba_model_writer *w, naba_error *err);

typedef naba_status (*lexadd_fn)(void *ctx, const char *word, size_t n, uint32_t bit);
naba_status morph_read_hunspell(const char *dir, lexadd_fn add, void *ctx, size_t *count,
                                naba_error *err);

/* A morph_cmap section from n (hash, value) pairs, in a malloc'd *table of
** *size bytes: u32 slots (a power of two, at least 16 and twice n), u32 pad,
** then {hash, value}. Two keys of one hash (rare) share its slot: with merge
** their values are ORed (they blur together), else the first one's stays
** (pairs in order of importance). Hash 0 marks an empty slot, so a key of
** that hash (one in 2^32) goes unstored. 0 when out of memory. */
int morph_cmap_build(const uint32_t *hash, const uint32_t *val, size_t n, int merge, uint32_t **table,
                     size_t *size);

/* The averaged perceptron of the three (four) models. */
typedef struct avg {
    float *w;        /* current weights (what the analyzer reads while training) */
    double *u;       /* sum of time-weighted updates, for averaging */
    uint32_t mask;
} avg;
int avg_init(avg *a, int bits);
void avg_free(avg *a);
void avg_update(avg *a, const uint64_t *f, int nf, uint32_t cls, float d, double time);
/* Replace the weights by their average over all steps. */
void avg_finish(avg *a, double time);
void morph_shuffle(uint32_t *v, size_t n, uint64_t *seed);

/* The unanalysed-token classifier (morph_unan_train.c): adds the "ustat"
** table to w (in *table, which the caller frees, also after an error) and
** trains the perceptron a (its table of 2^bits floats allocated here, freed
** by the caller) for epochs, at most 3. */
naba_status morph_unan_train(const tb *t, morph_model *m, const char *hunspell_dir, avg *a, int bits,
                             int epochs, uint64_t *seed, int quiet, naba_model_writer *w, uint32_t **table,
                             naba_error *err);

/* xorshift64*: the trainer's only source of randomness (from the seed). */
static inline uint64_t morph_rnd(uint64_t *s) {
    *s ^= *s >> 12; *s ^= *s << 25; *s ^= *s >> 27;
    return *s * 0x2545F4914F6CDD1DULL;
}

/* Word clusters from news articles (JSONL read from in), split with m's
** segmenter: a "clus" section (see morph_cmap) in a malloc'd *table of *size
** bytes; and how often whole tokens occur: an "unews" section in *tok_table. */
typedef struct morph_cluster_opt {
    size_t max_words;   /* read at most this many words */
    size_t vocab;       /* cluster the most frequent V words */
    size_t contexts;    /* described by their neighbours among the C most frequent */
    size_t k;           /* fine clusters (coarse: k / 8) */
    size_t tokens;      /* keep the counts of the T most frequent whole tokens */
    int iters;          /* k-means iterations */
    uint64_t seed;
    int quiet;
} morph_cluster_opt;
naba_status morph_clusters(const morph_model *m, FILE *in, const char *name, const morph_cluster_opt *o,
                           uint32_t **table, size_t *size, uint32_t **tok_table, size_t *tok_size,
                           naba_error *err);

#endif
