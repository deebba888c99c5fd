/*
** morph.h — Arabic morphology (internal): the morph model file, clitic
** segmentation, tagging and lemmatization, shared by the stage (morph_stage.c),
** the trainer (morph_train.c) and the tests.
**
** A token is split by choosing one segmentation *pattern* among those that fit
** its letters. A pattern is what training saw: proclitic letters (و ف ب ل ك س أ),
** an enclitic pronoun (ه ها هم ... ني), and the spelling changes at the host's
** edges (ل + الحظر is written للحظر; رئيسة + ها is written رئيستها). Each syntactic
** word then gets a tag — UPOS, UD FEATS and the PADT tag together — from a
** greedy left-to-right tagger, and a lemma: from the treebank vocabulary for a
** known (form, tag), else from a learned edit script ("drop ت, drop ول add ال").
**
** All three decisions are averaged perceptrons whose weights live in hashed
** float tables inside the model file: a feature is hashed to a row and the
** class is an offset in it. The tagger also reads word clusters learned from
** raw news at training time. The model is mmap'd and every section is used
** in place.
*/
#ifndef NABA_MORPH_H
#define NABA_MORPH_H

#include "naba.h"
#include "model.h"
#include "slotcache.h"

#define MORPH_KIND "morph"
#define MORPH_VERSION 6
#define MORPH_MODEL_PATH "models/morph.nbm"

#define MORPH_MAX_FORM 96   /* bytes of a token's letters considered for splitting */
#define MORPH_MAX_CANDS 48  /* segmentation candidates of one token */
#define MORPH_MAX_TAGS 96   /* tag candidates of one word */
#define MORPH_MAX_RULES 64  /* lemma rules tried for one word */

/* Bits of the lexicon map (hunspell-ar sections and treebank lemmas). */
#define MORPH_LEX_STOP  0x01u  /* hunspell stopwords.dic / tools.dic */
#define MORPH_LEX_NAME  0x02u  /* hunspell names.dic */
#define MORPH_LEX_VERB  0x04u  /* hunspell verb.huns.dic */
#define MORPH_LEX_OTHER 0x08u  /* any other hunspell entry */
#define MORPH_LEX_LEMMA 0x10u  /* a lemma of the training treebank */

/* ---- sections of the model file (all little-endian, used in place) ---- */

/* An open-addressing hash map from strings to u32 values. Section layout:
** u32 n_slots (a power of two), u32 pad, then n_slots slots. key is a string
** offset + 1 in the "str" section, 0 for an empty slot; hash is the key's
** morph_hash32, compared first so a probe past another key costs no visit
** to the string pool. */
typedef struct morph_slot { uint32_t key, val, hash; } morph_slot;
typedef struct morph_map { const morph_slot *slots; uint32_t mask; } morph_map;

/* One side of a segmentation. A prefix: proclitic letters cl (n_cl of them,
** one letter each) and the rewrite at the host's head: its surface starts with
** surf where the word form has form (ل + الحظر is written للحظر: surf "ل",
** form "ال"). A suffix: an enclitic cl (n_cl = 1) and the rewrite at the
** host's tail (رئيسة + ها is written رئيستها: surf "ت", form "ة"). Entry 0 of
** each table is "nothing". Strings are offsets into "str". */
typedef struct morph_affix { uint32_t cl, surf, form, n_cl; } morph_affix;

/* A tag: UPOS, FEATS and XPOS together (the tagger's classes). */
typedef struct morph_tag { uint32_t upos, feats, xpos; } morph_tag;

/* A lemma edit script on code points: drop prefix pd, add pa; drop suffix sd, add sa. */
typedef struct morph_rule { uint32_t pd, pa, sd, sa; } morph_rule;

/* What the treebank said about one folded word form: analyses [first, first+n)
** in "wordan", most frequent first; total = occurrences. */
typedef struct morph_wordinfo { uint32_t first, n, total; } morph_wordinfo;
typedef struct morph_wordan { uint32_t tag, lemma, count; } morph_wordan;

