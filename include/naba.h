/*
** naba.h — the one public header of libnaba, an engine that turns Arabic news
** articles into what they report.
**
** One document object (naba_doc) flows through a pipeline of stages. Each stage
** reads the layers before it and appends its own: clean text with an offset map
** to the original bytes, paragraphs, sentences, tokens, words, and later layers.
** Every span is a pair of byte offsets into the clean text; naba_orig_start() and
** naba_orig_end() map them back to the original input, so any annotation can be
** traced to the bytes it came from.
**
** The data structures are plain and public on purpose (in the spirit of Redis):
** a caller reads doc->tokens.v[i] directly. Memory for a document lives in one
** arena that is reset between documents, so a batch run does no per-token malloc
** and its peak memory does not grow with the corpus. Strings a model already
** holds are not copied: a word's feats and xpos, a relation, a knowledge-base
** id point into the pipeline's models, so read a document while the pipeline
** that analyzed it is open.
*/
#ifndef NABA_H
#define NABA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NABA_VERSION "0.1.0"
/* Version of the JSON document schema written by naba_write_json (docs/schema.md). */
#define NABA_SCHEMA_VERSION 1

/* ---------------------------------------------------------------- errors */

/* Every fallible call returns one of these; details land in a naba_error. */
typedef enum naba_status {
    NABA_OK = 0,
    NABA_ERR_NOMEM,     /* out of memory */
    NABA_ERR_IO,        /* a file could not be read or written */
    NABA_ERR_TOO_LARGE, /* input over the configured size limit */
    NABA_ERR_BINARY,    /* input is not text */
    NABA_ERR_EMPTY,     /* input holds no text */
    NABA_ERR_FORMAT,    /* malformed JSON / CoNLL-U / data file */
    NABA_ERR_MODEL,     /* model file missing, truncated, foreign or corrupt */
    NABA_ERR_USAGE,     /* bad arguments */
    NABA_ERR_BUSY       /* naba serve at its connection limit: retry later */
} naba_status;

typedef struct naba_error {
    naba_status code;
    size_t offset;      /* byte offset (or line number, as the message says) */
    char message[256];  /* names what failed and where */
} naba_error;

