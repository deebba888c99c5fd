/*
** link.h — the link stage (internal): resolves the mentions of a document to
** entities, one identity across spellings and scripts.
**
** Work happens on "forms", the distinct mention strings of a document, so that
** its cost is quadratic only in their number (small), never in the number of
** mentions or in the size of the knowledge base (all KB access is hashing):
**   link_months.c  mentions that are month names, dropped (and link_currency.c,
**                  link_torrents.c, link_god.c: currencies and units, سيول
**                  where no Korea is, God's name)
**   link_extend.c  mentions cut short, grown to the KB name the text completes
**   link_near.c    the mentions near a span, found by halving
**   link_forms.c   forms, their KB resolution and their grouping (union-find)
**   link_city.c    a capital spelt like its country (تونس), a division after
**                  ولاية, where a cue marks it; a newspaper after صحيفة
**   link_namesakes.c  one name, several places or a club: the one the
**                  sentence's places or a sport page point to
**   link_tokens.c  the tokens around a mention, for the cues and amounts
**   link_titles.c  nominal mentions from title phrases (الرئيس الأوكراني)
**   link.c         the stage: open/run/close, entities from groups
**   link_json.c    entities in the document JSON and the entities table
*/
#ifndef NABA_LINK_H
#define NABA_LINK_H

#include "kb.h"
#include "naba.h"
#include "slotcache.h"
#include "translit.h"
#include "wordtab.h"

/* Loaded resources, shared read-only by all documents. */
/* A name romanized before: the romanizer's letter search costs ~30,000
** instructions a name, and news names the same people article after article.
** A slot cache (slotcache.h) by name key, whether a person's the extra. */
#define LINK_ROMAN_LEN 95      /* longer name keys are romanized every time */
typedef struct link_roman_val {
    uint8_t on;                /* the romanized name's bytes */
    char out[2 * LINK_ROMAN_LEN + 1]; /* longer names are not kept */
} link_roman_val;
#define LINK_ROMAN_SHAPE NABA_SLOTSHAPE(12, LINK_ROMAN_LEN, link_roman_val) /* 4,096 slots */

/* A bit per hash of the last word, without ال, of every KB person's Arabic
** name: where a name of the KB can end (link_untagged.c). A strict superset,
** so the few hash collisions cost a lookup, never a name. */
#define LINK_LAST_WORD_BITS 65536
typedef struct link_state {
    kb *kb;
    translit *tl;
    naba_slotcache roman;     /* written at run time: one per pipeline */
    wordtab *dates;           /* data/dates.tsv, for its month names (link_months.c);
                              ** the dates stage borrows it */
    wordtab *counts;          /* data/counts.tsv, for its currency names (link_currency.c);
                              ** the counts stage borrows it */
    const wordtab *heads;     /* data/ner/heads.tsv, for the English of a facility named
                              ** after a place (link_heads.c): the ner stage's in a
                              ** pipeline, else own_heads */
    wordtab *own_heads;
    wordtab *words;           /* data/link/name_words.tsv (link_heads.c) */
    wordtab *numbers;         /* data/numbers.tsv, for its scale words (link_currency.c);
                              ** the dates and counts stages borrow it */
    uint8_t person_last_words[LINK_LAST_WORD_BITS / 8]; /* link_untagged.c */
} link_state;

/* One distinct mention string of a document. */
typedef struct link_form {
    const char *key, *skel;   /* name key and skeleton (without ال) */
    uint8_t type;             /* naba_ent_type of its first mention */
    uint8_t latin;            /* Latin script */
    uint8_t variant;          /* joined its group as a low-confidence variant */
    uint8_t has_kb;
    uint8_t by_surname;       /* bound by its surname alone (one KB person has it) */
    uint8_t retyped;          /* typed PER by the recognizer, a KB place by name;
                              ** a newspaper's name after صحيفة (link_press) */
    uint8_t city;             /* a place a city cue marks, a newspaper's name (link_city.c) */
    uint8_t by_spelling;      /* bound in pass 2, by skeleton (link_forms.c) */
    uint32_t words;
    uint32_t parent;          /* union-find */
    uint32_t size;            /* forms in its group, kept at the root (link_forms.c) */
    uint32_t first;           /* first mention */
    uint32_t plain;           /* a LINK_CUE_PRESS form's form of the same key without
                              ** the cue, else itself (link_forms.c) */
    kb_ref kb;                /* when has_kb */
    float conf;               /* confidence of the form's link */
    int32_t entity;
} link_form;

typedef struct link_forms { link_form *v; size_t n; } link_forms;