/* Tags a word ending in some suffix was seen with: gtags[first, first+n). */
typedef struct morph_guess { uint32_t first, n; } morph_guess;

/* A string of the model with its length, resolved once at load. */
typedef struct morph_span { const char *s; uint32_t n; } morph_span;

/* Word clusters learned from raw news (morph_cluster.c): open addressing on
** the 32-bit hash of a folded key (never 0; 0 marks an empty slot). Section
** layout: u32 n_slots (a power of two), u32 pad, then n_slots {hash, value};
** value = fine cluster + 1 | (coarse cluster + 1) << 16. */
typedef struct morph_cmap { const uint32_t *slots; uint32_t mask; } morph_cmap;

/* A hashed weight table: a float per slot, mask = n - 1. */
typedef struct morph_weights { const float *w; uint32_t mask; } morph_weights;

/* The lemmas of unknown words that morph_lemma's edit scripts chose, by form
** and tag (a pure function of the model: the same form and tag, the same
** lemma), in a slot cache (slotcache.h; forms of up to 45 bytes, the tag its
** extra): about 12,000 instructions a word, and a third of such words on 100
** news articles (half on 1,000) were seen before. */
#define MORPH_MEMO_LEN 45
typedef struct morph_memo_val {
    uint8_t ln;                 /* the lemma's bytes */
    char lemma[MORPH_MEMO_LEN];
} morph_memo_val;
#define MORPH_MEMO_SHAPE NABA_SLOTSHAPE(13, MORPH_MEMO_LEN, morph_memo_val) /* 8,192 slots */

/* The segmenter's choice for a token's letters (a pure function of the model
** too), cached on the letters (up to 45 bytes): candidates and their scores
** cost about 2,200 instructions a token, and news repeats its tokens (two in
** three of the 32,867 of the first 100 ANT v2.1 articles were seen before in
** them). */
#define MORPH_SEG_MEMO_LEN 45
#define MORPH_SEG_MEMO_NONE UINT8_MAX /* host_len of letters with no candidate */
typedef struct morph_seg_memo_val {
    uint32_t pre, suf;
    uint8_t host_start, host_end, host_len;
    char host[MORPH_SEG_MEMO_LEN];
} morph_seg_memo_val;
#define MORPH_SEG_MEMO_SHAPE NABA_SLOTSHAPE(13, MORPH_SEG_MEMO_LEN, morph_seg_memo_val)

/* A word's tag candidates and what the tagger reads of it alone (the fields
** of morph_wctx that morph_tag_candidates fills), cached on its folded key
** (up to 36 bytes) with its shape the extra: a pure function of the model as
** well, about 960 instructions a word (the guessed tags of a rare word most),
** and two words in three of the first 100 ANT v2.1 articles were seen before
** in them. */
#define MORPH_TAG_MEMO_LEN 36
#define MORPH_TAG_MEMO_TAGS 48
typedef struct morph_tag_memo_val {
    uint32_t wi, lexb, umask, clus;
    uint32_t cands[MORPH_TAG_MEMO_TAGS];
    uint8_t k, top;             /* candidates, top */
} morph_tag_memo_val;
#define MORPH_TAG_MEMO_SHAPE NABA_SLOTSHAPE(13, MORPH_TAG_MEMO_LEN, morph_tag_memo_val)

/* The stage's curated elatives of the news (morph_stage.c news_elatives): how
** many, and the room for one's folded key. */
#define MORPH_N_ELATIVES 32
#define MORPH_ELATIVE_KEY 16

