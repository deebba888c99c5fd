/*
** ner_stage.c — the `ner` pipeline stage: tag each sentence's tokens with the
** model (models/ner.nbm) and turn the tags into doc->mentions.
**
** A one-word mention that reads as a common noun (البلاغ: the news writes
** بلاغ at least as often, and so does the page, untagged) is flagged
** NABA_MENTION_COMMON for the link stage, which keeps it only as a KB name or
** a body's head word (session 30, ent30b; src/link/README.md).
**
** A mention never includes its proclitics: its start moves past the و/ف/ب/ل/ك
** that ner_proclitic_letters finds (وزيلنسكي -> زيلنسكي), and with the
** morphology layer its word range is the words that overlap that span. The
** per-token arrays and the tagger's scratch come from the stage's own arena,
** sized once for the document (no malloc per token) and reset when its
** mentions are made: they are read by nothing after this stage, and in the
** document's arena they took 34 bytes a byte of a long one-line article until
** its end (docs/ner.md, "Memory").
**
** Once the mentions are made, the morph layer reads them back
** (morph_names_of_mentions): a name's words the tagger read as common ones
** become PROPN before link and parse read them; the recognizer has already
** read the tagger's own UPOS, as at training time (docs/morph.md, session 32).
*/
#include "affix.h"
#include "arena.h"
#include "ner.h"
#include "morph.h"
#include "stage.h"
#include "wordtab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The stage's state: the model, the morph stage's model for its word
** clusters (borrowed from the pipeline's morph stage, not a second copy) and
** the head words of longer names (ner_heads.c), which the link stage borrows;
** the arena of a document's scratch. */
typedef struct ner_stage { ner_model *m; const morph_model *mm; wordtab *heads; naba_arena *scratch; } ner_stage;

void ner_stage_close(void *state) {
    ner_stage *st = state;
    if (!st) return;
    ner_model_close(st->m);
    wt_free(st->heads);
    naba_arena_free(st->scratch);
    free(st);
}

void *ner_stage_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                     naba_error *err) {
    (void)opt;
    char path[1200];
    const morph_model *mm = naba_stage_state(p, "morph");
    if (!mm) { naba_fail(err, NABA_ERR_USAGE, 0, "the ner stage needs the morph stage before it"); return NULL; }
    ner_stage *st = calloc(1, sizeof *st);
    if (!st) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    st->mm = mm;
    st->m = ner_model_open(naba_data_path(data_dir, "models/ner.nbm", path, sizeof path), err);
    if (st->m && (!ner_model_memo(st->m) || !(st->scratch = naba_arena_new())))
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    else if (st->m) st->heads = ner_heads_load(data_dir, err);
    if (!st->heads) { ner_stage_close(st); return NULL; }
    return st;
}

const wordtab *ner_stage_heads(const void *state) { return ((const ner_stage *)state)->heads; }

/* Is w a proclitic و, ف, ب, ل or ك on a two-letter word that opens names
** (بن, أم, آل: ببن قردان, بأم درمان, وآل عمار)? The proclitic cut keeps a host
** of fewer than three letters whole (session 31). */
static int clitic_on_particle(const ner_word *w) {
    static const char clitics[] = "\xd9\x88\xd9\x81\xd8\xa8\xd9\x84\xd9\x83"; /* و ف ب ل ك */
    static const char particles[] = "\xd8\xa8\xd9\x86\xd8\xa7\xd9\x85\xd8\xa7\xd9\x84"; /* بن ام ال (آل folded) */
    if (w->shape != NER_SHAPE_ARABIC || w->kn != 6) return 0;
    int clitic = 0, particle = 0;
    for (size_t i = 0; i + 2 <= sizeof clitics - 1; i += 2) clitic |= !memcmp(w->key, clitics + i, 2);
    for (size_t i = 0; i + 4 <= sizeof particles - 1; i += 4) particle |= !memcmp(w->key + 2, particles + i, 4);
    return clitic && particle;
}

/* Does the word from s to end open with لل, the preposition ل on the article
** with its alef dropped (للمملكة = ل + المملكة), before two letters or more?
** The span then starts after the preposition: the text has no المملكة to point
** at, and the reader takes لمملكة back with its article (NABA_MENTION_ARTICLE).
** A person's name is left alone (للرئيس بوتن, لليلى). */
static int article_after_lam(const char *s, const char *end) {
    size_t n = (size_t)(end - s);
    return n > 4 && !memcmp(s, "\xd9\x84\xd9\x84", 4) && ner_skip_letters(s + 4, n - 4, 1) < n - 4;
}

