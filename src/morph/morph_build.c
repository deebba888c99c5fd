/*
** morph_build.c — from the treebank (and hunspell-ar) to the morph model's
** tables: tags, segmentation patterns, lemma rules, the vocabulary, the
** suffix guesser and the lexicon (see morph.h for their layout).
**
** Relabeling: PADT tags most names X (Foreign=Yes) and almost never PROPN.
** A word tagged X whose English gloss starts with a capital letter
** (Gloss=Sharon, Gloss=New_Delhi) is taught as PROPN. Words with the PADT tag
** U--------- are unanalyzed tokens (clitics not split); they are kept as
** context but never taught.
*/
#include "morph_train.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------- strset */

int strset_init(strset *s) {
    memset(s, 0, sizeof *s);
    s->nslot = 1024;
    s->slot = calloc(s->nslot, sizeof(uint32_t));
    return s->slot && strset_add(s, "", 0) == 0;
}

void strset_free(strset *s) {
    free(s->buf);
    free(s->off);
    free(s->slot);
    memset(s, 0, sizeof *s);
}

static int strset_grow_slots(strset *s) {
    size_t n = s->nslot * 2;
    uint32_t *slot = calloc(n, sizeof(uint32_t));
    if (!slot) return 0;
    for (size_t id = 0; id < s->n; id++) {
        const char *k = s->buf + s->off[id];
        size_t i = morph_hash32(k, strlen(k)) & (n - 1);
        while (slot[i]) i = (i + 1) & (n - 1);
        slot[i] = (uint32_t)id + 1;
    }
    free(s->slot);
    s->slot = slot;
    s->nslot = n;
    return 1;
}

/* The slot that holds p[0..n), or the empty one where it would go. */
static size_t strset_probe(const strset *s, const char *p, size_t n) {
    size_t i = morph_hash32(p, n) & (s->nslot - 1);
    for (; s->slot[i]; i = (i + 1) & (s->nslot - 1)) {
        const char *k = s->buf + s->off[s->slot[i] - 1];
        if (strncmp(k, p, n) == 0 && k[n] == '\0') break;
    }
    return i;
}

uint32_t strset_find(const strset *s, const char *p, size_t n) {
    return s->slot[strset_probe(s, p, n)] - 1; /* UINT32_MAX when absent */
}

uint32_t strset_add(strset *s, const char *p, size_t n) {
    size_t i = strset_probe(s, p, n);
    if (s->slot[i]) return s->slot[i] - 1;
    if (s->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1 << 16;
        while (cap < s->len + n + 1) cap *= 2;
        char *b = realloc(s->buf, cap);
        if (!b) return UINT32_MAX;
        s->buf = b;
        s->cap = cap;
    }
    if (s->n == s->offcap) {
        size_t cap = s->offcap ? s->offcap * 2 : 1024;
        uint32_t *o = realloc(s->off, cap * sizeof(uint32_t));
        if (!o) return UINT32_MAX;
        s->off = o;
        s->offcap = cap;
    }
    memcpy(s->buf + s->len, p, n);
    s->buf[s->len + n] = '\0';
    s->off[s->n] = (uint32_t)s->len;
    s->len += n + 1;
    uint32_t id = (uint32_t)s->n++;
    s->slot[i] = id + 1;
    if (s->n * 2 > s->nslot && !strset_grow_slots(s)) return UINT32_MAX;
    return id;
}

/* ---------------------------------------------------------- helpers */

int morph_cmap_build(const uint32_t *hash, const uint32_t *val, size_t n, int merge, uint32_t **table,
                     size_t *size) {
    uint32_t ns = 16;
    while (ns < n * 2 + 1) ns *= 2;
    *size = 8 + (size_t)ns * 8;
    *table = calloc(1, *size);
    if (!*table) return 0;
    (*table)[0] = ns;
    uint32_t *slot = *table + 2;
    for (size_t i = 0; i < n; i++) {
        uint32_t at = hash[i] & (ns - 1);
        while (slot[at * 2] && slot[at * 2] != hash[i]) at = (at + 1) & (ns - 1);
        if (slot[at * 2] && !merge) continue;
        slot[at * 2] = hash[i];
        slot[at * 2 + 1] |= val[i];
    }
    return 1;
}

/* Bytes of the first code point of s. */
static size_t char_len(const char *s) {
    size_t n = 1;
    while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80) n++;
    return n;
}

