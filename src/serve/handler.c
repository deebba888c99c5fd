/*
** handler.c — what `naba serve` answers (serve.h): POST /analyze runs the
** pipeline over the body and writes it with naba_write, exactly as `naba
** analyze -f FORMAT` would for the same text; GET / teaches, GET /health says
** the server is up. Every error is the batch mode's error record
** {"id":..., "error":{"code":..., "message":..., "offset":...}} with the HTTP
** status that says whose fault it was.
**
** A body of JSONL (input=jsonl, or Content-Type application/x-ndjson) is a
** batch: one article a line, each answered in order as `naba analyze -i jsonl
** -f FORMAT` answers it (the same code, src/io/batch.c), a bad line by an
** error record; a JSON object (input=json, application/json) is one record.
**
** One naba_doc is reused for every request (its arena is reset, as in a batch
** run). A request may stop earlier than the server (until=ner): the one
** pipeline runs only its stages up to that one (naba_pipeline_run_until).
*/
#include "serve.h"
#include "batch.h"
#include "calendar.h"
#include "input.h"
#include "names.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct serve_ctx {
    naba_pipeline *pipe;
    int last; /* index of the server's last stage */
    naba_doc *doc;
};

serve_ctx *serve_open(const char *until, const char *data_dir, const naba_options *opt,
                      naba_error *err) {
    int n = 0;
    while (naba_stage_names()[n]) n++;
    int last = until ? naba_stage_index(until) : n - 1;
    if (last < 0) {
        naba_fail(err, NABA_ERR_USAGE, 0, "unknown stage '%s' (see naba serve --help)", until);
        return NULL;
    }
    serve_ctx *s = calloc(1, sizeof *s);
    if (!s) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    s->last = last;
    s->pipe = naba_pipeline_open(naba_stage_names()[last], data_dir, opt, err);
    s->doc = naba_doc_new();
    if (!s->pipe || !s->doc) {
        if (s->pipe && !s->doc) naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        serve_close(s);
        return NULL;
    }
    return s;
}

void serve_close(serve_ctx *s) {
    if (!s) return;
    naba_pipeline_close(s->pipe);
    naba_doc_free(s->doc);
    free(s);
}

size_t serve_max_bytes(const serve_ctx *s) {
    return naba_pipeline_options(s->pipe)->max_bytes;
}

const char *serve_until(const serve_ctx *s) { return naba_stage_names()[s->last]; }

void serve_response_free(serve_response *rs) {
    free(rs->body);
    rs->body = NULL;
    rs->body_len = 0;
}

/* At most 60 bytes of s, cut at a code point, for quoting a client's value in a
** message: the message is JSON, and a cut inside a character would not be UTF-8. */
static int clip(const char *s) {
    size_t n = strlen(s), at = 0, len;
    while (at < n && at < 60) {
        utf8_decode((const unsigned char *)s + at, n - at, &len);
        if (at + len > 60) break;
        at += len;
    }
    return (int)at;
}

/* Valid UTF-8 with no control character (an id is a table's first column). */
static int plain_text(const char *s) {
    size_t n = strlen(s), len;
    for (size_t i = 0; i < n; i += len) {
        uint32_t c = utf8_decode((const unsigned char *)s + i, n - i, &len);
        if (c == UTF8_INVALID || c < 0x20 || c == 0x7F) return 0;
    }
    return 1;
}

/* Answer with an error record. */
static void fail(serve_response *rs, FILE *out, int status, const char *id, naba_status code,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static void fail(serve_response *rs, FILE *out, int status, const char *id, naba_status code,
                 const char *fmt, ...) {
    naba_error err = {.code = code};
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err.message, sizeof err.message, fmt, ap);
    va_end(ap);
    rs->status = status;
    rs->content_type = "application/json";
    naba_write_error_record(id, &err, out);
}

/* The status of a pipeline failure: the client's text, or the server. */
static int status_of(naba_status st) {
    switch (st) {
    case NABA_ERR_TOO_LARGE: return 413;
    case NABA_ERR_BINARY:
    case NABA_ERR_EMPTY:
    case NABA_ERR_FORMAT:
    case NABA_ERR_USAGE: return 400;
    default: return 500;
    }
}

static const char *content_type(naba_format f) {
    switch (f) {
    case NABA_FMT_JSON:
    case NABA_FMT_JSONL: return "application/json";
    case NABA_FMT_PLOVER: return "application/x-ndjson"; /* one JSON record a line */
    case NABA_FMT_TOKENS:
    case NABA_FMT_QUOTES:
    case NABA_FMT_COUNTS:
    case NABA_FMT_DATES:
    case NABA_FMT_ENTITIES:
    case NABA_FMT_EVENTS: return "text/tab-separated-values; charset=utf-8";
    default: return "text/plain; charset=utf-8";
    }
}

