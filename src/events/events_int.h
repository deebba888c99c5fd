/*
** events_int.h — the working state of the events stage over one document
** (internal to src/events/): per-token keys and candidates, clause bounds,
** actor pieces and the units merged from them. All of it lives in the
** document's arena and is dropped with the document. Also the candidate
** event and the questions events.c's emit asks of the files it is split
** into (tokens, match, sides, license, time: see events.c's opening).
*/
#ifndef NABA_EVENTS_INT_H
#define NABA_EVENTS_INT_H

#include "affix.h"
#include "events.h"

#include <string.h>

typedef struct ev_tok {
    const char *key;          /* ev_key of the token's text */
    const char **cands;       /* candidate bases (ev_candidates + lemmas of its words) */
    uint32_t clause_start, clause_end; /* token range of its clause */
    uint32_t cue;             /* EVC_* bits of the word */
    uint8_t n_cands;          /* at most EV_MAX_CANDS + the lemmas' (events_tokens.c) */
    uint8_t kinds;            /* EVW_* of its candidates */
    /* one bit each, and the line kept apart (ev_line_of): 32 bytes a token,
    ** not 48 (a million tokens on a long line) */
    unsigned new_line : 1;    /* on another line of the clean text than the token before */
    unsigned brk_comma : 1;   /* a comma follows */
    unsigned caption : 1;     /* on a photo-caption line: no events */
    unsigned nominal : 1;     /* ends in teh marbuta or has the article: never a finite verb */
    unsigned named : 1;       /* inside a named actor ("حركة طالبان"): no event word */
    unsigned opens : 1;       /* a finite verb or "أن", "لكن": a clause of its own begins */
    unsigned verb_anchor : 1; /* a verb pattern's anchor the tagger reads as a verb: no side's word */
    unsigned timex : 1;       /* inside a date or time expression ("اليوم الأربعاء", "أبريل/نيسان
                             ** 2014"): a month is no actor ("نيسان" read as "نيس", Nice, + a dual) */
    unsigned counted : 1;     /* starts inside what a quantity of the counts layer counts (ev_counted) */
} ev_tok;
_Static_assert(sizeof(ev_tok) <= 32, "a token's record is 32 bytes at most");

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
    uint8_t located;          /* a place by a locative word ("في", "بمدينة", "غرب"), not only
                              ** by a town noun ("على بلدة دوما"): where a statement was made */
    uint8_t oblique;          /* after "مع", "على", "لـ": a target, not a source */
    uint8_t both, loc, prep;
    uint8_t conj;             /* opens with the conjunction "و": "كييف وموسكو" */
    uint8_t member;           /* tokens of a role before "من" and its group, which it
                              ** stands for: "مسلحون من حركة طالبان" (ev_find_units) */
    uint8_t title;            /* opens with a role, an agent of the dictionary: "وزير الخارجية" */
    uint8_t backer;           /* after "بدعم من": backs the source, no side and no place (events_actors.c backer) */
    uint8_t seat;             /* after "مقرها": a body's seat, no side, no scene and no place of the event (seat_of) */
    uint8_t former;           /* a person title with "السابق", coded ELI (events_actors.c former_title) */
    uint8_t body;             /* a body named for what follows its "ل" ("الاتحاد المحلي للفلاحة"), which
                              ** runs on through "و" ("والصيد البحري") (events_actors.c body_named_for) */
} ev_unit;

#define EVW_ANCHOR 0x01u        /* a candidate anchors an event pattern */
#define EVW_PHRASE 0x02u        /* a candidate opens an actor or agent phrase */

/* What a word key means to the dictionary (events_cache.c). */
typedef struct ev_word {
    const char **cands;       /* candidates some entry holds: the dictionary's strings */
    uint64_t verbal;          /* bit i: cands[i] reads the word only as a verb (ev_candidates) */
    uint32_t cue;             /* EVC_* bits */
    uint8_t n;                /* at most EV_MAX_CANDS: 24 bytes an entry, not 32 */
    uint8_t kinds;            /* EVW_*: most words are neither, and are passed over */
} ev_word;

