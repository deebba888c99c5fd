/*
** test_serve.c — `naba serve`'s request handling (src/serve/handler.c) with no
** socket: each route and method, each parameter and what a bad one answers,
** the size limit, and that POST /analyze answers exactly what naba_write gives
** for the same text through the same stages; a JSONL batch (input=jsonl or
** Content-Type application/x-ndjson) answers a record or an error record per
** line, in order, and a JSON object is one record; and a pool of pipelines
** answers requests from several threads at once exactly as one pipeline does
** (through morph, whose lemma memo is written at run time). The server here
** stops after segment, so no model is needed; the whole pipeline is
** tests/cli_serve.sh's.
*/
#include "naba.h"
#include "serve.h"
#include "test.h"

#include <cJSON.h>
#include <pthread.h>
#include <stdlib.h>

static serve_ctx *srv;
static naba_options opt;

static serve_response ask_as(const char *content_type, const char *method, const char *path,
                             const serve_param *params, size_t n, const char *body, size_t len) {
    serve_request rq = {.method = method, .path = path, .params = params, .n_params = n,
                        .content_type = content_type, .body = body, .body_len = len};
    serve_response rs;
    serve_handle(srv, &rq, &rs);
    return rs;
}

static serve_response ask(const char *method, const char *path, const serve_param *params, size_t n,
                          const char *body, size_t len) {
    return ask_as(NULL, method, path, params, n, body, len);
}

/* The answer is an error record with this status and code, its message holding `says`. */
static void check_error(serve_response *rs, int status, const char *code, const char *says) {
    CHECK_EQ_INT(rs->status, status);
    CHECK_EQ_STR(rs->content_type, "application/json");
    cJSON *j = cJSON_ParseWithLength(rs->body, rs->body_len);
    cJSON *e = cJSON_GetObjectItem(j, "error");
    CHECK(e != NULL);
    CHECK_EQ_STR(cJSON_GetStringValue(cJSON_GetObjectItem(e, "code")), code);
    const char *m = cJSON_GetStringValue(cJSON_GetObjectItem(e, "message"));
    CHECK(m && strstr(m, says));
    if (!(m && strstr(m, says))) fprintf(stderr, "  message: %s\n", m ? m : "(none)");
    cJSON_Delete(j);
    serve_response_free(rs);
}

/* What naba_write gives for text through the stages up to `until`. */
static char *expected(const char *until, const char *text, naba_format fmt, const char *id, size_t *len) {
    naba_error err = {0};
    naba_pipeline *p = naba_pipeline_open(until, NULL, &opt, &err);
    naba_doc *d = naba_doc_new();
    char *out = NULL;
    FILE *f = open_memstream(&out, len);
    naba_doc_load(d, text, strlen(text), id, NULL, NULL);
    naba_pipeline_run(p, d);
    naba_write(d, fmt, f);
    fclose(f);
    naba_doc_free(d);
    naba_pipeline_close(p);
    return out;
}

static const char article[] = "قال وزير الخارجية إن المحادثات ستستأنف يوم الجمعة في إسطنبول.\n\n"
                              "وأضاف أن الوفدين اتفقا على تبادل الأسرى.\n";

