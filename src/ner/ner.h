/*
** ner.h — named-entity recognition (internal): the tagger shared by the `ner`
** stage, its trainer and its evaluator.
**
** The tagger is a structured averaged perceptron over BILOU tags with
** first-order Viterbi, run twice over a document: the second pass also sees
** what the first said about the same words elsewhere in it (ner_doc.c).
** Corpora, scoring and the stage's output use BIO; only the model uses BILOU.
** Features are hashed into 64-bit keys; the model file stores only the keys
** that earned a weight, in an open-addressing table of int16 rows (both
** passes' rows in one slot) that is used in place after mmap. A lexicon table
** in the same file carries what was learnt from outside data at training time:
** gazetteer classes (CLDR, GeoNames, person-name words, knowledge-base names,
** curated cues), news-corpus frequency buckets and distributional word
** clusters. Nothing but the model file is read at run time (the morph stage's
** words give UPOS and lemma features).
**
** Tokens are seen through ner_word: the surface core (punctuation trimmed),
** its folded key, and where the proclitics (و ف ب ل ك, then ال) end in the key.
*/
#ifndef NABA_NER_H
#define NABA_NER_H

#include "naba.h"
#include "model.h"
#include "slotcache.h"

#define NER_KIND "ner"
#define NER_VERSION 5
#define NER_TAGS 9             /* BIO tags of corpora and output: O, then B-/I- for PER, LOC, ORG, MISC */
#define NER_MTAGS 17           /* the model's BILOU tags: O, then B-, I-, L-, U- per type */
#define NER_MAX_FEATS 128      /* feature keys of one token, upper bound */
#define NER_FOLD (NABA_FOLD_DIACRITICS | NABA_FOLD_ALEF | NABA_FOLD_HAMZA | NABA_FOLD_CASE | NABA_FOLD_DIGITS)

/* Tag t: 0 is O; otherwise type (t-1)/2 and B when (t-1) is even. */
static inline int ner_tag_type(int t) { return t ? (t - 1) / 2 : -1; }
static inline int ner_tag_inside(int t) { return t && (t - 1) % 2 == 1; }
static inline int ner_tag_make(int type, int inside) { return 1 + 2 * type + (inside ? 1 : 0); }
/* Tags words [b, e) as one name of the type: B, then I. */
static inline void ner_tag_span(uint8_t *tags, size_t b, size_t e, int type) {
    for (size_t k = b; k < e; k++) tags[k] = (uint8_t)ner_tag_make(type, k > b);
}
/* Model tag m: 0 is O; otherwise type (m-1)/4 and position (m-1)%4 (NER_POS_*).
** BILOU marks a name's last word (and a one-word name) explicitly, which helps
** the tagger stop a person's name before the adjective that follows it. */
enum { NER_POS_B = 0, NER_POS_I, NER_POS_L, NER_POS_U };
static inline int ner_mtag_type(int m) { return m ? (m - 1) / 4 : -1; }
static inline int ner_mtag_pos(int m) { return m ? (m - 1) % 4 : -1; }
static inline int ner_mtag_make(int type, int pos) { return 1 + 4 * type + pos; }
/* BIO tags -> model tags (out[0..n)), and model tags -> BIO in place. */
void ner_bio_to_model(const uint8_t *bio, size_t n, uint8_t *out);
void ner_model_to_bio(uint8_t *tags, size_t n);

/* ---- lexicon: folded word or phrase -> 32-bit value ---- */
#define NER_LEX_LOC      0x01u /* place name (CLDR, GeoNames, cues) */
#define NER_LEX_PERW     0x02u /* word of person names (netranslit, cues) */
#define NER_LEX_ORG      0x04u /* organization (cues) */
#define NER_LEX_NAT      0x08u /* language / nationality adjective (CLDR) */
#define NER_LEX_TRIG_PER 0x10u /* title before a person: الرئيس, وزير */
#define NER_LEX_TRIG_LOC 0x20u /* word before a place: مدينة, قصر */
#define NER_LEX_TRIG_ORG 0x40u /* word before an organization: شركة, وكالة */
#define NER_LEX_NOTNAME  0x80u /* capitalized Latin word that is not a name */
#define NER_LEX_CLASSES  0xFFu
#define NER_LEX_PHRASE_SHIFT 8  /* bits 8..15: the classes above, for a whole phrase */
#define NER_LEX_FREQ_SHIFT 16   /* bits 16..19: log2 news frequency bucket, 0 unseen */
#define NER_LEX_PHRASE_START 0x80000000u /* the word begins some gazetteer phrase */
#define NER_MAX_PHRASE 4

