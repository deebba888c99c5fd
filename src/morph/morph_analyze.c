/*
** morph_analyze.c — the analyses and features of the morph model (see morph.h).
**
** Everything a decision looks at is computed here, once, for both the stage
** and the trainer: a feature the trainer sees but the stage computes slightly
** differently would silently cost accuracy. Features are 64-bit hashes of a
** template number and its values; morph_slot_of() pairs one with a class.
*/
#include "morph.h"
#include "affix.h"
#include "utf8.h"

#include <string.h>

size_t morph_key(const char *s, size_t n, char *out) {
    return naba_fold(s, n, NABA_FOLD_DEFAULT, out, n + 1);
}

/* Hash of a template, a byte string and a small integer. */
static uint64_t fh(uint32_t tmpl, const char *s, size_t n, uint64_t x) {
    uint64_t h = 0xcbf29ce484222325ULL ^ ((uint64_t)tmpl << 40) ^ x;
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 0x100000001b3ULL; }
    return h ^ (h >> 29);
}
static uint64_t fi(uint32_t tmpl, uint64_t x) { return fh(tmpl, NULL, 0, x * 0x9E3779B97F4A7C15ULL + 1); }

float morph_score(const morph_weights *w, const uint64_t *f, int nf, uint32_t cls) {
    float s = 0;
    for (int i = 0; i < nf; i++) s += w->w[morph_slot_of(f[i], cls, w->mask)];
    return s;
}

uint64_t morph_prior_feature(uint32_t cand) { return fi(80, MORPH_CAND_PRIOR(cand)); }

/* Candidate c (tag t) with the sum s of its prior and features: add its
** parts and keep it if it beats the best so far (the first of equals stays). */
static inline void keep_best(const morph_model *m, const float *part, uint32_t t, float s, int c, int *best,
                             float *top) {
    uint32_t tp = m->tag_parts[t];
    s += part[tp & 0xFF] + part[tp >> 8 & 0xFF] + part[tp >> 16 & 0xFF];
    if (c == 0 || s > *top) { *top = s; *best = c; }
}

int morph_best(const morph_model *m, const uint64_t *f, int nf, const uint32_t *cls, int nc) {
    const morph_weights *w = &m->wtag;
    float part[MORPH_PARTS] = {0};
    /* tag: room for up to three copies of the last tag, which round the
    ** candidates up to blocks of four */
    uint32_t tag[MORPH_MAX_TAGS + 4], row[MORPH_MAX_FEATS];
    if (nc > MORPH_MAX_TAGS + 1) nc = MORPH_MAX_TAGS + 1;
    if (nf > MORPH_MAX_FEATS) nf = MORPH_MAX_FEATS;
    if (nc == 0) return 0;
    for (int c = 0; c < nc; c++) tag[c] = MORPH_CAND_TAG(cls[c]);
    for (int c = nc; c % 4; c++) tag[c] = tag[nc - 1];
    /* every feature's rows (tags and parts) are found and asked for first:
    ** the weights are larger than the cache, and the misses then overlap
    ** instead of following one another */
    for (int i = 0; i < nf; i++) {
        row[i] = morph_row_of(f[i]);
        __builtin_prefetch(&w->w[(row[i] + tag[0]) & w->mask]);
        __builtin_prefetch(m->wpar.w + morph_part_row(row[i], m->wpar.mask));
    }
    /* in four loops of 4, each one vector add at -O2 with the sums kept in
    ** registers (one loop of 16 became a loop of four rounds through memory) */
    for (int i = 0; i < nf; i++) {
        const float *p = m->wpar.w + morph_part_row(row[i], m->wpar.mask);
        for (int c = 0; c < 4; c++) part[c] += p[c];
        for (int c = 4; c < 8; c++) part[c] += p[c];
        for (int c = 8; c < 12; c++) part[c] += p[c];
        for (int c = 12; c < MORPH_PARTS; c++) part[c] += p[c];
    }
    /* four candidates at a time, their sums in registers; each still adds
    ** its prior, then the features in order, then its parts, so the floats
    ** are the same. The sums are not stored side by side: GCC then gathered
    ** the four loads into one vector add, more instructions than four adds. */
    int best = 0;
    float top = 0;
    for (int c = 0; c < nc; c += 4) {
        float s0 = w->w[morph_slot_of(morph_prior_feature(cls[c]), tag[c], w->mask)];
        float s1 = c + 1 < nc ? w->w[morph_slot_of(morph_prior_feature(cls[c + 1]), tag[c + 1], w->mask)] : 0;
        float s2 = c + 2 < nc ? w->w[morph_slot_of(morph_prior_feature(cls[c + 2]), tag[c + 2], w->mask)] : 0;
        float s3 = c + 3 < nc ? w->w[morph_slot_of(morph_prior_feature(cls[c + 3]), tag[c + 3], w->mask)] : 0;
        uint32_t t0 = tag[c], t1 = tag[c + 1], t2 = tag[c + 2], t3 = tag[c + 3];
        for (int i = 0; i < nf; i++) {
            uint32_t r = row[i];
            s0 += w->w[(r + t0) & w->mask];
            s1 += w->w[(r + t1) & w->mask];
            s2 += w->w[(r + t2) & w->mask];
            s3 += w->w[(r + t3) & w->mask];
        }
        keep_best(m, part, t0, s0, c, &best, &top);
        if (c + 1 < nc) keep_best(m, part, t1, s1, c + 1, &best, &top);
        if (c + 2 < nc) keep_best(m, part, t2, s2, c + 2, &best, &top);
        if (c + 3 < nc) keep_best(m, part, t3, s3, c + 3, &best, &top);
    }
    return best;
}

/* a[0..n) == b[0..n): affixes are a few bytes, so a loop beats a call to memcmp */
static inline int same(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) if (a[i] != b[i]) return 0;
    return 1;
}

/* Byte length of the last k code points of s[0..n) (all of s if shorter). */
static size_t tail_bytes(const char *s, size_t n, int k) {
    size_t i = n;
    while (k-- > 0 && i > 0) i = utf8_prev(s, i);
    return n - i;
}
/* Byte length of the first k code points. */
static size_t head_bytes(const char *s, size_t n, int k) {
    size_t i = 0;
    while (k-- > 0 && i < n) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}