static int in_list(const char *s, const char *const *list) {
    for (; *list; list++) if (!strcmp(s, *list)) return 1;
    return 0;
}
static const char *const PROCLITICS[] = {"و", "ف", "ب", "ل", "ك", "س", "أ", NULL};
static const char *const ENCLITICS[] = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن",
                                        "ي", "نا", "ني", NULL};

/* Strip vowel marks (the treebank is devocalized; this guards the rest). */
static size_t devoc(const char *s, char *out, size_t cap) {
    return naba_fold(s, strlen(s), NABA_FOLD_DIACRITICS, out, cap);
}

/* Common prefix / suffix of a and b in bytes, on code point boundaries. */
static size_t common_prefix(const char *a, size_t na, const char *b, size_t nb) {
    size_t i = 0;
    while (i < na && i < nb) {
        size_t c = char_len(a + i);
        if (i + c > nb || memcmp(a + i, b + i, c)) break;
        i += c;
    }
    return i;
}
static size_t common_suffix(const char *a, size_t na, const char *b, size_t nb, size_t limit) {
    size_t k = 0;
    while (k < na && k < nb && k < limit) {
        size_t pa = utf8_prev(a, na - k), c = na - k - pa;
        if (c > nb - k || k + c > limit || memcmp(a + pa, b + nb - k - c, c)) break;
        k += c;
    }
    return k;
}

/* ---------------------------------------------------------- patterns */

typedef struct seg {
    char pre[32], encl[16], hs[16], hf[16], ts[16], tf[16];
    uint32_t n_pre, nohost, host_word;
} seg;

static int cpy(char *dst, size_t cap, const char *s, size_t n) {
    if (n + 1 > cap) return 0;
    memcpy(dst, s, n);
    dst[n] = '\0';
    return 1;
}

/* How the words of a token spell its letters; 0 when no pattern fits. */
static int derive(const char *L, const char *const *W, uint32_t k, seg *g) {
    memset(g, 0, sizeof *g);
    uint32_t npre = 0;
    while (npre + 1 < k && npre < 4 && in_list(W[npre], PROCLITICS)) npre++;
    int encl = k > npre && k - npre >= 1 && in_list(W[k - 1], ENCLITICS) && k > 1;
    uint32_t mid = k - npre - (uint32_t)encl;
    if (mid > 1 || (mid == 0 && !encl)) return 0;
    size_t at = 0;
    for (uint32_t i = 0; i < npre; i++) {
        size_t n = strlen(W[i]);
        if (at + n >= sizeof g->pre) return 0;
        memcpy(g->pre + at, W[i], n);
        at += n;
    }
    g->pre[at] = '\0';
    g->n_pre = npre;
    if (encl && !cpy(g->encl, sizeof g->encl, W[k - 1], strlen(W[k - 1]))) return 0;
    size_t nl = strlen(L), lp = strlen(g->pre), le = strlen(g->encl);
    if (lp + le > nl || memcmp(L, g->pre, lp) || memcmp(L + nl - le, g->encl, le)) return 0;
    if (mid == 0) { g->nohost = 1; return lp + le == nl; }
    g->host_word = npre;
    const char *hs = L + lp, *hf = W[npre];
    size_t ns = nl - lp - le, nf = strlen(hf);
    if (ns == 0) return 0;
    if (ns == nf && memcmp(hs, hf, ns) == 0) return 1;
    size_t cp = common_prefix(hs, ns, hf, nf);
    size_t cs = common_suffix(hs, ns, hf, nf, (ns < nf ? ns : nf) - cp);
    if (cp == 0) {          /* the head changed: ل + الحظر = للحظر */
        size_t s = ns - cs, f = nf - cs;
        if (s == 0) { s = char_len(hs); f += s; if (f > nf) return 0; }
        return cpy(g->hs, sizeof g->hs, hs, s) && cpy(g->hf, sizeof g->hf, hf, f);
    }
    if (cs == 0)            /* the tail changed: رئيسة + ها = رئيستها */
        return cpy(g->ts, sizeof g->ts, hs + cp, ns - cp) && cpy(g->tf, sizeof g->tf, hf + cp, nf - cp);
    return 0;
}

