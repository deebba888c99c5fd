/*
** link_god.c — God's name alone, dropped before the mentions are grouped.
**
** News prints الله mostly in formulas that follow a name or a plan (حفظه الله,
** رحمه الله, بإذن الله, صلى الله عليه وسلم, بيوت الله): the recognizer types
** it MISC, as ANERcorp's annotators did (48 times alone in its training file),
** and the linker made it an entity, Allah, that no analyst of the news counts
** as a party to it: 237 of the 22,877 entities of the entity-sample slices,
** 3 of the 100 rows of seed 24 (src/link/README.md, session 21). A mention
** that is the word alone, or with ل (الحمد لله), is dropped once names cut
** short have grown (أنصار [[الله]] becomes the KB's أنصار الله, the Houthis);
** names that hold it (عبد الله, حزب الله, نصرالله) are longer mentions and stay.
**
** Likewise a person that is the vocative يا and one word (يا إلهي, يا أمي,
** يا حلاوة): an exclamation or an address the recognizer read as a name, once
** in its entity (src/link/README.md, session 27, second round).
**
** And the praise الحمدلله written as one word, and a person whose first word
** is a personal pronoun of the first or second person or the plural behind a
** conjunction glued to it (ف[أنا سأخجل], و[نحن نريد]): a quoted speaker's
** words, no name (session 38, ent54). Only so glued: أنا alone is also the
** given name Ana (أنا برون), آنا's key; not هو and هي, which open Chinese and
** Vietnamese names (هو جينتاو).
*/
#include "affix.h"
#include "lex.h"
#include "link.h"

#include <string.h>

int link_is_god(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    (void)st;
    char key[32];
    size_t n = m->end - m->start;
    if (n == 0 || n >= sizeof key) return 0;
    size_t k = naba_fold(doc->text + m->start, n, LX_FOLD, key, sizeof key);
    return (k == 8 && memcmp(key, "الله", 8) == 0) || (k == 6 && memcmp(key, "لله", 6) == 0) ||
           (k == 16 && memcmp(key, "الحمدلله", 16) == 0);
}

int link_is_vocative(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    (void)st;
    size_t t = naba_token_at(doc, m->start);
    if (m->type != NABA_ENT_PER || t + 1 >= doc->tokens.n || doc->tokens.v[t].start != m->start) return 0;
    const naba_token *ya = &doc->tokens.v[t];
    return ya->end - ya->start == 4 && !memcmp(doc->text + ya->start, "يا", 4) && doc->tokens.v[t + 1].end == m->end;
}

int link_is_pronoun_led(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    (void)st;
    static const char *const pronouns[] = {"انا", "نحن", "انت", "انتم", "انتما", "انتن", "هم", "هما", "هن", NULL};
    size_t t = naba_token_at(doc, m->start);
    if (m->type != NABA_ENT_PER || t >= doc->tokens.n || doc->tokens.v[t].start == m->start) return 0;
    size_t end = doc->tokens.v[t].end < m->end ? doc->tokens.v[t].end : m->end;
    char key[16];
    if (end <= m->start || end - m->start >= sizeof key) return 0;
    size_t k = naba_fold(doc->text + m->start, end - m->start, LX_FOLD, key, sizeof key);
    return k < sizeof key && mem_in(key, k, pronouns);
}
