/*
** conllu_read.c — the CoNLL-U reader (see conllu.h).
**
** Strict where a mistake would silently corrupt training or evaluation (ten
** columns, integer IDs in order, ranges that cover the words that follow,
** heads within the sentence) and lenient where it would not (missing comments).
*/
#include "conllu.h"
#include "input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    naba_cu_file *f;
    const char *name;
    size_t line;
    naba_error *err;
    /* the sentence being built, in growable scratch arrays */
    naba_cu_token *toks; size_t ntok, captok;
    naba_cu_word *words; size_t nword, capword;
    const char *sent_id, *text, *newdoc_id;
    int newdoc, newpar;
    uint32_t docs_seen;   /* "# newdoc" comments so far */
    size_t first_line;
    uint32_t range_end;   /* last word ID of the open multiword range, 0 if none */
    size_t cap_sents;
} parser;

static naba_status fail(parser *p, const char *what) {
    return naba_fail(p->err, NABA_ERR_FORMAT, p->line, "%s:%zu: %s", p->name, p->line, what);
}

static int grow(void **v, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return 1;
    size_t c = *cap ? *cap * 2 : 64;
    void *nv = realloc(*v, c * elem);
    if (!nv) return 0;
    *v = nv;
    *cap = c;
    return 1;
}

/* Split a tab-separated line into exactly 10 fields (NUL-terminated in place). */
static int split10(char *s, char **fields) {
    int n = 0;
    fields[n++] = s;
    for (; *s; s++) {
        if (*s == '\t') {
            if (n == 10) return 0;
            *s = '\0';
            fields[n++] = s + 1;
        }
    }
    return n == 10;
}

static int parse_uint(const char *s, const char *end, uint32_t *v) {
    if (s == end || end - s > 9) return 0;
    uint32_t x = 0;
    for (; s < end; s++) {
        if (*s < '0' || *s > '9') return 0;
        x = x * 10 + (uint32_t)(*s - '0');
    }
    *v = x;
    return 1;
}

int naba_cu_attr(const char *attrs, const char *key, char *out, size_t cap) {
    size_t k = strlen(key);
    for (const char *s = attrs; s && *s;) {
        const char *bar = strchr(s, '|');
        size_t n = bar ? (size_t)(bar - s) : strlen(s);
        if (n > k && s[k] == '=' && strncmp(s, key, k) == 0) {
            size_t v = n - k - 1;
            if (v >= cap) v = cap - 1;
            memcpy(out, s + k + 1, v);
            out[v] = '\0';
            return 1;
        }
        s = bar ? bar + 1 : NULL;
    }
    return 0;
}

static naba_status end_sentence(parser *p) {
    if (p->nword == 0 && p->ntok == 0) return NABA_OK;
    if (p->nword == 0) return fail(p, "sentence has a multiword token but no words");
    if (p->range_end) return fail(p, "multiword token range runs past the sentence end");
    for (size_t i = 0; i < p->nword; i++)
        if (p->words[i].head > (int)p->nword) return fail(p, "HEAD points outside the sentence");
    naba_cu_file *f = p->f;
    if (!grow((void **)&f->sents, &p->cap_sents, f->n, sizeof(naba_cu_sentence)))
        return naba_fail(p->err, NABA_ERR_NOMEM, p->line, "out of memory");
    naba_cu_sentence *s = &f->sents[f->n++];
    memset(s, 0, sizeof(*s));
    s->sent_id = p->sent_id;
    s->text = p->text;
    s->newdoc_id = p->newdoc ? p->newdoc_id : NULL;
    s->newdoc = p->newdoc;
    s->newpar = p->newpar;
    s->doc = p->docs_seen ? p->docs_seen - 1 : 0;
    s->line = p->first_line;
    s->n_tokens = (uint32_t)p->ntok;
    s->n_words = (uint32_t)p->nword;
    s->tokens = naba_arena_alloc(f->arena, p->ntok * sizeof(naba_cu_token) + 1);
    s->words = naba_arena_alloc(f->arena, p->nword * sizeof(naba_cu_word) + 1);
    if (!s->tokens || !s->words) return naba_fail(p->err, NABA_ERR_NOMEM, p->line, "out of memory");
    memcpy(s->tokens, p->toks, p->ntok * sizeof(naba_cu_token));
    memcpy(s->words, p->words, p->nword * sizeof(naba_cu_word));
    p->ntok = p->nword = 0;
    p->sent_id = p->text = NULL;
    p->newdoc = p->newpar = 0;
    return NABA_OK;
}

/* The comments that matter: sent_id, text, newdoc, newpar; others are ignored. */
static void comment(parser *p, const char *s) {
    naba_arena *a = p->f->arena;
    if (strncmp(s, "# sent_id", 9) == 0) {
        const char *v = strchr(s, '=');
        if (v) { v += 1 + (v[1] == ' '); p->sent_id = naba_arena_strndup(a, v, strlen(v)); }
    } else if (strncmp(s, "# text =", 8) == 0) {
        const char *v = s + 8 + (s[8] == ' ');
        p->text = naba_arena_strndup(a, v, strlen(v));
    } else if (strncmp(s, "# newdoc", 8) == 0) {
        const char *v = strchr(s, '=');
        p->newdoc = 1;
        p->docs_seen++;
        p->newdoc_id = NULL;
        if (v) { v += 1 + (v[1] == ' '); p->newdoc_id = naba_arena_strndup(a, v, strlen(v)); }
    } else if (strncmp(s, "# newpar", 8) == 0) {
        p->newpar = 1;
    }
}

