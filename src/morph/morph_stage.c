/*
** morph_stage.c — the morph stage: tokens become syntactic words with UPOS,
** FEATS, PADT tag, lemma and a light stem (the words layer of naba.h).
**
** Per sentence: each Arabic token is split at its clitics (the best-scoring
** segmentation pattern), other tokens become one word; then the words are
** tagged left to right and lemmatized. The words live in the document's
** arena, the tagger's scratch in malloc'd arrays reused from sentence to
** sentence; the model is mmap'd once when the pipeline opens.
**
** A word's strings are copied only when no string of the same bytes lives
** as long: FEATS and the PADT tag point into the model's string pool (as
** parse's relations and link's ids point into theirs), a clitic's form
** mostly too, and a treebank lemma; a lemma equal to the form is the form,
** a stem equal to the lemma the lemma. With the scratch out of the arena,
** and the words layer sized once, a word took 776 arena bytes in the example
** article before, about 125 after (session 23, docs/morph.md "Memory").
*/
#include "morph.h"
#include "arena.h"
#include "memo.h"
#include "stage.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* Elatives of the news that the treebank seldom or never shows as ADJ first
** (hamza- and weak-final ones it never saw bare, or saw as X), curated from
** the commonest أفعل words of ANT v2.1 and SaudiNewsNet: docs/morph.md,
** session 33 (morph36). Not أبعد, أذكى, أقدم, أكمل, أرفع, أشهر: as often a
** perfect verb (أقدم متظاهرون على), a first person or a plural. */
static const char *const news_elatives[MORPH_N_ELATIVES] = {
    "أعلى", "أدنى", "أقوى", "أقصى", "أسوأ", "أغلى", "أحلى", "أرقى", "أقسى", "أطول", "أقصر",
    "أصغر", "أعظم", "أصدق", "أجمل", "أكبر", "أكثر", "أحدث", "أوسع", "أضيق", "أسرع", "أخطر",
    "أعمق", "أرخص", "أغنى", "أفقر", "أغلب", "أطيب", "أنجح", "أحسن", "أمهر", "أثقل",
};

/* Folds the news elatives' keys into the model once (morph_prepare_rules). */
static void fold_news_elatives(morph_model *m) {
    for (size_t e = 0; e < MORPH_N_ELATIVES; e++)
        morph_key(news_elatives[e], strlen(news_elatives[e]), m->elative_keys[e]);
}

/* The moods of first_person_tags, in its order. */
#define FIRST_PERSON_MOODS "ISJ"

/* The tag of UPOS up whose PADT tag is xpos, or UINT32_MAX. */
static uint32_t tag_of_xpos(const morph_model *m, uint8_t up, const char *xpos) {
    for (uint32_t t = 0; t < m->n_tags; t++)
        if (m->tags[t].upos == up && !strcmp(morph_str(m, m->tags[t].xpos), xpos)) return t;
    return UINT32_MAX;
}

/* Finds the treebank's first-person-singular verb tag of each mood
** (VIIA-1MS--, ...) once (morph_prepare_rules), for first_person_tag. */
static void find_first_person_tags(morph_model *m) {
    char want[] = "VIIA-1MS--";
    for (size_t k = 0; k < 3; k++) {
        want[2] = FIRST_PERSON_MOODS[k];
        m->first_person_tags[k] = tag_of_xpos(m, NABA_UPOS_VERB, want);
    }
}

/* Finds the singular genitive noun's tags, construct and indefinite
** (N------S2R, N------S2I), once (morph_prepare_rules), for
** verb_after_preposition_clitic. */
static void find_genitive_noun_tags(morph_model *m) {
    static const char *const want[2] = {"N------S2R", "N------S2I"};
    for (size_t k = 0; k < 2; k++) m->genitive_noun_tags[k] = tag_of_xpos(m, NABA_UPOS_NOUN, want[k]);
}

void morph_prepare_rules(morph_model *m) {
    fold_news_elatives(m);
    find_first_person_tags(m);
    find_genitive_noun_tags(m);
}

static int news_elative(const morph_model *m, const char *key) {
    for (size_t e = 0; e < MORPH_N_ELATIVES; e++)
        if (!strcmp(key, m->elative_keys[e])) return 1;
    return 0;
}

void *morph_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    morph_model *m = morph_model_open(naba_data_path(data_dir, MORPH_MODEL_PATH, path, sizeof path), err);
    if (m && (!naba_slotcache_init(&m->memo, MORPH_MEMO_SHAPE) ||
              !naba_slotcache_init(&m->seg_memo, MORPH_SEG_MEMO_SHAPE) ||
              !naba_slotcache_init(&m->tag_memo, MORPH_TAG_MEMO_SHAPE))) {
        morph_model_close(m);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    return m;
}

void morph_close(void *state) { morph_model_close(state); }

/* A token's letters without vowel marks or tatweel, with where each byte came from. */
typedef struct letters {
    char s[MORPH_MAX_FORM + 8];
    uint32_t at[MORPH_MAX_FORM + 8]; /* token byte offset of s[i]; at[n] = token length */
    size_t n;
} letters;

static int strip_marks(const char *tok, size_t len, letters *l) {
    l->n = 0;
    for (size_t i = 0; i < len;) {
        size_t cl;
        uint32_t c = utf8_next(tok + i, len - i, &cl);
        if (!is_arabic_mark(c) && c != 0x0640) {
            if (l->n + cl > MORPH_MAX_FORM) return 0;
            for (size_t k = 0; k < cl; k++) { l->s[l->n] = tok[i + k]; l->at[l->n++] = (uint32_t)(i + k); }
        }
        i += cl;
    }
    l->s[l->n] = '\0';
    l->at[l->n] = (uint32_t)len;
    return l->n > 0;
}

/* A new word of token tok whose form is the string form, kept as it is (it
** lives as long as the document). */
static naba_word *push_word(naba_doc *doc, uint32_t tok, const char *form, naba_off start, naba_off end) {
    naba_word *w = NABA_PUSH(doc, &doc->words);
    if (!w) return NULL;
    w->start = start;
    w->end = end;
    w->token = tok;
    w->sent = doc->tokens.v[tok].sent;
    w->head = -1;
    w->form = form;
    return w;
}

/* A new word whose form is a copy of form[0..n). */
static naba_word *push_copy(naba_doc *doc, uint32_t tok, const char *form, size_t n,
                            naba_off start, naba_off end) {
    const char *f = naba_arena_strndup(doc->arena, form, n);
    return f ? push_word(doc, tok, f, start, end) : NULL;
}

/* The folded key of token tok's letters into key (empty when it has none). */
static size_t token_key(const naba_doc *doc, uint32_t tok, char *key) {
    const naba_token *t = &doc->tokens.v[tok];
    letters l;
    if (!strip_marks(doc->text + t->start, t->end - t->start, &l)) return 0;
    return morph_key(l.s, l.n, key);
}

/* The document's tokens' folded keys, hashed (0: none), and the same sorted:
** the unanalysed-token classifier counts how often a key recurs in the
** document (names do). Only made when tokens are classified. */
typedef struct doc_keys { uint64_t *h, *sorted; } doc_keys;

static naba_status doc_keys_make(naba_doc *doc, doc_keys *dk) {
    size_t n = doc->tokens.n;
    dk->h = malloc((n + 1) * sizeof *dk->h);
    dk->sorted = malloc((n + 1) * sizeof *dk->sorted);
    if (!dk->h || !dk->sorted) return NABA_ERR_NOMEM;
    char key[MORPH_MAX_FORM + 8];
    for (size_t i = 0; i < n; i++) {
        size_t kn = token_key(doc, (uint32_t)i, key);
        dk->h[i] = kn ? naba_fnv1a64(key, kn, NABA_FNV_INIT) | 1 : 0;
    }
    memcpy(dk->sorted, dk->h, n * sizeof *dk->h);
    qsort(dk->sorted, n, sizeof *dk->sorted, morph_cmp_u64);
    return NABA_OK;
}

/* Occurrences in the document of the key of token tok. */
static uint32_t doc_count(const naba_doc *doc, const doc_keys *dk, uint32_t tok) {
    uint64_t h = dk->h[tok];
    if (!h) return 0;
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (dk->sorted[mid] < h) lo = mid + 1; else hi = mid; }
    uint32_t c = 0;
    while (lo + c < doc->tokens.n && dk->sorted[lo + c] == h) c++;
    return c;
}

/* Whether the training treebank's convention would leave token tok of the
** sentence's tokens [t0, t1) whole and unanalysed (morph.h). */
static int unanalysed(const naba_doc *doc, const morph_model *m, const doc_keys *dk, uint32_t tok, uint32_t t0,
                      uint32_t t1, const letters *l, const morph_cand *c, int nc, int best) {
    char pk[MORPH_MAX_FORM + 8], nk[MORPH_MAX_FORM + 8];
    if (morph_unan_gate(morph_unan_stat(m, pk, morph_key(l->s, l->n, pk)))) return 0;
    size_t pn = tok > t0 ? token_key(doc, tok - 1, pk) : 0;
    size_t nn = tok + 1 < t1 ? token_key(doc, tok + 1, nk) : 0;
    morph_unan_doc dn = {doc_count(doc, dk, tok), tok > t0 ? doc_count(doc, dk, tok - 1) : 0,
                         tok + 1 < t1 ? doc_count(doc, dk, tok + 1) : 0};
    uint64_t f[MORPH_UNAN_FEATS];
    int nf = morph_unan_features(morph_unan_stat, m, m, l->s, l->n, c, nc, best, pk, pn, nk, nn, &dn, f);
    return morph_score(&m->wuna, f, nf, 0) > 0;
}

/* The one word of the token before tok, or NULL (the sentence's first token, or several words). */
static const char *lone_word_before(const naba_doc *doc, uint32_t tok, uint32_t t0) {
    const naba_token *p = tok > t0 ? &doc->tokens.v[tok - 1] : NULL;
    return p && p->word_count == 1 ? doc->words.v[p->word_first].form : NULL;
}

/* The first character of token tok, or 0 at or past the sentence's end t1. */
static uint32_t first_char(const naba_doc *doc, uint32_t tok, uint32_t t1) {
    if (tok >= t1) return 0;
    const naba_token *t = &doc->tokens.v[tok];
    size_t cl;
    return t->end > t->start ? utf8_next(doc->text + t->start, t->end - t->start, &cl) : 0;
}

/* Whether token tok (before t1) begins with a feast's name, which عيد
** "feast" governs: الفطر, الأضحى, ميلاد or الميلاد "birthday, Christmas". */
static int feast_name(const naba_doc *doc, uint32_t tok, uint32_t t1) {
    static const char *const feasts[] = {"الفطر", "الأضحى", "الاضحى", "ميلاد", "الميلاد"};
    if (tok >= t1) return 0;
    const naba_token *t = &doc->tokens.v[tok];
    for (size_t i = 0; i < sizeof feasts / sizeof *feasts; i++) {
        size_t n = strlen(feasts[i]);
        if (t->end - t->start >= n && !memcmp(doc->text + t->start, feasts[i], n)) return 1;
    }
    return 0;
}