static void test_analyze_equals_write(void) {
    static const struct { const char *fmt; naba_format f; const char *type; } cases[] = {
        {NULL, NABA_FMT_JSON, "application/json"},
        {"tokens", NABA_FMT_TOKENS, "text/tab-separated-values; charset=utf-8"},
        {"text", NABA_FMT_TEXT, "text/plain; charset=utf-8"},
        {"report", NABA_FMT_REPORT, "text/plain; charset=utf-8"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        serve_param p[] = {{"format", cases[i].fmt}, {"id", "doc-7"}};
        serve_response rs = cases[i].fmt ? ask("POST", "/analyze", p, 2, article, strlen(article))
                                         : ask("POST", "/analyze", p + 1, 1, article, strlen(article));
        size_t len;
        char *want = expected("segment", article, cases[i].f, "doc-7", &len);
        CHECK_EQ_INT(rs.status, 200);
        CHECK_EQ_STR(rs.content_type, cases[i].type);
        CHECK(rs.body_len == len && !memcmp(rs.body, want, len));
        free(want);
        serve_response_free(&rs);
    }
    /* the id is the document's */
    serve_param p[] = {{"id", "doc-7"}};
    serve_response rs = ask("POST", "/analyze", p, 1, article, strlen(article));
    CHECK(strstr(rs.body, "\"id\":\"doc-7\""));
    serve_response_free(&rs);
}

static void test_until(void) {
    /* a request may stop earlier than the server: clean text, no tokens */
    serve_param p[] = {{"until", "clean"}};
    for (int round = 0; round < 2; round++) { /* the second reuses the pipeline the first opened */
        serve_response rs = ask("POST", "/analyze", p, 1, article, strlen(article));
        CHECK_EQ_INT(rs.status, 200);
        cJSON *j = cJSON_ParseWithLength(rs.body, rs.body_len);
        CHECK_EQ_INT(cJSON_GetArraySize(cJSON_GetObjectItem(j, "tokens")), 0);
        CHECK(cJSON_GetStringValue(cJSON_GetObjectItem(j, "text")) != NULL);
        cJSON_Delete(j);
        serve_response_free(&rs);
    }
}

/* Each bad parameter is refused with 400 and a message naming what is wrong. */
static void test_bad_parameters(void) {
    static const struct { const char *key, *value, *says; } bad[] = {
        {"until", "parse", "this server runs up to segment"},
        {"until", "nope", "unknown stage 'nope'"},
        /* a table of a stage the server does not run would be empty, not "nothing found" */
        {"format", "events", "the events stage"},
        {"fromat", "json", "unknown parameter 'fromat'"},
        {"format", "xml", "unknown format 'xml'"},
        {"format", NULL, "unknown format ''"}, /* "?format" with no value: as empty */
        {"date", "2025-13-45", "not '2025-13-45'"},
        {"id", "a\xff", "'id' is not UTF-8 text"}, /* would make the JSON answer invalid */
        {"id", "a\tb", "control characters"},   /* would split a table's first column */
        {"fr\xc3", "json", "a parameter name is not UTF-8"}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        serve_param p[] = {{bad[i].key, bad[i].value}};
        serve_response rs = ask("POST", "/analyze", p, 1, article, strlen(article));
        check_error(&rs, 400, "usage", bad[i].says);
    }
    serve_param twice[] = {{"format", "json"}, {"format", "text"}};
    serve_response rs = ask("POST", "/analyze", twice, 2, article, strlen(article));
    check_error(&rs, 400, "usage", "'format' given twice");
    /* a long value is quoted cut at a character, so the message stays UTF-8 */
    char longv[400] = "x"; /* 60 bytes would end inside the 30th letter */
    for (int i = 0; i < 100; i++) strcat(longv, "ب");
    serve_param long_fmt[] = {{"format", longv}};
    rs = ask("POST", "/analyze", long_fmt, 1, article, strlen(article));
    CHECK(rs.body_len < 300);
    check_error(&rs, 400, "usage", "unknown format 'xببب");
    rs = ask("POST", "/analyze", long_fmt, 1, article, strlen(article));
    CHECK(strstr(rs.body, "ب' (json")); /* 29 letters, then the quote */
    serve_response_free(&rs);
}

static void test_bodies(void) {
    serve_response rs = ask("POST", "/analyze", NULL, 0, NULL, 0);
    check_error(&rs, 400, "empty_input", "empty");
    rs = ask("POST", "/analyze", NULL, 0, " \n\t ", 4);
    check_error(&rs, 400, "empty_input", "no text");
    static const char binary[] = "\x00\x01\x02\x03\x00\x00\x00\x00\x00\xff\xfe\x00";
    rs = ask("POST", "/analyze", NULL, 0, binary + 2, sizeof binary - 3);
    check_error(&rs, 400, "binary_input", "binary");
    serve_param id[] = {{"id", "d1"}};
    rs = ask("POST", "/analyze", id, 1, "\xff\xfe" "a\0b\0", 6);
    CHECK(strstr(rs.body, "\"id\":\"d1\""));
    check_error(&rs, 400, "binary_input", "UTF-16");
    /* a stray invalid byte is repaired, as naba analyze does */
    rs = ask("POST", "/analyze", NULL, 0, "قال \xff الوزير", 15);
    CHECK_EQ_INT(rs.status, 200);
    CHECK(strstr(rs.body, "invalid_utf8"));
    /* and its repair's "was" is U+FFFD, as docs/schema.md says: the answer is UTF-8 JSON */
    CHECK(strstr(rs.body, "\"was\":\"\xEF\xBF\xBD\"") && !strchr(rs.body, '\xff'));
    serve_response_free(&rs);
    /* a number past long long's range is written as a double (found by fuzz_serve:
    ** the JSON writer converted it to long long first, undefined behaviour) */
    rs = ask("POST", "/analyze", NULL, 0, "العدد 333333333333333333333", 32);
    CHECK_EQ_INT(rs.status, 200);
    CHECK(strstr(rs.body, "\"value\":3.33333e+20"));
    serve_response_free(&rs);
    /* over the limit: announced by the transport, or given */
    serve_request over = {.method = "POST", .path = "/analyze", .body = "x", .body_len = 1, .body_over_limit = 1};
    serve_handle(srv, &over, &rs);
    check_error(&rs, 413, "too_large", "over the limit of 4096 bytes");
    char *big = malloc(5000);
    memset(big, 'a', 5000);
    rs = ask("POST", "/analyze", NULL, 0, big, 5000);
    check_error(&rs, 413, "too_large", "4096");
    rs = ask("POST", "/analyze", NULL, 0, big, 4096); /* at the limit: analyzed */
    CHECK_EQ_INT(rs.status, 200);
    serve_response_free(&rs);
    free(big);
}

static void test_routes(void) {
    serve_response rs = ask("GET", "/", NULL, 0, NULL, 0);
    CHECK_EQ_INT(rs.status, 200);
    CHECK_EQ_STR(rs.content_type, "text/plain; charset=utf-8");
    CHECK(rs.body && strstr(rs.body, "POST /analyze") && strstr(rs.body, "clean segment)"));
    serve_response_free(&rs);
    rs = ask("GET", "/health", NULL, 0, NULL, 0);
    CHECK_EQ_INT(rs.status, 200);
    cJSON *j = cJSON_ParseWithLength(rs.body, rs.body_len);
    CHECK_EQ_STR(cJSON_GetStringValue(cJSON_GetObjectItem(j, "status")), "ok");
    CHECK_EQ_STR(cJSON_GetStringValue(cJSON_GetObjectItem(j, "until")), "segment");
    cJSON_Delete(j);
    serve_response_free(&rs);
    rs = ask("GET", "/analyze", NULL, 0, NULL, 0);
    CHECK_EQ_STR(rs.allow, "POST");
    check_error(&rs, 405, "usage", "takes POST");
    rs = ask("DELETE", "/health", NULL, 0, NULL, 0);
    CHECK_EQ_STR(rs.allow, "GET, HEAD");
    check_error(&rs, 405, "usage", "takes GET");
    rs = ask("GET", "/analyse", NULL, 0, NULL, 0);
    check_error(&rs, 404, "usage", "no such path: /analyse");
    rs = ask("GET", "/\xc3", NULL, 0, NULL, 0); /* not UTF-8: not quoted */
    check_error(&rs, 404, "usage", "no such path:  (");
}

/* Line i (0-based) of a body, NUL-terminated in a static buffer. */
static const char *line_of(const char *body, size_t len, int i) {
    static char buf[8192];
    const char *p = body, *end = body + len;
    for (; i > 0 && p < end; i--) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl : end) - p);
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}

