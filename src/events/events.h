/*
** events.h — political event coding (internal): the event dictionaries, the
** clitic-tolerant keys they are matched with, and the events stage.
**
** Dictionaries are plain tab-separated files in naba's own format (docs/events.md):
** event patterns keyed by an anchor word (a verb lemma or an event noun), actor
** and agent phrases with CAMEO-style codes, cue words (negation, captions,
** "both sides") and the CAMEO code table with its PLOVER mapping. They are
** loaded into hash tables once per pipeline and shared read-only by documents.
*/
#ifndef NABA_EVENTS_H
#define NABA_EVENTS_H

#include "hashmap.h"
#include "naba.h"

/* Pattern flags (column 4 of an `event` line). */
#define EVP_NOUN      0x01u /* anchor is an event noun ("مظاهرة"), not a verb */
#define EVP_REFUSE    0x02u /* the verb rejects what follows: a refused offer is coded as it */
#define EVP_PROPOSE   0x04u /* proposal/offer verb: what follows is proposed, not done */
#define EVP_THREATEN  0x08u
#define EVP_DEMAND    0x10u
#define EVP_MUTUAL    0x20u /* both actors act ("اتفق الجانبان"): source and target symmetric */
#define EVP_COUNT     0x40u /* attach a count found in the evidence ("1000 سجين") */
#define EVP_WORDS     0x200u /* an attack a named person makes with no weapon named is in words: criticism (111) */
#define EVP_ARMED     0x400u /* no assault unless an attack, a weapon or an armed doer is named: "استهدفت الصين لحم الخنزير" */
#define EVP_UNDERGO   0x100u /* the subject is who it was done to: "لقي مصرعه", "تعرض لهجوم" */
#define EVP_PASSIVE   0x800u /* holds only for a verb in the passive: "أُدين بقتل" (was convicted), not "أدان" */
#define EVP_NOT       0x80u /* no event: a figure of speech ("خطفت الأضواء") or a look-alike
                             ** ("قتل في حادث سير"); beats the shorter patterns at its anchor */

/* Cue classes (column 3 of a `cue` line). */
#define EVC_NEGATE   0x01u /* "لم", "لن", "عدم": negates a following event */
#define EVC_CAPTION  0x02u /* paragraph-initial photo-caption phrase: no events there */
#define EVC_BOTH     0x04u /* "الجانبان", "الطرفين": the two parties of the document */
#define EVC_PLACE    0x08u /* "في": what follows is a place, not an actor */
#define EVC_OBLIQUE  0x10u /* "مع", "ضد", "على": what follows is a target, not a source */
#define EVC_REPORT   0x20u /* "قال", "أكد": a speech verb; its complement may hold the event */
#define EVC_LIGHT    0x80u /* "اندلع", "نظم", "خرج": a verb that makes an event noun an event */
#define EVC_STOP     0x40u /* "أن", "الذي": a function word that never sits inside an actor's name */
#define EVC_MEANS    0x100u /* "هجوم", "ضربة", "غارة": the means of a killing; its actor did it */
#define EVC_WEAPON   0x400u /* "صاروخ", "عبوة", "رصاص": a killing's means; what follows is no doer */
#define EVC_LEGAL    0x200u /* "محكمة", "تهمة", "المتهمين": an act told in a charge or a trial is not a new report */
#define EVC_DEMONSTRATIVE 0x800u /* "هذه", "تلك": an event word after it is one the reader knows of */
#define EVC_QUANTIFIER 0x1000u /* "بعضهم", "معظمهم": as a subject, points back to the last actor named */
#define EVC_AIM      0x4000u /* "بهدف", "بغية": an act told after it (before a comma) is an aim, not a fact */
#define EVC_TOPIC    0x2000u /* "يعتقد", "زعم", "استنكر": an act told after it is what a belief, a claim or a condemnation is about */
#define EVC_SUPPORT  0x8000u /* "قام", "أقدم": a light verb whose event noun follows through a preposition, past its subject */
#define EVC_PAST     0x10000u /* "سبق أن", "سابقا": an act told after it happened before, as background */
#define EVC_OFTEN    0x20000u /* "كثيرا", "مرارا", "عدة مرات": an act told with it is a habit or a tally, not one reported event */
#define EVC_COALITION 0x40000u /* "التحالف": a coalition by its bare noun, coded only where the article backs it */
#define EVC_AFFIRM   0x80000u /* "يزال", "سيما", "طيار": right after a negation, makes it none ("لا يزال", still) */
#define EVC_SPORT    0x100000u /* "مباراة", "الدوري", "لاعب": two in a sentence make it a match's */
#define EVC_NATURE   0x200000u /* "الفيضانات", "المرض": a disaster or a disease just before a killing did it */
#define EVC_CHEMICAL 0x400000u /* "كيميائي", "السارين": a chemical agent, an attack's means after an attack noun or "ب" */

