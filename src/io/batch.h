/*
** batch.h — documents one after another into one output, as `naba analyze`
** writes a batch (internal). `naba serve` answers a JSONL request with the
** same code, so that its answer is byte for byte what `naba analyze -i jsonl`
** writes for the same lines: a table's header once at the top, '#doc ID'
** before each document of the text and token formats, and for a line that
** cannot be analyzed an error record (json and jsonl; the other formats have
** no place for one and skip it). Every record yields its output, in order.
*/
#ifndef NABA_BATCH_H
#define NABA_BATCH_H

#include "input.h"
#include "naba.h"

#include <stdio.h>

typedef struct naba_batch {
    naba_pipeline *pipe;
    naba_doc *doc;             /* reused for every document */
    naba_format fmt;
    FILE *out;
    const char *until;         /* run the pipeline only this far; NULL: all of it */
    const char *who;           /* names each failure on stderr ("naba analyze"); NULL: silent */
    FILE *log;                 /* where failures are named; NULL: stderr */
    int batch;                 /* several documents may be written: mark where each starts */
    int header_done;           /* a table's header line is written once, before the first document */
    size_t docs, failed, bytes;
    void (*on_doc)(void *cls); /* after each document written (progress), if set */
    void *cls;
} naba_batch;

/* Write the format's table header, if it has one and it is not written yet. */
void naba_batch_header(naba_batch *b);
/* Write b->doc, analyzed. */
void naba_batch_write(naba_batch *b);
/* Count a document that failed and write its error record; where (NULL: say
** nothing) names it on stderr after b->who. */
void naba_batch_fail(naba_batch *b, const char *id, const naba_error *err, const char *where);
/* Analyze one article and write its result or its error record. */
void naba_batch_text(naba_batch *b, const char *where, const char *text, size_t len,
                     const char *id, const char *title, const char *date);
/* Analyze one record read by naba_jsonl_next (err: why it could not be read)
** and write its result or its error record; name is the stream's name. */
void naba_batch_record(naba_batch *b, const char *name, const naba_record *rec, const naba_error *err);
/* Every record of a JSONL stream (naba_jsonl_next), each line named on stderr
** as "name: line N"; a line over max_bytes fails alone. */
void naba_batch_jsonl(naba_batch *b, FILE *in, const char *name, size_t max_bytes);
/* Open a JSONL stream for naba_batch_record; NULL (out of memory) after
** counting it as one failed document. */
naba_jsonl *naba_batch_jsonl_open(naba_batch *b, FILE *in, const char *name, size_t max_bytes);

/* The same batch on n threads (batch_jobs.c): the output, the stderr lines and
** the counts are those of naba_batch_jsonl, in the same order. Worker 0 uses
** b's pipeline and document; the other n - 1 open their own pipeline, as
** naba_pipeline_open(until, data_dir, opt). NULL on failure (err says why). */
typedef struct naba_batch_jobs naba_batch_jobs;
naba_batch_jobs *naba_batch_jobs_open(naba_batch *b, unsigned n, const char *until,
                                      const char *data_dir, const naba_options *opt, naba_error *err);
void naba_batch_jobs_run(naba_batch_jobs *j, FILE *in, const char *name, size_t max_bytes);
void naba_batch_jobs_close(naba_batch_jobs *j);

#endif