static int n_chars(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Whether a folded key starts with the article ال (and has more after it). */
static int has_al(const char *key, size_t n) {
    return n > 4 && memcmp(key, "\xd8\xa7\xd9\x84", 4) == 0;
}

int morph_shape(const char *s, size_t n) {
    int ar = 0, dg = 0, la = 0, other = 0;
    for (size_t i = 0; i < n;) {
        if (utf8_basic_arabic_at(s, i, n)) { ar++; i += 2; continue; }
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        i += len;
        if (is_arabic_letter(c) || is_arabic_mark(c) || c == 0x0640) ar++;
        else if (digit_value(c) >= 0) dg++;
        else if (is_latin_letter(c)) la++;
        else other++;
    }
    if (ar && !dg && !la) return other ? MORPH_SHAPE_OTHER : MORPH_SHAPE_ARABIC;
    if (dg && !ar && !la) return MORPH_SHAPE_DIGIT;
    if (la && !ar) return MORPH_SHAPE_LATIN;
    if (!ar && !dg && !la) return MORPH_SHAPE_PUNCT;
    return MORPH_SHAPE_OTHER;
}

/* ---------------------------------------------------------- segmentation */

/* Fill c's host for prefix pi and suffix si of s[0..n), or return 0 if they
** don't fit (the caller has checked that the clitics match the ends of s). */
static int fit(const morph_model *m, const char *s, size_t n, uint32_t pi, uint32_t si,
               morph_cand *c) {
    const morph_span *pa = m->pre_s[pi], *sa = m->suf_s[si];
    size_t lp = pa[0].n, le = sa[0].n;
    if (lp + le > n) return 0;
    size_t hs0 = lp, he0 = n - le, hn = he0 - hs0;
    c->pre = pi;
    c->suf = si;
    c->host_start = (uint32_t)hs0;
    c->host_end = (uint32_t)he0;
    if (hn == 0) { /* لها: clitics only */
        if (!le || pa[1].n || pa[2].n || sa[1].n || sa[2].n) return 0;
        c->host_len = 0;
        c->host[0] = '\0';
        return 1;
    }
    size_t lhs = pa[1].n, lhf = pa[2].n, lts = sa[1].n, ltf = sa[2].n;
    if (lhs + lts > hn || !same(s + hs0, pa[1].s, lhs) || !same(s + he0 - lts, sa[1].s, lts)) return 0;
    size_t mid = hn - lhs - lts;
    if (lhf + mid + ltf == 0 || lhf + mid + ltf > MORPH_MAX_FORM) return 0;
    memcpy(c->host, pa[2].s, lhf);
    memcpy(c->host + lhf, s + hs0 + lhs, mid);
    memcpy(c->host + lhf + mid, sa[2].s, ltf);
    c->host_len = (uint32_t)(lhf + mid + ltf);
    c->host[c->host_len] = '\0';
    return 1;
}

int morph_seg_candidates(const morph_model *m, const char *s, size_t n,
                         morph_cand *out, int max) {
    uint32_t suf[256];
    int ns = 0, k = 0;
    if (n == 0) return 0;
    /* only the affixes listed under the token's last / second byte can fit */
    unsigned char last = (unsigned char)s[n - 1], second = n > 1 ? (unsigned char)s[1] : 0;
    for (uint32_t x = m->suf_at[last]; x < m->suf_at[last + 1] && ns < 256; x++) {
        uint32_t si = m->suf_ids[x];
        const morph_span *c = &m->suf_s[si][0];
        if (c->n <= n && same(s + n - c->n, c->s, c->n)) suf[ns++] = si;
    }
    for (uint32_t x = m->pre_at[second]; x < m->pre_at[second + 1] && k < max; x++) {
        uint32_t pi = m->pre_ids[x];
        const morph_span *c = &m->pre_s[pi][0];
        if (c->n > n || !same(s, c->s, c->n)) continue;
        for (int j = 0; j < ns && k < max; j++) k += fit(m, s, n, pi, suf[j], &out[k]);
    }
    return k;
}

/* The lexicon's bits of key (h: its morph_hash32). */
static uint32_t lex_bits(const morph_model *m, const char *key, size_t n, uint32_t h) {
    uint32_t v = morph_map_find(m, &m->lex, key, n, h);
    return v == UINT32_MAX ? 0 : v;
}

static int count_bucket(uint32_t c) {
    return c == 0 ? 0 : c == 1 ? 1 : c < 5 ? 2 : c < 20 ? 3 : 4;
}

/* What the segmenter's features read of the token itself, the same for all
** its candidates: its folded key and its length in letters. */
typedef struct seg_token { char key[MORPH_MAX_FORM + 8]; size_t kn; int chars; } seg_token;

static void seg_token_make(const char *s, size_t n, seg_token *t) {
    t->kn = morph_key(s, n, t->key);
    t->chars = n_chars(s, n);
}

static int seg_features(const morph_model *m, const seg_token *t, const morph_cand *c, const char *loo_host,
                        uint64_t *f) {
    /* every feature twice: with the prefix (P) and with the suffix (S), so a
    ** split never seen whole (و + حلفاء + ها) still scores as its two sides */
    uint64_t P = c->pre, S = (uint64_t)c->suf | 1u << 16;
    uint64_t coarse = (uint64_t)(c->pre > 0) | (uint64_t)(c->suf > 0) << 1 | 1u << 17;
    int k = 0;
    f[k++] = fi(1, P);
    f[k++] = fi(1, S);
    f[k++] = fh(2, t->key, t->kn, (uint64_t)c->pre << 24 | c->suf);
    f[k++] = fi(3, (uint64_t)t->chars << 20 | coarse);
    if (!c->host_len) {
        f[k++] = fi(4, P);
        f[k++] = fi(4, S);
        return k;
    }
    char key[MORPH_MAX_FORM + 8];
    size_t kn = morph_key(c->host, c->host_len, key);
    uint32_t kh = morph_hash32(key, kn), wi = morph_map_find(m, &m->words, key, kn, kh);
    uint32_t count = wi == UINT32_MAX ? 0 : m->winfo[wi].total;
    if (count && loo_host && strcmp(loo_host, key) == 0) count--;
    uint64_t b = (uint64_t)count_bucket(count) << 20;
    f[k++] = fi(5, b | P);
    f[k++] = fi(5, b | S);
    f[k++] = fi(5, b | coarse);
    uint64_t lb = (uint64_t)lex_bits(m, key, kn, kh) << 20;
    f[k++] = fi(6, lb | P);
    f[k++] = fi(6, lb | S);
    f[k++] = fi(6, lb | coarse);
    if (has_al(key, kn)) {
        uint64_t ab = (uint64_t)lex_bits(m, key + 4, kn - 4, morph_hash32(key + 4, kn - 4)) << 20;
        f[k++] = fi(7, ab | P);
        f[k++] = fi(7, ab | S);
    }
    if (count) {
        uint64_t u = (uint64_t)m->tags[m->wan[m->winfo[wi].first].tag].upos << 20;
        f[k++] = fi(8, u | P);
        f[k++] = fi(8, u | S);
    }
    size_t t1 = tail_bytes(key, kn, 1), t2 = tail_bytes(key, kn, 2), h2 = head_bytes(key, kn, 2);
    f[k++] = fh(9, key + kn - t1, t1, P);
    f[k++] = fh(9, key + kn - t1, t1, S);
    f[k++] = fh(10, key + kn - t2, t2, P);
    f[k++] = fh(10, key + kn - t2, t2, S);
    f[k++] = fh(11, key, h2, P);
    f[k++] = fh(11, key, h2, S);
    int len = n_chars(key, kn);
    uint64_t lenb = (uint64_t)(len > 10 ? 10 : len) << 20;
    f[k++] = fi(12, lenb | P);
    f[k++] = fi(12, lenb | S);
    f[k++] = fh(13, key, kn, coarse);
    return k;
}

int morph_seg_features(const morph_model *m, const char *s, size_t n,
                       const morph_cand *c, const char *loo_host, uint64_t *f) {
    seg_token t;
    seg_token_make(s, n, &t);
    return seg_features(m, &t, c, loo_host, f);
}

/* The segmenter's choice, checked against the news. It learned from the
** treebank's 46,000 words which hosts exist, and a news word the treebank never
** saw looks to it like a proclitic on an unknown host (لاعبين = ل + اعبين,
** باكستاني = ب + اكستاني, names such as ليفربول) or like one unknown word
** (وأدين kept whole: و + أدين, "was convicted"). The model's "unews" table
** says how often the news has each whole token (1 + log2 of the count, 0 when
** not among its 250,000 most frequent), and a host is a whole token of the
** news whenever its word stands without clitics. */
#define SEG_NEWS_KEEP 5      /* a host with its letter back seen 16 times or more */
#define SEG_NEWS_SPLIT 6     /* a host after و seen 32 times or more */
#define SEG_NEWS_SPLIT_GAP 2 /* ... and 4 times as often as the token kept whole */
#define SEG_SPLIT_MARGIN 4.0f /* ... when the segmenter's scores are this close */

static uint32_t seg_news(const morph_model *m, const morph_cand *c) {
    char key[MORPH_MAX_FORM + 8];
    return morph_cmap_get(&m->unews, morph_clus_hash(key, morph_key(c->host, c->host_len, key)));
}

/* Whether the treebank analysed c's host as a token: then the segmenter
** learned how it splits, and the news has nothing to add. */
static int seg_treebank_token(const morph_model *m, const morph_cand *c) {
    char key[MORPH_MAX_FORM + 8];
    size_t kn = morph_key(c->host, c->host_len, key);
    return MORPH_U_NA(morph_cmap_get(&m->ustat, morph_unan_hash(key, kn))) > 0;
}

/* A prefix with no rewrite at the host's head (not ل + ال written لل). */
static int seg_plain_prefix(const morph_model *m, uint32_t pre) {
    return !m->pre_s[pre][1].n && !m->pre_s[pre][2].n;
}

/* The candidate with the same suffix whose host begins one proclitic letter
** earlier (dir < 0) or later (dir > 0) than c[at]'s, its prefix plain; or -1. */
static int seg_neighbour(const morph_model *m, const morph_cand *c, int nc, int at, int dir) {
    int found = -1;
    for (int i = 0; i < nc; i++) {
        if (i == at || !c[i].host_len || c[i].suf != c[at].suf || c[i].host_end != c[at].host_end ||
            !seg_plain_prefix(m, c[i].pre))
            continue;
        int64_t d = ((int64_t)c[i].host_start - c[at].host_start) * dir;
        if (d > 0 && (found < 0 || d < ((int64_t)c[found].host_start - c[at].host_start) * dir)) found = i;
    }
    return found;
}

/* Whether c's host is a treebank word or a hunspell-ar entry (folded). */
static int seg_dictionary_word(const morph_model *m, const morph_cand *c) {
    char key[MORPH_MAX_FORM + 8];
    size_t kn = morph_key(c->host, c->host_len, key);
    uint32_t h = morph_hash32(key, kn);
    return lex_bits(m, key, kn, h) || morph_map_find(m, &m->words, key, kn, h) != UINT32_MAX;
}

/* Whether c's host ends in ت, ئ, ؤ or وا: ة, ء and the plural verb as
** written before an enclitic. */
static int seg_host_before_enclitic(const morph_cand *c) {
    static const char *const tails[] = {"\xd8\xaa", "\xd8\xa6", "\xd8\xa4", "\xd9\x88\xd8\xa7"};
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        size_t tn = strlen(tails[i]);
        if (c->host_len >= tn && same(c->host + c->host_len - tn, tails[i], tn)) return 1;
    }
    return 0;
}

