/*
** ner_json.c — the "mentions" array of the document JSON (docs/schema.md):
** each mention's text, clean and original spans, the words (or, without the
** morphology layer, the tokens) it covers, type, confidence, flags and the
** entity it was linked to (null before linking).
*/
#include "ner.h"
#include "json.h"

#include <math.h>

void ner_write_json(naba_json *j, const naba_doc *d) {
    json_key(j, "mentions");
    json_arr(j);
    for (size_t i = 0; i < d->mentions.n; i++) {
        const naba_mention *m = &d->mentions.v[i];
        json_obj(j);
        json_text_span(j, d, m->start, m->end);
        json_kspan(j, d->words.n ? "words" : "tokens", m->word_first, m->word_first + m->word_count);
        json_kint(j, "sentence", m->sent);
        json_kstr(j, "type", naba_ent_type_name(m->type));
        json_knum(j, "conf", round(m->conf * 1000) / 1000);
        json_key(j, "flags");
        json_arr(j);
        if (m->flags & NABA_MENTION_LATIN) json_str(j, "latin");
        if (m->flags & NABA_MENTION_NOMINAL) json_str(j, "nominal");
        if (m->flags & NABA_MENTION_VARIANT) json_str(j, "variant");
        if (m->flags & NABA_MENTION_ARTICLE) json_str(j, "article");
        if (m->flags & NABA_MENTION_APPOSITIVE) json_str(j, "appositive");
        json_end_arr(j);
        json_key(j, "entity");
        if (m->entity >= 0) json_int(j, m->entity);
        else json_null(j);
        json_end_obj(j);
    }
    json_end_arr(j);
}