/* Name of a status, e.g. "too_large", for error records. */
const char *naba_status_name(naba_status s);
/* Fill err (if not NULL) and return code. printf-style message. */
naba_status naba_fail(naba_error *err, naba_status code, size_t offset,
                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* ----------------------------------------------------------------- arena */

/* A bump allocator in chunks. All memory of one document comes from one arena. */
typedef struct naba_arena naba_arena;
naba_arena *naba_arena_new(void);
void naba_arena_free(naba_arena *a);
/* Release everything but keep the first chunk for reuse. */
void naba_arena_reset(naba_arena *a);
/* 16-byte aligned, zeroed memory; NULL on out of memory. */
void *naba_arena_alloc(naba_arena *a, size_t size);
char *naba_arena_strndup(naba_arena *a, const char *s, size_t n);
size_t naba_arena_used(const naba_arena *a);

/* ---------------------------------------------------------------- layers */

typedef uint32_t naba_off;

/* A growable array in the document's arena: v[0..n). */
#define NABA_LAYER(T) struct { T *v; size_t n, cap; }

/* One contiguous piece of the offset map. Clean bytes [clean, clean+clean_len)
** came from original bytes [orig, orig+orig_len). When copied is set the two
** ranges are byte-identical; otherwise the clean bytes replace the original ones
** (a normalized letter, an inserted space: orig_len may be 0). Original bytes
** not covered by any segment were deleted. */
typedef struct naba_map_seg {
    naba_off clean, clean_len;
    naba_off orig, orig_len;
    uint8_t copied;
} naba_map_seg;

/* Kinds of repair the cleaner makes; each can be switched off (naba_options). */
typedef enum naba_repair_kind {
    NABA_REPAIR_INVALID_UTF8 = 0, /* invalid bytes replaced by U+FFFD */
    NABA_REPAIR_NUL,              /* NUL and other C0 control bytes removed */
    NABA_REPAIR_BOM,              /* byte-order mark removed */
    NABA_REPAIR_NEWLINE,          /* CR / CRLF / U+2028 to LF */
    NABA_REPAIR_BOILERPLATE,      /* share buttons, "read also", credit lines... */
    NABA_REPAIR_DUPLICATE,        /* repeated paragraph dropped */
    NABA_REPAIR_SPACE_BEFORE_PUNCT,
    NABA_REPAIR_SPACE_AFTER_PUNCT,
    NABA_REPAIR_SPACES,           /* runs of spaces/tabs folded */
    NABA_REPAIR_PRESENTATION_FORM,/* Arabic presentation forms to base letters */
    NABA_REPAIR_TATWEEL,
    NABA_REPAIR_CONTROL,          /* bidi and zero-width controls removed */
    NABA_REPAIR_COUNT
} naba_repair_kind;

/* Notes that are not repairs: things a reader should know but naba left alone. */
#define NABA_NOTE_UNBALANCED_QUOTES 1u /* paragraph flag */
#define NABA_NOTE_TRUNCATED 2u         /* paragraph/sentence ends in ".." or mid-phrase */

typedef struct naba_repair {
    uint8_t kind;                 /* naba_repair_kind */
    naba_off orig_start, orig_end;/* what was there, in the original */
    naba_off clean_at;            /* where it would have been in the clean text */
    const char *detail;           /* pattern name, duplicate-of paragraph, ... */
} naba_repair;

typedef struct naba_paragraph {
    naba_off start, end;
    uint32_t flags;               /* NABA_NOTE_* */
    uint32_t sent_first, sent_count;
} naba_paragraph;

typedef struct naba_sentence {
    naba_off start, end;
    uint32_t para;
    uint32_t tok_first, tok_count;
    uint32_t word_first, word_count;
    uint32_t flags;               /* NABA_NOTE_* */
} naba_sentence;

typedef enum naba_token_kind {
    NABA_TOK_WORD = 0,   /* letters (any script), with inner apostrophes/hyphens */
    NABA_TOK_NUMBER,     /* digits in any system, separators, decimal point */
    NABA_TOK_ORDINAL,    /* 1st, 2nd, 16th */
    NABA_TOK_PERCENT,    /* 50%, ٥٠٪ */
    NABA_TOK_NUMUNIT,    /* 30-day, 5km */
    NABA_TOK_DATE,       /* 16/05/2025, 2025-05-16 */
    NABA_TOK_TIME,       /* 10:30 */
    NABA_TOK_URL,
    NABA_TOK_EMAIL,
    NABA_TOK_HASHTAG,
    NABA_TOK_MENTION,
    NABA_TOK_PUNCT,
    NABA_TOK_SYMBOL,
    NABA_TOK_KIND_COUNT
} naba_token_kind;

typedef enum naba_script {
    NABA_SCRIPT_NONE = 0, NABA_SCRIPT_ARABIC, NABA_SCRIPT_LATIN,
    NABA_SCRIPT_MIXED, NABA_SCRIPT_OTHER
} naba_script;

typedef struct naba_token {
    naba_off start, end;          /* clean text */
    uint8_t kind;                 /* naba_token_kind */
    uint8_t script;               /* naba_script */
    uint8_t space_after;          /* followed by white space in the clean text */
    uint8_t unanalysed;           /* morph: a token the training treebank's convention would
                                  ** leave whole (docs/morph.md); its words stay analysed, the
                                  ** CoNLL-U view writes it as one X word, the parser reads
                                  ** it as one (its other words hang on its first, "dep") */
    uint32_t sent;
    const char *key;              /* folded key (naba_fold with doc fold flags) */
    double value;                 /* numeric value for numbers, else NaN */
    uint32_t word_first, word_count; /* words layer, filled by morph */
} naba_token;

/* Universal POS tags (UD v2), in this fixed order. */
typedef enum naba_upos {
    NABA_UPOS_X = 0, NABA_UPOS_ADJ, NABA_UPOS_ADP, NABA_UPOS_ADV, NABA_UPOS_AUX,
    NABA_UPOS_CCONJ, NABA_UPOS_DET, NABA_UPOS_INTJ, NABA_UPOS_NOUN, NABA_UPOS_NUM,
    NABA_UPOS_PART, NABA_UPOS_PRON, NABA_UPOS_PROPN, NABA_UPOS_PUNCT,
    NABA_UPOS_SCONJ, NABA_UPOS_SYM, NABA_UPOS_VERB, NABA_UPOS_COUNT
} naba_upos;
const char *naba_upos_name(int upos);
int naba_upos_from_name(const char *name); /* -1 if unknown */

/* A syntactic word: a token split at its clitics (UD multiword tokens). */
typedef struct naba_word {
    naba_off start, end;          /* clean-text bytes of the word's share of its token */
    uint32_t token;
    uint32_t sent;
    const char *form;             /* word form (may differ from the surface slice) */
    const char *lemma;
    const char *feats;            /* UD FEATS, "_" if none */
    const char *xpos;             /* treebank tag or "_" */
    const char *stem;             /* light stem key for indexing */
    uint8_t upos;                 /* naba_upos */
    uint8_t pad_[3];
    int32_t head;                 /* index into doc->words of the head, -1 for root/unknown */
    const char *deprel;           /* UD relation, NULL before parsing */
    const char *misc;             /* extra CoNLL-U MISC, NULL if none */
} naba_word;

/* Entity types of the NER stage. */
typedef enum naba_ent_type {
    NABA_ENT_PER = 0, NABA_ENT_LOC, NABA_ENT_ORG, NABA_ENT_MISC, NABA_ENT_COUNT
} naba_ent_type;
const char *naba_ent_type_name(int type);

#define NABA_MENTION_LATIN   0x01u /* written in Latin script inside Arabic text */
#define NABA_MENTION_NOMINAL 0x02u /* a title or description ("the Kremlin spokesman") */
#define NABA_MENTION_VARIANT 0x04u /* linked as a low-confidence spelling variant */
#define NABA_MENTION_COMMON  0x08u /* one word that reads as a common noun (البلاغ): the
                                      recognizer's doubt, for the link stage to settle */
#define NABA_MENTION_ARTICLE 0x10u /* the span starts after the preposition ل of لل (ل + ال,
                                      the article's alef dropped): للمملكة -> span لمملكة,
                                      the name read with its article, المملكة */
#define NABA_MENTION_APPOSITIVE 0x20u /* a title right before its holder's name (الرئيس الأميركي،
                                      دونالد ترامب): kept for the stages after link (an
                                      actor's span), not listed among the entity's mentions */

/* A mention of a named entity: a run of words. Its span leaves out proclitics
** (وزيلنسكي -> زيلنسكي). word_first/word_count index doc->words when the words
** layer exists (morph ran before ner), else doc->tokens. */
typedef struct naba_mention {
    naba_off start, end;
    uint32_t word_first, word_count; /* words, or tokens without a words layer */
    uint32_t sent;
    uint8_t type;                 /* naba_ent_type */
    uint8_t flags;                /* NABA_MENTION_* */
    uint8_t pad_[2];
    float conf;                   /* recognition confidence, 0..1 */
    int32_t entity;               /* index into doc->entities, -1 before linking */
    float link_conf;              /* confidence of the link to that entity */
} naba_mention;

/* One identity in the document: its mentions point to it. */
typedef struct naba_entity {
    const char *id;               /* knowledge-base id, or "doc:N" when not in the KB */
    const char *name_ar, *name_en;/* preferred names; name_en romanized when not in the KB */
    const char *actor_code;       /* CAMEO-style actor code (e.g. "RUSGOV"), NULL if unknown */
    uint8_t type;                 /* naba_ent_type */
    uint8_t in_kb;
    uint8_t pad_[2];
    uint32_t n_mentions;
    uint32_t first_mention;       /* index into doc->mentions */
} naba_entity;

typedef enum naba_quote_kind {
    NABA_QUOTE_DIRECT = 0, NABA_QUOTE_INDIRECT, NABA_QUOTE_MIXED
} naba_quote_kind;

#define NABA_QUOTE_IMPLICIT   0x01u /* speaker not named here: the previous speaker */
#define NABA_QUOTE_UNBALANCED 0x02u /* its quote marks do not pair up */
#define NABA_QUOTE_AFTER      0x04u /* attribution follows the quote */
#define NABA_QUOTE_NESTED     0x08u /* inside another quote's content: its speaker's words as that
                                       quote's speaker reports them */
#define NABA_QUOTE_RESOLVED   0x10u /* speaker_entity resolved from a back-reference (الوزارة, رئيس
                                       الحكومة, سموه, a bare family name) to the document's
                                       nearest fitting mention, not read in the speaker phrase */

