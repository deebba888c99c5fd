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
#include "morph.h"
#include "slotcache.h"

#define PARSE_MODEL_KIND "parse"
#define PARSE_MODEL_VERSION 3
#define PARSE_MODEL_VERSION_PAIRS 2 /* slots and pairs: read only to convert */
#define PARSE_MODEL_PATH "models/parse.nbm"
#define PARSE_MAX_LABELS 64
#define PARSE_MAX_FEATS 128

enum { T_SHIFT = 0, T_LEFT, T_RIGHT, T_COUNT };

/* Word clusters come from the one learner naba has (src/morph/morph_cluster.c):
** the trainer copies the "clus" table of a morph model into the parse model,
** and the parser reads it with morph's own lookup (morph_cmap_get), so
** retraining the morph model later never changes the cluster numbers the
** parser's weights were trained on. */

/* What the parser knows of a word: hashes and small codes, computed once per
** sentence so feature extraction is integer arithmetic only. */
typedef struct parse_word {
    uint64_t form, lemma;      /* hashes of the folded form and of the lemma */
    uint8_t upos;              /* naba_upos, X and PROPN merged (names are tagged either way) */
    uint8_t cas, def, num, gen, per, asp, voice; /* feature values, 0 = absent */
    uint8_t clitic;            /* 0 alone, 1 first of its token, 2 middle, 3 last */
    uint16_t cl;               /* fine word cluster + 1, 0 if none */
    uint16_t ccl;              /* coarse word cluster + 1, 0 if none */
} parse_word;

/* A word on the stack with what the features need of its children. Stacks
** are persistent: a push makes a node, a pop follows `below`, nodes are never
** changed once made. A configuration is then a small struct, and a beam of
** them shares its stacks instead of copying arrays at every step. */
typedef struct parse_node {
    const struct parse_node *below;
    uint64_t kids;                 /* bit set of the relations of its children */
    int32_t word;                  /* n + 1 ("none") for the bottom of the stack */
    int32_t lc, lc2, rc, rc2;      /* two leftmost / rightmost children, n + 1 if none */
    uint8_t lcl, lc2l, rcl, rc2l;  /* their relations, 255 if none */
    uint8_t nl, nr;                /* numbers of left / right children (capped) */
} parse_node;

/* The transitions taken, newest first: the tree is read off them, and the
** trainer replays them to find the features of each step. */
typedef struct parse_step {
    const struct parse_step *prev;
    int32_t head, dep;             /* the arc made; -1 for SHIFT */
    uint8_t t, label;
} parse_step;

/* A configuration. Index n is ROOT (the buffer's last word), n + 1 "none". */
typedef struct parse_state {
    const parse_word *w;
    int n, b, depth;               /* buffer b..n; words on the stack */
    uint64_t arg_mask;             /* relations that are verb arguments (nsubj, obj, ...) */
    const parse_node *top;         /* s0 (the "none" node when the stack is empty) */
    parse_node front;              /* b0 and the left children it has collected */
    const parse_step *last;        /* NULL before the first transition */
    naba_arena *arena;             /* where nodes and steps are made */
} parse_state;

/* A beam item: a configuration, its score, where it came from. */
typedef struct parse_item {
    parse_state st;
    float score;
    int parent, t;                 /* index in the previous beam, transition taken */
    int correct;                   /* trainer only: every transition was optimal */
} parse_item;

/* How the beam scores: the transition scores of st added to sc[T_COUNT], and
** the relation of the arc that transition t would make in st. */
typedef struct parse_scorer {
    void (*trans)(void *ctx, const parse_state *st, float *sc);
    int (*relation)(void *ctx, const parse_state *st, int t);
    void *ctx;
    int root_label;
} parse_scorer;

#define PARSE_MAX_BEAM 64

/* A hashed feature table as the trainer makes it (and model files of
** version 2 held it): open addressing on a 32-bit fingerprint, each slot
** pointing to its (class, weight) pairs; weights are int16 times 1/scale. */
typedef struct parse_slot { uint32_t fp, first; uint16_t count, pad_; } parse_slot;
typedef struct parse_pair { uint16_t cls; int16_t w; } parse_pair;
/* Transition scores (of a word alone at a position, parse.c). */
typedef struct parse_row { float w[T_COUNT]; } parse_row;
/* The form of a slot the parser looks up, as the model file stores it
** (parse_table_pack): of the transition table, a cell of 16 bits of its
** fingerprint and its weights; of the relation table, a row of `lanes` int16
** (a multiple of 32: whole 64-byte lines): the weight of every class (0 if
** it has none, and past the classes), then its 32-bit fingerprint in the
** last two. */
typedef struct parse_tcell { uint16_t fp; int16_t w[T_COUNT]; } parse_tcell;
#define PARSE_ROW_LANES(classes) (((classes) + 2 + 31) & ~31) /* whole cache lines */
#define PARSE_MAX_LANES PARSE_ROW_LANES(PARSE_MAX_LABELS)
/* The "tmeta" / "rmeta" section of a table. */
typedef struct parse_table_meta { uint32_t slots, classes; float scale; } parse_table_meta;
typedef struct parse_table {
    const parse_tcell *tcells; /* the transition table's cells, */
    const int16_t *rows;       /* or the relation table's rows */
    uint32_t mask;             /* slots - 1 (a power of two) */
    uint32_t lanes;            /* int16 per row: PARSE_ROW_LANES(classes) */
    float scale;
} parse_table;

