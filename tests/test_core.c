/*
** test_core.c — the arena, layers, the document's memos, the offset map,
** folding, model files and the lines of a text.
*/
#include "naba.h"
#include "memo.h"
#include "model.h"
#include "test.h"
#include "textlines.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_arena(void) {
    naba_arena *a = naba_arena_new();
    char *s = naba_arena_strndup(a, "abc", 3);
    CHECK_EQ_STR(s, "abc");
    /* a request larger than a chunk gets a chunk of its own */
    unsigned char *big = naba_arena_alloc(a, 1 << 20);
    CHECK(big != NULL);
    CHECK(big[0] == 0 && big[(1 << 20) - 1] == 0);
    CHECK(((uintptr_t)big & 15) == 0);
    naba_arena_reset(a);
    CHECK_EQ_INT(naba_arena_used(a), 0);
    naba_arena_free(a);
}

/* Chunks beyond the first are kept across resets and handed out again, zeroed
** when naba_arena_alloc asks for it. */
static void test_arena_reuse(void) {
    naba_arena *a = naba_arena_new();
    naba_arena_alloc(a, 200 * 1024);
    unsigned char *second = naba_arena_alloc(a, 200 * 1024); /* needs a new chunk */
    memset(second, 0xAB, 200 * 1024);
    naba_arena_reset(a);
    naba_arena_alloc(a, 200 * 1024);
    unsigned char *again = naba_arena_alloc(a, 200 * 1024);
    CHECK(again == second);
    CHECK(again[0] == 0 && again[200 * 1024 - 1] == 0);
    /* many documents of many chunks: memory stays bounded and usable */
    for (int doc = 0; doc < 50; doc++) {
        for (int k = 0; k < 80; k++) CHECK_EQ_INT(naba_arena_alloc(a, 250 * 1024) != NULL, 1);
        naba_arena_reset(a);
    }
    CHECK_EQ_INT(naba_arena_used(a), 0);
    naba_arena_free(a);
}

/* A layer grown past a chunk's size leaves no dead copies of itself in the
** arena: the block it outgrows is reallocated (session 23; the words layer
** of a 9.9 MB line held twice its size in copies before). */
static void test_layer_growth(void) {
    naba_doc *d = naba_doc_new();
    naba_doc_load(d, "x", 1, NULL, NULL, NULL);
    size_t before = naba_arena_used(d->arena);
    int ok = 1;
    for (uint32_t i = 0; i < 200000 && ok; i++) {
        naba_word *w = NABA_PUSH(d, &d->words);
        ok = w != NULL;
        if (w) w->token = i;
    }
    for (uint32_t i = 0; i < 200000 && ok; i++) ok = d->words.v[i].token == i;
    CHECK(ok);
    size_t array = d->words.cap * sizeof(naba_word), used = naba_arena_used(d->arena) - before;
    CHECK(used >= array && used < array + array / 8);
    naba_doc_free(d);
}

static void test_layers(void) {
    naba_doc *d = naba_doc_new();
    naba_doc_load(d, "x", 1, "id1", NULL, NULL);
    for (int i = 0; i < 1000; i++) {
        naba_token *t = NABA_PUSH(d, &d->tokens);
        t->start = (naba_off)i;
    }
    CHECK_EQ_INT(d->tokens.n, 1000);
    int ok = 1;
    for (int i = 0; i < 1000; i++) ok &= d->tokens.v[i].start == (naba_off)i;
    CHECK(ok);
    CHECK_EQ_STR(d->id, "id1");
    naba_doc_reset(d);
    CHECK_EQ_INT(d->tokens.n, 0);
    CHECK(d->id == NULL);
    naba_doc_free(d);
}

/* A memo is found by its owner's key only, replaced under the same key, and
** forgotten with the document; one with memory of its own is released once,
** whether replaced, dropped by its last reader, or gone with the document. */
static int released[4];
static void release_int(void *value) { released[*(int *)value]++; }