/* Id of a prefix (side 0) or suffix (side 1) with its host rewrite, counted. */
static uint32_t affix_id(tb *t, strset *K, int side, const char *cl, uint32_t n_cl,
                         const char *surf, const char *form) {
    char key[80];
    int n = snprintf(key, sizeof key, "%s\x1f%s\x1f%s", cl, surf, form);
    if (n < 0 || (size_t)n >= sizeof key) return UINT32_MAX;
    uint32_t id = strset_add(K, key, (size_t)n);
    if (id == UINT32_MAX) return id;
    id--; /* id 0 of a strset is the empty string */
    if (id == t->naff[side]) {
        size_t cap = t->naff[side];
        if (!morph_grow((void **)&t->aff[side], &cap, t->naff[side], sizeof(morph_affix))) return UINT32_MAX;
        cap = t->naff[side];
        if (!morph_grow((void **)&t->aff_count[side], &cap, t->naff[side], sizeof(uint32_t))) return UINT32_MAX;
        morph_affix *a = &t->aff[side][id];
        a->cl = strset_add(&t->S, cl, strlen(cl));
        a->surf = strset_add(&t->S, surf, strlen(surf));
        a->form = strset_add(&t->S, form, strlen(form));
        a->n_cl = n_cl;
        t->aff_count[side][id] = 0;
        t->naff[side]++;
    }
    t->aff_count[side][id]++;
    return id;
}

/* Keep the affixes of one side seen twice (and "nothing"), renumbered; map gets old -> new. */
static void keep_frequent(tb *t, int side, uint32_t *map) {
    size_t n = 0;
    for (size_t i = 0; i < t->naff[side]; i++) {
        map[i] = i == 0 || t->aff_count[side][i] >= 2 ? (uint32_t)n : UINT32_MAX;
        if (map[i] != UINT32_MAX) {
            t->aff[side][n] = t->aff[side][i];
            t->aff_count[side][n] = t->aff_count[side][i];
            n++;
        }
    }
    t->naff[side] = n;
}

/* ---------------------------------------------------------- lemma rules */

/* The edit script from form to lemma around their longest common substring. */
static int rule_key(const char *form, const char *lemma, char *key, size_t cap) {
    size_t nf = strlen(form), nl = strlen(lemma), best = 0, bi = 0, bj = 0;
    for (size_t i = 0; i < nf; i += char_len(form + i)) {
        for (size_t j = 0; j < nl; j += char_len(lemma + j)) {
            size_t k = common_prefix(form + i, nf - i, lemma + j, nl - j);
            if (k > best) { best = k; bi = i; bj = j; }
        }
    }
    if (best == 0) return -1;
    int n = snprintf(key, cap, "%.*s\x1f%.*s\x1f%s\x1f%s", (int)bi, form, (int)bj, lemma,
                     form + bi + best, lemma + bj + best);
    return n > 0 && (size_t)n < cap ? n : -1;
}

static uint32_t rule_add(tb *t, strset *KR, uint32_t **count, size_t *cap, const char *key, size_t n) {
    size_t before = KR->n;
    uint32_t id = strset_add(KR, key, n);
    if (id == UINT32_MAX) return id;
    if (!morph_grow((void **)count, cap, id, sizeof(uint32_t))) return UINT32_MAX;
    if (KR->n > before) (*count)[id] = 0;
    (*count)[id]++;
    (void)t;
    return id;
}

/* ---------------------------------------------------------- loading */

static int name_like(const naba_cu_word *w) {
    char gloss[64];
    return naba_cu_attr(w->misc, "Gloss", gloss, sizeof gloss) && gloss[0] >= 'A' && gloss[0] <= 'Z';
}

static uint32_t tag_id(tb *t, strset *KT, int upos, const char *feats, const char *xpos) {
    char key[512];
    int n = snprintf(key, sizeof key, "%d\x1f%s\x1f%s", upos, feats, xpos);
    if (n < 0 || (size_t)n >= sizeof key) n = (int)sizeof key - 1;
    uint32_t id = strset_add(KT, key, (size_t)n);
    if (id == UINT32_MAX) return id;
    id--; /* id 0 of a strset is the empty string */
    if (id == t->ntags) {
        size_t cap = t->ntags;
        if (!morph_grow((void **)&t->tags, &cap, t->ntags, sizeof(morph_tag))) return UINT32_MAX;
        t->tags[id].upos = (uint32_t)upos;
        t->tags[id].feats = strset_add(&t->S, feats, strlen(feats));
        t->tags[id].xpos = strset_add(&t->S, xpos, strlen(xpos));
        t->ntags++;
    }
    return id;
}

