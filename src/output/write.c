/*
** write.c — a document in each output format: JSON (the full, versioned
** schema of docs/schema.md), JSONL, the clean text, a token table, and a short
** report for a person at a terminal.
*/
#include "naba.h"
#include "json.h"
#include "names.h"
#include "dates.h"
#include "counts.h"
#include "quotes.h"
#include "ner.h"
#include "link.h"
#include "conllu.h"
#include "events.h"

#include <math.h>
#include <string.h>

static void write_flags(naba_json *j, uint32_t flags) {
    json_key(j, "flags");
    json_arr(j);
    if (flags & NABA_NOTE_UNBALANCED_QUOTES) json_str(j, "unbalanced_quotes");
    if (flags & NABA_NOTE_TRUNCATED) json_str(j, "truncated");
    json_end_arr(j);
}

static void write_repairs(naba_json *j, const naba_doc *d) {
    json_key(j, "repairs");
    json_arr(j);
    for (size_t i = 0; i < d->repairs.n; i++) {
        const naba_repair *r = &d->repairs.v[i];
        json_obj(j);
        json_kstr(j, "kind", naba_repair_name(r->kind));
        json_kspan(j, "orig", r->orig_start, r->orig_end);
        json_kint(j, "clean_at", r->clean_at);
        json_key(j, "was");
        json_strn_input(j, d->orig + r->orig_start, r->orig_end - r->orig_start);
        if (r->detail) json_kstr(j, "detail", r->detail);
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void write_structure(naba_json *j, const naba_doc *d) {
    json_key(j, "paragraphs");
    json_arr(j);
    for (size_t i = 0; i < d->paras.n; i++) {
        const naba_paragraph *p = &d->paras.v[i];
        json_obj(j);
        json_kspan(j, "span", p->start, p->end);
        json_korig(j, d, p->start, p->end);
        json_kspan(j, "sentences", p->sent_first, p->sent_first + p->sent_count);
        write_flags(j, p->flags);
        json_end_obj(j);
    }
    json_end_arr(j);
    json_key(j, "sentences");
    json_arr(j);
    for (size_t i = 0; i < d->sents.n; i++) {
        const naba_sentence *s = &d->sents.v[i];
        json_obj(j);
        json_kspan(j, "span", s->start, s->end);
        json_korig(j, d, s->start, s->end);
        json_kint(j, "paragraph", s->para);
        json_kspan(j, "tokens", s->tok_first, s->tok_first + s->tok_count);
        if (d->words.n) json_kspan(j, "words", s->word_first, s->word_first + s->word_count);
        write_flags(j, s->flags);
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void write_tokens(naba_json *j, const naba_doc *d) {
    json_key(j, "tokens");
    json_arr(j);
    for (size_t i = 0; i < d->tokens.n; i++) {
        const naba_token *t = &d->tokens.v[i];
        json_obj(j);
        json_text_span(j, d, t->start, t->end);
        json_kstr(j, "kind", naba_token_kind_name(t->kind));
        json_kstr(j, "script", naba_script_name(t->script));
        if (t->key) json_kstr(j, "key", t->key);
        if (!isnan(t->value)) json_knum(j, "value", t->value);
        if (!t->space_after) json_kbool(j, "space_after", 0);
        if (t->unanalysed) json_kbool(j, "unanalysed", 1);
        if (d->words.n) json_kspan(j, "words", t->word_first, t->word_first + t->word_count);
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void write_words(naba_json *j, const naba_doc *d) {
    if (!d->words.n) return;
    json_key(j, "words");
    json_arr(j);
    for (size_t i = 0; i < d->words.n; i++) {
        const naba_word *w = &d->words.v[i];
        json_obj(j);
        json_kstr(j, "form", w->form);
        json_kspan(j, "span", w->start, w->end);
        json_kint(j, "token", w->token);
        json_kstr(j, "lemma", w->lemma);
        json_kstr(j, "upos", naba_upos_name(w->upos));
        if (w->feats && strcmp(w->feats, "_") != 0) json_kstr(j, "feats", w->feats);
        if (w->stem) json_kstr(j, "stem", w->stem);
        if (w->deprel) {
            json_kint(j, "head", w->head);
            json_kstr(j, "deprel", w->deprel);
        }
        json_end_obj(j);
    }
    json_end_arr(j);
}

static void write_topic(naba_json *j, const naba_doc *d) {
    json_key(j, "topic");
    json_obj(j);
    json_kstr(j, "label", d->topic.label);
    json_knum(j, "prob", round(d->topic.prob * 1e4) / 1e4);
    json_key(j, "probs");
    json_obj(j);
    for (int k = 0; k < NABA_TOPIC_COUNT; k++)
        json_knum(j, naba_topic_name(k), round(d->topic.probs[k] * 1e4) / 1e4);
    json_end_obj(j);
    json_end_obj(j);
}

static naba_status write_json(const naba_doc *d, FILE *f) {
    naba_json j;
    json_init(&j, f);
    json_obj(&j);
    json_kstr(&j, "naba", NABA_VERSION);
    json_kint(&j, "schema", NABA_SCHEMA_VERSION);
    if (d->id) json_kstr(&j, "id", d->id);
    if (d->title) json_kstr(&j, "title", d->title);
    if (d->date) json_kstr(&j, "date", d->date);
    json_key(&j, "text");
    json_strn(&j, d->text ? d->text : "", d->text_len);
    write_repairs(&j, d);
    write_structure(&j, d);
    write_tokens(&j, d);
    write_words(&j, d);
    if (d->topic.label) write_topic(&j, d);
    if (d->mentions.n) ner_write_json(&j, d);
    if (link_write_json(&j, d)) return NABA_ERR_NOMEM;
    if (d->timexes.n) dates_write_json(&j, d);
    if (d->counts.n) counts_write_json(&j, d);
    if (d->quotes.n) quotes_write_json(&j, d);
    ev_write_json_layer(&j, d);
    json_end_obj(&j);
    fputc('\n', f); /* the writer never emits a newline inside a record */
    return NABA_OK;
}

static const char token_table_header[] = "#sent\tstart\tend\torig_start\torig_end\tkind\tscript\ttext\tkey\tvalue\n";

static void write_token_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->tokens.n; i++) {
        const naba_token *t = &d->tokens.v[i];
        fprintf(f, "%u\t%u\t%u\t%zu\t%zu\t%s\t%s\t%.*s\t%s\t", t->sent, t->start, t->end,
                naba_orig_start(d, t->start), naba_orig_end(d, t->end),
                naba_token_kind_name(t->kind), naba_script_name(t->script),
                (int)(t->end - t->start), d->text + t->start, t->key ? t->key : "");
        if (isnan(t->value)) fputs("_\n", f);
        else fprintf(f, "%.10g\n", t->value);
    }
}

/* At most max bytes of s[0..n), cut at a UTF-8 character boundary. */
static size_t prefix_len(const char *s, size_t n, size_t max) {
    if (n <= max) return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
    return max;
}

static void write_report(const naba_doc *d, FILE *f) {
    size_t by_kind[NABA_REPAIR_COUNT] = {0};
    for (size_t i = 0; i < d->repairs.n; i++) by_kind[d->repairs.v[i].kind]++;
    fprintf(f, "document %s: %zu bytes in, %zu bytes of clean text\n", d->id ? d->id : "-",
            d->orig_len, d->text_len);
    fprintf(f, "  %zu paragraphs, %zu sentences, %zu tokens", d->paras.n, d->sents.n, d->tokens.n);
    if (d->words.n) fprintf(f, ", %zu words", d->words.n);
    fputc('\n', f);
    if (d->repairs.n) {
        fprintf(f, "  repairs:");
        for (int k = 0; k < NABA_REPAIR_COUNT; k++)
            if (by_kind[k]) fprintf(f, " %s %zu", naba_repair_name(k), by_kind[k]);
        fputc('\n', f);
    }
    for (size_t i = 0; i < d->repairs.n; i++) {
        const naba_repair *r = &d->repairs.v[i];
        if (r->kind != NABA_REPAIR_BOILERPLATE && r->kind != NABA_REPAIR_DUPLICATE) continue;
        size_t n = r->orig_end - r->orig_start, shown = prefix_len(d->orig + r->orig_start, n, 80);
        fprintf(f, "  removed %s at %u: %.*s%s\n", naba_repair_name(r->kind), r->orig_start,
                (int)shown, d->orig + r->orig_start, shown < n ? "..." : "");
    }
    for (size_t i = 0; i < d->sents.n; i++) {
        const naba_sentence *s = &d->sents.v[i];
        if (!(s->flags & (NABA_NOTE_TRUNCATED | NABA_NOTE_UNBALANCED_QUOTES))) continue;
        size_t n = s->end - s->start, shown = prefix_len(d->text + s->start, n, 80);
        fprintf(f, "  sentence %zu %s: %.*s%s\n", i,
                s->flags & NABA_NOTE_TRUNCATED ? "looks truncated" : "has unbalanced quotes",
                (int)shown, d->text + s->start, shown < n ? "..." : "");
    }
}

const char *naba_table_header(naba_format fmt) {
    switch (fmt) {
    case NABA_FMT_TOKENS: return token_table_header;
    case NABA_FMT_QUOTES: return quotes_table_header;
    case NABA_FMT_COUNTS: return counts_table_header;
    case NABA_FMT_DATES: return dates_table_header;
    case NABA_FMT_ENTITIES: return link_table_header;
    default: return NULL;
    }
}

naba_status naba_write(const naba_doc *d, naba_format fmt, FILE *f) {
    const char *header = naba_table_header(fmt);
    if (header) fputs(header, f);
    return naba_write_rows(d, fmt, f);
}

naba_status naba_write_rows(const naba_doc *d, naba_format fmt, FILE *f) {
    naba_status st = NABA_OK;
    switch (fmt) {
    case NABA_FMT_JSON:
    case NABA_FMT_JSONL: st = write_json(d, f); break;
    case NABA_FMT_TEXT:
        fwrite(d->text, 1, d->text_len, f);
        if (d->text_len && d->text[d->text_len - 1] != '\n') fputc('\n', f);
        break;
    case NABA_FMT_TOKENS: write_token_table(d, f); break;
    case NABA_FMT_REPORT: write_report(d, f); break;
    case NABA_FMT_EVENTS: ev_write_table(d, f); break;
    case NABA_FMT_PLOVER: ev_write_plover(d, f); break;
    case NABA_FMT_NONE: break;
    case NABA_FMT_QUOTES: quotes_write_table(d, f); break;
    case NABA_FMT_COUNTS: counts_write_table(d, f); break;
    case NABA_FMT_DATES: dates_write_table(d, f); break;
    case NABA_FMT_ENTITIES: st = link_write_table(d, f); break;
    case NABA_FMT_CONLLU: naba_write_conllu(d, f); break;
    }
    return st ? st : ferror(f) ? NABA_ERR_IO : NABA_OK;
}

void naba_write_error_record(const char *id, const naba_error *err, FILE *f) {
    naba_json j;
    json_init(&j, f);
    json_obj(&j);
    if (id) json_kstr(&j, "id", id); else json_kstr(&j, "id", NULL);
    json_key(&j, "error");
    json_obj(&j);
    json_kstr(&j, "code", naba_status_name(err->code));
    json_kstr(&j, "message", err->message);
    json_kint(&j, "offset", (long long)err->offset);
    json_end_obj(&j);
    json_end_obj(&j);
    fputc('\n', f);
}