typedef struct morph_model {
    naba_model *file;
    const char *str; size_t str_len;
    const morph_affix *pre, *suf; uint32_t n_pre, n_suf;
    const morph_tag *tags; uint32_t n_tags;
    const morph_rule *rules; uint32_t n_rules;
    const morph_wordinfo *winfo; uint32_t n_winfo;
    const morph_wordan *wan; uint32_t n_wan;
    const morph_guess *guess; uint32_t n_guess;
    const uint32_t *gtags; uint32_t n_gtags;
    morph_map words;  /* folded form -> winfo index */
    morph_map lex;    /* folded form -> MORPH_LEX_* bits */
    morph_map sufx;   /* suffix key -> guess index */
    morph_cmap clus;  /* folded form -> word clusters */
    morph_cmap ustat; /* morph_unan_hash(string) -> what treebank and lexicon say (MORPH_U_*) */
    morph_cmap unews; /* folded whole token -> 1 + log2 of its count in the news (morph_cluster.c) */
    morph_weights wseg, wtag, wlem, wuna;
    morph_weights wpar; /* the tagger's weights of tag parts (MORPH_PART_*), a small table */
    /* resolved at load (one malloc): the strings matched for every token */
    morph_span (*pre_s)[3], (*suf_s)[3]; /* cl, surf, form */
    morph_span (*rule_s)[4];            /* pd, pa, sd, sa */
    /* the affixes a token can show, by one byte of it: prefixes by the token's
    ** second byte (the first letter's last), suffixes by its last byte, each
    ** list in table order; an affix of fewer bytes is in every list. Lists of
    ** byte b: ids[at[b], at[b + 1]). */
    uint32_t pre_at[257], suf_at[257];
    uint32_t *pre_ids, *suf_ids;
    /* the rules by their edges: rule_edge(pd's first 2 bytes | sd's last 2 << 16, 0 for
    ** an empty side) << 32 | rule index, sorted, so a form looks up the (at most
    ** four) edges that fit it instead of testing every rule */
    uint64_t *rule_by_edge;
    uint32_t *tag_parts; /* per tag: its MORPH_PARTS classes of word class, Case, Definite, a byte each */
    uint32_t name_tag;   /* the PROPN tag names take (X---------, Foreign=Yes), UINT32_MAX: none */
    /* the parts written after loading: the memos above, made by the stage's
    ** open (morph_open); empty for a model being trained, whose weights change */
    naba_slotcache memo, seg_memo, tag_memo;
    /* the keys of the stage's curated news elatives, and the first person singular's verb
    ** tags in the moods I, S, J (VIIA-1MS--, VISA-1MS--, VIJA-1MS--; UINT32_MAX: none):
    ** morph_prepare_rules, once per model load */
    char elative_keys[MORPH_N_ELATIVES][MORPH_ELATIVE_KEY];
    uint32_t first_person_tags[3];
    uint32_t genitive_noun_tags[2]; /* N------S2R, N------S2I (UINT32_MAX: none), morph_prepare_rules */
} morph_model;

/* Parts of a tag. A tag is UPOS + FEATS + PADT tag together (261 classes),
** so what context says about a part ("after a preposition: genitive") would
** be learned tag by tag; the tagger also scores each candidate by its parts,
** classes of their own in a small table (wpar: a row of MORPH_PARTS floats per
** feature, one cache line, summed once per word for all candidates): its
** word class (noun: NOUN, PROPN and X; ADJ; VERB; AUX; another), Case, Definite. */
#define MORPH_PARTS 16
enum { MORPH_PART_CASE = 7, MORPH_PART_DEF = 11 };

/* Load from a file (mmap) or memory; every section is bounds-checked so a
** corrupt file is refused with NABA_ERR_MODEL, never read out of range.
** need_weights = 0 lets the trainer load the dictionaries before training. */
morph_model *morph_model_open(const char *path, naba_error *err);
/* What the tagging rules of morph_stage.c look up in the model (the news elatives' keys,
** the first person's tags), found once as the model loads: every path that tags (the stage,
** the NER trainer's corpus, the trainers) reads the same. */
void morph_prepare_rules(morph_model *m);
morph_model *morph_model_open_mem(const void *bytes, size_t len, const char *name,
                                  int need_weights, naba_error *err);
void morph_model_close(morph_model *m);

