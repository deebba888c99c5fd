/*
** serve.c — naba-serve, the program `naba serve` runs (src/cli/serve_exec.c):
** an HTTP server over libnaba, so that a program can analyze article after
** article without paying the models' start-up each time. A program of its
** own so that only serving loads libmicrohttpd and GnuTLS.
**
** This file is only the transport (libmicrohttpd): it reads a request's
** method, path, query parameters and body into a serve_request and sends back
** what serve_handle (src/serve/handler.c) answers. By default MHD's one
** internal polling thread reads and writes every connection and runs the
** handler: one request analyzed at a time, as `naba analyze` uses one core.
** With --threads N each connection has a thread of its own, and a request
** borrows one of N pipelines (src/serve/pool.c) for as long as it is
** analyzed, waiting while all N are busy: no two requests share a stage's
** memo or a document arena, and no request waits while a pipeline is free.
** (Not MHD's thread pool: a connection stays on the pool thread that accepted
** it, so two kept-alive connections accepted by one thread would be analyzed
** one after the other while the other thread idled.) The main
** thread only waits for SIGINT/SIGTERM. Connections past --max-connections
** are counted here and answered 503 in both modes (libmicrohttpd's own limit
** would queue them in one mode and drop them in the other).
*/
#include "cli.h"
#include "serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void help(FILE *f) {
    fputs("usage: naba serve [options]\n\n"
          "Open the pipeline once, then analyze every article POSTed to /analyze and\n"
          "answer what `naba analyze` writes for it. Quiet: one line on stderr says\n"
          "where it listens; SIGINT (Ctrl-C) or SIGTERM stops it.\n\n"
          "options:\n"
          "  -p, --port N          TCP port (default 8080; 0: any free port, named on\n"
          "                        stderr)\n"
          "  -b, --bind ADDR       address to listen on (default 127.0.0.1, this machine\n"
          "                        only; 0.0.0.0 or :: for every interface: naba has no\n"
          "                        authentication, put a proxy in front if it is reachable)\n"
          "  -u, --until STAGE     the last stage the server runs (default: the last); a\n"
          "                        request may stop earlier (until=...), not later; stages:\n", f);
    cli_help_stages(f);
    fputs("  -t, --threads N       analyze up to N requests at a time (default 1), each on\n"
          "                        a pipeline of its own, opened at start; the model files\n"
          "                        are mapped, their pages shared, so each more pipeline\n"
          "                        costs about 12 MB. More than the free cores gains nothing\n"
          "      --timeout SECS    close a connection idle for SECS seconds (default 60)\n"
          "      --max-connections N  connections open at once (default 64, at most\n"
          "                        10000). One more is answered 503 (Retry-After: 1) and\n"
          "                        closed: retry later\n"
          "      --log             one line per request on stderr: method, path, status,\n"
          "                        bytes in and out, milliseconds\n", f);
    cli_pipeline_help(f);
    fputs("  -h, --help            this help\n\n"
          "requests:\n"
          "  POST /analyze     the article's UTF-8 text as the body. Query parameters, as\n"
          "                    naba analyze's options: format= (json, jsonl, text, tokens,\n"
          "                    report, conllu, entities, quotes, counts, dates, events,\n"
          "                    plover, none; default json), until=, date=, id=, title=,\n"
          "                    input= (text, the default; jsonl; json)\n"
          "  POST /analyze?input=jsonl, or with Content-Type: application/x-ndjson\n"
          "                    a batch: one article a line, {\"id\":..., \"text\":...,\n"
          "                    \"title\":..., \"date\":...} as naba analyze -i jsonl reads;\n"
          "                    answered with what naba analyze -i jsonl -f FORMAT writes:\n"
          "                    a result or an error record for every line, in order (200;\n"
          "                    headers X-Naba-Documents and X-Naba-Failed count them)\n"
          "  POST /analyze?input=json, or Content-Type: application/json\n"
          "                    one such record as the body\n"
          "  GET /health       {\"status\":\"ok\",...}: the models are loaded\n"
          "  GET /             a short usage text\n"
          "Errors answer JSON, the same record as a failed line of naba analyze -i jsonl,\n"
          "{\"id\":..., \"error\":{\"code\":..., \"message\":..., \"offset\":...}}:\n"
          "400 a bad parameter, an empty or binary body (not UTF-8 text, as naba analyze\n"
          "refuses it); 413 a body over --max-bytes (a whole batch too: raise it for\n"
          "big batches); 404 an unknown path; 405 a wrong method; 500 naba failed; 503\n"
          "busy: --max-connections are open, retry later.\n\n"
          "examples:\n"
          "  naba serve --port 8080 &\n"
          "  curl --data-binary @examples/istanbul-talks-2025-05-16.ar.txt \\\n"
          "       'http://127.0.0.1:8080/analyze?format=events&date=2025-05-16'\n"
          "  curl --data-binary @article.txt 'http://127.0.0.1:8080/analyze' | jq .entities\n"
          "  curl -H 'Content-Type: application/x-ndjson' --data-binary @batch.jsonl \\\n"
          "       'http://127.0.0.1:8080/analyze?format=events'\n"
          "  naba serve --threads 2 --max-bytes 64000000   two at a time, batches to 64 MB\n"
          "  curl --data-binary @article.txt \\\n"
          "       'http://127.0.0.1:8080/analyze?format=conllu&until=parse'\n"
          "  naba serve --until link --kb-extra my_kb.tsv --port 9000\n"
          "                        entities (and no later stage), with your KB rows\n"
          "  (curl -d would drop the article's newlines: use --data-binary.)\n\n"
          "Docs: docs/serve.md. Exit status: 0 stopped by a signal, 2 usage error,\n"
          "3 fatal (a model or data file would not load, the port would not open).\n", f);
}

