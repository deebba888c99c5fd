/*
** check.c — the invariants of the three layers the segment stage builds,
** checked in one place for the tests, the fuzzer and any stage that wants to
** assert its input: paragraphs, sentences and tokens nest exactly, cover the
** text's every visible character, and each token's key is its folded slice.
*/
#include "segment.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(char *msg, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (msg && cap) vsnprintf(msg, cap, fmt, ap);
    va_end(ap);
    return 1;
}

/* Only white space and invisible characters in text[b..e)? Line breaks only
** when newlines is set. *space is set if a white space or line break is seen. */
static int blank(const char *s, size_t b, size_t e, int newlines, int *space) {
    *space = 0;
    while (b < e) {
        uint32_t cp;
        size_t len;
        int cl = seg_class_at(s, b, e, &cp, &len);
        if (cl == SC_NEWLINE && !newlines) return 0;
        if (cl != SC_SPACE && cl != SC_NEWLINE && cl != SC_IGNORE && cl != SC_JOINER) return 0;
        *space |= cl == SC_SPACE || cl == SC_NEWLINE;
        b += len;
    }
    return 1;
}

static int is_numeric(int kind) {
    return kind == NABA_TOK_NUMBER || kind == NABA_TOK_ORDINAL || kind == NABA_TOK_PERCENT ||
           kind == NABA_TOK_NUMUNIT;
}

int seg_check_layers(const naba_doc *d, unsigned fold, char *msg, size_t cap) {
    const char *s = d->text;
    size_t prev_end = 0, next_sent = 0, next_tok = 0;
    int space;
    char *key = malloc(d->text_len + 1);
    if (!key) return fail(msg, cap, "out of memory");
    int bad = 0;
    for (size_t p = 0; p < d->paras.n && !bad; p++) {
        const naba_paragraph *pa = &d->paras.v[p];
        if (pa->start >= pa->end || pa->end > d->text_len || pa->sent_count == 0 ||
            pa->sent_first != next_sent || (size_t)pa->sent_first + pa->sent_count > d->sents.n)
            { bad = fail(msg, cap, "paragraph %zu: bad span or sentence range", p); break; }
        if (pa->start < prev_end || !blank(s, prev_end, pa->start, 1, &space))
            { bad = fail(msg, cap, "paragraph %zu: text before it is not blank", p); break; }
        next_sent += pa->sent_count;
        size_t at = pa->start;
        for (size_t i = pa->sent_first; i < next_sent && !bad; i++) {
            const naba_sentence *x = &d->sents.v[i];
            if (x->para != p || x->tok_count == 0 || x->tok_first != next_tok ||
                (size_t)x->tok_first + x->tok_count > d->tokens.n)
                { bad = fail(msg, cap, "sentence %zu: bad paragraph or token range", i); break; }
            if (x->start != d->tokens.v[x->tok_first].start ||
                x->end != d->tokens.v[x->tok_first + x->tok_count - 1].end)
                { bad = fail(msg, cap, "sentence %zu: span is not its tokens' span", i); break; }
            if (!blank(s, at, x->start, 0, &space))
                { bad = fail(msg, cap, "sentence %zu: text before it is not blank", i); break; }
            next_tok += x->tok_count;
            for (size_t k = x->tok_first; k < next_tok; k++) {
                const naba_token *t = &d->tokens.v[k];
                size_t n = t->end - t->start;
                if (t->start < at || t->end <= t->start || t->sent != i || !t->key ||
                    t->kind >= NABA_TOK_KIND_COUNT || t->script > NABA_SCRIPT_OTHER)
                    { bad = fail(msg, cap, "token %zu: bad span, sentence, key, kind or script", k); break; }
                if (!blank(s, at, t->start, 0, &space) || (k > x->tok_first && space != t[-1].space_after))
                    { bad = fail(msg, cap, "token %zu: the gap before it is not white space, or space_after is wrong", k); break; }
                for (size_t b = t->start; b < t->end;) {
                    uint32_t cp;
                    size_t len;
                    int cl = seg_class_at(s, b, t->end, &cp, &len);
                    if (cl == SC_SPACE || cl == SC_NEWLINE) { bad = 1; break; }
                    b += len;
                }
                if (bad) { fail(msg, cap, "token %zu: holds white space", k); break; }
                naba_fold(s + t->start, n, fold, key, n + 1);
                if (strcmp(key, t->key) != 0)
                    { bad = fail(msg, cap, "token %zu: key '%s' is not the folded text '%s'", k, t->key, key); break; }
                if (!is_numeric(t->kind) && !isnan(t->value))
                    { bad = fail(msg, cap, "token %zu: a value on a non-number", k); break; }
                at = t->end;
            }
            if (!bad && at != x->end) bad = fail(msg, cap, "sentence %zu: tokens do not end it", i);
        }
        if (!bad && at != pa->end) bad = fail(msg, cap, "paragraph %zu: sentences do not end it", p);
        prev_end = pa->end;
    }
    if (!bad && (next_sent != d->sents.n || next_tok != d->tokens.n))
        bad = fail(msg, cap, "sentences or tokens outside every paragraph");
    if (!bad && !blank(s, prev_end, d->text_len, 1, &space))
        bad = fail(msg, cap, "text after the last paragraph is not blank");
    /* the last token of a paragraph is followed by white space unless the text ends */
    for (size_t p = 0; p < d->paras.n && !bad; p++) {
        const naba_paragraph *pa = &d->paras.v[p];
        const naba_token *t = &d->tokens.v[d->sents.v[pa->sent_first + pa->sent_count - 1].tok_first +
                                           d->sents.v[pa->sent_first + pa->sent_count - 1].tok_count - 1];
        size_t e = p + 1 < d->paras.n ? d->paras.v[p + 1].start : d->text_len;
        blank(s, t->end, e, 1, &space);
        if (space != t->space_after) bad = fail(msg, cap, "paragraph %zu: space_after of its last token", p);
    }
    free(key);
    return bad;
}
