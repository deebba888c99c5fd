/*
** boiler.c — boilerplate patterns: parsing data/boilerplate.txt (format in
** data/README.md) and matching a line against them.
**
** Patterns are matched on keys (key.c), so one pattern covers the spellings a
** scraped page uses. Every mode but "line" also caps the line's length in
** words: a share button or a credit is short, a news sentence that happens to
** start with the same words is not, and precision matters more than recall.
**
** Every line of every article is matched, so the patterns that must start the
** line are listed by the first two bytes of their key: a line is tried only
** against the few whose head it shares, and against the patterns that may
** match anywhere (contains, rule, one-byte keys), in file order. A contains
** pattern is searched for only when the line's key holds the longest word of
** the pattern as a whole word, which the key notices while it is made
** (clean_word_filter): few lines do.
*/
#include "clean.h"
#include "input.h"
#include "textlines.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELD 400   /* bytes of a pattern's text */
#define MAX_WORDS 1000

#define HEADS 256

struct clean_patterns {
    naba_arena *arena;  /* names and keys */
    clean_pattern *v;
    size_t n, cap;
    unsigned max_words;  /* the longest line any non-rule pattern may remove */
    /* pattern numbers in file order: those of head h at by_head[head_at[h]..
    ** head_at[h + 1]), then those tried on every line from anywhere_at on */
    uint32_t *by_head;
    uint32_t head_at[HEADS + 1], anywhere_at;
    clean_word_filter filter; /* a word each contains pattern needs */
};

static const char *const mode_names[] = {"line", "prefix", "lead", "contains", "link", "rule"};
#define N_MODES (sizeof mode_names / sizeof mode_names[0])

clean_patterns *clean_patterns_new(void) {
    clean_patterns *p = calloc(1, sizeof(*p));
    if (!p) return NULL;
    p->arena = naba_arena_new();
    if (!p->arena) { free(p); return NULL; }
    return p;
}

void clean_patterns_free(clean_patterns *p) {
    if (!p) return;
    naba_arena_free(p->arena);
    free(p->v);
    free(p->by_head);
    free(p);
}

size_t clean_patterns_count(const clean_patterns *p) { return p->n; }

static int valid_utf8(const char *s, size_t n) {
    for (size_t i = 0, len; i < n; i += len)
        if (utf8_decode((const unsigned char *)s + i, n - i, &len) == UTF8_INVALID) return 0;
    return 1;
}

/* Split off the next field of line[*i..n) separated by spaces or tabs. */
static int field(const char *line, size_t n, size_t *i, const char **f, size_t *len) {
    while (*i < n && (line[*i] == ' ' || line[*i] == '\t')) (*i)++;
    size_t b = *i;
    while (*i < n && line[*i] != ' ' && line[*i] != '\t') (*i)++;
    *f = line + b;
    *len = *i - b;
    return *len > 0;
}

static naba_status parse_line(clean_patterns *p, const char *line, size_t n, const char *name,
                              size_t line_no, naba_error *err) {
    size_t i = 0, ml, nl, wl;
    const char *m, *nm, *w;
    if (!field(line, n, &i, &m, &ml) || !field(line, n, &i, &nm, &nl) || !field(line, n, &i, &w, &wl))
        return naba_fail(err, NABA_ERR_FORMAT, line_no,
                         "%s:%zu: want MODE NAME MAXWORDS TEXT", name, line_no);
    size_t mode = 0;
    while (mode < N_MODES && !(strlen(mode_names[mode]) == ml && !memcmp(mode_names[mode], m, ml))) mode++;
    if (mode == N_MODES)
        return naba_fail(err, NABA_ERR_FORMAT, line_no,
                         "%s:%zu: unknown mode '%.*s' (line, prefix, lead, contains, link, rule)",
                         name, line_no, (int)(ml > 40 ? 40 : ml), m);
    unsigned long words = 0;
    if (!(wl == 1 && w[0] == '-')) {
        char num[8] = {0};
        char *end;
        if (wl >= sizeof num) wl = sizeof num - 1;
        memcpy(num, w, wl);
        words = strtoul(num, &end, 10);
        if (*end || words == 0 || words > MAX_WORDS || num[0] == '-' || num[0] == '+')
            return naba_fail(err, NABA_ERR_FORMAT, line_no,
                             "%s:%zu: MAXWORDS must be 1..%d or '-', not '%.*s'", name, line_no,
                             MAX_WORDS, (int)wl, w);
    } else if (mode != BP_LINE && mode != BP_RULE) {
        return naba_fail(err, NABA_ERR_FORMAT, line_no,
                         "%s:%zu: mode %s needs a MAXWORDS number", name, line_no, mode_names[mode]);
    }
    while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
    const char *text = line + i;
    size_t tl = n - i;
    while (tl && (text[tl - 1] == ' ' || text[tl - 1] == '\t')) tl--;
    if (tl == 0 || tl > MAX_FIELD)
        return naba_fail(err, NABA_ERR_FORMAT, line_no, "%s:%zu: TEXT must be 1..%d bytes", name,
                         line_no, MAX_FIELD);
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        clean_pattern *v = realloc(p->v, cap * sizeof *v);
        if (!v) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        p->v = v;
        p->cap = cap;
    }
    clean_pattern *pt = &p->v[p->n];
    memset(pt, 0, sizeof *pt);
    pt->mode = (uint8_t)mode;
    pt->max_words = (uint16_t)(words ? words : MAX_WORDS);
    pt->name = naba_arena_strndup(p->arena, nm, nl);
    if (mode == BP_RULE) {
        char *k = naba_arena_alloc(p->arena, tl + 1);
        if (!k || !pt->name) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        size_t kl = 0;
        for (size_t j = 0; j < tl; j++)
            if (text[j] != ' ' && text[j] != '\t') k[kl++] = text[j];
        pt->key = k;
        pt->key_len = kl;
    } else {
        if (text[tl - 1] == '*') { pt->open_end = 1; tl--; }
        char *k = naba_arena_alloc(p->arena, tl + 1);
        if (!k || !pt->name) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        unsigned kw;
        pt->key_len = clean_key(text, tl, k, tl + 1, &kw, NULL);
        pt->key = k;
        if (mode == BP_LINE && !words && !pt->open_end) pt->max_words = (uint16_t)kw; /* equal keys */
        if (pt->key_len == 0)
            return naba_fail(err, NABA_ERR_FORMAT, line_no,
                             "%s:%zu: TEXT has no letters or digits to match", name, line_no);
    }
    if (mode != BP_RULE && pt->max_words > p->max_words) p->max_words = pt->max_words;
    p->n++;
    return NABA_OK;
}

