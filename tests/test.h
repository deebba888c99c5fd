/*
** test.h — the few macros naba's C tests need. Each test program prints
** "N passed, N failed" and exits non-zero if any check failed; 77 means skipped
** (CTest SKIP_RETURN_CODE), used when ../shared is absent.
*/
#ifndef NABA_TEST_H
#define NABA_TEST_H

#include "naba.h"

#include <stdio.h>
#include <string.h>

static int test_passed, test_failed;

#define CHECK(cond) do { \
    if (cond) test_passed++; \
    else { test_failed++; fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_EQ_INT(a, b) do { \
    long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ == b_) test_passed++; \
    else { test_failed++; fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, a_, b_); } \
} while (0)

#define CHECK_EQ_STR(a, b) do { \
    const char *a_ = (a), *b_ = (b); \
    if (a_ && b_ && strcmp(a_, b_) == 0) test_passed++; \
    else { test_failed++; fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } \
} while (0)

/* Compare n bytes of a with the NUL-terminated b. */
#define CHECK_EQ_MEM(a, n, b) do { \
    const char *a_ = (a), *b_ = (b); size_t n_ = (n); \
    if (strlen(b_) == n_ && memcmp(a_, b_, n_) == 0) test_passed++; \
    else { test_failed++; fprintf(stderr, "%s:%d: %s == \"%.*s\", expected \"%s\"\n", __FILE__, __LINE__, #a, (int)n_, a_, b_); } \
} while (0)

#define TEST_REPORT() ( \
    printf("%d passed, %d failed\n", test_passed, test_failed), test_failed ? 1 : 0)

/* Path of ../shared/data, or NULL (the caller then exits 77: skipped). */
static inline const char *test_shared_data(void) {
    static const char *p = NABA_SOURCE_DIR "/../shared/data";
    FILE *f = fopen(NABA_SOURCE_DIR "/../shared/README.md", "r");
    if (!f) return NULL;
    fclose(f);
    return p;
}

/* The example article, read once into a static buffer (NUL-terminated); its
** length, 0 when it cannot be read. */
static inline size_t test_read_example(const char **text) {
    static char buf[1 << 16];
    static size_t n;
    if (!n) {
        FILE *f = fopen(NABA_SOURCE_DIR "/examples/istanbul-talks-2025-05-16.ar.txt", "rb");
        if (!f) { *text = NULL; return 0; }
        n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        buf[n] = '\0';
    }
    *text = buf;
    return n;
}

/* The bytes the example article's arena grows by in the stages after
** `after` of the pipeline up to `until` (NULL: every stage), dated
** 2025-05-16, run on d; 0 when it cannot run. The stages' memory tests bound
** it per token. */
static inline size_t test_example_growth(const char *after, const char *until, naba_doc *d) {
    const char *text;
    size_t n = test_read_example(&text);
    naba_error err = {0};
    naba_pipeline *p = n ? naba_pipeline_open(until, NABA_SOURCE_DIR, NULL, &err) : NULL;
    if (!p) return 0;
    size_t before = 0, grew = 0;
    if (naba_doc_load(d, text, n, "example", NULL, "2025-05-16") == NABA_OK &&
        naba_pipeline_run_until(p, d, after) == NABA_OK) {
        before = naba_arena_used(d->arena);
        if (naba_pipeline_run_after(p, d, after) == NABA_OK) grew = naba_arena_used(d->arena) - before;
    }
    naba_pipeline_close(p);
    return grew;
}

#endif