typedef struct ev_cache ev_cache;
ev_cache *ev_cache_new(void);
void ev_cache_free(ev_cache *c);
/* NULL when not memoized yet; the entry is valid until the next put. */
const ev_word *ev_cache_word(const ev_cache *c, const char *key);
const ev_word *ev_cache_put_word(ev_cache *c, const char *key, const char *const *cands, uint32_t n,
                                 uint64_t verbal, uint32_t cue, uint8_t kinds);
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
    NABA_LAYER(ev_unit) units;    /* in token order (by b) once found */
    NABA_LAYER(uint32_t) line_first; /* the first token of each line that holds one (ev_line_of) */
    uint32_t unit_span;       /* the most tokens of a unit (UINT32_MAX while they are being made) */
    struct ev_quote_at *quotes; /* the document's quotes by start (ev_index_quotes) */
    const uint8_t *in_name;   /* bit v: word v is inside an entity mention (ev_index_names; NULL for few) */
    const char *today;        /* ev_article_date, read once */
    int counts_sorted;        /* the counts layer's starts never fall (mark_counted) */
    size_t n_timex_sents;     /* sentences up to the last with a date expression (ev_index_timexes) */
    const uint32_t *timex_first, *timex_of;
    uint32_t sport_sent;      /* the last sentence ev_sport_sentence read (0 before any: see sport_known) */
    int sport_known, sport;   /* whether it was read, and its answer */
    uint32_t words_sent, words_of_sent; /* ev_long_sentence's last sentence and its words */
    int words_known;
} ev_work;

/* Does s open with a letter of the imperfect's prefixes, "ي", "ت" or "ن"
** (third person, second person, first plural)? */
static inline int ev_imperfect_prefix(const char *s) {
    return !strncmp(s, "ي", 2) || !strncmp(s, "ت", 2) || !strncmp(s, "ن", 2);
}

/* Does key end as only a verb's subject does: "تا" (they two, fem.), "وا"
** (they), "نا" (we, us), or "ن" after a consonant (they, fem.:
** "فجرن"; not the "ان", "ون", "ين" of duals and plurals)? The tagger
** misreads such verbs as nouns and adjectives ("توافقتا", "أيّدنا"). */
static inline int ev_verb_ending(const char *key) {
    size_t n = strlen(key);
    if (n < 6) return 0;
    const char *e = key + n - 4;
    if (!strcmp(e, "تا") || !strcmp(e, "وا") || !strcmp(e, "نا")) return 1;
    return !strcmp(e + 2, "ن") && strcmp(e, "ان") && strcmp(e, "ون") && strcmp(e, "ين");
}

/* The entity layer's type of entity e (NABA_ENT_PER, ...), or -1 for none
** (a unit or actor with no entity, e < 0). */
static inline int ev_entity_type(const naba_doc *doc, int32_t e) {
    return e >= 0 && (size_t)e < doc->entities.n ? doc->entities.v[e].type : -1;
}

/* Is t's key one of the NULL-ended list? */
static inline int ev_key_in(const ev_tok *t, const char *const *list) { return str_in(t->key, list); }

/* Is one of t's candidate bases (ev_candidates, its words' lemmas) in the NULL-ended list? */
static inline int ev_cand_in(const ev_tok *t, const char *const *list) {
    for (uint32_t i = 0; i < t->n_cands; i++)
        for (const char *const *l = list; *l; l++)
            if (!strcmp(t->cands[i], *l)) return 1;
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
    uint8_t written_passive;  /* a perfect verb whose damma shows the passive ("اعتُقلت"), whatever the tagger says */
    uint8_t habitual;         /* "كان المتظاهرون يلجأون": "كان" + imperfect, a past habit */
    uint8_t plural;           /* a plural verb ("خطفوا") holds its subject: what follows is no subject */
    uint8_t speaker;          /* a verb in the first or second person ("سنلتقي") holds its subject too */
    uint8_t future;           /* "س", "سوف", "لن" */
    uint32_t condition;       /* in a condition ("إذا لم تطلق سراح"): its word's token + 1, else 0 */
    uint8_t subjunctive;      /* "أن يقتل", "ليفجر": purpose or wish, not a fact */
    uint8_t relative;         /* in a relative clause or a question: background */
    uint8_t prep;             /* governed by a preposition: "إثر احتجاج", "بخطف" */
    uint8_t background;       /* after "إثر", "منذ", "غداة", "ذكرى": a known event as a time or cause */
} ev_gram;

