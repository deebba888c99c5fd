/*
** serve.h — the request handling of `naba serve` (internal), apart from the
** HTTP transport: a request is its method, path, decoded query parameters and
** body; the answer is a status, a content type and a body. The command's
** libmicrohttpd glue (src/cli/serve.c) fills one from a connection and sends
** the other back; the tests and the fuzz target call serve_handle directly,
** with no socket.
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

#endif