static naba_status row(parser *p, char *line) {
    char *fl[10];
    if (!split10(line, fl)) return fail(p, "expected 10 tab-separated columns");
    if (p->ntok == 0 && p->nword == 0) p->first_line = p->line;
    naba_arena *a = p->f->arena;
    const char *id = fl[0];
    if (strchr(id, '.')) return NABA_OK; /* empty node: not a word */
    const char *dash = strchr(id, '-');
    if (dash) {
        uint32_t lo, hi;
        if (!parse_uint(id, dash, &lo) || !parse_uint(dash + 1, id + strlen(id), &hi) || lo > hi)
            return fail(p, "bad multiword token range");
        if (lo != p->nword + 1 || p->range_end) return fail(p, "multiword token range out of order");
        if (!grow((void **)&p->toks, &p->captok, p->ntok, sizeof(naba_cu_token)))
            return naba_fail(p->err, NABA_ERR_NOMEM, p->line, "out of memory");
        naba_cu_token *t = &p->toks[p->ntok++];
        t->form = naba_arena_strndup(a, fl[1], strlen(fl[1]));
        t->misc = naba_arena_strndup(a, fl[9], strlen(fl[9]));
        t->word_first = lo - 1;
        t->word_count = hi - lo + 1;
        t->space_after = strstr(fl[9], "SpaceAfter=No") == NULL;
        p->range_end = hi;
        return NABA_OK;
    }
    uint32_t n;
    if (!parse_uint(id, id + strlen(id), &n) || n != p->nword + 1) return fail(p, "word ID out of order");
    if (!grow((void **)&p->words, &p->capword, p->nword, sizeof(naba_cu_word)))
        return naba_fail(p->err, NABA_ERR_NOMEM, p->line, "out of memory");
    naba_cu_word *w = &p->words[p->nword++];
    const char **dst[8] = {&w->form, &w->lemma, &w->upos, &w->xpos, &w->feats, &w->deprel, &w->deps, &w->misc};
    const int col[8] = {1, 2, 3, 4, 5, 7, 8, 9};
    for (int i = 0; i < 8; i++) *dst[i] = naba_arena_strndup(a, fl[col[i]], strlen(fl[col[i]]));
    if (strcmp(fl[6], "_") == 0) w->head = -1;
    else {
        uint32_t h;
        if (!parse_uint(fl[6], fl[6] + strlen(fl[6]), &h)) return fail(p, "HEAD is not a number");
        w->head = (int)h;
    }
    if (p->range_end) { /* inside a multiword token */
        w->token = (uint32_t)p->ntok - 1;
        if (n == p->range_end) p->range_end = 0;
    } else {
        if (!grow((void **)&p->toks, &p->captok, p->ntok, sizeof(naba_cu_token)))
            return naba_fail(p->err, NABA_ERR_NOMEM, p->line, "out of memory");
        naba_cu_token *t = &p->toks[p->ntok++];
        t->form = w->form;
        t->misc = w->misc;
        t->word_first = n - 1;
        t->word_count = 1;
        t->space_after = strstr(fl[9], "SpaceAfter=No") == NULL;
        w->token = (uint32_t)p->ntok - 1;
    }
    return NABA_OK;
}

naba_status naba_conllu_parse(const char *text, size_t len, const char *name,
                              naba_cu_file **out, naba_error *err) {
    *out = NULL;
    parser p = {0};
    p.name = name;
    p.err = err;
    p.f = calloc(1, sizeof(naba_cu_file));
    char *line = malloc(len + 1);
    if (!p.f || !line || !(p.f->arena = naba_arena_new())) {
        free(line);
        naba_conllu_free(p.f);
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory reading %s", name);
    }
    naba_status st = NABA_OK;
    size_t i = 0;
    while (i < len && st == NABA_OK) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        p.line++;
        memcpy(line, text + i, n);
        i += n + (nl != NULL);
        if (n && line[n - 1] == '\r') n--;
        line[n] = '\0';
        if (memchr(line, '\0', n)) st = fail(&p, "NUL byte");
        else if (n == 0) st = end_sentence(&p);
        else if (line[0] == '#') comment(&p, line);
        else st = row(&p, line);
    }
    if (st == NABA_OK) st = end_sentence(&p);
    free(line);
    free(p.toks);
    free(p.words);
    if (st != NABA_OK) { naba_conllu_free(p.f); return st; }
    *out = p.f;
    return NABA_OK;
}

naba_status naba_conllu_read(const char *path, naba_cu_file **out, naba_error *err) {
    int std = strcmp(path, "-") == 0;
    FILE *f = std ? stdin : fopen(path, "rb");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot open: %s", path, strerror(errno));
    char *buf;
    size_t len;
    naba_status st = naba_read_all(f, path, (size_t)1 << 30, &buf, &len, err);
    if (!std) fclose(f);
    if (st != NABA_OK) return st;
    st = naba_conllu_parse(buf, len, path, out, err);
    free(buf);
    return st;
}

void naba_conllu_free(naba_cu_file *f) {
    if (!f) return;
    if (f->arena) naba_arena_free(f->arena);
    free(f->sents);
    free(f);
}
