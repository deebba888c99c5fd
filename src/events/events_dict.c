/*
** events_dict.c — loading naba's event dictionaries (format: docs/events.md).
**
** Every line is one entry, tab-separated, its first column saying what it is:
**   code   CAMEO  PLOVER-TYPE  MODE  CONTEXT  QUAD  NAME
**   event  PATTERN  CAMEO  [FLAGS]  [CONF]
**   actor  PHRASE  CODE  [until=YYYY-MM-DD] [article]
**   agent  PHRASE  CODE  [article] [masculine]
**   cue    WORDS  CLASS[,CLASS]
**   set    NAME  WORD
** Files are loaded in order and a later entry with the same key replaces an
** earlier one, so curated and user files correct the compiled ones; the code
** "-" deletes an entry. Bad input fails with "file:line: what is wrong".
** Entries live in hash tables keyed by the anchor or first word, so coding a
** sentence costs a few lookups per word whatever the dictionary's size.
*/
#include "calendar.h"
#include "events.h"
#include "input.h"
#include "model.h"
#include "stage.h"
#include "textlines.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ELEMS 8
#define MAX_WORDS 8

/* ------------------------------------------------------------------ maps */

static uint64_t hash_str(const char *s) { return naba_fnv1a64(s, strlen(s), NABA_FNV_INIT); }

typedef struct lookup { const ev_map *m; const char *key; } lookup;

static int same_key(const void *ctx, uint32_t val) {
    const lookup *l = ctx;
    return !strcmp(l->m->keys[val], l->key);
}

/* The index of key in m->keys, or NABA_HM_NONE. */
static uint32_t find(const ev_map *m, const char *key) {
    lookup l = {m, key};
    return naba_hm_get(&m->index, hash_str(key), same_key, &l);
}

int32_t ev_map_get(const ev_map *m, const char *key) {
    uint32_t i = find(m, key);
    return i == NABA_HM_NONE ? -1 : m->vals[i];
}

/* Set key -> val (key must outlive the map). */
int ev_map_put(ev_map *m, const char *key, int32_t val) {
    if (naba_hm_reserve(&m->index, m->n + 1)) return -1;
    uint64_t h = hash_str(key);
    lookup l = {m, key};
    size_t s = naba_hm_slot(&m->index, h, same_key, &l);
    uint32_t i = m->index.slots[s].val;
    if (i == NABA_HM_NONE) {
        if (m->n == m->cap) {
            size_t cap = m->cap ? m->cap * 2 : 256;
            const char **keys = realloc(m->keys, cap * sizeof *keys);
            if (keys) m->keys = keys;
            int32_t *vals = realloc(m->vals, cap * sizeof *vals);
            if (vals) m->vals = vals;
            if (!keys || !vals) return -1;
            m->cap = cap;
        }
        i = (uint32_t)m->n++;
        m->keys[i] = key;
        naba_hm_fill(&m->index, s, h, i);
    }
    m->vals[i] = val;
    return 0;
}

