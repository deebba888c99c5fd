/*
** counts_json.c — the counts layer in the document JSON ("counts") and as the
** --format counts table.
*/
#include "counts.h"

#include <math.h>

const char *counts_kind_name(int k) {
    static const char *const names[] = {"quantity", "ordinal", "percent", "money", "duration"};
    return k >= 0 && k <= NABA_COUNT_DURATION ? names[k] : "unknown";
}

const char *counts_qualifier_name(int q) {
    static const char *const names[] = {"exact", "more_than", "less_than", "about", "range"};
    return q >= 0 && q <= NABA_QUAL_RANGE ? names[q] : "unknown";
}

void counts_write_json(naba_json *j, const naba_doc *d) {
    json_key(j, "counts");
    json_arr(j);
    for (size_t i = 0; i < d->counts.n; i++) {
        const naba_count *c = &d->counts.v[i];
        json_obj(j);
        json_text_span(j, d, c->start, c->end);
        json_kint(j, "sentence", c->sent);
        json_kstr(j, "kind", counts_kind_name(c->kind));
        json_knum(j, "value", c->value);
        if (c->value_max != c->value) json_knum(j, "value_max", c->value_max);
        json_kstr(j, "qualifier", counts_qualifier_name(c->qualifier));
        if (c->unit) json_kstr(j, "unit", c->unit);
        if (c->what_end > c->what_start) {
            json_key(j, "what_text");
            json_strn(j, d->text + c->what_start, c->what_end - c->what_start);
            json_kspan(j, "what_span", c->what_start, c->what_end);
        }
        if (c->what) json_kstr(j, "what", c->what);
        if (c->action) json_kstr(j, "action", c->action);
        json_end_obj(j);
    }
    json_end_arr(j);
}

const char counts_table_header[] =
    "#id\tsent\tstart\tend\tvalue\tvalue_max\tqualifier\tkind\tunit\twhat\taction\ttext\twhat_text\n";

void counts_write_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->counts.n; i++) {
        const naba_count *c = &d->counts.v[i];
        fprintf(f, "%s\t%u\t%u\t%u\t%.10g\t%.10g\t%s\t%s\t%s\t%s\t%s\t%.*s\t%.*s\n", d->id ? d->id : "-",
                c->sent, c->start, c->end, c->value, c->value_max, counts_qualifier_name(c->qualifier),
                counts_kind_name(c->kind), c->unit ? c->unit : "_", c->what ? c->what : "_",
                c->action ? c->action : "_", (int)(c->end - c->start), d->text + c->start,
                (int)(c->what_end - c->what_start), d->text + c->what_start);
    }
}