void ev_gram_of(const ev_work *w, size_t tok, ev_gram *g);
int ev_resumptive_object(const ev_work *w, size_t anchor);
int ev_relative_subject(const ev_work *w, size_t anchor, int force, int passive, int *done_to);
int ev_definite_noun_before(const ev_work *w, size_t anchor, const ev_unit *x);
int ev_disagreeing_subject(const ev_work *w, const ev_gram *g, size_t anchor, int u);
int ev_claimant_after(const ev_work *w, size_t anchor, int unsaid);
int ev_no_object(const ev_work *w, size_t anchor);
int ev_no_object_after(const ev_work *w, size_t anchor, size_t t);
int ev_accused_alone(const ev_work *w, const ev_gram *g, size_t anchor, int u);
int ev_accusative_after(const ev_work *w, size_t anchor, int u);
/* Is unit u, after the event word, the parser's subject of another verb
** between them, no conjunct of the event verb: "وأشاد بجهود فرق الإغاثة،
** فيما أعلنت وزيرة الصحة", "ستستهدف مناطق تنشط فيها الجماعات الإرهابية"?
** That verb's clause holds it: 2; 1 when that clause is a relative one
** (acl), which may tell of the event's object: "رفض بوتين عرضا قدمه
** زيلنسكي" (Zelensky is no doer, but the one rebuffed); 0 if not. */
int ev_other_subject(const ev_work *w, size_t anchor, const ev_unit *u);
/* Source and target from the verb's dependents (naba_syn_arguments); fills
** only what is still -1 and settles g->passive (a verb with an object is
** active). Does nothing when the anchor is not a parsed verb. */
void ev_syn_actors(const ev_work *w, ev_gram *g, int *src, int *tgt);
/* "التقى ماكرون الوزير وبحث معه": a verb (the caller knows it is no event
** noun: the tagger often calls "وبحث" one) opening with "و"/"ف" and no
** subject of its own acts through the subject of the verb before it in its
** sentence (past verbs with none of their own, up to three), or of the
** sentence before when it opens its sentence ("وبحث معه ..." after
** "استقبل الوزير نظيره"). Not across a quotation mark, not a medium, not
** "both sides"; the subject agrees in gender and is no plural. The unit, or
** -1; *prev_obj is the object of that verb (the one "معه" points to). */
int ev_dropped_subject(const ev_work *w, const ev_gram *g, int *prev_obj);
/* The subject of the act whose result a toll after "مما أسفر عن" is (events_grammar.c); -1 if none. */
int ev_cause_doer(const ev_work *w, size_t anchor);

/* Find the actor units of the whole document (toks must be ready); 0 or -1 on OOM. */
int ev_find_units(ev_work *w);
int ev_has_upos(const naba_doc *doc, uint32_t t, int upos);

/* ------------------------------------------------ one event being coded */

#define EV_MAX_ELEMS 8         /* required words of a pattern followed by a candidate */
#define EV_COMPLEMENT 8        /* what a demand/refusal/offer is about: tokens after its verb */
#define EV_DEEP 5              /* heads above an event word from which it is context (see emit) */
/* verbs that swallow the act they are about (events_match.c ev_absorb) */
#define EV_SWALLOWS (EVP_REFUSE | EVP_PROPOSE | EVP_THREATEN | EVP_DEMAND)

/* A pattern matched at an anchor: a candidate event of its clause. */
typedef struct ev_cand {
    const ev_pattern *pat;
    uint32_t anchor, last;       /* anchor token, last matched token */
    uint32_t elem_tok[EV_MAX_ELEMS];
    const char *code;
    uint32_t modality;
    int dropped;
} ev_cand;

/* The two parties "both sides" means: main codes of the two most frequent countries. */
typedef struct ev_parties { char a[4], b[4]; } ev_parties;

/* Force: CAMEO 18 (assault), 19 (fight), 20 (mass violence). */
static inline int ev_violent(const char *cameo) { return cameo[0] == '1' ? cameo[1] >= '8' : cameo[0] == '2'; }

