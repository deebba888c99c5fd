/*
** test_io.c — the JSONL record reader: the fast path for flat objects
** (src/io/flat.c) takes the lines news corpora hold, decodes them as cJSON
** does, and leaves every other line to cJSON, whose reading and errors are
** then exactly the old ones. And the whole-file reader every data file,
** dictionary and corpus goes through.
*/
#include "naba.h"
#include "input.h"
#include "test.h"

#include <stdlib.h>
#include <string.h>

/* 1 when the fast path takes line, with *rec read from buf. */
static int flat(const char *line, naba_record *rec, char *buf) {
    memset(rec, 0, sizeof *rec);
    return naba_record_flat(line, strlen(line), buf, rec);
}

static int same_str(const char *a, const char *b) {
    return (!a && !b) || (a && b && !strcmp(a, b));
}

/* naba_record_parse and cJSON alone agree on line. */
static int agree(const char *line) {
    naba_record a, b;
    naba_error ea = {0}, eb = {0};
    void *sa = NULL, *sb = NULL;
    naba_status s1 = naba_record_parse(line, strlen(line), 7, &a, &sa, &ea);
    naba_status s2 = naba_record_parse_cjson(line, strlen(line), 7, &b, &sb, &eb);
    int ok = s1 == s2 && ea.code == eb.code && !strcmp(ea.message, eb.message) && a.line == b.line &&
             same_str(a.id, b.id) && same_str(a.title, b.title) && same_str(a.date, b.date) &&
             !a.text == !b.text && a.text_len == b.text_len &&
             (!a.text || !memcmp(a.text, b.text, a.text_len));
    if (!ok) fprintf(stderr, "readers differ on: %s\n", line);
    naba_record_release(&sa);
    naba_record_release(&sb);
    return ok;
}

static void test_fast_path_reads(void) {
    char buf[512];
    naba_record r;
    CHECK(flat("{\"url\": \"http://x\", \"title\": \"عنوان\", \"time\": \"Sun, 18 Feb 2018\","
               " \"text\": \"سطر\\nسطر \\\"ثان\\\" \\\\ \\/\", \"id\": \"a1\", \"n\": -1.5e3,"
               " \"ok\": true, \"no\": false, \"x\": null}", &r, buf));
    CHECK_EQ_STR(r.id, "a1");
    CHECK_EQ_STR(r.title, "عنوان");
    CHECK_EQ_STR(r.date, "Sun, 18 Feb 2018"); /* "time" stands in for "date" */
    CHECK_EQ_MEM(r.text, r.text_len, "سطر\nسطر \"ثان\" \\ /");
    /* \u escapes, a surrogate pair, the first of two same names, "date" before "time" */
    CHECK(flat("{\"text\":\"\\u0627\\u00e9\\ud83d\\ude00\",\"text\":\"no\",\"time\":\"t\",\"date\":\"d\"}",
               &r, buf));
    CHECK_EQ_MEM(r.text, r.text_len, "\xD8\xA7\xC3\xA9\xF0\x9F\x98\x80");
    CHECK_EQ_STR(r.date, "d");
    CHECK(r.id == NULL && r.title == NULL);
    /* a non-string id or title reads as absent, as with cJSON */
    CHECK(flat("{\"id\":null,\"title\":true,\"text\":\"\"}", &r, buf));
    CHECK(r.id == NULL && r.title == NULL && r.text_len == 0);
}

static void test_fast_path_declines(void) {
    char buf[512];
    naba_record r;
    static const char *const others[] = {
        "{\"id\":42,\"text\":\"x\"}",                   /* a numeric id: cJSON turns it into text */
        "{\"text\":\"x\",\"tags\":[\"a\"]}",             /* nested values */
        "{\"text\":\"x\",\"m\":{\"a\":1}}",
        "{\"te\\u0078t\":\"x\"}",                       /* an escaped name */
        "{\"text\":\"a\\u0000b\"}",                     /* NUL */
        "{\"text\":\"\\ud83d\"}",                       /* a lone surrogate */
        "{\"text\":\"\\q\"}",                           /* an escape cJSON refuses */
        "{\"text\":\"x\"} trailing",
        "\xEF\xBB\xBF{\"text\":\"x\"}",                 /* a byte-order mark */
        "{\"text\":\"x\",}",
        "{\"n\":01,\"text\":\"x\"}",
        "{\"title\":\"x\"}",                            /* no text */
        "[\"text\"]",
        "",
    };
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++) {
        CHECK(!flat(others[k], &r, buf));
        CHECK(agree(others[k]));
    }
}

static void test_readers_agree(void) {
    static const char *const lines[] = {
        "{\"id\":\"a\",\"text\":\"نص.\"}",
        "{\"id\":1e30,\"text\":\"x\"}",
        "{\"text\":\"a\\u0000b\",\"id\":\"n\"}",
        "{ \"text\" : \"x\" , \"id\" : \"y\" }",
        "{\"text\":\"x\\\\u0000\"}",
        "{\"text\":\"\\u00\"}",
        "{\"text\":5}",
        "not json",
        "{\"text\":\"unterminated",
        "{\"text\":\"\\\"}",
    };
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) CHECK(agree(lines[k]));
}

/* naba_read_file: the bytes, NUL-terminated; a missing file and one over the
** limit fail with an error naming the file. */
static void test_read_file(void) {
    const char *path = "test_io_read_file.txt";
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs("سطر\nline", f);
    fclose(f);
    char *buf = NULL;
    size_t len = 0;
    naba_error err = {0};
    CHECK_EQ_INT(naba_read_file(path, 1 << 20, &buf, &len, &err), NABA_OK);
    CHECK_EQ_INT((int)len, (int)strlen("سطر\nline"));
    CHECK(buf && !strcmp(buf, "سطر\nline"));
    free(buf);
    CHECK_EQ_INT(naba_read_file(path, 4, &buf, &len, &err), NABA_ERR_TOO_LARGE);
    CHECK(strstr(err.message, path) && strstr(err.message, "size limit"));
    remove(path);
    CHECK_EQ_INT(naba_read_file(path, 1 << 20, &buf, &len, &err), NABA_ERR_IO);
    CHECK(strstr(err.message, path) && strstr(err.message, "cannot open"));
}

int main(void) {
    test_read_file();
    test_fast_path_reads();
    test_fast_path_declines();
    test_readers_agree();
    return TEST_REPORT();
}