static int seg_news_check(const morph_model *m, const morph_cand *c, int nc, int best, const float *score) {
    const morph_cand *b = &c[best];
    if (!b->host_len || !seg_plain_prefix(m, b->pre)) return best;
    /* a proclitic split off a news word whose remainder the news never has
    ** alone: the letter is the word's (لاعبين, باكستاني, ليفربول) */
    int whole = b->pre ? seg_neighbour(m, c, nc, best, -1) : -1;
    if (whole >= 0 && seg_news(m, b) == 0 && seg_news(m, &c[whole]) >= SEG_NEWS_KEEP &&
        !seg_treebank_token(m, &c[whole]))
        return whole;
    /* an enclitic split off a news word when no split's host is a news
    ** word: the letters are the word's (عبدالله, الترفيه, مهرجاناً; not
    ** عبدالل + ه); not after a host whose last letters are a spelling
    ** before enclitics, which the news never has alone (أبنائ of أبنائهم,
    ** علاقت of علاقتهما, أسموا of أسموه), nor after a host the treebank
    ** or hunspell-ar know: a word that seldom stands alone (حتف of حتفه) */
    if (b->suf && seg_news(m, b) == 0 && !seg_host_before_enclitic(b) && !seg_dictionary_word(m, b)) {
        int whole_at = -1;
        for (int i = 0; i < nc; i++) {
            if (!c[i].host_len || c[i].pre != b->pre) continue;
            if (c[i].suf && seg_news(m, &c[i])) return best;
            if (!c[i].suf) whole_at = i;
        }
        if (whole_at >= 0 && seg_news(m, &c[whole_at]) >= SEG_NEWS_KEEP && !seg_treebank_token(m, &c[whole_at]))
            return whole_at;
    }
    /* و kept on a word the news has often alone, far more often than with
    ** the و, when the segmenter hesitated (وأدين) */
    int conj = b->pre ? -1 : seg_neighbour(m, c, nc, best, 1);
    if (conj >= 0 && m->pre[c[conj].pre].n_cl == 1 && !strcmp(morph_str(m, m->pre[c[conj].pre].cl), "\xd9\x88") &&
        score[best] - score[conj] <= SEG_SPLIT_MARGIN && !seg_treebank_token(m, b)) {
        uint32_t split = seg_news(m, &c[conj]), kept = seg_news(m, b);
        if (split >= SEG_NEWS_SPLIT && split >= kept + SEG_NEWS_SPLIT_GAP) return conj;
        /* ... or as often, when no dictionary knows the token whole (وجاءت,
        ** وأبان, وفازت): the news writes و + a verb as one token about as
        ** often as the verb alone, and the verb's inflected form is often
        ** no dictionary word either */
        if (split >= SEG_NEWS_SPLIT && split >= kept && !seg_dictionary_word(m, b))
            return conj;
    }
    return best;
}

int morph_seg_best(const morph_model *m, const char *s, size_t n, const morph_cand *c, int nc) {
    uint64_t f[MORPH_MAX_FEATS];
    float score[MORPH_MAX_CANDS];
    int best = 0;
    if (nc < 2) return 0;
    seg_token t;
    seg_token_make(s, n, &t);
    for (int i = 0; i < nc; i++) {
        int nf = seg_features(m, &t, &c[i], NULL, f);
        score[i] = morph_score(&m->wseg, f, nf, 0);
        if (score[i] > score[best]) best = i;
    }
    return seg_news_check(m, c, nc, best, score);
}

/* The prepositional proclitics: ب, ل, ك. */
static int seg_prepositional(const morph_model *m, uint32_t pre) {
    const morph_affix *a = &m->pre[pre];
    const char *cl = morph_str(m, a->cl);
    return a->n_cl == 1 && (!strcmp(cl, "\xd8\xa8") || !strcmp(cl, "\xd9\x84") || !strcmp(cl, "\xd9\x83"));
}

int morph_preposition(const morph_model *m, const char *form) {
    char key[MORPH_MAX_FORM + 8];
    size_t n = strlen(form);
    if (n > MORPH_MAX_FORM) return 0;
    size_t kn = morph_key(form, n, key);
    uint32_t wi = morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn)), adp = 0;
    if (wi == UINT32_MAX || m->winfo[wi].total < MORPH_PREP_MIN) return 0;
    const morph_wordinfo *w = &m->winfo[wi];
    for (uint32_t i = w->first; i < w->first + w->n; i++)
        if (m->tags[m->wan[i].tag].upos == NABA_UPOS_ADP) adp += m->wan[i].count;
    return adp * 10 >= w->total * 9;
}

int morph_seg_after_preposition(const morph_model *m, const char *s, size_t n, const morph_cand *chosen,
                                const char *before, morph_cand *out) {
    char key[MORPH_MAX_FORM + 8];
    /* the cheap tests first: most tokens have no such prefix */
    if (!before || !chosen->pre || !chosen->host_len || !seg_plain_prefix(m, chosen->pre) ||
        !seg_prepositional(m, chosen->pre) || has_al(key, morph_key(chosen->host, chosen->host_len, key)) ||
        !morph_preposition(m, before))
        return 0;
    morph_cand c[MORPH_MAX_CANDS];
    int nc = morph_seg_candidates(m, s, n, c, MORPH_MAX_CANDS);
    for (int i = 0; i < nc; i++) {
        if (c[i].pre || c[i].suf != chosen->suf || !c[i].host_len || seg_news(m, &c[i]) < SEG_NEWS_KEEP) continue;
        /* the treebank's split stands when it never had the host as a word (بهدف) */
        size_t kn = morph_key(c[i].host, c[i].host_len, key);
        if (seg_treebank_token(m, &c[i]) && morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn)) == UINT32_MAX)
            return 0;
        *out = c[i];
        return 1;
    }
    return 0;
}

int morph_seg_dual_construct(const morph_model *m, const char *s, size_t n, const morph_cand *chosen,
                             uint32_t next, uint32_t next2, morph_cand *out) {
    const uint32_t waw = 0x0648;
    size_t hn = chosen->host_len;
    if (next2 != waw || next == waw || next < 0x0621 || next > 0x064A || !chosen->suf || hn < 2 ||
        memcmp(chosen->host + hn - 2, "\xd8\xa9", 2) || strcmp(morph_str(m, m->suf[chosen->suf].cl), "\xd9\x8a"))
        return 0; /* not a noun in ة + ي before a word and a و-word */
    morph_cand c[MORPH_MAX_CANDS];
    int nc = morph_seg_candidates(m, s, n, c, MORPH_MAX_CANDS);
    for (int i = 0; i < nc; i++)
        if (c[i].pre == chosen->pre && !c[i].suf && c[i].host_len) {
            *out = c[i];
            return 1;
        }
    return 0;
}