/* Is w a bare office noun that opens the next title (الملك سلمان [وزير]
** المالية, ... [رئيس] الحكومة)? Without its article no name ends with one
** (خليل الوزير keeps his). */
static int office_noun(const ner_word *w) {
    static const char *const nouns[] = {"وزير", "وزيرة", "رئيس", "رئيسة", "نائب", NULL};
    return mem_in(w->s, w->n, nouns);
}

/* The end of a person's chunk [a, b) of words w: before a last word of لل
** (سامي [للهلال], سلمان [للوقوف]), the preposition ل on a noun with its
** article, or a bare office noun (office_noun), which no person's name ends
** with; a one-word chunk is left alone (لليلى is ل + ليلى). */
static size_t person_end(const ner_word *w, size_t a, size_t b) {
    const ner_word *last = &w[b - 1];
    return b - a > 1 && last->shape == NER_SHAPE_ARABIC &&
                   (article_after_lam(last->s, last->s + last->n) || office_noun(last))
               ? b - 1
               : b;
}

/* Span and word range of a mention over tokens [a, b) of the document. The
** start skips the proclitics ner_proclitic_letters finds (news frequency and
** gazetteers decide: وزيلنسكي -> زيلنسكي, but ستارمر, فولوديمير and ليون keep
** their first letter, which the morphology model, trained on common words,
** often splits off names), or, for a name that opens with a head word of
** data/ner/heads.tsv, head_cut bytes (SIZE_MAX: none), the letters its match
** took off (فلاي دبي keeps its ف); then the preposition of لل (article_after_lam).
** x->type is set. With a words layer the mention covers the
** words that overlap its span. */
static void place(const naba_doc *doc, const ner_model *m, const ner_word *w, size_t a, size_t b,
                  size_t head_cut, naba_mention *x) {
    const naba_token *ta = &doc->tokens.v[a], *tb = &doc->tokens.v[b - 1];
    const ner_word *wa = &w[0], *wb = &w[b - a - 1];
    x->start = (naba_off)(wa->s - doc->text);
    x->end = (naba_off)(wb->s + wb->n - doc->text);
    unsigned clitics = b - a > 1 && clitic_on_particle(wa) ? 1 : ner_proclitic_letters(wa, m->lex, m->lex_mask);
    x->start += head_cut != SIZE_MAX ? (naba_off)head_cut : (naba_off)ner_skip_letters(wa->s, wa->n, clitics);
    if (x->type != NABA_ENT_PER && article_after_lam(doc->text + x->start, wa->s + wa->n)) {
        x->start += 2;
        x->flags |= NABA_MENTION_ARTICLE;
    }
    if (doc->words.n && ta->word_count && tb->word_count) {
        uint32_t wf = ta->word_first, wl = tb->word_first + tb->word_count - 1;
        while (wf < wl && doc->words.v[wf].end <= x->start) wf++;
        while (wl > wf && doc->words.v[wl].start >= x->end) wl--;
        x->word_first = wf;
        x->word_count = wl - wf + 1;
    } else {
        x->word_first = (uint32_t)a;
        x->word_count = (uint32_t)(b - a);
    }
}

/* One token naming two entities joined by a hyphen ("Trump-Putin",
** "روسيا-أوكرانيا") becomes two mentions of the same type. 0 on out of memory. */
static int split_pair(naba_doc *doc, naba_mention *x) {
    const char *s = doc->text + x->start;
    size_t n = x->end - x->start, h = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '-') continue;
        if (h) return 1;            /* more than one hyphen: a compound name */
        h = i;
    }
    if (h < 2 || h + 3 > n) return 1;
    naba_off end = x->end;
    x->end = x->start + (naba_off)h;
    naba_mention *y = NABA_PUSH(doc, &doc->mentions);
    if (!y) return 0;
    *y = doc->mentions.v[doc->mentions.n - 2];
    y->start = y->end + 1;
    y->flags &= (uint8_t)~NABA_MENTION_ARTICLE;
    y->end = end;
    return 1;
}

