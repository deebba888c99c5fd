/*
** lines.c — judging each line of clean text as it ends: boilerplate (a share
** button, a "read also" link, a disclaimer, a separator rule) or a repeat of a
** paragraph already kept (the doubled photo captions of scraped pages).
**
** A line that goes is rolled back out of the clean text, map and repairs, and
** one repair names the original bytes it took. A paragraph here is a non-empty
** line: news text puts one paragraph per line, and "duplicate of paragraph N"
** counts the non-empty lines of the clean text from 0.
*/
#include "clean.h"
#include "arena.h"

#include <stdio.h>
#include <string.h>

#define MIN_DUP_WORDS 8 /* shorter lines (subheads, list items, refrains) may repeat */

static void remove_line(cleaner *c, int kind, const char *detail) {
    size_t start = c->line_orig, end = c->line_orig_end;
    clean_rollback(c);
    clean_repair(c, kind, start, end, detail);
    c->swallow_nl = 1;
    c->dropped_lines++;
}

static const char *copy_name(cleaner *c, const char *name) {
    return naba_arena_strndup(c->doc->arena, name, strlen(name));
}

/* The pattern that removes this line, or NULL. */
static const clean_pattern *boilerplate(cleaner *c, const char *key, size_t kl, unsigned words,
                                        const char *line, size_t ll) {
    const clean_pattern *lead = c->lead;
    c->lead = NULL;
    /* the headline after a bare "read also:" line: short, and not a sentence */
    if (lead && words <= lead->max_words && line[ll - 1] != '.') return lead;
    const clean_pattern *p = clean_patterns_match(c->pats, key, kl, words, c->key.found, line, ll);
    if (p && p->mode == BP_LEAD && kl == p->key_len) c->lead = p;
    return p;
}

void clean_line_start(cleaner *c) {
    if (!c->keyed) return;
    c->key_at = c->len;
    clean_key_begin(&c->key, c->key_buf, c->filter,
                    clean_on(c, NABA_REPAIR_DUPLICATE) ? c->sketch : NULL);
}

int clean_key_sync(cleaner *c, size_t more) {
    size_t need = c->len - c->line_out + more + 2; /* a key is never longer than its text */
    if (need > c->key_cap) {
        size_t cap = need + need / 8 + 64;
        char *b = naba_arena_alloc_raw(c->doc->arena, cap);
        if (!b) { c->fail = NABA_ERR_NOMEM; return 0; }
        if (c->key.o) memcpy(b, c->key_buf, c->key.o);
        c->key_buf = c->key.out = b;
        c->key_cap = cap;
    }
    clean_key_feed(&c->key, c->out + c->key_at, c->len - c->key_at);
    c->key_at = c->len;
    return 1;
}

void clean_line_end(cleaner *c) {
    if (!c->line_content || c->fail) return;
    if (!clean_on(c, NABA_REPAIR_BOILERPLATE) && !clean_on(c, NABA_REPAIR_DUPLICATE)) {
        c->kept_lines++;
        return;
    }
    const char *line = c->out + c->line_out;
    size_t ll = c->len - c->line_out;
    if (!clean_key_sync(c, 0)) return;
    unsigned words;
    uint64_t letters;
    size_t kl = clean_key_end(&c->key, &words, &letters);
    const char *key = c->key_buf;

    if (c->pats && clean_on(c, NABA_REPAIR_BOILERPLATE)) {
        const clean_pattern *p = boilerplate(c, key, kl, words, line, ll);
        if (p) {
            remove_line(c, NABA_REPAIR_BOILERPLATE, copy_name(c, p->name));
            return;
        }
    }
    if (words >= MIN_DUP_WORDS && clean_on(c, NABA_REPAIR_DUPLICATE)) {
        double thr = c->opt->near_duplicate > 0 ? c->opt->near_duplicate : 0.9;
        uint32_t of;
        double sim;
        int r = clean_dedup_check(c->dedup, key, kl, words, letters, c->sketch, c->kept_lines, thr,
                                  &of, &sim);
        if (r < 0) { c->fail = NABA_ERR_NOMEM; return; }
        if (r > 0) {
            char buf[80];
            if (sim >= 1.0) snprintf(buf, sizeof buf, "duplicate of paragraph %u", of);
            else snprintf(buf, sizeof buf, "near-duplicate of paragraph %u (similarity %.2f)", of, sim);
            remove_line(c, NABA_REPAIR_DUPLICATE, copy_name(c, buf));
            return;
        }
    }
    c->kept_lines++;
}