int morph_seg_pick(const morph_model *m, const char *s, size_t n, morph_cand *out) {
    morph_seg_memo_val *memo = NULL;
    int hit = 0;
    if (naba_slotcache_fits(&m->seg_memo, MORPH_SEG_MEMO_SHAPE, n))
        memo = naba_slotcache_find(&m->seg_memo, MORPH_SEG_MEMO_SHAPE, fh(0, s, n, 0), 0, s, n, &hit);
    if (memo && hit) {
        if (memo->host_len == MORPH_SEG_MEMO_NONE) return 0;
        *out = (morph_cand){.pre = memo->pre, .suf = memo->suf, .host_start = memo->host_start,
                            .host_end = memo->host_end, .host_len = memo->host_len};
        memcpy(out->host, memo->host, memo->host_len);
        out->host[memo->host_len] = '\0';
        return 1;
    }
    morph_cand cands[MORPH_MAX_CANDS];
    int nc = morph_seg_candidates(m, s, n, cands, MORPH_MAX_CANDS);
    if (nc) *out = cands[morph_seg_best(m, s, n, cands, nc)];
    if (memo && (!nc || out->host_len <= MORPH_SEG_MEMO_LEN)) {
        naba_slotcache_fill(MORPH_SEG_MEMO_SHAPE, memo, 0, s, n);
        memo->host_len = MORPH_SEG_MEMO_NONE;
        if (nc) {
            memo->pre = out->pre, memo->suf = out->suf, memo->host_len = (uint8_t)out->host_len;
            memo->host_start = (uint8_t)out->host_start, memo->host_end = (uint8_t)out->host_end;
            memcpy(memo->host, out->host, out->host_len);
        }
    }
    return nc > 0;
}

/* ---------------------------------------------------------- tagging */

static const char *const shape_key[] = {"", "#d", "#l", "#p", "#o"};

/* The tags already among a word's candidates, a bit each for the first 1024
** tags (models have a few hundred): a duplicate is seen without scanning the
** list, which is scanned only for a tag beyond them. */
typedef struct tag_filter { uint64_t bits[16]; } tag_filter;
static void filter_add(tag_filter *tf, uint32_t t) { if (t < 1024) tf->bits[t >> 6] |= 1ULL << (t & 63); }
static int filter_has(const tag_filter *tf, const uint32_t *out, int k, uint32_t t) {
    if (t < 1024) return tf->bits[t >> 6] >> (t & 63) & 1;
    for (int j = 0; j < k; j++) if (MORPH_CAND_TAG(out[j]) == t) return 1;
    return 0;
}

/* Add the tags of guess entry gi (suffix length level 0-3) to out[0..k), no
** duplicates, each with its prior: the level and its rank there. */
static int add_guess(const morph_model *m, uint32_t gi, int level, uint32_t *out, int k, int max, tag_filter *tf) {
    const morph_guess *g = &m->guess[gi];
    for (uint32_t i = 0; i < g->n && k < max; i++) {
        uint32_t t = m->gtags[g->first + i];
        uint32_t rank = i == 0 ? 0 : i == 1 ? 1 : i < 5 ? 2 : 3;
        if (!filter_has(tf, out, k, t)) { out[k++] = t | (4 + (uint32_t)level * 4 + rank) << 24; filter_add(tf, t); }
    }
    return k;
}

/* Tags of the words that end like w's key in 3, 2 and 1 letters, together
** (the longest alone often misses the right tag of a new word: 62% of new dev
** words have their tag there, 95% in the union), or of its shape. */
static int guess_tags(const morph_model *m, const morph_wctx *w, uint32_t *out, int k, int max) {
    char buf[32];
    int found = 0;
    tag_filter tf = {{0}};
    for (int j = 0; j < k; j++) filter_add(&tf, MORPH_CAND_TAG(out[j]));
    if (w->shape != MORPH_SHAPE_ARABIC) {
        uint32_t gi = morph_map_get(m, &m->sufx, shape_key[w->shape], 2);
        if (gi != UINT32_MAX) { k = add_guess(m, gi, 3, out, k, max, &tf); found = 1; }
    } else {
        int al = has_al(w->key, w->key_len);
        for (int len = 3; len >= 1; len--) {
            size_t t = tail_bytes(w->key, w->key_len, len);
            if (t + 2 > sizeof buf) continue;
            buf[0] = al ? 'A' : 'S';
            buf[1] = (char)('0' + len);
            memcpy(buf + 2, w->key + w->key_len - t, t);
            uint32_t gi = morph_map_get(m, &m->sufx, buf, t + 2);
            if (gi != UINT32_MAX) { k = add_guess(m, gi, 3 - len, out, k, max, &tf); found = 1; }
        }
    }
    if (!found) {
        uint32_t gi = morph_map_get(m, &m->sufx, "#*", 2);
        if (gi != UINT32_MAX) k = add_guess(m, gi, 3, out, k, max, &tf);
    }
    return k;
}

static int tag_candidates(const morph_model *m, morph_wctx *w, uint32_t *out, int max) {
    int k = 0;
    uint32_t kh = morph_hash32(w->key, w->key_len), wi = morph_map_find(m, &m->words, w->key, w->key_len, kh);
    uint32_t total = 0;
    if (wi != UINT32_MAX && m->winfo[wi].total <= w->loo) wi = UINT32_MAX;
    if (wi != UINT32_MAX) {
        const morph_wordinfo *in = &m->winfo[wi];
        total = in->total - w->loo;
        for (uint32_t i = 0; i < in->n && k < max; i++)
            out[k++] = m->wan[in->first + i].tag | (1 + (i < 2 ? i : 2)) << 24;
    }
    if (total < 3) k = guess_tags(m, w, out, k, max);
    if (k == 0) out[k++] = 0;
    w->wi = wi;
    w->lexb = lex_bits(m, w->key, w->key_len, kh);
    w->umask = 0;
    for (int i = 0; i < k; i++) w->umask |= 1u << (m->tags[MORPH_CAND_TAG(out[i])].upos & 31);
    w->top = (uint8_t)m->tags[MORPH_CAND_TAG(out[0])].upos;
    w->clus = morph_cmap_get(&m->clus, morph_clus_of_hash(kh));
    return k;
}

int morph_tag_candidates(const morph_model *m, morph_wctx *w, uint32_t *out, int max) {
    morph_tag_memo_val *memo = NULL;
    int hit = 0;
    if (!w->loo && naba_slotcache_fits(&m->tag_memo, MORPH_TAG_MEMO_SHAPE, w->key_len))
        memo = naba_slotcache_find(&m->tag_memo, MORPH_TAG_MEMO_SHAPE, fh(w->shape, w->key, w->key_len, 0), w->shape,
                                   w->key, w->key_len, &hit);
    if (memo && hit && memo->k <= max) {
        memcpy(out, memo->cands, memo->k * sizeof *out);
        w->wi = memo->wi, w->lexb = memo->lexb, w->umask = memo->umask, w->top = memo->top;
        w->clus = memo->clus;
        return memo->k;
    }
    int k = tag_candidates(m, w, out, max);
    if (memo && k <= MORPH_TAG_MEMO_TAGS) {
        naba_slotcache_fill(MORPH_TAG_MEMO_SHAPE, memo, w->shape, w->key, w->key_len);
        *memo = (morph_tag_memo_val){.k = (uint8_t)k, .top = w->top, .wi = w->wi, .lexb = w->lexb,
                                     .umask = w->umask, .clus = w->clus};
        memcpy(memo->cands, out, (size_t)k * sizeof *out);
    }
    return k;
}

static const char BOS[] = "<s>", EOS[] = "</s>";