/* What a connection's request has sent so far. */
typedef struct request_state {
    char *body;
    size_t len, cap;
    int over;                   /* past the limit: the rest is read and dropped */
    serve_param *params;
    size_t n_params, cap_params;
    int nomem;
    struct timespec t0;
} request_state;

typedef struct server {
    serve_pool *pool;
    size_t max_bytes;
    int log;
    unsigned max_conn;          /* --max-connections */
    atomic_uint open;           /* connections open now */
} server;

/* How many connections past --max-connections are let in to be told 503;
** past those libmicrohttpd's own limit holds (a connection waits in the
** listen queue, or with a thread per connection is closed unanswered). */
enum { BUSY_ANSWERS = 16 };

/* A connection past --max-connections is marked by this address in its
** socket context and answered 503 at its first request. */
static char over_limit;

static void append(request_state *r, const char *data, size_t n, size_t max) {
    if (r->over || r->nomem) return;
    if (r->len + n > max) { r->over = 1; return; }
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 65536;
        while (cap < r->len + n + 1) cap *= 2;
        char *b = realloc(r->body, cap);
        if (!b) { r->nomem = 1; return; }
        r->body = b;
        r->cap = cap;
    }
    memcpy(r->body + r->len, data, n);
    r->len += n;
}

static enum MHD_Result add_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    (void)kind;
    request_state *r = cls;
    if (r->n_params == r->cap_params) {
        size_t cap = r->cap_params ? 2 * r->cap_params : 8;
        serve_param *p = realloc(r->params, cap * sizeof *p);
        if (!p) { r->nomem = 1; return MHD_NO; }
        r->params = p;
        r->cap_params = cap;
    }
    r->params[r->n_params++] = (serve_param){key, value};
    return MHD_YES;
}