/* Pairs of items (a < b; with both, (b, a) too) of equal class whose strings
** of one kind (keys[j][a], keys[j][b]) are at most one code point apart
** (Levenshtein), plus a few a hash collision adds (the caller tests each);
** items of class LINK_NO_CLASS are left out. Sorted, each once, in *out
** (malloc'd, the caller frees). link_pairs.c */
#define LINK_NO_CLASS UINT32_MAX
typedef struct link_pair { uint32_t a, b; } link_pair;
naba_status link_near_pairs(const char *const *const *keys, size_t nkeys, const uint32_t *cls, size_t n, int both,
                            link_pair **out, size_t *np);

/* Match-score thresholds of translit_match for a Latin and an Arabic form:
** at or above LINK_XSCRIPT_SURE they merge; from LINK_XSCRIPT_MAYBE they merge
** flagged as a variant. Chosen on the held-out pairs (src/link/README.md). */
#define LINK_XSCRIPT_SURE 0.6
#define LINK_XSCRIPT_MAYBE 0.2

/* The English name of a body, facility or event of the document: its head
** word's, the inner words' and KB places' English, names romanized (مطار دبي
** الدولي -> Dubai International Airport, بنك الاستثمار العربي -> Arab
** Investment Bank), in doc's arena; NULL when name has no head word or words
** the English order cannot place (link_heads.c); region as link_romanize's. */
const char *link_head_english(naba_doc *doc, const link_state *st, const char *name, int region);
wordtab *link_name_words_load(const char *data_dir, naba_error *err);
/* Do the keys a and b each hold a nationality or region adjective (the
** front words of data/link/name_words.tsv) the other lacks (الاتحاد العربي,
** الاتحاد الأوروبي)? Two such names are two bodies. link_heads.c */
int link_other_fronts(const link_state *st, const char *a, const char *b);
/* A place's or body's name (or key) the recognizer took with the preposition
** ل, which writes الهيئة as للهيئة (للصين, للاتحاد الأوروبي): the article
** back in place (الهيئة), so the form meets the name written without it and
** is shown and romanized as a name; 1 when it was such a name. A person's
** name is left alone (للرئيس بوتن). link_forms.c */
int link_article_back(char *name, int type);
/* The key (name_key) of text [s, e), with the article ا before it when article
** is set: a span the recognizer started after the preposition of لل
** (NABA_MENTION_ARTICLE: لمملكة, keyed المملكة). link_forms.c */
size_t link_span_key(const naba_doc *doc, naba_off s, naba_off e, int article, char *key, size_t cap);
/* Mention m's key: its span's, with its article when it has the flag. */
size_t link_mention_key(const naba_doc *doc, const naba_mention *m, char *key, size_t cap);
/* Mention m's name as a reader writes it, in buf (LINK_FORM_ROOM(m) bytes),
** NUL-terminated; its length. Its span without quotation marks (link_unquote),
** with the article back on a span after the preposition of لل (لمملكة العربية
** السعودية: المملكة العربية السعودية). */
#define LINK_FORM_ROOM(m) ((size_t)((m)->end - (m)->start) + 3)
size_t link_mention_form(const naba_doc *doc, const naba_mention *m, char *buf);
/* Drop the quotation marks (" « » “ ”) from the n bytes at s, in place; returns
** the new length. A name the recognizer or link_extend took over an opening
** quote keeps it in its span (الجوهرة "اف ام, شركة «أبل); the names and
** variants shown to a reader are written without it. */
size_t link_unquote(char *s, size_t n);
/* name romanized (as a person's for PER, with region, the document's: 0,
** translit.h's TL_MASHRIQ or TL_MAGHREB), in doc's arena; cached per state. */
const char *link_romanize(naba_doc *doc, const link_state *st, const char *name, naba_ent_type type, int region);
/* Mentions that name nothing an entity should stand for, dropped before
** linking: a month name alone (أفريل, جويلية; link_months.c), a MISC currency
** name alone (يورو, الدولار; link_currency.c), سيول or سول alone in a text
** that never writes كوري (torrents; link_torrents.c), God's name alone (الله
** in حفظه الله; link_god.c, after link_extend has grown names cut short). */
int link_is_month(const naba_doc *doc, const link_state *st, const naba_mention *m);
int link_is_currency(const naba_doc *doc, const link_state *st, const naba_mention *m);
int link_is_torrent(const naba_doc *doc, const link_state *st, const naba_mention *m);
int link_is_god(const naba_doc *doc, const link_state *st, const naba_mention *m);
/* Is m a person that is the vocative يا and one word (يا إلهي)? (link_god.c) */
int link_is_vocative(const naba_doc *doc, const link_state *st, const naba_mention *m);
/* Is m a person whose first word is a personal pronoun behind a glued
** conjunction (ف[أنا سأخجل], و[نحن نريد])? (link_god.c) */
int link_is_pronoun_led(const naba_doc *doc, const link_state *st, const naba_mention *m);
/* A body named by its head word alone (قالت الوزارة) is the body of that
** head the document named last before it (link_bodies.c): link_drop_lone_bodies
** drops those with none before linking; link_body_alone, called on each mention
** in document order as its entity is set, gives such a mention that body's
** entity and returns 1 (0 for any other, whose name it remembers). */
#define LINK_BODY_KEY 48
#define LINK_BODY_CUES 8 /* head words of one document: the body class has six forms of three */
typedef struct link_body_cues {
    char key[LINK_BODY_CUES][LINK_BODY_KEY];
    const naba_mention *last[LINK_BODY_CUES]; /* the last body named with each */
    size_t n;
} link_body_cues;
void link_drop_lone_bodies(naba_doc *doc, const link_state *st);
/* Is m one word, a place's or body's head word (جامعة, الجامعة, مستشفى) the
** KB gives no body or person? It is the common noun or a name cut short, no
** name of its own (link_bodies.c). */
int link_is_head_alone(const naba_doc *doc, const link_state *st, const naba_mention *m);
int link_body_alone(link_body_cues *c, const naba_doc *doc, const link_state *st, naba_mention *m);
/* The actor code of the body m names when its name opens with a body's head
** word and ends in a nationality adjective (TUNGOV for وزارة الداخلية
** التونسية), in doc's arena; NULL for any other. */
/* Does the name key open with a body's head word and go on (مجلس الأمناء)?
** Its other words are common nouns, where one letter more is another body:
** the board of trustees is not مجلس الأمن. */
int link_opens_body(const link_state *st, const char *name);
const char *link_body_actor(naba_doc *doc, const link_state *st, const naba_mention *m);
/* Is m المغرب after صلاة, صلاتي or أذان (with clitics: لصلاة), the sunset
** prayer? (link_city.c) */
int link_is_prayer_time(const naba_doc *doc, const link_state *st, const naba_mention *m);
/* What the link stage knows of a document's mentions while it changes them:
** none is longer than span bytes, so those that reach past byte off start at
** or after off - span; hi[i] is at least the largest start of mentions 0..i,
** lo[i] at most the smallest of mentions i.. (lo[n] is past every one), so
** both stay in order when a step moves a mention past its neighbour.
** (link_near.c) */
typedef struct link_near {
    naba_off span;
    naba_off *hi, *lo;
} link_near;
naba_status link_near_of(const naba_doc *doc, link_near *r);
/* Mention m has grown or moved. */
void link_near_moved(const naba_doc *doc, link_near *r, size_t m);
/* The first mention that may reach past byte off: none before it does. */
size_t link_near_from(const naba_doc *doc, const link_near *r, naba_off off);
/* Do mention i and all after it start at or after byte off? */
int link_near_past(const link_near *r, size_t i, naba_off off);
/* Grow mentions the recognizer cut short to the KB name the next or previous
** words complete (كيم جونغ + أون); drops mentions a grown one holds. */
naba_status link_extend(naba_doc *doc, const link_state *st);
/* Is the place mention m, of name key `key`, a capital the KB spells like its
** country, or a town a club is named after, marked as the city (العاصمة تونس,
** بلدية تونس, تونس العاصمة, مدينة ليفربول: LINK_CUE_CITY), or a first-level division after ولاية (ولاية صفاقس,
** ولاية نيويورك: LINK_CUE_STATE)? link_city binds such a form, bound to the
** country (a division: to anything else), to the city or the division.
** LINK_CUE_PRESS: a name right after صحيفة, جريدة or مجلة (صحيفة "مكة",
** لصحيفة الخبر), which link_press makes the newspaper. (link_city.c) */
enum { LINK_CUE_CITY = 1, LINK_CUE_STATE = 2, LINK_CUE_PRESS = 3 };
int link_city_cue(const naba_doc *doc, const link_state *st, const naba_mention *m, const char *key);
void link_city(const link_state *st, link_form *fm);
/* Does the KB name a club key (روما, ليفربول)? Such a place after a city's
** cue is a form of its own, the city (link_namesakes.c) */
int link_club_name(const link_state *st, const char *key);
/* Type a form with LINK_CUE_PRESS a body and bind it to the KB's newspaper
** صحيفة + its name: 1 when there is one. Else the passes bind it by its own
** name, and only to a body (link_forms.c). (link_city.c) */
int link_press(const link_state *st, link_form *fm);
/* Does a form of the document other than i stand for something of this
** country (the country, one of its towns, bodies or people)? (link_forms.c) */
int link_country_bound(const link_forms *f, size_t i, const char *country);
/* A place-typed form bound to one of a name's several places takes the one
** whose country the places of its sentences share (القنيطرة beside درعا:
** Quneitra); a name both a club's and a place's is the club on a sport page,
** the place elsewhere (القادسية). form_of: each mention's form. (link_namesakes.c) */
void link_namesake_places(const naba_doc *doc, const link_state *st, link_forms *f, const uint32_t *form_of);
/* Is form fm bound to a club by a one-word name (النصر, الهلال) on a page not
** about sport? Such a word is a common noun or another body there (النصر
** لمصر, victory; ائتلاف النصر; مدينة نصر). (link_namesakes.c) */
int link_club_off_pitch(const naba_doc *doc, const link_form *fm);
/* The tokens right before and after token t (with sentence set, in its
** sentence), or doc->tokens.n where there is none; and the last word of word token t (its form without the
** clitics the morph stage split off: العاصمة of وللعاصمة; the token's text
** where there are no words), folded like lx units into out. (link_tokens.c) */
size_t link_token_before(const naba_doc *doc, size_t t, int sentence);
size_t link_token_after(const naba_doc *doc, size_t t, int sentence);
size_t link_word_fold(const naba_doc *doc, size_t t, char *out, size_t cap);
/* Is token t a quotation mark that opens a name (" « “): link_extend's words
** across it (الجوهرة "اف ام), a newspaper's cue before it (صحيفة "مكة")? */
int link_opening_quote(const naba_doc *doc, size_t t);

