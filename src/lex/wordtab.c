/*
** wordtab.c — loading word-list data files into an open-addressing hash table
** and matching their phrases at a position in the text (see wordtab.h).
**
** Entries live in one array and their keys in one string pool, so a table is a
** few allocations however large the list. For each first word of a phrase the
** table also records the longest phrase starting with it, so matching at a unit
** tries only lengths that exist.
*/
#include "wordtab.h"
#include "hashmap.h"
#include "input.h"
#include "model.h"
#include "textlines.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_WORD (-1) /* internal class: num = longest phrase starting here,
                           num2 = the mask of the classes of those phrases */
#define ANY_CLASS WT_MAX_CLASSES /* first_bits: a phrase of some class starts here */
#define MAX_FORM 256

struct wordtab {
    wt_entry *ents;    /* ents[0..n) */
    size_t n, cap;
    naba_hashmap index; /* hash of a key -> entry index, in the order added */
    char *pool;        /* keys and values; entries hold offsets until loading ends */
    size_t pool_len, pool_cap;
    uint64_t id;       /* hash of the text and classes it was loaded from (lx_starts) */
    uint64_t first_bits[256]; /* bit first_bit(first_sig(w), c) set for every first word w
                                 of a phrase of class c */
};

/* A signature of a word from its length and three of its bytes. The rules of
** four stages ask at every unit whether a phrase of one class starts there,
** and nearly always none does: a clear bit in first_bits says so without the
** hash and probe of find. The bit depends on the class too, so a word that
** starts phrases of other classes only (في, من) is turned away as cheaply. */
static inline uint32_t first_sig(const char *s, size_t n) {
    return (uint32_t)(n & 0xFF) | (uint32_t)(n >= 2 ? (unsigned char)s[1] : 0) << 8 |
           (uint32_t)(n >= 4 ? (unsigned char)s[3] : 0) << 16 |
           (uint32_t)(n ? (unsigned char)s[n - 1] : 0) << 24;
}

static inline unsigned first_bit(uint32_t sig, int cls) {
    return ((sig ^ (uint32_t)cls * 0x85EBCA6Bu) * 0x9E3779B1u) >> 18;
}

/* Does a phrase of a class in mask possibly start with the word of sig? */
static inline int may_start(const wordtab *t, uint32_t sig, unsigned mask) {
    for (; mask; mask &= mask - 1) {
        unsigned b = first_bit(sig, __builtin_ctz(mask));
        if (t->first_bits[b >> 6] >> (b & 63) & 1) return 1;
    }
    return 0;
}

static uint64_t hash_str(const char *s, size_t n) { return naba_fnv1a64(s, n, NABA_FNV_INIT); }

static void *grow(void *p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return p;
    size_t c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    void *q = realloc(p, c * elem);
    if (q) *cap = c;
    return q;
}

static int pool_add(wordtab *t, const char *s, size_t n, size_t *off) {
    char *p = grow(t->pool, &t->pool_cap, t->pool_len + n + 1, 1);
    if (!p) return 0;
    t->pool = p;
    memcpy(p + t->pool_len, s, n);
    p[t->pool_len + n] = '\0';
    *off = t->pool_len;
    t->pool_len += n + 1;
    return 1;
}

/* While loading, key/str hold pool offsets cast to pointers; fixed at the end. */
#define OFF(p) ((size_t)(uintptr_t)(p))

typedef struct lookup {
    const wordtab *t;
    const char *key;
    int cls;
    unsigned mask;
} lookup;

/* Is entry i the one looked for: the key, and FIRST_WORD or a class in mask? */
static int wanted(const void *ctx, uint32_t i) {
    const lookup *l = ctx;
    const wt_entry *e = &l->t->ents[i];
    return strcmp(e->key, l->key) == 0 &&
           (l->cls == FIRST_WORD ? e->cls == FIRST_WORD : (e->cls >= 0 && (l->mask & WT_BIT(e->cls))));
}

/* key is NUL-terminated, n its length (callers know it: no strlen per probe) */
static const wt_entry *find(const wordtab *t, const char *key, size_t n, int cls, unsigned mask) {
    lookup l = {t, key, cls, mask};
    uint32_t i = naba_hm_get(&t->index, hash_str(key, n), wanted, &l);
    return i == NABA_HM_NONE ? NULL : &t->ents[i];
}

static int add_entry(wordtab *t, size_t key_off, size_t str_off, double num, double num2, int cls, int words) {
    wt_entry *e = grow(t->ents, &t->cap, t->n + 1, sizeof *e);
    if (!e) return 0;
    t->ents = e;
    e[t->n] = (wt_entry){(const char *)(uintptr_t)key_off, (const char *)(uintptr_t)str_off,
                         num, num2, cls, words};
    t->n++;
    return 1;
}

