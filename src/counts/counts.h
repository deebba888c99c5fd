/*
** counts.h — the counts stage (internal): numbers with what they count, their
** qualifier and, when the clause says so, what happened to them.
*/
#ifndef NABA_COUNTS_H
#define NABA_COUNTS_H

#include "naba.h"
#include "json.h"
#include "wordtab.h"

/* Classes of data/counts.tsv, in this order. */
enum { C_QUAL = 0, C_CURRENCY, C_PERCENT, C_ACTION, C_STOP, C_IDENT, C_CLOCK, C_QUALAFTER, C_LABEL, C_ERA, C_DAYPART, C_IDIOM, C_PITCH, C_STATE, C_DISEASE, C_CLASS_COUNT };
extern const char *const counts_classes[];
/* The values of the stop class: a word that ends a noun phrase, an adverb of
** a ranking's scope (عالميا), of a rate (سنويا). */
enum { STOP_WORD = 0, STOP_SCOPE = 1, STOP_RATE = 2 };
/* The values of the idiom class: a phrase whose action word means something
** else (أجهزة الطرد), or a charge that names a crime (تهمة قتل). */
enum { IDIOM_OTHER = 0, IDIOM_CHARGE = 1 };
/* The values of the label class: digits after it name (الدورة 38), name
** only as a plural's list (الدقائق 45 و60), are the place a noun ranks
** (المركز 21), or only a definite number names (مجموعة السبع; فحصت
** المجموعة 15 مشروعا counts). */
enum { LABEL_NAME = 0, LABEL_LIST = 1, LABEL_RANK = 2, LABEL_GROUP = 3 };
/* The values of the ident class: a number or an ordinal after it names
** (القرار 2254, الحرب العالمية الثانية), or its first is a title's
** (السيدة الأولى). */
enum { IDENT_NAME = 0, IDENT_TITLE = 1, IDENT_DIGITS = 2 };

/* Is the word text[0, n) a currency's name of the table's currency class,
** as written or behind its article or a clitic (الدولار, للدولار, واليورو)?
** Two letters left are no currency but a word's own (بين: between, not ين).
** The link stage drops such mentions, the events stage an adjective after
** one (دينار ليبي): one list serves the three stages. */
int counts_currency_word(const wordtab *ct, const char *text, size_t n);

typedef struct counts_state {
    const wordtab *ct; /* data/counts.tsv: the link stage's (borrowed: link loads it for
                       ** its currency names), or own_ct */
    const wordtab *nt; /* data/numbers.tsv: the link stage's (borrowed), or own_nt */
    const wordtab *dt; /* data/dates.tsv: the link stage's (borrowed), for the Hijri
                       ** month a day number names; NULL from counts_state_from */
    wordtab *own_ct, *own_nt; /* the tables when this state loaded them (counts_state_from) */
} counts_state;

void *naba_counts_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                       naba_error *err);
naba_status naba_counts_run(naba_doc *doc, void *state, const naba_options *opt);
void naba_counts_close(void *state);
counts_state *counts_state_from(const char *counts_tsv, size_t n1, const char *numbers_tsv,
                                size_t n2, naba_error *err);

void counts_write_json(naba_json *j, const naba_doc *d);
extern const char counts_table_header[]; /* the table's "#" line (naba_table_header) */
void counts_write_table(const naba_doc *d, FILE *f);
const char *counts_kind_name(int kind);
const char *counts_qualifier_name(int q);

#endif
