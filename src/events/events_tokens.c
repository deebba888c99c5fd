/*
** events_tokens.c — the tokens of a document as the events stage reads them:
** each token's folded key and its dictionary candidates (the key's readings
** and the lemmas and forms of its words, memoized per word in events_cache.c),
** its cue bits, whether it is nominal (the article, a teh marbuta), its clause
** (cut at sentence punctuation, line breaks and sentence ends) and whether
** its line is a photo caption.
**
** Everything the rules ask of a token afterwards is a field read here once:
** the patterns test about a million candidates per 150 articles.
*/
#include "events_int.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

/* Does the text open with "أل" or "إل" after "و", "ف", "ب" or "ك"? The
** article is written with a bare alef: "ألقى", "وألقت" (threw) fold to the
** key of "القى" yet are verbs. */
static int hamza_al(const char *s, size_t n) {
    while (n >= 2 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2) || !memcmp(s, "ب", 2) || !memcmp(s, "ك", 2))) s += 2, n -= 2;
    return n >= 4 && (!memcmp(s, "أل", 4) || !memcmp(s, "إل", 4));
}

/* Does the tagger read a word of the token as a perfect verb? Then an alef-lam
** opening it is its stem's, no article: "التقى" (met), "التزم", "والتحق". */
static int perfect_verb(const naba_doc *doc, const naba_token *tk) {
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        const naba_word *wd = &doc->words.v[tk->word_first + k];
        if (wd->upos == NABA_UPOS_VERB && wd->feats && strstr(wd->feats, "Aspect=Perf")) return 1;
    }
    return 0;
}

/* Does the tagger read the token as no verb at all? Then the keys' guesses
** that read it as one go: "تقدما" (progress) is no "قدم" (presented), "سنويا"
** (yearly) no "نوى" (intended), "أحد" (one) no "حد", "بنيران" no "إيران". */
static int no_verb(const naba_doc *doc, const naba_token *tk, const char *key) {
    if (!tk->word_count || tk->word_first >= doc->words.n) return 0;
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        uint8_t u = doc->words.v[tk->word_first + k].upos;
        if (u == NABA_UPOS_VERB || u == NABA_UPOS_AUX || u == NABA_UPOS_X) return 0; /* X: unread */
    }
    return !ev_verb_ending(key); /* "فجرن", "توافقتا": the verb the tagger missed */
}

/* Does a clause of its own begin at the token: a verb (its first word that
** is no conjunction or particle), or "أن", "إن", "لكن" (with "و", "ف", "ب",
** "ل" before it)? */
static int opens_clause(const naba_doc *doc, const naba_token *tk, const char *key) {
    static const char *const subordinators[] = {"ان", "انه", "انها", "انهم", "لكن", "لكنه", "لكنها", "لكنهم", NULL};
    /* "وإن", "بأن", "لأن", "ولكن": after a conjunction or a preposition */
    const char *c = key, *p;
    if (!strncmp(c, "و", 2) || !strncmp(c, "ف", 2)) c += 2;
    p = !strncmp(c, "ب", 2) || !strncmp(c, "ل", 2) ? c + 2 : c;
    /* each opens with alef or lam and has five letters at most: most tokens
    ** are not compared */
    if (strlen(c) <= 10 && (!strncmp(c, "ا", 2) || !strncmp(c, "ل", 2) || !strncmp(p, "ا", 2)))
        for (const char *const *s = subordinators; *s; s++)
            if (!strcmp(c, *s) || !strcmp(p, *s)) return 1;
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        uint8_t u = doc->words.v[tk->word_first + k].upos;
        if (u == NABA_UPOS_CCONJ || u == NABA_UPOS_PART || u == NABA_UPOS_SCONJ) continue;
        return u == NABA_UPOS_VERB;
    }
    return 0;
}

/* A word with the article ("الفجر", "الخطف") is a noun, never a finite verb. */
int ev_definite(const char *key) {
#define PRE(s) {s, sizeof s - 1}
    static const struct { const char *s; size_t n; } pre[] = {
        PRE("ال"), PRE("وال"), PRE("فال"), PRE("بال"), PRE("كال"), PRE("لل"), PRE("ولل"), PRE("فلل"), PRE("وبال")};
#undef PRE
    /* every prefix opens with one of these letters: most words leave here */
    if ((unsigned char)key[0] != 0xD8 && (unsigned char)key[0] != 0xD9) return 0;
    unsigned char b = (unsigned char)key[1];
    if (!(b == 0xA7 || b == 0x88 || b == 0x81 || b == 0xA8 || b == 0x83 || b == 0x84)) return 0;
    size_t n = strlen(key);
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++)
        if (n > pre[i].n + 2 && !memcmp(key, pre[i].s, pre[i].n)) return 1;
    return 0;
}