void ev_map_free(ev_map *m) {
    naba_hm_free(&m->index);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------ dictionary */

ev_dict *ev_dict_new(void) {
    ev_dict *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->arena = naba_arena_new();
    if (!d->arena) { free(d); return NULL; }
    return d;
}

void ev_dict_free(ev_dict *d) {
    if (!d) return;
    ev_map_free(&d->anchors);
    ev_map_free(&d->phrase_first);
    ev_map_free(&d->cues);
    free(d->members);
    naba_hm_free(&d->set_words);
    ev_map_free(&d->code_index);
    ev_map_free(&d->vocab);
    free(d->pats);
    free(d->phrases);
    free(d->codes);
    free(d->files);
    naba_arena_free(d->arena);
    free(d);
}

const ev_code *ev_dict_code(const ev_dict *d, const char *cameo) {
    int32_t i = cameo ? ev_map_get(&d->code_index, cameo) : -1;
    return i < 0 ? NULL : &d->codes[i];
}

const char *ev_dict_word(const ev_dict *d, const char *key) {
    uint32_t i = find(&d->vocab, key);
    return i == NABA_HM_NONE ? NULL : d->vocab.keys[i];
}

/* A dictionary word's address as set_words' hash: naba_mix64 is a bijection,
** so equal hashes are the same word and the table needs no key compare. */
static uint64_t word_hash(const char *word) { return naba_mix64((uint64_t)(uintptr_t)word); }

int ev_dict_in_set(const ev_dict *d, const char *set, const char *word) {
    uint32_t first = naba_hm_get(&d->set_words, word_hash(word), NULL, NULL);
    for (int32_t k = first == NABA_HM_NONE ? -1 : (int32_t)first; k >= 0; k = d->members[k].next)
        if (!strcmp(d->members[k].set, set)) return 1;
    return 0;
}

static void *grow(void *v, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return v;
    size_t c = *cap ? *cap * 2 : 256;
    void *p = realloc(v, c * size);
    if (p) *cap = c;
    return p;
}

/* ---------------------------------------------------------- line parsing */

typedef struct line_ctx {
    ev_dict *d;
    const char *name;
    size_t line;
    uint32_t file;
    naba_error *err;
    ev_map spelled;   /* a word as the file spells it -> its key's index in d->vocab */
} line_ctx;

#define FAIL(c, ...) naba_fail((c)->err, NABA_ERR_FORMAT, (c)->line, __VA_ARGS__)

static char *dup(line_ctx *c, const char *s, size_t n) { return naba_arena_strndup(c->d->arena, s, n); }

/* The dictionary form of one word: its key without the article (text keeps
** "الكرملين", "كرملين" and "للكرملين" apart; their candidates all hold "كرملين"),
** vocab's copy. A file spells the same words again and again (the default
** files: 44,000 words, 6,300 distinct), so each spelling is keyed once: the
** folding was a third of the pipeline's start-up. */
static const char *word_key(line_ctx *c, const char *w, size_t n) {
    char raw[EV_KEY_MAX];
    int memo = n < sizeof raw;
    if (memo) {
        memcpy(raw, w, n);
        raw[n] = '\0';
        int32_t i = ev_map_get(&c->spelled, raw);
        if (i >= 0) return c->d->vocab.keys[i];
    }
    char k[EV_KEY_MAX];
    size_t len = ev_key(w, n, k, sizeof k);
    if (len == 0) return NULL;
    const char *s = ev_no_article(k);
    len -= (size_t)(s - k);
    s = dup(c, s, len);
    if (!s || ev_map_put(&c->d->vocab, s, 1)) return NULL;
    uint32_t i = find(&c->d->vocab, s);
    const char *sp = memo ? dup(c, raw, n) : NULL;
    if (memo && (!sp || ev_map_put(&c->spelled, sp, (int32_t)i))) return NULL;
    return c->d->vocab.keys[i];
}

/* Split s on single spaces into keys; returns the count or -1 (error set). */
static int split_words(line_ctx *c, const char *s, const char **out, int max, int allow_syntax) {
    int n = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *b = p;
        while (*p && *p != ' ') p++;
        if (n == max) { FAIL(c, "%s:%zu: more than %d words", c->name, c->line, max); return -1; }
        size_t len = (size_t)(p - b);
        if (allow_syntax && *b == '&') { /* a synonym set */
            for (size_t i = 1; i < len; i++)
                if (!isupper((unsigned char)b[i]) && b[i] != '_') {
                    FAIL(c, "%s:%zu: bad set name '%.*s' (A-Z and _)", c->name, c->line, (int)len, b);
                    return -1;
                }
            if (len < 2) { FAIL(c, "%s:%zu: empty set name", c->name, c->line); return -1; }
            out[n++] = dup(c, b, len);
            continue;
        }
        if (allow_syntax && memchr(b, '|', len)) { /* alternatives: key each one */
            char buf[EV_KEY_MAX * 4];
            size_t o = 0;
            const char *q = b, *end = b + len;
            while (q <= end) {
                const char *bar = memchr(q, '|', (size_t)(end - q));
                if (!bar) bar = end;
                const char *k = word_key(c, q, (size_t)(bar - q));
                if (!k) { FAIL(c, "%s:%zu: empty alternative in '%.*s'", c->name, c->line, (int)len, b); return -1; }
                size_t kl = strlen(k);
                if (o + kl + 2 >= sizeof buf) { FAIL(c, "%s:%zu: alternatives too long", c->name, c->line); return -1; }
                if (o) buf[o++] = '|';
                memcpy(buf + o, k, kl);
                o += kl;
                q = bar + 1;
            }
            out[n++] = dup(c, buf, o);
            continue;
        }
        const char *k = word_key(c, b, len);
        if (!k) { FAIL(c, "%s:%zu: '%.*s' has no letters", c->name, c->line, (int)len, b); return -1; }
        out[n++] = k;
    }
    if (n == 0) { FAIL(c, "%s:%zu: empty pattern", c->name, c->line); return -1; }
    return n;
}