int morph_tag_features(const morph_model *m, const morph_wctx *ws, int n, int i,
                       const uint32_t *tags, uint64_t *f) {
    const morph_wctx *w = &ws[i];
    const char *key = w->key;
    size_t kn = w->key_len;
    int k = 0;
    /* an unknown word's own spelling is no evidence (it has no weights at run
    ** time); in training, words seen once are made unknown the same way */
    const char *id = w->wi == UINT32_MAX ? "<unk>" : key;
    size_t idn = w->wi == UINT32_MAX ? 5 : kn;
    f[k++] = fi(20, 0);
    f[k++] = fh(21, id, idn, 0);
    for (int l = 1; l <= 4; l++) {
        size_t t = tail_bytes(key, kn, l);
        f[k++] = fh(21 + (uint32_t)l, key + kn - t, t, 0);
    }
    for (int l = 1; l <= 2; l++) f[k++] = fh(25 + (uint32_t)l, key, head_bytes(key, kn, l), 0);
    const char *pk = i > 0 ? ws[i - 1].key : BOS, *nk = i + 1 < n ? ws[i + 1].key : EOS;
    size_t pn = i > 0 ? ws[i - 1].key_len : 3, nn = i + 1 < n ? ws[i + 1].key_len : 4;
    f[k++] = fh(28, pk, pn, 0);
    f[k++] = fh(29, nk, nn, 0);
    f[k++] = i > 1 ? fh(30, ws[i - 2].key, ws[i - 2].key_len, 0) : fh(30, BOS, 3, 0);
    f[k++] = i + 2 < n ? fh(31, ws[i + 2].key, ws[i + 2].key_len, 0) : fh(31, EOS, 4, 0);
    uint64_t t1 = i > 0 ? tags[i - 1] : 0xFFFF, t2 = i > 1 ? tags[i - 2] : 0xFFFF;
    f[k++] = fi(32, t1);
    f[k++] = fi(33, t2 << 16 | t1);
    f[k++] = fi(34, (uint64_t)w->role << 8 | (w->n_in_tok > 3 ? 3 : w->n_in_tok));
    f[k++] = fi(35, w->lexb);
    f[k++] = fi(36, w->shape);
    int len = n_chars(key, kn);
    f[k++] = fi(37, (uint64_t)(len > 12 ? 12 : len));
    size_t ns = tail_bytes(nk, nn, 2), ps = tail_bytes(pk, pn, 2);
    f[k++] = fh(38, nk + nn - ns, ns, 0);
    f[k++] = fh(39, pk + pn - ps, ps, 0);
    f[k++] = fh(40, id, idn, t1);
    f[k++] = fh(41, pk, pn, (uint64_t)w->role);
    f[k++] = fi(42, (uint64_t)count_bucket(w->wi == UINT32_MAX ? 0 : m->winfo[w->wi].total - w->loo));
    size_t s2 = tail_bytes(key, kn, 2);
    f[k++] = fh(43, key + kn - s2, s2, t1);
    f[k++] = fh(44, id, idn, fh(0, nk, nn, 0));
    f[k++] = fh(45, id, idn, fh(0, pk, pn, 0));
    f[k++] = fh(46, key + kn - s2, s2, fh(0, nk + nn - ns, ns, 0));
    /* ambiguity classes: what the words here and to the right can be, a
    ** cheap look ahead for a left-to-right tagger (NOUN then ADJ?) */
    uint64_t a0 = w->umask, a1 = i + 1 < n ? ws[i + 1].umask : 0, a2 = i + 2 < n ? ws[i + 2].umask : 0;
    f[k++] = fi(47, a0);
    f[k++] = fi(48, a1);
    f[k++] = fi(49, a0 << 32 | a1);
    f[k++] = fi(17, t1 << 32 | a1);
    f[k++] = fi(18, a1 << 32 | a2);
    f[k++] = fh(19, key + kn - s2, s2, a1);
    /* word clusters from raw news: what kind of word this is by its company,
    ** known or not to the treebank (fine and coarse), and its neighbours' */
    uint64_t c0 = w->clus, cp = i > 0 ? ws[i - 1].clus : 0xFFFFFFFFu, cn = i + 1 < n ? ws[i + 1].clus : 0xFFFFFFFFu;
    f[k++] = fi(70, c0 & 0xFFFF);
    f[k++] = fi(71, c0 >> 16);
    f[k++] = fi(72, cn & 0xFFFF);
    f[k++] = fi(73, cp & 0xFFFF);
    f[k++] = fi(74, (c0 >> 16) << 32 | t1);
    f[k++] = fi(75, (c0 >> 16) << 16 | cn >> 16);
    /* coarse history and agreement: the previous UPOS, and whether this word
    ** and the previous one carry ال (an adjective agrees with its noun) */
    uint64_t u1 = i > 0 ? m->tags[tags[i - 1]].upos : 31, u2 = i > 1 ? m->tags[tags[i - 2]].upos : 31;
    uint64_t al0 = has_al(key, kn), al1 = i > 0 && has_al(pk, pn);
    f[k++] = fi(76, u1);
    f[k++] = fi(77, u2 << 8 | u1);
    f[k++] = fi(78, u1 << 8 | al0 << 1 | al1);
    f[k++] = fh(79, key + kn - s2, s2, u1 << 1 | al0);
    return k;
}

/* ---------------------------------------------------------- lemmas */

/* The first index of rule_by_edge whose edge is e or more. */
static uint32_t first_of_edge(const morph_model *m, uint64_t e) {
    uint32_t lo = 0, hi = m->n_rules;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->rule_by_edge[mid] >> 32 < e) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int morph_rule_candidates(const morph_model *m, const char *form, size_t n, uint32_t *out, int max) {
    uint32_t head = morph_rule_edge(form, n, 0), tail = morph_rule_edge(form, n, 1);
    /* the rules of each edge that fits (none, the head's, the tail's, both), each
    ** run in rule order, merged so the rules come out in their order as before */
    uint64_t edges[4] = {0, head, (uint64_t)tail << 16, head | (uint64_t)tail << 16};
    uint32_t at[4], end[4];
    int ne = 0;
    for (int e = 0; e < 4; e++) {
        if (((e & 1) && !head) || ((e & 2) && !tail)) continue;
        at[ne] = first_of_edge(m, edges[e]);
        end[ne] = at[ne];
        while (end[ne] < m->n_rules && m->rule_by_edge[end[ne]] >> 32 == edges[e]) end[ne]++;
        ne++;
    }
    int k = 0;
    while (k < max) {
        int j = -1;
        for (int e = 0; e < ne; e++)
            if (at[e] < end[e] && (j < 0 || m->rule_by_edge[at[e]] << 32 < m->rule_by_edge[at[j]] << 32)) j = e;
        if (j < 0) break;
        uint32_t r = (uint32_t)m->rule_by_edge[at[j]++];
        const morph_span *pd = &m->rule_s[r][0], *sd = &m->rule_s[r][2];
        if (pd->n + sd->n >= n && (pd->n || sd->n)) continue;
        if (!same(form, pd->s, pd->n) || !same(form + n - sd->n, sd->s, sd->n)) continue;
        out[k++] = r;
    }
    return k;
}

int morph_rule_apply(const morph_model *m, uint32_t r, const char *form, size_t n,
                     char *out, size_t cap) {
    const morph_span *rs = m->rule_s[r];
    size_t lp = rs[0].n, ls = rs[2].n, la = rs[1].n, lsa = rs[3].n;
    if (lp + ls > n) return -1;
    size_t mid = n - lp - ls, total = la + mid + lsa;
    if (total + 1 > cap) return -1;
    memcpy(out, rs[1].s, la);
    memcpy(out + la, form + lp, mid);
    memcpy(out + la + mid, rs[3].s, lsa);
    out[total] = '\0';
    return (int)total;
}

int morph_lemma_features(const morph_model *m, const char *form, size_t n, uint32_t tag,
                         uint64_t *f) {
    int k = 0;
    f[k++] = fi(50, 0);
    f[k++] = fi(51, m->tags[tag].upos);
    f[k++] = fi(52, tag);
    for (int l = 1; l <= 4; l++) {
        size_t t = tail_bytes(form, n, l);
        f[k++] = fh(52 + (uint32_t)l, form + n - t, t, 0);
    }
    for (int l = 1; l <= 2; l++) f[k++] = fh(56 + (uint32_t)l, form, head_bytes(form, n, l), 0);
    size_t t2 = tail_bytes(form, n, 2);
    f[k++] = fh(59, form + n - t2, t2, m->tags[tag].upos);
    return k;
}

/* Features of the lemma a rule produces, shared by all rules (class 0). */
int morph_lemma_rule_features(const morph_model *m, const char *form, size_t n, uint32_t rule,
                              const morph_lemma_loo *loo, uint64_t *f) {
    char out[MORPH_MAX_FORM * 2 + 16], key[MORPH_MAX_FORM * 2 + 16];
    int len = morph_rule_apply(m, rule, form, n, out, sizeof out);
    if (len <= 0) return 0;
    size_t kn = morph_key(out, (size_t)len, key);
    uint32_t kh = morph_hash32(key, kn), lb = lex_bits(m, key, kn, kh);
    int word = morph_map_find(m, &m->words, key, kn, kh) != UINT32_MAX;
    if (loo && kn == loo->key_len && same(key, loo->key, kn)) word = 0;
    if (loo && loo->alone && kn == loo->lemma_len && same(key, loo->lemma, kn)) lb &= ~MORPH_LEX_LEMMA;
    int k = 0;
    f[k++] = fi(60, lb);
    f[k++] = fi(61, (uint64_t)word);
    int c = n_chars(out, (size_t)len);
    f[k++] = fi(62, (uint64_t)(c > 8 ? 8 : c));
    return k;
}

int morph_treebank_form(const morph_model *m, const char *s) {
    char key[MORPH_MAX_FORM + 8];
    size_t n = strlen(s);
    if (n > MORPH_MAX_FORM) return 1;
    size_t kn = morph_key(s, n, key);
    return morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn)) != UINT32_MAX;
}

