/*
** morph_model.c — loading the morph model file and looking strings up in it.
**
** The file (src/core/model.h) is mmap'd and its sections are used in place.
** Because a model file is outside input, every offset, index and table size is
** checked once here, at load time; after that the analyzer indexes freely.
*/
#include "morph.h"

#include <stdlib.h>
#include <string.h>

uint32_t morph_hash32(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
    return h;
}

uint32_t morph_map_get(const morph_model *m, const morph_map *map, const char *key, size_t n) {
    return morph_map_find(m, map, key, n, morph_hash32(key, n));
}
uint32_t morph_map_find(const morph_model *m, const morph_map *map, const char *key, size_t n, uint32_t h) {
    if (!map->slots) return UINT32_MAX;
    uint32_t i = h & map->mask;
    for (;;) {
        const morph_slot *s = &map->slots[i];
        if (!s->key) return UINT32_MAX;
        const char *k = m->str + s->key - 1;
        if (s->hash == h && strncmp(k, key, n) == 0 && k[n] == '\0') return s->val;
        i = (i + 1) & map->mask;
    }
}

uint32_t morph_cmap_get(const morph_cmap *c, uint32_t h) {
    if (!c->slots) return 0;
    for (uint32_t i = h & c->mask;; i = (i + 1) & c->mask) {
        const uint32_t *s = c->slots + 2 * (size_t)i;
        if (s[0] == h) return s[1];
        if (!s[0]) return 0;
    }
}

uint32_t morph_clus_get(const morph_model *m, const char *key, size_t n) {
    return morph_cmap_get(&m->clus, morph_clus_hash(key, n));
}

typedef struct loader {
    morph_model *m;
    const char *name;
    naba_error *err;
} loader;

static int bad(loader *l, const char *section, const char *what) {
    naba_fail(l->err, NABA_ERR_MODEL, 0, "%s: section '%s' %s", l->name, section, what);
    return 0;
}

/* An array section of count elements of size elem. */
static int array(loader *l, const char *name, size_t elem, const void **out, uint32_t *count) {
    size_t size;
    const void *p = naba_model_section(l->m->file, name, &size);
    if (!p) return bad(l, name, "is missing");
    if ((uintptr_t)p % 4) return bad(l, name, "is misaligned");
    if (size % elem || size / elem > UINT32_MAX) return bad(l, name, "has a bad size");
    *out = p;
    *count = (uint32_t)(size / elem);
    return 1;
}

static int str_ok(const morph_model *m, uint32_t off) { return off < m->str_len; }

static uint32_t n_letters(const char *s) {
    uint32_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* A map section; each value must be below limit (UINT32_MAX: any). */
static int map(loader *l, const char *name, morph_map *out, uint32_t limit) {
    size_t size;
    const uint32_t *p = naba_model_section(l->m->file, name, &size);
    if (!p || size < 8) return bad(l, name, "is missing");
    if ((uintptr_t)p % 4) return bad(l, name, "is misaligned");
    uint32_t n = p[0];
    if (n == 0 || (n & (n - 1)) || (size - 8) / sizeof(morph_slot) != n || (size - 8) % sizeof(morph_slot))
        return bad(l, name, "has a bad size");
    const morph_slot *slots = (const morph_slot *)(p + 2);
    uint32_t empty = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!slots[i].key) { empty++; continue; }
        if (!str_ok(l->m, slots[i].key - 1)) return bad(l, name, "has a key out of range");
        if (limit != UINT32_MAX && slots[i].val >= limit) return bad(l, name, "has a value out of range");
    }
    if (!empty) return bad(l, name, "is full");
    out->slots = slots;
    out->mask = n - 1;
    return 1;
}

/* A {hash, value} table (clusters, ustat): a power of two of slots, at least
** one empty (lookups stop there). */
static int hash_table(loader *l, const char *name, morph_cmap *out) {
    size_t size;
    const uint32_t *p = naba_model_section(l->m->file, name, &size);
    if (!p || size < 8) return bad(l, name, "is missing");
    if ((uintptr_t)p % 4) return bad(l, name, "is misaligned");
    uint32_t n = p[0];
    if (n == 0 || (n & (n - 1)) || (size - 8) % 8 || (size - 8) / 8 != n) return bad(l, name, "has a bad size");
    uint32_t empty = 0;
    for (uint32_t i = 0; i < n; i++) empty += p[2 + 2 * (size_t)i] == 0;
    if (!empty) return bad(l, name, "is full");
    out->slots = p + 2;
    out->mask = n - 1;
    return 1;
}