static int valid_cameo(const char *s) {
    size_t n = strlen(s);
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static int valid_actor_code(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 15) return 0;
    for (size_t i = 0; i < n; i++) if (!isupper((unsigned char)s[i])) return 0;
    return 1;
}

/* "-" or empty: absent */
static const char *opt_field(line_ctx *c, char **f, int nf, int i) {
    if (i >= nf || !*f[i] || !strcmp(f[i], "-")) return NULL;
    return dup(c, f[i], strlen(f[i]));
}

static naba_status parse_code(line_ctx *c, char **f, int nf) {
    if (nf < 3) return FAIL(c, "%s:%zu: code wants CAMEO PLOVER-TYPE [MODE CONTEXT QUAD NAME]", c->name, c->line);
    if (!valid_cameo(f[1])) return FAIL(c, "%s:%zu: '%s' is not a CAMEO code (2-4 digits)", c->name, c->line, f[1]);
    for (const char *p = f[2]; *p; p++)
        if (!isupper((unsigned char)*p) && *p != '_' && *p != '-')
            return FAIL(c, "%s:%zu: bad PLOVER type '%s'", c->name, c->line, f[2]);
    int quad = 0;
    if (nf > 5 && *f[5] && strcmp(f[5], "-")) {
        if (f[5][1] || f[5][0] < '1' || f[5][0] > '4')
            return FAIL(c, "%s:%zu: quad class '%s' is not 1-4", c->name, c->line, f[5]);
        quad = f[5][0] - '0';
    }
    ev_dict *d = c->d;
    int32_t at = ev_map_get(&d->code_index, f[1]);
    if (at < 0) {
        d->codes = grow(d->codes, &d->cap_codes, d->n_codes, sizeof *d->codes);
        if (!d->codes) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
        at = (int32_t)d->n_codes++;
    }
    ev_code *e = &d->codes[at];
    e->code = dup(c, f[1], strlen(f[1]));
    e->plover = opt_field(c, f, nf, 2);
    e->mode = opt_field(c, f, nf, 3);
    e->context = opt_field(c, f, nf, 4);
    e->quad = quad;
    e->name = nf > 6 ? dup(c, f[6], strlen(f[6])) : "";
    if (!e->code || ev_map_put(&d->code_index, e->code, at)) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    return NABA_OK;
}

/* A name of a dictionary field and the bit it sets. */
typedef struct named_bit { const char *name; uint32_t bit; } named_bit;

/* The bits of s, a comma-separated list of names from t[0..nt); what names
** the field in the error, which lists every name t knows. */
static naba_status parse_names(line_ctx *c, const char *s, const named_bit *t, size_t nt,
                               const char *what, uint32_t *out) {
    *out = 0;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        size_t i = 0;
        while (i < nt && !(strlen(t[i].name) == n && !memcmp(t[i].name, s, n))) i++;
        if (i == nt) {
            char names[512];
            size_t o = 0;
            for (size_t k = 0; k < nt && o < sizeof names; k++)
                o += (size_t)snprintf(names + o, sizeof names - o, "%s%s", k ? " " : "", t[k].name);
            return FAIL(c, "%s:%zu: unknown %s '%.*s' (%s)", c->name, c->line, what, (int)n, s, names);
        }
        *out |= t[i].bit;
        s += n + (e != NULL);
    }
    return NABA_OK;
}

static const named_bit pattern_flags[] = {
    {"noun", EVP_NOUN}, {"refuse", EVP_REFUSE}, {"propose", EVP_PROPOSE},
    {"threaten", EVP_THREATEN}, {"demand", EVP_DEMAND}, {"mutual", EVP_MUTUAL},
    {"count", EVP_COUNT}, {"not", EVP_NOT}, {"undergo", EVP_UNDERGO}, {"words", EVP_WORDS},
    {"armed", EVP_ARMED}, {"passive", EVP_PASSIVE}};