static inline const char *morph_str(const morph_model *m, uint32_t off) { return m->str + off; }
/* Value of key in map, or UINT32_MAX when absent. */
uint32_t morph_map_get(const morph_model *m, const morph_map *map, const char *key, size_t n);
uint32_t morph_hash32(const char *s, size_t n);
/* morph_map_get with the key's morph_hash32 already made (one hash for the
** words, lexicon and cluster tables of one key). */
uint32_t morph_map_find(const morph_model *m, const morph_map *map, const char *key, size_t n, uint32_t h);
/* The clusters table's hash of a key (never 0), and a lookup: 0 when absent. */
static inline uint32_t morph_clus_of_hash(uint32_t h32) {
    uint32_t h = h32 * 0x9E3779B1u;
    return h ? h : 1;
}
static inline uint32_t morph_clus_hash(const char *s, size_t n) { return morph_clus_of_hash(morph_hash32(s, n)); }
uint32_t morph_clus_get(const morph_model *m, const char *key, size_t n);
/* qsort's order of uint64_t values (the lemma rules by edge, a document's token keys). */
int morph_cmp_u64(const void *a, const void *b);
/* Make the malloc'd array *v (capacity *cap elements of elem bytes) hold
** index n, doubling; 0 on out of memory (*v unchanged). */
int morph_grow(void **v, size_t *cap, size_t n, size_t elem);
/* Value of hash h in a {hash, value} table, 0 when absent. */
uint32_t morph_cmap_get(const morph_cmap *c, uint32_t h);

/* ---- analysis (morph_analyze.c), used identically by the stage and the trainer ---- */

/* Fold for lookups: the default key of naba_fold. out needs n + 1 bytes. */
size_t morph_key(const char *s, size_t n, char *out);

/* One candidate segmentation of a token's letters: prefix and suffix entries;
** a host may be empty when there is an enclitic (لها = ل + ها). */
typedef struct morph_cand {
    uint32_t pre, suf;
    uint32_t host_start, host_end;   /* host's surface bytes in the letters */
    char host[MORPH_MAX_FORM + 8];   /* host word form after edge rewrites */
    uint32_t host_len;
} morph_cand;

/* Candidates for the letters s[0..n) (diacritics stripped), the unsplit token
** first. */
int morph_seg_candidates(const morph_model *m, const char *s, size_t n,
                         morph_cand *out, int max);

/* Features of a candidate, each already paired with the candidate's prefix or
** suffix (score them under class 0); loo_host (may be NULL) is a host key whose
** treebank count is taken as one less (leave-one-out while training). */
#define MORPH_MAX_FEATS 48
int morph_seg_features(const morph_model *m, const char *s, size_t n,
                       const morph_cand *c, const char *loo_host, uint64_t *f);
/* Index of the segmenter's best of candidates c[0..nc) (0 when nc < 2). */
int morph_seg_best(const morph_model *m, const char *s, size_t n, const morph_cand *c, int nc);
/* The segmenter's best candidate for s[0..n) into *out (morph_seg_candidates
** then morph_seg_best, or the model's seg_memo when it has the letters);
** 0 when there is no candidate. */
int morph_seg_pick(const morph_model *m, const char *s, size_t n, morph_cand *out);
/* Prepositions do not stack: after a word the treebank tags ADP 9 times in
** 10 (of MORPH_PREP_MIN occurrences at least: في, على, مع), a token the
** segmenter split into a lone ب, ل or ك and a host without ال (في بحيرة,
** على بطاقة, مع بومبيو) is one word when the news has it whole 16 times or
** more. chosen: the segmenter's candidate for s[0..n); before: the token
** before as one word (NUL-terminated), or NULL. Fills *out with the reading
** whole and returns 1, else 0. */
/* Does a dictionary know the word s: a treebank form, or a hunspell-ar entry
** or treebank lemma with or without its article? (Over MORPH_MAX_FORM bytes:
** taken as known.) */
int morph_dictionary_word(const morph_model *m, const char *s);
/* Is s a form the treebank has (over MORPH_MAX_FORM bytes: taken as one)? */
int morph_treebank_form(const morph_model *m, const char *s);
#define MORPH_PREP_MIN 20
/* Does the treebank tag the word form (NUL-terminated) ADP 9 times in 10 or
** more, of MORPH_PREP_MIN occurrences at least? */
int morph_preposition(const morph_model *m, const char *form);
int morph_seg_after_preposition(const morph_model *m, const char *s, size_t n, const morph_cand *chosen,
                                const char *before, morph_cand *out);