/* events_tokens.c: fill w->toks (0, or -1 on OOM); a key with the article */
int ev_prepare_tokens(ev_work *w);
/* The first token starting at or after byte off (halving: the tokens are in text order). */
size_t ev_first_token_from(const ev_work *w, naba_off off);
/* The line of token t, counted over the lines that hold tokens: two tokens
** share a paragraph when their lines are equal. */
uint32_t ev_line_of(const ev_work *w, size_t t);
int ev_definite(const char *key);

/* events_match.c: the best pattern at token i (1 if any); swallowed acts dropped */
int ev_best_at(const ev_work *w, size_t i, ev_cand *best);
void ev_absorb(const ev_work *w, ev_cand *ev, size_t n);

/* events_sides.c: units (indexes into w->units, -1 for none) as source and target */
void ev_find_parties(const ev_work *w, ev_parties *dp);
int ev_subject_before(const ev_work *w, size_t anchor);
int ev_town_unit(const ev_work *w, const ev_unit *u);
int ev_subject_after(const ev_work *w, size_t anchor, int counted);
void ev_by_order(const ev_work *w, const ev_cand *c, int noun, int passive, int plural, int *src, int *tgt);
int ev_counted_victims(const ev_work *w, const ev_cand *c, int u);
/* The first unit (units are in token order) at or after token t, or units.n;
** the first that may hold token t (none before it reaches t). Halving, so that
** a long line's units are not all read for each event (length x length). */
size_t ev_first_unit_from(const ev_work *w, size_t t);
size_t ev_first_unit_over(const ev_work *w, size_t t);
/* The first piece at or after token t, once the units are found (the pieces
** are then in token order), or pieces.n; by halving. */
size_t ev_first_piece_at(const ev_work *w, size_t t);

/* How many units open at or before token t: a unit past them (its b after t,
** and no unit ends before it opens) ends after t, so a walk back from the
** end that passes over units ending after t may start there. */
size_t ev_units_to(const ev_work *w, size_t t);
int ev_place_of(const ev_work *w, const ev_cand *c, int verbal);
int ev_where_met(const ev_work *w, const ev_cand *c, int u);
int ev_co_subject_target(const ev_work *w, const ev_cand *c, int src, int tgt);
/* Is the candidate an arrival: a visit pattern whose required words hold "إلى"? */
int ev_arrival(const ev_work *w, const ev_cand *c);
int ev_arrival_nowhere(const ev_work *w, const ev_cand *c);
int ev_place_noun(const char *key);
int ev_facility_unit(const ev_work *w, int u);
/* Where the name that token t opens begins, so that an actor's or a place's
** text and span are its own: past the "و", "ب" and "ل" the words layer split
** off ("وموسكو" is "موسكو", "بمستشارين" "مستشارين"; before a name "ف" and
** "ك" are mostly its first letter, "فردريكتون", "كادار", and stay; a
** lam before the article stays: "للدولة", whose host "الدولة" has the bytes
** "لدولة"). An entity mention in the token must start there too (the words
** layer may misread the "ب" of "بوتن", the entity layer the "ك" of "كابل":
** when they disagree the token stays whole); without one, only a unit the
** stage found clitics on (clitics: its conj or prep flag) is cut. */
naba_off ev_name_start(const naba_doc *doc, uint32_t t, int clitics);
void ev_set_actor(const ev_work *w, naba_actor *a, int u, const char *code);
int ev_that_pronoun(const ev_work *w, size_t anchor);
int ev_own_body(const ev_work *w, size_t t);
int ev_that_noun(const ev_work *w, size_t anchor);
int ev_quoted_noun(const ev_work *w, size_t anchor, int32_t verb, const naba_quote *q);
int ev_unit_location(const ev_work *w, const ev_unit *u);
int ev_speaker_actor(const ev_work *w, const naba_quote *q);
/* The document's quotes sorted once for ev_innermost_quote; -1 when out of memory. */
int ev_index_quotes(ev_work *w);
int ev_innermost_quote(const ev_work *w, naba_off verb_start, naba_off verb_end);
int ev_speaker_goes_on(const ev_work *w, size_t anchor);
void ev_counterpart_role(const ev_work *w, naba_actor *a, int u, const char *other);
const char *ev_party_code(naba_doc *doc, const char *m);
int ev_unit_at(const ev_work *w, size_t t);
int ev_holds_verb(const ev_work *w, int u);
/* Does a quotation mark stand in the text between offsets a and b? (events_grammar.c) */
int ev_quote_between(const naba_doc *doc, naba_off a, naba_off b);
int ev_own_phrase(const ev_work *w, size_t anchor, int src, int u);
int ev_civilians(const ev_work *w, int u);
int ev_among_them(const ev_work *w, int u);
int ev_between(const ev_work *w, size_t verb, size_t noun);
int ev_doer_of_means(const ev_work *w, size_t anchor, int by_only);
int ev_armed_actor(const char *code);
int ev_civilian_role(const char *code);
int ev_outlet_actor(const ev_work *w, const naba_actor *a);
int ev_speech_code(const char *cameo);
int ev_in_speaker(const naba_quote *q, const naba_actor *a);
int ev_speaker_unit(const ev_work *w, int u);
int ev_state_unit(const ev_work *w, int u);
int ev_quantified_subject(const ev_work *w, size_t anchor);
int ev_counted(const ev_work *w, size_t t);
/* The first quantity of the counts layer within bytes [from, to], -1 if none.
** Counts in text order (counts_sorted) are found by halving, else all are read. */
int32_t ev_count_in(const ev_work *w, naba_off from, naba_off to);
int ev_plural_antecedent(const ev_work *w, size_t anchor);
int ev_condition_subject(const ev_work *w, size_t cond);
void ev_mutual_pair(const ev_work *w, int *src, int *tgt);
void ev_not_itself(const naba_doc *doc, naba_event *ev);