static naba_status parse_flags(line_ctx *c, const char *s, uint32_t *out) {
    if (!strcmp(s, "-")) { *out = 0; return NABA_OK; }
    return parse_names(c, s, pattern_flags, sizeof pattern_flags / sizeof *pattern_flags, "flag", out);
}

/* keys: a and b hold only plain word keys, which are vocab's one copy each
** (word_key), so equal words are the same pointer; else a pattern's "&SET"
** and "a|b" elements, copies of their own, are compared as strings. */
static int same_words(const char **a, uint32_t na, const char **b, uint32_t nb, int keys) {
    if (na != nb) return 0;
    for (uint32_t i = 0; i < na; i++)
        if (a[i] != b[i] && (keys || strcmp(a[i], b[i]))) return 0;
    return 1;
}

/* e's alternatives "a|b" as ev_pattern.alts holds them (none for a "&SET");
** each is a word key, shorter than EV_KEY_MAX, so its length fits a byte. */
static const unsigned char *alternatives(ev_dict *d, const char *e) {
    size_t len = e[0] == '&' ? 0 : strlen(e);
    unsigned char *out = naba_arena_alloc(d->arena, len + 2), *o = out;
    if (!out) return NULL;
    for (const char *p = e; len;) {
        size_t n = 0;
        while (p[n] && p[n] != '|') n++;
        *o++ = (unsigned char)n;
        memcpy(o, p, n);
        o += n;
        if (!p[n]) break;
        p += n + 1;
    }
    *o = 0;
    return out;
}

static naba_status parse_event(line_ctx *c, char **f, int nf) {
    if (nf < 3) return FAIL(c, "%s:%zu: event wants PATTERN CAMEO [FLAGS] [CONF]", c->name, c->line);
    ev_dict *d = c->d;
    const char *w[MAX_ELEMS + 1];
    int n = split_words(c, f[1], w, MAX_ELEMS + 1, 1);
    if (n < 0) return c->err->code;
    if (w[0][0] == '&' || strchr(w[0], '|')) return FAIL(c, "%s:%zu: the anchor (first word) must be a plain word", c->name, c->line);
    int del = !strcmp(f[2], "-");
    if (!del && !valid_cameo(f[2])) return FAIL(c, "%s:%zu: '%s' is not a CAMEO code (2-4 digits)", c->name, c->line, f[2]);
    if (!del && d->n_codes && !ev_dict_code(d, f[2]))
        return FAIL(c, "%s:%zu: CAMEO code %s is not in the code table", c->name, c->line, f[2]);
    uint32_t flags = 0;
    if (nf > 3 && parse_flags(c, f[3], &flags) != NABA_OK) return c->err->code;
    float conf = 0.7f;
    if (nf > 4 && *f[4] && strcmp(f[4], "-")) {
        char *end;
        errno = 0;
        double v = strtod(f[4], &end);
        if (*end || errno || !(v > 0 && v <= 1)) return FAIL(c, "%s:%zu: confidence '%s' is not in (0,1]", c->name, c->line, f[4]);
        conf = (float)v;
    }
    /* the same anchor and elements: replace */
    int32_t head = ev_map_get(&d->anchors, w[0]);
    for (int32_t i = head; i >= 0; i = d->pats[i].next) {
        ev_pattern *p = &d->pats[i];
        if (same_words(p->elems, p->n_elems, w + 1, (uint32_t)n - 1, 0)) {
            p->code = del ? NULL : dup(c, f[2], strlen(f[2]));
            p->flags = flags;
            p->conf = conf;
            p->file = c->file;
            p->line = (uint32_t)c->line;
            return NABA_OK;
        }
    }
    if (del) return NABA_OK; /* deleting what is not there */
    d->pats = grow(d->pats, &d->cap_pats, d->n_pats, sizeof *d->pats);
    if (!d->pats) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    ev_pattern *p = &d->pats[d->n_pats];
    p->anchor = w[0];
    p->n_elems = (uint32_t)n - 1;
    p->elems = naba_arena_alloc(d->arena, sizeof(char *) * (size_t)(n > 1 ? n - 1 : 1));
    p->alts = naba_arena_alloc(d->arena, sizeof(char *) * (size_t)(n > 1 ? n - 1 : 1));
    if (!p->elems || !p->alts) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    for (int i = 1; i < n; i++) {
        p->elems[i - 1] = w[i];
        if (!(p->alts[i - 1] = alternatives(d, w[i]))) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    }
    p->code = dup(c, f[2], strlen(f[2]));
    p->flags = flags;
    p->conf = conf;
    p->file = c->file;
    p->line = (uint32_t)c->line;
    p->next = head;
    if (ev_map_put(&d->anchors, p->anchor, (int32_t)d->n_pats)) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    d->n_pats++;
    return NABA_OK;
}