int morph_dictionary_word(const morph_model *m, const char *s) {
    char key[MORPH_MAX_FORM + 8];
    size_t n = strlen(s);
    if (n > MORPH_MAX_FORM || morph_treebank_form(m, s)) return 1;
    size_t kn = morph_key(s, n, key);
    if (lex_bits(m, key, kn, morph_hash32(key, kn))) return 1;
    return has_al(key, kn) && lex_bits(m, key + 4, kn - 4, morph_hash32(key + 4, kn - 4));
}

/* Bytes of the whole letters a and b share at the start: not a letter's
** first byte alone (مكن shares D9 with يمكن, أمكن nothing, which made the
** treebank's 2 مكن beat its 26 أمكن). */
static size_t shared_head(const char *a, const char *b, size_t bn) {
    size_t i = 0;
    while (i < bn && a[i] && a[i] == b[i]) i++;
    while (i && ((unsigned char)a[i] & 0xC0) == 0x80) i--;
    return i;
}

/* The alif a rule-made verb lemma starts with, spelled as the treebank and
** hunspell-ar spell it. The rules learned their added أ and ا from the
** treebank's lemmas, but their lexicon feature reads folded keys, blind to
** the hamza, so an unknown verb took an alif by the rule's weight alone:
** اتاح for أتاح (form IV), أقترب for اقترب (form VIII). When the lemma as
** spelled is neither a treebank form or lemma nor a hunspell-ar entry and the
** same letters with another alif are, that spelling is taken. Verbs only:
** for nouns it also undid hamzas the news spelled (الإبداعية: ابداعي); and
** not when the rule left the form as it was: those are mostly names read as
** verbs (آبل, إنتر), whose spelling is the writer's. A bare alif and three
** letters is an imperative (which hunspell-ar lists), not a verb's lemma, but
** for form VIII of a root with و or a doubled one (اتفق, اهتم: a ت second or
** third) and form VII of a doubled one (انضم): unless the treebank has it
** with أ, the lemma is form I when the treebank has its three letters (تخدم
** اخدم, تنشط انشط: خدم, نشط). Only for an alif the rule added (an
** imperfect's): one the form has is the writer's (اطلعت form VIII, اعدمت
** form IV). Returns the lemma's length. */
static size_t respell_alif(const morph_model *m, const char *form, char *s, size_t n) {
    static const char alifs[] = "\xa7\xa3\xa5\xa2"; /* after \xd8: ا أ إ آ */
    const uint32_t spelled = MORPH_U_RAW_TB | MORPH_U_RAW_LEX;
    if (n < 4 || (unsigned char)s[0] != 0xd8 || !s[1] || !strchr(alifs, s[1])) return n;
    static const char ta[] = "\xd8\xaa";
    int added = (unsigned char)form[0] != 0xd8 || !form[1] || !strchr(alifs, form[1]);
    if (added && s[1] == alifs[0] && n == 8 && memcmp(s + 2, ta, 2) && memcmp(s + 4, ta, 2)) {
        s[1] = alifs[1];
        if (morph_unan_stat(m, s, n) & MORPH_U_RAW_TB) return n;
        s[1] = alifs[0];
        if (morph_unan_stat(m, s + 2, n - 2) & MORPH_U_RAW_TB) {
            memmove(s, s + 2, n - 1); /* with the NUL */
            return n - 2;
        }
    }
    if (morph_unan_stat(m, s, n) & spelled) return n;
    char had = s[1];
    for (const char *a = alifs; *a; a++) {
        if (*a == had) continue;
        s[1] = *a;
        if (morph_unan_stat(m, s, n) & spelled) return n;
    }
    s[1] = had;
    return n;
}

/* The first letter of a verb's lemma of five letters or more that the
** rules began with a hamza's alif for an imperfect (تحتضن أحتضن, يقتصر
** أقتصر, يلاقي ألاقى): no such perfect has one (the treebank's 322 verb
** lemmas of five letters or more that start with an alif all start with a
** bare ا: احتضن, اقتصر), yet hunspell-ar lists the first persons
** (أحتضن) that respell_alif took for proof. A lemma with ا third (أفاعل)
** is form III's, whose perfect has no alif before it (لاقى, فاجأ, ناسب):
** it is dropped; any other (افتعل, انفعل, استفعل) takes ا. Only for an
** alif the rule added: one the form has is the writer's. Returns the
** lemma's length. */
static size_t derived_verb_alif(const char *form, char *s, size_t n) {
    if (n < 10 || !morph_has_letter(s, 2, "أإآ") || morph_has_letter(form, 2, "اأإآ")) return n;
    if (!memcmp(s + 4, "ا", 2)) {
        memmove(s, s + 2, n - 1); /* with the NUL */
        return n - 2;
    }
    memcpy(s, "ا", 2);
    return n;
}

/* Whether form[0..n) spells lemma l (لا يقل: قل, not أقل). */
static int spelled_in(const char *form, size_t n, const char *l) {
    return memmem(form, n, l, strlen(l)) != NULL;
}

/* A verb's lemma, the perfect's third person masculine, ends in أ, never
** in ئ (the treebank has none: أرجئت أرجأ, يهنئ هنأ, ينكفئ انكفأ), but the
** rules keep the ئ of a passive perfect or an imperfect (أنشئت أنشئ, بدئ,
** يخبئ خبئ, تفاجئ فاجئ): that final ئ is written أ. Not after ا: a
** noun's ئ read as a verb (آرائ, ولائ) stays as written. */
static void final_hamza_on_alif(char *s, size_t n) {
    if (n >= 6 && !memcmp(s + n - 2, "ئ", 2) && memcmp(s + n - 4, "ا", 2)) s[n - 1] = (char)0xa3;
}

/* The alif a hamza-final verb's lemma lost with the imperfect's prefix. An
** imperfect in ئ is never form I's (يقرأ, يبدأ keep أ): it is form IV's
** (يخطئ أخطأ, ينبئ أنبأ) or form VII's or VIII's (ينكفئ انكفأ, تمتلئ
** امتلأ), or form II's (يهيئ هيأ, يخبئ خبأ), but the rules drop the
** prefix and leave خطأ, نكفأ, متلأ. When the form starts with an
** imperfect's ي, ت or ن and has ئ, a lemma in أ that starts with no alif
** takes ا when it has four letters or more (no form II) and the treebank
** or hunspell-ar spell it so, and أ when it has three and the treebank
** spells it so: hunspell-ar also lists أهيأ, أخبأ, so for form II's
** imperfects it would prove nothing. Returns the lemma's length. */
static size_t hamza_verb_alif(const morph_model *m, const char *form, size_t fn, char *s, size_t n, size_t cap) {
    if (n < 6 || n > 10 || n + 3 > cap || memcmp(s + n - 2, "أ", 2) || morph_has_letter(s, 2, "اأإآ") ||
        !morph_has_letter(form, 2, "يتن") || !morph_has_letter(form, fn, "ئ"))
        return n;
    memmove(s + 2, s, n + 1); /* with the NUL */
    memcpy(s, n == 6 ? "أ" : "ا", 2);
    if (morph_unan_stat(m, s, n + 2) & (n == 6 ? MORPH_U_RAW_TB : MORPH_U_RAW_TB | MORPH_U_RAW_LEX)) return n + 2;
    memmove(s, s + 2, n + 1);
    return n;
}

/* A defective verb's lemma ends in ى (تعافى, استدعى), but the rules drop
** the weak letter with the form's ending (تعافت تعاف, استدعت استدع,
** اشتكوا اشتك), and hunspell-ar lists those stems too (تعاف), so its word
** is no proof: a lemma of four letters or more that is no treebank form or
** lemma, whose spelling with a final ى the treebank or hunspell-ar has,
** takes it. Only when the form ends past the lemma's last letter (ت, وا,
** نا, ون; not the dual's ان: يستعدان) and the lemma starts with no
** imperfect's ي or ن: a lemma that keeps the form's end (ترتد ارتد,
** يستقر) is a sound verb's. Not shorter lemmas: without ى they are often a
** doubled verb's (عد, سم). Returns the lemma's length. */
static size_t final_weak_letter(const morph_model *m, const char *form, size_t fn, char *s, size_t n, size_t cap) {
    if (n < 8 || fn < 4 || n + 3 > cap || !memcmp(s + n - 2, "ى", 2) || !memcmp(s + n - 2, form + fn - 2, 2) ||
        !memcmp(form + fn - 4, "ان", 4) || morph_has_letter(s, 2, "ين") ||
        (morph_unan_stat(m, s, n) & MORPH_U_RAW_TB))
        return n;
    memcpy(s + n, "ى", 3); /* with the NUL */
    if (morph_unan_stat(m, s, n + 2) & (MORPH_U_RAW_TB | MORPH_U_RAW_LEX)) return n + 2;
    s[n] = '\0';
    return n;
}