static int is_break_char(uint32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B || c == ';' || c == ':' ||
           c == 0x2026;
}

/* Does the token's text end with sentence punctuation, a comma? */
static void token_punct(const char *s, size_t n, int *brk, int *comma) {
    *brk = *comma = 0;
    size_t e = n;
    while (e > 0) {
        size_t p = utf8_prev(s, e), len;
        uint32_t c = utf8_next(s + p, e - p, &len);
        if (is_break_char(c)) *brk = 1;
        else if (c == ',' || c == 0x060C) *comma = 1;
        else if (!(c == '"' || c == 0x201D || c == 0x201C || c == ')' || c == '(' || c == 0xBB ||
                   c == 0xAB || c == '\'' || c == '-' || c == 0x2013 || c == 0x2014))
            break;
        e = p;
    }
}

static uint32_t cue_of(const ev_dict *d, const char *key) {
    int32_t v = ev_map_get(&d->cues, ev_no_article(key));
    if (v >= 0) return (uint32_t)v & ~(uint32_t)EVC_CAPTION;
    /* "ولم", "فلا", "والطرفان": a conjunction in front of a cue word */
    if ((!strncmp(key, "و", 2) || !strncmp(key, "ف", 2)) && strlen(key) > 4) {
        v = ev_map_get(&d->cues, ev_no_article(key + 2));
        if (v >= 0) return (uint32_t)v & ~(uint32_t)EVC_CAPTION;
    }
    return 0;
}

/* A caption is one descriptive sentence and its credit, at times a second
** sentence: the example's is 28 tokens ("يحضر ... ألبانيا. (ليون نيل/تجمع
** عبر AP)"). A longer line is a paragraph, or a scraped page with no line
** breaks (9.9 MB), whose events are news. */
#define CAPTION_MAX_TOKENS 64

/* A photo caption: a short line opening with a caption phrase ("في هذه
** الصورة"), or opening with a present-tense verb and carrying a year, the AP
** caption style ("يحضر ... يوم الجمعة 16 مايو 2025 في تيرانا"). */
static int caption_line(const ev_dict *d, const ev_tok *t, size_t b, size_t e, const naba_doc *doc) {
    if (e - b > CAPTION_MAX_TOKENS) return 0;
    char key[EV_KEY_MAX * 3 + 3];
    size_t o = 0;
    for (size_t i = b; i < e && i < b + 3; i++) {
        const char *k = ev_no_article(t[i].key);
        size_t l = strlen(k);
        if (o + l + 2 >= sizeof key) break;
        if (o) key[o++] = ' ';
        memcpy(key + o, k, l);
        o += l;
        key[o] = '\0';
        int32_t v = ev_map_get(&d->cues, key);
        if (v >= 0 && (v & EVC_CAPTION)) return 1;
    }
    const char *k0 = t[b].key;
    if (strncmp(k0, "ي", 2) && strncmp(k0, "ت", 2)) return 0;
    for (size_t i = b; i < e; i++) {
        const naba_token *tk = &doc->tokens.v[i];
        size_t n = tk->end - tk->start;
        const char *s = doc->text + tk->start;
        int digits = 0;
        for (size_t k = 0; k < n; k++) digits += s[k] >= '0' && s[k] <= '9';
        if (digits == 4 && n <= 6 && (s[0] == '1' || s[0] == '2')) return 1;
    }
    return 0;
}

/* Light verbs are inflected ("اندلعت", "خرجوا"): the light and means bits of
** every candidate count. */
static uint32_t cand_cues(const ev_dict *d, const char *const *c, size_t n) {
    uint32_t cue = 0;
    for (size_t k = 0; k < n; k++) {
        int32_t v = ev_map_get(&d->cues, c[k]);
        if (v >= 0) cue |= (uint32_t)v & (EVC_LIGHT | EVC_MEANS | EVC_LEGAL | EVC_WEAPON | EVC_TOPIC | EVC_AIM | EVC_SUPPORT | EVC_REPORT | EVC_PAST |
                                        EVC_COALITION);
    }
    return cue;
}

/* Can a candidate anchor a pattern (EVW_ANCHOR) or open a phrase (EVW_PHRASE)? */
static uint8_t cand_kinds(const ev_dict *d, const char *const *c, size_t n) {
    uint8_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (ev_map_get(&d->anchors, c[i]) >= 0) k |= EVW_ANCHOR;
        if (ev_map_get(&d->phrase_first, c[i]) >= 0) k |= EVW_PHRASE;
    }
    return k;
}