static int lines(const char *s, size_t n) {
    int k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == '\n';
    return k;
}

/* The error code of a one-line error record, NULL if it is not one. */
static const char *error_code(const char *line, char *buf, size_t cap) {
    cJSON *j = cJSON_Parse(line);
    const char *c = cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "error"), "code"));
    snprintf(buf, cap, "%s", c ? c : "");
    cJSON_Delete(j);
    return c ? buf : NULL;
}

static const char other[] = "قال المتحدث إن ثلاثة جنود قتلوا في هجوم على مدينة حلب.";

/* One batch of every kind of line: an article, invalid JSON, no text, a blank
** line (not a record, as naba analyze -i jsonl skips it), empty text, an article. */
static char *batch_body(size_t *len) {
    char *b = NULL;
    FILE *f = open_memstream(&b, len);
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "id", "a");
    cJSON_AddStringToObject(r, "text", article);
    char *s = cJSON_PrintUnformatted(r);
    fprintf(f, "%s\nnot json\n{\"id\":\"b\"}\n  \n{\"id\":9,\"text\":\"\"}\n", s);
    free(s);
    cJSON_Delete(r);
    r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "text", other);
    cJSON_AddStringToObject(r, "id", "c");
    s = cJSON_PrintUnformatted(r);
    fprintf(f, "%s\n", s);
    free(s);
    cJSON_Delete(r);
    fclose(f);
    return b;
}