/* The "params" section of the model file. */
typedef struct parse_params { uint32_t beam; } parse_params;

/* The feature codes parse_word_set reads from a FEATS string (Case,
** Definite, Number, Gender, Person, Aspect, Voice), by the string: a word's
** FEATS is one of a few hundred strings, parsed at about 450 instructions
** a word; a slot cache (slotcache.h) answers nearly all of them. */
#define PARSE_FEATS_MEMO_LEN 93     /* PADT's longest FEATS has 76 bytes */
enum { PARSE_FEATS_CODES = 7 };
typedef struct parse_feats_val { uint8_t codes[PARSE_FEATS_CODES]; } parse_feats_val;
#define PARSE_FEATS_MEMO_SHAPE NABA_SLOTSHAPE(9, PARSE_FEATS_MEMO_LEN, parse_feats_val) /* 512 slots */

/* The transition weights of a word alone at a position (parse_word_features,
** summed as the parser sums them), by the word's parse_word (its bytes: it is
** written whole from a zeroed struct) with the position the extra: a pure
** function of the model, and news repeats its words, so a slot cache
** answers most of the ~5 rows a word needs. */
typedef struct parse_alone_val { float row[T_COUNT]; } parse_alone_val;
#define PARSE_ALONE_MEMO_SHAPE NABA_SLOTSHAPE(14, sizeof(parse_word), parse_alone_val) /* 16,384 slots */

typedef struct parse_model {
    naba_model *file;
    parse_table trans, rel;
    const char *labels[PARSE_MAX_LABELS];
    int n_labels;
    int root_label;            /* index of "root" */
    int beam;                  /* beam width the model was trained for */
    int reverse;               /* reads sentences right to left ("reverse" section:
                               ** an ensemble's member, see parse_reparse.c) */
    uint64_t arg_mask;         /* parse_arg_mask of the labels */
    morph_cmap clusters;       /* word clusters (morph.h's layout; empty: none) */
    /* the parts written after loading: the memos above, made by the stage's
    ** open (naba_parse_open); empty elsewhere */
    naba_slotcache feats_memo, alone_memo;
} parse_model;

/* ---- model (parse_model.c) */
naba_status parse_model_load(parse_model *m, const char *path, naba_error *err);
/* The same checks over bytes in memory (for tests and fuzzing). */
naba_status parse_model_load_mem(parse_model *m, const void *bytes, size_t len, naba_error *err);
void parse_model_free(parse_model *m);
/* Add the weights of the k (<= PARSE_MAX_FEATS) feature keys to scores[]
** (of the relation table: PARSE_MAX_LANES entries, those past its classes
** get junk). */
void parse_table_score(const parse_table *t, const uint64_t *keys, int k, float *scores);
/* The transition table's weights of the k keys as integers, added to
** sums[T_COUNT]: parse_table_score adds (float)sum * scale, so keys summed in
** any grouping give the same scores. */
void parse_trans_sums(const parse_table *t, const uint64_t *keys, int k, int32_t *sums);
/* Split "a\0b\0c\0" into labels; returns count or -1 if malformed. */
int parse_split_labels(const char *s, size_t n, const char **out, int max);

/* ---- writing model files (parse_model_write.c) */
/* The lookup form of n_slots (a power of two) slots and their pairs, classes
** classes: cells if classes is T_COUNT, else rows (a slot naming a class
** twice keeps the last). Allocates; 0 on out of memory. */
int parse_table_pack(parse_table *t, const parse_slot *slots, uint32_t n_slots, const parse_pair *pairs,
                     uint32_t classes, float scale);
void parse_table_free(parse_table *t);
/* What a model file holds. */
typedef struct parse_model_parts {
    const char *labels;        /* "a\0b\0", labels_len bytes */
    size_t labels_len;
    uint32_t beam, reverse;
    const uint32_t *clus;      /* the "clus" section, NULL if none */
    size_t clus_size;
    parse_table trans, rel;    /* packed */
} parse_model_parts;
naba_status parse_model_save(const parse_model_parts *p, const char *path, naba_error *err);
/* Rewrite a model file of version PARSE_MODEL_VERSION_PAIRS in the current
** version: the same weights, so the same parses. */
naba_status parse_model_convert(const char *in, const char *out, naba_error *err);

