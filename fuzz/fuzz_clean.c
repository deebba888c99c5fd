/*
** fuzz_clean.c — arbitrary bytes through the clean stage (with the shipped
** boilerplate patterns); aborts when an invariant of the result breaks: the
** clean text is valid UTF-8 and NUL-terminated, the map tiles it in order,
** copied segments are byte-identical to the original, repairs stay inside
** the original, and naba_orig_start/end stay in bounds and in order.
*/
#include "naba.h"
#include "clean.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* The fuzzers run from the project root (make test-fuzz); NABA_DATA_DIR overrides. */
static const char *data_dir(void) {
    const char *d = getenv("NABA_DATA_DIR");
    return d && *d ? d : ".";
}

static void *pats;
static naba_doc *doc;

static void check(int cond) {
    if (!cond) abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!doc) {
        naba_error err = {0};
        pats = naba_clean_open(data_dir(), NULL, &err);
        doc = naba_doc_new();
        check(pats && doc);
    }
    naba_options opt;
    naba_options_init(&opt);
    if (size && data[0] == 0x01) opt.repairs_off = 1u << (data[size - 1] % NABA_REPAIR_COUNT);
    naba_doc_load(doc, (const char *)data, size, NULL, NULL, NULL);
    if (naba_clean(doc, pats, &opt) != NABA_OK) {
        check(doc->error.code != NABA_OK && doc->error.message[0]);
        return 0;
    }
    const naba_doc *d = doc;
    check(d->text && d->text[d->text_len] == '\0' && d->text_len > 0);
    for (size_t i = 0, len; i < d->text_len; i += len)
        check(utf8_decode((const unsigned char *)d->text + i, d->text_len - i, &len) != UTF8_INVALID);
    size_t at = 0, orig_at = 0;
    for (size_t k = 0; k < d->map.n; k++) {
        const naba_map_seg *s = &d->map.v[k];
        check(s->clean == at && s->orig >= orig_at && (size_t)s->orig + s->orig_len <= d->orig_len);
        if (s->copied) check(s->clean_len == s->orig_len && !memcmp(d->text + s->clean, d->orig + s->orig, s->orig_len));
        at += s->clean_len;
        orig_at = (size_t)s->orig + s->orig_len;
    }
    check(at == d->text_len);
    for (size_t k = 0; k < d->repairs.n; k++) {
        const naba_repair *r = &d->repairs.v[k];
        check(r->kind < NABA_REPAIR_COUNT && r->orig_start <= r->orig_end && r->orig_end <= d->orig_len &&
              r->clean_at <= d->text_len);
    }
    for (size_t s = 0; s <= d->text_len; s += 1 + d->text_len / 64) {
        size_t e = s + (d->text_len - s) / 2;
        size_t os = naba_orig_start(d, s), oe = naba_orig_end(d, e);
        check(os <= d->orig_len && oe <= d->orig_len && (s == e || os <= oe));
    }
    return 0;
}