/* One row of the CAMEO table: code -> PLOVER type, mode and context. */
typedef struct ev_code {
    const char *code, *plover, *mode, *context, *name;
    int quad;                /* CAMEO quad class: 1 verbal coop .. 4 material conflict, 0 unknown */
} ev_code;

typedef struct ev_pattern {
    const char *anchor;      /* key of the anchor word */
    const char **elems;      /* keys of required words after it, in order; "a|b" alternatives, "&SET" */
    const unsigned char **alts; /* each element's alternatives, each its length (< EV_KEY_MAX) then its
                                ** bytes, then a 0: tried at every token, they are not measured again */
    uint32_t n_elems;
    const char *code;        /* CAMEO code; NULL when a later file deleted the pattern ("-") */
    uint32_t flags;          /* EVP_* */
    float conf;
    uint32_t file, line;     /* where it was defined, for --explain and errors */
    int32_t next;            /* next pattern with the same anchor, -1 at the end */
} ev_pattern;

/* An actor ("الكرملين" -> RUSGOV) or agent ("الشرطة" -> COP) phrase. */
typedef struct ev_phrase {
    const char **words;
    uint32_t n_words;
    const char *code;        /* NULL when deleted */
    const char *old_code;    /* the code of articles dated before `until` ("طالبان" IMGREB before 2021-08-15) */
    long until;              /* day number (calendar.h) of that date; used when old_code is set */
    uint8_t agent;           /* 1: a role only (COP, MIL, GOV...), combined with a country */
    uint8_t article;         /* 1: the first word carries the article in the text ("article") */
    uint8_t masculine;       /* 1: not the first word's feminine in "ة" ("masculine": "حاج" is no "الحاجة", the need) */
    int32_t next;            /* next phrase with the same first word */
} ev_phrase;

/* A string -> int32 map: keys[i] -> vals[i], found through a hash index
** (hashmap.h); keys live in the dictionary arena. Zeroed is empty. */
typedef struct ev_map {
    naba_hashmap index;     /* hash of a key -> its i */
    const char **keys;
    int32_t *vals;
    size_t cap, n;
} ev_map;

/* A word's place in a synonym set ("set" entries). */
typedef struct ev_member {
    const char *set;         /* "&NAME" */
    int32_t next;            /* the word's next set, -1 */
} ev_member;

typedef struct ev_dict {
    naba_arena *arena;
    ev_pattern *pats; size_t n_pats, cap_pats;
    ev_phrase *phrases; size_t n_phrases, cap_phrases;
    ev_code *codes; size_t n_codes, cap_codes;
    ev_map anchors;          /* anchor key -> first pattern */
    ev_map phrase_first;     /* first word key -> first phrase */
    ev_map cues;             /* word key -> EVC_* bits */
    ev_member *members; size_t n_members, cap_members;
    naba_hashmap set_words;  /* a word, the dictionary's copy known by its address
                             ** -> its first set in members */
    ev_map code_index;       /* CAMEO code -> index in codes */
    ev_map vocab;            /* every word any entry holds: a text word's other
                             ** candidates can match nothing, so they are dropped */
    const char **files; size_t n_files; /* names of loaded files, for file:line */
    const struct wordtab *counts; /* data/counts.tsv, for its currency names: the link stage's
                             ** (borrowed, naba_events_open); NULL: none */
    const struct wordtab *dates; /* data/dates.tsv, for its weekday names (future_time_in):
                             ** the link stage's, borrowed the same way; NULL: none */
} ev_dict;