/* Attributed speech. Absent spans are {0,0}; absent indices are -1. */
typedef struct naba_quote {
    naba_off start, end;          /* what was said */
    uint8_t kind;                 /* naba_quote_kind */
    uint8_t flags;                /* NABA_QUOTE_* */
    uint8_t pad_[2];
    uint32_t sent_first, sent_last;
    const char *cue;              /* lemma of the speech verb, NULL if none */
    naba_off cue_start, cue_end;
    naba_off speaker_start, speaker_end;
    int32_t speaker_entity;       /* index into doc->entities */
    const char *speaker_desc;     /* an unnamed speaker's description, e.g. "مسؤول أوكراني كبير" */
    const char *speaker_doc;      /* the kind of document the words come from when the speaker is
                                     one or issued one ("report" for "ذكر تقرير"), NULL if none */
    naba_off medium_start, medium_end; /* "في منشور على x" */
    float conf;
    naba_off via_start, via_end;  /* who relays the speaker's words: "الصحيفة" in "نقلت الصحيفة عن
                                     X" or "قالت الصحيفة إن X قال"; {0,0} when the speaker is heard */
    int32_t via_entity;           /* index into doc->entities, -1 if none */
    int32_t speaker_related;      /* the entity a speaker phrase names in its genitive when its head
                                     is not that entity (محامو بوستيك, حملة ماكرون: Bostic, Macron;
                                     index into doc->entities, -1 if none) */
    const char *speaker_name;     /* the speaker phrase as a name where its span's text is none: a
                                     source after "according to" whose ل took the article's alef
                                     (ووفقا للبيان: "البيان"); NULL when the span's text is the name */
} naba_quote;