static int weights(loader *l, const char *name, morph_weights *out) {
    uint32_t n;
    const void *p;
    if (!array(l, name, sizeof(float), &p, &n)) return 0;
    if (n == 0 || (n & (n - 1))) return bad(l, name, "has a bad size");
    out->w = p;
    out->mask = n - 1;
    return 1;
}

static int check_tables(loader *l) {
    morph_model *m = l->m;
    for (int side = 0; side < 2; side++) {
        const morph_affix *a = side ? m->suf : m->pre;
        uint32_t n = side ? m->n_suf : m->n_pre;
        if (n == 0) return bad(l, side ? "suf" : "pre", "is empty");
        for (uint32_t i = 0; i < n; i++)
            if (!str_ok(m, a[i].cl) || !str_ok(m, a[i].surf) || !str_ok(m, a[i].form) ||
                (side == 0 && n_letters(m->str + a[i].cl) != a[i].n_cl))
                return bad(l, side ? "suf" : "pre", "has a bad entry");
    }
    if (m->n_tags == 0 || m->n_tags > 0xFFFFFFu) return bad(l, "tags", "is empty or too large");
    for (uint32_t i = 0; i < m->n_tags; i++)
        if (m->tags[i].upos >= NABA_UPOS_COUNT || !str_ok(m, m->tags[i].feats) || !str_ok(m, m->tags[i].xpos))
            return bad(l, "tags", "has a bad entry");
    for (uint32_t i = 0; i < m->n_rules; i++) {
        const morph_rule *r = &m->rules[i];
        if (!str_ok(m, r->pd) || !str_ok(m, r->pa) || !str_ok(m, r->sd) || !str_ok(m, r->sa))
            return bad(l, "rules", "has a bad entry");
    }
    for (uint32_t i = 0; i < m->n_winfo; i++)
        if (m->winfo[i].first > m->n_wan || m->winfo[i].n > m->n_wan - m->winfo[i].first)
            return bad(l, "winfo", "has a bad entry");
    for (uint32_t i = 0; i < m->n_wan; i++)
        if (m->wan[i].tag >= m->n_tags || !str_ok(m, m->wan[i].lemma)) return bad(l, "wan", "has a bad entry");
    for (uint32_t i = 0; i < m->n_guess; i++)
        if (m->guess[i].first > m->n_gtags || m->guess[i].n > m->n_gtags - m->guess[i].first)
            return bad(l, "guess", "has a bad entry");
    for (uint32_t i = 0; i < m->n_gtags; i++)
        if (m->gtags[i] >= m->n_tags) return bad(l, "gtags", "has a bad entry");
    return 1;
}

static morph_span span(const morph_model *m, uint32_t off) {
    return (morph_span){m->str + off, (uint32_t)strlen(m->str + off)};
}

/* The value of feature name in a FEATS string ("Case=Gen|Definite=Def"):
** its index in vals (1-based), 0 when absent or another value. */
static uint32_t feat_value(const char *feats, const char *name, const char *const *vals, int nv) {
    size_t n = strlen(name);
    for (const char *p = feats; *p;) {
        const char *end = strchr(p, '|');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > n && p[n] == '=' && !strncmp(p, name, n))
            for (int i = 0; i < nv; i++)
                if (len - n - 1 == strlen(vals[i]) && !strncmp(p + n + 1, vals[i], len - n - 1)) return (uint32_t)i + 1;
        p += len + (end != NULL);
    }
    return 0;
}

