/*
** qcd_test.h — helpers shared by test_dates.c, test_counts.c and test_quotes.c:
** run the pipeline up to a stage over a string or the example article.
*/
#ifndef NABA_QCD_TEST_H
#define NABA_QCD_TEST_H

#include "naba.h"
#include "input.h"
#include "test.h"

#include <stdlib.h>

static inline naba_pipeline *qcd_pipe(const char *until) {
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open(until, NABA_SOURCE_DIR, NULL, &err);
    if (!p) fprintf(stderr, "pipeline: %s\n", err.message);
    return p;
}

static inline int qcd_run(naba_pipeline *p, naba_doc *d, const char *text, const char *date) {
    return naba_doc_load(d, text, strlen(text), "t", NULL, date) == NABA_OK && naba_pipeline_run(p, d) == NABA_OK;
}

/* The example article, malloc'd. */
static inline char *qcd_example(void) {
    FILE *f = fopen(NABA_SOURCE_DIR "/examples/istanbul-talks-2025-05-16.ar.txt", "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t len;
    naba_error err;
    naba_read_all(f, "example", 1 << 24, &buf, &len, &err);
    fclose(f);
    return buf;
}

/* Does the clean text at [s, e) equal str? */
static inline int qcd_is(const naba_doc *d, naba_off s, naba_off e, const char *str) {
    return strlen(str) == (size_t)(e - s) && memcmp(d->text + s, str, e - s) == 0;
}

/* Does the clean text at [s, e) contain str? */
static inline int qcd_has(const naba_doc *d, naba_off s, naba_off e, const char *str) {
    size_t n = strlen(str);
    for (naba_off k = s; k + n <= e; k++) if (!memcmp(d->text + k, str, n)) return 1;
    return 0;
}

#endif