static void test_batch(void) {
    size_t len, n;
    char *body = batch_body(&len), code[64];
    serve_response rs = ask_as("application/x-ndjson", "POST", "/analyze", NULL, 0, body, len);
    CHECK_EQ_INT(rs.status, 200);
    CHECK_EQ_STR(rs.content_type, "application/x-ndjson");
    CHECK(rs.batch && rs.documents == 5 && rs.failed == 3);
    CHECK_EQ_INT(lines(rs.body, rs.body_len), 5); /* the blank line yields nothing */
    char *want = expected("segment", article, NABA_FMT_JSONL, "a", &n);
    CHECK(!strncmp(rs.body, want, n));
    free(want);
    CHECK_EQ_STR(error_code(line_of(rs.body, rs.body_len, 1), code, sizeof code), "bad_format");
    CHECK(strstr(line_of(rs.body, rs.body_len, 1), "line 2, column 1: invalid JSON"));
    CHECK(strstr(line_of(rs.body, rs.body_len, 2), "\"id\":\"b\"") &&
          strstr(line_of(rs.body, rs.body_len, 2), "line 3: no \\\"text\\\""));
    CHECK_EQ_STR(error_code(line_of(rs.body, rs.body_len, 3), code, sizeof code), "empty_input");
    CHECK(strstr(line_of(rs.body, rs.body_len, 3), "\"id\":\"9\""));
    want = expected("segment", other, NABA_FMT_JSONL, "c", &n);
    CHECK_EQ_STR(line_of(rs.body, rs.body_len, 4), line_of(want, n, 0));
    free(want);
    char *first = rs.body;
    size_t first_len = rs.body_len;
    /* the same with input=jsonl, a media type in capitals with a parameter */
    serve_param in[] = {{"input", "jsonl"}};
    rs = ask("POST", "/analyze", in, 1, body, len);
    CHECK(rs.body_len == first_len && !memcmp(rs.body, first, first_len));
    serve_response_free(&rs);
    rs = ask_as("Application/X-NDJSON; charset=utf-8", "POST", "/analyze", NULL, 0, body, len);
    CHECK(rs.body_len == first_len && !memcmp(rs.body, first, first_len));
    serve_response_free(&rs);
    free(first);
    /* a table: its header once, a failed line has no row; tokens mark each document */
    serve_param tok[] = {{"format", "tokens"}, {"input", "jsonl"}};
    rs = ask("POST", "/analyze", tok, 2, body, len);
    CHECK_EQ_INT(rs.status, 200);
    CHECK(rs.body[0] == '#' && strstr(rs.body, "\n#doc a\n") && strstr(rs.body, "\n#doc c\n"));
    CHECK(!strstr(rs.body, "#doc 9") && !strstr(rs.body, "error"));
    CHECK(rs.documents == 5 && rs.failed == 3);
    serve_response_free(&rs);
    /* input=text wins over the header: the batch is one (odd) article */
    serve_param text[] = {{"input", "text"}};
    rs = ask_as("application/x-ndjson", "POST", "/analyze", text, 1, body, len);
    CHECK(rs.status == 200 && !rs.batch && lines(rs.body, rs.body_len) == 1);
    serve_response_free(&rs);
    /* curl --data-binary's form type is the article's text, as before batches */
    rs = ask_as("application/x-www-form-urlencoded", "POST", "/analyze", NULL, 0, article, strlen(article));
    want = expected("segment", article, NABA_FMT_JSON, NULL, &n);
    CHECK(rs.status == 200 && rs.body_len == n && !memcmp(rs.body, want, n));
    serve_response_free(&rs);
    free(want);
    /* no lines: no records */
    rs = ask("POST", "/analyze", in, 1, NULL, 0);
    CHECK(rs.status == 200 && rs.body_len == 0 && rs.batch && rs.documents == 0);
    serve_response_free(&rs);
    /* a batch names its articles itself; the limit is the whole body's */
    serve_param id[] = {{"input", "jsonl"}, {"id", "x"}};
    rs = ask("POST", "/analyze", id, 2, body, len);
    check_error(&rs, 400, "usage", "a JSON record names its own");
    serve_param bad[] = {{"input", "xml"}};
    rs = ask("POST", "/analyze", bad, 1, body, len);
    check_error(&rs, 400, "usage", "unknown input 'xml'");
    char *big = malloc(5000);
    memset(big, '\n', 5000);
    rs = ask("POST", "/analyze", in, 1, big, 5000);
    check_error(&rs, 413, "too_large", "the batch is over the limit of 4096");
    free(big);
    free(body);
}