/* The list (of HEADS) for a key of two bytes or more, by its first two. */
static unsigned head(const char *k) {
    return ((unsigned)(unsigned char)k[0] << 3 ^ (unsigned char)k[1]) & (HEADS - 1);
}

/* Modes whose key must start the line's key; keys of two bytes or more. */
static int has_head(const clean_pattern *pt) {
    return pt->mode != BP_CONTAINS && pt->mode != BP_RULE && pt->key_len >= 2;
}

/* The word a contains pattern needs: its longest (likely its rarest), not
** the last one when that may go on. -1 when there is none to use. */
static int need_word(clean_patterns *p, clean_pattern *pt) {
    const char *best = NULL;
    size_t best_len = 0, end = pt->key_len;
    if (pt->open_end) /* without the last word */
        while (end > 0 && pt->key[end - 1] != ' ') end--;
    for (size_t i = 0; i < end;) {
        const char *sp = memchr(pt->key + i, ' ', end - i);
        size_t e = sp ? (size_t)(sp - pt->key) : end;
        if (e - i > best_len) { best = pt->key + i; best_len = e - i; }
        i = e + 1;
    }
    clean_word_filter *f = &p->filter;
    if (!best || best_len >= 64 || f->n == CLEAN_FILTER_MAX) return -1;
    f->word[f->n] = best;
    f->len[f->n] = (uint8_t)best_len;
    f->lens |= 1ULL << best_len;
    return (int)f->n++;
}

/* List the patterns by head (a counting sort, so each list keeps file order). */
static naba_status index_patterns(clean_patterns *p, naba_error *err) {
    memset(&p->filter, 0, sizeof p->filter);
    for (size_t i = 0; i < p->n; i++)
        p->v[i].need = p->v[i].mode == BP_CONTAINS ? need_word(p, &p->v[i]) : -1;
    free(p->by_head);
    p->by_head = malloc((p->n + 1) * sizeof *p->by_head);
    if (!p->by_head) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    uint32_t count[HEADS + 1] = {0};
    for (size_t i = 0; i < p->n; i++) count[has_head(&p->v[i]) ? head(p->v[i].key) : HEADS]++;
    uint32_t at = 0;
    for (unsigned h = 0; h <= HEADS; h++) {
        p->head_at[h] = at;
        at += count[h];
        count[h] = p->head_at[h];
    }
    p->anywhere_at = p->head_at[HEADS];
    for (size_t i = 0; i < p->n; i++)
        p->by_head[count[has_head(&p->v[i]) ? head(p->v[i].key) : HEADS]++] = (uint32_t)i;
    return NABA_OK;
}