/* What a word key means to the dictionary: its known candidates and cue bits
** (memoized); NULL on out of memory. */
static const ev_word *word_of(ev_work *w, const char *key) {
    const ev_word *e = ev_cache_word(w->cache, key);
    if (e) return e;
    char buf[EV_MAX_CANDS * 24];
    const char *c[EV_MAX_CANDS], *known[EV_MAX_CANDS];
    uint64_t verbal = 0, known_verbal = 0;
    size_t n = *key ? ev_candidates(key, buf, sizeof buf, c, &verbal) : 0, nk = 0;
    for (size_t k = 0; k < n; k++) {
        const char *d = ev_dict_word(w->dict, c[k]); /* other candidates can match no entry */
        if (!d) continue;
        known_verbal |= ((verbal >> k) & 1) << nk;
        known[nk++] = d;
    }
    uint32_t cue = (*key ? cue_of(w->dict, key) : 0) | cand_cues(w->dict, known, nk);
    return ev_cache_put_word(w->cache, key, known, (uint32_t)nk, known_verbal, cue, cand_kinds(w->dict, known, nk));
}

/* The dictionary key of a lemma or form of the words layer, if any entry
** holds it (memoized); NULL on out of memory. The article goes as the
** dictionary drops it (ev_no_article: only when three letters remain), so the
** verb "ألقى" (key "القى") keeps its alef-lam as its entries do. */
static const ev_word *form_of(ev_work *w, const char *raw) {
    const ev_word *e = ev_cache_form(w->cache, raw);
    if (e) return e;
    char k[EV_KEY_MAX];
    size_t l = ev_key(raw, strlen(raw), k, sizeof k);
    const char *d = l ? ev_dict_word(w->dict, ev_no_article(k)) : NULL;
    return ev_cache_put_form(w->cache, raw, d, d ? cand_cues(w->dict, &d, 1) : 0, d ? cand_kinds(w->dict, &d, 1) : 0);
}

/* The keys read every word opening with "ت", "ي" or "ن" as a possible
** imperfect ("تعرض" -> "عرض", offers). A verb the tagger reads as a perfect
** ("تعرض": underwent, "تظاهر": demonstrated) is not: the stems that guess
** made go. */
static void drop_imperfect_guess(const naba_doc *doc, const naba_token *tk, ev_tok *t) {
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        const naba_word *wd = &doc->words.v[tk->word_first + k];
        if (wd->upos != NABA_UPOS_VERB) continue;
        if (!wd->feats || !strstr(wd->feats, "Aspect=Perf") || !wd->form) return;
        char fk[EV_KEY_MAX];
        size_t n = ev_key(wd->form, strlen(wd->form), fk, sizeof fk);
        if (n < 6 || !ev_imperfect_prefix(fk)) return;
        uint32_t o = 0;
        for (uint32_t m = 0; m < t->n_cands; m++) {
            const char *c = t->cands[m];
            if (!strcmp(c, fk + 2) || (!strncmp(c, "ا", 2) && !strcmp(c + 2, fk + 2))) continue;
            t->cands[o++] = c;
        }
        t->n_cands = o;
        return;
    }
}

/* Does the token's last letter write a teh marbuta ("ة"; the keys fold it
** into "ه", a pronoun)? */
static int ends_in_teh(const char *s, size_t n) {
    while (n) {
        size_t p = utf8_prev(s, n), len;
        uint32_t c = utf8_next(s + p, n - p, &len);
        if (is_arabic_letter(c)) return c == 0x0629;
        n = p;
    }
    return 0;
}