/* Each tag's part classes (MORPH_PARTS), packed a byte each. */
static int tag_parts(morph_model *m) {
    static const char *const cases[] = {"Nom", "Acc", "Gen"};
    static const char *const defs[] = {"Ind", "Def", "Cons", "Com"};
    /* names are nouns to the parts: which nouns are names is the word's own
    ** business (its tag weights), not its context's; a class of their own
    ** pulled unknown names to NOUN or VERB (docs/morph.md) */
    static const int upos[] = {NABA_UPOS_NOUN, NABA_UPOS_ADJ, NABA_UPOS_VERB, NABA_UPOS_PROPN, NABA_UPOS_X,
                               NABA_UPOS_AUX};
    static const uint32_t cls[] = {0, 1, 2, 0, 0, 3};
    m->tag_parts = malloc(((size_t)m->n_tags + 1) * sizeof *m->tag_parts);
    if (!m->tag_parts) return 0;
    for (uint32_t i = 0; i < m->n_tags; i++) {
        const char *fe = morph_str(m, m->tags[i].feats);
        uint32_t u = 4;
        for (uint32_t j = 0; j < 6; j++) if ((uint32_t)upos[j] == m->tags[i].upos) u = cls[j];
        m->tag_parts[i] = u | (MORPH_PART_CASE + feat_value(fe, "Case", cases, 3)) << 8 |
                          (MORPH_PART_DEF + feat_value(fe, "Definite", defs, 4)) << 16;
    }
    return 1;
}

int morph_cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int morph_grow(void **v, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return 1;
    size_t c = *cap ? *cap * 2 : 256;
    while (c <= n) c *= 2;
    void *nv = realloc(*v, c * elem);
    if (!nv) return 0;
    *v = nv;
    *cap = c;
    return 1;
}

/* The lists of affixes[0..n) by byte (morph.h): an affix of more than
** `at` bytes goes to the list of its byte at `at` (from the end when
** from_end), a shorter one to every list. Returns 0 on out of memory. */
static int affix_lists(const morph_span (*affixes)[3], uint32_t n, size_t at, int from_end, uint32_t *start,
                       uint32_t **ids) {
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += affixes[i][0].n > at ? 1 : 256;
    if (!(*ids = malloc((total ? total : 1) * sizeof **ids))) return 0;
    size_t k = 0;
    for (int b = 0; b < 256; b++) {
        start[b] = (uint32_t)k;
        for (uint32_t i = 0; i < n; i++) {
            const morph_span *c = &affixes[i][0];
            if (c->n <= at || (unsigned char)c->s[from_end ? c->n - 1 - at : at] == b) (*ids)[k++] = i;
        }
    }
    start[256] = (uint32_t)k;
    return 1;
}

/* The PROPN tag a name takes: the one the tagger gives names, as the
** relabeled treebank's (X---------, Foreign=Yes; docs/morph.md "PROPN"),
** so later stages read the names morph_names_of_mentions makes as they read
** the tagger's own; UINT32_MAX if the model has none. Found once here, not
** per document. */
static uint32_t name_tag(const morph_model *m) {
    for (uint32_t t = 0; t < m->n_tags; t++)
        if (m->tags[t].upos == NABA_UPOS_PROPN && !strcmp(morph_str(m, m->tags[t].feats), "Foreign=Yes")) return t;
    return UINT32_MAX;
}

/* Resolve the affix and rule strings the analyzer matches against every token. */
static int resolve(morph_model *m) {
    if (!tag_parts(m)) return 0;
    m->name_tag = name_tag(m);
    morph_prepare_rules(m);
    size_t n = (size_t)(m->n_pre + m->n_suf) * 3 + (size_t)m->n_rules * 4;
    morph_span *s = malloc((n ? n : 1) * sizeof *s);
    m->rule_by_edge = malloc(((size_t)m->n_rules + 1) * sizeof *m->rule_by_edge);
    if (!s || !m->rule_by_edge) { free(s); return 0; }
    m->pre_s = (morph_span(*)[3])s;
    m->suf_s = (morph_span(*)[3])(s + (size_t)m->n_pre * 3);
    m->rule_s = (morph_span(*)[4])(s + (size_t)(m->n_pre + m->n_suf) * 3);
    for (uint32_t i = 0; i < m->n_pre; i++) {
        m->pre_s[i][0] = span(m, m->pre[i].cl);
        m->pre_s[i][1] = span(m, m->pre[i].surf);
        m->pre_s[i][2] = span(m, m->pre[i].form);
    }
    for (uint32_t i = 0; i < m->n_suf; i++) {
        m->suf_s[i][0] = span(m, m->suf[i].cl);
        m->suf_s[i][1] = span(m, m->suf[i].surf);
        m->suf_s[i][2] = span(m, m->suf[i].form);
    }
    for (uint32_t i = 0; i < m->n_rules; i++) {
        m->rule_s[i][0] = span(m, m->rules[i].pd);
        m->rule_s[i][1] = span(m, m->rules[i].pa);
        m->rule_s[i][2] = span(m, m->rules[i].sd);
        m->rule_s[i][3] = span(m, m->rules[i].sa);
        uint64_t e = morph_rule_edge(m->rule_s[i][0].s, m->rule_s[i][0].n, 0) |
                     morph_rule_edge(m->rule_s[i][2].s, m->rule_s[i][2].n, 1) << 16;
        m->rule_by_edge[i] = e << 32 | i;
    }
    qsort(m->rule_by_edge, m->n_rules, sizeof *m->rule_by_edge, morph_cmp_u64);
    return affix_lists((const morph_span(*)[3])m->pre_s, m->n_pre, 1, 0, m->pre_at, &m->pre_ids) &&
           affix_lists((const morph_span(*)[3])m->suf_s, m->n_suf, 0, 1, m->suf_at, &m->suf_ids);
}

