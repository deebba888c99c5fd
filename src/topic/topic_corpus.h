/*
** topic_corpus.h — labelled news for the topic trainer and evaluator
** (internal): which records they read, and each one's words (topic_corpus.c).
*/
#ifndef NABA_TOPIC_CORPUS_H
#define NABA_TOPIC_CORPUS_H

#include "topic.h"

/* A site section (`cat`) as a label; -1 for none (Jawhara's localNews and
** diverse mix every topic; a record without cat). */
int topic_label_of_section(const char *cat);
/* The fixed dev split: whole articles, by a hash of their id (one in ten). */
int topic_is_dev(const char *id);

enum { TOPIC_SPLIT_ALL, TOPIC_SPLIT_TRAIN, TOPIC_SPLIT_DEV };

typedef struct topic_filter {
    int split;              /* TOPIC_SPLIT_* */
    const char *only_src;   /* only records of this `src`, NULL: any */
    const char *skip_src;   /* none of this `src`, NULL: none left out */
} topic_filter;

/* Called with each kept record's document, analyzed up to morph, and its label. */
typedef naba_status (*topic_doc_fn)(void *ctx, naba_doc *doc, int label);

/* Read the JSONL files (gzipped or plain), keep the labelled records flt
** keeps, analyze each and call fn; stops at fn's first error. */
naba_status topic_corpus_each(char *const *files, int n_files, const topic_filter *flt,
                              topic_doc_fn fn, void *ctx, naba_error *err);

#endif
