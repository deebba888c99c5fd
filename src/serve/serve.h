/*
** serve.h — the request handling of `naba serve` (internal), apart from the
** HTTP transport: a request is its method, path, decoded query parameters and
** body; the answer is a status, a content type and a body. The command's
** libmicrohttpd glue (src/cli/serve.c) fills one from a connection and sends
** the other back; the tests and the fuzz target call serve_handle directly,
** with no socket. A body is one article as plain text, or with input=jsonl
** (or Content-Type application/x-ndjson) one article per line, answered as
** `naba analyze -i jsonl` would (src/io/batch.c).
*/
#ifndef NABA_SERVE_H
#define NABA_SERVE_H

#include "naba.h"

#include <stddef.h>

typedef struct serve_param {
    const char *key, *value;      /* decoded, NUL-terminated */
} serve_param;

typedef struct serve_request {
    const char *method;           /* "GET", "POST"... */
    const char *path;             /* without the query string */
    const serve_param *params;
    size_t n_params;
    const char *content_type;     /* the Content-Type header, NULL without one */
    const char *body;
    size_t body_len;
    int body_over_limit;          /* the transport stopped keeping the body at the limit */
} serve_request;

typedef struct serve_response {
    int status;                   /* HTTP status */
    const char *content_type;
    const char *allow;            /* the methods a 405 names, else NULL */
    char *body;                   /* malloc'd: the caller frees it (serve_response_free) */
    size_t body_len;
    int batch;                    /* a JSONL request: it counted the records below */
    size_t documents, failed;     /* records answered, and of those the error records */
} serve_response;

typedef struct serve_ctx serve_ctx;

/* Open the pipeline through `until` (NULL: every stage) once, for all requests.
** opt and data_dir are kept by reference and must outlive the server. */
serve_ctx *serve_open(const char *until, const char *data_dir, const naba_options *opt,
                      naba_error *err);
void serve_close(serve_ctx *s);
/* The body size limit (the pipeline's max_bytes). */
size_t serve_max_bytes(const serve_ctx *s);
/* The last stage the server runs. */
const char *serve_until(const serve_ctx *s);
/* Answer one request. Not reentrant: one request at a time per serve_ctx. */
void serve_handle(serve_ctx *s, const serve_request *rq, serve_response *rs);
void serve_response_free(serve_response *rs);
/* The answer to a connection past --max-connections: 503 and a "busy" error
** record. Needs no pipeline, so such a client never waits for one. */
void serve_busy(unsigned max_connections, serve_response *rs);

/* N pipelines for N requests at a time (pool.c): serve_pool_handle lends a
** request a free serve_ctx, waiting for one when all are busy. Each pipeline
** has its own stage states (the morph memo is written at run time) and
** document; the model files are mmapped by each, so the pages are shared. */
typedef struct serve_pool serve_pool;
serve_pool *serve_pool_open(unsigned n, const char *until, const char *data_dir,
                            const naba_options *opt, naba_error *err);
void serve_pool_close(serve_pool *p);
/* One of the pool's serve_ctx, for serve_max_bytes and serve_until only. */
const serve_ctx *serve_pool_any(const serve_pool *p);
/* serve_handle on a free pipeline; safe from any number of threads. */
void serve_pool_handle(serve_pool *p, const serve_request *rq, serve_response *rs);

#endif