/* A one-word chunk that may be a common noun taken for a name: an Arabic
** word with the article (البلاغ, الكواليس, الخارج) that no gazetteer, KB
** row or name list knows as a name, whose stem alone (بلاغ) the news writes
** at least as often as the word with its article. Names the news writes
** with the article (الأهلي, الأكراد, السبسي) are rarer without it. */
static int common_noun_form(const ner_model *m, const ner_word *x) {
    if (x->shape != NER_SHAPE_ARABIC || !(x->prefix & NER_PRE_AL) || x->phrase_type ||
        (x->lex & (NER_LEX_LOC | NER_LEX_PERW | NER_LEX_ORG | NER_LEX_NAT)))
        return 0;
    /* the word with its article alone: للأكراد is ل + الأكراد */
    char definite[256];
    size_t sn = x->kn - x->off_stem;
    if (sn + 4 > sizeof definite) return 0;
    memcpy(definite, "\xd8\xa7\xd9\x84", 4);
    memcpy(definite + 4, x->key + x->off_stem, sn);
    unsigned stem = (ner_lex_get(m->lex, m->lex_mask, x->h_stem) >> NER_LEX_FREQ_SHIFT) & 15,
             with_al = (ner_lex_get(m->lex, m->lex_mask, ner_hash(definite, sn + 4)) >> NER_LEX_FREQ_SHIFT) & 15;
    return stem && stem >= with_al;
}

/* Does the one-word person or misc mention x, made of the sentence's word
** w[i], read as a common word: the tagger made it a NOUN (فأر), or for a misc
** name an ADJ (شبه), a dictionary (hunspell-ar, treebank) knows its word, no
** gazetteer or name list does, it is not Latin, and no cue word stands before
** it, past a quote mark, nor a nationality (قبيلة "شوار", السويسري جروس), nor
** a head word of data/ner/heads.tsv that opens a name or names a work (فيلم
** "الرحلة", كتاب "الأغاني", ميناء "الطور")? The model guessed a name from
** its context alone (session 32, ent39 and ent40; src/link/README.md). */
static int dictionary_common_word(const naba_doc *doc, const ner_stage *stg, const ner_word *w, size_t i,
                                  const naba_mention *x) {
    const morph_model *mm = stg->mm;
    if (!mm || !doc->words.n || x->word_count != 1 || w[i].shape != NER_SHAPE_ARABIC || w[i].phrase_type ||
        (w[i].lex & (NER_LEX_LOC | NER_LEX_PERW | NER_LEX_ORG | NER_LEX_NAT)))
        return 0;
    size_t before = i;
    while (before > 0 && w[before - 1].shape == NER_SHAPE_PUNCT && i - before < 2) before--;
    if (before > 0 && ((w[before - 1].lex & (NER_LEX_TRIG_PER | NER_LEX_TRIG_LOC | NER_LEX_TRIG_ORG | NER_LEX_NAT)) ||
                       ner_head_word(stg->heads, w[before - 1].s, w[before - 1].n,
                                     NER_HEAD_OPENS | WT_BIT(NER_HEAD_MEDIUM), NULL)))
        return 0;
    /* a place or a body is often named by a common word (الحوطة, الوحدة)
    ** the gazetteers miss; a surname by an adjective of origin (الأسيوطي) */
    const naba_word *h = &doc->words.v[x->word_first];
    int common_pos = x->type == NABA_ENT_MISC ? h->upos == NABA_UPOS_NOUN || h->upos == NABA_UPOS_ADJ
                     : x->type == NABA_ENT_PER ? h->upos == NABA_UPOS_NOUN
                                               : 0;
    return common_pos && morph_dictionary_word(mm, h->form);
}