/* events_license.c: reported or only mentioned */
int ev_index_names(ev_work *w);
int ev_in_name(const ev_work *w, uint32_t v);
int ev_plural_noun(const naba_word *wd);
int ev_verbless_clause(const ev_work *w, size_t anchor);
size_t ev_licensed(const ev_work *w, size_t anchor, const ev_gram *g);
int ev_relative_light(const ev_work *w, size_t lt);
int ev_purpose_consult(const ev_work *w, const ev_cand *c, const ev_gram *g);
int ev_clause_initial(const ev_work *w, size_t anchor);
int ev_long_sentence(ev_work *w, uint32_t sent, size_t anchor);
int ev_sport_sentence(ev_work *w, uint32_t sent);
int ev_nature_before(const ev_work *w, size_t anchor);
int ev_chemical_means(const ev_work *w, const ev_cand *c);
int ev_aircraft_unit(const ev_work *w, int u);
const char *ev_bombing_cause(const ev_work *w, const ev_cand *c);
int ev_depth_in_report(const ev_work *w, int32_t v);
int ev_known_event(const ev_work *w, const ev_cand *c);
int ev_means_after(const ev_work *w, size_t anchor);
int ev_reported_toll(const ev_work *w, size_t anchor);
int ev_means_within(const ev_work *w, size_t anchor, size_t reach, const ev_cand *own);
int ev_means_in_clause(const ev_work *w, size_t anchor);
int ev_cue_before(const ev_work *w, size_t anchor, uint32_t cue, int stretch);
/* A speech verb joined by "و", with no subject of its own, after an attack: made in words */
int ev_then_says(const ev_work *w, size_t anchor);
int ev_cue_around(const ev_work *w, size_t anchor, uint32_t cue);

/* events_time.c (ev_article_date is in events.h) */
int ev_negated(const ev_work *w, size_t anchor);
int ev_denied(const ev_work *w, size_t anchor);
/* Is token t the "لم" of "ما لم" (unless: "ستفرض عقوبات ما لم تفرج أنقرة
** عن القس"), a condition, not a negation? Not after a pronoun, a
** demonstrative or a preposition, where "ما" is "what": "وهو ما لم يحدث". */
int ev_unless(const ev_work *w, size_t t);
int ev_index_timexes(ev_work *w);
int32_t ev_event_timex(const ev_work *w, uint32_t sent, int reported, int present);
int ev_history(const ev_work *w, const naba_timex *x);
int32_t ev_nearest_timex(const ev_work *w, const naba_event *ev);
int ev_chronology(const ev_work *w, size_t anchor);

#endif
