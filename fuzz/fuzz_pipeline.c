/*
** fuzz_pipeline.c — the whole pipeline through events (with the shipped
** models and data files) on arbitrary text, as `naba analyze -f json` runs
** it on a scraped page: every stage must succeed or refuse with an error,
** never crash; every span of every layer must lie inside the clean text and
** every index must point into its layer; and the JSON and events writers
** must write the result. The other text targets stop earlier (segment,
** quotes): morph, topic, ner, link, parse and events are reached only here.
**
** Input: the first line (up to 39 bytes) is the article date when the input
** has a newline there, as in fuzz_qcd_text; events run on every page
** whatever its topic, so the coder is reached by short inputs too.
*/
#include "naba.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static naba_pipeline *pipe_;
static naba_doc *doc_;
static FILE *sink_;

static void check(int cond) {
    if (!cond) abort();
}

static void check_span(naba_off start, naba_off end, size_t n) {
    check(start <= end && end <= n);
}

static void check_index(int32_t i, size_t n) {
    check(i >= -1 && (i < 0 || (size_t)i < n));
}

static void check_layers(const naba_doc *d) {
    size_t n = d->text_len;
    for (size_t i = 0; i < d->tokens.n; i++) check_span(d->tokens.v[i].start, d->tokens.v[i].end, n);
    for (size_t i = 0; i < d->words.n; i++) {
        const naba_word *w = &d->words.v[i];
        check_span(w->start, w->end, n);
        check(w->token < d->tokens.n && w->upos < NABA_UPOS_COUNT);
        check_index(w->head, d->words.n);
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        const naba_mention *m = &d->mentions.v[i];
        check_span(m->start, m->end, n);
        check(i == 0 || m->start >= d->mentions.v[i - 1].start); /* text order: events search it */
        check(m->type < NABA_ENT_COUNT);
        check_index(m->entity, d->entities.n);
    }
    for (size_t i = 0; i < d->entities.n; i++)
        check(d->entities.v[i].first_mention < d->mentions.n || !d->entities.v[i].n_mentions);
    for (size_t i = 0; i < d->events.n; i++) {
        const naba_event *e = &d->events.v[i];
        check_span(e->start, e->end, n);
        check_span(e->verb_start, e->verb_end, n);
        check_span(e->source.start, e->source.end, n);
        check_span(e->target.start, e->target.end, n);
        check_span(e->place_start, e->place_end, n);
        check_index(e->source.entity, d->entities.n);
        check_index(e->target.entity, d->entities.n);
        check_index(e->place_entity, d->entities.n);
        check_index(e->timex, d->timexes.n);
        check_index(e->quote, d->quotes.n);
        check_index(e->count, d->counts.n);
        check(e->cameo != NULL);   /* plover is NULL for a code PLOVER does not map (CAMEO 013) */
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!pipe_) {
        naba_error err = {0};
        naba_options opt;
        naba_options_init(&opt);
        opt.events_every_topic = 1;
        pipe_ = naba_pipeline_open("events", NULL, &opt, &err);
        doc_ = naba_doc_new();
        sink_ = fopen("/dev/null", "w");
        check(pipe_ && doc_ && sink_);
    }
    char date[40] = {0};
    const unsigned char *nl = memchr(data, '\n', size < 39 ? size : 39);
    if (nl) memcpy(date, data, (size_t)(nl - data));
    if (naba_doc_load(doc_, (const char *)data, size, "fuzz", NULL, nl ? date : NULL) != NABA_OK) return 0;
    if (naba_pipeline_run(pipe_, doc_) != NABA_OK) {
        check(doc_->error.code != NABA_OK && doc_->error.message[0]);
        return 0;
    }
    check_layers(doc_);
    check(naba_write(doc_, NABA_FMT_JSON, sink_) == NABA_OK);
    check(naba_write(doc_, NABA_FMT_EVENTS, sink_) == NABA_OK);
    return 0;
}
