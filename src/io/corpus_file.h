/*
** corpus_file.h — opening a news corpus file that may be gzipped (internal).
**
** Trainers and evaluators read the JSONL corpora of ../shared/data/news, which
** come gzipped; users may give them plain. One reader for both keeps the three
** tools that read corpora (topic, NER news counts, quotes/counts/dates eval)
** behaving alike on either kind of file.
*/
#ifndef NABA_CORPUS_FILE_H
#define NABA_CORPUS_FILE_H

#include <stdio.h>

#include "naba.h"

/* A stream of the file's bytes, decompressed when it is gzip and as they are
** otherwise (`gzip -dcf`, so no zlib dependency). NULL with err set when the
** decompressor cannot be started. */
FILE *naba_corpus_open(const char *path, naba_error *err);
/* Close the stream. NABA_ERR_IO naming path when the file could not be read
** whole (missing, unreadable, a truncated or corrupt gzip stream). */
naba_status naba_corpus_close(FILE *f, const char *path, naba_error *err);

#endif