naba_status tb_load(tb *t, const naba_cu_file *f, naba_error *err) {
    memset(t, 0, sizeof *t);
    strset KT, KP, KS, KR;
    uint32_t *rcount = NULL;
    size_t rcap = 0, wcap = 0, tcap = 0, scap = 0;
    int ok = strset_init(&t->S) && strset_init(&t->T) && strset_init(&KT) && strset_init(&KP) &&
             strset_init(&KS) && strset_init(&KR);
    ok = ok && affix_id(t, &KP, 0, "", 0, "", "") == 0 && affix_id(t, &KS, 1, "", 0, "", "") == 0;
    uint32_t *wrule = NULL; /* raw rule id per word */
    size_t wrcap = 0;
    char a[512], b[512], key[512];
    for (size_t si = 0; ok && si < f->n; si++) {
        const naba_cu_sentence *cs = &f->sents[si];
        if (naba_cu_is_dev(cs, NABA_DEV_EVERY)) continue;
        ok = morph_grow((void **)&t->s, &scap, t->ns, sizeof(tb_sent));
        if (!ok) break;
        tb_sent *ts = &t->s[t->ns++];
        ts->tok_first = (uint32_t)t->nt;
        ts->n_tok = cs->n_tokens;
        ts->word_first = (uint32_t)t->nw;
        ts->n_word = cs->n_words;
        ts->doc = cs->doc;
        for (uint32_t wi = 0; ok && wi < cs->n_words; wi++) {
            const naba_cu_word *cw = &cs->words[wi];
            ok = morph_grow((void **)&t->w, &wcap, t->nw, sizeof(tb_word)) &&
                 morph_grow((void **)&wrule, &wrcap, t->nw, sizeof(uint32_t));
            if (!ok) break;
            tb_word *w = &t->w[t->nw++];
            int upos = naba_upos_from_name(cw->upos);
            if (upos < 0) upos = NABA_UPOS_X;
            if (upos == NABA_UPOS_X && name_like(cw)) { upos = NABA_UPOS_PROPN; t->n_relabeled++; }
            size_t nf = devoc(cw->form, a, sizeof a), nl = devoc(cw->lemma, b, sizeof b);
            w->form = strset_add(&t->T, a, nf);
            w->key = strset_add(&t->S, key, morph_key(a, nf, key));
            w->lemma = strset_add(&t->S, b, nl);
            w->tag = tag_id(t, &KT, upos, cw->feats, cw->xpos);
            w->shape = (uint8_t)morph_shape(a, nf);
            w->skip = cw->xpos[0] == 'U';
            w->rule = UINT32_MAX;
            wrule[t->nw - 1] = UINT32_MAX;
            char rk[600];
            int rn = w->shape == MORPH_SHAPE_ARABIC && !w->skip ? rule_key(a, b, rk, sizeof rk) : -1;
            if (rn > 0) wrule[t->nw - 1] = rule_add(t, &KR, &rcount, &rcap, rk, (size_t)rn);
            ok = w->form != UINT32_MAX && w->key != UINT32_MAX && w->lemma != UINT32_MAX && w->tag != UINT32_MAX;
        }
        for (uint32_t ti = 0; ok && ti < cs->n_tokens; ti++) {
            const naba_cu_token *ct = &cs->tokens[ti];
            ok = morph_grow((void **)&t->t, &tcap, t->nt, sizeof(tb_token));
            if (!ok) break;
            tb_token *tk = &t->t[t->nt++];
            size_t nl = devoc(ct->form, a, sizeof a);
            tk->letters = strset_add(&t->T, a, nl);
            tk->pre = tk->suf = UINT32_MAX;
            tk->host = tk->host_key = 0;
            tb_word *tw = &t->w[ts->word_first + ct->word_first];
            const char *W[8];
            uint32_t k = ct->word_count < 8 ? ct->word_count : 8;
            int skip = 0;
            for (uint32_t j = 0; j < k; j++) { W[j] = strset_str(&t->T, tw[j].form); skip |= tw[j].skip; }
            tk->unan = (uint8_t)skip;
            seg g;
            int fits = ct->word_count <= 8 && !skip && morph_shape(a, nl) == MORPH_SHAPE_ARABIC &&
                       derive(a, W, k, &g);
            for (uint32_t j = 0; j < k; j++) {
                tw[j].n_in_tok = (uint8_t)k;
                tw[j].role = k == 1 ? MORPH_ROLE_WHOLE : MORPH_ROLE_HOST;
            }
            if (!fits) continue;
            if (k > 1) {
                for (uint32_t j = 0; j < g.n_pre; j++) tw[j].role = MORPH_ROLE_PRE;
                if (g.encl[0]) tw[k - 1].role = MORPH_ROLE_ENCL;
            }
            tk->pre = affix_id(t, &KP, 0, g.pre, g.n_pre, g.hs, g.hf);
            tk->suf = affix_id(t, &KS, 1, g.encl, g.encl[0] != 0, g.ts, g.tf);
            if (!g.nohost) {
                char h[512]; /* W points into T, which the adds may move */
                size_t hn = strlen(W[g.host_word]);
                memcpy(h, W[g.host_word], hn + 1);
                tk->host = strset_add(&t->T, h, hn);
                tk->host_key = strset_add(&t->T, key, morph_key(h, hn, key));
            }
            ok = tk->pre != UINT32_MAX && tk->suf != UINT32_MAX && tk->letters != UINT32_MAX;
        }
    }
    /* keep prefixes and suffixes seen twice (and "nothing"), renumbered in order */
    uint32_t *pmap = ok ? malloc((t->naff[0] + 1) * sizeof(uint32_t)) : NULL;
    uint32_t *smap = ok ? malloc((t->naff[1] + 1) * sizeof(uint32_t)) : NULL;
    if (pmap && smap) {
        keep_frequent(t, 0, pmap);
        keep_frequent(t, 1, smap);
        for (size_t i = 0; i < t->nt; i++) {
            tb_token *tk = &t->t[i];
            if (tk->pre == UINT32_MAX) continue;
            tk->pre = pmap[tk->pre];
            tk->suf = smap[tk->suf];
            if (tk->pre == UINT32_MAX || tk->suf == UINT32_MAX) tk->pre = tk->suf = UINT32_MAX;
        }
    }
    /* keep lemma rules seen twice, most frequent first (ties: first seen) */
    uint32_t *order = ok ? malloc((KR.n + 1) * sizeof(uint32_t)) : NULL;
    uint32_t *rmap = ok ? malloc((KR.n + 1) * sizeof(uint32_t)) : NULL;
    if (order && rmap) {
        size_t n = 0;
        for (uint32_t i = 1; i < KR.n; i++) if (rcount[i] >= 2) order[n++] = i;
        for (size_t i = 1; i < n; i++) { /* insertion sort: stable, n is small */
            uint32_t x = order[i];
            size_t j = i;
            while (j > 0 && rcount[order[j - 1]] < rcount[x]) { order[j] = order[j - 1]; j--; }
            order[j] = x;
        }
        for (uint32_t i = 0; i < KR.n; i++) rmap[i] = UINT32_MAX;
        t->rules = calloc(n + 1, sizeof(morph_rule));
        ok = t->rules != NULL;
        for (size_t i = 0; ok && i < n; i++) {
            rmap[order[i]] = (uint32_t)i;
            const char *k = strset_str(&KR, order[i]);
            const char *part[4];
            size_t len[4];
            for (int p = 0; p < 4; p++) {
                const char *e = strchr(k, '\x1f');
                part[p] = k;
                len[p] = e ? (size_t)(e - k) : strlen(k);
                k = e ? e + 1 : k + len[p];
            }
            morph_rule *r = &t->rules[i];
            r->pd = strset_add(&t->S, part[0], len[0]);
            r->pa = strset_add(&t->S, part[1], len[1]);
            r->sd = strset_add(&t->S, part[2], len[2]);
            r->sa = strset_add(&t->S, part[3], len[3]);
        }
        t->nrules = n;
        for (size_t i = 0; ok && i < t->nw; i++) t->w[i].rule = wrule[i] == UINT32_MAX ? UINT32_MAX : rmap[wrule[i]];
    }
    ok = ok && pmap && smap && order && rmap;
    free(pmap); free(smap); free(order); free(rmap); free(rcount); free(wrule);
    strset_free(&KT); strset_free(&KP); strset_free(&KS); strset_free(&KR);
    if (!ok) { tb_free(t); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory reading the treebank"); }
    return NABA_OK;
}

void tb_free(tb *t) {
    strset_free(&t->S);
    strset_free(&t->T);
    free(t->w); free(t->t); free(t->s); free(t->tags); free(t->rules);
    for (int i = 0; i < 2; i++) { free(t->aff[i]); free(t->aff_count[i]); }
    memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------- sections */

/* A map section from S ids to values. */
static naba_status add_map(naba_model_writer *w, const char *name, const strset *S,
                           const uint32_t *ids, const uint32_t *vals, size_t n) {
    uint32_t ns = 16;
    while (ns < n * 2 + 1) ns *= 2;
    size_t size = 8 + (size_t)ns * sizeof(morph_slot);
    uint32_t *buf = calloc(1, size);
    if (!buf) return NABA_ERR_NOMEM;
    buf[0] = ns;
    morph_slot *slots = (morph_slot *)(buf + 2);
    for (size_t i = 0; i < n; i++) {
        const char *k = S->buf + S->off[ids[i]];
        uint32_t hash = morph_hash32(k, strlen(k)), h = hash & (ns - 1);
        while (slots[h].key) h = (h + 1) & (ns - 1);
        slots[h].key = S->off[ids[i]] + 1;
        slots[h].val = vals[i];
        slots[h].hash = hash;
    }
    naba_status st = naba_model_writer_add(w, name, buf, size);
    free(buf);
    return st;
}

typedef struct triple { uint32_t key, tag, lemma, count; } triple;

static int cmp_triple(const void *a, const void *b) {
    const triple *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return x->lemma < y->lemma ? -1 : x->lemma > y->lemma;
}
/* Within a key: most frequent first, ties by tag then lemma (deterministic). */
static int cmp_count(const void *a, const void *b) {
    const triple *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return x->lemma < y->lemma ? -1 : x->lemma > y->lemma;
}

/* Sort triples, merge equal ones, and sort each key's group by count. */
static size_t merge_triples(triple *v, size_t n) {
    qsort(v, n, sizeof *v, cmp_triple);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && v[m - 1].key == v[i].key && v[m - 1].tag == v[i].tag && v[m - 1].lemma == v[i].lemma)
            v[m - 1].count += v[i].count;
        else v[m++] = v[i];
    }
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && v[j].key == v[i].key) j++;
        qsort(v + i, j - i, sizeof *v, cmp_count);
        i = j;
    }
    return m;
}