ev_dict *ev_dict_new(void);
void ev_dict_free(ev_dict *d);
/* Parse one dictionary text (name is used in errors: "name:line: ..."). Later
** entries with the same key replace earlier ones; code "-" deletes. */
naba_status ev_dict_load_mem(ev_dict *d, const char *name, const char *text, size_t len,
                             naba_error *err);
naba_status ev_dict_load_file(ev_dict *d, const char *path, naba_error *err);
/* The built-in dictionary files under data_dir/data/events/, in load order. */
naba_status ev_dict_load_default(ev_dict *d, const char *data_dir, naba_error *err);

int32_t ev_map_get(const ev_map *m, const char *key);
/* Set key -> val (the key must outlive the map); 0, or -1 on out of memory. */
int ev_map_put(ev_map *m, const char *key, int32_t val);
void ev_map_free(ev_map *m);
/* The dictionary's own copy of a word key some entry holds, or NULL: a text
** word's other candidates can match nothing. */
const char *ev_dict_word(const ev_dict *d, const char *key);
const ev_code *ev_dict_code(const ev_dict *d, const char *cameo);
/* Is word a member of the synonym set ("&NAME")? word is the dictionary's copy
** of a key (a token's candidate, ev_dict_word's answer): it is looked up by its
** address, with no hashing of its letters. */
int ev_dict_in_set(const ev_dict *d, const char *set, const char *word);

/* ---- keys: how text is normalized before it meets the dictionary */

#define EV_KEY_MAX 128
#define EV_MAX_CANDS 48
/* The dictionary key of text s[0..n): folded (naba_fold defaults, teh marbuta
** as heh), letters and digits only at both ends. Returns its length. */
size_t ev_key(const char *s, size_t n, char *out, size_t cap);
/* A key without its article when three letters or more remain: how the
** dictionary stores its words ("الجانبين" is "جانبين"; "القى", threw, of
** "ألقى", and "الله" keep theirs). A pointer into key. */
const char *ev_no_article(const char *key);
/* The candidate base forms of one word key: itself, without its proclitics
** (و ف ب ل ك ال س), suffixes (pronouns, inflections, plural/feminine endings)
** and imperfect prefixes. Writes up to EV_MAX_CANDS NUL-separated strings into
** buf (cap bytes), pointers into cands; returns how many. When verbal is not
** NULL, bit i of *verbal says cands[i] reads the word only as a verb (an
** imperfect prefix or the future prefix stripped: "تقدما" -> "قدم"). */
size_t ev_candidates(const char *key, char *buf, size_t cap, const char **cands, uint64_t *verbal);

/* A CAMEO-style code's first component: a country or IGO code ("RUS" of
** "RUSGOV"), or NULL when the code is a role only ("CVL", "COP"). */
const char *ev_code_main(const char *code, char out[4]);
/* What follows the country in a code: "GOV" of "RUSGOV", the whole of a
** role-only code ("CVL"); NULL for NULL. */
const char *ev_code_role(const char *code);
/* The code of a phrase in an article of day number `day` (has_day 0: date
** unknown); *dated is 1 when it is the phrase's dated code. NULL: no code. */
const char *ev_phrase_code(const ev_phrase *p, int has_day, long day, int *dated);

/* ---- the stage */
/* The article's date, ISO 8601 (the input's day, else the text's first full date), or NULL. */
const char *ev_article_date(const naba_doc *doc);
void *naba_events_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p, naba_error *err);
naba_status naba_events_run(naba_doc *doc, void *state, const naba_options *opt);
void naba_events_close(void *state);
/* Code a document with an already loaded dictionary (tests, the evaluator). */
naba_status ev_code_doc(const ev_dict *d, naba_doc *doc);

/* ---- output (events_json.c) */
typedef struct naba_json naba_json;
void ev_write_json_layer(naba_json *j, const naba_doc *d);
void ev_write_plover(const naba_doc *d, FILE *f);
void ev_write_table(const naba_doc *d, FILE *f);

/* ---- commands (events_train.c, events_eval.c) */
int ev_cmd_train(int argc, char **argv);
int ev_cmd_eval(int argc, char **argv);

#endif