/* The forms of the words of the sentences sp[0..nsp) left untagged and
** written without the article, whole and without their clitics, sorted, also
** without an accusative alef (بلاغا): where the document uses a word as a
** common noun.
** w and tags are indexed like the document's tokens. Count in *out_n; NULL
** on out of memory. */
static uint64_t *untagged_bare(const ner_word *w, const uint8_t *tags, const ner_span *sp, size_t nsp,
                               size_t tokens, naba_arena *a, size_t *out_n) {
    uint64_t *h = naba_arena_alloc_raw(a, (3 * tokens + 1) * sizeof *h);
    size_t k = 0;
    if (!h) return NULL;
    for (size_t s = 0; s < nsp; s++) {
        for (size_t i = sp[s].first; i < sp[s].first + sp[s].n; i++) {
            const ner_word *x = &w[i];
            if (tags[i] || x->shape != NER_SHAPE_ARABIC || (x->prefix & NER_PRE_AL)) continue;
            /* the word whole too: its first letter may be no proclitic (بلاغ) */
            h[k++] = x->h_key;
            if (x->h_host != x->h_key) h[k++] = x->h_host;
            if (x->kn > 4 && !memcmp(x->key + x->kn - 2, "\xd8\xa7", 2)) h[k++] = ner_hash(x->key, x->kn - 2);
        }
    }
    qsort(h, k, sizeof *h, morph_cmp_u64);
    *out_n = k;
    return h;
}

/* Which words tagged_words picks. */
enum tagged_pick {
    TAGGED_PERSON_KEYS,     /* the keys, whole, of the words tagged a person's */
    TAGGED_LONG_NAME_HOSTS, /* the hosts (without clitics) of the words of names of two words or more */
    TAGGED_HOSTS            /* the hosts of all the words tagged */
};

/* The words of the sentences sp[0..nsp) picked, sorted (ner_hash). A lone
** word among the words of longer names is the short form of a name the
** document gives in full (كاظم الساهر ... الساهر). Count in *out_n; NULL on
** out of memory. */
static uint64_t *tagged_words(const ner_word *w, const uint8_t *tags, const ner_span *sp, size_t nsp,
                              size_t tokens, enum tagged_pick pick, naba_arena *a, size_t *out_n) {
    uint64_t *h = naba_arena_alloc_raw(a, (tokens + 1) * sizeof *h);
    size_t k = 0;
    if (!h) return NULL;
    for (size_t s = 0; s < nsp; s++)
        for (size_t i = sp[s].first, end = sp[s].first + sp[s].n; i < end; i++) {
            if (pick == TAGGED_PERSON_KEYS) {
                if (tags[i] && ner_tag_type(tags[i]) == NABA_ENT_PER) h[k++] = w[i].h_key;
            } else if (pick == TAGGED_HOSTS ? tags[i] != 0
                                            : ner_tag_inside(tags[i]) || (tags[i] && i + 1 < end && ner_tag_inside(tags[i + 1]))) {
                h[k++] = w[i].h_host;
            }
        }
    qsort(h, k, sizeof *h, morph_cmp_u64);
    *out_n = k;
    return h;
}

/* How many times h is in the sorted v[0..n). */
static size_t sorted_count(const uint64_t *v, size_t n, uint64_t h) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < h) lo = mid + 1;
        else hi = mid;
    }
    size_t k = lo;
    while (k < n && v[k] == h) k++;
    return k - lo;
}

/* Is word i of a sentence opening at word `first` a person's word in و right
** after a person's: one that may be a second person joined to the first? */
static int joined_shape(const ner_word *w, const uint8_t *tags, size_t first, size_t i) {
    return i != first && ner_tag_type(tags[i]) == NABA_ENT_PER && ner_tag_type(tags[i - 1]) == NABA_ENT_PER &&
           !memcmp(w[i].key, "\xd9\x88", 2);
}

/* Is it one (رونالدو و[بيل وبنزيمة], كيم وشي): a word of that shape whose
** letters after و the document tags a person's word without it (pw:
** tagged_words' TAGGED_PERSON_KEYS)? A name's own word in و (جاك ويلشير, هيفاء وهبي,
** وليد) is written with it elsewhere too. */
static int joined_person(const ner_word *w, const uint8_t *tags, size_t first, size_t i, const uint64_t *pw,
                         size_t npw) {
    if (w[i].kn < 6 || !joined_shape(w, tags, first, i)) return 0;
    uint64_t bare = ner_hash(w[i].key + 2, w[i].kn - 2);
    return pw && bsearch(&bare, pw, npw, sizeof *pw, morph_cmp_u64) != NULL;
}