/* ب + عيد before a feast's name (تهنئتهم بعيد الفطر, احتفل بعيد ميلاده):
** the segmenter, which reads the token alone, keeps بعيد "far" or بُعيد
** "shortly after" whole. When token next (before t1) names a feast, the
** candidate of chosen's prefixes and ب with the host عيد, into out; returns
** whether there is one. */
static int feast_after_bi(const morph_model *m, const letters *l, const morph_cand *chosen, const naba_doc *doc,
                          uint32_t next, uint32_t t1, morph_cand *out) {
    static const char bi_eid[] = "بعيد", *const eid = bi_eid + 2;
    const size_t en = sizeof bi_eid - 3;
    if (chosen->suf || l->n < en + 2 || memcmp(l->s + l->n - en - 2, bi_eid, en + 2) ||
        (chosen->host_len == en && !memcmp(chosen->host, eid, en)) || !feast_name(doc, next, t1))
        return 0;
    morph_cand c[MORPH_MAX_CANDS];
    int nc = morph_seg_candidates(m, l->s, l->n, c, MORPH_MAX_CANDS);
    for (int i = 0; i < nc; i++)
        if (!c[i].suf && c[i].host_len == en && !memcmp(c[i].host, eid, en)) {
            *out = c[i];
            return 1;
        }
    return 0;
}

/* Split token tok (of the sentence's tokens [t0, t1)) into words, returning
** their roles in role[] (max 8); with the document's keys dk (else NULL),
** flag it when the treebank's convention would leave it unanalysed. */
static naba_status split_token(naba_doc *doc, const morph_model *m, uint32_t tok, uint32_t t0, uint32_t t1,
                               const doc_keys *dk, uint8_t *roles) {
    const naba_token *t = &doc->tokens.v[tok];
    const char *s = doc->text + t->start;
    size_t len = t->end - t->start;
    letters l;
    doc->tokens.v[tok].unanalysed = 0;
    int arabic = strip_marks(s, len, &l) && morph_shape(l.s, l.n) == MORPH_SHAPE_ARABIC;
    if (!arabic) {
        roles[0] = MORPH_ROLE_WHOLE;
        return push_copy(doc, tok, s, len, t->start, t->end) ? NABA_OK : NABA_ERR_NOMEM;
    }
    /* the classifier of unanalysed tokens reads all the candidates, else
    ** the best is enough (and may come from the model's memo) */
    morph_cand cands[MORPH_MAX_CANDS];
    int nc, best = 0;
    if (dk) {
        nc = morph_seg_candidates(m, l.s, l.n, cands, MORPH_MAX_CANDS);
        best = morph_seg_best(m, l.s, l.n, cands, nc);
        doc->tokens.v[tok].unanalysed = (uint8_t)unanalysed(doc, m, dk, tok, t0, t1, &l, cands, nc, best);
    } else nc = morph_seg_pick(m, l.s, l.n, cands);
    if (nc == 0) {
        roles[0] = MORPH_ROLE_WHOLE;
        return push_copy(doc, tok, s, len, t->start, t->end) ? NABA_OK : NABA_ERR_NOMEM;
    }
    const morph_cand *c = &cands[best];
    morph_cand whole;
    if (morph_seg_after_preposition(m, l.s, l.n, c, lone_word_before(doc, tok, t0), &whole) ||
        (c->suf && morph_seg_dual_construct(m, l.s, l.n, c, first_char(doc, tok + 1, t1),
                                            first_char(doc, tok + 2, t1), &whole)) ||
        feast_after_bi(m, &l, c, doc, tok + 1, t1, &whole))
        c = &whole;
    const morph_affix *pa = &m->pre[c->pre], *sa = &m->suf[c->suf];
    const char *pre = morph_str(m, pa->cl), *encl = morph_str(m, sa->cl);
    int k = 0;
    int split = pa->n_cl || *encl;
    /* proclitics: one letter each; the last ends the model's string, so it is kept as it is */
    size_t at = 0;
    for (uint32_t i = 0; i < pa->n_cl; i++) {
        size_t cl = 1;
        while (pre[at + cl] && ((unsigned char)pre[at + cl] & 0xC0) == 0x80) cl++;
        naba_off from = t->start + l.at[at], to = t->start + l.at[at + cl];
        if (!(pre[at + cl] ? push_copy(doc, tok, pre + at, cl, from, to) : push_word(doc, tok, pre + at, from, to)))
            return NABA_ERR_NOMEM;
        roles[k++] = MORPH_ROLE_PRE;
        at += cl;
    }
    if (c->host_len) {
        /* an unsplit token keeps its surface (vowel marks and all) as its form */
        naba_word *w = split ? push_copy(doc, tok, c->host, c->host_len, t->start + l.at[c->host_start],
                                         t->start + l.at[c->host_end])
                             : push_copy(doc, tok, s, len, t->start, t->end);
        if (!w) return NABA_ERR_NOMEM;
        roles[k++] = split ? MORPH_ROLE_HOST : MORPH_ROLE_WHOLE;
    }
    if (*encl) {
        if (!push_word(doc, tok, encl, t->start + l.at[c->host_end], t->end))
            return NABA_ERR_NOMEM;
        roles[k++] = MORPH_ROLE_ENCL;
    }
    return NABA_OK;
}

/* Latin-script words: names (capitalized) are PROPN, other debris X. */
static int latin_upos(const char *s) {
    return (*s >= 'A' && *s <= 'Z') ? NABA_UPOS_PROPN : NABA_UPOS_X;
}

/* The tagger's scratch for one sentence, reused by the next and freed when
** the document's words are made (each array grown by morph_grow). In the
** arena it lived as long as the document, 450 bytes a word. */
typedef struct scratch {
    morph_wctx *ws; size_t ws_cap;
    uint32_t *tags; size_t tags_cap;   /* the tag chosen for each word */
    uint32_t *cands; size_t cands_cap; /* every word's tag candidates, one after another: */
    uint32_t *at; size_t at_cap;       /* word i's are cands[at[i] .. at[i + 1]) */
    char *keys; size_t keys_cap;       /* the words' folded keys, each NUL-terminated */
    uint8_t *roles; size_t roles_cap;  /* each word's role in its token (MORPH_ROLE_*) */
} scratch;

static void scratch_free(scratch *sc) {
    free(sc->ws);
    free(sc->tags);
    free(sc->cands);
    free(sc->at);
    free(sc->keys);
    free(sc->roles);
}

/* The lemma and stem of word w, whose lemma is buf[0..ln) (the model's string
** kept, when it is one): each shares an equal string the word or the model
** already has (the form, the model's, the lemma) or is copied. */
static int set_lemma(naba_doc *doc, naba_word *w, size_t form_len, const char *buf, size_t ln, const char *kept) {
    if (ln == form_len && memcmp(buf, w->form, ln) == 0) w->lemma = w->form;
    else w->lemma = kept ? kept : naba_arena_strndup(doc->arena, buf, ln);
    char stem[MORPH_MAX_FORM * 2 + 16];
    size_t sn = naba_fold(buf, ln, NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA, stem, ln + 1);
    w->stem = sn == ln && memcmp(stem, buf, ln) == 0 ? w->lemma : naba_arena_strndup(doc->arena, stem, sn);
    return w->lemma && w->stem;
}

/* بعد "yet": after a negation لم or لمّا (up to six words back), before the
** sentence's end, punctuation or a preposition (لم يصل الوفد بعد إلى, لم
** يتقرر بعد .) it has no genitive and is the adverb; the treebank has no
** such case, so the tagger reads the preposition "after". Returns the
** adverb's tag for word i of the sentence's words ws[0..n), else UINT32_MAX. */
static uint32_t yet_after_negation(const morph_model *m, const naba_doc *doc, uint32_t first,
                                   const morph_wctx *ws, uint32_t n, uint32_t i) {
    if (ws[i].role != MORPH_ROLE_WHOLE || strcmp(ws[i].key, "بعد")) return UINT32_MAX;
    int negated = 0;
    for (uint32_t j = i > 6 ? i - 6 : 0; j < i && !negated; j++)
        negated = ws[j].role == MORPH_ROLE_WHOLE && (!strcmp(ws[j].key, "لم") || !strcmp(ws[j].key, "لما"));
    if (!negated || (i + 1 < n && ws[i + 1].shape != MORPH_SHAPE_PUNCT &&
                     !morph_preposition(m, doc->words.v[first + i + 1].form)))
        return UINT32_MAX;
    for (uint32_t t = 0; t < m->n_tags; t++)
        if (m->tags[t].upos == NABA_UPOS_ADV && !strcmp(morph_str(m, m->tags[t].feats), "_")) return t;
    return UINT32_MAX;
}

/* Whether word i of ws[0..n) is a whole 4-letter word in أ with a word after it. */
static int elative_shape(const morph_wctx *ws, uint32_t n, uint32_t i) {
    return ws[i].role == MORPH_ROLE_WHOLE && ws[i].len == 8 && !strncmp(ws[i].form, "أ", 2) && i + 1 < n;
}

/* Whether the word after word i can be an elative's genitive: a whole Arabic
** word of 3 letters or more, without ال unless the elative is listed, and
** then no preposition (أحسن إلى); أعلى before ال is as often the noun "top"
** (في أعلى الجبل, على أعلى السيارة) as "the highest" (أعلى المعايير). */
static int governs_next(const morph_model *m, const naba_doc *doc, uint32_t first, const morph_wctx *ws,
                        uint32_t i, int listed) {
    const morph_wctx *next = &ws[i + 1];
    if (next->role != MORPH_ROLE_WHOLE || next->shape != MORPH_SHAPE_ARABIC || next->key_len < 6) return 0;
    int definite = !strncmp(next->key, "ال", 4);
    if (!listed || (definite && !strcmp(ws[i].form, "أعلى"))) return !definite;
    return !morph_preposition(m, doc->words.v[first + i + 1].form);
}

/* An elative أفعل (أدنى مستوى, أسرع طريق, أغلب دول) read as a noun or a
** perfect verb before an indefinite word it governs as a genitive: the ADJ
** reading, when the treebank's commonest reading of the word is ADJ (a
** guessed ADJ, or a rarer one, also took أشهر "months", names and verbs;
** the tagger's score margin did not tell them apart: docs/morph.md, session
** 32 morph34). A word of news_elatives takes any ADJ reading (guessed ones
** too) before any word it can govern, definite or not, but a preposition
** (أسوأ أداء, أعلى مستوى, أصدق التهاني; not أحسن إلى). Word i of ws[0..n)
** with candidates cands[0..nc), features f[0..nf) and the chosen tag best;
** returns the tag kept. */
static uint32_t elative_before_genitive(const morph_model *m, const naba_doc *doc, uint32_t first,
                                        const morph_wctx *ws, uint32_t n, uint32_t i, const uint32_t *cands,
                                        int nc, const uint64_t *f, int nf, uint32_t best) {
    uint8_t up = m->tags[best].upos;
    if (up == NABA_UPOS_ADJ || !elative_shape(ws, n, i)) return best;
    int listed = news_elative(m, ws[i].key);
    if ((!listed && up != NABA_UPOS_NOUN && up != NABA_UPOS_VERB) || !governs_next(m, doc, first, ws, i, listed))
        return best;
    uint32_t adj[MORPH_MAX_TAGS + 1];
    int na = 0;
    for (int c = 0; c < nc && na <= MORPH_MAX_TAGS; c++)
        if (m->tags[MORPH_CAND_TAG(cands[c])].upos == NABA_UPOS_ADJ && (listed || MORPH_CAND_PRIOR(cands[c]) == 1))
            adj[na++] = cands[c];
    return na ? MORPH_CAND_TAG(adj[morph_best(m, f, nf, adj, na)]) : best;
}

