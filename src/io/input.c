/*
** input.c — reading articles from files, stdin and JSONL batches.
**
** JSON is parsed with cJSON (Debian's libcjson): ten times faster than jansson
** on the news corpora, which matters at a million articles. A flat object (every
** news corpus line) is read first by the fast path of flat.c, which leaves
** everything else to cJSON. A batch line that cannot be
** read still yields a record, with an error, so the caller can write exactly one
** output line per input line.
*/
#include "input.h"

#include <cjson/cJSON.h>
#include <errno.h>
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
                             "%s: input is over the size limit of %zu bytes", name, max_bytes);
        }
        if (got == 0) break;
    }
    if (ferror(f)) { free(b); return naba_fail(err, NABA_ERR_IO, n, "%s: read error", name); }
    b[n] = '\0';
    *buf = b;
    *len = n;
    return NABA_OK;
}

naba_status naba_read_file(const char *path, size_t max_bytes, char **buf, size_t *len,
                           naba_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot open: %s", path, strerror(errno));
    naba_status st = naba_read_all(f, path, max_bytes, buf, len, err);
    fclose(f);
    return st;
}

/* What a record's strings live in until the next line: the fast path's
** buffer (kept from line to line) or cJSON's tree. */
typedef struct record_scratch {
    cJSON *obj;
    char *buf;
    size_t cap;
} record_scratch;

struct naba_jsonl {
    FILE *f;
    size_t max_bytes;
    char *line;
    size_t cap;
    size_t line_no;
    void *scratch;
};

naba_jsonl *naba_jsonl_open(FILE *f, size_t max_bytes) {
    naba_jsonl *r = calloc(1, sizeof(*r));
    if (!r) return NULL;
    r->f = f;
    r->max_bytes = max_bytes;
    return r;
}

void naba_jsonl_close(naba_jsonl *r) {
    if (!r) return;
    free(r->line);
    naba_record_release(&r->scratch);
    free(r);
}

static const char *str_field(cJSON *obj, const char *name) {
    cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* cJSON strings end at their first NUL, so an escaped \u0000 would silently cut
** the article short. Such lines are rare: escape each as the noncharacter
** U+FDD0 before parsing and turn it back into a NUL byte after, so the cleaner
** sees and reports it. Returns the text length. */
#define NUL_ESCAPE "\\u0000"
#define NUL_MARK "\\ufdd0"
static size_t restore_nuls(char *s) {
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if ((unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xB7 &&
            (unsigned char)s[i + 2] == 0x90) {
            s[o++] = '\0';
            i += 2;
        } else {
            s[o++] = s[i];
        }
    }
    return o;
}

/* The next \u0000 in p[0..n), or NULL. Every line is searched, and most
** hold none: finding the backslashes with memchr is several times cheaper
** than memmem's general search. */
static char *find_nul_escape(const char *p, size_t n) {
    const char *end = p + n;
    while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) >= 6 && !memcmp(p, NUL_ESCAPE, 6)) return (char *)p;
        p++;
    }
    return NULL;
}

void naba_record_release(void **scratch) {
    record_scratch *x = *scratch;
    if (x) {
        cJSON_Delete(x->obj);
        free(x->buf);
        free(x);
    }
    *scratch = NULL;
}

/* A record about to be read from line line_no: rec emptied, and the scratch
** of the last record emptied of its cJSON tree, or a new one (NULL: no memory). */
static record_scratch *record_begin(naba_record *rec, size_t line_no, void **scratch) {
    memset(rec, 0, sizeof(*rec));
    rec->line = line_no;
    record_scratch *x = *scratch;
    if (!x && !(x = *scratch = calloc(1, sizeof *x))) return NULL;
    cJSON_Delete(x->obj);
    x->obj = NULL;
    return x;
}

static naba_status parse_cjson(const char *line, size_t len, size_t line_no, int has_nul,
                               naba_record *rec, record_scratch *x, naba_error *err);

