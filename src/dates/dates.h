/*
** dates.h — the dates stage (internal): date and time expressions, absolute
** and relative, resolved to ISO 8601 against the article's date.
*/
#ifndef NABA_DATES_H
#define NABA_DATES_H

#include "naba.h"
#include "json.h"
#include "wordtab.h"

/* Classes of data/dates.tsv, in this order. */
enum {
    D_MONTH = 0, D_MONTH_AMB, D_HMONTH, D_WEEKDAY, D_RELDAY, D_DIR, D_THIS,
    D_YEARWORD, D_DAYPART, D_PREP, D_AGO, D_FUTURE, D_HIJRI, D_GREGORIAN, D_CLOCK, D_AMPM,
    D_BLOCK, D_EDGE, D_NAME, D_TO, D_SAID, D_MINUTES, D_EQUAL, D_AHEAD, D_RELDAY_PART, D_WAS, D_SEASON, D_SAME, D_HOURS, D_AGO_TAIL, D_CLASS_COUNT
};
extern const char *const dates_classes[];

typedef struct dates_state {
    const wordtab *dt; /* data/dates.tsv: the link stage's (borrowed: link loads it for
                       ** its month names), or own_dt */
    wordtab *own_dt;   /* the table when this state loaded it (dates_state_from) */
    const wordtab *nt; /* data/numbers.tsv: the link stage's (borrowed: link loads it for
                       ** its scale words), or own_nt */
    wordtab *own_nt;   /* the table when this state loaded it (dates_state_from) */
    const struct kb *kb; /* the link stage's knowledge base (borrowed, with the user's
                         ** --kb-extra rows): a name is no future verb (سيرغي); NULL
                         ** from dates_state_from */
} dates_state;

/* Opened after the link stage, whose knowledge base and data/dates.tsv it
** borrows (stage.h). */
void *naba_dates_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                      naba_error *err);
naba_status naba_dates_run(naba_doc *doc, void *state, const naba_options *opt);
void naba_dates_close(void *state);

/* Load both word lists from memory (for tests and fuzzing). */
dates_state *dates_state_from(const char *dates_tsv, size_t n1, const char *numbers_tsv,
                              size_t n2, naba_error *err);

/* Is text[0..n) one word naming a weekday in table dt (data/dates.tsv),
** with "و" or the article before it ("الخميس", "والأحد")? The events stage
** asks it of a time to come ("الخميس المقبل"). */
int dates_weekday_word(const wordtab *dt, const char *text, size_t n);

/* The same, of a word already folded with LX_FOLD (an lx unit's key, k bytes):
** the counts stage asks it of every word. */
int dates_weekday_key(const wordtab *dt, const char *key, size_t k);

/* The named mention that offset off lies inside, or NULL (mentions are in
** text order; the counts stage asks it too). */
const naba_mention *dates_mention_at(const naba_doc *d, naba_off off);

/* The "timexes" array of the document JSON, and the --format dates table. */
void dates_write_json(naba_json *j, const naba_doc *d);
extern const char dates_table_header[]; /* the table's "#" line (naba_table_header) */
void dates_write_table(const naba_doc *d, FILE *f);

#endif