typedef struct ner_lex_slot { uint32_t key, val; } ner_lex_slot;

/* One feature's weights: an int16 (scaled) per model tag for the final pass
** (w) and for the first pass (w1, zero for the document features). One probe
** serves both passes. The rows sit apart from their 32-bit fingerprints
** (the occupied slots of the key table own the rows in order, see
** ner_model.c): the key table is small enough to stay
** in cache, so a feature the model does not know (most of a token's) costs no
** trip to memory, and only the rows of known features are read. */
typedef struct ner_w_row { int16_t w[NER_MTAGS], w1[NER_MTAGS]; } ner_w_row;

/* A slot of the weight table as the tagger probes it: the fingerprint of the
** file's wkeys section and the row it owns, side by side (built at load), so a
** known feature costs one cache line and no counting. */
typedef struct ner_w_slot { uint32_t fp, row; } ner_w_slot;

/* Hashing shared by training and run time: keys must agree bit for bit. */
uint64_t ner_hash(const char *s, size_t n);
static inline uint64_t ner_join(uint64_t a, uint64_t b) { return naba_mix64(a * 0x9E3779B97F4A7C15ULL + b + 1); }
static inline uint32_t ner_fp(uint64_t h) { return (uint32_t)(h >> 32) | 1u; }

/* Look a key up in a table of 2^k slots (mask = 2^k - 1); 0 when absent. */
uint32_t ner_lex_get(const ner_lex_slot *t, uint32_t mask, uint64_t h);

/* ---- tokens as the tagger sees them ---- */
/* The proclitics ner_word_init saw on a word (ner_word.prefix): و, ف, then
** ب, ل, ك, then the article (لل sets both NER_PRE_LI and NER_PRE_AL). */
enum {
    NER_PRE_WA = 1,
    NER_PRE_FA = 2,
    NER_PRE_BI = 4,
    NER_PRE_LI = 8,
    NER_PRE_KA = 16,
    NER_PRE_AL = 32,
};

typedef struct ner_word {
    /* ordered so no padding falls between the fields: 88 bytes, not 104 (a
    ** document's words are all held at once; docs/ner.md, "Memory") */
    const char *s;               /* surface core: the token minus leading/trailing punctuation */
    const char *key;             /* folded core */
    uint32_t n, kn;              /* their lengths */
    uint16_t off_host;           /* key offset after و/ف and ب/ل/ك */
    uint16_t off_stem;           /* key offset after those and ال */
    uint8_t shape;               /* NER_SHAPE_* */
    uint8_t prefix;              /* which proclitics were seen: NER_PRE_* bits */
    uint8_t phrase_start;        /* key or host form begins a gazetteer phrase */
    uint8_t marks;               /* NER_MARK_*: vowel marks on the surface (folded keys drop them) */
    uint64_t h_key, h_host, h_stem; /* ner_hash of the key, the host form and the stem (ال off) */
    uint64_t h_lemma;            /* ner_hash of the host word's folded lemma, 0 none */
    uint32_t lex;                /* lexicon class bits of key, host and stem forms, OR'd */
    uint32_t mclus;              /* the host word's clusters in the morph model (fine + 1 |
                                    (coarse + 1) << 16, morph_cluster.c), 0 none */
    uint8_t freq_key, freq_host; /* frequency bucket of the key and of the host form */
    uint8_t phrase_type;         /* lexicon class bits of a phrase it is part of, 0 none */
    uint8_t phrase_pos;          /* 1 first word of that phrase, 2 inside */
    uint8_t upos;                /* UPOS of the host word (morph), NER_UPOS_NONE without */
    uint8_t mseg;                /* morph's split: proclitic words * 2 + enclitic */
    uint8_t doc_tag;             /* majority first-pass tag of the host form elsewhere in the
                                    document; NER_DOC_OFF in the first pass, NER_DOC_NONE unseen */
    uint8_t doc_n;               /* how many other occurrences, capped at 3 */
    uint8_t doc_type;            /* (entity type + 1) * 8 + share of entity tags in quarters, 0 none */
    uint8_t doc_pnext, doc_pprev;/* the pair of this word and the next (previous) one elsewhere in
                                    the document: doc_type's encoding for chunks holding both */
} ner_word;