static morph_model *load(naba_model *file, const char *name, int need_weights, naba_error *err) {
    morph_model *m = calloc(1, sizeof(*m));
    if (!m) { naba_model_close(file); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    m->file = file;
    loader l = {m, name, err};
    size_t size;
    m->str = naba_model_section(file, "str", &size);
    m->str_len = size;
    int ok = m->str && size && m->str[size - 1] == '\0';
    if (!ok) bad(&l, "str", "is missing or unterminated");
    ok = ok && array(&l, "pre", sizeof(morph_affix), (const void **)&m->pre, &m->n_pre) &&
         array(&l, "suf", sizeof(morph_affix), (const void **)&m->suf, &m->n_suf) &&
         array(&l, "tags", sizeof(morph_tag), (const void **)&m->tags, &m->n_tags) &&
         array(&l, "rules", sizeof(morph_rule), (const void **)&m->rules, &m->n_rules) &&
         array(&l, "winfo", sizeof(morph_wordinfo), (const void **)&m->winfo, &m->n_winfo) &&
         array(&l, "wan", sizeof(morph_wordan), (const void **)&m->wan, &m->n_wan) &&
         array(&l, "guess", sizeof(morph_guess), (const void **)&m->guess, &m->n_guess) &&
         array(&l, "gtags", sizeof(uint32_t), (const void **)&m->gtags, &m->n_gtags) &&
         check_tables(&l) &&
         map(&l, "words", &m->words, m->n_winfo) && map(&l, "lex", &m->lex, UINT32_MAX) &&
         map(&l, "sufx", &m->sufx, m->n_guess);
    if (ok && !resolve(m)) ok = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory") == NABA_OK;
    if (ok && need_weights)
        ok = hash_table(&l, "clus", &m->clus) && hash_table(&l, "ustat", &m->ustat) &&
             hash_table(&l, "unews", &m->unews) &&
             weights(&l, "wseg", &m->wseg) && weights(&l, "wtag", &m->wtag) &&
             weights(&l, "wlem", &m->wlem) && weights(&l, "wuna", &m->wuna) && weights(&l, "wpar", &m->wpar);
    if (ok && need_weights && m->wpar.mask + 1 < MORPH_PARTS) ok = bad(&l, "wpar", "has a bad size");
    if (!ok) { morph_model_close(m); return NULL; }
    return m;
}

morph_model *morph_model_open(const char *path, naba_error *err) {
    naba_model *f = naba_model_open(path, MORPH_KIND, MORPH_VERSION, err);
    return f ? load(f, path, 1, err) : NULL;
}

morph_model *morph_model_open_mem(const void *bytes, size_t len, const char *name,
                                  int need_weights, naba_error *err) {
    naba_model *f = naba_model_open_mem(bytes, len, MORPH_KIND, MORPH_VERSION, name, err);
    return f ? load(f, name, need_weights, err) : NULL;
}

void morph_model_close(morph_model *m) {
    if (!m) return;
    naba_model_close(m->file);
    free(m->pre_s);
    free(m->rule_by_edge);
    free(m->pre_ids);
    free(m->suf_ids);
    free(m->tag_parts);
    naba_slotcache_free(&m->memo);
    naba_slotcache_free(&m->seg_memo);
    naba_slotcache_free(&m->tag_memo);
    free(m);
}
