/*
** quotes_ctx.h — what the files of the quotes stage share (internal to
** src/quotes/): the document's segments of quoted text, a speaker, the
** context of one document's run, and the functions one file asks of another.
**
** The stage is one pass over the text (quotes.c) that asks, at each speech
** cue, for the speaker (quotes_subject.c, through the speaker phrase of
** quotes_speaker.c) and the content; the segments (quotes_marks.c) and the
** tests on single units (quotes_words.c) serve all of them.
*/
#ifndef NABA_QUOTES_CTX_H
#define NABA_QUOTES_CTX_H

#include "quotes.h"
#include "lex.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A quoted segment of the text, marks included. */
typedef struct seg {
    size_t a, b;       /* units of the opening and the closing mark (b: last unit if unclosed) */
    int closed;
    int used;
    int after_name;    /* the words right after a quoted name, kept apart from it */
    uint32_t para;     /* paragraph number in units' terms */
} seg;

typedef struct speaker {
    naba_off s, e;
    int32_t entity;
    const char *desc;
    const char *doc;   /* kind of document (data/speech_verbs.tsv class document) */
    int have;
    naba_off via_s, via_e; /* who relays the speaker's words (q_set_via), via_e == via_s none */
    int32_t via_entity;
    int32_t related;   /* the genitive's entity of a head that is none (naba_quote.speaker_related) */
    int resolved;      /* entity resolved from a back-reference (NABA_QUOTE_RESOLVED) */
} speaker;

typedef struct ctx {
    const quotes_state *st;
    const lx_text *lx;
    naba_doc *doc;
    seg *segs;
    size_t nseg;
    int32_t *seg_of;   /* unit -> segment index, -1 outside */
    uint32_t *para;    /* unit -> paragraph number */
    naba_off *reach;   /* mention m -> the furthest end among mentions 0..m (q_mentions_over) */
    int timexes_sorted; /* the timexes' starts never fall (the dates stage makes them so): past_timex halves */
    speaker last;
    int last_gender;   /* 'M' / 'F': the singular verb that named the last speaker, 0 unknown */
    size_t last_at;    /* unit of the cue of the last quote with a speaker */
    uint32_t last_para;
    const char *descs[16]; /* unnamed speakers so far, for "المسؤول" referring back */
    size_t ndescs;
    size_t quoted_to;  /* units before this are inside an emitted quote */
} ctx;

/* Classes of data/speech_verbs.tsv at unit i: the length matched, 0 none. */
static inline size_t vmatch(const ctx *c, size_t i, unsigned mask, unsigned clitics, const wt_entry **e) {
    if (i >= c->lx->n) return 0;
    return wt_match(c->st->vt, c->lx, i, mask, clitics, e, NULL);
}

/* "سي إن إن", "سي إن بي سي": the إن of a channel's spelt name, no
** complementizer; but "لبي بي سي إن" is BBC and one. */
static inline int spelt_letter(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    if (i > 1 && !strcmp(lx->v[i - 1].key, "ان") && !strcmp(lx->v[i - 2].key, "سي")) return 1;
    return i > 0 && i + 1 < lx->n && !strcmp(lx->v[i - 1].key, "سي") &&
           (!strcmp(lx->v[i + 1].key, "ان") || !strcmp(lx->v[i + 1].key, "بي"));
}

static inline int is_q(const ctx *c, size_t i, int cls, unsigned clitics) {
    const wt_entry *e;
    return vmatch(c, i, WT_BIT(cls), clitics, &e) > 0 && !(cls == Q_COMP && spelt_letter(c, i));
}

#define CUE_MASK (WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP) | WT_BIT(Q_PARTICIPLE) | WT_BIT(Q_PASSIVE))

/* يعتبر read as the passive "is considered"; a damma written on unit k
** (quotes_words.c). */
int q_considered(const ctx *c, size_t k);
int q_has_damma(const ctx *c, size_t k);
/* A perfect verb after a separate pronoun: its predicate, no speech
** (quotes_words.c). */
int q_pronoun_predicate(const ctx *c, size_t k);
/* نقل after لم: "we did not say", the writer's; a cue's word counted after
** a number inside the words: "700 طالب", students (quotes_words.c). */
int q_we_said(const ctx *c, size_t k);
int q_counted(const ctx *c, size_t k);
/* The noun طالب, a student (طالب جامعي, طالب بجامعة) (quotes_words.c). */
int q_student(const ctx *c, size_t k);
/* A cue after لم or لن: nothing said (quotes_words.c). */
int q_negated(const ctx *c, size_t k);
/* A passive cue after لا or a condition: a hypothesis (quotes_words.c). */
int q_hypothetical(const ctx *c, size_t k);
/* A participle naming a byline's desk ("سبق- متابعة:") (quotes_words.c). */
int q_byline(const ctx *c, size_t k);
/* A cue asked after هل, a question (quotes_words.c). */
int q_asked(const ctx *c, size_t k);
/* نقل with إلى before any عن: moved, no relay (quotes_words.c). */
int q_moved(const ctx *c, size_t k);