/* Whether word i + 1 is the genitive of a news_elatives word i tagged ADJ
** (أسوأ فترات, أصغر كمبيوتر, أحلى إحساس): the greedy tagger, reading the ADJ
** before it, makes it an adjective too, where the treebank has a noun. */
static int elative_genitive(const morph_model *m, const naba_doc *doc, uint32_t first, const morph_wctx *ws,
                            uint32_t n, uint32_t i, uint32_t tag) {
    return m->tags[tag].upos == NABA_UPOS_ADJ && elative_shape(ws, n, i) && news_elative(m, ws[i].key) &&
           governs_next(m, doc, first, ws, i, 1);
}

/* The best NOUN reading of a word an elative governs (elative_genitive),
** when the tagger chose an ADJ one; arguments as elative_before_genitive's. */
static uint32_t genitive_noun(const morph_model *m, const uint32_t *cands, int nc, const uint64_t *f, int nf,
                              uint32_t best) {
    if (m->tags[best].upos != NABA_UPOS_ADJ) return best;
    uint32_t noun[MORPH_MAX_TAGS + 1];
    int nn = 0;
    for (int c = 0; c < nc && nn <= MORPH_MAX_TAGS; c++)
        if (m->tags[MORPH_CAND_TAG(cands[c])].upos == NABA_UPOS_NOUN) noun[nn++] = cands[c];
    return nn ? MORPH_CAND_TAG(noun[morph_best(m, f, nf, noun, nn)]) : best;
}

/* A plural in ات (بوابات, سمات, تكهنات) read as a perfect verb of the third
** person feminine singular: no verb is spelled so (دعا makes دعت, مات
** ماتت; the treebank has none, only the hollow بات, فات of the masculine),
** so the word takes its best NOUN or ADJ reading. A word of 4 letters or
** more (رات is رأت) whose form ends in a bare alif and ت (نشأت, قرأت are
** verbs), but no و, ف, ل or أ before a word the treebank or hunspell-ar
** know (لمات, ومات, أمات: a proclitic and the verb مات). Arguments as
** elative_before_genitive's. */
static uint32_t plural_read_as_verb(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                    int nc, const uint64_t *f, int nf, uint32_t best) {
    const morph_wctx *w = &ws[i];
    if (m->tags[best].upos != NABA_UPOS_VERB || w->key_len < 8 || w->len < 4 || strcmp(w->form + w->len - 4, "ات") ||
        strncmp(morph_str(m, m->tags[best].xpos), "VP", 2) || !strstr(morph_str(m, m->tags[best].xpos), "3FS"))
        return best;
    if (w->key_len == 8 && morph_has_letter(w->key, 2, "وفلا") && morph_dictionary_word(m, w->key + 2))
        return best;
    uint32_t other[MORPH_MAX_TAGS + 1];
    int no = 0;
    for (int c = 0; c < nc && no <= MORPH_MAX_TAGS; c++) {
        uint8_t up = m->tags[MORPH_CAND_TAG(cands[c])].upos;
        if (up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ) other[no++] = cands[c];
    }
    return no ? MORPH_CAND_TAG(other[morph_best(m, f, nf, other, no)]) : best;
}

/* The lemma of a first-person imperfect (أعتقد, أتمنى, أريد) or of a form IV
** perfect read as one (أقيم, أعقب): the treebank leaves first-person forms
** unanalysed, so its lemma rules never learned the prefix أ and keep it
** (أعتقد) or cut the word's own letters (أعيد عيد). The word's third-person
** imperfect (يعتقد, يعيد) has the same lemma and is known or learned. For
** a verb whose form bare[0..bn) begins with أ, whose lemma out (from
** morph_lemma) the treebank does not give, of an imperfect's tag or of a
** perfect's when it is 5 letters or more and out is the form itself
** (أعتقد, أحتاج: no perfect is spelled أفتعل); not for a form of 4 letters
** without a weak letter (أفسد, أجبر, أحسن: as often a form IV perfect, its
** own lemma, as أكتب; أريد, أعيد, أدعو are no perfects), nor a perfect's
** plural (أحدثوا), nor when the lemma found keeps the ي (يطلق: no rule
** took it) or is no word the treebank or hunspell-ar know (أرتور رتار: a
** name read as a verb). Writes the lemma into out (cap bytes) and returns
** its length, else 0. */
static size_t first_person_lemma(const morph_model *m, const char *bare, size_t bn, uint32_t tag, char *out,
                                 size_t cap, const char **kept) {
    const char *xpos = morph_str(m, m->tags[tag].xpos);
    int perfect_as_form = !strncmp(xpos, "VP", 2) && bn >= 10 && !strcmp(out, bare);
    if (m->tags[tag].upos != NABA_UPOS_VERB || (strncmp(xpos, "VI", 2) && !perfect_as_form) || bn < 8 ||
        bn > MORPH_MAX_FORM || strncmp(bare, "أ", 2))
        return 0;
    if ((bn == 8 && !morph_has_letter(bare + 2, 6, "اويى")) || !strcmp(bare + bn - 4, "وا")) return 0;
    char third[MORPH_MAX_FORM + 8], key[MORPH_MAX_FORM + 8], lemma[MORPH_MAX_FORM * 2 + 16];
    memcpy(third, "ي", 2);
    memcpy(third + 2, bare + 2, bn - 2);
    size_t kn = morph_key(third, bn, key);
    uint32_t wi = morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn));
    const char *got = NULL;
    size_t ln = morph_lemma(m, third, bn, wi, tag, lemma, sizeof lemma, &got);
    if (!ln || ln >= cap || !strncmp(lemma, "ي", 2) || !morph_dictionary_word(m, lemma)) return 0;
    memcpy(out, lemma, ln + 1);
    *kept = got;
    return ln;
}

/* The lemma of an imperfect of another person or number (نقول, تعيش,
** يقولون, نجد, يعودون, تستطيع) the treebank never saw, taken from the
** treebank's analyses of its third person masculine singular (يقول قال,
** يعيش عاش, يجد وجد): the lemma rules cut the form's letters and left a
** hollow verb's و or ي (قول, عيش, عود), an assimilated one's lost و (جد)
** or the prefix's ت (تستطيع ستطاع). The form bare[0..bn) begins with ت or
** ن, or with ي and ends in a plural's or dual's ون, ين, ان or وا; those
** endings are dropped and the prefix made ي. A jussive of the third person
** (يعد عاد, يكن كان: a hollow verb's, its weak letter gone) lends its lemma
** only to a jussive without an ending: يعدون is أعد's or وعد's, not عاد's.
** Only the treebank's own lemma, the most frequent one: a rule-made lemma
** of the third person is no better than the word's; and not one without a
** hamza for a form with ؤ or ئ, which the key folds (يبدؤون is no يبدو).
** Writes it into out (cap bytes), *kept the model's string, and returns
** its length, else 0. */
static size_t imperfect_lemma_of_third(const morph_model *m, const char *bare, size_t bn, uint32_t tag, char *out,
                                       size_t cap, const char **kept) {
    static const char *const ends[] = {"ون", "ين", "ان", "وا"};
    const char *mood = morph_str(m, m->tags[tag].xpos);
    if (m->tags[tag].upos != NABA_UPOS_VERB || strncmp(mood, "VI", 2) || bn < 6 || bn > MORPH_MAX_FORM ||
        !morph_has_letter(bare, 2, "تني"))
        return 0;
    size_t sn = bn;
    for (size_t e = 0; e < sizeof ends / sizeof *ends && sn == bn; e++)
        if (bn >= 10 && !strcmp(bare + bn - 4, ends[e])) sn = bn - 4;
    if (sn == bn && !strncmp(bare, "ي", 2)) return 0;
    char third[MORPH_MAX_FORM + 8], key[MORPH_MAX_FORM + 8];
    memcpy(third, "ي", 2);
    memcpy(third + 2, bare + 2, sn - 2);
    size_t kn = morph_key(third, sn, key);
    uint32_t wi = morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn));
    if (wi == UINT32_MAX) return 0;
    const char *best = NULL;
    uint32_t seen = 0;
    for (uint32_t r = 0; r < m->winfo[wi].n; r++) {
        const morph_wordan *a = &m->wan[m->winfo[wi].first + r];
        const char *xpos = morph_str(m, m->tags[a->tag].xpos);
        int jussive = !strncmp(xpos, "VIJ", 3);
        if (m->tags[a->tag].upos != NABA_UPOS_VERB || (jussive && (sn != bn || mood[2] != 'J')) || a->count <= seen)
            continue;
        best = morph_str(m, a->lemma);
        seen = a->count;
    }
    size_t ln = best ? strlen(best) : 0;
    if (!ln || ln >= cap || (morph_has_letter(bare, bn, "ؤئ") && !morph_has_letter(best, ln, "ءأؤئإآ")))
        return 0;
    memcpy(out, best, ln + 1);
    *kept = best;
    return ln;
}

/* A word read as a singular noun or adjective whose lemma is its form
** without a final و (يورو يور, ناتو نات): the lemma rules took the و for
** the construct plural's (مسؤولو مسؤول, لاعبو لاعب), which no singular
** has; a participle in م keeps the rule (معتمرو, a plural tagged singular).
** bare[0..bn) is the form without vowel marks, out[0..ln) the lemma. */
static int singular_keeps_waw(const morph_model *m, uint32_t tag, const char *bare, size_t bn, const char *out,
                              size_t ln) {
    const char *xpos = morph_str(m, m->tags[tag].xpos);
    uint8_t up = m->tags[tag].upos;
    return (up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ) && strlen(xpos) > 7 && xpos[7] == 'S' && ln + 2 == bn &&
           !strcmp(bare + ln, "و") && !memcmp(bare, out, ln) && strncmp(bare, "م", 2);
}

/* Whether a word's form bare[0..bn) ends as a verb with an unsplit object
** pronoun or a plural (يمكنك, يسألني, يعزهم, يخبرونا) may. */
static int object_pronoun_end(const char *bare, size_t bn) {
    static const char *const ends[] = {"ك", "ني", "ه", "ها", "هم", "هما", "كم", "نا", "ون", "وا", "ن"};
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        size_t en = strlen(ends[e]);
        if (bn > en && !strcmp(bare + bn - en, ends[e])) return 1;
    }
    return 0;
}

