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
** stage's table, so one list serves both).
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
#include "namekey.h"

#include <string.h>

/* Is the mention followed by a year (يورو 2016, the football championship)? */
static int before_year(const naba_doc *doc, const naba_mention *m) {
    size_t i = m->end;
    while (i < doc->text_len && doc->text[i] == ' ') i++;
    size_t d = 0;
    while (i + d < doc->text_len && doc->text[i + d] >= '0' && doc->text[i + d] <= '9') d++;
    return d == 4 && (doc->text[i] == '1' || doc->text[i] == '2');
}

/* Is the mention right after an amount: ASCII digits, maybe with ألف or
** مليون and the like between, and only spaces? A proclitic glued to the
** mention (`100 بفرنك`: the span leaves it out) or another digit script
** is no amount here. */
static int after_amount(const naba_doc *doc, const naba_mention *m) {
    static const char *const scales[] = {"ألف", "آلاف", "الف", "مليون", "ملايين", "مليار", "مليارات"};
    const char *t = doc->text;
    size_t i = m->start;
    while (i > 0 && t[i - 1] == ' ') i--;
    for (size_t k = 0; k < sizeof scales / sizeof *scales; k++) {
        size_t n = strlen(scales[k]);
        if (i >= n + 1 && !memcmp(t + i - n, scales[k], n) && t[i - n - 1] == ' ') {
            for (i -= n; i > 0 && t[i - 1] == ' ';) i--;
            break;
        }
    }
    size_t d = i;
    while (d > 0 && ((t[d - 1] >= '0' && t[d - 1] <= '9') || t[d - 1] == '.' || t[d - 1] == ',')) d--;
    if (d == i || t[i - 1] < '0' || t[i - 1] > '9') return 0;
    while (d > 0 && t[d - 1] == ' ') d--;
    return d == 0 || (t[d - 1] != '-' && t[d - 1] != '"');
}

int link_is_currency(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    char key[64];
    size_t n = m->end - m->start;
    if (m->type != NABA_ENT_MISC || n == 0 || n >= sizeof key || memchr(doc->text + m->start, ' ', n) ||
        before_year(doc, m))
        return 0;
    if (after_amount(doc, m)) return 1;
    size_t k = naba_fold(doc->text + m->start, n, LX_FOLD, key, sizeof key);
    size_t art = name_article_len(key, k);
    return wt_get(st->counts, key, WT_BIT(C_CURRENCY)) != NULL ||
           (art && wt_get(st->counts, key + art, WT_BIT(C_CURRENCY)) != NULL);
}
