/*
** clean.c — the clean stage: refuse what is not an article (too large,
** binary, empty), then make the clean text, its offset map and the repairs.
**
** Binary input: more than 1 byte in 10 is NUL, another C0 control (tab,
** newlines and form feed excepted), DEL or invalid UTF-8. Real scraped text
** with a few damaged bytes stays well below that (the damage is replaced by
** U+FFFD and reported); a PDF, an image, UTF-16 or a legacy 8-bit encoding
** such as Windows-1256 is far above it.
*/
#include "clean.h"
#include "arena.h"
#include "stage.h"

#include <stdlib.h>
#include <string.h>

void *naba_clean_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    clean_patterns *p = clean_patterns_new();
    if (!p) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    char path[2048];
    naba_status st = clean_patterns_load(p, naba_data_path(data_dir, "data/boilerplate.txt", path, sizeof path), err);
    if (st == NABA_OK && opt && opt->boilerplate_file) st = clean_patterns_load(p, opt->boilerplate_file, err);
    if (st != NABA_OK) { clean_patterns_free(p); return NULL; }
    return p;
}

void naba_clean_close(void *state) { clean_patterns_free(state); }

static int by_orig(const void *a, const void *b) {
    const naba_repair *x = a, *y = b;
    if (x->orig_start != y->orig_start) return x->orig_start < y->orig_start ? -1 : 1;
    if (x->orig_end != y->orig_end) return x->orig_end < y->orig_end ? -1 : 1;
    return (x->clean_at > y->clean_at) - (x->clean_at < y->clean_at);
}

static naba_status refuse_binary(naba_doc *doc, const cleaner *c) {
    doc->map.n = doc->repairs.n = 0;
    const unsigned char *s = c->s;
    if (c->n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return naba_fail(&doc->error, NABA_ERR_BINARY, 0,
                         "input looks like UTF-16 (byte-order mark %02X %02X); naba reads UTF-8",
                         s[0], s[1]);
    if (c->ctl * 20 < c->bad)
        return naba_fail(&doc->error, NABA_ERR_BINARY, c->first_bad,
                         "input is not UTF-8 text: over 10%% of the bytes are invalid (first at byte %zu); "
                         "a legacy encoding such as Windows-1256? convert it with iconv",
                         c->first_bad);
    return naba_fail(&doc->error, NABA_ERR_BINARY, c->first_bad,
                     "input is binary, not text: over 10%% of the bytes are NUL, control bytes or "
                     "invalid UTF-8 (first at byte %zu)", c->first_bad);
}

naba_status naba_clean(naba_doc *doc, void *state, const naba_options *opt) {
    naba_options defaults;
    if (!opt) { naba_options_init(&defaults); opt = &defaults; }
    size_t max = opt->max_bytes ? opt->max_bytes : NABA_DEFAULT_MAX_BYTES;
    size_t n = doc->orig_len;
    doc->map.n = doc->repairs.n = 0;
    if (n > max || n >= (size_t)UINT32_MAX / 2)
        return naba_fail(&doc->error, NABA_ERR_TOO_LARGE, max,
                         "input is %zu bytes, over the limit of %zu (see --max-bytes)", n, max);
    cleaner c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.opt = opt;
    c.pats = state;
    c.off = opt->repairs_off & ~(1u << NABA_REPAIR_INVALID_UTF8);
    c.s = (const unsigned char *)doc->orig;
    c.n = n;
    c.cap = n + n / 8 + 64;
    c.out = naba_arena_alloc_raw(doc->arena, c.cap); /* written before it is read */
    c.dedup = clean_dedup_new(doc->arena);
    c.keyed = clean_on(&c, NABA_REPAIR_BOILERPLATE) || clean_on(&c, NABA_REPAIR_DUPLICATE);
    c.filter = c.pats && clean_on(&c, NABA_REPAIR_BOILERPLATE) ? clean_patterns_filter(c.pats) : NULL;
    if (!c.out || !c.dedup) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory cleaning %zu bytes", n);
    clean_chars(&c);
    if (c.fail) return naba_fail(&doc->error, c.fail, 0, "out of memory cleaning %zu bytes", n);
    if (c.bad * 10 > n) return refuse_binary(doc, &c);
    if (!c.saw_content)
        return naba_fail(&doc->error, NABA_ERR_EMPTY, 0,
                         n ? "input holds no text, only white space or control characters" : "input is empty");
    if (c.len == 0)
        return naba_fail(&doc->error, NABA_ERR_EMPTY, 0,
                         "no text left: all %zu lines were boilerplate or repeats", c.dropped_lines);
    c.out[c.len] = '\0';
    doc->text = c.out;
    doc->text_len = c.len;
    if (doc->repairs.n > 1) qsort(doc->repairs.v, doc->repairs.n, sizeof *doc->repairs.v, by_orig);
    return NABA_OK;
}
