/*
** topic.h — the topic stage (internal): the document's topic among a few
** labels a reader knows (politics, economy, sport, culture, technology,
** society), with a probability per label (docs/topic.md).
**
** A multinomial logistic regression over hashed unigrams and bigrams of the
** morph stage's light stems (clitics split, so "والمباراة" and "مباراة" are one
** feature), learned from the news corpora's site sections (topic_train.c). The
** events stage asks topic_quiet_events whether a page is confidently no
** politics, and drops its events then (topic_events.c).
*/
#ifndef NABA_TOPIC_H
#define NABA_TOPIC_H

#include "naba.h"
#include "model.h"

#define TOPIC_KIND "topic"
#define TOPIC_VERSION 1u
#define TOPIC_MIN_BITS 8u
#define TOPIC_MAX_BITS 24u

/* The labels in naba_topic_name's order (a model's "labels" section lists them so). */
enum { TOPIC_POLITICS, TOPIC_ECONOMY, TOPIC_SPORT, TOPIC_CULTURE, TOPIC_TECHNOLOGY,
       TOPIC_SOCIETY };

typedef struct topic_model {
    naba_model *file;
    const float *bias;    /* [NABA_TOPIC_COUNT] */
    const float *w;       /* [bucket * NABA_TOPIC_COUNT + label] */
    uint32_t mask;        /* buckets - 1 */
} topic_model;

/* NULL with err set when the file is missing, truncated, foreign or corrupt. */
topic_model *topic_model_open(const char *path, naba_error *err);
topic_model *topic_model_open_mem(const void *bytes, size_t len, naba_error *err);
void topic_model_close(topic_model *m);

/* The feature buckets of doc's words (mask: buckets - 1), duplicates kept, into
** out, which holds 2 * doc->words.n; returns how many. */
size_t topic_features(const naba_doc *doc, uint32_t mask, uint32_t *out);
/* Each label's score (the softmax's input) for features f[0..n). */
void topic_scores(const float *bias, const float *w, const uint32_t *f, size_t n,
                  double score[NABA_TOPIC_COUNT]);
/* Scores to probabilities, in place; returns the most probable label. */
int topic_softmax(double p[NABA_TOPIC_COUNT]);
/* Classify doc (after morph) into doc->topic; NABA_ERR_NOMEM on out of memory. */
naba_status topic_classify(const topic_model *m, naba_doc *doc);

/* The stage (pipeline.c). */
void *topic_open(const char *data_dir, const naba_options *opt, naba_error *err);
naba_status topic_run(naba_doc *doc, void *state, const naba_options *opt);
void topic_close(void *state);

/* 1 when doc is long enough and its topic confidently one where events are no
** politics (sport, culture, technology): the events stage then codes none. */
int topic_quiet_events(const naba_doc *doc);

/* `naba train topic`, `naba eval topic` (topic_train.c, topic_eval.c). */
int topic_train_main(int argc, char **argv);
int topic_eval_main(int argc, char **argv);

#endif