/* "until=2021-08-15" (prefix, then exactly YYYY-MM-DD) as a day number. */
static int iso_day(const char *s, const char *prefix, long *day) {
    size_t p = strlen(prefix);
    if (strncmp(s, prefix, p) || strlen(s) != p + 10) return 0;
    for (size_t i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[p + i] != '-' : !isdigit((unsigned char)s[p + i])) return 0;
    int m = (s[p + 5] - '0') * 10 + (s[p + 6] - '0'), d = (s[p + 8] - '0') * 10 + (s[p + 9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 && cal_parse_article_date(s + p, day);
}

/* The code a phrase has in an article of day number `day` (events.h). */
const char *ev_phrase_code(const ev_phrase *p, int has_day, long day, int *dated) {
    *dated = p->old_code && has_day && day < p->until;
    return *dated ? p->old_code : p->code;
}

static naba_status parse_phrase(line_ctx *c, char **f, int nf, int agent) {
    if (nf < 3)
        return FAIL(c, "%s:%zu: %s wants PHRASE CODE [until=YYYY-MM-DD] [article] [masculine]", c->name, c->line,
                    agent ? "agent" : "actor");
    ev_dict *d = c->d;
    const char *w[MAX_WORDS];
    int n = split_words(c, f[1], w, MAX_WORDS, 0);
    if (n < 0) return c->err->code;
    int del = !strcmp(f[2], "-");
    if (!del && !valid_actor_code(f[2]))
        return FAIL(c, "%s:%zu: '%s' is not an actor code (3-15 capital letters)", c->name, c->line, f[2]);
    /* "actor طالبان IMGREB until=2021-08-15": the code of older articles,
    ** which then beats the knowledge base's (today's) code; "article": the
    ** first word must carry the article in the text ("الرقة", Raqqa, is not
    ** "فرقة", a troupe, read as "ف" + "رقة"); "masculine": the first word
    ** is not matched in its feminine ("حاج", a pilgrim, is not "الحاجة" or
    ** "حاجتها", the need) */
    int dated = 0, article = 0, masculine = 0;
    long until = 0;
    for (int i = 3; i < nf; i++) {
        if (!*f[i]) continue;
        if (!strcmp(f[i], "article") && !del) article = 1;
        else if (!strcmp(f[i], "masculine") && !del) masculine = 1;
        else if (!dated && !del && iso_day(f[i], "until=", &until)) dated = 1;
        else
            return FAIL(c, "%s:%zu: '%.40s': the options are until=YYYY-MM-DD, article and masculine, with a code", c->name,
                        c->line, f[i]);
    }
    const char *code = del ? NULL : dup(c, f[2], strlen(f[2]));
    if (!del && !code) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    int32_t head = ev_map_get(&d->phrase_first, w[0]);
    for (int32_t i = head; i >= 0; i = d->phrases[i].next) {
        ev_phrase *p = &d->phrases[i];
        /* a phrase is an actor or an agent, not both: the later entry decides
        ** (the compiled "actor حكومة IRN" gives way to "agent حكومة GOV");
        ** a dated entry replaces only the dated code */
        if (same_words(p->words, p->n_words, w, (uint32_t)n, 1)) {
            if (dated) { p->old_code = code; p->until = until; }
            else { p->code = code; if (del) p->old_code = NULL, p->until = 0; }
            p->agent = (uint8_t)agent;
            p->article = (uint8_t)article;
            p->masculine = (uint8_t)masculine;
            return NABA_OK;
        }
    }
    if (del) return NABA_OK;
    d->phrases = grow(d->phrases, &d->cap_phrases, d->n_phrases, sizeof *d->phrases);
    if (!d->phrases) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    ev_phrase *p = &d->phrases[d->n_phrases];
    p->words = naba_arena_alloc(d->arena, sizeof(char *) * (size_t)n);
    if (!p->words) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    for (int i = 0; i < n; i++) p->words[i] = w[i];
    p->n_words = (uint32_t)n;
    p->code = dated ? NULL : code;
    p->old_code = dated ? code : NULL;
    p->until = until;
    p->agent = (uint8_t)agent;
    p->article = (uint8_t)article;
    p->masculine = (uint8_t)masculine;
    p->next = head;
    if (ev_map_put(&d->phrase_first, w[0], (int32_t)d->n_phrases)) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    d->n_phrases++;
    return NABA_OK;
}

static const named_bit cue_classes[] = {
    {"negate", EVC_NEGATE}, {"caption", EVC_CAPTION}, {"both", EVC_BOTH},
    {"place", EVC_PLACE}, {"oblique", EVC_OBLIQUE}, {"report", EVC_REPORT}, {"stop", EVC_STOP}, {"light", EVC_LIGHT},
    {"means", EVC_MEANS}, {"legal", EVC_LEGAL}, {"weapon", EVC_WEAPON},
    {"demonstrative", EVC_DEMONSTRATIVE}, {"quantifier", EVC_QUANTIFIER},
    {"topic", EVC_TOPIC}, {"aim", EVC_AIM}, {"support", EVC_SUPPORT}, {"past", EVC_PAST}, {"often", EVC_OFTEN},
    {"coalition", EVC_COALITION}, {"affirm", EVC_AFFIRM}, {"sport", EVC_SPORT}, {"nature", EVC_NATURE},
    {"chemical", EVC_CHEMICAL}};

static naba_status parse_cue(line_ctx *c, char **f, int nf) {
    if (nf < 3) return FAIL(c, "%s:%zu: cue wants WORDS CLASS", c->name, c->line);
    const char *w[MAX_WORDS];
    int n = split_words(c, f[1], w, MAX_WORDS, 0);
    if (n < 0) return c->err->code;
    uint32_t bits;
    if (parse_names(c, f[2], cue_classes, sizeof cue_classes / sizeof *cue_classes, "cue class", &bits) != NABA_OK)
        return c->err->code;
    /* multi-word cues (captions) are keyed by their words joined with spaces */
    char key[EV_KEY_MAX * MAX_WORDS];
    size_t o = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(w[i]);
        if (o + l + 2 >= sizeof key) return FAIL(c, "%s:%zu: cue too long", c->name, c->line);
        if (i) key[o++] = ' ';
        memcpy(key + o, w[i], l);
        o += l;
    }
    const char *k = dup(c, key, o);
    if (!k || ev_map_put(&c->d->cues, k, (int32_t)bits)) return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    return NABA_OK;
}

static naba_status parse_set(line_ctx *c, char **f, int nf) {
    if (nf < 3) return FAIL(c, "%s:%zu: set wants NAME WORD", c->name, c->line);
    for (const char *p = f[1]; *p; p++)
        if (!isupper((unsigned char)*p) && *p != '_')
            return FAIL(c, "%s:%zu: bad set name '%s' (A-Z and _, no '&')", c->name, c->line, f[1]);
    if (!*f[1]) return FAIL(c, "%s:%zu: empty set name", c->name, c->line);
    const char *w = word_key(c, f[2], strlen(f[2]));
    if (!w) return FAIL(c, "%s:%zu: '%s' has no letters", c->name, c->line, f[2]);
    char name[EV_KEY_MAX];
    int n = snprintf(name, sizeof name, "&%s", f[1]);
    if (n < 0 || (size_t)n >= sizeof name) return FAIL(c, "%s:%zu: set name too long", c->name, c->line);
    ev_dict *d = c->d;
    if (ev_dict_in_set(d, name, w)) return NABA_OK; /* listed again */
    /* the word's sets are a list in members, its first (the newest) in set_words */
    uint64_t h = word_hash(w);
    const char *k = dup(c, name, (size_t)n);
    ev_member *m = grow(d->members, &d->cap_members, d->n_members, sizeof *d->members);
    if (m) d->members = m;
    if (!k || !m || naba_hm_reserve(&d->set_words, d->set_words.n + 1))
        return naba_fail(c->err, NABA_ERR_NOMEM, 0, "out of memory");
    size_t slot = naba_hm_slot(&d->set_words, h, NULL, NULL);
    uint32_t first = d->set_words.slots[slot].val, i = (uint32_t)d->n_members++;
    d->members[i] = (ev_member){k, first == NABA_HM_NONE ? -1 : (int32_t)first};
    if (first == NABA_HM_NONE) naba_hm_fill(&d->set_words, slot, h, i);
    else d->set_words.slots[slot].val = i;
    return NABA_OK;
}

#define MAX_FIELDS 8

static naba_status parse_line(line_ctx *c, char *s) {
    char *f[MAX_FIELDS];
    int nf = 0;
    for (char *p = s; nf < MAX_FIELDS;) {
        f[nf++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    /* a field starting with '#' ends the entry: the rest is a comment */
    for (int i = 1; i < nf; i++) if (f[i][0] == '#') { nf = i; break; }
    for (int i = 0; i < nf; i++) { /* trim spaces around fields */
        while (*f[i] == ' ') f[i]++;
        size_t n = strlen(f[i]);
        while (n && f[i][n - 1] == ' ') f[i][--n] = '\0';
    }
    if (!strcmp(f[0], "code")) return parse_code(c, f, nf);
    if (!strcmp(f[0], "event")) return parse_event(c, f, nf);
    if (!strcmp(f[0], "actor")) return parse_phrase(c, f, nf, 0);
    if (!strcmp(f[0], "agent")) return parse_phrase(c, f, nf, 1);
    if (!strcmp(f[0], "cue")) return parse_cue(c, f, nf);
    if (!strcmp(f[0], "set")) return parse_set(c, f, nf);
    return FAIL(c, "%s:%zu: unknown entry '%.40s' (code event actor agent cue set)", c->name, c->line, f[0]);
}

naba_status ev_dict_load_mem(ev_dict *d, const char *name, const char *text, size_t len,
                             naba_error *err) {
    naba_error local;
    if (!err) err = &local;
    const char **files = realloc(d->files, (d->n_files + 1) * sizeof *files);
    if (!files) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    d->files = files;
    d->files[d->n_files] = naba_arena_strndup(d->arena, name, strlen(name));
    line_ctx c = {.d = d, .name = name, .file = (uint32_t)d->n_files, .err = err};
    d->n_files++;
    char buf[4096];
    naba_lines it;
    naba_lines_init(&it, text, len);
    const char *line;
    size_t n;
    naba_status st = NABA_OK;
    while (st == NABA_OK && naba_lines_next(&it, &line, &n)) {
        c.line = it.no;
        if (memchr(line, '\0', n)) st = FAIL(&c, "%s:%zu: NUL byte", name, c.line);
        else if (n >= sizeof buf) st = FAIL(&c, "%s:%zu: line longer than %zu bytes", name, c.line, sizeof buf - 1);
        if (st != NABA_OK) break;
        memcpy(buf, line, n);
        buf[n] = '\0';
        size_t k = 0;
        while (buf[k] == ' ' || buf[k] == '\t') k++;
        if (buf[k] && buf[k] != '#') st = parse_line(&c, buf + k);
    }
    ev_map_free(&c.spelled);
    return st;
}

naba_status ev_dict_load_file(ev_dict *d, const char *path, naba_error *err) {
    char *buf;
    size_t len;
    naba_status st = naba_read_file(path, NABA_DATA_FILE_MAX, &buf, &len, err);
    if (st != NABA_OK) return st;
    st = ev_dict_load_mem(d, path, buf, len, err);
    free(buf);
    return st;
}

/* Compiled tables first, curated ones after them (they win on the same key). */
static const char *const default_files[] = {
    "data/events/cameo.tsv", "data/events/petrarch.tsv", "data/events/actors.tsv",
    "data/events/verbs.tsv", "data/events/cues.tsv"};

naba_status ev_dict_load_default(ev_dict *d, const char *data_dir, naba_error *err) {
    for (size_t i = 0; i < sizeof default_files / sizeof *default_files; i++) {
        char path[2048];
        naba_data_path(data_dir, default_files[i], path, sizeof path);
        naba_status st = ev_dict_load_file(d, path, err);
        if (st != NABA_OK) return st;
    }
    return NABA_OK;
}