static enum MHD_Result send_answer(struct MHD_Connection *conn, serve_response *rs, int busy) {
    struct MHD_Response *resp = MHD_create_response_from_buffer(rs->body_len, rs->body, MHD_RESPMEM_MUST_FREE);
    if (!resp) { serve_response_free(rs); return MHD_NO; }
    rs->body = NULL; /* MHD frees it */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, rs->content_type);
    if (rs->allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, rs->allow);
    if (rs->batch) {
        char n[32];
        snprintf(n, sizeof n, "%zu", rs->documents);
        MHD_add_response_header(resp, "X-Naba-Documents", n);
        snprintf(n, sizeof n, "%zu", rs->failed);
        MHD_add_response_header(resp, "X-Naba-Failed", n);
    }
    if (busy) {
        MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, "1");
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
    }
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)rs->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static void log_request(const request_state *r, const char *method, const char *url, const serve_response *rs) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double ms = (double)(now.tv_sec - r->t0.tv_sec) * 1e3 + (double)(now.tv_nsec - r->t0.tv_nsec) / 1e6;
    fprintf(stderr, "naba serve: %s %s %d in %zu out %zu %.1f ms\n", method, url, rs->status, r->len,
            rs->body_len, ms);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls) {
    (void)version;
    server *srv = cls;
    request_state *r = *con_cls;
    if (!r) { /* headers read: a body may follow */
        if (!(r = calloc(1, sizeof *r))) return MHD_NO;
        clock_gettime(CLOCK_MONOTONIC, &r->t0);
        *con_cls = r;
        /* a body announced over the limit is refused before it is sent */
        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (!cl || strtoull(cl, NULL, 10) <= srv->max_bytes) return MHD_YES;
        r->over = 1;
    } else if (*upload_size) {
        append(r, upload, *upload_size, srv->max_bytes);
        *upload_size = 0;
        return MHD_YES;
    }
    serve_response rs;
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    int busy = ci && ci->socket_context == &over_limit;
    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, add_param, r);
    if (busy) {
        serve_busy(srv->max_conn, &rs);
    } else if (r->nomem) {
        rs = (serve_response){.status = 500, .content_type = "text/plain; charset=utf-8"};
    } else {
        serve_request rq = {.method = method, .path = url, .params = r->params, .n_params = r->n_params,
                            .content_type = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                                        MHD_HTTP_HEADER_CONTENT_TYPE),
                            .body = r->body, .body_len = r->len, .body_over_limit = r->over};
        serve_pool_handle(srv->pool, &rq, &rs);
    }
    if (srv->log) log_request(r, method, url, &rs);
    return send_answer(conn, &rs, busy);
}

/* Count the connections open; mark one that opens past the limit. */
static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe) {
    (void)conn;
    server *srv = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        if (atomic_fetch_add(&srv->open, 1) >= srv->max_conn) *socket_context = &over_limit;
    } else {
        atomic_fetch_sub(&srv->open, 1);
    }
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe) {
    (void)cls; (void)conn; (void)toe;
    request_state *r = *con_cls;
    if (!r) return;
    free(r->body);
    free(r->params);
    free(r);
    *con_cls = NULL;
}

/* The listening address, IPv4 or IPv6; 0 if addr is neither. */
static int parse_bind(const char *addr, unsigned port, struct sockaddr_storage *sa) {
    memset(sa, 0, sizeof *sa);
    struct sockaddr_in *v4 = (struct sockaddr_in *)sa;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)sa;
    if (inet_pton(AF_INET, addr, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)port);
        return 1;
    }
    if (inet_pton(AF_INET6, addr, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)port);
        return 1;
    }
    return 0;
}

static int parse_uint(const char *s, unsigned long max, unsigned *v) {
    char *end;
    errno = 0;
    unsigned long x = strtoul(s, &end, 10);
    if (!*s || *end || errno || x > max || *s == '-') return 0;
    *v = (unsigned)x;
    return 1;
}