typedef enum naba_count_kind {
    NABA_COUNT_QUANTITY = 0, NABA_COUNT_ORDINAL, NABA_COUNT_PERCENT, NABA_COUNT_MONEY,
    NABA_COUNT_DURATION
} naba_count_kind;

typedef enum naba_qualifier {
    NABA_QUAL_EXACT = 0, NABA_QUAL_MORE_THAN, NABA_QUAL_LESS_THAN, NABA_QUAL_ABOUT,
    NABA_QUAL_RANGE
} naba_qualifier;

/* A number and what it counts, in the spirit of GDELT's counts. */
typedef struct naba_count {
    naba_off start, end;          /* the number expression */
    uint8_t kind;                 /* naba_count_kind */
    uint8_t qualifier;            /* naba_qualifier */
    uint8_t pad_[2];
    uint32_t sent;
    double value, value_max;      /* value_max > value for ranges ("عشرات الآلاف") */
    const char *unit;             /* currency (ISO 4217) or duration unit, NULL if none */
    naba_off what_start, what_end;/* the counted noun phrase */
    const char *what;             /* its head lemma */
    const char *action;           /* killed, injured, arrested, exchanged, displaced... */
} naba_count;

typedef enum naba_timex_resolution {
    NABA_TIMEX_ABSOLUTE = 0,      /* the text says the full date */
    NABA_TIMEX_ARTICLE_DATE,      /* resolved against the article's date */
    NABA_TIMEX_UNRESOLVED,        /* relative, with nothing to anchor it */
    NABA_TIMEX_NAME               /* a day and month that name an event or a place (ثورة 14
                                  ** جانفي, ملعب 15 أكتوبر), no date of the story: XXXX-MM-DD */
} naba_timex_resolution;

/* A date or time expression. */
/* What a relative date was resolved against. */
typedef enum naba_timex_anchor {
    NABA_ANCHOR_NONE = 0,         /* absolute, or nothing to resolve against */
    NABA_ANCHOR_INPUT_DATE,       /* the input's date field (doc->date) */
    NABA_ANCHOR_DATELINE,         /* a full date at the top of the article */
    NABA_ANCHOR_TEXT_DATE,        /* the first full date in the text */
    NABA_ANCHOR_PREVIOUS_DATE     /* "the same day" (في نفس اليوم): the date named before it */
} naba_timex_anchor;