/* Is token t's text one of words (ended by NULL)? */
int link_token_is(const naba_doc *doc, size_t t, const char *const *words);
/* The country (alpha-3; "" when the KB gives none) of the nationality
** adjective token t is (الأردنية, التونسي), or NULL when it is none. (link_city.c) */
const char *link_nationality(const naba_doc *doc, const link_state *st, size_t t);
/* Build the forms of doc's mentions (in its arena) and group them. */
naba_status link_group(naba_doc *doc, const link_state *st, link_forms *f);
uint32_t link_root(link_forms *f, uint32_t i);
/* Can a KB entity of type kt stand for a mention of type mt? Persons for
** persons; places, bodies and the rest for one another. (link_forms.c) */
int link_type_ok(int mt, int kt);
/* Add nominal mentions for titles of entities named in doc. */
naba_status link_titles(naba_doc *doc, const link_state *st, const link_forms *f);
/* Can a title phrase (titles.tsv) start at the word of name key `key`, maybe
** after و? (link_titles.c) */
int link_title_start(const kb *k, const char *key);
/* The name keys of doc's tokens (in its arena; NULL when out of memory), the
** phrase of n of them from i joined by spaces (0 when one has no letters),
** whether [s, e) overlaps a mention, and n mentions added to doc's, kept in
** order of start, then end (link_titles.c; for link_untagged.c too) */
const char **link_token_keys(naba_doc *doc);
int link_key_phrase(const char *const *keys, size_t i, size_t n, char *out, size_t cap);
int link_overlaps_mention(const naba_doc *doc, const link_near *r, naba_off s, naba_off e);
naba_status link_add_mentions(naba_doc *doc, const naba_mention *v, size_t n);
/* Add a person mention where the text writes a KB person's name of three
** or four words the recognizer left untagged. (link_untagged.c) */
naba_status link_untagged_names(naba_doc *doc, const link_state *st);
/* Set st's person_last_words from its KB, once the KB's tables are all open;
** can the token key end a KB person's name? (link_untagged.c) */
void link_person_last_words(link_state *st);
int link_may_end_person(const link_state *st, const char *key);
/* Does the text name country (alpha-3) by a nationality adjective or a country
** name (السعودي, ليبيا)? (link_titles.c) */
int link_country_named(naba_doc *doc, const link_state *st, const char *country);

/* Stage entry points (rows in src/core/pipeline.c). */
void *naba_link_open(const char *data_dir, const naba_options *opt, naba_error *err);
/* The same in a pipeline: the ner stage's head words are borrowed (stage.h). */
void *naba_link_open_after(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                           naba_error *err);
naba_status naba_link(naba_doc *doc, void *state, const naba_options *opt);
void naba_link_close(void *state);

/* Output (src/output/write.c). */
struct naba_json;
naba_status link_write_json(struct naba_json *j, const naba_doc *doc);
extern const char link_table_header[]; /* the table's "#" line (naba_table_header) */
naba_status link_write_table(const naba_doc *doc, FILE *f);

#endif