static void fix_pointers(wordtab *t) {
    for (size_t i = 0; i < t->n; i++) {
        t->ents[i].key = t->pool + OFF(t->ents[i].key);
        t->ents[i].str = t->pool + OFF(t->ents[i].str);
    }
}

/* Parse VALUE: a number, a range "20-90", or neither (NaN). */
static void parse_value(const char *v, double *a, double *b) {
    char *end;
    errno = 0;
    *a = *b = NAN;
    double x = strtod(v, &end);
    if (end == v || errno || !isfinite(x)) return;
    if (*end == '\0') { *a = *b = x; return; }
    if (*end == '-' && end[1]) {
        const char *w = end + 1;
        double y = strtod(w, &end);
        if (*end == '\0' && end != w && isfinite(y)) { *a = x; *b = y; }
    }
}

/* Fold a form and squeeze its words to single spaces; returns words (0: bad). */
static int fold_form(const char *f, size_t n, char *out, size_t cap) {
    char tmp[MAX_FORM * 2];
    size_t k = naba_fold(f, n, LX_FOLD, tmp, sizeof tmp);
    size_t o = 0;
    int words = 0, in_word = 0;
    for (size_t i = 0; i < k; i++) {
        if (tmp[i] == ' ') { in_word = 0; continue; }
        if (!in_word) {
            if (words && o + 1 < cap) out[o++] = ' ';
            words++;
            in_word = 1;
        }
        if (o + 1 >= cap) return 0;
        out[o++] = tmp[i];
    }
    out[o] = '\0';
    return words;
}

static int load_line(wordtab *t, char *line, size_t lineno, const char *name,
                     const char *const *classes, naba_error *err) {
    char *field[64];
    int nf = 0;
    for (char *p = line;;) {
        if (nf == 64) {
            /* silently dropping the rest would lose words: say so */
            naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: over 62 forms on one line; split it", name, lineno);
            return 0;
        }
        field[nf++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    if (nf < 3) {
        naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: want CLASS<TAB>VALUE<TAB>FORM...", name, lineno);
        return 0;
    }
    int cls = -1;
    for (int c = 0; classes[c] && c < WT_MAX_CLASSES; c++)
        if (strcmp(classes[c], field[0]) == 0) cls = c;
    if (cls < 0) {
        naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: unknown class '%.40s'", name, lineno, field[0]);
        return 0;
    }
    if (!*field[1] || strlen(field[1]) > 64) {
        naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: empty or overlong value", name, lineno);
        return 0;
    }
    double a, b;
    parse_value(field[1], &a, &b);
    size_t str_off;
    if (!pool_add(t, field[1], strlen(field[1]), &str_off)) goto nomem;
    for (int f = 2; f < nf; f++) {
        size_t len = strlen(field[f]);
        char key[MAX_FORM];
        int words = len && len < MAX_FORM ? fold_form(field[f], len, key, sizeof key) : 0;
        if (words == 0 && len == 0) continue; /* a trailing tab */
        if (words == 0 || words > WT_MAX_WORDS) {
            naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: form %d is empty, too long or over %d words",
                      name, lineno, f - 1, WT_MAX_WORDS);
            return 0;
        }
        size_t key_off;
        if (!pool_add(t, key, strlen(key), &key_off)) goto nomem;
        if (!add_entry(t, key_off, str_off, a, b, cls, words)) goto nomem;
        /* the first word remembers the longest phrase it starts */
        char *sp = strchr(key, ' ');
        size_t first_len = sp ? (size_t)(sp - key) : strlen(key);
        size_t first_off;
        if (!pool_add(t, key, first_len, &first_off)) goto nomem;
        if (!add_entry(t, first_off, str_off, words, WT_BIT(cls), FIRST_WORD, 1)) goto nomem;
    }
    return 1;
nomem:
    naba_fail(err, NABA_ERR_NOMEM, lineno, "%s: out of memory", name);
    return 0;
}

/* Index the entries, merging the FIRST_WORD records of one word into one
** holding the longest length and all the classes. The index was reserved for
** them all. */
static void build_index(wordtab *t) {
    size_t out = 0;
    for (size_t i = 0; i < t->n; i++) {
        wt_entry e = t->ents[i];
        if (e.cls == FIRST_WORD) {
            wt_entry *prev = (wt_entry *)find(t, e.key, strlen(e.key), FIRST_WORD, 0);
            if (prev) {
                if (e.num > prev->num) prev->num = e.num;
                prev->num2 = (unsigned)prev->num2 | (unsigned)e.num2;
                continue;
            }
        }
        uint32_t sig = first_sig(e.key, strcspn(e.key, " "));
        unsigned b = first_bit(sig, e.cls == FIRST_WORD ? ANY_CLASS : e.cls);
        t->first_bits[b >> 6] |= 1ULL << (b & 63);
        t->ents[out] = e;
        naba_hm_add(&t->index, hash_str(e.key, strlen(e.key)), (uint32_t)out);
        out++;
    }
    t->n = out;
}

wordtab *wt_load_buf(const char *buf, size_t n, const char *name, const char *const *classes,
                     naba_error *err) {
    wordtab *t = calloc(1, sizeof *t);
    char *line = malloc(n + 1);
    if (!t || !line) {
        free(t); free(line);
        naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name);
        return NULL;
    }
    naba_lines it;
    naba_lines_init(&it, buf, n);
    const char *raw;
    size_t len;
    while (naba_lines_next(&it, &raw, &len)) {
        size_t lineno = it.no;
        memcpy(line, raw, len);
        line[len] = '\0';
        if (memchr(line, '\0', len)) {
            naba_fail(err, NABA_ERR_FORMAT, lineno, "%s:%zu: NUL byte", name, lineno);
            goto fail;
        }
        if (len == 0 || line[0] == '#') continue;
        if (!load_line(t, line, lineno, name, classes, err)) goto fail;
    }
    free(line);
    line = NULL;
    if (naba_hm_reserve(&t->index, t->n)) { naba_fail(err, NABA_ERR_NOMEM, 0, "%s: out of memory", name); goto fail; }
    fix_pointers(t);
    build_index(t);
    t->id = hash_str(buf, n);
    for (int c = 0; classes[c]; c++) t->id = naba_fnv1a64(classes[c], strlen(classes[c]) + 1, t->id);
    t->id |= 1;
    return t;
fail:
    free(line);
    wt_free(t);
    return NULL;
}