/* A dual in construct is not a noun with "my": a token the segmenter split
** into a noun in ة and the enclitic ي (محافظتي = محافظة + ي), followed by a
** word that does not start with و and then by one that does, is the dual
** whose ن the construct dropped, before its two coordinated genitives
** (محافظتي قسنطينة وقالمة, مرحلتي التحقيق والمحاكمة). chosen: the
** segmenter's candidate for s[0..n); next, next2: the first characters of
** the two following tokens of the sentence (0: none). Fills *out with the
** reading without the enclitic (proclitics kept) and returns 1, else 0. */
int morph_seg_dual_construct(const morph_model *m, const char *s, size_t n, const morph_cand *chosen,
                             uint32_t next, uint32_t next2, morph_cand *out);

/* A word in context, for the tagger. */
typedef struct morph_wctx {
    const char *form; uint32_t len;  /* word form */
    const char *key; uint32_t key_len; /* folded */
    uint8_t role;    /* MORPH_ROLE_* */
    uint8_t n_in_tok;/* words in its token */
    uint8_t shape;   /* MORPH_SHAPE_* */
    uint8_t loo;     /* training: this occurrence is not counted (leave-one-out), so
                     ** words seen once look unknown, as new words do at run time */
    /* filled by morph_tag_candidates, read by the features of this word and
    ** of its neighbours (one lookup per word) */
    uint32_t wi;     /* index in winfo, UINT32_MAX when unknown */
    uint32_t lexb;   /* MORPH_LEX_* bits of the key */
    uint32_t umask;  /* ambiguity class: the UPOS of its tag candidates, a bit each */
    uint8_t top;     /* UPOS of its first (most frequent or best guessed) candidate */
    uint32_t clus;   /* its word clusters (morph_cmap value), 0 if none */
} morph_wctx;
enum { MORPH_ROLE_WHOLE = 0, MORPH_ROLE_PRE, MORPH_ROLE_HOST, MORPH_ROLE_ENCL };
enum { MORPH_SHAPE_ARABIC = 0, MORPH_SHAPE_DIGIT, MORPH_SHAPE_LATIN, MORPH_SHAPE_PUNCT,
       MORPH_SHAPE_OTHER };
int morph_shape(const char *s, size_t n);

/* A tag candidate: the tag in the low 24 bits, and where it came from (its
** prior) above: 1-3 the word's known tags by rank, 4-19 a suffix guess by
** suffix length and rank, 0 otherwise. The tagger weighs the prior per tag. */
#define MORPH_CAND_TAG(c) ((c) & 0xFFFFFFu)
#define MORPH_CAND_PRIOR(c) ((c) >> 24)
/* The feature of a candidate's prior (scored under its tag). */
uint64_t morph_prior_feature(uint32_t cand);

/* Tag candidates of word w (known tags, plus suffix guesses when rare); also
** fills w's lookups (wi, lexb, umask, top). Call it for every word of the
** sentence before morph_tag_features, which reads the neighbours' lookups. */
int morph_tag_candidates(const morph_model *m, morph_wctx *w, uint32_t *out, int max);
/* Context features of word i given the tags already chosen for words before it. */
int morph_tag_features(const morph_model *m, const morph_wctx *ws, int n, int i,
                       const uint32_t *tags, uint64_t *f);

