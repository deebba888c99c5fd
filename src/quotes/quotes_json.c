/*
** quotes_json.c — the quotes layer in the document JSON ("quotes") and as the
** --format quotes table.
*/
#include "quotes.h"

const char *quotes_kind_name(int k) {
    static const char *const names[] = {"direct", "indirect", "mixed"};
    return k >= 0 && k <= NABA_QUOTE_MIXED ? names[k] : "unknown";
}

void quotes_write_json(naba_json *j, const naba_doc *d) {
    json_key(j, "quotes");
    json_arr(j);
    for (size_t i = 0; i < d->quotes.n; i++) {
        const naba_quote *q = &d->quotes.v[i];
        json_obj(j);
        json_text_span(j, d, q->start, q->end);
        json_kspan(j, "sentences", q->sent_first, q->sent_last + 1);
        json_kstr(j, "kind", quotes_kind_name(q->kind));
        if (q->cue) {
            json_kstr(j, "cue", q->cue);
            json_kspan(j, "cue_span", q->cue_start, q->cue_end);
        }
        if (q->speaker_end > q->speaker_start) {
            if (q->speaker_name) json_kstr(j, "speaker", q->speaker_name);
            else json_kslice(j, "speaker", d, q->speaker_start, q->speaker_end);
            json_kspan(j, "speaker_span", q->speaker_start, q->speaker_end);
            if (q->flags & NABA_QUOTE_IMPLICIT) json_kbool(j, "speaker_implicit", 1);
        }
        if (q->speaker_entity >= 0 && (size_t)q->speaker_entity < d->entities.n) {
            const naba_entity *e = &d->entities.v[q->speaker_entity];
            json_kstr(j, "speaker_entity", e->id);
            if (q->flags & NABA_QUOTE_RESOLVED) json_kbool(j, "speaker_resolved", 1);
        }
        if (q->speaker_related >= 0 && (size_t)q->speaker_related < d->entities.n)
            json_kstr(j, "speaker_related_entity", d->entities.v[q->speaker_related].id);
        if (q->speaker_desc) json_kstr(j, "speaker_desc", q->speaker_desc);
        if (q->speaker_doc) json_kstr(j, "speaker_document", q->speaker_doc);
        if (q->medium_end > q->medium_start) {
            json_kslice(j, "medium", d, q->medium_start, q->medium_end);
            json_kspan(j, "medium_span", q->medium_start, q->medium_end);
        }
        if (q->via_end > q->via_start) {
            json_kslice(j, "reported_by", d, q->via_start, q->via_end);
            json_kspan(j, "reported_by_span", q->via_start, q->via_end);
            if (q->via_entity >= 0 && (size_t)q->via_entity < d->entities.n)
                json_kstr(j, "reported_by_entity", d->entities.v[q->via_entity].id);
        }
        if (q->flags & NABA_QUOTE_NESTED) json_kbool(j, "nested", 1);
        if (q->flags & NABA_QUOTE_UNBALANCED) json_kbool(j, "unbalanced", 1);
        if (q->flags & NABA_QUOTE_AFTER) json_kbool(j, "attribution_after", 1);
        json_knum(j, "conf", q->conf);
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void cell(FILE *f, const naba_doc *d, naba_off s, naba_off e) {
    if (e <= s) { fputc('_', f); return; }
    for (naba_off k = s; k < e; k++) {
        char ch = d->text[k];
        fputc(ch == '\n' || ch == '\t' ? ' ' : ch, f);
    }
}

const char quotes_table_header[] = "#id\tstart\tend\tkind\tcue\tspeaker\tspeaker_desc\tmedium\treported_by\tquote\n";

void quotes_write_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->quotes.n; i++) {
        const naba_quote *q = &d->quotes.v[i];
        fprintf(f, "%s\t%u\t%u\t%s\t%s\t", d->id ? d->id : "-", q->start, q->end,
                quotes_kind_name(q->kind), q->cue ? q->cue : "_");
        if (q->speaker_name) fputs(q->speaker_name, f);
        else cell(f, d, q->speaker_start, q->speaker_end);
        if (q->flags & NABA_QUOTE_IMPLICIT) fputs(" (implicit)", f);
        fprintf(f, "\t%s\t", q->speaker_desc ? q->speaker_desc : "_");
        cell(f, d, q->medium_start, q->medium_end);
        fputc('\t', f);
        cell(f, d, q->via_start, q->via_end);
        fputc('\t', f);
        cell(f, d, q->start, q->end);
        fputc('\n', f);
    }
}