/* Whether a name or a noun can have word class upos. */
static int name_like_upos(uint8_t upos) {
    return upos == NABA_UPOS_NOUN || upos == NABA_UPOS_PROPN || upos == NABA_UPOS_X;
}

/* A foreign word read as an imperfect verb (يوتيوب وتيوب,
** يونايتد ونايتد): the suffix guesser offers ي's imperfect for any word in
** ي. When the verb's lemma is no word the treebank or hunspell-ar know,
** the word takes its best reading as a noun or a name; not a form that
** may end in an object pronoun the segmenter left on (يمكنك مكنك).
** Arguments as elative_before_genitive's. */
static uint32_t loanword_read_as_verb(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                      int nc, const uint64_t *f, int nf, uint32_t best) {
    if (m->tags[best].upos != NABA_UPOS_VERB || strncmp(morph_str(m, m->tags[best].xpos), "VI", 2)) return best;
    char bare[MORPH_MAX_FORM * 2 + 16];
    size_t bn = naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    if (strncmp(bare, "ي", 2) || bn > MORPH_MAX_FORM || object_pronoun_end(bare, bn)) return best;
    char lemma[MORPH_MAX_FORM * 2 + 16];
    const char *kept = NULL;
    size_t ln = morph_lemma(m, bare, bn, ws[i].wi, best, lemma, sizeof lemma, &kept);
    if (!ln || morph_dictionary_word(m, lemma)) return best;
    uint32_t other[MORPH_MAX_TAGS + 1];
    int no = 0;
    for (int c = 0; c < nc && no <= MORPH_MAX_TAGS; c++)
        if (name_like_upos(m->tags[MORPH_CAND_TAG(cands[c])].upos)) other[no++] = cands[c];
    return no ? MORPH_CAND_TAG(other[morph_best(m, f, nf, other, no)]) : best;
}

/* Whether letter i (0-based) of w[0..wn), a form of Arabic letters, is l. */
static int letter_at(const char *w, size_t wn, size_t i, const char *l) {
    return 2 * i + 1 < wn && !memcmp(w + 2 * i, l, 2);
}

/* Whether s[0..n) is a lemma of the treebank (its folded key), or, when
** lexicon, as spelled a hunspell-ar entry. */
static int known_lemma(const morph_model *m, const char *s, size_t n, int lexicon) {
    char key[MORPH_MAX_FORM * 2 + 16];
    if (n > MORPH_MAX_FORM) return 0;
    size_t kn = morph_key(s, n, key);
    return (morph_unan_stat(m, key, kn) & MORPH_U_LEMMA) || (lexicon && morph_unan_stat(m, s, n) & MORPH_U_RAW_LEX);
}

/* The singulars a broken plural's letters w[0..2*n) may have, as letter
** patterns over its letters 1-6 (a digit is that letter of the plural,
** anything else itself), tried in order: فعالل (ملاعب ملعب, نيازك نيزك,
** مدارس مدرسة), فواعل (شوارع شارع; else فوعل, فوعلة: كواكب كوكب,
** صوامع صومعة), فعائل (جرائم جريمة, رسائل رسالة),
** مفاعيل (مواليد مولود, تقارير تقرير, مقاييس مقياس) and فِعَل of a
** doubled root (سكك سكة, خطط خطة); not مفعال from أفاعيل (ألاعيب is
** no plural of ألعاب). Not five letters in ت (تعادل, تفادي:
** form VI's verbal nouns), nor a final ي or ى (مباني, أغاني, الثلاثي:
** defective plurals' singulars differ, nisbas are singular), nor
** six with a final ة (كراهية). A form in م of five letters (مراسل, ملازم:
** form III's participles) only when plural. */
static int singular_patterns(const char *w, size_t n, int plural, const char **pats) {
    int k = 0;
    size_t wn = 2 * n;
    if (n < 3 || letter_at(w, wn, n - 1, "ي") || letter_at(w, wn, n - 1, "ى") || letter_at(w, wn, n - 1, "ا"))
        return 0;
    if (n == 5 && letter_at(w, wn, 2, "ا") && !letter_at(w, wn, 4, "ة") && !letter_at(w, wn, 0, "ت") &&
        (plural || !letter_at(w, wn, 0, "م"))) {
        if (letter_at(w, wn, 3, "ئ")) {
            pats[k++] = "12ي5ة";
            pats[k++] = "12ا5ة";
        } else if (letter_at(w, wn, 1, "و")) {
            pats[k++] = "1ا45";
            pats[k++] = "1ا45ة";
            if (!letter_at(w, wn, 0, "أ")) {
                pats[k++] = "1245";
                pats[k++] = "1245ة";
            }
        } else {
            pats[k++] = "1245";
            pats[k++] = "1245ة";
        }
    } else if (n == 6 && letter_at(w, wn, 2, "ا") && letter_at(w, wn, 4, "ي") && !letter_at(w, wn, 5, "ة")) {
        if (!letter_at(w, wn, 0, "ت")) pats[k++] = "124و6";
        pats[k++] = "124ي6";
        if (!letter_at(w, wn, 0, "أ")) pats[k++] = "124ا6";
    } else if (n == 3 && !memcmp(w + 2, w + 4, 2)) {
        pats[k++] = "12ة";
    }
    return k;
}

/* Whether hunspell-ar lists s[0..n) among verbs and nowhere else (صومع, قنبل):
** no singular of a noun. */
static int verb_only_entry(const morph_model *m, const char *s, size_t n) {
    char key[MORPH_MAX_FORM * 2 + 16];
    size_t kn = morph_key(s, n, key);
    return (morph_unan_stat(m, key, kn) >> MORPH_U_LEX_SHIFT & 0xFu) == MORPH_LEX_VERB;
}

/* A noun or adjective whose lemma is its form as it stands (without ال),
** a broken plural the treebank never lemmatised (ملاعب, النيازك, مواليد,
** سكك): the lemma rules learned suffixes, not patterns, and kept the
** plural. When the form is a word hunspell-ar knows as spelled (not a
** name: تطاوين, سكايب, البهاما) but no treebank lemma, the first of its
** singular patterns (singular_patterns) that is a treebank lemma, else the
** first that is a hunspell-ar entry, is the lemma (قنابل قنبلة, not the
** verb قنبل). bare[0..bn) is the form without vowel marks, out[0..ln) the
** lemma (of room cap); returns the new lemma's length. */
static size_t broken_plural_singular(const morph_model *m, uint32_t tag, const char *bare, size_t bn, char *out,
                                     size_t ln, size_t cap) {
    uint8_t up = m->tags[tag].upos;
    if (up != NABA_UPOS_NOUN && up != NABA_UPOS_ADJ) return ln;
    const char *w = bn > 4 && !strncmp(bare, "ال", 4) ? bare + 4 : bare;
    size_t wn = bn - (size_t)(w - bare), n = wn / 2;
    if (ln != wn || memcmp(out, w, wn) || n > 6 || known_lemma(m, w, wn, 0) ||
        !(morph_unan_stat(m, w, wn) & MORPH_U_RAW_LEX))
        return ln;
    for (size_t i = 0; i < wn; i += 2) /* Arabic letters only, two bytes each */
        if (((unsigned char)w[i] & 0xfe) != 0xd8 || i + 1 >= wn) return ln;
    const char *xpos = morph_str(m, m->tags[tag].xpos);
    const char *pats[4];
    int np = singular_patterns(w, n, strlen(xpos) > 7 && xpos[7] == 'P', pats);
    char cand[32];
    for (int lexicon = 0; lexicon < 2; lexicon++)
        for (int p = 0; p < np; p++) {
            size_t cn = 0;
            for (const char *c = pats[p]; *c; cn += 2)
                if (*c >= '1' && *c <= '6') memcpy(cand + cn, w + 2 * (*c++ - '1'), 2);
                else { memcpy(cand + cn, c, 2); c += 2; }
            if (cn < cap && known_lemma(m, cand, cn, lexicon) && (!lexicon || !verb_only_entry(m, cand, cn))) {
                memcpy(out, cand, cn);
                out[cn] = '\0';
                return cn;
            }
        }
    return ln;
}

/* Places whose names are spelled as a dual with ال (البحرين Bahrain,
** القصرين Kasserine, العلمين El Alamein): the rules take them for the
** duals of بحر "sea", قصر "palace", علم. hunspell-ar's names list holds
** common words too (النتائج, الشخصية; session 37), so these are listed. */
static const char *const dual_shaped_places[] = {"البحرين", "القصرين", "العلمين"};

/* The lemma of a dual_shaped_places word read as a noun or a name: the
** form without ال (بحرين, as the treebank's البصرة بصرة), in out; else
** ln, out as it is. bare[0..bn) is the form without vowel marks. */
static size_t dual_shaped_place(const morph_model *m, uint32_t tag, const char *bare, size_t bn, char *out, size_t ln,
                                size_t cap) {
    if (!name_like_upos(m->tags[tag].upos) || bn <= 4 || bn - 4 >= cap) return ln;
    for (size_t k = 0; k < sizeof dual_shaped_places / sizeof *dual_shaped_places; k++)
        if (strlen(dual_shaped_places[k]) == bn && !memcmp(bare, dual_shaped_places[k], bn)) {
            memcpy(out, bare + 4, bn - 4);
            out[bn - 4] = '\0';
            return bn - 4;
        }
    return ln;
}

/* Whether a word is spelled as the verbal noun of a derived form: ال
** (الانعكاس) and a final alif of the accusative (انطباعا) aside, six letters
** in ا or إ with a bare ا fifth (انفعال, افتعال: انطباع, ازدواج, اصطدام —
** the perfect انفعل has no alif before its last letter, its dual انفعلا and
** plural انتهوا none fifth, امتلأت a hamza), but not است without ال
** (استفاد, استعاد: hollow form X perfects); seven in است with ا sixth
** (استفعال); or five in إ with ا fourth (إعلان, إنتاج) or إ, a letter, ا, a
** letter and ة or the ت a suffix leaves (إطالة, إطالتها: form IV of a
** hollow root). bare[0..bn) is the form without vowel marks. */
static int derived_masdar_shape(const char *bare, size_t bn) {
    int article = bn >= 12 && !strncmp(bare, "الا", 6);
    const char *w = article ? bare + 4 : bare;
    size_t n = (article ? bn - 4 : bn) / 2, wn = 2 * n;
    if (n >= 6 && letter_at(w, wn, n - 1, "ا") && !letter_at(w, wn, n - 2, "ا")) wn = 2 * --n;
    int hamza = letter_at(w, wn, 0, "إ");
    if ((!hamza && !letter_at(w, wn, 0, "ا")) || letter_at(w, wn, n - 1, "ا")) return 0;
    int ist = letter_at(w, wn, 1, "س") && letter_at(w, wn, 2, "ت");
    if (n == 6 && letter_at(w, wn, 4, "ا") && (article || !ist)) return 1;
    if (n == 7 && ist && letter_at(w, wn, 5, "ا")) return 1;
    if (article || !hamza || n != 5) return 0;
    return letter_at(w, wn, 3, "ا") ||
           (letter_at(w, wn, 2, "ا") && (letter_at(w, wn, 4, "ة") || letter_at(w, wn, 4, "ت")));
}