#define NABA_TIMEX_HIJRI   0x01u  /* written in the Hijri calendar, converted */
#define NABA_TIMEX_APPROX  0x02u  /* approximate (tabular Hijri conversion) */
#define NABA_TIMEX_LOWCONF 0x04u  /* a reading that is often not a date */
#define NABA_TIMEX_TIME    0x08u  /* a time of day */

typedef struct naba_timex {
    naba_off start, end;
    uint32_t sent;
    uint8_t resolution;           /* naba_timex_resolution */
    uint8_t anchor;               /* naba_timex_anchor */
    uint8_t flags;                /* NABA_TIMEX_* */
    uint8_t pad_;
    char value[32];               /* ISO 8601: 2025-05-16, 2025-05, 2025-W20, T10:30 */
} naba_timex;

/* An actor of an event: an entity or a noun phrase, with its CAMEO-style code. */
typedef struct naba_actor {
    naba_off start, end;          /* {0,0} when absent */
    int32_t entity;
    const char *code;             /* e.g. "RUSGOV", "UKRMIL", "IGOUNO" */
} naba_actor;

#define NABA_EVENT_NEGATED  0x01u
#define NABA_EVENT_REFUSED  0x02u /* coded as the rejection, not the refused act */
#define NABA_EVENT_PROPOSED 0x04u
#define NABA_EVENT_THREATENED 0x08u
#define NABA_EVENT_DEMANDED 0x10u
#define NABA_EVENT_HYPOTHETICAL 0x20u /* future, purpose or wish: not (yet) happened */

/* Who did what to whom: one coded political event. */
typedef struct naba_event {
    uint32_t sent;
    naba_off start, end;          /* evidence span */
    naba_off verb_start, verb_end;
    naba_actor source, target;
    const char *cameo;            /* CAMEO code, 2-4 digits */
    const char *plover;           /* PLOVER event type, NULL for a code PLOVER does not map */
    const char *mode;             /* PLOVER mode, NULL if none */
    naba_off place_start, place_end;
    int32_t place_entity;
    int32_t timex;                /* index into doc->timexes, -1 if none */
    int32_t quote;                /* the quote it was reported in, -1 if none */
    int32_t count;                /* an attached count, -1 if none */
    uint32_t modality;            /* NABA_EVENT_* */
    float conf;
    const char *context;          /* PLOVER context ("diplomatic", "military"), NULL if none */
    uint8_t quad;                 /* CAMEO quad class: 1 verbal coop, 2 material coop,
                                     3 verbal conflict, 4 material conflict; 0 unknown */
    uint8_t pad_[3];
    const char *rule;             /* the dictionary entry that matched, "verbs.tsv:123" */
} naba_event;

/* What the document is about (topic stage): one of a few labels a reader
** knows, "politics", "economy", "sport", "culture", "technology", "society"
** (docs/topic.md), with each label's probability in that order. */
#define NABA_TOPIC_COUNT 6
typedef struct naba_topic {
    const char *label;            /* the most probable label; NULL before the topic stage */
    float prob;                   /* its probability */
    float probs[NABA_TOPIC_COUNT];/* every label's, in the order above */
} naba_topic;
const char *naba_topic_name(int label); /* "politics"..., NULL out of range */

/* ------------------------------------------------------------- folding */

/* Flags for naba_fold: a non-destructive normalization for lookups. */
#define NABA_FOLD_DIACRITICS 0x01u /* strip harakat, shadda, sukun, dagger alef */
#define NABA_FOLD_ALEF       0x02u /* أ إ آ ٱ -> ا */
#define NABA_FOLD_YEH        0x04u /* ى -> ي */
#define NABA_FOLD_TEH_MARBUTA 0x08u/* ة -> ه */
#define NABA_FOLD_HAMZA      0x10u /* ؤ -> و, ئ -> ي */
#define NABA_FOLD_CASE       0x20u /* Latin lower case */
#define NABA_FOLD_DIGITS     0x40u /* Arabic-Indic/Persian digits -> ASCII */
#define NABA_FOLD_DEFAULT (NABA_FOLD_DIACRITICS | NABA_FOLD_ALEF | NABA_FOLD_YEH | \
                           NABA_FOLD_HAMZA | NABA_FOLD_CASE | NABA_FOLD_DIGITS)