static naba_status parse_lines(clean_patterns *p, const char *text, size_t n, const char *name,
                               naba_error *err) {
    if (!valid_utf8(text, n)) {
        size_t i = 0, len, line = 1;
        while (utf8_decode((const unsigned char *)text + i, n - i, &len) != UTF8_INVALID) {
            if (text[i] == '\n') line++;
            i += len;
        }
        return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: not UTF-8 (byte %zu)", name, line, i);
    }
    naba_lines it;
    naba_lines_init(&it, text, n);
    const char *line;
    size_t len;
    while (naba_lines_next(&it, &line, &len)) {
        size_t b = 0;
        while (b < len && (line[b] == ' ' || line[b] == '\t')) b++;
        if (b == len || line[b] == '#') continue;
        naba_status st = parse_line(p, line + b, len - b, name, it.no, err);
        if (st != NABA_OK) return st;
    }
    return NABA_OK;
}

naba_status clean_patterns_parse(clean_patterns *p, const char *text, size_t n, const char *name,
                                 naba_error *err) {
    naba_status st = parse_lines(p, text, n, name, err);
    naba_error ignored;
    /* the lines parsed before an error are patterns too */
    naba_status ix = index_patterns(p, st == NABA_OK ? err : &ignored);
    return st != NABA_OK ? st : ix;
}

naba_status clean_patterns_load(clean_patterns *p, const char *path, naba_error *err) {
    char *buf;
    size_t len;
    naba_status st = naba_read_file(path, NABA_DATA_FILE_MAX, &buf, &len, err);
    if (st != NABA_OK) return st;
    st = clean_patterns_parse(p, buf, len, path, err);
    free(buf);
    return st;
}

/* ---- matching */

/* key starts with pat, ending at a word boundary unless the pattern is open. */
static int starts_with(const clean_pattern *pt, const char *key, size_t kl) {
    return kl >= pt->key_len && !memcmp(key, pt->key, pt->key_len) &&
           (kl == pt->key_len || key[pt->key_len] == ' ' || pt->open_end);
}

static int contains(const clean_pattern *pt, const char *key, size_t kl) {
    for (size_t i = 0; i + pt->key_len <= kl; i++) {
        const char *hit = memmem(key + i, kl - i, pt->key, pt->key_len);
        if (!hit) return 0;
        i = (size_t)(hit - key);
        size_t e = i + pt->key_len;
        if ((i == 0 || key[i - 1] == ' ') && (e == kl || key[e] == ' ' || pt->open_end)) return 1;
    }
    return 0;
}

/* A separator: 3 or more characters, all from the pattern's set. */
static int rule(const clean_pattern *pt, const char *raw, size_t n) {
    size_t count = 0;
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t cp = utf8_next(raw + i, n - i, &len);
        if (cp == ' ') continue;
        size_t j = 0, l2;
        while (j < pt->key_len && utf8_next(pt->key + j, pt->key_len - j, &l2) != cp) j += l2;
        if (j == pt->key_len) return 0;
        count++;
    }
    return count >= 3;
}

const clean_word_filter *clean_patterns_filter(const clean_patterns *p) { return &p->filter; }

/* Does pattern pt remove the line? */
static int matches(const clean_pattern *pt, const char *key, size_t kl, unsigned words,
                   uint64_t found, const char *raw, size_t raw_len) {
    switch (pt->mode) {
    case BP_LINE:
        return pt->open_end ? starts_with(pt, key, kl) : kl == pt->key_len && !memcmp(key, pt->key, kl);
    case BP_PREFIX:
    case BP_LEAD:
        return words <= pt->max_words && starts_with(pt, key, kl);
    case BP_LINK:
        return words <= pt->max_words && starts_with(pt, key, kl) &&
               (memmem(key, kl, "http", 4) || memmem(key, kl, "www", 3));
    case BP_CONTAINS:
        return words <= pt->max_words && (pt->need < 0 || (found >> pt->need & 1)) &&
               contains(pt, key, kl);
    case BP_RULE:
        return kl == 0 && rule(pt, raw, raw_len);
    }
    return 0;
}

const clean_pattern *clean_patterns_match(const clean_patterns *p, const char *key, size_t kl,
                                          unsigned words, uint64_t found, const char *raw,
                                          size_t raw_len) {
    if (kl && words > p->max_words) return NULL; /* a long line: only rules could match, and need kl == 0 */
    /* the two lists merged, so the first pattern in file order wins */
    unsigned h = kl >= 2 ? head(key) : 0;
    uint32_t i = kl >= 2 ? p->head_at[h] : 0, i_end = kl >= 2 ? p->head_at[h + 1] : 0;
    uint32_t j = p->anywhere_at, j_end = (uint32_t)p->n;
    while (i < i_end || j < j_end) {
        uint32_t k = j == j_end || (i < i_end && p->by_head[i] < p->by_head[j]) ? p->by_head[i++]
                                                                               : p->by_head[j++];
        const clean_pattern *pt = &p->v[k];
        if (matches(pt, key, kl, words, found, raw, raw_len)) return pt;
    }
    return NULL;
}