wordtab *wt_load_file(const char *path, const char *const *classes, naba_error *err) {
    char *buf;
    size_t len;
    if (naba_read_file(path, NABA_DATA_FILE_MAX, &buf, &len, err) != NABA_OK) return NULL;
    wordtab *t = wt_load_buf(buf, len, path, classes, err);
    free(buf);
    return t;
}

void wt_free(wordtab *t) {
    if (!t) return;
    free(t->ents);
    naba_hm_free(&t->index);
    free(t->pool);
    free(t);
}

size_t wt_size(const wordtab *t) {
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) k += t->ents[i].cls != FIRST_WORD;
    return k;
}

const wt_entry *wt_get(const wordtab *t, const char *key, unsigned mask) {
    return find(t, key, strlen(key), 0, mask);
}

/* Variants of a first word with clitics stripped: (text, its length, stripped
** bytes). wt_match runs at nearly every unit for four stages, and nearly
** always finds nothing: the variants are made with lengths known, without a
** library call per clitic tried. */
typedef struct variant { const char *s; size_t n, stripped; } variant;

/* s (n bytes left) starts with the literal p */
#define STARTS(s, n, p) ((n) >= sizeof p - 1 && memcmp((s), p, sizeof p - 1) == 0)

static int variants(const char *key, size_t len, unsigned clitics, variant *out, char (*buf)[MAX_FORM]) {
    int n = 0;
    out[n++] = (variant){key, len, 0};
    const char *s = key;
    size_t off = 0;
    if ((clitics & WT_CONJ) && (STARTS(s, len, "و") || STARTS(s, len, "ف")) && len - off > 4) {
        s += 2; off += 2;
        out[n++] = (variant){s, len - off, off};
    }
    if ((clitics & WT_PREP) && len - off > 4) {
        if (STARTS(s, len - off, "لل") && len - off > 6 && len - off < MAX_FORM) {
            /* ل + ال: "للرئيس" is "ل" + "الرئيس" */
            snprintf(buf[0], MAX_FORM, "ال%s", s + 4);
            out[n++] = (variant){buf[0], len - off, off + 2}; /* ال for ل: as long */
            if (clitics & WT_DEF) out[n++] = (variant){s + 4, len - off - 4, off + 4};
            return n;
        }
        if (STARTS(s, len - off, "ب") || STARTS(s, len - off, "ل") || STARTS(s, len - off, "ك")) {
            s += 2; off += 2;
            out[n++] = (variant){s, len - off, off};
        }
    }
    if ((clitics & WT_DEF) && STARTS(s, len - off, "ال") && len - off > 6)
        out[n++] = (variant){s + 4, len - off - 4, off + 4};
    return n;
}