/* ---- the transition system and features (parse_feat.c) */
/* Bit set of the argument relations among labels (for valency features). */
uint64_t parse_arg_mask(const char *const *labels, int n);
/* Start state for n words; nodes and steps come from arena a. 0 on out of memory. */
int parse_state_init(parse_state *st, const parse_word *w, int n, uint64_t arg_mask, naba_arena *a);
int parse_legal(const parse_state *st, int t);
/* Apply t; for arcs, label is the relation index. 0 on out of memory. */
int parse_apply(parse_state *st, int t, int label);
int parse_terminal(const parse_state *st);
/* Heads (0-based, -1 root) and relation indices of a terminal state. */
void parse_tree(const parse_state *st, int *heads, int *labels);
/* Feature keys of the configuration for the transition model / of the arc
** transition t (LEFT or RIGHT) would make, for the relation model. Return the
** number written. The transition keys are those of the configuration as a
** whole, then those of each word alone at its position (s0 ... b2): the
** parser sums the latter once per word and position (parse.c), the trainer
** sees them all. */
enum { P_S0, P_S1, P_S2, P_B0, P_B1, P_B2, P_COUNT };
int parse_trans_features(const parse_state *st, uint64_t *out);
int parse_config_features(const parse_state *st, uint64_t *out);
/* Part of parse_config_features' keys: PARSE_STACK, those that read only the
** words s0, s1, s2 and the children of s1 (and the bias), which stay the same
** while the word at s0 does (the stack under a word cannot change before it
** is popped, and a word is pushed once), or PARSE_REST, the others. */
enum { PARSE_STACK = 1, PARSE_REST = 2 };
int parse_config_part(const parse_state *st, int part, uint64_t *out);
int parse_word_features(const parse_word *w, int x, int pos, uint64_t *out);
int parse_rel_features(const parse_state *st, int t, uint64_t *out);
/* One beam step: the best `width` successors of in[0..n_in) into out, best
** first (ties broken by parent then transition, so results are
** deterministic). Returns their number, -1 on out of memory. */
int parse_beam_step(const parse_scorer *s, const parse_item *in, int n_in, parse_item *out, int width);
/* Fill a parse_word from UD fields (upos as naba_upos, feats "A=1|B=2");
** clusters may be NULL. */
void parse_word_set(parse_word *pw, const char *form, const char *lemma, int upos,
                    const char *feats, int clitic, const morph_cmap *clusters);
/* The words a sentence of the words layer / of a CoNLL-U file gives the parser,
** then ROOT and "none". From the words layer, words [first, first + n) take *m
** positions: their own, but the words of a token the morph stage flagged as
** one the treebank leaves unanalysed (--treebank-tokens) share one, an X word
** spelled as the token; pos[i] (n entries) is word first + i's position;
** memo (may be NULL) is a parse_model's feats_memo. Memory comes from a. */
parse_word *parse_words_from_doc(const naba_doc *doc, naba_arena *a, size_t first, size_t n, const morph_cmap *c,
                                 int *pos, int *m, const naba_slotcache *memo);
parse_word *parse_words_from_cu(const naba_cu_sentence *s, naba_arena *a, const morph_cmap *c);
/* Reverse the order of words [0, n) in place (a right-to-left parser sees
** them so; ROOT and "none" stay after them). */
void parse_reverse_words(parse_word *w, int n);
/* The same for a tree of those words: heads (0-based; a head outside [0, n),
** the root, is kept as it is written) and labels reversed in order, heads
** renumbered. */
void parse_reverse_tree(int *heads, int *labels, int n);

/* ---- parsing (parse.c) */
/* Parse one sentence of n words: heads (0-based, -1 root) and label indices.
** width is the beam width (0: the model's). */
naba_status parse_sentence(const parse_model *m, const parse_word *w, int n, int width, naba_arena *a,
                           int *heads, int *labels);

/* The relation the model gives the arc transition t makes in st. */
int parse_best_relation(const parse_model *m, const parse_state *st, int t);

/* The stage. */
/* The stage's state: the model with its memos, and the arena each sentence's
** words, beam and scores come from, reset sentence by sentence. Nothing of
** it outlives the sentence (heads and relations are written to the words
** layer, relations as the model's strings), so none of it stays in the
** document's arena: there it took 38 MB a MB of a long one-line article
** (docs/parse.md, "Memory"). */
typedef struct parse_stage { parse_model m; naba_arena *scratch; } parse_stage;
void *naba_parse_open(const char *data_dir, const naba_options *opt, naba_error *err);
naba_status naba_parse(naba_doc *doc, void *state, const naba_options *opt);
void naba_parse_close(void *state);

/* `naba train parse` and `naba eval parse` (parse_train.c, parse_eval.c). */
int naba_parse_train_cmd(int argc, char **argv);
int naba_parse_eval_cmd(int argc, char **argv);
/* ---- an ensemble voting (parse_reparse.c) */
/* The maximum spanning arborescence rooted at node 0 of the complete graph on
** nodes 0..n-1, arc scores s[h * n + d] (-1e30: no arc): head[d] (head[0] =
** -1). Chu-Liu/Edmonds. Returns 0 on out of memory. */
int parse_mst(const double *s, int n, int *head);
/* The tree of one sentence of n words voted by k models: hk[m * n + i] and
** lk[m * n + i] are model m's head (0-based, -1 root) and label of word i;
** heads and labels out in the same form, one root. Returns the share of
** (word, model) pairs agreeing with it, -1 on out of memory. */
double parse_vote(const int *hk, const int *lk, int k, int n, int n_labels, int *heads, int *labels);
/* `naba train reparse`: an ensemble of models votes. */
int naba_parse_reparse_cmd(int argc, char **argv);

#endif
