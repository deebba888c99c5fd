/*
** events_json.c — the events layer in every output: the "events" array of the
** document JSON, PLOVER-style JSON records (one line per event, the field names
** of the PLOVER manual's data chapter), and a GDELT-like tab-separated table.
*/
#include "events.h"
#include "json.h"

#include <stdio.h>
#include <string.h>

static const char *const modality_names[] = {"negated", "refused", "proposed", "threatened", "demanded", "hypothetical"};

static void write_modality(naba_json *j, uint32_t m) {
    json_key(j, "modality");
    json_arr(j);
    for (unsigned i = 0; i < sizeof modality_names / sizeof *modality_names; i++)
        if (m & (1u << i)) json_str(j, modality_names[i]);
    json_end_arr(j);
}

static void write_actor(naba_json *j, const char *key, const naba_doc *d, const naba_actor *a) {
    json_key(j, key);
    if (!a->code && a->end <= a->start && a->entity < 0) { json_null(j); return; }
    json_obj(j);
    if (a->end > a->start) {
        json_kslice(j, "text", d, a->start, a->end);
        json_kspan(j, "span", a->start, a->end);
    }
    json_kstr(j, "code", a->code);
    if (a->entity >= 0 && (size_t)a->entity < d->entities.n) {
        json_kint(j, "entity", a->entity);
        json_kstr(j, "entity_id", d->entities.v[a->entity].id);
    }
    json_end_obj(j);
}

/* The event's date: its sentence's date expression, else the article's date
** (the input's, else the text's first full date, as for a text-only article
** whose dateline gives the day), as event data sets date an undated report.
** Always ISO 8601 (ev_article_date); a date naba cannot read leaves the event
** undated (NULL). */
static const char *event_date(const naba_doc *d, const naba_event *e) {
    if (e->timex >= 0 && (size_t)e->timex < d->timexes.n && d->timexes.v[e->timex].resolution != NABA_TIMEX_UNRESOLVED)
        return d->timexes.v[e->timex].value;
    return ev_article_date(d);
}

