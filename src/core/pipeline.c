/*
** pipeline.c — stages composed in order over one document.
**
** The table below is the only place that knows the order of stages; a later
** stage is added as a row without touching the stages before it.
*/
#include "naba.h"
#include "stage.h"
#include "ner.h"
#include "morph.h"
#include "parse.h"
#include "dates.h"
#include "counts.h"
#include "quotes.h"
#include "link.h"
#include "events.h"
#include "clean.h"
#include "topic.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <pthread.h>

const naba_stage_def naba_stage_table[] = {
    {"clean", "repair scraped text: boilerplate, duplicates, punctuation, Unicode",
     naba_clean_open, naba_clean, naba_clean_close, NULL},
    {"segment", "paragraphs, sentences and tokens", NULL, naba_segment, NULL, NULL},
    {"morph", "words (clitics split), UPOS, features, lemmas", morph_open, morph_run, morph_close, NULL},
    {"topic", "the document's topic: politics, economy, sport, culture, technology, society",
     topic_open, topic_run, topic_close, NULL},
    {"ner", "named-entity mentions: PER, LOC, ORG, MISC (models/ner.nbm)", NULL, ner_stage_run,
     ner_stage_close, ner_stage_open},
    {"link", "entities: mentions resolved to one identity across spellings and scripts",
     NULL, naba_link, naba_link_close, naba_link_open_after},
    {"parse", "dependency trees: each word's head and UD relation", naba_parse_open, naba_parse,
     naba_parse_close, NULL},
    {"dates", "date and time expressions, resolved against the article date",
     NULL, naba_dates_run, naba_dates_close, naba_dates_open},
    {"counts", "numbers and what they count (killed, arrested, exchanged...)",
     NULL, naba_counts_run, naba_counts_close, naba_counts_open},
    {"quotes", "direct and reported speech with speaker, cue and medium",
     NULL, naba_quotes_run, naba_quotes_close, naba_quotes_open},
    {"events", "political events: who did what to whom (CAMEO, PLOVER)", NULL,
     naba_events_run, naba_events_close, naba_events_open},
    {NULL, NULL, NULL, NULL, NULL, NULL}};

#define MAX_STAGES 32

struct naba_pipeline {
    naba_stage stages[MAX_STAGES];
    size_t n;
    naba_options opt;
    char data_dir[1024];
};

static const char *stage_names[MAX_STAGES + 1];
static pthread_once_t stage_names_once = PTHREAD_ONCE_INIT; /* filled once: naba serve's threads call it */

static void fill_stage_names(void) {
    size_t i = 0;
    for (; naba_stage_table[i].name && i < MAX_STAGES; i++) stage_names[i] = naba_stage_table[i].name;
    stage_names[i] = NULL;
}

const char *const *naba_stage_names(void) {
    pthread_once(&stage_names_once, fill_stage_names);
    return stage_names;
}

static int is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Explicit argument, then $NABA_DATA_DIR, then the installed share dir, then
** the source tree (so a fresh build runs without `make install`). */
const char *naba_resolve_data_dir(const char *given) {
    if (given && *given) return given;
    const char *env = getenv("NABA_DATA_DIR");
    if (env && *env) return env;
#ifdef NABA_INSTALL_DATA_DIR
    if (is_dir(NABA_INSTALL_DATA_DIR "/data")) return NABA_INSTALL_DATA_DIR;
#endif
#ifdef NABA_SOURCE_DIR
    return NABA_SOURCE_DIR;
#else
    return ".";
#endif
}

const char *naba_data_path(const char *data_dir, const char *rel, char *out, size_t cap) {
    snprintf(out, cap, "%s/%s", data_dir, rel);
    return out;
}

naba_pipeline *naba_pipeline_open(const char *until, const char *data_dir,
                                  const naba_options *opt, naba_error *err) {
    size_t last = 0;
    int found = 0;
    for (size_t i = 0; naba_stage_table[i].name; i++) {
        if (!until || strcmp(naba_stage_table[i].name, until) == 0) { last = i; found = 1; }
    }
    if (!found) {
        naba_fail(err, NABA_ERR_USAGE, 0, "unknown stage '%s' (see naba analyze --help)", until);
        return NULL;
    }
    naba_pipeline *p = calloc(1, sizeof(*p));
    if (!p) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    if (opt) p->opt = *opt; else naba_options_init(&p->opt);
    if (p->opt.max_bytes == 0) p->opt.max_bytes = NABA_DEFAULT_MAX_BYTES;
    if (p->opt.fold_flags == 0) p->opt.fold_flags = NABA_FOLD_DEFAULT;
    if (p->opt.near_duplicate <= 0) p->opt.near_duplicate = 0.9;
    snprintf(p->data_dir, sizeof p->data_dir, "%s", naba_resolve_data_dir(data_dir));
    for (size_t i = 0; i <= last; i++) {
        const naba_stage_def *d = &naba_stage_table[i];
        naba_stage *s = &p->stages[p->n];
        s->name = d->name;
        s->run = d->run;
        s->close = d->close;
        if (d->open || d->open_after) {
            naba_error e = {0};
            s->state = d->open ? d->open(p->data_dir, &p->opt, &e) : d->open_after(p->data_dir, &p->opt, p, &e);
            if (!s->state) {
                if (err) *err = e;
                if (err && err->code == NABA_OK) naba_fail(err, NABA_ERR_MODEL, 0, "stage %s failed to load", d->name);
                naba_pipeline_close(p);
                return NULL;
            }
        }
        p->n++;
    }
    return p;
}

void naba_pipeline_close(naba_pipeline *p) {
    if (!p) return;
    for (size_t i = p->n; i-- > 0;)   /* a stage closes before the stages it borrows from */
        if (p->stages[i].close && p->stages[i].state) p->stages[i].close(p->stages[i].state);
    free(p);
}

void *naba_stage_state(const naba_pipeline *p, const char *name) {
    for (size_t i = 0; p && i < p->n; i++)
        if (strcmp(p->stages[i].name, name) == 0) return p->stages[i].state;
    return NULL;
}

const naba_options *naba_pipeline_options(const naba_pipeline *p) { return &p->opt; }

/* Run stages [first, end) of p. */
static naba_status run_range(naba_pipeline *p, naba_doc *doc, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        naba_status st = p->stages[i].run(doc, p->stages[i].state, &p->opt);
        if (st != NABA_OK) {
            if (doc->error.code == NABA_OK)
                naba_fail(&doc->error, st, 0, "stage %s failed", p->stages[i].name);
            return st;
        }
    }
    return NABA_OK;
}

/* The position of the named stage in p, or p->n when p does not run it. */
static size_t stage_at(const naba_pipeline *p, const char *stage) {
    size_t i = 0;
    while (i < p->n && strcmp(p->stages[i].name, stage) != 0) i++;
    return i;
}

naba_status naba_pipeline_run(naba_pipeline *p, naba_doc *doc) { return run_range(p, doc, 0, p->n); }

naba_status naba_pipeline_run_after(naba_pipeline *p, naba_doc *doc, const char *stage) {
    size_t i = stage_at(p, stage);
    if (i == p->n) return NABA_OK; /* the pipeline stops before that stage: nothing to run */
    return run_range(p, doc, i + 1, p->n);
}

naba_status naba_pipeline_run_until(naba_pipeline *p, naba_doc *doc, const char *stage) {
    size_t i = stage_at(p, stage);
    if (i == p->n)
        return naba_fail(&doc->error, NABA_ERR_USAGE, 0, "stage '%s' is not in this pipeline", stage);
    return run_range(p, doc, 0, i + 1);
}