/* A derived form's verbal noun read as a verb (انطباع, ازدواج, اصطدام,
** الانعكاس, إطالتها): no verb has its shape (derived_masdar_shape), so the
** word takes its best singular NOUN reading, else its best NOUN one.
** Arguments as elative_before_genitive's. */
static uint32_t masdar_read_as_verb(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                    int nc, const uint64_t *f, int nf, uint32_t best) {
    if (m->tags[best].upos != NABA_UPOS_VERB) return best;
    char bare[MORPH_MAX_FORM * 2 + 16];
    size_t bn = naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    if (!derived_masdar_shape(bare, bn)) return best;
    uint32_t noun[MORPH_MAX_TAGS + 1], sing[MORPH_MAX_TAGS + 1];
    int nn = 0, ns = 0;
    for (int c = 0; c < nc && nn <= MORPH_MAX_TAGS; c++) {
        const morph_tag *t = &m->tags[MORPH_CAND_TAG(cands[c])];
        if (t->upos != NABA_UPOS_NOUN) continue;
        noun[nn++] = cands[c];
        const char *xpos = morph_str(m, t->xpos);
        if (strlen(xpos) > 7 && xpos[7] == 'S') sing[ns++] = cands[c];
    }
    if (ns) return MORPH_CAND_TAG(sing[morph_best(m, f, nf, sing, ns)]);
    return nn ? MORPH_CAND_TAG(noun[morph_best(m, f, nf, noun, nn)]) : best;
}

/* Whether a treebank lemma's first letter is the other hamza seat of the
** form's: إ against أ or أ against إ (أعداد and إعداد, إما and أما share
** one folded key). */
static int other_hamza_seat(const char *bare, const char *lemma) {
    return (!strncmp(bare, "إ", 2) && !strncmp(lemma, "أ", 2)) || (!strncmp(bare, "أ", 2) && !strncmp(lemma, "إ", 2));
}

/* How the treebank reads word wi with tag: SEAT_OTHER when only with lemmas
** spelled with the other hamza seat than the form bare's (other_hamza_seat),
** SEAT_OWN when with a lemma of the form's seat or none, SEAT_UNSEEN when
** never (a guessed tag). */
enum { SEAT_UNSEEN, SEAT_OWN, SEAT_OTHER };
static int hamza_seat_reading(const morph_model *m, uint32_t wi, uint32_t tag, const char *bare) {
    const morph_wordinfo *in = &m->winfo[wi];
    int seen = SEAT_UNSEEN;
    for (uint32_t a = in->first; a < in->first + in->n; a++) {
        if (m->wan[a].tag != tag) continue;
        if (!other_hamza_seat(bare, morph_str(m, m->wan[a].lemma))) return SEAT_OWN;
        seen = SEAT_OTHER;
    }
    return seen;
}

/* A word spelled with أ or إ read as the word of the other seat (أعداد as
** the verbal noun إعداد, أحداث as إحداث, إما as أما, إمام as أمام): the
** folded key is one, but the news spells the seat, so the word takes its
** best reading whose treebank lemma does not begin with the other seat.
** Not names (إثيوبيا, lemma أثيوبيا, is one name spelled two ways), nor a
** preposition read in إ from a form in أ: writers put أ for إ (على أثر
** for على إثر), seldom the reverse. Arguments as elative_before_genitive's. */
static uint32_t hamza_seat_misread(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                   int nc, const uint64_t *f, int nf, uint32_t best) {
    if (ws[i].wi == UINT32_MAX || (strncmp(ws[i].form, "أ", 2) && strncmp(ws[i].form, "إ", 2))) return best;
    char bare[MORPH_MAX_FORM * 2 + 16];
    naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    uint8_t up = m->tags[best].upos;
    if ((name_like_upos(up) && up != NABA_UPOS_NOUN) || (up == NABA_UPOS_ADP && !strncmp(bare, "أ", 2)) ||
        hamza_seat_reading(m, ws[i].wi, best, bare) != SEAT_OTHER)
        return best;
    uint32_t other[MORPH_MAX_TAGS + 1];
    int no = 0;
    for (int c = 0; c < nc && no <= MORPH_MAX_TAGS; c++)
        if (hamza_seat_reading(m, ws[i].wi, MORPH_CAND_TAG(cands[c]), bare) == SEAT_OWN) other[no++] = cands[c];
    return no ? MORPH_CAND_TAG(other[morph_best(m, f, nf, other, no)]) : best;
}

/* Whether w is a whole word whose folded key is one of words[0..nw)
** (folded with morph_key as the tagger's keys are). The lists are written
** without vowel marks or Arabic-Indic digits, which alone fold shorter, so
** a word of another length than the key is not folded. */
static int whole_word_of(const morph_wctx *w, const char *const *words, size_t nw) {
    if (w->role != MORPH_ROLE_WHOLE) return 0;
    char key[MORPH_MAX_FORM * 2 + 16];
    for (size_t k = 0; k < nw; k++) {
        size_t len = strlen(words[k]);
        if (len != w->key_len) continue;
        size_t kn = morph_key(words[k], len, key);
        if (kn == w->key_len && !memcmp(key, w->key, kn)) return 1;
    }
    return 0;
}

/* Whether word i of ws follows a whole word of words[0..nw) (whole_word_of). */
static int after_word_of(const morph_wctx *ws, uint32_t i, const char *const *words, size_t nw) {
    return i && whole_word_of(&ws[i - 1], words, nw);
}

/* The best NOUN, ADJ, PROPN or X reading among cands[0..nc), else best. */
static uint32_t nominal_reading(const morph_model *m, const uint32_t *cands, int nc, const uint64_t *f, int nf,
                                uint32_t best) {
    uint32_t other[MORPH_MAX_TAGS + 1];
    int no = 0;
    for (int c = 0; c < nc && no <= MORPH_MAX_TAGS; c++) {
        uint8_t up = m->tags[MORPH_CAND_TAG(cands[c])].upos;
        if (name_like_upos(up) || up == NABA_UPOS_ADJ) other[no++] = cands[c];
    }
    return no ? MORPH_CAND_TAG(other[morph_best(m, f, nf, other, no)]) : best;
}

/* A word the treebank never saw read as a verb whose lemma the rules end
** in ة (فريدمان فريدمنة, هاموند هاموندة, مرتبط مرتبة): no verb's lemma
** does, the rules read the word as a noun, and so does it: its best NOUN,
** ADJ or name reading. Not words hunspell-ar lists as verbs or function
** words: imperatives and defective verbs (قم قمة, صلى صلة, حان حنة) are
** verbs whose lemma the rules got wrong; nor a form in ى or ني (سنرى, شاهدنى, عارضتني: verbs
** with a ى or an object pronoun the rules took for a noun's ة). Arguments
** as elative_before_genitive's. */
static uint32_t verb_with_noun_lemma(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                     int nc, const uint64_t *f, int nf, uint32_t best) {
    if (ws[i].wi != UINT32_MAX || m->tags[best].upos != NABA_UPOS_VERB) return best;
    char bare[MORPH_MAX_FORM * 2 + 16], lemma[MORPH_MAX_FORM * 2 + 16];
    size_t bn = naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    if (bn > MORPH_MAX_FORM || bn < 4 || !strcmp(bare + bn - 2, "ى") || !strcmp(bare + bn - 4, "ني")) return best;
    char key[MORPH_MAX_FORM * 2 + 16];
    size_t kn = morph_key(bare, bn, key);
    if ((morph_unan_stat(m, key, kn) >> MORPH_U_LEX_SHIFT) & (MORPH_LEX_VERB | MORPH_LEX_STOP)) return best;
    size_t ln = morph_lemma(m, bare, bn, ws[i].wi, best, lemma, sizeof lemma, NULL);
    return ln >= 2 && !strcmp(lemma + ln - 2, "ة") ? nominal_reading(m, cands, nc, f, nf, best) : best;
}

/* A counted noun read as a verb of the third person masculine singular
** after a numeral that governs it (مليار يورو, ملايين يورو, مليار ين, ألف
** طالب, ثلاث قطع): the noun a cardinal or a scale word takes as its
** genitive is no verb, and the treebank lacks يورو. The word takes its best
** NOUN, ADJ or name reading. Arguments as elative_before_genitive's, and
** tags[0..i) the tags of the words before. */
static uint32_t counted_noun_read_as_verb(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *tags,
                                          const uint32_t *cands, int nc, const uint64_t *f, int nf, uint32_t best) {
    static const char *const numerals[] = {"ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "تريليون",
                                           "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع",
                                           "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة"};
    if (!i || m->tags[best].upos != NABA_UPOS_VERB || !strstr(morph_str(m, m->tags[best].xpos), "3MS") ||
        m->tags[tags[i - 1]].upos != NABA_UPOS_NUM ||
        !after_word_of(ws, i, numerals, sizeof numerals / sizeof *numerals))
        return best;
    return nominal_reading(m, cands, nc, f, nf, best);
}

/* Whether the treebank saw word wi (UINT32_MAX: never) at least twice, three
** quarters of the times as NUM, or, when once_ok, once, as NUM (مائة,
** الثماني, مليارين: the treebank's words seen once as NUM are all
** cardinals). */
static int treebank_numeral(const morph_model *m, uint32_t wi, int once_ok) {
    if (wi == UINT32_MAX) return 0;
    const morph_wordinfo *in = &m->winfo[wi];
    uint32_t num = 0;
    for (uint32_t r = 0; r < in->n; r++)
        if (m->tags[m->wan[in->first + r].tag].upos == NABA_UPOS_NUM) num += m->wan[in->first + r].count;
    return in->total >= (once_ok ? 1u : 2u) && (uint64_t)num * 4 >= (uint64_t)in->total * 3;
}