naba_status naba_record_parse(const char *line, size_t len, size_t line_no,
                              naba_record *rec, void **scratch, naba_error *err) {
    record_scratch *x = record_begin(rec, line_no, scratch);
    if (!x) return naba_fail(err, NABA_ERR_NOMEM, line_no, "out of memory");
    int has_nul = find_nul_escape(line, len) != NULL;
    if (!has_nul) {
        if (x->cap < len + 1) {
            size_t cap = len + len / 2 + 64;
            char *b = realloc(x->buf, cap);
            if (!b) return naba_fail(err, NABA_ERR_NOMEM, line_no, "out of memory");
            x->buf = b;
            x->cap = cap;
        }
        if (naba_record_flat(line, len, x->buf, rec)) return NABA_OK;
    }
    return parse_cjson(line, len, line_no, has_nul, rec, x, err);
}

naba_status naba_record_parse_cjson(const char *line, size_t len, size_t line_no,
                                    naba_record *rec, void **scratch, naba_error *err) {
    record_scratch *x = record_begin(rec, line_no, scratch);
    if (!x) return naba_fail(err, NABA_ERR_NOMEM, line_no, "out of memory");
    return parse_cjson(line, len, line_no, find_nul_escape(line, len) != NULL, rec, x, err);
}

/* The line read by cJSON into rec (emptied by record_begin), its tree kept in x;
** has_nul: the line holds an escaped NUL, which cJSON would end a string at. */
static naba_status parse_cjson(const char *line, size_t len, size_t line_no, int has_nul,
                               naba_record *rec, record_scratch *x, naba_error *err) {
    char *copy = NULL;
    if (has_nul) {
        if (!(copy = malloc(len))) return naba_fail(err, NABA_ERR_NOMEM, line_no, "out of memory");
        memcpy(copy, line, len);
        for (char *p = copy; (p = find_nul_escape(p, len - (size_t)(p - copy))); p += 6)
            if (p == copy || p[-1] != '\\') memcpy(p, NUL_MARK, 6);
        line = copy;
    }
    const char *end = NULL;
    cJSON *obj = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    size_t col = end && end >= line && end <= line + len ? (size_t)(end - line) + 1 : 0;
    free(copy);
    if (!obj)
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu, column %zu: invalid JSON",
                         line_no, col);
    x->obj = obj;
    if (!cJSON_IsObject(obj))
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu: expected a JSON object", line_no);
    /* ids are often numbers: keep them as text, in a member that lives as long as obj */
    cJSON *id = cJSON_GetObjectItemCaseSensitive(obj, "id");
    if (cJSON_IsNumber(id)) {
        char num[64];
        double v = id->valuedouble; /* whole numbers as integers, if long long holds them */
        if (v > -9e18 && v < 9e18 && v == (double)(long long)v)
            snprintf(num, sizeof num, "%lld", (long long)v);
        else
            snprintf(num, sizeof num, "%.17g", id->valuedouble);
        cJSON_AddStringToObject(obj, "\x01id", num);
        rec->id = str_field(obj, "\x01id");
    } else {
        rec->id = str_field(obj, "id");
    }
    rec->title = str_field(obj, "title");
    rec->date = str_field(obj, "date");
    if (!rec->date) rec->date = str_field(obj, "time"); /* the news corpora's name */
    cJSON *text = cJSON_GetObjectItemCaseSensitive(obj, "text");
    if (!cJSON_IsString(text))
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "line %zu: no \"text\" string field", line_no);
    rec->text = text->valuestring;
    rec->text_len = has_nul ? restore_nuls(text->valuestring) : strlen(text->valuestring);
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
            naba_record_release(&r->scratch);
            memset(rec, 0, sizeof(*rec));
            rec->line = r->line_no;
            naba_fail(err, NABA_ERR_TOO_LARGE, r->line_no,
                      "line %zu: record of %zu bytes is over the size limit of %zu (--max-bytes)",
                      r->line_no, len, r->max_bytes);
            return 1;
        }
        naba_record_parse(r->line, len, r->line_no, rec, &r->scratch, err);
        return 1;
    }
}