static void test_one_record(void) {
    size_t n;
    static const char rec[] = "{\n  \"id\": 12,\n  \"text\": \"قال المتحدث إن ثلاثة جنود قتلوا في هجوم على مدينة حلب.\"\n}\n";
    serve_response rs = ask_as("application/json", "POST", "/analyze", NULL, 0, rec, strlen(rec));
    char *want = expected("segment", other, NABA_FMT_JSON, "12", &n);
    CHECK(rs.status == 200 && rs.body_len == n && !memcmp(rs.body, want, n));
    serve_response_free(&rs);
    free(want);
    serve_param in[] = {{"input", "json"}};
    rs = ask("POST", "/analyze", in, 1, "{\"id\":1,", 8);
    check_error(&rs, 400, "bad_format", "invalid JSON");
    rs = ask("POST", "/analyze", in, 1, "{\"id\":1,\"text\":\"\"}", 18);
    check_error(&rs, 400, "empty_input", "empty");
}

/* Requests from several threads at once on a pool of pipelines through morph:
** every answer is what one pipeline alone gives for its article. */
enum { POOL = 3, CLIENTS = 6, ROUNDS = 8, TEXTS = 4 };
static serve_pool *pool;
static const char *const texts[TEXTS] = {
    article, other, "أعلنت وزارة الصحة في غزة مقتل 12 شخصا في غارات إسرائيلية على رفح وخان يونس.",
    "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة يوم الأحد."};
static char *want_pool[TEXTS];
static size_t want_pool_len[TEXTS];
static int pool_wrong;

static void *client(void *arg) {
    int c = (int)(size_t)arg;
    serve_param fmt[] = {{"format", "conllu"}};
    for (int r = 0; r < ROUNDS; r++) {
        int t = (c + r) % TEXTS;
        serve_request rq = {.method = "POST", .path = "/analyze", .params = fmt, .n_params = 1,
                            .body = texts[t], .body_len = strlen(texts[t])};
        serve_response rs;
        serve_pool_handle(pool, &rq, &rs);
        if (rs.status != 200 || rs.body_len != want_pool_len[t] || memcmp(rs.body, want_pool[t], rs.body_len))
            __atomic_add_fetch(&pool_wrong, 1, __ATOMIC_RELAXED);
        serve_response_free(&rs);
    }
    return NULL;
}

static void test_pool(void) {
    naba_options o;
    naba_options_init(&o);
    naba_error err = {0};
    if (!(pool = serve_pool_open(POOL, "morph", NULL, &o, &err))) {
        fprintf(stderr, "serve_pool_open: %s\n", err.message);
        CHECK(0);
        return;
    }
    CHECK_EQ_STR(serve_until(serve_pool_any(pool)), "morph");
    for (int t = 0; t < TEXTS; t++) want_pool[t] = expected("morph", texts[t], NABA_FMT_CONLLU, NULL, &want_pool_len[t]);
    pthread_t th[CLIENTS];
    for (int c = 0; c < CLIENTS; c++) pthread_create(&th[c], NULL, client, (void *)(size_t)c);
    for (int c = 0; c < CLIENTS; c++) pthread_join(th[c], NULL);
    CHECK_EQ_INT(pool_wrong, 0);
    for (int t = 0; t < TEXTS; t++) free(want_pool[t]);
    serve_pool_close(pool);
    CHECK(serve_pool_open(2, "nope", NULL, &o, &err) == NULL && err.code == NABA_ERR_USAGE);
}

/* The answer past --max-connections needs no pipeline and names the limit. */
static void test_busy(void) {
    serve_response rs;
    serve_busy(7, &rs);
    CHECK_EQ_INT(rs.batch, 0);
    check_error(&rs, 503, "busy", "the 7 connections --max-connections allows");
}

int main(void) {
    naba_options_init(&opt);
    opt.max_bytes = 4096;
    naba_error err = {0};
    srv = serve_open("segment", NULL, &opt, &err);
    if (!srv) { fprintf(stderr, "serve_open: %s\n", err.message); return 1; }
    CHECK_EQ_INT(serve_max_bytes(srv), 4096);
    CHECK(serve_open("nope", NULL, &opt, &err) == NULL && err.code == NABA_ERR_USAGE);
    test_routes();
    test_analyze_equals_write();
    test_until();
    test_bad_parameters();
    test_bodies();
    test_batch();
    test_one_record();
    test_busy();
    serve_close(srv);
    test_pool();
    return TEST_REPORT();
}