/* Whether the treebank saw word w once, spelled as written: its keys fold
** the hamza and ى, so أثنى "praised" would be اثني of اثني عشر. */
static int seen_once_as_spelled(const morph_model *m, const morph_wctx *w) {
    if (w->wi == UINT32_MAX || m->winfo[w->wi].total != 1) return 0;
    char bare[MORPH_MAX_FORM * 2 + 16];
    size_t bn = naba_fold(w->form, w->len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    return (morph_unan_stat(m, bare, bn) & MORPH_U_RAW_TB) != 0;
}

/* A cardinal read as a noun, adjective or verb (ست سنوات, تسعة ملايين,
** دور الثمانية, حراسه الأربعة): the treebank tags these words NUM (ستة 13
** of 13), but the tagger's context (a counted noun after it, the article)
** reads them as nouns. A word the treebank saw mostly as NUM, with ال or
** without it when the treebank has the form in ال too seldom (الستة once),
** takes its best NUM reading; not الاثنين "Monday" (12 NOUN of 13).
** Arguments as elative_before_genitive's. */
static uint32_t cardinal_read_as_noun(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *cands,
                                      int nc, const uint64_t *f, int nf, uint32_t best) {
    const morph_wctx *w = &ws[i];
    if (m->tags[best].upos == NABA_UPOS_NUM) return best;
    uint32_t card[MORPH_MAX_TAGS + 1];
    int k = 0;
    for (int c = 0; c < nc && k <= MORPH_MAX_TAGS; c++)
        if (m->tags[MORPH_CAND_TAG(cands[c])].upos == NABA_UPOS_NUM) card[k++] = cands[c];
    if (!k) return best;
    /* (w->wi is the word's own entry, looked up by tag_candidates) */
    int bare_ok = w->wi == UINT32_MAX || m->winfo[w->wi].total < 2;
    if (!treebank_numeral(m, w->wi, 0) && !(seen_once_as_spelled(m, w) && treebank_numeral(m, w->wi, 1)) &&
        !(bare_ok && w->key_len > 4 && !strncmp(w->key, "ال", 4) &&
          treebank_numeral(m, morph_map_find(m, &m->words, w->key + 4, w->key_len - 4,
                                             morph_hash32(w->key + 4, w->key_len - 4)), 0)))
        return best;
    return MORPH_CAND_TAG(card[morph_best(m, f, nf, card, k)]);
}

/* A plural of hundreds, thousands or tens read as a noun or adjective (مئات
** الأشخاص, المئات, الآلاف): the treebank tags them NUM, QM-----P with
** the case and state (آلاف 18 of 18, عشرات 4 of 4, its one مئات), but
** has مئات only in a dev document and المئات never, so the tagger reads
** a noun. The word, with ال or without it, takes the NUM tag of the
** noun's case and state, else of its case in another state (the model has
** no QM-----P1D: المئات in the nominative). */
static uint32_t scale_plural_read_as_noun(const morph_model *m, const morph_wctx *w, uint32_t best) {
    static const char *const plurals[] = {"مئات", "آلاف", "عشرات"};
    const char *xpos = morph_str(m, m->tags[best].xpos);
    if ((m->tags[best].upos != NABA_UPOS_NOUN && m->tags[best].upos != NABA_UPOS_ADJ) || strlen(xpos) != 10)
        return best;
    morph_wctx bare = *w; /* a host after ب or ل too (بالآلاف) */
    if (bare.role == MORPH_ROLE_HOST) bare.role = MORPH_ROLE_WHOLE;
    if (bare.key_len > 4 && !strncmp(bare.key, "ال", 4)) bare.key += 4, bare.key_len -= 4;
    /* their keys end in ات or اف, which folding leaves as they are: most
    ** nouns are not folded and compared (this runs for every noun) */
    const char *tail = bare.key + bare.key_len - 4;
    if (bare.key_len < 8 || (memcmp(tail, "ات", 4) && memcmp(tail, "اف", 4)) ||
        !whole_word_of(&bare, plurals, sizeof plurals / sizeof *plurals))
        return best;
    char want[] = "QM-----P__";
    want[8] = xpos[8];
    want[9] = xpos[9];
    uint32_t t = tag_of_xpos(m, NABA_UPOS_NUM, want);
    for (const char *state = "DRI"; t == UINT32_MAX && *state; state++) {
        want[9] = *state;
        t = tag_of_xpos(m, NABA_UPOS_NUM, want);
    }
    return t == UINT32_MAX ? best : t;
}

/* Whether word i of ws, with ال, follows a plural numeral in construct
** (QM-----P?R: مئات, آلاف, ملايين), whose genitive it is: a noun (مئات
** البريطانيين), which the tagger, after a NUM, read as an adjective. Not
** without ال: سبعة آلاف إسترليني is "sterling" (جنيه left out), the
** adjective's lemma. tags[0..i) are the tags of the words before. */
static int after_scale_plural(const morph_model *m, const morph_wctx *ws, uint32_t i, const uint32_t *tags) {
    if (!i || ws[i].key_len <= 4 || strncmp(ws[i].key, "ال", 4)) return 0;
    const char *xpos = morph_str(m, m->tags[tags[i - 1]].xpos);
    return !strncmp(xpos, "QM-----P", 8) && xpos[8] && xpos[9] == 'R';
}

/* Whether a word class is closed: the treebank lists all its words. */
static int closed_class(uint8_t upos) {
    return upos == NABA_UPOS_PRON || upos == NABA_UPOS_ADP || upos == NABA_UPOS_CCONJ || upos == NABA_UPOS_SCONJ ||
           upos == NABA_UPOS_PART || upos == NABA_UPOS_DET || upos == NABA_UPOS_AUX;
}

/* A word the treebank never saw read as a closed-class word (فيسبوك PRON,
** تبوك PRON أبوك, فيفري AUX): its tags are guesses from rare words of the
** same ending, and no pronoun, preposition, conjunction, particle,
** determiner or auxiliary is missing from the treebank, so the word takes
** its best NOUN, ADJ or name reading. Arguments as
** elative_before_genitive's. */
static uint32_t unknown_read_as_closed_class(const morph_model *m, const morph_wctx *ws, uint32_t i,
                                             const uint32_t *cands, int nc, const uint64_t *f, int nf,
                                             uint32_t best) {
    if (ws[i].wi != UINT32_MAX || !closed_class(m->tags[best].upos)) return best;
    char bare[MORPH_MAX_FORM * 2 + 16];
    naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    return morph_dictionary_word(m, bare) ? best : nominal_reading(m, cands, nc, f, nf, best);
}

/* The singular genitive noun's tag for word i of ws[0..n): construct
** before an enclitic or a word in ال (بوصفه, بتغير المناخ), else
** indefinite (بحذر); best when the model has none. */
static uint32_t singular_noun_tag(const morph_model *m, const morph_wctx *ws, uint32_t n, uint32_t i, uint32_t best) {
    int construct = i + 1 < n && (ws[i + 1].role == MORPH_ROLE_ENCL || !strncmp(ws[i + 1].key, "ال", 4));
    uint32_t noun = m->genitive_noun_tags[!construct];
    return noun == UINT32_MAX ? best : noun;
}

/* A word the proclitic preposition ب governs read as a verb (بكشف,
** بتعادل, بتحمله, بتبني): a preposition takes no verb, so the host takes
** its best NOUN, ADJ or name reading (a verbal noun, or a name: بيلي);
** a word the treebank knows as a verb only (بوصفه, بحذر) takes the
** singular genitive noun's tag, construct before an enclitic or a word
** in ال, else indefinite. Not after ك: there the verb is mostly one the
** segmenter split wrongly (كتبت, كسبت read as ك + تبت, ك + سبت).
** Arguments as elative_before_genitive's. */
static uint32_t verb_after_preposition_clitic(const morph_model *m, const morph_wctx *ws, uint32_t n, uint32_t i,
                                              const uint32_t *cands, int nc, const uint64_t *f, int nf,
                                              uint32_t best) {
    if (!i || m->tags[best].upos != NABA_UPOS_VERB || ws[i].role != MORPH_ROLE_HOST ||
        ws[i - 1].role != MORPH_ROLE_PRE || strcmp(ws[i - 1].key, "ب"))
        return best;
    uint32_t got = nominal_reading(m, cands, nc, f, nf, best);
    return got != best ? got : singular_noun_tag(m, ws, n, i, best);
}

/* A word in إ read as a preposition spelled with أ (إمام "imam" as أمام
** "before": the treebank has إمام only unanalysed, so أمام's ADP is its
** only reading): no preposition of that seat is the word, which takes the
** singular noun's tag (singular_noun_tag). Arguments as
** verb_after_preposition_clitic's. */
static uint32_t preposition_of_other_seat(const morph_model *m, const morph_wctx *ws, uint32_t n, uint32_t i,
                                          uint32_t best) {
    if (ws[i].wi == UINT32_MAX || m->tags[best].upos != NABA_UPOS_ADP || strncmp(ws[i].form, "إ", 2)) return best;
    char bare[MORPH_MAX_FORM * 2 + 16];
    naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    return hamza_seat_reading(m, ws[i].wi, best, bare) == SEAT_OTHER ? singular_noun_tag(m, ws, n, i, best) : best;
}

/* The letter M of a radio's, channel's or maker's name after the letter
** F, B or G (جوهرة اف ام, موزاييك أف أم, بي إم, جي إم سي) or before B or
** S (إم بي سي, إم إس), and أم "mother" of a place's name (جامعة أم القرى):
** no conjunction أم "or" there, but the name's word; returns the name tag.
** ws[0..n) are the sentence's words. */
static uint32_t letter_m_of_name(const morph_model *m, const morph_wctx *ws, uint32_t n, uint32_t i, uint32_t best) {
    static const char *const before[] = {"اف", "بي", "جي"}, *const after[] = {"بي", "اس", "القرى"};
    return m->name_tag != UINT32_MAX && ws[i].role == MORPH_ROLE_WHOLE && !strcmp(ws[i].key, "ام") &&
                   (after_word_of(ws, i, before, 3) || (i + 1 < n && whole_word_of(&ws[i + 1], after, 3)))
               ? m->name_tag
               : best;
}

/* Whether the news has the word with the article often (1 + log2 of its
** count as a whole token: 8 times or more), as it has common nouns
** (السمو, الراديو) and seldom foreign names (رونالدو, مارسيلو). */
#define NEWS_WITH_ARTICLE 4
static int news_with_article(const morph_model *m, const morph_wctx *w) {
    char key[MORPH_MAX_FORM * 2 + 24];
    if (w->key_len + 4 >= sizeof key) return 0;
    memcpy(key, "ال", 4);
    memcpy(key + 4, w->key, w->key_len);
    return morph_cmap_get(&m->unews, morph_clus_hash(key, w->key_len + 4)) >= NEWS_WITH_ARTICLE;
}

/* A word neither the treebank nor hunspell-ar knows, read as an adjective
** right after a name's word (كمال جرتيلة, سيرغي سكريبال, بن قردان, مانشستر
** سيتي): the suffix guesser reads its ending (ة, ي, ال) as an adjective's,
** but an unknown word after a name whose adjective's lemma no dictionary
** knows either (جرتيل, سكريبال; not منقسمة منقسم) is the name's next word.
** Not a word with ال: after a name that agrees with it as an adjective as
** often as it is a family name (روسيا الاتحادية, اللندني; المخلافي). ws[0..i] are
** the sentence's words up to this one, tags[0..i) the tags of the words before. */
static uint32_t unknown_adjective_after_name(const morph_model *m, const morph_wctx *ws, uint32_t i,
                                             const uint32_t *tags, uint32_t best) {
    if (m->name_tag == UINT32_MAX || !i || m->tags[best].upos != NABA_UPOS_ADJ ||
        m->tags[tags[i - 1]].upos != NABA_UPOS_PROPN || ws[i].shape != MORPH_SHAPE_ARABIC ||
        ws[i].role != MORPH_ROLE_WHOLE || ws[i].wi != UINT32_MAX || ws[i].lexb)
        return best;
    char bare[MORPH_MAX_FORM * 2 + 16], lemma[MORPH_MAX_FORM * 2 + 16];
    size_t bn = naba_fold(ws[i].form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
    if (bn > MORPH_MAX_FORM || !strncmp(bare, "ال", 4) || morph_dictionary_word(m, bare)) return best;
    size_t ln = morph_lemma(m, bare, bn, ws[i].wi, best, lemma, sizeof lemma, NULL);
    return ln && !morph_dictionary_word(m, lemma) ? m->name_tag : best;
}

/* A word read as a foreign word, X with Foreign=Yes (رونالدو, مارسيلو,
** نتنياهو, هوغو): the treebank's only such word is كيلو, all its other
** foreign words are names (relabeled PROPN, docs/morph.md "PROPN"), so the
** tag reaches a new word only as the suffix guesser's loan to words ending
** in و, names mostly; a name is PROPN. Not a word the treebank knows, nor
** one hunspell-ar lists other than as a name, nor one the news has often
** with the article (سمو, راديو: nouns; سمو ولي العهد would lend its name
** to ولي), nor one counted after a numeral (250 يورو: a unit). A word the
** news has often with the article is the common noun it is (سمو ولي العهد,
** راديو, خريجو): the singular noun's tag, construct before a word (a
** title before its holder: the indefinite tag made ولي an adjective), else
** singular_noun_tag's. ws[0..n) are the sentence's words, tags[0..i) the
** tags of the words before. */
static uint32_t foreign_word_of_name(const morph_model *m, const morph_wctx *ws, uint32_t n, uint32_t i,
                                     const uint32_t *tags, uint32_t best) {
    const morph_tag *t = &m->tags[best];
    if (m->name_tag == UINT32_MAX || t->upos != NABA_UPOS_X || strcmp(morph_str(m, t->feats), "Foreign=Yes") ||
        ws[i].shape != MORPH_SHAPE_ARABIC || ws[i].wi != UINT32_MAX || (ws[i].lexb & ~(uint32_t)MORPH_LEX_NAME) ||
        (i && m->tags[tags[i - 1]].upos == NABA_UPOS_NUM))
        return best;
    if (!news_with_article(m, &ws[i])) return m->name_tag;
    uint32_t construct = m->genitive_noun_tags[0];
    return i + 1 < n && ws[i + 1].shape == MORPH_SHAPE_ARABIC && construct != UINT32_MAX
               ? construct
               : singular_noun_tag(m, ws, n, i, best);
}

/* The tag of an imperfect verb whose prefix is أ: the first person
** singular (أعرف, أشكر), but the tagger never saw the prefix analysed and
** reads a third or second person, a feminine or a passive (أتمنى 2MS, أعرف
** 3FS). The treebank's first person (VIIA-1MS--) takes the mood read
** (VISA- after أن, VIJA- after لم); a perfect whose lemma
** first_person_lemma took (first_lemma) is an indicative. Not the plural
** prefix ن: perfects beginning with ن (ناقش, نفى) are often read as
** imperfects. Returns tag itself for any other word, or when the model has
** no such tag. */
static uint32_t first_person_tag(const morph_model *m, const char *bare, uint32_t tag, int first_lemma) {
    const char *xpos = morph_str(m, m->tags[tag].xpos);
    int imperfect = !strncmp(xpos, "VI", 2);
    if (m->tags[tag].upos != NABA_UPOS_VERB || (!imperfect && !first_lemma) || strncmp(bare, "أ", 2)) return tag;
    const char *mood = imperfect && xpos[2] ? strchr(FIRST_PERSON_MOODS, xpos[2]) : NULL;
    uint32_t want = m->first_person_tags[mood ? mood - FIRST_PERSON_MOODS : 0];
    return want == UINT32_MAX || !strcmp(xpos, morph_str(m, m->tags[want].xpos)) ? tag : want;
}

/* Whether the treebank saw the word wi (UINT32_MAX: never) with a tag of
** UPOS up. */
static int treebank_reads_as(const morph_model *m, uint32_t wi, uint8_t up) {
    if (wi == UINT32_MAX) return 0;
    for (uint32_t r = 0; r < m->winfo[wi].n; r++)
        if (m->tags[m->wan[m->winfo[wi].first + r].tag].upos == up) return 1;
    return 0;
}

/* The lemma of a numeral in ال the treebank never saw as one (المليون,
** الملايين, read NUM by cardinal_read_as_noun): the form without the
** article's, whose treebank lemma the rules need not guess (مليون, not
** ملين). bare[0..bn) the form without vowel marks; returns the lemma's
** length in out, or 0 for any other word. */
static size_t numeral_lemma_without_article(const morph_model *m, const morph_wctx *w, uint32_t tag,
                                            const char *bare, size_t bn, char *out, size_t cap) {
    if (m->tags[tag].upos != NABA_UPOS_NUM || bn <= 4 || strncmp(bare, "ال", 4) || w->key_len <= 4 ||
        strncmp(w->key, "ال", 4) || treebank_reads_as(m, w->wi, NABA_UPOS_NUM))
        return 0;
    uint32_t wi = morph_map_find(m, &m->words, w->key + 4, w->key_len - 4, morph_hash32(w->key + 4, w->key_len - 4));
    return treebank_reads_as(m, wi, NABA_UPOS_NUM) ? morph_lemma(m, bare + 4, bn - 4, wi, tag, out, cap, NULL) : 0;
}

static naba_status tag_words(naba_doc *doc, const morph_model *m, uint32_t first, uint32_t n, scratch *sc) {
    if (!n) return NABA_OK;
    /* the scratch is written before it is read (each word's context here and
    ** in morph_tag_candidates, its tag before the next word's features, its
    ** candidates up to their end) */
    if (!morph_grow((void **)&sc->ws, &sc->ws_cap, n, sizeof *sc->ws) ||
        !morph_grow((void **)&sc->tags, &sc->tags_cap, n, sizeof *sc->tags) ||
        !morph_grow((void **)&sc->at, &sc->at_cap, n, sizeof *sc->at))
        return NABA_ERR_NOMEM;
    morph_wctx *ws = sc->ws;
    uint32_t *tags = sc->tags, *at = sc->at;
    size_t key_bytes = 0;
    for (uint32_t i = 0; i < n; i++) {
        ws[i].form = doc->words.v[first + i].form;
        ws[i].len = (uint32_t)strlen(ws[i].form);
        key_bytes += ws[i].len + 1;
    }
    if (!morph_grow((void **)&sc->keys, &sc->keys_cap, key_bytes, 1)) return NABA_ERR_NOMEM;
    char *key = sc->keys;
    for (uint32_t i = 0; i < n; i++) {
        const naba_word *w = &doc->words.v[first + i];
        ws[i].key = key;
        ws[i].key_len = (uint32_t)morph_key(w->form, ws[i].len, key);
        key += ws[i].key_len + 1;
        ws[i].role = sc->roles[i];
        ws[i].n_in_tok = (uint8_t)(doc->tokens.v[w->token].word_count > 255 ? 255 : doc->tokens.v[w->token].word_count);
        ws[i].shape = (uint8_t)morph_shape(w->form, ws[i].len);
        ws[i].loo = 0;
    }
    /* every word's candidates first: the features look at the right neighbours' */
    size_t nc_all = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!morph_grow((void **)&sc->cands, &sc->cands_cap, nc_all + MORPH_MAX_TAGS, sizeof *sc->cands))
            return NABA_ERR_NOMEM;
        at[i] = (uint32_t)nc_all;
        nc_all += (size_t)morph_tag_candidates(m, &ws[i], sc->cands + nc_all, MORPH_MAX_TAGS);
    }
    at[n] = (uint32_t)nc_all;
    char buf[MORPH_MAX_FORM * 2 + 16];
    uint64_t f[MORPH_MAX_FEATS];
    for (uint32_t i = 0; i < n; i++) {
        const uint32_t *cands = sc->cands + at[i];
        int nc = (int)(at[i + 1] - at[i]);
        uint32_t best = MORPH_CAND_TAG(cands[0]);
        int nf = 0; /* features are computed when there is a choice */
        if (nc > 1) {
            nf = morph_tag_features(m, ws, (int)n, (int)i, tags, f);
            best = MORPH_CAND_TAG(cands[morph_best(m, f, nf, cands, nc)]);
            best = elative_before_genitive(m, doc, first, ws, n, i, cands, nc, f, nf, best);
            best = plural_read_as_verb(m, ws, i, cands, nc, f, nf, best);
            best = loanword_read_as_verb(m, ws, i, cands, nc, f, nf, best);
            best = verb_with_noun_lemma(m, ws, i, cands, nc, f, nf, best);
            best = masdar_read_as_verb(m, ws, i, cands, nc, f, nf, best);
            best = hamza_seat_misread(m, ws, i, cands, nc, f, nf, best);
            best = counted_noun_read_as_verb(m, ws, i, tags, cands, nc, f, nf, best);
            best = unknown_read_as_closed_class(m, ws, i, cands, nc, f, nf, best);
            best = cardinal_read_as_noun(m, ws, i, cands, nc, f, nf, best);
            if ((i && elative_genitive(m, doc, first, ws, n, i - 1, tags[i - 1])) || after_scale_plural(m, ws, i, tags))
                best = genitive_noun(m, cands, nc, f, nf, best);
        }
        best = verb_after_preposition_clitic(m, ws, n, i, cands, nc > 1 ? nc : 0, f, nf, best);
        best = letter_m_of_name(m, ws, n, i, best);
        best = foreign_word_of_name(m, ws, n, i, tags, best);
        best = unknown_adjective_after_name(m, ws, i, tags, best);
        best = preposition_of_other_seat(m, ws, n, i, best);
        best = scale_plural_read_as_noun(m, &ws[i], best);
        if (m->tags[best].upos == NABA_UPOS_ADP) {
            uint32_t adverb = yet_after_negation(m, doc, first, ws, n, i);
            if (adverb != UINT32_MAX) best = adverb;
        }
        tags[i] = best;
        naba_word *w = &doc->words.v[first + i];
        const morph_tag *tg = &m->tags[best];
        w->upos = (uint8_t)tg->upos;
        w->feats = morph_str(m, tg->feats);
        w->xpos = morph_str(m, tg->xpos);
        size_t ln;
        const char *kept = NULL;
        if (ws[i].shape == MORPH_SHAPE_LATIN) {
            w->upos = (uint8_t)latin_upos(w->form);
            w->feats = w->xpos = "_";
            memcpy(buf, w->form, ln = ws[i].len < sizeof buf ? ws[i].len : sizeof buf - 1);
        } else if (ws[i].shape != MORPH_SHAPE_ARABIC) {
            memcpy(buf, w->form, ln = ws[i].len < sizeof buf ? ws[i].len : sizeof buf - 1);
        } else {
            char bare[MORPH_MAX_FORM * 2 + 16]; /* the form without vowel marks */
            size_t bn = naba_fold(w->form, ws[i].len, NABA_FOLD_DIACRITICS, bare, sizeof bare);
            ln = numeral_lemma_without_article(m, &ws[i], best, bare, bn, buf, sizeof buf);
            if (!ln) ln = morph_lemma(m, bare, bn, ws[i].wi, best, buf, sizeof buf, &kept);
            size_t l1 = kept ? 0 : first_person_lemma(m, bare, bn, best, buf, sizeof buf, &kept);
            if (l1) ln = l1;
            size_t l2 = kept ? 0 : imperfect_lemma_of_third(m, bare, bn, best, buf, sizeof buf, &kept);
            if (l2) ln = l2;
            if (!kept && singular_keeps_waw(m, best, bare, bn, buf, ln)) memcpy(buf, bare, ln = bn);
            if (!kept) ln = broken_plural_singular(m, best, bare, bn, buf, ln, sizeof buf);
            ln = dual_shaped_place(m, best, bare, bn, buf, ln, sizeof buf);
            const morph_tag *t1 = &m->tags[first_person_tag(m, bare, best, l1 != 0)];
            w->feats = morph_str(m, t1->feats);
            w->xpos = morph_str(m, t1->xpos);
        }
        if (!set_lemma(doc, w, ws[i].len, buf, ln, kept)) return NABA_ERR_NOMEM;
    }
    return NABA_OK;
}

