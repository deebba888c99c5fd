/*
** fuzz_serve.c — `naba serve`'s request handling (src/serve/handler.c) on
** arbitrary requests, with no socket: every request gets a known status and a
** content type; every error is a JSON error record; every JSON answer is valid
** UTF-8 (a client's bad bytes are never echoed into an error, and a document
** reports its invalid bytes as U+FFFD); an article is analyzed (200) only when
** its body is within the limit; a JSONL batch (input=jsonl or its media type)
** counts no more failed records than records, and as JSON its every line is a
** JSON object. The server stops after segment (no model needed), with a 4 KB
** limit.
**
** Input: byte 0 picks the method (bits 0-1), whether the transport saw the
** body go over the limit (bit 2) and the Content-Type (bits 3-4: none, JSONL,
** JSON, plain text); then the path up to '\n'; then query
** parameters, one "key=value" a line ("key" alone: no value) up to an empty
** line; the rest is the body.
*/
#include "naba.h"
#include "serve.h"
#include "utf8.h"

#include <cJSON.h>
#include <stdlib.h>
#include <string.h>

static int valid_utf8(const char *s, size_t n) {
    size_t len;
    for (size_t i = 0; i < n; i += len)
        if (utf8_decode((const unsigned char *)s + i, n - i, &len) == UTF8_INVALID) return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static serve_ctx *srv;
    static naba_options opt;
    if (!srv) {
        naba_options_init(&opt);
        opt.max_bytes = 4096;
        naba_error err;
        if (!(srv = serve_open("segment", NULL, &opt, &err))) abort();
    }
    if (size < 1) return 0;
    static const char *const methods[] = {"GET", "POST", "HEAD", "PUT"};
    static const char *const types[] = {NULL, "application/x-ndjson", "application/json", "text/plain"};
    serve_request rq = {.method = methods[data[0] & 3], .body_over_limit = (data[0] >> 2) & 1,
                        .content_type = types[(data[0] >> 3) & 3]};
    /* a NUL-terminated copy to cut into path, keys and values */
    char *buf = malloc(size);
    memcpy(buf, data + 1, size - 1);
    buf[size - 1] = '\0';
    size_t n = size - 1, at = 0;
    serve_param params[16];
    char *nl = memchr(buf, '\n', n);
    rq.path = buf;
    if (nl) {
        *nl = '\0';
        at = (size_t)(nl - buf) + 1;
        while (at < n && buf[at] != '\n' && rq.n_params < 16) {
            char *line = buf + at, *end = memchr(line, '\n', n - at);
            if (!end) break;
            *end = '\0';
            char *eq = strchr(line, '=');
            if (eq) *eq = '\0';
            params[rq.n_params++] = (serve_param){line, eq ? eq + 1 : NULL};
            at = (size_t)(end - buf) + 1;
        }
        if (at < n && buf[at] == '\n') at++;
        rq.body = (const char *)data + 1 + at;
        rq.body_len = n - at;
    }
    rq.params = params;
    serve_response rs;
    serve_handle(srv, &rq, &rs);
    if (!rs.content_type) abort();
    switch (rs.status) {
    case 200:
        if (!strcmp(rq.path, "/analyze") && (rq.body_over_limit || rq.body_len > 4096)) abort();
        if (!strcmp(rs.content_type, "application/json") && !valid_utf8(rs.body, rs.body_len)) abort();
        if (rs.batch && rs.failed > rs.documents) abort();
        if (!strcmp(rs.content_type, "application/x-ndjson")) {
            if (!valid_utf8(rs.body, rs.body_len)) abort();
            for (size_t at = 0; at < rs.body_len;) {
                const char *nl = memchr(rs.body + at, '\n', rs.body_len - at);
                if (!nl) abort(); /* every record ends its line */
                cJSON *j = cJSON_ParseWithLength(rs.body + at, (size_t)(nl - rs.body - at));
                if (!cJSON_IsObject(j)) abort();
                cJSON_Delete(j);
                at = (size_t)(nl - rs.body) + 1;
            }
        }
        break;
    case 400: case 404: case 405: case 413: case 500: {
        if (!valid_utf8(rs.body, rs.body_len)) abort();
        cJSON *j = cJSON_ParseWithLength(rs.body, rs.body_len);
        if (!cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "error"), "code"))) abort();
        cJSON_Delete(j);
        if ((rs.status == 405) != (rs.allow != NULL)) abort();
        break;
    }
    default: abort();
    }
    serve_response_free(&rs);
    free(buf);
    return 0;
}