/* Score of class cls under features f[0..nf) in table w. */
float morph_score(const morph_weights *w, const uint64_t *f, int nf, uint32_t cls);
/* Index of the best of candidates cls[0..nc) (MORPH_CAND_*; nc <= MORPH_MAX_TAGS
** + 1, nf <= MORPH_MAX_FEATS; the first of equals; 0 when nc is 0), scored
** feature by feature, plus each one's prior: one feature's classes are neighbours
** in the table, so the many candidates of a new word cost few cache misses. */
int morph_best(const morph_model *m, const uint64_t *f, int nf, const uint32_t *cls, int nc);
/* The slot of (feature, class) in a table of mask+1 slots: the feature picks
** a row, the class an offset in it. Two pairs collide as often as with a hash
** of both (1 in mask+1), but the classes of one feature share cache lines. */
static inline uint32_t morph_row_of(uint64_t f) {
    f ^= f >> 33; f *= 0xff51afd7ed558ccdULL; f ^= f >> 33;
    return (uint32_t)f;
}
static inline uint32_t morph_slot_of(uint64_t f, uint32_t cls, uint32_t mask) {
    return (morph_row_of(f) + cls) & mask;
}
/* The first slot of the row of a feature (morph_row_of) in the parts table
** (wpar): rows of MORPH_PARTS slots, aligned, one per feature. */
static inline uint32_t morph_part_row(uint32_t row, uint32_t mask) { return row * MORPH_PARTS & mask; }

/* The first (tail = 0) or last two bytes of s[0..n) as a number, 0 when n < 2. */
static inline uint32_t morph_rule_edge(const char *s, size_t n, int tail) {
    if (n < 2) return 0;
    const unsigned char *p = (const unsigned char *)s + (tail ? n - 2 : 0);
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}
/* Lemma rules that fit form; features for choosing among them. */
int morph_rule_candidates(const morph_model *m, const char *form, size_t n, uint32_t *out, int max);
/* Apply rule r to form into out (cap bytes); returns length or -1. */
int morph_rule_apply(const morph_model *m, uint32_t r, const char *form, size_t n,
                     char *out, size_t cap);
int morph_lemma_features(const morph_model *m, const char *form, size_t n, uint32_t tag,
                         uint64_t *f);
/* The class under which the features of a rule's output are weighted: one
** weight for every rule ("the lemma is in the lexicon" is good for all). */
#define MORPH_LEMMA_SHARED 0xFFFFFFu
/* Features of the lemma a rule produces, weighted under MORPH_LEMMA_SHARED.
** loo (training only, else NULL): the folded form being learned, which must
** look unknown as new words do, and whether its gold lemma is the lemma of no
** other training word (then that lemma must not look like a treebank lemma). */
typedef struct morph_lemma_loo { const char *key; size_t key_len; const char *lemma; size_t lemma_len; int alone; } morph_lemma_loo;
int morph_lemma_rule_features(const morph_model *m, const char *form, size_t n, uint32_t rule,
                              const morph_lemma_loo *loo, uint64_t *f);

/* The lemma of form with tag: the treebank's when known (wi: the form's index
** in winfo, from morph_tag_candidates), else the best rule's (kept in m->memo).
** Writes into out (cap bytes) and returns the length; *kept (kept may be NULL)
** is the model's string of the treebank's lemma when that is it whole, else NULL. */
size_t morph_lemma(const morph_model *m, const char *form, size_t n, uint32_t wi,
                   uint32_t tag, char *out, size_t cap, const char **kept);