/* The units of a speech cue (a verb, participle or passive) at unit i, 0
** if none: not "تعتبر ظالمة" (is considered), "ألم نقل" (we said) nor "وهو
** طالب" nor "طالب جامعي" (a student), nor "ونقل المهاجرون إلى" (moved),
** nor "هل ترى أن" (asked), nor "ولم يذكر" (not said), nor "حتى لا يقال" (a
** hypothesis), nor "سبق- متابعة:" (a byline). */
static inline size_t cue_len(const ctx *c, size_t i, const wt_entry **e) {
    size_t k = vmatch(c, i, CUE_MASK, WT_CONJ, e);
    return k && !q_considered(c, i) && !q_we_said(c, i) && !q_student(c, i) && !q_moved(c, i) && !q_asked(c, i) && !q_negated(c, i) && !q_hypothetical(c, i) && !q_byline(c, i) &&
           !((*e)->cls != Q_PARTICIPLE && q_pronoun_predicate(c, i)) ? k : 0;
}
static inline int cue_at(const ctx *c, size_t i) {
    const wt_entry *e;
    return cue_len(c, i, &e) > 0;
}

/* Where a segment's text starts and ends (inside its marks). */
static inline naba_off seg_start(const ctx *c, const seg *s) { return c->lx->v[s->a].end; }
static inline naba_off seg_end(const ctx *c, const seg *s) {
    return s->closed ? c->lx->v[s->b].start : c->lx->v[s->b].end;
}

/* ---- quotes_marks.c */
/* Pair the marks into c->segs and join the pieces of one quote; fills c->seg_of. */
void q_read_segments(ctx *c);
/* A quoted name rather than speech (برنامج "...", لـ"العربية.نت"). */
int q_name_seg(const ctx *c, const seg *s);
/* Are segments p and q two short names with a preposition between them
** (مع "الجوهرة أف أم" عبر "بوليتيكا")? */
int q_names_by_preposition(const ctx *c, const seg *p, const seg *q);
/* Is quoted segment p a short name before the words of segment q, one colon
** or comma between ('"الملا": "الوزير وجّه ..."')? */
int q_labels(const ctx *c, const seg *p, const seg *q);
/* End (exclusive unit) of the sentence from unit i, stepping over quotes. */
size_t q_clause_end(const ctx *c, size_t i);
/* Start of the sentence that holds unit i. */
size_t q_sentence_start(const ctx *c, size_t i);

/* ---- quotes_words.c */
/* Words (not marks) among units [a, b). */
int q_words_between(const ctx *c, size_t a, size_t b);
/* لي, له, لها...: a pronoun audience. */
int q_pronoun_audience(const lx_unit *u);
/* An audience: للصحفيين, لـ AP, لوكالة, لرويترز. */
int q_audience(const ctx *c, size_t k);
/* Unit k is ل + a news medium of the knowledge base (لرويترز). */
int q_to_news_medium(const ctx *c, size_t k);
/* Can unit k (after ل, ال) name a speaker: a name, مصادر, الصحيفة, الوزارة? */
int q_speaks(const ctx *c, size_t k);
/* Mentions are in the order of their starts, so a lookup starts where a
** binary search puts it rather than at the first mention (one long line of
** text holds thousands): naba_mention_from for the first starting at or after
** a byte; this for the first that may overlap bytes from s on (none before it
** ends after s); walk on while a mention starts before the range's end. */
size_t q_mentions_over(const ctx *c, naba_off s);
/* c->reach for the document's mentions; NABA_ERR_NOMEM when out of memory. */
naba_status q_index_mentions(ctx *c);
/* Is the lemma of word h of one of the classes in mask (روايته: Q_NAMER)?
** q_lemma_speaks: of a noun that speaks (مكتبه, أحدهم)? */
int q_lemma_in(const ctx *c, int h, unsigned mask);
int q_lemma_speaks(const ctx *c, int h);
/* The mention that starts at unit k, or NULL; q_name_starts: is there one? */
const naba_mention *q_mention_at(const ctx *c, size_t k);
int q_name_starts(const ctx *c, size_t k);
/* UPOS of the head word of unit k, -1 without morphology or at a name. */
int q_head_upos(const ctx *c, size_t k);
/* Does unit k open with a preposition? */
int q_opens_with_adp(const ctx *c, size_t k);
/* Does unit k open with the preposition ب (بشن, not بشار)? */
int q_opens_with_b(const ctx *c, size_t k);
/* A statement, post or other document alone after its verb, units [j, e),
** running on through its ل-author ("قال بيان للخارجية الأميركية"): the
** phrase's new end, else e. */
size_t q_with_author(const ctx *c, size_t j, size_t e);
/* A title cut at its place's preposition, [j, e), running on to the person
** named right before the content: the phrase's new end, else e. */
size_t q_title_place_name(const ctx *c, size_t j, size_t e);
/* Unit k is a preposition with a pronoun (عليها) or ذلك / هذا alone. */
int q_complement_pronoun(const ctx *c, size_t k);
/* The last word of unit k, from its word w (doc->words). */
int q_last_word(const ctx *c, int w, size_t k);
/* Is unit k a noun with a possessive pronoun and no proclitic (تعبيره,
** مسؤوليتها)? */
int q_possessed(const ctx *c, size_t k);
/* Does morphology find a verb among the words of unit k? */
int q_has_verb(const ctx *c, size_t k);
/* The unit after the mention that covers unit e, or e when none does. */
size_t q_past_mention(const ctx *c, size_t e);

