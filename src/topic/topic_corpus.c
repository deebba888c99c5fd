/*
** topic_corpus.c — the labelled news the topic trainer and evaluator read:
** JSONL corpora (gzipped or not) whose records carry a site section (`cat`) and
** a source (`src`), each article run through the pipeline up to morph.
**
** Sections become labels here, once: internationalNews, middleEast and
** Jawhara's politic are politics; economy, sport, culture, technology and
** society keep their names; Jawhara's localNews and diverse are left out (a
** local page is crime, strikes, weather and council politics alike: no one
** label is right for it, docs/topic.md).
*/
#include "topic_corpus.h"

#include "corpus_file.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int topic_label_of_section(const char *cat) {
    static const struct { const char *cat; int label; } map[] = {
        {"internationalNews", TOPIC_POLITICS}, {"middleEast", TOPIC_POLITICS},
        {"politic", TOPIC_POLITICS}, {"economy", TOPIC_ECONOMY}, {"sport", TOPIC_SPORT},
        {"culture", TOPIC_CULTURE}, {"technology", TOPIC_TECHNOLOGY},
        {"society", TOPIC_SOCIETY}};
    for (size_t i = 0; cat && i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(cat, map[i].cat)) return map[i].label;
    return -1;
}

int topic_is_dev(const char *id) {
    return id && naba_fnv1a64(id, strlen(id), NABA_FNV_INIT) % 10 == 0;
}

static const char *str_of(const cJSON *o, const char *k) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* 1 when the filter keeps a record of this source and id. */
static int keep(const topic_filter *flt, const char *src, const char *id) {
    if (flt->only_src && (!src || strcmp(src, flt->only_src))) return 0;
    if (flt->skip_src && src && !strcmp(src, flt->skip_src)) return 0;
    if (flt->split == TOPIC_SPLIT_TRAIN) return !topic_is_dev(id);
    if (flt->split == TOPIC_SPLIT_DEV) return topic_is_dev(id);
    return 1;
}

/* One record: parsed, filtered, analyzed to morph and handed to fn. */
static naba_status one(const char *line, size_t len, const topic_filter *flt, naba_pipeline *p,
                       naba_doc *doc, topic_doc_fn fn, void *ctx) {
    cJSON *o = cJSON_ParseWithLength(line, len);
    const char *text = str_of(o, "text"), *id = str_of(o, "id"), *src = str_of(o, "src");
    int label = topic_label_of_section(str_of(o, "cat"));
    naba_status st = NABA_OK;
    if (text && label >= 0 && keep(flt, src, id)) {
        naba_doc_reset(doc);
        if (naba_doc_load(doc, text, strlen(text), id, NULL, NULL) == NABA_OK &&
            naba_pipeline_run(p, doc) == NABA_OK)
            st = fn(ctx, doc, label);
    }
    cJSON_Delete(o);
    return st;
}

naba_status topic_corpus_each(char *const *files, int n_files, const topic_filter *flt,
                              topic_doc_fn fn, void *ctx, naba_error *err) {
    naba_options opt;
    naba_options_init(&opt);
    naba_pipeline *p = naba_pipeline_open("morph", NULL, &opt, err);
    naba_doc *doc = p ? naba_doc_new() : NULL;
    if (!doc) {
        naba_pipeline_close(p);
        return err->code != NABA_OK ? err->code : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    naba_status st = NABA_OK;
    char *line = NULL;
    size_t cap = 0;
    for (int i = 0; i < n_files && st == NABA_OK; i++) {
        FILE *f = naba_corpus_open(files[i], err);
        if (!f) { st = err->code; break; }
        ssize_t got;
        while (st == NABA_OK && (got = getline(&line, &cap, f)) > 0) st = one(line, (size_t)got, flt, p, doc, fn, ctx);
        naba_status closed = naba_corpus_close(f, files[i], st == NABA_OK ? err : NULL);
        if (st == NABA_OK) st = closed;
        else if (st == NABA_ERR_NOMEM) naba_fail(err, st, 0, "out of memory reading %s", files[i]);
    }
    free(line);
    naba_doc_free(doc);
    naba_pipeline_close(p);
    return st;
}
