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

#include "naba.h"

#include <stdio.h>

typedef struct naba_batch {
    naba_pipeline *pipe;
    naba_doc *doc;             /* reused for every document */
    naba_format fmt;
    FILE *out;
    const char *until;         /* run the pipeline only this far; NULL: all of it */
    const char *who;           /* names each failure on stderr ("naba analyze"); NULL: silent */
    int batch;                 /* several documents may be written: mark where each starts */
    int header_done;           /* a table's header line is written once, before the first document */
    size_t docs, failed, bytes;
    void (*on_doc)(void *cls); /* after each document written (progress), if set */
    void *cls;
} naba_batch;

/* Write b->doc, analyzed. */
void naba_batch_write(naba_batch *b);
/* Count a document that failed and write its error record; where (NULL: say
** nothing) names it on stderr after b->who. */
void naba_batch_fail(naba_batch *b, const char *id, const naba_error *err, const char *where);
/* Analyze one article and write its result or its error record. */
void naba_batch_text(naba_batch *b, const char *where, const char *text, size_t len,
                     const char *id, const char *title, const char *date);
/* Every record of a JSONL stream (naba_jsonl_next), each line named on stderr
** as "name: line N"; a line over max_bytes fails alone. */
void naba_batch_jsonl(naba_batch *b, FILE *in, const char *name, size_t max_bytes);

#endif