#define NER_MARK_ANY 1u      /* some vowel mark or shadda */
#define NER_MARK_TANWEEN 2u  /* ends in tanween (ـاً ـٍ ـٌ): an indefinite noun or adjective, rarely a name */

#define NER_DOC_OFF 0xFF
#define NER_DOC_NONE 0xFE

#define NER_UPOS_NONE 0xFF

enum { NER_SHAPE_PUNCT = 0, NER_SHAPE_DIGIT, NER_SHAPE_ARABIC, NER_SHAPE_LATIN_CAP,
       NER_SHAPE_LATIN_UPPER, NER_SHAPE_LATIN_LOWER, NER_SHAPE_MIXED };

/* Fill w from the bytes s[0..n): trim punctuation, fold into buf (capacity
** >= n + 1, owned by the caller), find proclitics, shape. Lexicon fields are
** left for ner_words_lookup. */
void ner_word_init(ner_word *w, const char *s, size_t n, char *buf);
/* Lexicon bits, frequency and gazetteer phrases of a sentence. */
void ner_words_lookup(ner_word *w, size_t n, const ner_lex_slot *lex, uint32_t mask);
/* Feature keys of token i of the sentence w[0..n); returns their count.
** parts: NER_FEAT_WORD, the keys its folded key, shape and vowel marks alone
** decide (the tagger keeps their rows' sums in a memo, ner_model.c),
** NER_FEAT_CONTEXT the others, NER_FEAT_ALL both in the training order. */
enum { NER_FEAT_WORD = 1, NER_FEAT_CONTEXT = 2, NER_FEAT_ALL = 3 };
size_t ner_features(const ner_word *w, size_t n, size_t i, unsigned parts, uint64_t *out);
/* Its document features (NER_DOC_FEATS keys, none while doc_tag is NER_DOC_OFF). */
#define NER_DOC_FEATS 7
size_t ner_doc_features(const ner_word *w, size_t n, size_t i, uint64_t *out);
/* Byte length of the first `letters` letters of s (with their marks). */
size_t ner_skip_letters(const char *s, size_t n, unsigned letters);
/* How many letters of proclitics (و ف ب ل ك, not ال) to cut off the front of a
** mention's first word so that it starts at the name: 0 when the whole word
** is likelier the name (بوتين is not ب + وتين). */
unsigned ner_proclitic_letters(const ner_word *w, const ner_lex_slot *lex, uint32_t mask);

/* ---- decoding ---- */
/* Viterbi over emit[n][NER_MTAGS] and trans[(NER_MTAGS+1)][NER_MTAGS] (last
** row: start), BILOU-constrained (I-X and L-X only after B-X or I-X, a
** sentence never ends inside a name). Writes the best model tags; when margin
** is not NULL also each token's margin: best path score minus the best score
** of any path giving that token another tag. scratch: ner_decode_scratch(n). */
size_t ner_decode_scratch(size_t n);
void ner_viterbi(const float *emit, const float *trans, size_t n, uint8_t *tags,
                 float *margin, void *scratch);