/* The passive perfect of form III (فوجئ, شوهدت, قوبلت, حوصرت: فُوعِل) keeps
** its و in the rules' lemma; the active's ا (فاجأ, شاهد, قابل, حاصر) is the
** lemma (the treebank has شوهد as a form). A lemma of four letters whose
** second is و takes ا when the treebank or hunspell-ar spell that; not
** after a first أ, ا or ت (أوضح, توقع: forms IV and V). */
static void passive_of_form_three(const morph_model *m, char *s, size_t n) {
    const uint32_t spelled = MORPH_U_RAW_TB | MORPH_U_RAW_LEX;
    if (n != 8 || memcmp(s + 2, "و", 2) || morph_has_letter(s, 2, "أاتإآ")) return;
    memcpy(s + 2, "ا", 2);
    if (!(morph_unan_stat(m, s, n) & spelled)) memcpy(s + 2, "و", 2);
}

int morph_has_letter(const char *s, size_t n, const char *letters) {
    for (size_t i = 0; i + 1 < n; i += 2)
        for (const char *l = letters; l[0] && l[1]; l += 2)
            if (s[i] == l[0] && s[i + 1] == l[1]) return 1;
    return 0;
}

/* The hamza seats a noun's or adjective's lemma lost. The treebank's words
** are looked up by folded keys, blind to the hamza, so a form took the lemma
** of another spelling of it (مؤكدة: the treebank's موكدة, lemma موكد, not
** مؤكد); and the edit scripts' lexicon feature reads folded keys too. When
** the form has ؤ or ئ and the lemma has none, a و or ي of the lemma takes
** the seat back when that spelling is a treebank form or lemma or a
** hunspell-ar entry as spelled. Only seats the form has: a writer's bare
** spelling (ارهاب) is kept; and only ؤ and ئ, which the treebank always
** writes (its أ and ا vary: ابن is the lemma of أبناء). The length does not
** change (all four letters are 2 bytes). */
static void restore_hamza_seats(const morph_model *m, const char *form, size_t fn, char *s, size_t n) {
    static const char *const seat[2][2] = {{"\xd8\xa4", "\xd9\x88"}, {"\xd8\xa6", "\xd9\x8a"}}; /* ؤ و, ئ ي */
    const uint32_t spelled = MORPH_U_RAW_TB | MORPH_U_RAW_LEX;
    for (int k = 0; k < 2; k++) {
        if (!morph_has_letter(form, fn, seat[k][0]) || morph_has_letter(s, n, seat[k][0])) continue;
        for (size_t i = 0; i + 1 < n; i += 2) {
            if (memcmp(s + i, seat[k][1], 2)) continue;
            memcpy(s + i, seat[k][0], 2);
            if (morph_unan_stat(m, s, n) & spelled) return;
            memcpy(s + i, seat[k][1], 2);
        }
    }
}

/* The hamza a noun's or adjective's lemma lost at its head with the
** writer's bare alif (ارهابي, انجاز, استراتيجية, الاعلامي: the news of
** Tunisia writes them so): the treebank spells إرهابي, إنجاز, إستراتيجية,
** إعلامي, and its lemmas in a bare ا are other words (اقتصادي, انتخاب,
** ابن), which keep theirs. A lemma of four letters or more in a bare ا
** that is no treebank form or lemma as spelled takes إ, else أ, when the
** treebank has that spelling. */
static void restore_initial_hamza(const morph_model *m, char *s, size_t n) {
    if (n < 8 || memcmp(s, "ا", 2) || (morph_unan_stat(m, s, n) & MORPH_U_RAW_TB)) return;
    for (const char *seat = "إأ"; *seat; seat += 2) {
        memcpy(s, seat, 2);
        if (morph_unan_stat(m, s, n) & MORPH_U_RAW_TB) return;
    }
    memcpy(s, "ا", 2);
}

/* Whether rule r only appends a و to the form's tail: the treebank has no
** such lemma but its pronouns' (هو), yet unknown names read as nouns or
** verbs took one (عبدالعزيزو, دونالدو, سبورتينغو); their lemma is the form. */
static int appends_waw(const morph_model *m, uint32_t r) {
    const morph_span *rs = m->rule_s[r];
    return rs[2].n == 0 && rs[3].n == 2 && same(rs[3].s, "\xd9\x88", 2);
}

/* morph_lemma's answer once the treebank's lemma (best, NULL: none) is looked up. */
static size_t lemma_of(const morph_model *m, const char *best, const char *form, size_t n, uint32_t tag,
                       char *out, size_t cap) {
    uint32_t upos = m->tags[tag].upos;
    if (!best && n <= MORPH_MAX_FORM && upos != NABA_UPOS_X && upos != NABA_UPOS_PROPN) {
        /* an unknown word: the best edit script (names keep their form) */
        uint32_t rules[MORPH_MAX_RULES];
        uint64_t f[MORPH_MAX_FEATS], g[8];
        uint32_t frow[MORPH_MAX_FEATS];
        int nr = morph_rule_candidates(m, form, n, rules, MORPH_MAX_RULES);
        int nf = morph_lemma_features(m, form, n, tag, f);
        /* the word's features are scored under every rule: their rows found once
        ** (the sums are morph_score's, term for term) */
        for (int j = 0; j < nf; j++) frow[j] = morph_row_of(f[j]);
        float top = 0;
        int got = -1;
        for (int i = 0; i < nr; i++) {
            int ng = morph_lemma_rule_features(m, form, n, rules[i], NULL, g);
            float sf = 0;
            for (int j = 0; j < nf; j++) sf += m->wlem.w[(frow[j] + rules[i]) & m->wlem.mask];
            float s = sf + morph_score(&m->wlem, g, ng, MORPH_LEMMA_SHARED);
            if (got < 0 || s > top) { top = s; got = (int)rules[i]; }
        }
        if (got >= 0) {
            int len = morph_rule_apply(m, (uint32_t)got, form, n, out, cap);
            if (len > 2 && appends_waw(m, (uint32_t)got)) out[len -= 2] = '\0';
            if (len > 0) {
                if (upos == NABA_UPOS_VERB) {
                    final_hamza_on_alif(out, (size_t)len);
                    len = (int)hamza_verb_alif(m, form, n, out, (size_t)len, cap);
                    passive_of_form_three(m, out, (size_t)len);
                    len = (int)final_weak_letter(m, form, n, out, (size_t)len, cap);
                }
                if (upos == NABA_UPOS_VERB && ((size_t)len != n || memcmp(out, form, n)))
                    len = (int)derived_verb_alif(form, out, respell_alif(m, form, out, (size_t)len));
                else if (upos == NABA_UPOS_NOUN || upos == NABA_UPOS_ADJ) {
                    restore_hamza_seats(m, form, n, out, (size_t)len);
                    restore_initial_hamza(m, out, (size_t)len);
                }
                return (size_t)len;
            }
        }
    }
    size_t fn = n;
    if (!best) best = form;
    else n = strlen(best);
    if (n + 1 > cap) n = cap - 1;
    memcpy(out, best, n);
    out[n] = '\0';
    if (best != form && (upos == NABA_UPOS_NOUN || upos == NABA_UPOS_ADJ)) restore_hamza_seats(m, form, fn, out, n);
    return n;
}

