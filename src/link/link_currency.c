/*
** link_currency.c — mentions that are a currency's name, dropped before linking.
**
** The recognizer types the currency of an amount as a name (`55 مليون يورو`,
** `مليار دولار`, `ألف ريال`): on the entity-sample slices (src/link/README.md,
** session 20) 1,077 MISC mentions were a bare currency word, each then an
** entity of its own (Euro, Dollar, Rial) that an analyst reads as noise. A
** MISC mention that is one such word, with or without the article, is
** dropped. Other types stay, for they are mostly something else written the
** same (ريال ORG is Real Madrid cut short, اليورو LOC the euro zone), and so
** does a currency word before a year (يورو 2016, the football championship: 2
** of the 1,077). The words are the currencies of data/counts.tsv (the counts
** stage's table, so one list serves counts, link and events:
** counts_currency_word), also behind a clitic the
** recognizer left in the span (للدولار, لليورو, للجنيه: 27 entities of a
** second slice of each corpus, src/link/README.md session 25).
**
** The same goes for a one-word MISC mention right after an amount (`0.9470
** فرنك`, `557 مليون أورو`, `80 فلسا`, `150 كيلوغرام`): what follows a number
** is its currency or unit, also where the table lacks it (session 23 second
** round: 30 such mentions on the slices, 26 a currency, unit, month or count
** noun). Not after a score (`3 -0`) or a number in quotes (`"168 تشاسا"`, a
** newspaper's name), nor across punctuation.
*/
#include "counts.h"
#include "lex.h"
#include "link.h"
#include "numeral.h"

#include <string.h>

/* Is the mention followed by a year (يورو 2016, the football championship)? */
static int before_year(const naba_doc *doc, const naba_mention *m) {
    size_t u = naba_token_at(doc, m->end - 1);
    if (u >= doc->tokens.n || doc->tokens.v[u].end != m->end) return 0;
    size_t y = link_token_after(doc, u, 0);
    if (y >= doc->tokens.n) return 0;
    const naba_token *k = &doc->tokens.v[y];
    return k->kind == NABA_TOK_NUMBER && k->value >= 1000 && k->value < 3000 && k->value == (double)(long)k->value;
}

/* Is the mention a token of its own right after an amount (across a line
** break too, but no punctuation):
** a number (any digits, with its separators: 0.9470, ١٠٠, 1،000), maybe
** with a scale word of data/numbers.tsv between (ألف, ملايين, مليارا)? Not
** after a score (3 -0) or a number in quotes ("168 تشاسا"). An amount in
** words (مليوني أورو, ألفين دينار, مئة دولار: a dual or a hundred of
** data/numbers.tsv) is one too. A proclitic glued to the mention (100 بفرنك:
** the span leaves it out) is no amount. */
static int after_amount(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    size_t t = naba_token_at(doc, m->start);
    if (t >= doc->tokens.n || doc->tokens.v[t].start != m->start) return 0;
    size_t p = link_token_before(doc, t, 0);
    char key[64];
    if (p < doc->tokens.n && link_word_fold(doc, p, key, sizeof key) && doc->tokens.v[p].word_count <= 1) {
        if (wt_get(st->numbers, key, WT_BIT(NUM_HUNDRED))) return 1;
        if (wt_get(st->numbers, key, WT_BIT(NUM_SCALE))) p = link_token_before(doc, p, 0);
    }
    if (p >= doc->tokens.n || doc->tokens.v[p].kind != NABA_TOK_NUMBER) return 0;
    size_t q = link_token_before(doc, p, 0);
    if (q >= doc->tokens.n || doc->tokens.v[q].kind != NABA_TOK_PUNCT) return 1;
    const char *c = doc->text + doc->tokens.v[q].start;
    size_t n = doc->tokens.v[q].end - doc->tokens.v[q].start;
    return !(n == 1 && (*c == '-' || *c == '"'));
}

int link_is_currency(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    size_t n = m->end - m->start;
    if (m->type != NABA_ENT_MISC || n == 0 || memchr(doc->text + m->start, ' ', n) || before_year(doc, m)) return 0;
    return after_amount(doc, st, m) || counts_currency_word(st->counts, doc->text + m->start, n);
}