/* Each second person joined by و opens a person of its own: the tags of the
** sentences sp[0..nsp) rewritten; the document's person words in *pw (NULL
** when no word is و after a person's). 0 on out of memory. */
static int split_joined_persons(const ner_word *w, uint8_t *tags, const ner_span *sp, size_t nsp, size_t tokens,
                                naba_arena *a, uint64_t **pw, size_t *npw) {
    for (size_t s = 0; s < nsp; s++)
        for (size_t i = sp[s].first + 1; i < sp[s].first + sp[s].n; i++) {
            if (!joined_shape(w, tags, sp[s].first, i)) continue;
            if (!*pw && !(*pw = tagged_words(w, tags, sp, nsp, tokens, TAGGED_PERSON_KEYS, a, npw))) return 0;
            if (joined_person(w, tags, sp[s].first, i, *pw, *npw)) tags[i] = (uint8_t)ner_tag_make(NABA_ENT_PER, 0);
        }
    return 1;
}

/* Is word i a second body joined by و inside a body's chunk (جامعة الخليج
** العربي [وجامعة] البحرين, ... التونسي الصيني [والغرفة] التجارية): و on a
** head word of an organization (data/ner/heads.tsv's head and body classes,
** with or without its article) right after a word of the same ORG chunk? */
static int joined_body(const wordtab *heads, const ner_word *w, const uint8_t *tags, size_t first, size_t i) {
    if (i == first || ner_tag_type(tags[i]) != NABA_ENT_ORG || !ner_tag_inside(tags[i]) ||
        memcmp(w[i].s, "\xd9\x88", 2))
        return 0;
    size_t cut = 0;
    const wt_entry *e = ner_head_word_stripped(heads, w[i].s, w[i].n,
                                               WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_BODY), WT_CONJ | WT_DEF, &cut);
    return e && cut >= 2 && (!strcmp(e->str, "ORG") || !strcmp(e->str, "GOV"));
}

/* Each second body joined by و opens an organization of its own: the tags
** of the sentences sp[0..nsp) rewritten. */
static void split_joined_bodies(const wordtab *heads, const ner_word *w, uint8_t *tags, const ner_span *sp,
                                size_t nsp) {
    for (size_t s = 0; s < nsp; s++)
        for (size_t i = sp[s].first + 1; i < sp[s].first + sp[s].n; i++)
            if (joined_body(heads, w, tags, sp[s].first, i)) tags[i] = (uint8_t)ner_tag_make(NABA_ENT_ORG, 0);
}

