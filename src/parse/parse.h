/*
** parse.h — the dependency parser (internal): an arc-hybrid transition system
** scored by two averaged-perceptron models, one choosing the transition
** (SHIFT, LEFT, RIGHT) and one choosing the relation of each arc as it is
** made. Both models are hashed feature tables; the trained model is one model
** file (model.h) whose tables are searched in place after mmap.
**
** The transition system (Kuhlmann et al. 2011, with an artificial root at the
** end of the buffer, Ballesteros & Nivre 2013):
**   SHIFT  push the buffer front b0 on the stack
**   LEFT   s0 <- b0: b0 becomes the head of s0, pop s0 (b0 = ROOT only when
**          s0 is the last word on the stack: exactly one root per sentence)
**   RIGHT  s1 -> s0: s1 becomes the head of s0, pop s0
** A word leaves the stack only when it gets its head, after all its
** dependents, so the relation classifier sees the dependent's whole subtree.
** Training uses the dynamic oracle of Goldberg & Nivre (2013): the cost of a
** transition is the number of gold arcs it makes unreachable.
*/
#ifndef NABA_PARSE_H
#define NABA_PARSE_H

#include "naba.h"
#include "conllu.h"
#include "model.h"

#define PARSE_MODEL_KIND "parse"
#define PARSE_MODEL_VERSION 1
#define PARSE_MODEL_PATH "models/parse.nbm"
#define PARSE_MAX_LABELS 64
#define PARSE_MAX_FEATS 96

enum { T_SHIFT = 0, T_LEFT, T_RIGHT, T_COUNT };

/* What the parser knows of a word: hashes and small codes, computed once per
** sentence so feature extraction is integer arithmetic only. */
typedef struct parse_word {
    uint64_t form, lemma;      /* hashes of the folded form and of the lemma */
    uint8_t upos;              /* naba_upos, X and PROPN merged (names are tagged either way) */
    uint8_t cas, def, num, gen, per, asp, voice; /* feature values, 0 = absent */
    uint8_t clitic;            /* 0 alone, 1 first of its token, 2 middle, 3 last */
} parse_word;

/* A configuration: stack, buffer front, the arcs so far and what features
** need to know about each word's children. Index n is ROOT, n + 1 "none". */
typedef struct parse_state {
    int n;
    const parse_word *w;       /* n + 2 entries */
    int *stack, depth;
    int b;                     /* buffer front; the buffer is b..n */
    int *head;                 /* -1 until attached; n for the root */
    uint8_t *label;
    int *lc, *rc, *lc2, *rc2;  /* leftmost/rightmost two children, n + 1 if none */
    uint8_t *nl, *nr;          /* number of left/right children (capped) */
    uint64_t *kids;            /* bit set of the relations of its children */
    uint64_t arg_mask;         /* relations that are verb arguments (nsubj, obj, ...) */
} parse_state;

/* A hashed feature table: open addressing on a 32-bit fingerprint, each slot
** pointing to its (class, weight) pairs; weights are int16 times 1/scale. */
typedef struct parse_slot { uint32_t fp, first; uint16_t count, pad_; } parse_slot;
typedef struct parse_pair { uint16_t cls; int16_t w; } parse_pair;
typedef struct parse_table {
    const parse_slot *slots;
    const parse_pair *pairs;
    uint32_t mask;             /* slots - 1 (a power of two) */
    size_t n_pairs;
    float scale;
} parse_table;

typedef struct parse_model {
    naba_model *file;
    parse_table trans, rel;
    const char *labels[PARSE_MAX_LABELS];
    int n_labels;
    int root_label;            /* index of "root" */
    uint64_t arg_mask;         /* parse_arg_mask of the labels */
} parse_model;

/* ---- model (parse_model.c) */
naba_status parse_model_load(parse_model *m, const char *path, naba_error *err);
/* The same checks over bytes in memory (for tests and fuzzing). */
naba_status parse_model_load_mem(parse_model *m, const void *bytes, size_t len, naba_error *err);
void parse_model_free(parse_model *m);
/* Add the weights of the k (<= PARSE_MAX_FEATS) feature keys to scores[]. */
void parse_table_score(const parse_table *t, const uint64_t *keys, int k, float *scores);
/* Split "a\0b\0c\0" into labels; returns count or -1 if malformed. */
int parse_split_labels(const char *s, size_t n, const char **out, int max);

/* ---- the transition system and features (parse_feat.c) */
/* Bit set of the argument relations among labels (for valency features). */
uint64_t parse_arg_mask(const char *const *labels, int n);
/* Allocate a state for n words in arena a; 0 on out of memory. */
int parse_state_init(parse_state *st, const parse_word *w, int n, uint64_t arg_mask, naba_arena *a);
int parse_legal(const parse_state *st, int t);
/* Apply t; for arcs, label is the relation index. */
void parse_apply(parse_state *st, int t, int label);
int parse_terminal(const parse_state *st);
/* Feature keys of the configuration for the transition model / of the arc
** head -> dep for the relation model. Return the number written. */
int parse_trans_features(const parse_state *st, uint64_t *out);
int parse_rel_features(const parse_state *st, int head, int dep, uint64_t *out);
/* Fill a parse_word from UD fields (upos as naba_upos, feats "A=1|B=2"). */
void parse_word_set(parse_word *pw, const char *form, const char *lemma, int upos,
                    const char *feats, int clitic);
/* The words a sentence of the words layer / of a CoNLL-U file gives the parser:
** n + 2 entries (ROOT and "none" after the words). */
parse_word *parse_words_from_doc(naba_doc *doc, size_t first, size_t n);
parse_word *parse_words_from_cu(const naba_cu_sentence *s, naba_arena *a);

/* ---- parsing (parse.c) */
/* Parse one sentence of n words: heads (0-based, -1 root) and label indices. */
naba_status parse_sentence(const parse_model *m, const parse_word *w, int n, naba_arena *a,
                           int *heads, int *labels);

/* The stage. */
void *naba_parse_open(const char *data_dir, const naba_options *opt, naba_error *err);
naba_status naba_parse(naba_doc *doc, void *state, const naba_options *opt);
void naba_parse_close(void *state);

/* `naba train parse` and `naba eval parse` (parse_train.c, parse_eval.c). */
int naba_parse_train_cmd(int argc, char **argv);
int naba_parse_eval_cmd(int argc, char **argv);

#endif