/* The same with trans made ready once (ner_lattice_init): each tag's allowed
** predecessors and their weights, each tag's allowed successors and the
** weights to them, the start and end scores. The NER_CLOSED tags that close a
** name (O, L-X, U-X: closed[]) are each followed by the same NER_CLOSED tags
** (O, B-X, U-X: opening[]), which follow only them (open[t] = 0); between the
** two sets the weights sit in rows of NER_LANES floats, fw[j][k] from
** closed[j] to opening[k] and bw[k][j] the same, so the Viterbi steps over
** them a vector at a time. */
#define NER_CLOSED (1 + 2 * NABA_ENT_COUNT)
#define NER_LANES 12   /* NER_CLOSED rounded up to whole vectors of four */
typedef struct ner_lattice {
    uint8_t n[NER_MTAGS], pred[NER_MTAGS][NER_MTAGS], open[NER_MTAGS];
    float w[NER_MTAGS][NER_MTAGS], start[NER_MTAGS], end[NER_MTAGS];
    uint8_t ns[NER_MTAGS], succ[NER_MTAGS][NER_MTAGS];
    float ws[NER_MTAGS][NER_MTAGS];
    uint8_t closed[NER_CLOSED], opening[NER_CLOSED];
    uint8_t inner[NER_MTAGS - NER_CLOSED];   /* I-X and L-X (open[t]), ascending */
    uint8_t going[NER_MTAGS - NER_CLOSED];   /* B-X and I-X (fewer than NER_CLOSED successors) */
    float fw[NER_CLOSED][NER_LANES], bw[NER_CLOSED][NER_LANES];
} ner_lattice;
void ner_lattice_init(ner_lattice *l, const float *trans);
void ner_viterbi_lattice(const float *emit, const ner_lattice *l, size_t n, uint8_t *tags,
                         float *margin, void *scratch);

/* ---- the model ---- */
/* The first pass's and the final pass's sums of a word's NER_FEAT_WORD rows,
** by its folded key (up to 28 bytes) with its shape and marks the extra (a
** pure function of the model), in a slot cache (slotcache.h): they are a
** third of a token's features, and news repeats its words (two tokens in
** three of the first 100 ANT v2.1 articles were seen before in them). */
#define NER_MEMO_LEN 28
typedef struct ner_memo_val { int32_t w[NER_MTAGS], w1[NER_MTAGS]; } ner_memo_val;
#define NER_MEMO_SHAPE NABA_SLOTSHAPE(13, NER_MEMO_LEN, ner_memo_val) /* 8,192 slots */

typedef struct ner_model {
    naba_model *file;
    const ner_w_row *w; uint32_t w_mask;
    ner_w_slot *slot; size_t w_rows; /* fingerprint and row of each slot (slot_table in ner_model.c) */
    const ner_lex_slot *lex; uint32_t lex_mask;
    const float *trans, *trans1; /* (NER_MTAGS + 1) x NER_MTAGS: final and first pass */
    ner_lattice lat, lat1;       /* the same, ready for ner_viterbi_lattice */
    float scale, scale1;         /* weight = int16 * scale (final), * scale1 (first pass) */
    float conf_a, conf_b;        /* confidence = 1 / (1 + exp(-(a * margin + b))) */
    naba_slotcache memo;         /* empty until ner_model_memo */
} ner_model;

/* Load and check a model (file or bytes). NULL with err set on failure. */
ner_model *ner_model_open(const char *path, naba_error *err);
ner_model *ner_model_open_mem(const void *bytes, size_t len, naba_error *err);
void ner_model_close(ner_model *m);
/* Give m its memo of word rows (for the life of the model); 0 when out of memory. */
int ner_model_memo(ner_model *m);

/* Tag one sentence: model scores, Viterbi, then the Latin-script rule (runs of
** capitalized Latin words in Arabic text the model left out become mentions,
** typed by lexicon and context). first_pass: lexicon lookups, the first-pass
** weights, and the final weights of the same features summed into base
** (int32[n * NER_MTAGS]); else base plus the document features under the
** final weights, and conf gets each token's confidence 0..1.
** scratch: ner_tag_scratch(n) bytes. */
size_t ner_tag_scratch(size_t n);
void ner_tag(const ner_model *m, int first_pass, ner_word *w, size_t n, uint8_t *tags, float *conf,
             int32_t *base, void *scratch);