static void test_memos(void) {
    static const char key_a, key_b;
    naba_doc *d = naba_doc_new();
    naba_doc_load(d, "x", 1, NULL, NULL, NULL);
    int x = 1, y = 2, z = 3, w = 0;
    CHECK(naba_memo_get(d, &key_a) == NULL);
    CHECK(naba_memo_put(d, &key_a, &x, release_int) == NABA_OK);
    CHECK(naba_memo_get(d, &key_a) == &x);
    CHECK(naba_memo_get(d, &key_b) == NULL);
    CHECK(naba_memo_put(d, &key_b, &y, NULL) == NABA_OK);
    CHECK(naba_memo_put(d, &key_a, &z, release_int) == NABA_OK);
    CHECK_EQ_INT(released[1], 1); /* x, replaced */
    CHECK(naba_memo_get(d, &key_a) == &z);
    CHECK(naba_memo_get(d, &key_b) == &y);
    naba_memo_drop(d, &key_a);
    CHECK_EQ_INT(released[3], 1);
    CHECK(naba_memo_get(d, &key_a) == NULL);
    CHECK(naba_memo_put(d, &key_a, &w, release_int) == NABA_OK);
    naba_doc_load(d, "y", 1, NULL, NULL, NULL);
    CHECK_EQ_INT(released[0], 1); /* w, with the reset */
    CHECK(naba_memo_get(d, &key_a) == NULL);
    CHECK(naba_memo_get(d, &key_b) == NULL);
    CHECK(naba_memo_put(d, &key_a, &x, release_int) == NABA_OK);
    naba_doc_free(d);
    CHECK_EQ_INT(released[1], 2); /* x again, with the document */
    CHECK_EQ_INT(released[2], 0); /* y was all in the arena */
    CHECK_EQ_INT(released[3], 1); /* z once, not again at the reset */
}

/* original "aXXbc" with XX deleted and "c" (1 byte) replaced by "CC" */
static void test_offset_map(void) {
    naba_doc *d = naba_doc_new();
    naba_doc_load(d, "aXXbc", 5, NULL, NULL, NULL);
    naba_map_seg *s = NABA_PUSH(d, &d->map);
    *s = (naba_map_seg){0, 1, 0, 1, 1};      /* "a" copied */
    s = NABA_PUSH(d, &d->map);
    *s = (naba_map_seg){1, 1, 3, 1, 1};      /* "b" copied */
    s = NABA_PUSH(d, &d->map);
    *s = (naba_map_seg){2, 2, 4, 1, 0};      /* "CC" replaces "c" */
    CHECK_EQ_INT(naba_orig_start(d, 0), 0);
    CHECK_EQ_INT(naba_orig_end(d, 1), 1);
    CHECK_EQ_INT(naba_orig_start(d, 1), 3);
    CHECK_EQ_INT(naba_orig_end(d, 2), 4);
    CHECK_EQ_INT(naba_orig_start(d, 2), 4); /* replaced span maps whole */
    CHECK_EQ_INT(naba_orig_start(d, 3), 4);
    CHECK_EQ_INT(naba_orig_end(d, 3), 5);
    CHECK_EQ_INT(naba_orig_end(d, 4), 5);
    CHECK_EQ_INT(naba_orig_start(d, 4), 5); /* end of text */
    naba_doc_free(d);
}

static void test_fold(void) {
    char out[64];
    const char *in = "أَحْمَدُ إلى آل ١٢ Zelenskyy مؤتمر";
    naba_fold(in, strlen(in), NABA_FOLD_DEFAULT, out, sizeof out);
    CHECK_EQ_STR(out, "احمد الي ال 12 zelenskyy موتمر");
    naba_fold("مدرسة", strlen("مدرسة"), NABA_FOLD_TEH_MARBUTA, out, sizeof out);
    CHECK_EQ_STR(out, "مدرسه");
    /* flags off: unchanged */
    naba_fold(in, strlen(in), 0, out, sizeof out);
    CHECK_EQ_STR(out, in);
    /* a too-small buffer truncates at a code point boundary */
    size_t n = naba_fold("احمد", strlen("احمد"), 0, out, 4);
    CHECK_EQ_INT(n, 2);
}