/* Drop readings no word of this shape has:
** - three root letters and "ة" are a noun of their own, a broken plural or a
**   singular ("طلبة", students, "قتلة", killers, "شرطة"), not the event
**   word of its three letters ("طلب", a request, "قتل", "شرط"): the "ة" is
**   no pronoun. Adjectives keep their masculine: a nisba ("جوية" is "جوي")
**   and a doubled root ("عامة", "خاصة"); and a person's feminine the reading
**   that names it as an actor ("الطفلة" is "طفل", CVL);
** - "يوجد", "توجد" (there is, are) keep the "و" the imperfect of "وجد"
**   (found: "يجد") drops; they say what exists and carry no event. */
static void drop_misreadings(const ev_dict *d, const char *raw, size_t rn, ev_tok *t) {
    const char *k = t->key;
    if (!strncmp(k, "و", 2) || !strncmp(k, "ف", 2)) k += 2;
    int exists = (!strncmp(k, "يوجد", 8) || !strncmp(k, "توجد", 8)) && strlen(k) <= 12;
    int teh = ends_in_teh(raw, rn);
    size_t kl = strlen(t->key);
    uint32_t o = 0;
    for (uint32_t m = 0; m < t->n_cands; m++) {
        const char *c = t->cands[m];
        if (exists && !strcmp(c, "وجد")) continue;
        if (teh && strlen(c) == 6 && kl >= 8 && !memcmp(t->key + kl - 8, c, 6) && memcmp(c + 2, "ا", 2) &&
            memcmp(c + 4, "ي", 2) && ev_map_get(&d->phrase_first, c) < 0)
            continue;
        t->cands[o++] = c;
    }
    t->n_cands = o;
}

size_t ev_first_token_from(const ev_work *w, naba_off off) {
    size_t lo = 0, hi = w->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->doc->tokens.v[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

uint32_t ev_line_of(const ev_work *w, size_t t) {
    size_t lo = 0, hi = w->line_first.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->line_first.v[mid] <= t) lo = mid + 1;
        else hi = mid;
    }
    return lo ? (uint32_t)(lo - 1) : 0;
}

/* The tokens inside each date or time expression, marked once (a scan of
** every expression for each token was length x length on one long line). */
static void mark_timexes(ev_work *w) {
    const naba_doc *doc = w->doc;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const naba_timex *x = &doc->timexes.v[k];
        for (size_t t = ev_first_token_from(w, x->start); t < w->n_toks && doc->tokens.v[t].start <= x->end; t++)
            if (doc->tokens.v[t].end <= x->end) w->toks[t].timex = 1;
    }
}

/* The tokens that start inside what a quantity counts ("700 طالب"), marked
** once for ev_counted, which read every count for each token it was asked of;
** and whether the counts are in text order, for ev_count_in. */
static void mark_counted(ev_work *w) {
    const naba_doc *doc = w->doc;
    w->counts_sorted = 1;
    for (size_t k = 0; k < doc->counts.n; k++) {
        const naba_count *c = &doc->counts.v[k];
        if (k && c->start < doc->counts.v[k - 1].start) w->counts_sorted = 0;
        if (c->kind != NABA_COUNT_QUANTITY || c->what_end <= c->what_start) continue;
        for (size_t t = ev_first_token_from(w, c->what_start); t < w->n_toks && doc->tokens.v[t].start < c->what_end; t++)
            w->toks[t].counted = 1;
    }
}

/* Keys and candidate lists packed one after another in blocks of the
** arena: a copy each from the arena took 16 bytes or 32 (it aligns every
** allocation to 16), where most keys need about 10 and most lists 8 or 16. */
typedef struct ev_packer { char *at; size_t room; } ev_packer;

/* Room for n bytes aligned to align (a power of two), NULL on out of memory. */
static void *packed(naba_arena *a, ev_packer *p, size_t n, size_t align) {
    enum { BLOCK = 4096 };
    size_t pad = (align - (uintptr_t)p->at % align) % align;
    if (pad + n > p->room) {
        p->room = n > BLOCK ? n : BLOCK;
        if (!(p->at = naba_arena_alloc_raw(a, p->room))) return NULL;
        pad = 0; /* the arena's blocks are aligned to 16 */
    }
    void *r = p->at + pad;
    p->at += pad + n;
    p->room -= pad + n;
    return r;
}

