/*
** input.h — reading articles: whole files or stdin, and JSONL batches (internal).
*/
#ifndef NABA_INPUT_H
#define NABA_INPUT_H

#include "naba.h"

/* Read all of f into a malloc'd buffer (NUL-terminated), failing with
** NABA_ERR_TOO_LARGE past max_bytes. name is used in messages. */
naba_status naba_read_all(FILE *f, const char *name, size_t max_bytes,
                          char **buf, size_t *len, naba_error *err);
/* The same for the file at path (a data file, dictionary or corpus): opened,
** read whole and closed; a file that cannot be opened fails with NABA_ERR_IO. */
naba_status naba_read_file(const char *path, size_t max_bytes, char **buf, size_t *len,
                           naba_error *err);
/* The size limit for data files, dictionaries and training corpora. */
#define NABA_DATA_FILE_MAX ((size_t)1 << 30)

/* One JSONL record: pointers into the reader's scratch, valid until the next call. */
typedef struct naba_record {
    const char *id, *text, *title, *date;
    size_t text_len;
    size_t line;        /* 1-based line number in the input */
} naba_record;

typedef struct naba_jsonl naba_jsonl;
/* Errors name the line, not the stream: the caller says which stream. */
naba_jsonl *naba_jsonl_open(FILE *f, size_t max_bytes);
void naba_jsonl_close(naba_jsonl *r);
/* 1: a record (rec filled; on a bad line rec->text is NULL and err says why, with
** rec->id set when it could be read), 0: end of input. Blank lines are skipped. */
int naba_jsonl_next(naba_jsonl *r, naba_record *rec, naba_error *err);

/* Parse one JSON object line into rec (used by the reader and the fuzzer).
** Strings are copied into *scratch (reused by the next call, freed by
** naba_record_release). A flat object goes through naba_record_flat, anything
** else through cJSON. */
naba_status naba_record_parse(const char *line, size_t len, size_t line_no,
                              naba_record *rec, void **scratch, naba_error *err);
/* The same with cJSON only: the reference the fast path must agree with. */
naba_status naba_record_parse_cjson(const char *line, size_t len, size_t line_no,
                                    naba_record *rec, void **scratch, naba_error *err);
/* The fast path (flat.c): 1 when line is a flat JSON object (string, number,
** true/false/null values) holding a "text" string and no numeric "id", with
** rec's strings decoded into buf (len + 1 bytes); 0 for anything else, which
** naba_record_parse_cjson then reads exactly as before. rec->line is not set. */
int naba_record_flat(const char *line, size_t len, char *buf, naba_record *rec);
/* Free what naba_record_parse left in *scratch. */
void naba_record_release(void **scratch);

#endif