/* The parameters of POST /analyze, as `naba analyze` takes them on its command line. */
typedef struct analyze_args {
    naba_format fmt;
    const char *fmt_name, *until, *id, *title, *date, *input;
} analyze_args;

static const char *const param_names[] = {"format", "until", "id", "title", "date", "input", NULL};

/* What the body holds. */
enum { IN_TEXT, IN_JSONL, IN_JSON };

/* Whether a Content-Type header names media type t (parameters such as
** charset after ';' aside; case does not matter). */
static int media_type_is(const char *ct, const char *t) {
    size_t n = strlen(t);
    while (*ct == ' ' || *ct == '\t') ct++;
    if (strncasecmp(ct, t, n)) return 0;
    ct += n;
    while (*ct == ' ' || *ct == '\t') ct++;
    return !*ct || *ct == ';';
}

/* The input= parameter, else the Content-Type: anything not JSON is the
** article's text, as before there were batches (curl --data-binary says
** application/x-www-form-urlencoded). */
static int input_of(const serve_request *rq, const analyze_args *a) {
    if (a->input) return !strcmp(a->input, "jsonl") ? IN_JSONL : !strcmp(a->input, "json") ? IN_JSON : IN_TEXT;
    const char *ct = rq->content_type ? rq->content_type : "";
    if (media_type_is(ct, "application/x-ndjson") || media_type_is(ct, "application/jsonl") ||
        media_type_is(ct, "application/x-jsonlines"))
        return IN_JSONL;
    return media_type_is(ct, "application/json") ? IN_JSON : IN_TEXT;
}

/* Read the query parameters into a; 0 after answering with what is wrong. */
static int read_params(serve_ctx *s, const serve_request *rq, analyze_args *a,
                       serve_response *rs, FILE *out) {
    const char **slot[] = {&a->fmt_name, &a->until, &a->id, &a->title, &a->date, &a->input};
    for (size_t i = 0; i < rq->n_params; i++) {
        const char *k = rq->params[i].key, *v = rq->params[i].value ? rq->params[i].value : "";
        if (!plain_text(k)) {
            fail(rs, out, 400, NULL, NABA_ERR_USAGE, "a parameter name is not UTF-8 text");
            return 0;
        }
        int p = 0;
        while (param_names[p] && strcmp(param_names[p], k)) p++;
        if (!param_names[p]) {
            fail(rs, out, 400, NULL, NABA_ERR_USAGE,
                 "unknown parameter '%.*s' (format, until, id, title, date, input; see GET /)", clip(k), k);
            return 0;
        }
        if (*slot[p]) {
            fail(rs, out, 400, NULL, NABA_ERR_USAGE, "parameter '%s' given twice", k);
            return 0;
        }
        if (!plain_text(v)) {
            fail(rs, out, 400, NULL, NABA_ERR_USAGE,
                 "parameter '%s' is not UTF-8 text without control characters", k);
            return 0;
        }
        *slot[p] = v;
    }
    const char *id = a->id, *upto = a->until ? a->until : serve_until(s), *needs;
    long day;
    int at;
    if (a->fmt_name && !naba_format_from_name(a->fmt_name, &a->fmt))
        fail(rs, out, 400, id, NABA_ERR_USAGE, "unknown format '%.*s' (json, jsonl, text, tokens, report, "
             "conllu, entities, quotes, counts, dates, events, plover, none)", clip(a->fmt_name), a->fmt_name);
    else if (a->until && (at = naba_stage_index(a->until)) < 0)
        fail(rs, out, 400, id, NABA_ERR_USAGE, "unknown stage '%.*s' (see GET /)", clip(a->until), a->until);
    else if (a->until && at > s->last)
        fail(rs, out, 400, id, NABA_ERR_USAGE, "until=%s: this server runs up to %s (naba serve --until)",
             a->until, serve_until(s));
    else if (a->input && strcmp(a->input, "text") && strcmp(a->input, "jsonl") && strcmp(a->input, "json"))
        fail(rs, out, 400, id, NABA_ERR_USAGE, "unknown input '%.*s' (text, jsonl or json)", clip(a->input), a->input);
    else if (input_of(rq, a) != IN_TEXT && (a->id || a->title || a->date))
        fail(rs, out, 400, id, NABA_ERR_USAGE, "id, title and date name one text article; "
             "a JSON record names its own (\"id\", \"title\", \"date\" or \"time\")");
    else if (a->date && !cal_parse_article_date(a->date, &day))
        fail(rs, out, 400, id, NABA_ERR_USAGE, "date wants a date such as 2025-05-16, not '%.*s'",
             clip(a->date), a->date);
    else if ((needs = naba_format_missing_stage(a->fmt, upto)))
        fail(rs, out, 400, id, NABA_ERR_USAGE, "format=%s shows what the %s stage finds; %s%s stops before it",
             a->fmt_name, needs, a->until ? "until=" : "this server (naba serve --until) ", upto);
    else
        return 1;
    return 0;
}