int ev_prepare_tokens(ev_work *w) {
    naba_doc *doc = w->doc;
    w->n_toks = doc->tokens.n;
    w->toks = naba_arena_alloc(doc->arena, (w->n_toks ? w->n_toks : 1) * sizeof *w->toks);
    if (!w->toks) return -1;
    uint32_t line = 0;
    size_t pos = 0;
    ev_packer pack = {NULL, 0};
    for (size_t i = 0; i < w->n_toks; i++) {
        const naba_token *tk = &doc->tokens.v[i];
        ev_tok *t = &w->toks[i];
        uint32_t before = line;
        for (; pos < tk->start && pos < doc->text_len; pos++) line += doc->text[pos] == '\n';
        t->new_line = i && line != before;
        if (!i || t->new_line) {
            uint32_t *first = NABA_PUSH(doc, &w->line_first);
            if (!first) return -1;
            *first = (uint32_t)i;
        }
        char key[EV_KEY_MAX];
        size_t kl = ev_key(doc->text + tk->start, tk->end - tk->start, key, sizeof key);
        char *kept = packed(doc->arena, &pack, kl + 1, 1);
        if (!kept) return -1;
        memcpy(kept, key, kl);
        kept[kl] = '\0';
        t->key = kept;
        /* copied out at once: the memo's next put may move or drop its entries */
        const ev_word *kw = word_of(w, key);
        if (!kw) return -1;
        enum { MAX_EXTRA = 32 };
        _Static_assert(EV_MAX_CANDS + MAX_EXTRA <= UINT8_MAX, "a token's candidates are counted in a byte");
        /* gathered here, then kept at their count: room for every extra in the
        ** document's arena was at least 256 bytes a token, most of it unused */
        const char *cands[EV_MAX_CANDS + MAX_EXTRA];
        t->cands = cands;
        uint64_t drop = no_verb(doc, tk, key) ? kw->verbal : 0;
        t->n_cands = 0;
        for (uint32_t k = 0; k < kw->n; k++)
            if (!((drop >> k) & 1)) t->cands[t->n_cands++] = kw->cands[k];
        t->cue = kw->cue;
        t->kinds = kw->kinds;
        /* lemmas and forms of the token's words, when morphology ran */
        const char *extra[MAX_EXTRA];
        uint32_t ne = 0;
        for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n && ne + 2 <= MAX_EXTRA; k++) {
            const naba_word *wd = &doc->words.v[tk->word_first + k];
            const char *src[2] = {wd->lemma, wd->form};
            for (int s = 0; s < 2; s++) {
                if (!src[s] || !*src[s] || !strcmp(src[s], "_")) continue;
                if (s && src[0] && !strcmp(src[0], src[1])) continue; /* a form as its lemma: the same answer */
                const ev_word *f = form_of(w, src[s]);
                if (!f) return -1;
                if (f->n) { extra[ne++] = f->cands[0]; t->cue |= f->cue; t->kinds |= f->kinds; }
            }
        }
        /* the dictionary's strings are unique: a pointer compare finds repeats */
        for (uint32_t k = 0; k < ne; k++) {
            int seen = 0;
            for (uint32_t m = 0; m < t->n_cands && !seen; m++) seen = t->cands[m] == extra[k];
            if (!seen) t->cands[t->n_cands++] = extra[k];
        }
        drop_imperfect_guess(doc, tk, t);
        drop_misreadings(w->dict, doc->text + tk->start, tk->end - tk->start, t);
        t->cands = NULL;
        if (t->n_cands) {
            if (!(t->cands = packed(doc->arena, &pack, t->n_cands * sizeof *t->cands, _Alignof(const char *)))) return -1;
            memcpy(t->cands, cands, t->n_cands * sizeof *cands);
        }
        t->opens = opens_clause(doc, tk, t->key);
        {
            const char *ts = doc->text + tk->start;
            size_t tn = tk->end - tk->start;
            while (tn && !((unsigned char)ts[tn - 1] & 0x80)) tn--; /* trailing ASCII punctuation */
            t->nominal = (ev_definite(t->key) && !hamza_al(ts, tn) && !perfect_verb(doc, tk)) ||
                         (tn >= 2 && !memcmp(ts + tn - 2, "\xd8\xa9", 2));
        }
    }
    /* clauses: cut at sentence punctuation, line breaks and sentence ends */
    size_t start = 0, line_start = 0;
    for (size_t i = 0; i < w->n_toks; i++) {
        const naba_token *tk = &doc->tokens.v[i];
        int brk, comma;
        token_punct(doc->text + tk->start, tk->end - tk->start, &brk, &comma);
        w->toks[i].brk_comma = (uint8_t)comma;
        int last = i + 1 == w->n_toks;
        if (!last) {
            const naba_token *nx = &doc->tokens.v[i + 1];
            if (nx->sent != tk->sent) brk = 1;
            if (w->toks[i + 1].new_line) brk = 1;
        }
        if (brk || last) {
            for (size_t k = start; k <= i; k++) {
                w->toks[k].clause_start = (uint32_t)start;
                w->toks[k].clause_end = (uint32_t)i + 1;
            }
            start = i + 1;
        }
        if (last || w->toks[i + 1].new_line) {
            if (caption_line(w->dict, w->toks, line_start, i + 1, doc))
                for (size_t k = line_start; k <= i; k++) w->toks[k].caption = 1;
            line_start = i + 1;
        }
    }
    mark_timexes(w);
    mark_counted(w);
    return ev_index_timexes(w) || ev_index_names(w) ? -1 : 0;
}
