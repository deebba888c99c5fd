/*
** input.c — reading articles from files, stdin and JSONL batches.
**
** JSON is parsed with jansson (Debian's libjansson), which keeps NUL bytes
** inside strings so they can be reported rather than cut the text short. A batch line that cannot be
** read still yields a record, with an error, so the caller can write exactly one
** output line per input line.
*/
#include "input.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

naba_status naba_read_all(FILE *f, const char *name, size_t max_bytes,
                          char **buf, size_t *len, naba_error *err) {
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory reading %s", name);
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > max_bytes + 1) break;
            char *nb = realloc(b, cap * 2);
            if (!nb) { free(b); return naba_fail(err, NABA_ERR_NOMEM, n, "out of memory reading %s", name); }
            b = nb;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - 1 - n, f);
        n += got;
        if (n > max_bytes) {
            free(b);
            return naba_fail(err, NABA_ERR_TOO_LARGE, max_bytes,
                             "%s: input is over the size limit of %zu bytes (raise it with --max-bytes)",
                             name, max_bytes);
        }
        if (got == 0) break;
    }
    if (ferror(f)) { free(b); return naba_fail(err, NABA_ERR_IO, n, "%s: read error", name); }
    b[n] = '\0';
    *buf = b;
    *len = n;
    return NABA_OK;
}

struct naba_jsonl {
    FILE *f;
    const char *name;
    size_t max_bytes;
    char *line;
    size_t cap;
    size_t line_no;
    void *scratch;
};

naba_jsonl *naba_jsonl_open(FILE *f, const char *name, size_t max_bytes) {
    naba_jsonl *r = calloc(1, sizeof(*r));
    if (!r) return NULL;
    r->f = f;
    r->name = name;
    r->max_bytes = max_bytes;
    return r;
}

void naba_jsonl_close(naba_jsonl *r) {
    if (!r) return;
    free(r->line);
    json_decref(r->scratch);
    free(r);
}

static const char *str_field(json_t *obj, const char *name, size_t *len) {
    json_t *v = json_object_get(obj, name);
    if (!json_is_string(v)) return NULL;
    if (len) *len = json_string_length(v);
    return json_string_value(v);
}

naba_status naba_record_parse(const char *line, size_t len, size_t line_no,
                              naba_record *rec, void **scratch, naba_error *err) {
    json_decref(*scratch);
    *scratch = NULL;
    memset(rec, 0, sizeof(*rec));
    rec->line = line_no;
    json_error_t je;
    /* JSON_ALLOW_NUL: an escaped \u0000 inside "text" reaches the cleaner, which
       reports and removes it, instead of silently cutting the article short */
    json_t *obj = json_loadb(line, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
    if (!obj)
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu, column %d: invalid JSON: %s",
                         line_no, je.column, je.text);
    *scratch = obj;
    if (!json_is_object(obj))
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu: expected a JSON object", line_no);
    /* ids are often numbers: keep them as text, in a member that lives as long as obj */
    json_t *id = json_object_get(obj, "id");
    if (json_is_integer(id) || json_is_real(id)) {
        char num[64];
        if (json_is_integer(id)) snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        else snprintf(num, sizeof num, "%.17g", json_real_value(id));
        json_object_set_new(obj, "\x01id", json_string(num));
        rec->id = str_field(obj, "\x01id", NULL);
    } else {
        rec->id = str_field(obj, "id", NULL);
    }
    rec->title = str_field(obj, "title", NULL);
    rec->date = str_field(obj, "date", NULL);
    if (!rec->date) rec->date = str_field(obj, "time", NULL); /* the news corpora's name */
    rec->text = str_field(obj, "text", &rec->text_len);
    if (!rec->text)
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu: no \"text\" string field", line_no);
    return NABA_OK;
}

int naba_jsonl_next(naba_jsonl *r, naba_record *rec, naba_error *err) {
    for (;;) {
        ssize_t n = getline(&r->line, &r->cap, r->f);
        if (n < 0) return 0;
        r->line_no++;
        size_t len = (size_t)n;
        while (len && (r->line[len - 1] == '\n' || r->line[len - 1] == '\r')) len--;
        size_t i = 0;
        while (i < len && (r->line[i] == ' ' || r->line[i] == '\t')) i++;
        if (i == len) continue; /* blank line: not a record */
        if (len > r->max_bytes) {
            json_decref(r->scratch);
            r->scratch = NULL;
            memset(rec, 0, sizeof(*rec));
            rec->line = r->line_no;
            naba_fail(err, NABA_ERR_TOO_LARGE, r->line_no,
                      "%s line %zu: record of %zu bytes is over the size limit of %zu (--max-bytes)",
                      r->name, r->line_no, len, r->max_bytes);
            return 1;
        }
        naba_record_parse(r->line, len, r->line_no, rec, &r->scratch, err);
        return 1;
    }
}
