/*
** events_int.h — the working state of the events stage over one document
** (internal to src/events/): per-token keys and candidates, clause bounds,
** actor pieces and the units merged from them. All of it lives in the
** document's arena and is dropped with the document.
*/
#ifndef NABA_EVENTS_INT_H
#define NABA_EVENTS_INT_H

#include "events.h"

#include <string.h>

typedef struct ev_tok {
    const char *key;          /* ev_key of the token's text */
    const char **cands;       /* candidate bases (ev_candidates + lemmas of its words) */
    uint32_t n_cands;
    uint32_t clause_start, clause_end; /* token range of its clause */
    uint32_t line;            /* paragraph: lines of the clean text */
    uint32_t cue;             /* EVC_* bits of the word */
    uint8_t brk_comma;        /* a comma follows */
    uint8_t caption;          /* on a photo-caption line: no events */
    uint8_t nominal;          /* ends in teh marbuta or has the article: never a finite verb */
    uint8_t named;            /* inside a named actor ("حركة طالبان"): no event word */
    uint8_t kinds;            /* EVW_* of its candidates */
} ev_tok;

/* A run of tokens the dictionary or the entity layer names. */
typedef struct ev_piece {
    uint32_t b, e;
    const char *code;
    int32_t entity;
    uint8_t agent, conj, prep, loc;
    uint8_t dated;            /* its code is the dictionary's for the article's date: the KB's does not replace it */
} ev_piece;

/* An actor: merged pieces, with its code. */
typedef struct ev_unit {
    uint32_t b, e;
    const char *code;         /* "" for a "both sides" unit */
    int32_t entity;
    uint8_t named;            /* holds a named actor or an entity, not only roles */
    uint8_t place;            /* after "في": a place, not an actor */
    uint8_t oblique;          /* after "مع", "على", "لـ": a target, not a source */
    uint8_t both, loc, prep;
    uint8_t conj;             /* opens with the conjunction "و": "كييف وموسكو" */
    uint8_t member;           /* tokens of a role before "من" and its group, which it
                              ** stands for: "مسلحون من حركة طالبان" (ev_find_units) */
} ev_unit;

#define EVW_ANCHOR 0x01u        /* a candidate anchors an event pattern */
#define EVW_PHRASE 0x02u        /* a candidate opens an actor or agent phrase */

/* What a word key means to the dictionary (events_cache.c). */
typedef struct ev_word {
    const char **cands;       /* candidates some entry holds: the dictionary's strings */
    uint32_t n;
    uint32_t cue;             /* EVC_* bits */
    uint8_t kinds;            /* EVW_*: most words are neither, and are passed over */
} ev_word;

typedef struct ev_cache ev_cache;
ev_cache *ev_cache_new(void);
void ev_cache_free(ev_cache *c);
/* NULL when not memoized yet; the entry is valid until the next put. */
const ev_word *ev_cache_word(const ev_cache *c, const char *key);
const ev_word *ev_cache_put_word(ev_cache *c, const char *key, const char *const *cands, uint32_t n, uint32_t cue,
                                 uint8_t kinds);
/* A lemma or form of the words layer: its dictionary key (cands[0]) or none (n 0). */
const ev_word *ev_cache_form(const ev_cache *c, const char *raw);
const ev_word *ev_cache_put_form(ev_cache *c, const char *raw, const char *word, uint32_t cue, uint8_t kinds);

typedef struct ev_work {
    const ev_dict *dict;
    ev_cache *cache;
    naba_doc *doc;
    int has_day;              /* the article's date is known: its day number (calendar.h) */
    long day;
    ev_tok *toks;
    size_t n_toks;
    NABA_LAYER(ev_piece) pieces;  /* grown in the document's arena by NABA_PUSH */
    NABA_LAYER(ev_unit) units;
} ev_work;

/* Does s open with a letter of the imperfect's prefixes, "ي", "ت" or "ن"
** (third person, second person, first plural)? */
static inline int ev_imperfect_prefix(const char *s) {
    return !strncmp(s, "ي", 2) || !strncmp(s, "ت", 2) || !strncmp(s, "ن", 2);
}

/* Is t's key one of the NULL-ended list? */
static inline int ev_key_in(const ev_tok *t, const char *const *list) {
    for (; *list; list++)
        if (!strcmp(t->key, *list)) return 1;
    return 0;
}

/* Does a comma follow one of the tokens a..b-1, standing between a and b? */
static inline int ev_comma_in(const ev_work *w, size_t a, size_t b) {
    for (size_t t = a; t < b; t++)
        if (w->toks[t].brk_comma) return 1;
    return 0;
}

/* What the words layer and the parser say about an anchor token (events_grammar.c). */
typedef struct ev_gram {
    int32_t word;             /* the token's main word in doc->words, -1 without words */
    uint8_t has_words;
    uint8_t verb;             /* the main word is a verb (else a verbal noun, participle...) */
    uint8_t imperfect, passive;
    uint8_t habitual;         /* "كان المتظاهرون يلجأون": "كان" + imperfect, a past habit */
    uint8_t plural;           /* a plural verb ("خطفوا") holds its subject: what follows is no subject */
    uint8_t speaker;          /* a verb in the first or second person ("سنلتقي") holds its subject too */
    uint8_t future;           /* "س", "سوف", "لن" */
    uint8_t subjunctive;      /* "أن يقتل", "ليفجر": purpose or wish, not a fact */
    uint8_t relative;         /* in a relative clause or a question: background */
    uint8_t prep;             /* governed by a preposition: "إثر احتجاج", "بخطف" */
    uint8_t background;       /* after "إثر", "منذ", "غداة", "ذكرى": a known event as a time or cause */
} ev_gram;

void ev_gram_of(const ev_work *w, size_t tok, ev_gram *g);
/* Source and target from the verb's dependents (naba_syn_arguments); fills
** only what is still -1 and settles g->passive (a verb with an object is
** active). Does nothing when the anchor is not a parsed verb. */
void ev_syn_actors(const ev_work *w, ev_gram *g, int *src, int *tgt);

/* Find the actor units of the whole document (toks must be ready); 0 or -1 on OOM. */
int ev_find_units(ev_work *w);

#endif