/* Write the folded form of s[0..n) into out (capacity cap, NUL-terminated);
** returns its length. Folding never lengthens text, so cap = n + 1 suffices. */
size_t naba_fold(const char *s, size_t n, unsigned flags, char *out, size_t cap);

/* ------------------------------------------------------------- document */

typedef struct naba_doc {
    /* input: set by naba_doc_load; strings live in the arena */
    const char *id, *title, *date;  /* date: the input's article date as given
                                    ** ("2025-05-16", "Sun, 18 Feb 2018 21:35:43 +0400") or NULL */
    const char *day;                /* date's day as ISO 8601 "YYYY-MM-DD", read once by
                                    ** naba_doc_load (the forms of calendar.h); NULL when
                                    ** date is absent or unreadable. Stages use this, not date. */
    const char *orig; size_t orig_len;
    /* clean text, always valid UTF-8 and NUL-terminated */
    char *text; size_t text_len;
    NABA_LAYER(naba_map_seg) map;
    NABA_LAYER(naba_repair) repairs;
    NABA_LAYER(naba_paragraph) paras;
    NABA_LAYER(naba_sentence) sents;
    NABA_LAYER(naba_token) tokens;
    NABA_LAYER(naba_word) words;
    NABA_LAYER(naba_mention) mentions;      /* in text order (start offsets never fall) */
    NABA_LAYER(naba_entity) entities;
    NABA_LAYER(naba_quote) quotes;
    NABA_LAYER(naba_count) counts;
    NABA_LAYER(naba_timex) timexes;
    NABA_LAYER(naba_event) events;
    naba_topic topic;
    struct naba_memo *memos;   /* internal: what a stage computed once for this document
                               ** and later stages reuse (src/core/memo.h) */
    naba_arena *arena;
    naba_error error;
} naba_doc;

naba_doc *naba_doc_new(void);
void naba_doc_free(naba_doc *doc);
/* Forget the previous document and keep the arena's memory for the next one. */
void naba_doc_reset(naba_doc *doc);
/* Copy bytes in as the original input. id/title/date may be NULL. */
naba_status naba_doc_load(naba_doc *doc, const char *bytes, size_t len,
                          const char *id, const char *title, const char *date);

/* Append a zeroed element to a layer, growing it in the arena; NULL on OOM.
** Usage: naba_token *t = NABA_PUSH(doc, &doc->tokens); */
void *naba_layer_push(naba_doc *doc, void *layer, size_t elem_size);
#define NABA_PUSH(doc, layer) naba_layer_push((doc), (layer), sizeof(*(layer)->v))
/* Make room for n elements in a layer at once (a stage that can tell how many
** it will push saves the copies of growing by doubling); 0 on OOM. */
int naba_layer_reserve(naba_doc *doc, void *layer, size_t elem_size, size_t n);
#define NABA_RESERVE(doc, layer, n) naba_layer_reserve((doc), (layer), sizeof(*(layer)->v), (n))

/* Index of the token holding clean byte off (tokens are sorted and do not
** overlap: a binary search), or doc->tokens.n when none does. */
size_t naba_token_at(const naba_doc *doc, size_t off);
/* Index of the first mention starting at or after clean byte off (mentions
** are in text order: a binary search), or doc->mentions.n when none does. */
size_t naba_mention_from(const naba_doc *doc, size_t off);
/* The same for the date expressions and the counts, when they are in order
** of their starts (the dates and counts stages write them so; a caller that
** cannot be sure checks the order first). */
size_t naba_timex_from(const naba_doc *doc, size_t off);
size_t naba_count_from(const naba_doc *doc, size_t off);

/* Map clean-text offsets back to the original input: the original slice of a
** clean span [s,e) is [naba_orig_start(s), naba_orig_end(e)). */
size_t naba_orig_start(const naba_doc *doc, size_t clean_off);
size_t naba_orig_end(const naba_doc *doc, size_t clean_off);

/* ------------------------------------------------------------- options */