/* ---- documents (ner_doc.c) ---- */
typedef struct ner_span { uint32_t first, n; } ner_span;
/* Set the doc_* fields of the words of sentences sents[0..n_sents) (indices
** into w and tags) from first-pass tags; the counts' table is malloc'd and
** freed here. 0 on out of memory. */
int ner_doc_context(ner_word *w, const uint8_t *tags, const ner_span *sents, size_t n_sents);
/* Tag a whole document: the first pass, the document features, the final
** pass. scratch: ner_tag_doc_scratch(longest sentence, tokens) bytes. 0 on
** out of memory. */
size_t ner_tag_doc_scratch(size_t maxlen, size_t tokens);
int ner_tag_doc(const ner_model *m, ner_word *w, const ner_span *sents, size_t n_sents,
                uint8_t *tags, float *conf, void *scratch);
/* The Latin rule alone (used by ner_tag). */
void ner_latin_rule(const ner_word *w, size_t n, uint8_t *tags, float *conf);
/* A mention that begins with a whole gazetteer phrase naming an organization
** or place and goes on past it, typed otherwise by the model (أسوشيتد برس
** عامر مادهاني as one person), becomes the phrase's mention and one of the
** rest. Run after the Latin rule, on BIO tags. */
void ner_phrase_rule(const ner_word *w, size_t n, uint8_t *tags);
/* A place chunk after a head word (مطار, وكالة, كأس: data/ner/heads.tsv) grows
** into the facility's, body's or event's name and takes its type, and so does
** a person's after a named word (مستشفى الملك فهد); a place takes in its
** epithet (مكة المكرمة). ner_heads.c; the pipeline stage only.
** ner_heads_load: NULL with err set on failure. */
typedef struct wordtab wordtab;
typedef struct wt_entry wt_entry;
enum { NER_HEAD_HEAD, NER_HEAD_INNER, NER_HEAD_OUTER, NER_HEAD_TAIL, NER_HEAD_SUFFIX, NER_HEAD_EN,
       NER_HEAD_NAMED, NER_HEAD_TITLED, NER_HEAD_TITLE, NER_HEAD_EPITHET, NER_HEAD_MEDIUM,
       NER_HEAD_LETTER, NER_HEAD_BAND, NER_HEAD_BODY, NER_HEAD_OFFICE, NER_HEAD_BODYEND,
       NER_HEAD_ROLE, NER_HEAD_BODYNAME, NER_HEAD_GOVERNS };
wordtab *ner_heads_load(const char *data_dir, naba_error *err);
/* The entry of a class in mask for the word s[0..n), as written or after a
** leading و/ف and then ب/ل/ك (لوكالة, ومطار, بمهرجان: wt_get_stripped's
** clitics); NULL when none. *cut (may be NULL): the bytes of those letters. */
const wt_entry *ner_head_word(const wordtab *t, const char *s, size_t n, unsigned mask, size_t *cut);
/* ner_head_word with the clitics of the set (WT_CONJ, WT_PREP, WT_DEF) as
** those it may strip: with WT_DEF a head word written with ال (المستشفى). */
const wt_entry *ner_head_word_stripped(const wordtab *t, const char *s, size_t n, unsigned mask, unsigned clitics,
                                       size_t *cut);
#define NER_HEAD_STARTS (WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_INNER) | WT_BIT(NER_HEAD_OUTER))
/* the first words of the names ner_heads_rule makes */
#define NER_HEAD_OPENS \
    (NER_HEAD_STARTS | WT_BIT(NER_HEAD_NAMED) | WT_BIT(NER_HEAD_TITLED) | WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE))
void ner_heads_rule(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags);

/* ---- `word TAG` corpora (ANERcorp, WikiFANE) ---- */
typedef struct ner_corpus {
    char *buf;                   /* the file; tokens are NUL-terminated in place */
    ner_word *words;             /* n tokens, folded keys in keys */
    char *keys;
    uint8_t *gold;               /* tag of each token */
    size_t n;
    uint32_t *sent;              /* sentence i is tokens [sent[i], sent[i+1]) */
    size_t n_sents;
} ner_corpus;