/* One article: the status says whether it was analyzed. */
static void analyze_text(serve_ctx *s, const analyze_args *a, const char *text, size_t len, const char *id,
                         const char *title, const char *date, serve_response *rs, FILE *out) {
    naba_status st = naba_doc_load(s->doc, text, len, id, title, date);
    if (st == NABA_OK)
        st = a->until ? naba_pipeline_run_until(s->pipe, s->doc, a->until) : naba_pipeline_run(s->pipe, s->doc);
    if (st != NABA_OK) {
        rs->status = status_of(st);
        rs->content_type = "application/json";
        naba_write_error_record(id, &s->doc->error, out);
        return;
    }
    rs->status = 200;
    rs->content_type = content_type(a->fmt);
    if (naba_write(s->doc, a->fmt, out) != NABA_OK) rs->status = -1; /* half written: dropped below */
}

/* A JSON object of one article, as a line of a batch. */
static void analyze_record(serve_ctx *s, const analyze_args *a, const serve_request *rq, serve_response *rs,
                           FILE *out) {
    naba_record rec = {0};
    void *scratch = NULL;
    naba_error err = {0};
    if (naba_record_parse(rq->body ? rq->body : "", rq->body_len, 1, &rec, &scratch, &err) == NABA_OK)
        analyze_text(s, a, rec.text, rec.text_len, rec.id, rec.title, rec.date, rs, out);
    else {
        rs->status = status_of(err.code);
        rs->content_type = "application/json";
        naba_write_error_record(rec.id, &err, out);
    }
    naba_record_release(&scratch);
}

/* A batch, one article a line: 200 with a result or an error record for
** each line, as naba analyze -i jsonl writes them. */
static void analyze_batch(serve_ctx *s, const analyze_args *a, const serve_request *rq, serve_response *rs,
                          FILE *out) {
    naba_batch b = {.pipe = s->pipe, .doc = s->doc, .fmt = a->fmt, .out = out, .until = a->until, .batch = 1};
    if (rq->body_len) { /* fmemopen takes no empty buffer: no lines, no records */
        FILE *in = fmemopen((void *)rq->body, rq->body_len, "r");
        if (!in) { rs->status = -1; return; }
        __fsetlocking(in, FSETLOCKING_BYCALLER);
        naba_batch_jsonl(&b, in, "the body", serve_max_bytes(s));
        fclose(in);
    }
    rs->status = 200;
    rs->content_type = a->fmt == NABA_FMT_JSON || a->fmt == NABA_FMT_JSONL ? "application/x-ndjson"
                                                                            : content_type(a->fmt);
    rs->batch = 1;
    rs->documents = b.docs;
    rs->failed = b.failed;
}

static void analyze(serve_ctx *s, const serve_request *rq, serve_response *rs, FILE *out) {
    analyze_args a = {.fmt = NABA_FMT_JSON};
    if (!read_params(s, rq, &a, rs, out)) return;
    size_t max = serve_max_bytes(s);
    int input = input_of(rq, &a);
    if (rq->body_over_limit || rq->body_len > max) {
        fail(rs, out, 413, a.id, NABA_ERR_TOO_LARGE, "the %s is over the limit of %zu bytes "
             "(naba serve --max-bytes)", input == IN_JSONL ? "batch" : "article", max);
        return;
    }
    if (input == IN_JSONL) analyze_batch(s, &a, rq, rs, out);
    else if (input == IN_JSON) analyze_record(s, &a, rq, rs, out);
    else analyze_text(s, &a, rq->body ? rq->body : "", rq->body_len, a.id, a.title, a.date, rs, out);
}