/* Words of tokens [t0, t1), tagged as one sentence (flags: morph_analyze;
** dk: the document's keys when tokens are classified). */
static naba_status analyze_span(naba_doc *doc, const morph_model *m, uint32_t t0, uint32_t t1,
                                naba_sentence *s, int flags, const doc_keys *dk, scratch *sc) {
    uint32_t first = (uint32_t)doc->words.n;
    if (!morph_grow((void **)&sc->roles, &sc->roles_cap, (size_t)(t1 - t0) * 8 + 8, 1)) return NABA_ERR_NOMEM;
    for (uint32_t t = t0; t < t1; t++) {
        uint32_t before = (uint32_t)doc->words.n;
        naba_status st = split_token(doc, m, t, t0, t1, dk, sc->roles + (before - first));
        if (st != NABA_OK) return st;
        doc->tokens.v[t].word_first = before;
        doc->tokens.v[t].word_count = (uint32_t)doc->words.n - before;
    }
    uint32_t n = (uint32_t)doc->words.n - first;
    if (s) { s->word_first = first; s->word_count = n; }
    return flags & MORPH_TAG ? tag_words(doc, m, first, n, sc) : NABA_OK;
}

/* The memo key under which morph_analyze leaves the words layer it tagged:
** words given (--keep-words) have none, and morph_names_of_mentions leaves
** them as given. */
static const char words_tagged_here = 0;

