/*
** emit.c — how the cleaner writes: clean bytes, the offset map that ties them
** to the original, and the repair records that say what changed.
**
** Copied bytes extend the previous map segment when both sides are contiguous,
** so an untouched article is one segment. Repairs of one kind that touch in the
** original merge into one record: 5,000 tatweels in a row are one repair, yet
** each record still names exactly the original bytes it covers.
*/
#include "clean.h"
#include "arena.h"

#include <string.h>

/* Room for extra more bytes (plus the final NUL) in the arena. */
static int room(cleaner *c, size_t extra) {
    if (c->len + extra + 1 <= c->cap) return 1;
    size_t cap = c->cap * 2;
    if (cap < c->len + extra + 1) cap = c->len + extra + 1;
    char *p = naba_arena_alloc_raw(c->doc->arena, cap);
    if (!p) { c->fail = NABA_ERR_NOMEM; return 0; }
    memcpy(p, c->out, c->len);
    c->out = p;
    c->cap = cap;
    return 1;
}

/* A new map segment for clean bytes [c->len, c->len + n) from the original's
** [orig, orig + orig_len). */
static int new_seg(cleaner *c, size_t n, size_t orig, size_t orig_len, int copied) {
    naba_map_seg *s = NABA_PUSH(c->doc, &c->doc->map);
    if (!s) { c->fail = NABA_ERR_NOMEM; return 0; }
    s->clean = (naba_off)c->len;
    s->clean_len = (naba_off)n;
    s->orig = (naba_off)orig;
    s->orig_len = (naba_off)orig_len;
    s->copied = (uint8_t)copied;
    return 1;
}

void clean_copy(cleaner *c, size_t orig, size_t len) {
    if (len == 0 || !room(c, len)) return;
    naba_doc *d = c->doc;
    naba_map_seg *last = d->map.n > c->mark.map_n ? &d->map.v[d->map.n - 1] : NULL;
    if (last && last->copied && (size_t)last->orig + last->orig_len == orig &&
        (size_t)last->clean + last->clean_len == c->len) {
        last->clean_len += (naba_off)len;
        last->orig_len += (naba_off)len;
    } else if (!new_seg(c, len, orig, len, 1)) {
        return;
    }
    if (len <= 4) for (size_t k = 0; k < len; k++) c->out[c->len + k] = (char)c->s[orig + k];
    else memcpy(c->out + c->len, c->s + orig, len);
    c->len += len;
}

void clean_replace(cleaner *c, size_t orig, size_t orig_len, const char *bytes, size_t n) {
    if (!room(c, n) || !new_seg(c, n, orig, orig_len, 0)) return;
    memcpy(c->out + c->len, bytes, n);
    c->len += n;
}

void clean_repair(cleaner *c, int kind, size_t start, size_t end, const char *detail) {
    naba_doc *d = c->doc;
    if (d->repairs.n > c->mark.rep_n) {
        naba_repair *r = &d->repairs.v[d->repairs.n - 1];
        if (r->kind == kind && r->orig_end == start && !detail && !r->detail) {
            r->orig_end = (naba_off)end;
            return;
        }
    }
    naba_repair *r = NABA_PUSH(d, &d->repairs);
    if (!r) { c->fail = NABA_ERR_NOMEM; return; }
    r->kind = (uint8_t)kind;
    r->orig_start = (naba_off)start;
    r->orig_end = (naba_off)end;
    r->clean_at = (naba_off)c->len;
    r->detail = detail;
}

void clean_drop(cleaner *c, size_t orig, size_t len, int kind) {
    clean_repair(c, kind, orig, orig + len, NULL);
}

void clean_mark_set(cleaner *c) {
    c->mark.len = c->len;
    c->mark.map_n = c->doc->map.n;
    c->mark.rep_n = c->doc->repairs.n;
    c->mark.nl_n = c->nl_n;
}

void clean_rollback(cleaner *c) {
    c->len = c->mark.len;
    c->doc->map.n = c->mark.map_n;
    c->doc->repairs.n = c->mark.rep_n;
    c->nl_n = c->mark.nl_n;
}