/* ---- quotes_speaker.c */
/* Does a person's name overlap the bytes [s, e)? */
int q_has_person(const ctx *c, naba_off s, naba_off e);
/* Is the word of unit k written with the feminine ending ة (the key folds
** it to ه)? */
int q_ends_feminine(const ctx *c, size_t k);
/* The speaker's noun phrase from unit i: [i, end). */
size_t q_speaker_np(const ctx *c, size_t i);
/* Is unit k a demonstrative before a definite noun (with bare set, one
** written alone, which may stand for a noun)? */
int q_demonstrative(const ctx *c, size_t k, int bare);
/* The phrase of a source after "according to" that q_speaks at unit i. */
size_t q_source_np(const ctx *c, size_t i);
/* The first unit of the speaker phrase [a, e) that opens the verb's object
** (a bare noun after a definite word or a name: حث الشاهد شباب تونس), else e. */
size_t q_object_in(const ctx *c, size_t a, size_t e);
/* The speaker sp cut before the object q_object_in finds in its phrase, for
** a verb that took an object instead of words (نفى أوباما اتهامات ترامب،
** مؤكدا); a relayed speaker is kept whole. */
void q_cut_at_object(ctx *c, speaker *sp);
/* Does sp's phrase name nobody (no entity, no name, no head that speaks)? */
int q_names_nobody(const ctx *c, const speaker *sp);
/* The end of a source's phrase [j, se) after "according to" at the verb that opens its claim. */
size_t q_source_end(const ctx *c, size_t j, size_t se);
/* The speaker phrase at clean bytes [s, e) as a name when its first token holds
** the ل of "according to" (naba_quote.speaker_name), NULL when its text is one. */
const char *q_source_name(const ctx *c, naba_off s, naba_off e);
/* Fill a speaker from units [a, b); 0 when the range is empty. */
int q_make_speaker(ctx *c, size_t a, size_t b, speaker *sp);
/* The end of a speaker phrase ending at unit e with its name in apposition. */
size_t q_apposition(const ctx *c, size_t e);
/* "عن X", "على لسان X" (relay: after نقل), "نقلا عن X" after unit e: the
** end of X (from *from), 0 none. */
size_t q_relayed(const ctx *c, size_t e, size_t *from, int relay);
/* The relaying phrase [a, b) ("نقلت الوكالة عن X": الوكالة) as the one
** through whom sp speaks. */
void q_set_via(ctx *c, size_t a, size_t b, speaker *sp);
/* relay (an outer speaker, a relaying medium) as the one through whom sp
** speaks, when both are known. */
void q_relayed_by(speaker *sp, const speaker *relay);

/* ---- quotes_subject.c */
/* The gender a cue verb (lemma, at unit k) gives the speaker it names. */
int q_naming_gender(const ctx *c, const char *lemma, size_t k);
/* The end of the speaker phrase from unit j after the cue verb at unit i:
** none (j) when the verb carries a plural subject of its own (وطالبوا). */
size_t q_subject_after(const ctx *c, size_t i, size_t j);
/* The subject before the verb at unit i as sp; 0 when there is none. */
int q_subject_before(ctx *c, size_t i, speaker *sp);
/* The previous speaker for a verb at unit i with no subject of its own. */
void q_carried_speaker(ctx *c, size_t i, speaker *sp);
/* The speaker of the cue at [i, i+k): fills sp and *implicit, returns the
** unit where the content may start. */
size_t q_read_speaker(ctx *c, size_t i, size_t k, int participle, const char *lemma, speaker *sp,
                      int *implicit);

#endif