/* ---- unanalysed tokens (features in morph_analyze.c, training in
** morph_unan_train.c) ----
** The training treebank leaves some tokens whole and unanalysed (PADT tag
** U---------: names, words spelled without hamza, first-person forms its
** analyser lacked). A binary perceptron predicts which, from what the
** treebank and the lexicon say about the token and the hosts its splits
** leave. That comes packed in one u32 per string (one lookup), through a
** function, so the trainer can describe each training token with counts from
** the other parts of the treebank (cross-fitting), as new text sees them. */
#define MORPH_U_CAP 255u
#define MORPH_U_NU(v) ((v) & 0xFFu)          /* as a folded token, left unanalysed */
#define MORPH_U_NA(v) ((v) >> 8 & 0xFFu)     /* as a folded token, analysed */
#define MORPH_U_NW(v) ((v) >> 16 & 0xFFu)    /* as the folded form of an analysed word */
#define MORPH_U_LEMMA (1u << 24)             /* folded lemma of an analysed word */
#define MORPH_U_RAW_TB (1u << 25)            /* form or lemma of an analysed word as spelled */
#define MORPH_U_RAW_LEX (1u << 26)           /* hunspell-ar entry as spelled (hamza kept) */
#define MORPH_U_LEX_SHIFT 27                 /* folded hunspell-ar: MORPH_LEX_* bits 0-3 */
typedef uint32_t (*morph_ustat_fn)(const void *ctx, const char *s, size_t n);
/* The "ustat" table's hash of a string, never 0. */
static inline uint32_t morph_unan_hash(const char *s, size_t n) {
    uint32_t h = morph_hash32(s, n) * 0x85EBCA6Bu;
    return h ? h : 1;
}
/* What the model's ustat table says about s (ctx is the model). */
/* Whether the Arabic letters s[0..n) hold one of letters (Arabic letters,
** two bytes each). */
int morph_has_letter(const char *s, size_t n, const char *letters);
uint32_t morph_unan_stat(const void *ctx, const char *s, size_t n);
/* A token the treebank analysed 10 times or more and never left whole is not
** classified (it would not be flagged anyway): half the tokens of news, the
** classifier's cost halved. v: what the stat says about its folded key. */
static inline int morph_unan_gate(uint32_t v) { return MORPH_U_NU(v) == 0 && MORPH_U_NA(v) >= 10; }
#define MORPH_UNAN_FEATS 104
/* How often the folded keys of a token and of the tokens before and after it
** in its sentence occur among the tokens of the whole document (0 for a
** neighbour beyond the sentence's edge). */
typedef struct morph_unan_doc { uint32_t self, prev, next; } morph_unan_doc;
/* Features of a token: its letters s[0..n) (vowel marks stripped), its
** segmentation candidates c[0..nc) of which c[best] is the segmenter's
** choice, the folded keys of the tokens before and after it in the
** sentence (empty at the edges) and their counts in the document; m gives
** the word clusters and the news counts. None (0) for a token
** morph_unan_gate passes over. */
int morph_unan_features(morph_ustat_fn stat, const void *ctx, const morph_model *m, const char *s, size_t n,
                        const morph_cand *c, int nc, int best, const char *prev, size_t pn,
                        const char *next, size_t nn, const morph_unan_doc *dn, uint64_t *f);

/* ---- the stage (morph_stage.c) ---- */
void *morph_open(const char *data_dir, const naba_options *opt, naba_error *err);
naba_status morph_run(naba_doc *doc, void *state, const naba_options *opt);
/* The stage's work on a document with tokens: split them into words and,
** with MORPH_TAG, tag and lemmatize them (without: words only, for the
** trainer's corpus statistics, before the tagger exists); with MORPH_UNAN,
** flag the tokens the treebank would leave unanalysed. */
enum { MORPH_TAG = 1, MORPH_UNAN = 2 };
naba_status morph_analyze(naba_doc *doc, const morph_model *m, int flags);
void morph_close(void *state);
/* After the ner stage: a word of a name mention (not one the recognizer
** doubted, NABA_MENTION_COMMON) that the tagger read as a common NOUN, ADJ
** or VERB becomes PROPN with its form as lemma: in a person's name every
** such word, in a place's or an organisation's a word the treebank never
** saw (docs/morph.md, session 32). Words the morph stage did not tag here
** (given with --keep-words) stay as given. */
naba_status morph_names_of_mentions(naba_doc *doc, const morph_model *m);


/* Trainer entry point (`naba train morph`). */
int morph_train_main(int argc, char **argv);

#endif
