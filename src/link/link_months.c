/*
** link_months.c — mentions that are month names, dropped before linking.
**
** The recognizer types the Maghrebi month names of JawharaFM's Tunisian news
** (أفريل April, جوان June, جويلية July, فيفري February) as places or persons:
** they are in no gazetteer, and a capitalized-looking foreign word alone in a
** phrase reads like a name. Linked, each became a place of its own (Goilia,
** Joan). A mention that is one such word and nothing else is a date's month,
** not an entity. The months are those of data/dates.tsv (the dates stage's
** table, so one list serves both); its `month_amb` names, which are also
** words or names (نيسان Nissan, ماي May), stay entities.
*/
#include "dates.h"
#include "link.h"

#include <string.h>

int link_is_month(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    char key[64];
    size_t n = m->end - m->start;
    if (n == 0 || n >= sizeof key || memchr(doc->text + m->start, ' ', n)) return 0;
    naba_fold(doc->text + m->start, n, LX_FOLD, key, sizeof key);
    return wt_get(st->dates, key, WT_BIT(D_MONTH)) != NULL;
}
