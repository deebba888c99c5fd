/*
** dates_json.c — the dates layer in the document JSON ("timexes") and as the
** --format dates table.
*/
#include "dates.h"

static const char *resolution_name(int r) {
    static const char *const names[] = {"absolute", "article_date", "unresolved", "name"};
    return r >= 0 && r <= NABA_TIMEX_NAME ? names[r] : "unknown";
}

static const char *anchor_name(int a) {
    static const char *const names[] = {"none", "input_date", "dateline", "text_date", "previous_date"};
    return a >= 0 && a <= NABA_ANCHOR_PREVIOUS_DATE ? names[a] : "unknown";
}

void dates_write_json(naba_json *j, const naba_doc *d) {
    json_key(j, "timexes");
    json_arr(j);
    for (size_t i = 0; i < d->timexes.n; i++) {
        const naba_timex *t = &d->timexes.v[i];
        json_obj(j);
        json_text_span(j, d, t->start, t->end);
        json_kint(j, "sentence", t->sent);
        json_kstr(j, "value", t->value);
        json_kstr(j, "resolution", resolution_name(t->resolution));
        if (t->anchor) json_kstr(j, "anchor", anchor_name(t->anchor));
        if (t->flags & NABA_TIMEX_HIJRI) json_kstr(j, "calendar", "hijri");
        if (t->flags & NABA_TIMEX_APPROX) json_kbool(j, "approximate", 1);
        if (t->flags & NABA_TIMEX_TIME) json_kbool(j, "time", 1);
        json_end_obj(j);
    }
    json_end_arr(j);
}

const char dates_table_header[] = "#id\tsent\tstart\tend\tvalue\tresolution\tanchor\ttext\n";

void dates_write_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->timexes.n; i++) {
        const naba_timex *t = &d->timexes.v[i];
        fprintf(f, "%s\t%u\t%u\t%u\t%s\t%s\t%s\t%.*s\n", d->id ? d->id : "-", t->sent, t->start, t->end, t->value,
                resolution_name(t->resolution), anchor_name(t->anchor),
                (int)(t->end - t->start), d->text + t->start);
    }
}