naba_status morph_analyze(naba_doc *doc, const morph_model *m, int flags) {
    if (doc->words.n) return NABA_OK; /* gold words given (--input conllu --keep-words) */
    /* the words layer sized once: a token makes 1.2 words in news (1.18 on a
    ** 9.9 MB line of ANT articles, 1.15 in the example article), so it
    ** rarely grows; growing copies it, and in a chunk the old copy stays */
    if (!naba_layer_reserve(doc, &doc->words, sizeof(naba_word), doc->tokens.n + doc->tokens.n / 2 + 8))
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "morph: out of memory");
    doc_keys keys = {0};
    scratch sc = {0};
    naba_status st = flags & MORPH_UNAN ? doc_keys_make(doc, &keys) : NABA_OK;
    const doc_keys *dk = flags & MORPH_UNAN ? &keys : NULL;
    if (st == NABA_OK && doc->sents.n == 0)
        st = analyze_span(doc, m, 0, (uint32_t)doc->tokens.n, NULL, flags, dk, &sc);
    for (size_t i = 0; i < doc->sents.n && st == NABA_OK; i++) {
        naba_sentence *s = &doc->sents.v[i];
        uint32_t t1 = s->tok_first + s->tok_count;
        if (t1 > doc->tokens.n || t1 < s->tok_first) t1 = (uint32_t)doc->tokens.n;
        st = analyze_span(doc, m, s->tok_first, t1, s, flags, dk, &sc);
    }
    free(keys.h);
    free(keys.sorted);
    scratch_free(&sc);
    if (st == NABA_OK && flags & MORPH_TAG) st = naba_memo_put(doc, &words_tagged_here, doc->words.v, NULL);
    if (st != NABA_OK)
        return naba_fail(&doc->error, st, 0, "morph: out of memory");
    return NABA_OK;
}

/* A definite nisba adjective (الاتحادي, البحرينية): in an organisation's or
** a place's name it stays the adjective it is (مجلس الاحتياطي الاتحادي,
** وزارة الخارجية البحرينية), whether the dictionaries know it or not. */
static int definite_nisba(const char *s) {
    size_t n = strlen(s);
    if (n < 8 || memcmp(s, "ال", 4)) return 0;
    if (n >= 10 && !memcmp(s + n - 4, "ية", 4)) return 1;
    return !memcmp(s + n - 2, "ي", 2);
}

/* Does the tagger's lemma spell the form, but for ال and a regular ending
** (المتحدة متحد, الخارجية خارجي, الرياضة رياضة, المدنيين مدني)? When it
** does not, the lemma is a known word the form was forced onto (سان سنة,
** مدنين مدني, الأناضول أناضل), not the form's own. */
static int lemma_spells_form(const char *form, const char *lemma) {
    static const char *const endings[] = {"", "ة", "ات", "ون", "ين", "ان", "ية", "يين", "تان", "تين"};
    if (!strncmp(form, "ال", 4) && strncmp(lemma, "ال", 4)) form += 4;
    size_t n = strlen(lemma);
    if (n >= 2 && !strcmp(lemma + n - 2, "ة")) n -= 2; /* the ة goes before ات, تان */
    if (strncmp(form, lemma, n)) return 0;
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (!strcmp(form + n, endings[i])) return 1;
    return 0;
}

/* Whether the treebank read form s as an adjective more than once. */
static int treebank_adjective(const morph_model *m, const char *s) {
    char key[MORPH_MAX_FORM + 8];
    size_t n = strlen(s);
    if (n > MORPH_MAX_FORM) return 0;
    size_t kn = morph_key(s, n, key);
    uint32_t wi = morph_map_find(m, &m->words, key, kn, morph_hash32(key, kn)), adj = 0;
    if (wi == UINT32_MAX) return 0;
    for (uint32_t r = 0; r < m->winfo[wi].n; r++) {
        const morph_wordan *a = &m->wan[m->winfo[wi].first + r];
        if (m->tags[a->tag].upos == NABA_UPOS_ADJ) adj += a->count;
    }
    return adj > 1;
}

/* Whether word w, the whole of a place's mention x, was read as an
** adjective or a dual (ولاية سوسة: سوسة ADJ, lemma سوس; في جازان: the dual
** of جاز, or a verb's; من الأرجنتين ADJ): a place named by one word is
** neither, and the dictionaries know those readings' words, so name_word's
** tests keep them. Not a definite nisba, nor an adjective with ال after a
** noun with ال, which it qualifies (المدينة المنورة, المحيط الهادئ: the
** treebank's names keep their adjectives), nor a word the treebank read as
** an adjective more than once: that is its convention for the word
** (سورية, Syria, ADJ سوري 15 times; مالي "financial" once). prev is the
** word before, or NULL. */
static int place_read_as_adjective_or_dual(const morph_model *m, const naba_mention *x, const naba_word *w,
                                           const naba_word *prev) {
    if (x->type != NABA_ENT_LOC || x->word_count != 1 ||
        (w->upos != NABA_UPOS_NOUN && w->upos != NABA_UPOS_ADJ && w->upos != NABA_UPOS_VERB))
        return 0;
    size_t xn = strlen(w->xpos);
    if (xn > 7 && w->xpos[7] == 'D') return 1;
    if (w->upos != NABA_UPOS_ADJ || definite_nisba(w->form) || treebank_adjective(m, w->form)) return 0;
    return strncmp(w->form, "ال", 4) || !prev || prev->upos != NABA_UPOS_NOUN || strncmp(prev->form, "ال", 4);
}

/* Is word w, of a mention of type type, a name's own word the tagger read
** as a common one? In a person's name every NOUN, ADJ or VERB is (سعيد,
** أمل, كريم, الزهراني); in a place's or an organisation's only a word whose
** form and lemma no dictionary knows (بيونغتشانغ, سكاي نيوز; not مستشفى,
** الولايات, المتحدة, هيئة الرياضة), or whose form the treebank lacks and
** whose lemma does not spell it (سان سنة, مدنين مدني), and no definite
** nisba. */
static int name_word(const morph_model *m, const naba_word *w, int type) {
    if (w->upos != NABA_UPOS_NOUN && w->upos != NABA_UPOS_ADJ && w->upos != NABA_UPOS_VERB) return 0;
    if (type == NABA_ENT_PER) return 1;
    return (type == NABA_ENT_LOC || type == NABA_ENT_ORG) && !(w->upos == NABA_UPOS_ADJ && definite_nisba(w->form)) &&
           ((!morph_dictionary_word(m, w->form) && !morph_dictionary_word(m, w->lemma)) ||
            (!morph_treebank_form(m, w->form) && !lemma_spells_form(w->form, w->lemma)));
}

naba_status morph_names_of_mentions(naba_doc *doc, const morph_model *m) {
    if (naba_memo_get(doc, &words_tagged_here) != doc->words.v) return NABA_OK;
    uint32_t tag = m->name_tag;
    if (tag == UINT32_MAX) return NABA_OK;
    for (size_t i = 0; i < doc->mentions.n; i++) {
        const naba_mention *x = &doc->mentions.v[i];
        if (x->flags & NABA_MENTION_COMMON) continue;
        for (uint32_t j = x->word_first; j < x->word_first + x->word_count && j < doc->words.n; j++) {
            naba_word *w = &doc->words.v[j];
            int named = name_word(m, w, x->type), place = place_read_as_adjective_or_dual(m, x, w, j ? w - 1 : NULL);
            if (!named && !place) continue;
            /* such a place's lemma is its form without ال, as the treebank's
            ** (العراق عراق, البصرة بصرة); read as a noun, it stays one, as
            ** the treebank's places with ال are (اليمن, جازان NOUN) */
            if (named || w->upos != NABA_UPOS_NOUN) {
                w->upos = NABA_UPOS_PROPN;
                w->feats = morph_str(m, m->tags[tag].feats);
                w->xpos = morph_str(m, m->tags[tag].xpos);
            }
            size_t n = strlen(w->form), al = place && n > 4 && !strncmp(w->form, "ال", 4) ? 4 : 0;
            if (!set_lemma(doc, w, n, w->form + al, n - al, NULL))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "morph: out of memory");
        }
    }
    return NABA_OK;
}

naba_status morph_run(naba_doc *doc, void *state, const naba_options *opt) {
    return morph_analyze(doc, state, MORPH_TAG | (opt && opt->treebank_tokens ? MORPH_UNAN : 0));
}