int main(int argc, char **argv) {
    argv[0] = "naba serve"; /* getopt's messages name the command, as naba's others */
    enum { O_TIMEOUT = 256, O_LOG, O_MAXCONN };
    static const struct option longopts[] = {
        {"port", required_argument, 0, 'p'}, {"bind", required_argument, 0, 'b'},
        {"until", required_argument, 0, 'u'}, {"help", no_argument, 0, 'h'},
        {"timeout", required_argument, 0, O_TIMEOUT}, {"log", no_argument, 0, O_LOG},
        {"threads", required_argument, 0, 't'}, {"max-connections", required_argument, 0, O_MAXCONN},
        CLI_PIPELINE_LONGOPTS, {0, 0, 0, 0}};
    cli_pipeline_args pa;
    cli_pipeline_args_init(&pa);
    const char *bind_addr = "127.0.0.1", *until = NULL;
    unsigned port = 8080, timeout = 60, threads = 1, max_conn = 64;
    int log = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:b:u:t:h", longopts, NULL)) != -1) {
        int shared = cli_pipeline_option(&pa, "naba serve", c, optarg);
        if (shared < 0) return EXIT_USAGE;
        if (shared) continue;
        switch (c) {
        case 'p':
            if (!parse_uint(optarg, 65535, &port)) {
                fprintf(stderr, "naba serve: --port wants a number from 0 to 65535, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'b': bind_addr = optarg; break;
        case 't':
            if (!parse_uint(optarg, 256, &threads) || !threads) {
                fprintf(stderr, "naba serve: --threads wants a number from 1 to 256, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'u': until = optarg; break;
        case 'h': help(stdout); return EXIT_OK;
        case O_TIMEOUT:
            if (!parse_uint(optarg, 86400, &timeout)) {
                fprintf(stderr, "naba serve: --timeout wants seconds (0: none), not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case O_MAXCONN:
            if (!parse_uint(optarg, 10000, &max_conn) || !max_conn) {
                fprintf(stderr, "naba serve: --max-connections wants a number from 1 to 10000, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case O_LOG: log = 1; break;
        default:
            fputs("usage: naba serve [options]  (see naba serve --help)\n", stderr);
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "naba serve: no files: articles are POSTed to /analyze (see naba serve --help)\n");
        return EXIT_USAGE;
    }
    struct sockaddr_storage sa;
    if (!parse_bind(bind_addr, port, &sa)) {
        fprintf(stderr, "naba serve: --bind wants an IPv4 or IPv6 address, not '%s'\n", bind_addr);
        return EXIT_USAGE;
    }
    naba_error err = {0};
    server srv = {.log = log, .max_conn = max_conn};
    if (!(srv.pool = serve_pool_open(threads, until, pa.data_dir, &pa.opt, &err))) {
        fprintf(stderr, "naba serve: %s\n", err.message);
        return err.code == NABA_ERR_USAGE ? EXIT_USAGE : EXIT_FATAL;
    }
    const serve_ctx *any = serve_pool_any(srv.pool);
    srv.max_bytes = serve_max_bytes(any); /* --max-bytes, or the pipeline's default */
    /* the polling threads inherit this mask, so the signals reach sigwait below */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigprocmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    int v6 = sa.ss_family == AF_INET6;
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_AUTO_INTERNAL_THREAD | (threads > 1 ? MHD_USE_THREAD_PER_CONNECTION : 0) | (v6 ? MHD_USE_IPv6 : 0),
        (uint16_t)port, NULL, NULL, on_request, &srv,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_TIMEOUT, timeout,
        MHD_OPTION_CONNECTION_LIMIT, max_conn + BUSY_ANSWERS,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, &srv,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "naba serve: cannot listen on %s port %u (in use? try another --port)\n", bind_addr, port);
        serve_pool_close(srv.pool);
        return EXIT_FATAL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    fprintf(stderr, "naba serve: listening on http://%s%s%s:%u/ (stages through %s, %u thread%s)\n",
            v6 ? "[" : "", bind_addr, v6 ? "]" : "", info ? info->port : port, serve_until(any), threads,
            threads > 1 ? "s" : "");
    int sig;
    sigwait(&stop, &sig);
    MHD_stop_daemon(d);
    serve_pool_close(srv.pool);
    return EXIT_OK;
}
