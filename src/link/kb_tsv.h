/*
** kb_tsv.h — reading knowledge-base rows from tab-separated files (internal):
** naba's curated tables under data/kb/ and users' own files (format in
** data/README.md). Errors name the file, the line and what is wrong.
*/
#ifndef NABA_KB_TSV_H
#define NABA_KB_TSV_H

#include "kb_builder.h"

naba_status kb_tsv_read(kbb *b, const char *text, size_t len, const char *name, naba_error *err);
naba_status kb_tsv_read_file(kbb *b, const char *path, naba_error *err);

#endif