size_t morph_lemma(const morph_model *m, const char *form, size_t n, uint32_t wi,
                   uint32_t tag, char *out, size_t cap, const char **kept) {
    const char *best = NULL;
    if (kept) *kept = NULL;
    if (wi != UINT32_MAX) {
        /* the treebank's lemma for this tag (else for this UPOS); among several,
        ** the one spelled most like the form (إن, not أن, for إن), then the most
        ** frequent (يمكن أمكن 26, not مكن 2), then one the form spells (لا يقل قل,
        ** not أقل, once each) */
        const morph_wordinfo *in = &m->winfo[wi];
        for (int same_upos = 0; same_upos < 2 && !best; same_upos++) {
            size_t top = 0;
            uint32_t seen = 0;
            for (uint32_t i = 0; i < in->n; i++) {
                const morph_wordan *a = &m->wan[in->first + i];
                if (same_upos ? m->tags[a->tag].upos != m->tags[tag].upos : a->tag != tag) continue;
                const char *l = morph_str(m, a->lemma);
                size_t h = shared_head(l, form, n) + 1;
                int better = h != top           ? h > top
                             : a->count != seen ? a->count > seen
                                                : spelled_in(form, n, l) > spelled_in(form, n, best);
                if (better) {
                    top = h;
                    seen = a->count;
                    best = l;
                }
            }
        }
    }
    /* an unknown word's lemma, seen before in the memo (the stage's model has one) */
    morph_memo_val *memo = NULL;
    int hit = 0;
    if (!best && tag < NABA_SLOT_EXTRA_END && naba_slotcache_fits(&m->memo, MORPH_MEMO_SHAPE, n))
        memo = naba_slotcache_find(&m->memo, MORPH_MEMO_SHAPE, fh(tag, form, n, 0), tag, form, n, &hit);
    if (memo && hit && memo->ln < cap) {
        memcpy(out, memo->lemma, memo->ln);
        out[memo->ln] = '\0';
        return memo->ln;
    }
    size_t ln = lemma_of(m, best, form, n, tag, out, cap);
    if (kept && best && !best[ln] && !memcmp(best, out, ln)) *kept = best;
    if (memo && ln <= MORPH_MEMO_LEN) {
        naba_slotcache_fill(MORPH_MEMO_SHAPE, memo, tag, form, n);
        memo->ln = (uint8_t)ln;
        memcpy(memo->lemma, out, ln);
    }
    return ln;
}

/* ---------------------------------------------------------- unanalysed tokens */

uint32_t morph_unan_stat(const void *ctx, const char *s, size_t n) {
    const morph_model *m = ctx;
    return morph_cmap_get(&m->ustat, morph_unan_hash(s, n));
}

/* A count as a bucket: 0, 1, 2-3, 4-10, more. */
static uint64_t bucket(uint32_t n) { return n == 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : n <= 10 ? 3 : 4; }

int morph_unan_features(morph_ustat_fn stat, const void *ctx, const morph_model *m, const char *s, size_t n,
                        const morph_cand *c, int nc, int best, const char *prev, size_t pn,
                        const char *next, size_t nn, const morph_unan_doc *dn, uint64_t *f) {
    char key[MORPH_MAX_FORM + 8], hk[MORPH_MAX_FORM + 16];
    size_t kn = morph_key(s, n, key);
    int k = 0;
    /* how the treebank saw the token: left whole, analysed, both, never */
    uint32_t v = stat(ctx, key, kn), nu = MORPH_U_NU(v), na = MORPH_U_NA(v);
    if (morph_unan_gate(v)) return 0;
    f[k++] = fi(100, 0);
    f[k++] = fi(101, bucket(nu));
    f[k++] = fi(102, bucket(na));
    f[k++] = fi(103, bucket(nu) * 8 + bucket(na));
    if (nu + na) f[k++] = fi(104, (uint64_t)(4 * nu / (nu + na)));
    f[k++] = fi(105, v >> MORPH_U_LEX_SHIFT);
    f[k++] = fi(106, bucket(MORPH_U_NW(v)));
    int len = n_chars(key, kn);
    f[k++] = fi(107, (uint64_t)(len < 10 ? len : 10));
    /* hosts its splits leave: in the lexicon (L) / the treebank (T), folded;
    ** in hunspell-ar (H) / the treebank (R) as spelled, hamza and all */
    uint32_t any = 0, raw = 0;
    for (int i = 0; i < nc && k < MORPH_UNAN_FEATS - 48; i++) { /* 43 more follow the loop */
        int p = c[i].pre != 0, x = c[i].suf != 0;
        if ((!p && !x) || !c[i].host_len) continue;
        uint32_t h = stat(ctx, hk, morph_key(c[i].host, c[i].host_len, hk));
        int L = (h >> MORPH_U_LEX_SHIFT) != 0, T = (h & MORPH_U_LEMMA) || MORPH_U_NW(h);
        if (L || T) {
            f[k++] = fi(108, (uint64_t)c[i].pre << 20 | (uint64_t)c[i].suf << 4 | (uint64_t)(L | T << 1));
            any |= 1u << (L | T << 1);
        }
        uint32_t r = stat(ctx, c[i].host, c[i].host_len);
        int H = (r & MORPH_U_RAW_LEX) != 0, R = (r & MORPH_U_RAW_TB) != 0;
        if (H || R) raw |= 1u << (p | x << 1 | H << 2 | R << 3);
    }
    for (int b = 0; b < 4; b++) if (any >> b & 1) f[k++] = fi(109, (uint64_t)b);
    for (int b = 0; b < 16; b++) if (raw >> b & 1) f[k++] = fi(110, (uint64_t)b);
    if (!raw) f[k++] = fi(111, 0);
    /* first and last letters */
    size_t h2 = head_bytes(key, kn, 2), h1 = head_bytes(key, kn, 1);
    size_t t2 = tail_bytes(key, kn, 2), t1 = tail_bytes(key, kn, 1);
    f[k++] = fh(112, key, h2, 0);
    f[k++] = fh(113, key, h1, 0);
    f[k++] = fh(114, key + kn - t2, t2, 0);
    f[k++] = fh(115, key + kn - t1, t1, 0);
    /* the neighbours: names and unanalysed words come in runs */
    uint32_t pv = stat(ctx, prev, pn), nv = stat(ctx, next, nn);
    f[k++] = fi(116, bucket(MORPH_U_NU(pv)) * 8 + bucket(MORPH_U_NA(pv)));
    f[k++] = fi(117, bucket(MORPH_U_NU(nv)) * 8 + bucket(MORPH_U_NA(nv)));
    /* the token as spelled: a known spelling, or one without its hamza */
    uint32_t sv = n == kn && !memcmp(s, key, n) ? v : stat(ctx, s, n);
    int rl = (sv & MORPH_U_RAW_LEX) != 0;
    f[k++] = fi(118, (uint64_t)rl);
    f[k++] = fi(119, (sv & MORPH_U_RAW_TB) != 0);
    /* first person: ن- verbs (also after و ف س), -نا */
    if (str_starts(s, n, "\xd9\x86") || str_starts(s, n, "\xd8\xb3\xd9\x86") || str_starts(s, n, "\xd9\x88\xd9\x86") ||
        str_starts(s, n, "\xd9\x81\xd9\x86"))
        f[k++] = fi(120, (uint64_t)rl);
    if (n >= 4 && memcmp(s + n - 4, "\xd9\x86\xd8\xa7", 4) == 0) f[k++] = fi(121, 0);
    /* the word clusters of the host the segmenter keeps, and of the
    ** neighbours: names, places and common words keep different company */
    uint32_t hc = 0;
    if (best < nc && c[best].host_len)
        hc = morph_clus_get(m, hk, morph_key(c[best].host, c[best].host_len, hk));
    f[k++] = fi(122, hc >> 16);
    f[k++] = fi(123, hc & 0xFFFF);
    f[k++] = fi(124, (uint64_t)(hc >> 16) << 8 | bucket(nu) << 4 | bucket(na));
    f[k++] = fi(125, morph_clus_get(m, prev, pn) >> 16);
    f[k++] = fi(126, morph_clus_get(m, next, nn) >> 16);
    /* how often the news has the whole token, and the host the segmenter
    ** keeps: a token the treebank and the lexicon never saw is a name or a
    ** common word when the news has it often, an odd spelling when rarely */
    /* nh: 0 when the segmenter keeps the token whole, else 16 + the host's bucket */
    uint32_t nb = morph_cmap_get(&m->unews, morph_clus_hash(key, kn)), nh = 0;
    if (best < nc && c[best].host_len && (c[best].pre || c[best].suf))
        nh = morph_cmap_get(&m->unews, morph_clus_hash(hk, morph_key(c[best].host, c[best].host_len, hk))) + 16;
    f[k++] = fi(127, nb);
    f[k++] = fi(128, (uint64_t)nb << 4 | (nu + na > 0) | (uint64_t)((v >> MORPH_U_LEX_SHIFT) != 0) << 1 |
                         (uint64_t)rl << 2);
    f[k++] = fi(129, (uint64_t)nh << 4 | nb);
    /* how often the token and its neighbours recur in the document: names
    ** recur, a few times, and so do the words around them */
    uint64_t ds = bucket(dn->self), dp = bucket(dn->prev), dx = bucket(dn->next);
    f[k++] = fi(130, ds);
    f[k++] = fi(131, dp << 4 | dx);
    f[k++] = fi(132, ds << 4 | dp);
    f[k++] = fi(133, ds << 4 | dx);
    return k;
}