static void test_model_file(void) {
    char path[] = "/tmp/naba_test_model_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    naba_model_writer *w = naba_model_writer_new("test", 3);
    int32_t nums[4] = {1, 2, 3, 4};
    CHECK(naba_model_writer_add(w, "nums", nums, sizeof nums) == NABA_OK);
    CHECK(naba_model_writer_add(w, "name", "hello", 6) == NABA_OK);
    naba_error err = {0};
    CHECK(naba_model_writer_save(w, path, &err) == NABA_OK);
    naba_model_writer_free(w);

    naba_model *m = naba_model_open(path, "test", 3, &err);
    CHECK(m != NULL);
    if (m) {
        size_t sz;
        const int32_t *v = naba_model_section(m, "nums", &sz);
        CHECK(v && sz == sizeof nums && v[3] == 4);
        CHECK(((uintptr_t)v & 15) == 0);
        CHECK_EQ_STR(naba_model_section(m, "name", NULL), "hello");
        CHECK(naba_model_section(m, "missing", &sz) == NULL && sz == 0);
        naba_model_close(m);
    }
    CHECK(naba_model_open(path, "other", 3, &err) == NULL && err.code == NABA_ERR_MODEL);
    CHECK(strstr(err.message, "expected 'other'") != NULL);
    CHECK(naba_model_open(path, "test", 4, &err) == NULL && strstr(err.message, "version"));

    /* truncation and corruption are caught with a message naming the file */
    FILE *f = fopen(path, "rb");
    _Alignas(16) char buf[4096];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    CHECK(naba_model_open_mem(buf, len - 1, "test", 3, "cut", &err) == NULL);
    CHECK(strstr(err.message, "cut: truncated") != NULL);
    /* a flipped bit anywhere in the body, in the word lanes or the tail */
    int caught = 0;
    for (size_t i = 40; i < len; i++) {
        buf[i] ^= 4;
        caught += naba_model_open_mem(buf, len, "test", 3, "flip", &err) == NULL &&
                  strstr(err.message, "flip: checksum mismatch") != NULL;
        buf[i] ^= 4;
    }
    CHECK_EQ_INT(caught, (int)(len - 40));
    /* bytes off the 16-byte grid in memory would be misread as structs */
    _Alignas(16) char shifted[4096 + 16];
    memcpy(shifted + 8, buf, len);
    CHECK(naba_model_open_mem(shifted + 8, len, "test", 3, "shifted", &err) == NULL);
    CHECK(strstr(err.message, "shifted: model bytes not 16-byte aligned") != NULL);
    /* a section moved off the 16-byte grid (checksum made right again): the
    ** readers cast sections to structs, so the container refuses it; the first
    ** entry's offset is the 8 bytes after its 24-byte name, at byte 40 + 24 */
    buf[40 + 24] += 1;
    uint64_t sum = naba_model_checksum(buf + 40, len - 40);
    for (int i = 0; i < 8; i++) buf[32 + i] = (char)(sum >> (8 * i));
    CHECK(naba_model_open_mem(buf, len, "test", 3, "moved", &err) == NULL);
    CHECK(strstr(err.message, "moved: section 0 is not 16-byte aligned") != NULL);
    CHECK(naba_model_open_mem("hello", 5, "test", 3, "tiny", &err) == NULL);
    CHECK(naba_model_open("/nonexistent/model", "test", 3, &err) == NULL);
    CHECK(strstr(err.message, "/nonexistent/model") != NULL);
    unlink(path);
}

static void test_upos(void) {
    CHECK_EQ_STR(naba_upos_name(NABA_UPOS_PROPN), "PROPN");
    CHECK_EQ_INT(naba_upos_from_name("VERB"), NABA_UPOS_VERB);
    CHECK_EQ_INT(naba_upos_from_name("NOPE"), -1);
}

/* Lines end at '\n', lose a '\r' before it, keep NUL bytes, and a final
** '\n' starts no line of its own. */
static void test_lines(void) {
    static const char text[] = "a\r\nbc\n\n\r\nd\0e";
    static const char *const want[] = {"a", "bc", "", "", "d\0e"};
    static const size_t want_len[] = {1, 2, 0, 0, 3};
    naba_lines it;
    naba_lines_init(&it, text, sizeof text - 1);
    const char *line;
    size_t len, k = 0;
    while (naba_lines_next(&it, &line, &len)) {
        CHECK(k < 5);
        if (k >= 5) break;
        CHECK_EQ_INT(len, want_len[k]);
        CHECK(!memcmp(line, want[k], len));
        CHECK_EQ_INT(it.no, k + 1);
        k++;
    }
    CHECK_EQ_INT(k, 5);
    naba_lines_init(&it, "x\n", 2);
    CHECK(naba_lines_next(&it, &line, &len) && len == 1 && *line == 'x');
    CHECK(!naba_lines_next(&it, &line, &len));
    naba_lines_init(&it, "", 0);
    CHECK(!naba_lines_next(&it, &line, &len));
}

/* The input's date is read once into an ISO day, whatever the feed's form;
** an unreadable one leaves no day (stages then take the text's date). */
static void test_doc_day(void) {
    static const struct { const char *date, *day; } cases[] = {
        {"Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18"}, {"2015-07-21 02:51:32", "2015-07-21"},
        {"21/03/2017", "2017-03-21"}, {"2025-05-16", "2025-05-16"}, {"yesterday", NULL}, {NULL, NULL}};
    naba_doc *d = naba_doc_new();
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        CHECK_EQ_INT(naba_doc_load(d, "x", 1, NULL, NULL, cases[i].date), NABA_OK);
        if (cases[i].day) CHECK(d->day && !strcmp(d->day, cases[i].day));
        else CHECK(d->day == NULL);
    }
    naba_doc_free(d);
}

int main(void) {
    test_arena();
    test_lines();
    test_arena_reuse();
    test_layers();
    test_layer_growth();
    test_doc_day();
    test_memos();
    test_offset_map();
    test_fold();
    test_model_file();
    test_upos();
    return TEST_REPORT();
}