/* The mentions of doc, with scratch memory from a. */
static naba_status mentions(naba_doc *doc, const ner_stage *stg, naba_arena *a) {
    const ner_model *m = stg->m;
    size_t maxlen = 0, tokens = 0, nsp = 0;
    ner_span *sp = naba_arena_alloc(a, (doc->sents.n + 1) * sizeof *sp);
    uint32_t *sid = naba_arena_alloc(a, (doc->sents.n + 1) * sizeof *sid);
    if (!sp || !sid) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
    for (size_t s = 0; s < doc->sents.n; s++) {
        const naba_sentence *se = &doc->sents.v[s];
        if (se->tok_count == 0 || se->tok_first + (size_t)se->tok_count > doc->tokens.n) continue;
        sid[nsp] = (uint32_t)s;
        sp[nsp++] = (ner_span){se->tok_first, se->tok_count};
        if (se->tok_count > maxlen) maxlen = se->tok_count;
        tokens += se->tok_count;
    }
    if (maxlen == 0) return NABA_OK;
    /* words, tags and confidences are indexed like doc->tokens */
    ner_word *w = naba_arena_alloc(a, doc->tokens.n * sizeof *w);
    char *keys = naba_arena_alloc(a, doc->text_len + doc->tokens.n + 1);
    uint8_t *tags = naba_arena_alloc(a, doc->tokens.n);
    float *conf = naba_arena_alloc(a, doc->tokens.n * sizeof *conf);
    /* every part of the scratch is written before it is read (ner_tag_doc):
    ** not zeroed, ~1% of the stage */
    void *scratch = naba_arena_alloc_raw(a, ner_tag_doc_scratch(maxlen, tokens));
    if (!w || !keys || !tags || !conf || !scratch)
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
    size_t kp = 0;
    for (size_t s = 0; s < nsp; s++) {
        for (uint32_t i = sp[s].first; i < sp[s].first + sp[s].n; i++) {
            const naba_token *t = &doc->tokens.v[i];
            ner_word_init(&w[i], doc->text + t->start, t->end - t->start, keys + kp);
            kp += w[i].kn + 1;
        }
        ner_words_morph(w + sp[s].first, doc, sp[s].first, sp[s].n, stg->mm);
    }
    if (!ner_tag_doc(m, w, sp, nsp, tags, conf, scratch))
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
    for (size_t s = 0; s < nsp; s++) ner_heads_rule(stg->heads, w + sp[s].first, sp[s].n, tags + sp[s].first);
    uint64_t *pw = NULL;
    size_t npw = 0;
    if (!split_joined_persons(w, tags, sp, nsp, tokens, a, &pw, &npw))
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
    split_joined_bodies(stg->heads, w, tags, sp, nsp);
    uint64_t *bare = NULL, *longw = NULL, *named = NULL;
    size_t nbare = 0, nlongw = 0, nnamed = 0;
    for (size_t s = 0; s < nsp; s++) {
        size_t first = sp[s].first, n = sp[s].n, i = 0;
        const uint8_t *tg = tags + first;
        ner_chunk ch;
        while (ner_next_chunk(tg, n, &i, &ch)) {
            if (ch.type == NABA_ENT_PER) ch.end = person_end(w + first, ch.start, ch.end);
            /* a common noun the document also writes bare: the link stage
            ** keeps it only as a KB name (المونديال) */
            int common = 0;
            if (ch.end == ch.start + 1 && common_noun_form(m, &w[first + ch.start])) {
                if (!bare && !(bare = untagged_bare(w, tags, sp, nsp, tokens, a, &nbare)))
                    return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
                common = bsearch(&w[first + ch.start].h_stem, bare, nbare, sizeof *bare, morph_cmp_u64) != NULL;
            }
            naba_mention *x = NABA_PUSH(doc, &doc->mentions);
            if (!x) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
            const ner_word *wa = &w[first + ch.start];
            size_t cut = SIZE_MAX;
            if (ch.type == NABA_ENT_PER || !ner_head_word(stg->heads, wa->s, wa->n, NER_HEAD_OPENS, &cut))
                cut = SIZE_MAX;
            /* a head's match after لل stops after the preposition (لهيئة):
            ** back to its ل, for place() to read لل as ل + ال and flag it */
            else if (cut >= 2 && cut + 2 <= wa->n && !memcmp(wa->s + cut, "\xd9\x84", 2))
                cut -= 2;
            /* without the و that joins it to the person before, even on a
            ** short word the proclitic cut keeps whole (كيم وشي) */
            if (joined_person(w + first, tg, 0, ch.start, pw, npw)) cut = ner_skip_letters(wa->s, wa->n, 1);
            x->type = (uint8_t)ch.type;
            x->flags = 0;
            place(doc, m, wa, first + ch.start, first + ch.end, cut, x);
            x->sent = sid[s];
            x->entity = -1;
            int latin = 1;
            float c = 1;
            for (size_t k = first + ch.start; k < first + ch.end; k++) {
                latin &= w[k].shape >= NER_SHAPE_LATIN_CAP && w[k].shape <= NER_SHAPE_LATIN_LOWER;
                if (conf[k] < c) c = conf[k];
            }
            if (latin) x->flags |= NABA_MENTION_LATIN;
            if (!common && dictionary_common_word(doc, stg, w + first, ch.start, x)) {
                if ((!longw && !(longw = tagged_words(w, tags, sp, nsp, tokens, TAGGED_LONG_NAME_HOSTS, a, &nlongw))) ||
                    (!named && !(named = tagged_words(w, tags, sp, nsp, tokens, TAGGED_HOSTS, a, &nnamed))))
                    return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
                /* a word the document tags three times or more is its name
                ** (معبد الكرنك ... الكرنك, the coach جروس) */
                common = !bsearch(&wa->h_host, longw, nlongw, sizeof *longw, morph_cmp_u64) &&
                         sorted_count(named, nnamed, wa->h_host) < 3;
            }
            if (common) x->flags |= NABA_MENTION_COMMON;
            x->conf = c;
            if (ch.end == ch.start + 1 && !split_pair(doc, x))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
        }
    }
    return NABA_OK;
}

naba_status ner_stage_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    ner_stage *stg = state;
    naba_status st = mentions(doc, stg, stg->scratch);
    naba_arena_reset(stg->scratch);
    return st == NABA_OK && doc->words.n ? morph_names_of_mentions(doc, stg->mm) : st;
}