const wt_entry *wt_get_stripped(const wordtab *t, const char *key, size_t len, unsigned mask,
                                unsigned clitics, size_t *stripped) {
    variant var[6];
    char buf[1][MAX_FORM];
    int nv = variants(key, len, clitics, var, buf);
    for (int k = 0; k < nv; k++) {
        const wt_entry *e = find(t, var[k].s, var[k].n, 0, mask);
        if (e) {
            if (stripped) *stripped = var[k].stripped;
            return e;
        }
    }
    if (stripped) *stripped = 0;
    return NULL;
}

static unsigned starts_of(const wordtab *t, const lx_text *lx, size_t i) {
    variant var[6];
    char buf[1][MAX_FORM];
    int nv = variants(lx->v[i].key, lx->v[i].klen, WT_CONJ | WT_PREP | WT_DEF, var, buf);
    unsigned mask = 0;
    for (int k = 0; k < nv; k++) {
        if (!may_start(t, first_sig(var[k].s, var[k].n), WT_BIT(ANY_CLASS))) continue;
        const wt_entry *first = find(t, var[k].s, var[k].n, FIRST_WORD, 0);
        if (first) mask |= (unsigned)first->num2;
    }
    return mask;
}

/* The unit masks of t kept with lx (lx.h), made at t's first question; NULL
** when nothing can be kept. */
static uint32_t *kept_masks(const wordtab *t, const lx_text *lx) {
    lx_starts *k = lx->starts;
    if (!k) return NULL;
    /* the table's own slot first: a few tables, nearly never a second probe */
    for (size_t p = 0; p < LX_TABLES; p++) {
        size_t s = (t->id + p) % LX_TABLES;
        if (k->table[s] == t->id) return k->mask[s];
        if (k->table[s]) continue;
        k->mask[s] = calloc(lx->n ? lx->n : 1, sizeof *k->mask[s]); /* freed with the units (lex.c) */
        if (!k->mask[s]) return NULL;
        k->table[s] = t->id;
        return k->mask[s];
    }
    return NULL;
}

/* The classes of unit i (no digit run), kept in m when there is one. */
static unsigned starts_kept(const wordtab *t, const lx_text *lx, uint32_t *m, size_t i) {
    if (!m) return starts_of(t, lx, i);
    if (!(m[i] & WT_KNOWN)) m[i] = starts_of(t, lx, i) | WT_KNOWN;
    return m[i] & ~WT_KNOWN;
}

unsigned wt_starts(const wordtab *t, const lx_text *lx, size_t i) {
    if (i >= lx->n || lx->v[i].kind == LX_NUM) return 0;
    return starts_kept(t, lx, kept_masks(t, lx), i);
}

const uint32_t *wt_starts_each(const wordtab *t, const lx_text *lx) {
    uint32_t *m = kept_masks(t, lx);
    if (!m && !(m = naba_arena_alloc(lx->doc->arena, (lx->n ? lx->n : 1) * sizeof *m))) return NULL;
    for (size_t i = 0; i < lx->n; i++)
        if (lx->v[i].kind != LX_NUM) starts_kept(t, lx, m, i);
    return m;
}

size_t wt_match(const wordtab *t, const lx_text *lx, size_t i, unsigned mask, unsigned clitics,
                const wt_entry **e, size_t *stripped) {
    /* no phrase of a class in mask starts at i with any clitics stripped:
    ** the answer of nearly every question, kept per unit */
    if (!(wt_starts(t, lx, i) & mask)) return 0;
    variant var[6];
    char buf[1][MAX_FORM];
    int nv = variants(lx->v[i].key, lx->v[i].klen, clitics, var, buf);
    for (int k = 0; k < nv; k++) {
        if (!may_start(t, first_sig(var[k].s, var[k].n), mask)) continue;
        const wt_entry *first = find(t, var[k].s, var[k].n, FIRST_WORD, 0);
        if (!first) continue;
        size_t maxw = (size_t)first->num;
        for (size_t w = maxw; w >= 1; w--) {
            char key[MAX_FORM * 2];
            size_t o = 0;
            int ok = 1;
            for (size_t j = 0; j < w && ok; j++) {
                if (i + j >= lx->n) { ok = 0; break; }
                const lx_unit *u = &lx->v[i + j];
                if (j && (u->kind != LX_WORD || u->gap == 2)) { ok = 0; break; }
                const char *ks = j ? u->key : var[k].s;
                size_t kl = j ? u->klen : var[k].n;
                if (o + kl + 2 > sizeof key) { ok = 0; break; }
                if (j) key[o++] = ' ';
                memcpy(key + o, ks, kl);
                o += kl;
            }
            if (!ok) continue;
            key[o] = '\0';
            const wt_entry *hit = find(t, key, o, 0, mask);
            if (hit) {
                *e = hit;
                if (stripped) *stripped = var[k].stripped;
                return w;
            }
        }
    }
    return 0;
}