typedef struct naba_options {
    size_t max_bytes;          /* input size limit (0: NABA_DEFAULT_MAX_BYTES) */
    uint32_t repairs_off;      /* bit (1u << naba_repair_kind) switches a repair off */
    unsigned fold_flags;       /* for token keys; 0 means NABA_FOLD_DEFAULT */
    const char *boilerplate_file; /* patterns; NULL: the built-in data file */
    double near_duplicate;     /* similarity for near-duplicate paragraphs (0: 0.9) */
    const char *kb_extra;      /* user knowledge-base TSV files, ':'-separated (data/README.md) */
    const char *const *events_dicts; /* extra event dictionaries (docs/events.md), loaded last */
    size_t n_events_dicts;
    int treebank_tokens;       /* morph: flag the tokens the training treebank would leave
                               ** unanalysed (naba_token.unanalysed) */
    int events_every_topic;    /* events: code every page; by default a long page whose topic
                               ** is confidently sport, culture or technology gets none */
} naba_options;

#define NABA_DEFAULT_MAX_BYTES (16u * 1024u * 1024u)
void naba_options_init(naba_options *opt);

/* ------------------------------------------------------------- pipeline */

/* A stage reads the layers before it and adds its own. state is the stage's
** loaded resources (model, dictionary), shared read-only across documents. */
typedef struct naba_stage {
    const char *name;
    naba_status (*run)(naba_doc *doc, void *state, const naba_options *opt);
    void *state;
    void (*close)(void *state);
} naba_stage;

typedef struct naba_pipeline naba_pipeline;

/* Build a pipeline of the named stages up to and including `until`
** (e.g. "tokens"); data_dir holds models and data files (NULL: built-in path). */
naba_pipeline *naba_pipeline_open(const char *until, const char *data_dir,
                                  const naba_options *opt, naba_error *err);
void naba_pipeline_close(naba_pipeline *p);
naba_status naba_pipeline_run(naba_pipeline *p, naba_doc *doc);
/* Run only the stages after `stage`: for documents whose layers up to it are
** already built (e.g. tokens read from CoNLL-U: naba_pipeline_run_after(p, doc, "segment")). */
naba_status naba_pipeline_run_after(naba_pipeline *p, naba_doc *doc, const char *stage);
/* Run the stages up to and including `stage` only: one pipeline serves
** requests that stop earlier (naba serve's until=). NABA_ERR_USAGE when the
** pipeline does not run that stage. */
naba_status naba_pipeline_run_until(naba_pipeline *p, naba_doc *doc, const char *stage);
const naba_options *naba_pipeline_options(const naba_pipeline *p);
/* The names of all known stages, in order, NULL-terminated. */
const char *const *naba_stage_names(void);

/* The built-in stages. */
naba_status naba_clean(naba_doc *doc, void *state, const naba_options *opt);
naba_status naba_segment(naba_doc *doc, void *state, const naba_options *opt);

/* ------------------------------------------------------------- output */

/* Output formats of naba_write. JSON and JSONL are the same one-line object
** per document; the CLI picks JSONL for batches. */
typedef enum naba_format {
    NABA_FMT_JSON = 0, NABA_FMT_JSONL, NABA_FMT_TEXT, NABA_FMT_TOKENS,
    NABA_FMT_REPORT, NABA_FMT_QUOTES, NABA_FMT_COUNTS, NABA_FMT_DATES,
    NABA_FMT_ENTITIES,   /* one entity per line: id, type, names, actor code, mentions, variants */
    NABA_FMT_NONE,       /* nothing: for benchmarks and robustness runs */
    NABA_FMT_CONLLU,     /* CoNLL-U: sentences, multiword tokens, words */
    NABA_FMT_EVENTS,   /* events as a tab-separated table, GDELT-like columns */
    NABA_FMT_PLOVER    /* one PLOVER-style JSON record per event */
} naba_format;

/* Write doc in the given format to f; a table format (tokens, quotes, counts,
** dates, entities) opens with its header line. */
naba_status naba_write(const naba_doc *doc, naba_format fmt, FILE *f);
/* The header line of a table format ("#id\t...\n"), NULL for the other formats
** (the events table has none). A program writing many documents into one table
** writes it once and each document with naba_write_rows. */
const char *naba_table_header(naba_format fmt);
/* naba_write without the header line. */
naba_status naba_write_rows(const naba_doc *doc, naba_format fmt, FILE *f);
/* Write an error record {"id":..., "error":{...}} as one JSON line. */
void naba_write_error_record(const char *id, const naba_error *err, FILE *f);

#ifdef __cplusplus
}
#endif
#endif /* NABA_H */
