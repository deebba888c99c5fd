/*
** quotes.h — the quotes stage (internal): direct, reported and mixed speech
** with its cue, speaker (named, implicit or unnamed) and medium.
*/
#ifndef NABA_QUOTES_H
#define NABA_QUOTES_H

#include "naba.h"
#include "json.h"
#include "wordtab.h"

/* Classes of data/speech_verbs.tsv, in this order. */
enum {
    Q_VERB = 0, Q_VERB_PREP, Q_PARTICIPLE, Q_SOURCE, Q_AS, Q_COMP, Q_PREP, Q_ANON, Q_MEDIUM,
    Q_MPREP, Q_SPK_STOP, Q_NAMER, Q_LEAD, Q_REFLEXIVE, Q_PASSIVE, Q_RESUMPTIVE, Q_RELATIVE,
    Q_PRON_LEAD, Q_BACK_REF, Q_AUTHORED, Q_DOCUMENT, Q_BESIDE, Q_SPEAKS, Q_REPORTER, Q_NORM, Q_ADVERBIAL, Q_QUANTITY,
    Q_APPOSED, Q_RELATION, Q_VARIES, Q_CLASS_COUNT
};
extern const char *const quotes_classes[];

typedef struct quotes_state {
    wordtab *vt;   /* data/speech_verbs.tsv */
    const wordtab *dt; /* data/dates.tsv, the link stage's (its weekdays end the words: day_tail); NULL
                          in a state made from a buffer alone */
} quotes_state;

void *naba_quotes_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p, naba_error *err);
naba_status naba_quotes_run(naba_doc *doc, void *state, const naba_options *opt);
void naba_quotes_close(void *state);
quotes_state *quotes_state_from(const char *tsv, size_t n, naba_error *err);

void quotes_write_json(naba_json *j, const naba_doc *d);
extern const char quotes_table_header[]; /* the table's "#" line (naba_table_header) */
void quotes_write_table(const naba_doc *d, FILE *f);
const char *quotes_kind_name(int kind);

#endif