typedef struct lexctx { strset *S; uint32_t **bits; size_t *cap; } lexctx;

static naba_status lex_add(void *ctx, const char *word, size_t n, uint32_t bit) {
    lexctx *c = ctx;
    char key[512];
    if (n >= sizeof key) return NABA_OK;
    size_t kn = morph_key(word, n, key);
    uint32_t id = strset_add(c->S, key, kn);
    if (id == UINT32_MAX) return NABA_ERR_NOMEM;
    size_t old = *c->cap;
    if (!morph_grow((void **)c->bits, c->cap, id, sizeof(uint32_t))) return NABA_ERR_NOMEM;
    if (*c->cap > old) memset(*c->bits + old, 0, (*c->cap - old) * sizeof(uint32_t));
    (*c->bits)[id] |= bit;
    return NABA_OK;
}

#define GUESS_TOP 24
#define GUESS_RARE 10

naba_status tb_sections(tb *t, const char *hunspell_dir, naba_model_writer *w, naba_error *err) {
    naba_status st = NABA_OK;
    /* lexicon: hunspell-ar entries and the treebank's lemmas */
    uint32_t *bits = NULL;
    size_t bcap = 0;
    lexctx lc = {&t->S, &bits, &bcap};
    if (hunspell_dir) {
        st = morph_read_hunspell(hunspell_dir, lex_add, &lc, &t->n_hunspell, err);
        if (st != NABA_OK) { free(bits); return st; }
    }
    for (size_t i = 0; i < t->nw && st == NABA_OK; i++) {
        const char *l = strset_str(&t->S, t->w[i].lemma);
        if (!t->w[i].skip) st = lex_add(&lc, l, strlen(l), MORPH_LEX_LEMMA);
    }
    /* vocabulary: (key, tag, lemma) counts; guesser: (suffix, tag) counts */
    triple *voc = calloc(t->nw + 1, sizeof(triple));
    triple *gs = calloc(t->nw * 5 + 1, sizeof(triple));
    size_t nv = 0, ng = 0;
    /* the guesser learns from rare words only (seen at most GUESS_RARE times):
    ** new words are like them, open-class; frequent words would lend their
    ** closed-class tags by mere spelling (حيث SCONJ to حث) */
    uint32_t *kcount = calloc(t->S.n + 1, sizeof *kcount);
    if (!voc || !gs || !kcount) st = NABA_ERR_NOMEM;
    for (size_t i = 0; i < t->nw && st == NABA_OK; i++)
        if (!t->w[i].skip) kcount[t->w[i].key]++;
    char buf[512];
    for (size_t i = 0; i < t->nw && st == NABA_OK; i++) {
        const tb_word *x = &t->w[i];
        if (x->skip) continue;
        voc[nv++] = (triple){x->key, x->tag, x->lemma, 1};
        if (x->shape == MORPH_SHAPE_ARABIC && kcount[x->key] > GUESS_RARE) continue;
        char k[512]; /* a copy: adding to S may move its strings */
        size_t kn = strlen(strset_str(&t->S, x->key));
        if (kn >= sizeof k) continue;
        memcpy(k, strset_str(&t->S, x->key), kn + 1);
        static const char *const shapes[] = {"", "#d", "#l", "#p", "#o"};
        uint32_t id = strset_add(&t->S, "#*", 2);
        gs[ng++] = (triple){id, x->tag, 0, 1};
        if (x->shape != MORPH_SHAPE_ARABIC) {
            id = strset_add(&t->S, shapes[x->shape], 2);
            gs[ng++] = (triple){id, x->tag, 0, 1};
            continue;
        }
        int al = kn > 4 && memcmp(k, "\xd8\xa7\xd9\x84", 4) == 0;
        for (int len = 1; len <= 3; len++) {
            size_t tl = kn, c = 0;
            while (c < (size_t)len && tl > 0) { tl = utf8_prev(k, tl); c++; }
            if (c < (size_t)len || kn - tl + 2 > sizeof buf) break;
            buf[0] = al ? 'A' : 'S';
            buf[1] = (char)('0' + len);
            memcpy(buf + 2, k + tl, kn - tl);
            id = strset_add(&t->S, buf, kn - tl + 2);
            if (id == UINT32_MAX) { st = NABA_ERR_NOMEM; break; }
            gs[ng++] = (triple){id, x->tag, 0, 1};
        }
    }
    size_t bn = 0; /* lexicon entries with bits */
    uint32_t *lid = NULL, *lval = NULL;
    if (st == NABA_OK) {
        nv = merge_triples(voc, nv);
        ng = merge_triples(gs, ng);
        lid = malloc((bcap + 1) * sizeof(uint32_t));
        lval = malloc((bcap + 1) * sizeof(uint32_t));
        if (!lid || !lval) st = NABA_ERR_NOMEM;
        for (size_t i = 0; st == NABA_OK && i < bcap && i < t->S.n; i++)
            if (bits[i]) { lid[bn] = (uint32_t)i; lval[bn++] = bits[i]; }
    }
    /* group the vocabulary by key */
    morph_wordinfo *winfo = calloc(nv + 1, sizeof *winfo);
    morph_wordan *wan = calloc(nv + 1, sizeof *wan);
    uint32_t *wid = calloc(nv + 1, sizeof(uint32_t)), *wval = calloc(nv + 1, sizeof(uint32_t));
    morph_guess *guess = calloc(ng + 1, sizeof *guess);
    uint32_t *gtags = calloc(ng + 1, sizeof(uint32_t));
    uint32_t *gid = calloc(ng + 1, sizeof(uint32_t)), *gval = calloc(ng + 1, sizeof(uint32_t));
    if (!winfo || !wan || !wid || !wval || !guess || !gtags || !gid || !gval) st = NABA_ERR_NOMEM;
    size_t nwi = 0, nwa = 0, ngi = 0, ngt = 0;
    for (size_t i = 0; st == NABA_OK && i < nv;) {
        size_t j = i;
        uint32_t total = 0;
        winfo[nwi].first = (uint32_t)nwa;
        for (; j < nv && voc[j].key == voc[i].key; j++) total += voc[j].count;
        /* an analysis seen once or twice among 50 or more of a frequent word
        ** (قال as AUX twice in 162) is mostly annotation noise: not a candidate */
        for (size_t x = i; x < j; x++)
            if (voc[x].count > 2 || (uint64_t)voc[x].count * 50 >= total)
                wan[nwa++] = (morph_wordan){voc[x].tag, t->S.off[voc[x].lemma], voc[x].count};
        winfo[nwi].n = (uint32_t)nwa - winfo[nwi].first;
        winfo[nwi].total = total;
        wid[nwi] = voc[i].key;
        wval[nwi] = (uint32_t)nwi;
        nwi++;
        i = j;
    }
    for (size_t i = 0; st == NABA_OK && i < ng;) {
        size_t j = i;
        guess[ngi].first = (uint32_t)ngt;
        for (; j < ng && gs[j].key == gs[i].key; j++)
            if (j - i < GUESS_TOP) gtags[ngt++] = gs[j].tag;
        guess[ngi].n = (uint32_t)ngt - guess[ngi].first;
        gid[ngi] = gs[i].key;
        gval[ngi] = (uint32_t)ngi;
        ngi++;
        i = j;
    }
    /* tables hold S offsets, not ids */
    morph_affix *aff[2] = {calloc(t->naff[0] + 1, sizeof(morph_affix)), calloc(t->naff[1] + 1, sizeof(morph_affix))};
    morph_tag *tags = calloc(t->ntags + 1, sizeof *tags);
    morph_rule *rules = calloc(t->nrules + 1, sizeof *rules);
    if (!aff[0] || !aff[1] || !tags || !rules) st = NABA_ERR_NOMEM;
    for (int side = 0; side < 2 && st == NABA_OK; side++)
        for (size_t i = 0; i < t->naff[side]; i++) {
            const morph_affix *a = &t->aff[side][i];
            aff[side][i] = (morph_affix){t->S.off[a->cl], t->S.off[a->surf], t->S.off[a->form], a->n_cl};
        }
    for (size_t i = 0; st == NABA_OK && i < t->ntags; i++)
        tags[i] = (morph_tag){t->tags[i].upos, t->S.off[t->tags[i].feats], t->S.off[t->tags[i].xpos]};
    for (size_t i = 0; st == NABA_OK && i < t->nrules; i++) {
        const morph_rule *r = &t->rules[i];
        rules[i] = (morph_rule){t->S.off[r->pd], t->S.off[r->pa], t->S.off[r->sd], t->S.off[r->sa]};
    }
    if (st == NABA_OK) st = naba_model_writer_add(w, "str", t->S.buf, t->S.len);
    if (st == NABA_OK) st = naba_model_writer_add(w, "pre", aff[0], t->naff[0] * sizeof(morph_affix));
    if (st == NABA_OK) st = naba_model_writer_add(w, "suf", aff[1], t->naff[1] * sizeof(morph_affix));
    if (st == NABA_OK) st = naba_model_writer_add(w, "tags", tags, t->ntags * sizeof *tags);
    if (st == NABA_OK) st = naba_model_writer_add(w, "rules", rules, t->nrules * sizeof *rules);
    if (st == NABA_OK) st = naba_model_writer_add(w, "winfo", winfo, nwi * sizeof *winfo);
    if (st == NABA_OK) st = naba_model_writer_add(w, "wan", wan, nwa * sizeof *wan);
    if (st == NABA_OK) st = naba_model_writer_add(w, "guess", guess, ngi * sizeof *guess);
    if (st == NABA_OK) st = naba_model_writer_add(w, "gtags", gtags, ngt * sizeof *gtags);
    if (st == NABA_OK) st = add_map(w, "words", &t->S, wid, wval, nwi);
    if (st == NABA_OK) st = add_map(w, "lex", &t->S, lid, lval, bn);
    if (st == NABA_OK) st = add_map(w, "sufx", &t->S, gid, gval, ngi);
    free(bits); free(voc); free(gs); free(kcount); free(lid); free(lval); free(winfo); free(wan); free(wid); free(wval);
    free(guess); free(gtags); free(gid); free(gval); free(aff[0]); free(aff[1]); free(tags); free(rules);
    if (st != NABA_OK && err->code == NABA_OK) naba_fail(err, st, 0, "out of memory building the morph model");
    return st;
}