/* Parse `word TAG` lines (space or tab, blank line between sentences); CRLF,
** a BOM and U+200E marks are tolerated. Tags: O, B-/I- over PER(S), LOC, ORG,
** MISC; with fine = 1, WikiFANE's fine classes mapped to those four. buf is
** taken over (freed by ner_corpus_free). Errors name the file and line. */
naba_status ner_corpus_parse(char *buf, size_t len, const char *name, int fine,
                             ner_corpus *c, naba_error *err);
naba_status ner_corpus_read(const char *path, int fine, ner_corpus *c, naba_error *err);
void ner_corpus_free(ner_corpus *c);
/* Morphology fields of tokens [first, first+n) of doc from its words layer
** (NER_UPOS_NONE when it has none); the host words' clusters from the morph
** model mm (word clusters learned from news by morph's trainer; NULL: none). */
struct morph_model;
void ner_words_morph(ner_word *w, const naba_doc *doc, size_t first, size_t n, const struct morph_model *mm);
/* Run the morph model (file morph_path) over every sentence of c and fill the
** morphology fields of its words, as the pipeline does at run time. */
naba_status ner_corpus_morph(ner_corpus *c, const char *morph_path, naba_error *err);
/* Fill the lexicon fields of every sentence of c. */
void ner_corpus_lookup(ner_corpus *c, const ner_lex_slot *lex, uint32_t mask);

/* naba's dev split of ANERcorp: contiguous blocks of NER_DEV_BLOCK sentences,
** every NER_DEV_EVERY-th block (index % EVERY == EVERY - 1) is dev. The corpus
** is ordered by article, so whole blocks keep an article's repeated names from
** leaking between train and dev. */
#define NER_DEV_BLOCK 50
#define NER_DEV_EVERY 10
static inline int ner_is_dev(size_t sentence) {
    return (sentence / NER_DEV_BLOCK) % NER_DEV_EVERY == NER_DEV_EVERY - 1;
}

/* Tag c (only its dev blocks when dev_only) with morph fields already set,
** each block of NER_DEV_BLOCK sentences as one document; returns tags of all
** tokens (0 outside dev), caller frees; NULL with err set on out of memory. */
uint8_t *ner_tag_corpus(const ner_model *m, ner_corpus *c, int dev_only, naba_error *err);

/* ---- scoring (conlleval: exact-match entity chunks) ---- */
typedef struct ner_chunk { size_t start, end; int type; } ner_chunk;
/* The next chunk at or after *i in tags[0..n) (B-X then I-X; a stray I-X
** starts one, as in conlleval); 0 when there is none. Advances *i past it. */
int ner_next_chunk(const uint8_t *tags, size_t n, size_t *i, ner_chunk *c);
typedef struct ner_score { size_t gold[NABA_ENT_COUNT], sys[NABA_ENT_COUNT], ok[NABA_ENT_COUNT]; } ner_score;
void ner_score_add(ner_score *s, const uint8_t *gold, const uint8_t *sys, size_t n);
/* F1 in percent over all types (type = -1) or one. */
double ner_score_f1(const ner_score *s, int type, double *p, double *r);

/* ---- curated cues and gazetteer lines (data/ner/cues.tsv) ---- */
/* Call fn for each "CLASS<TAB>name" line of text; returns the first error. */
typedef void (*ner_cue_fn)(void *ctx, uint32_t cls, const char *name, size_t n);
naba_status ner_cues_parse(const char *text, size_t len, const char *file, ner_cue_fn fn,
                           void *ctx, naba_error *err);

/* ---- commands ---- */
int ner_train_main(int argc, char **argv);
int ner_eval_main(int argc, char **argv);

/* ---- the stage ---- */
/* Opened after the morph stage, whose model it borrows (stage.h). */
void *ner_stage_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                     naba_error *err);
naba_status ner_stage_run(naba_doc *doc, void *state, const naba_options *opt);
void ner_stage_close(void *state);
/* The stage's data/ner/heads.tsv, which the link stage borrows (one load per
** pipeline). */
const wordtab *ner_stage_heads(const void *state);

/* ---- output ---- */
struct naba_json;
void ner_write_json(struct naba_json *j, const naba_doc *d);

#endif