void ev_write_json_layer(naba_json *j, const naba_doc *d) {
    if (!d->events.n) return;
    json_key(j, "events");
    json_arr(j);
    for (size_t i = 0; i < d->events.n; i++) {
        const naba_event *e = &d->events.v[i];
        json_obj(j);
        json_kint(j, "sentence", e->sent);
        json_kstr(j, "cameo", e->cameo);
        json_kstr(j, "plover", e->plover);
        if (e->mode) json_kstr(j, "mode", e->mode);
        if (e->context) json_kstr(j, "context", e->context);
        if (e->quad) json_kint(j, "quad", e->quad);
        write_actor(j, "source", d, &e->source);
        write_actor(j, "target", d, &e->target);
        json_kslice(j, "verb", d, e->verb_start, e->verb_end);
        json_kspan(j, "verb_span", e->verb_start, e->verb_end);
        json_kslice(j, "evidence", d, e->start, e->end);
        json_kspan(j, "span", e->start, e->end);
        json_korig(j, d, e->start, e->end);
        if (e->place_end > e->place_start) {
            json_key(j, "place");
            json_obj(j);
            json_kslice(j, "text", d, e->place_start, e->place_end);
            json_kspan(j, "span", e->place_start, e->place_end);
            if (e->place_entity >= 0) json_kint(j, "entity", e->place_entity);
            json_end_obj(j);
        }
        const char *date = event_date(d, e);
        if (date) json_kstr(j, "date", date);
        if (e->timex >= 0) json_kint(j, "timex", e->timex);
        if (e->quote >= 0) json_kint(j, "quote", e->quote);
        if (e->count >= 0 && (size_t)e->count < d->counts.n) {
            json_key(j, "count");
            json_obj(j);
            json_kint(j, "index", e->count);
            json_knum(j, "value", d->counts.v[e->count].value);
            json_end_obj(j);
        }
        write_modality(j, e->modality);
        json_knum(j, "conf", (double)((int)(e->conf * 1000 + 0.5f)) / 1000.0);
        if (e->rule) json_kstr(j, "rule", e->rule);
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void plover_entity(naba_json *j, const char *key, const naba_doc *d, const naba_actor *a) {
    json_key(j, key);
    json_arr(j);
    if (a->code || a->end > a->start) {
        json_obj(j);
        json_kstr(j, "code", a->code);
        char m[4];
        const char *main = ev_code_main(a->code, m);
        if (main) json_kstr(j, "country", main);
        /* the sector is what follows the country: GOV of RUSGOV, or a bare role */
        const char *sector = ev_code_role(a->code);
        if (sector && *sector) json_kstr(j, "sector", sector);
        if (a->end > a->start) json_kslice(j, "text", d, a->start, a->end);
        if (a->entity >= 0 && (size_t)a->entity < d->entities.n) json_kstr(j, "wiki", d->entities.v[a->entity].id);
        json_end_obj(j);
    }
    json_end_arr(j);
}

void ev_write_plover(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->events.n; i++) {
        const naba_event *e = &d->events.v[i];
        naba_json j;
        json_init(&j, f);
        json_obj(&j);
        char id[256];
        snprintf(id, sizeof id, "%s-%zu", d->id ? d->id : "doc", i + 1);
        json_kstr(&j, "id", id);
        json_kstr(&j, "date", event_date(d, e));
        json_key(&j, "event");
        json_arr(&j);
        if (e->plover) json_str(&j, e->plover);
        json_end_arr(&j);
        json_kstr(&j, "event_type", e->plover);
        json_key(&j, "mode");
        json_arr(&j);
        if (e->mode) json_str(&j, e->mode);
        json_end_arr(&j);
        json_key(&j, "context");
        json_arr(&j);
        if (e->context) json_str(&j, e->context);
        json_end_arr(&j);
        plover_entity(&j, "actor", d, &e->source);
        plover_entity(&j, "recipient", d, &e->target);
        if (e->quad) json_kint(&j, "quad_code", e->quad);
        json_kstr(&j, "cameo", e->cameo);
        if (e->place_end > e->place_start) {
            json_key(&j, "event_loc");
            json_obj(&j);
            json_kslice(&j, "name", d, e->place_start, e->place_end);
            json_end_obj(&j);
        }
        json_key(&j, "event_text");
        json_arr(&j);
        json_strn(&j, d->text + e->start, e->end - e->start);
        json_end_arr(&j);
        /* the sentence, when it is one (not a whole unsegmented article) */
        if (e->sent < d->sents.n && d->sents.v[e->sent].end - d->sents.v[e->sent].start <= 2000)
            json_kslice(&j, "text", d, d->sents.v[e->sent].start, d->sents.v[e->sent].end);
        write_modality(&j, e->modality);
        json_knum(&j, "conf", (double)((int)(e->conf * 1000 + 0.5f)) / 1000.0);
        json_kstr(&j, "coder", "naba " NABA_VERSION);
        json_end_obj(&j);
        fputc('\n', f);
    }
}

/* A table cell: tabs and newlines would break the row. */
static void cell(FILE *f, const char *s, size_t n) {
    if (!s || !n) { fputc('_', f); return; }
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], f);
}

static void span_cell(FILE *f, const naba_doc *d, naba_off s, naba_off e) {
    cell(f, e > s ? d->text + s : NULL, e > s ? e - s : 0);
}

void ev_write_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->events.n; i++) {
        const naba_event *e = &d->events.v[i];
        const char *date = event_date(d, e);
        cell(f, date, date ? strlen(date) : 0);
        fputc('\t', f);
        span_cell(f, d, e->source.start, e->source.end);
        fputc('\t', f);
        cell(f, e->source.code, e->source.code ? strlen(e->source.code) : 0);
        fprintf(f, "\t%s\t%s\t", e->cameo, e->plover ? e->plover : "_");
        span_cell(f, d, e->target.start, e->target.end);
        fputc('\t', f);
        cell(f, e->target.code, e->target.code ? strlen(e->target.code) : 0);
        fputc('\t', f);
        span_cell(f, d, e->place_start, e->place_end);
        fprintf(f, "\t%.2f\t", (double)e->conf);
        cell(f, d->id ? d->id : "-", d->id ? strlen(d->id) : 1); /* "-" as in the other tables */
        fprintf(f, "\t%u\t", e->sent);
        span_cell(f, d, e->start, e->end);
        fputc('\n', f);
    }
}
