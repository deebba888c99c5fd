/*
** json.h — a small streaming JSON writer (internal).
**
** Output is written as it is produced, with commas placed by the writer, so
** serializing a large document needs no tree in memory. Input JSON is parsed
** with cJSON instead; writing is the hot path and deserves its own few lines.
*/
#ifndef NABA_JSON_H
#define NABA_JSON_H

#include "naba.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct naba_json {
    FILE *f;
    int depth;
    uint64_t need_comma; /* bit d: an element was written at depth d */
    int after_key;
} naba_json;

void json_init(naba_json *j, FILE *f);
void json_obj(naba_json *j);    /* { */
void json_end_obj(naba_json *j);
void json_arr(naba_json *j);    /* [ */
void json_end_arr(naba_json *j);
void json_key(naba_json *j, const char *k);
void json_str(naba_json *j, const char *s);
void json_strn(naba_json *j, const char *s, size_t n);
/* Bytes of the original input, which may not be UTF-8: each invalid byte is
** written as U+FFFD (JSON cannot carry it; docs/schema.md, repairs' "was"). */
void json_strn_input(naba_json *j, const char *s, size_t n);
void json_int(naba_json *j, long long v);
void json_num(naba_json *j, double v); /* NaN/inf written as null */
void json_bool(naba_json *j, int v);
void json_null(naba_json *j);
/* key + value shorthands */
void json_kstr(naba_json *j, const char *k, const char *s);
void json_kint(naba_json *j, const char *k, long long v);
void json_knum(naba_json *j, const char *k, double v);
void json_kbool(naba_json *j, const char *k, int v);
/* "k": [start, end] */
void json_kspan(naba_json *j, const char *k, size_t start, size_t end);

/* Spans [s, e) of a document's clean text, written the same way by every
** layer: "k": its text (empty when e <= s); "orig": [s, e) mapped back to the
** original input; and the "text", "span", "orig" an element of most layers
** opens with. */
void json_kslice(naba_json *j, const char *k, const naba_doc *d, size_t s, size_t e);
void json_korig(naba_json *j, const naba_doc *d, size_t s, size_t e);
void json_text_span(naba_json *j, const naba_doc *d, size_t s, size_t e);

#endif