static void usage(serve_ctx *s, FILE *out) {
    fprintf(out,
            "naba %s: Arabic news in, what it reports out (the pipeline through %s).\n\n"
            "POST /analyze   the article's UTF-8 text as the body; answers what\n"
            "                `naba analyze -f FORMAT` writes for it. Query parameters:\n"
            "  format=F      json (default), jsonl, text, tokens, report, conllu, entities,\n"
            "                quotes, counts, dates, events, plover, none\n"
            "  until=STAGE   stop after STAGE (",
            NABA_VERSION, serve_until(s));
    for (int i = 0; i <= s->last; i++) fprintf(out, "%s%s", i ? " " : "", naba_stage_names()[i]);
    fputs(")\n"
          "  date=DATE     the article's date, e.g. 2025-05-16: anchors relative dates\n"
          "  id=ID, title=TITLE   the document's id and title, as in the output\n"
          "  input=jsonl   a batch: one JSON record a line, {\"id\":..., \"text\":...,\n"
          "                \"title\":..., \"date\":...}, as naba analyze -i jsonl reads; each\n"
          "                line answered in order, a bad one by an error record (also\n"
          "                Content-Type: application/x-ndjson). input=json (or\n"
          "                application/json): the body is one such record\n"
          "GET /health     {\"status\":\"ok\",...} once the models are loaded\n\n"
          "example:\n"
          "  curl --data-binary @article.txt 'http://HOST:PORT/analyze?format=events&date=2025-05-16'\n"
          "  curl -H 'Content-Type: application/x-ndjson' --data-binary @batch.jsonl \\\n"
          "       'http://HOST:PORT/analyze?format=jsonl'\n\n"
          "Errors are JSON, {\"id\":..., \"error\":{\"code\":..., \"message\":..., \"offset\":...}}:\n"
          "400 bad parameter or text, 413 article over the size limit, 404, 405, 500;\n"
          "503 busy: the server holds all the connections it takes; retry later.\n", out);
}

/* The stream an answer's body is written to; NULL (rs is a bare 500) when
** out of memory. */
static FILE *open_answer(serve_response *rs) {
    memset(rs, 0, sizeof *rs);
    FILE *out = open_memstream(&rs->body, &rs->body_len);
    if (!out) { rs->status = 500; rs->content_type = "text/plain; charset=utf-8"; return NULL; }
    /* only this thread writes it: no lock per fputc (the server has two threads,
    ** so stdio would lock every call: 4% of a request's instructions) */
    __fsetlocking(out, FSETLOCKING_BYCALLER);
    return out;
}

static void close_answer(serve_response *rs, FILE *out) {
    if (fclose(out) != 0 || rs->status < 0) { /* out of memory */
        serve_response_free(rs);
        rs->status = 500;
        rs->content_type = "text/plain; charset=utf-8";
    }
}

void serve_busy(unsigned max_connections, serve_response *rs) {
    FILE *out = open_answer(rs);
    if (!out) return;
    fail(rs, out, 503, NULL, NABA_ERR_BUSY,
         "the server holds the %u connections --max-connections allows: retry later", max_connections);
    close_answer(rs, out);
}

void serve_handle(serve_ctx *s, const serve_request *rq, serve_response *rs) {
    FILE *out = open_answer(rs);
    if (!out) return;
    const char *m = rq->method ? rq->method : "", *path = rq->path ? rq->path : "";
    int get = !strcmp(m, "GET") || !strcmp(m, "HEAD");
    if (!strcmp(path, "/analyze")) {
        if (!strcmp(m, "POST")) analyze(s, rq, rs, out);
        else {
            rs->allow = "POST";
            fail(rs, out, 405, NULL, NABA_ERR_USAGE, "/analyze takes POST, with the article as the body");
        }
    } else if (!strcmp(path, "/") || !strcmp(path, "/health")) {
        if (!get) {
            rs->allow = "GET, HEAD";
            fail(rs, out, 405, NULL, NABA_ERR_USAGE, "%s takes GET", path);
        } else if (!strcmp(path, "/")) {
            rs->status = 200;
            rs->content_type = "text/plain; charset=utf-8";
            usage(s, out);
        } else {
            rs->status = 200;
            rs->content_type = "application/json";
            fprintf(out, "{\"status\":\"ok\",\"version\":\"%s\",\"schema\":%d,\"until\":\"%s\"}\n",
                    NABA_VERSION, NABA_SCHEMA_VERSION, serve_until(s));
        }
    } else {
        fail(rs, out, 404, NULL, NABA_ERR_USAGE, "no such path: %.*s (POST /analyze; GET / for usage)",
             plain_text(path) ? clip(path) : 0, path);
    }
    close_answer(rs, out);
}
