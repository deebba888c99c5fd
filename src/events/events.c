/*
** events.c — the events stage: who did what to whom, coded in CAMEO and PLOVER.
**
** For each clause: find the anchors of event patterns (a verb lemma or an event
** noun) and check the words each pattern requires after its anchor; let a
** refusing, demanding, proposing or threatening verb swallow the act it is
** about ("رفض بوتين عرض زيلنسكي للقاء" is one rejection, not a meeting); keep
** what is reported and drop what is only mentioned (events_grammar.c: a verbal
** noun needs a light verb, future and purpose are hypothetical, a relative
** clause is background); pick the source and target among the clause's actor
** units (the parser's subject and object, guarded by Arabic word order, which
** also fills what the parse leaves open); attach place, date, quote and count.
** Works on bare tokens (clitic-tolerant keys) and gets better with lemmas,
** entities and syntax when the stages before it have run.
*/
#include "calendar.h"
#include "events_int.h"
#include "stage.h"
#include "syntax.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define FIRST_GAP 7      /* the first required word may follow a VSO subject: this far */
#define NOT_GAP 12       /* a figure of speech's object may follow a long subject: "خطفت التقنيات
                         ** والاجهزة التي حملها ... الصحفيون القادمون من شرق اسيا انظار" */
#define MEANS_REACH 8    /* an attack or weapon that makes an act armed is this near its verb */
#define ELEM_GAP 4       /* later required words: this many tokens after the previous one */
#define COMPLEMENT 8     /* what a demand/refusal/offer is about: tokens after its verb */
#define BEFORE_WINDOW 5  /* a subject before its verb (SVO) is at most this far */
#define MAX_EV_ELEMS 8

typedef struct cand_event {
    const ev_pattern *pat;
    uint32_t anchor, last;       /* anchor token, last matched token */
    uint32_t elem_tok[MAX_EV_ELEMS];
    const char *code;
    uint32_t modality;
    int dropped;
} cand_event;

/* ------------------------------------------------------------ tokens */

static int definite(const char *key);
static int hamza_al(const char *s, size_t n);
static int perfect_verb(const naba_doc *doc, const naba_token *tk);

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

/* A photo caption: a line opening with a caption phrase ("في هذه الصورة"), or
** opening with a present-tense verb and carrying a year, the AP caption style
** ("يحضر ... يوم الجمعة 16 مايو 2025 في تيرانا"). */
static int caption_line(const ev_dict *d, const ev_tok *t, size_t b, size_t e, const naba_doc *doc) {
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
        if (v >= 0) cue |= (uint32_t)v & (EVC_LIGHT | EVC_MEANS | EVC_LEGAL | EVC_WEAPON | EVC_TOPIC | EVC_AIM | EVC_SUPPORT | EVC_REPORT | EVC_PAST);
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
    size_t n = *key ? ev_candidates(key, buf, sizeof buf, c) : 0, nk = 0;
    for (size_t k = 0; k < n; k++) {
        const char *d = ev_dict_word(w->dict, c[k]); /* other candidates can match no entry */
        if (d) known[nk++] = d;
    }
    uint32_t cue = (*key ? cue_of(w->dict, key) : 0) | cand_cues(w->dict, known, nk);
    return ev_cache_put_word(w->cache, key, known, (uint32_t)nk, cue, cand_kinds(w->dict, known, nk));
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

static int prepare_tokens(ev_work *w) {
    naba_doc *doc = w->doc;
    w->n_toks = doc->tokens.n;
    w->toks = naba_arena_alloc(doc->arena, (w->n_toks ? w->n_toks : 1) * sizeof *w->toks);
    if (!w->toks) return -1;
    uint32_t line = 0;
    size_t pos = 0;
    for (size_t i = 0; i < w->n_toks; i++) {
        const naba_token *tk = &doc->tokens.v[i];
        ev_tok *t = &w->toks[i];
        for (; pos < tk->start && pos < doc->text_len; pos++) line += doc->text[pos] == '\n';
        t->line = line;
        char key[EV_KEY_MAX];
        size_t kl = ev_key(doc->text + tk->start, tk->end - tk->start, key, sizeof key);
        t->key = naba_arena_strndup(doc->arena, key, kl);
        /* copied out at once: the memo's next put may move or drop its entries */
        const ev_word *kw = word_of(w, key);
        if (!t->key || !kw) return -1;
        enum { MAX_EXTRA = 32 };
        t->cands = naba_arena_alloc(doc->arena, (kw->n + MAX_EXTRA) * sizeof *t->cands);
        if (!t->cands) return -1;
        memcpy(t->cands, kw->cands, kw->n * sizeof *t->cands);
        t->n_cands = kw->n;
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
        {
            const char *ts = doc->text + tk->start;
            size_t tn = tk->end - tk->start;
            while (tn && !((unsigned char)ts[tn - 1] & 0x80)) tn--; /* trailing ASCII punctuation */
            t->nominal = (definite(t->key) && !hamza_al(ts, tn) && !perfect_verb(doc, tk)) ||
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
            if (w->toks[i + 1].line != w->toks[i].line) brk = 1;
        }
        if (brk || last) {
            for (size_t k = start; k <= i; k++) {
                w->toks[k].clause_start = (uint32_t)start;
                w->toks[k].clause_end = (uint32_t)i + 1;
            }
            start = i + 1;
        }
        if (last || w->toks[i + 1].line != w->toks[i].line) {
            if (caption_line(w->dict, w->toks, line_start, i + 1, doc))
                for (size_t k = line_start; k <= i; k++) w->toks[k].caption = 1;
            line_start = i + 1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------- patterns */

/* Is s[0..n) (no NUL in it) one of the token's candidates? Patterns ask this
** about nearly a million alternatives per 300 articles: a byte loop, no call. */
static int has_cand(const ev_tok *t, const char *s, size_t n) {
    for (uint32_t i = 0; i < t->n_cands; i++) {
        const char *c = t->cands[i];
        size_t j = 0;
        while (j < n && c[j] == s[j]) j++; /* stops at c's NUL: s has none */
        if (j == n && !c[n]) return 1;
    }
    return 0;
}

/* 2: e matched as a clitic of the token (the next element may be in the same
** token), 1: matched the token, 0: no. Inlined by force: it runs about a
** million times per 150 articles, and when the rules around code_doc grew
** the compiler stopped inlining it on its own (+3.5% instructions in the
** stage, callgrind). */
__attribute__((always_inline)) static inline int elem_matches(const ev_dict *d, const ev_tok *t, const char *e) {
    if (e[0] == '&') {
        for (uint32_t i = 0; i < t->n_cands; i++) if (ev_dict_in_set(d, e, t->cands[i])) return 1;
        return 0;
    }
    for (const char *p = e;;) {
        size_t n = 0;
        while (p[n] && p[n] != '|') n++;
        const char *bar = p[n] ? p + n : NULL;
        /* a one-letter preposition is a clitic: "بسحب" holds ب, and the next
        ** word may be in the same token (before the candidates, which hold the
        ** words layer's "ل" of "لهجوم" too) */
        if (n == 2 && (!memcmp(p, "ب", 2) || !memcmp(p, "ل", 2) || !memcmp(p, "ك", 2))) {
            const char *k = t->key;
            if (!strncmp(k, "و", 2) || !strncmp(k, "ف", 2)) k += 2;
            if (!strncmp(k, p, 2) && strlen(k) >= 8) return 2;
        }
        if (has_cand(t, p, n)) return 1;
        if (!bar) return 0;
        p = bar + 1;
    }
}

/* Match pattern p anchored at token i; fills c and returns 1 on success. */
static int match_pattern(const ev_work *w, const ev_pattern *p, size_t i, cand_event *c) {
    size_t end = w->toks[i].clause_end, j = i + 1;
    for (uint32_t k = 0; k < p->n_elems && k < MAX_EV_ELEMS; k++) {
        size_t found = SIZE_MAX;
        size_t gap = k ? ELEM_GAP : p->flags & EVP_NOT ? NOT_GAP : FIRST_GAP;
        for (size_t t = j; t < end && t <= j + gap; t++) {
            int m = elem_matches(w->dict, &w->toks[t], p->elems[k]);
            if (m) { found = t; j = m == 2 ? t : t + 1; break; }
        }
        if (found == SIZE_MAX) return 0;
        c->elem_tok[k] = (uint32_t)found;
    }
    c->pat = p;
    c->anchor = (uint32_t)i;
    c->last = p->n_elems ? c->elem_tok[p->n_elems - 1] : (uint32_t)i;
    c->code = p->code;
    return 1;
}

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

/* A word with the article ("الفجر", "الخطف") is a noun, never a finite verb. */
static int definite(const char *key) {
#define PRE(s) {s, sizeof s - 1}
    static const struct { const char *s; size_t n; } pre[] = {
        PRE("ال"), PRE("وال"), PRE("فال"), PRE("بال"), PRE("كال"), PRE("لل"), PRE("ولل"), PRE("فلل"), PRE("وبال")};
#undef PRE
    size_t n = strlen(key);
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++)
        if (n > pre[i].n + 2 && !memcmp(key, pre[i].s, pre[i].n)) return 1;
    return 0;
}

/* The best pattern at token i: most required words, then confidence, then
** the later definition (curated files come after compiled ones). */
static int best_at(const ev_work *w, size_t i, cand_event *best) {
    const ev_tok *t = &w->toks[i];
    int found = 0, def = t->nominal;
    if (!(t->kinds & EVW_ANCHOR)) return 0;
    for (uint32_t c = 0; c < t->n_cands; c++) {
        for (int32_t k = ev_map_get(&w->dict->anchors, t->cands[c]); k >= 0; k = w->dict->pats[k].next) {
            const ev_pattern *p = &w->dict->pats[k];
            if (!p->code || (def && !(p->flags & EVP_NOUN))) continue;
            cand_event ce;
            memset(&ce, 0, sizeof ce);
            if (!match_pattern(w, p, i, &ce)) continue;
            if (found) {
                const ev_pattern *b = best->pat;
                if (p->n_elems < b->n_elems) continue;
                if (p->n_elems == b->n_elems && (p->conf < b->conf ||
                    (p->conf == b->conf && (p->file < b->file || (p->file == b->file && p->line < b->line)))))
                    continue;
            }
            *best = ce;
            found = 1;
        }
    }
    /* "خطفت الأضواء", "فجرت أزمة": the words say something else */
    return found && !(best->pat->flags & EVP_NOT);
}

/* A verb of refusal, demand, offer or threat swallows the act it is about and
** may take a more precise code from it ("رفض عرض للقاء" -> 125). */
static const char *refine(const char *outer, const char *inner) {
    static const struct { const char *outer, *inner, *code; } table[] = {
        {"12", "04", "125"}, {"12", "03", "125"}, {"12", "087", "1246"}, {"12", "08", "124"},
        {"10", "04", "106"}, {"10", "03", "106"}, {"10", "087", "1056"}, {"10", "08", "105"},
        {"10", "084", "1053"}, {"13", "16", "1312"}, {"13", "163", "1312"}, {"13", "18", "138"},
        {"13", "19", "138"}, {"03", "04", "036"}, {"03", "08", "035"}, {"03", "084", "0353"},
        {"03", "087", "0356"}};
    size_t ol = strlen(outer);
    /* only a generic outer code is refined: 120, 100, 130, 030 */
    if (ol > 3 || (ol == 3 && outer[2] != '0')) return outer;
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        size_t il = strlen(table[i].inner);
        if (strncmp(outer, table[i].outer, 2) || strncmp(inner, table[i].inner, il) || il <= best_len) continue;
        best = table[i].code;
        best_len = il;
    }
    return best ? best : outer;
}

static uint32_t modality_of(uint32_t flags) {
    uint32_t m = 0;
    if (flags & EVP_REFUSE) m |= NABA_EVENT_REFUSED;
    if (flags & EVP_PROPOSE) m |= NABA_EVENT_PROPOSED;
    if (flags & EVP_THREATEN) m |= NABA_EVENT_THREATENED;
    if (flags & EVP_DEMAND) m |= NABA_EVENT_DEMANDED;
    return m;
}

#define SWALLOWS (EVP_REFUSE | EVP_PROPOSE | EVP_THREATEN | EVP_DEMAND)

static void absorb(const ev_work *w, cand_event *ev, size_t n) {
    for (size_t a = 0; a < n; a++) {
        if (ev[a].dropped) continue;
        uint32_t flags = ev[a].pat->flags;
        uint32_t reach = ev[a].last;
        if (flags & SWALLOWS) {
            uint32_t r = ev[a].anchor + COMPLEMENT;
            /* "ترامب، الذي ضغط من أجل إنهاء الصراع، سوف يجتمع": a comma not
            ** followed by "و" closes what the verb is about */
            for (uint32_t t = ev[a].last; t < r && t + 1 < w->n_toks; t++)
                if (w->toks[t].brk_comma && strncmp(w->toks[t + 1].key, "و", 2)) { r = t; break; }
            if (r > reach) reach = r;
        }
        for (size_t b = 0; b < n; b++) {
            if (b == a || ev[b].dropped || ev[b].anchor <= ev[a].anchor || ev[b].anchor > reach) continue;
            int inside = 0;
            for (uint32_t k = 0; k < ev[a].pat->n_elems; k++) inside |= ev[a].elem_tok[k] == ev[b].anchor;
            if (!inside && !(flags & SWALLOWS)) continue;
            /* a swallowed event with its own swallowing verb is a new clause */
            if (!inside && (ev[b].pat->flags & SWALLOWS)) continue;
            if (flags & SWALLOWS) ev[a].code = refine(ev[a].code, ev[b].code);
            ev[b].dropped = 1;
        }
    }
}

/* ------------------------------------------------------------ actors */

typedef struct doc_parties { char a[4], b[4]; } doc_parties;

/* The two parties "both sides" means: the two most frequent countries. */
static void find_parties(const ev_work *w, doc_parties *dp) {
    char mains[64][4];
    size_t counts[64], n = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        char m[4];
        if (w->units.v[i].place || !ev_code_main(w->units.v[i].code, m)) continue;
        size_t k = 0;
        while (k < n && strcmp(mains[k], m)) k++;
        if (k == n) { if (n == 64) continue; memcpy(mains[n], m, 4); counts[n++] = 0; }
        counts[k]++;
    }
    dp->a[0] = dp->b[0] = '\0';
    size_t ca = 0, cb = 0;
    for (size_t k = 0; k < n; k++) {
        if (counts[k] > ca) { memcpy(dp->b, dp->a, 4); cb = ca; memcpy(dp->a, mains[k], 4); ca = counts[k]; }
        else if (counts[k] > cb) { memcpy(dp->b, mains[k], 4); cb = counts[k]; }
    }
}

/* The nearest actor right before the anchor, within its clause and not across
** a comma: an SVO subject ("روسيا قدمت"), or the agent of a purpose noun. */
static int subject_before(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    for (size_t i = w->units.n; i-- > 0;) {
        const ev_unit *u = &w->units.v[i];
        if (u->e > anchor || u->b < cs) continue;
        if (anchor - u->e > BEFORE_WINDOW) break;
        if (ev_comma_in(w, u->e - 1, anchor)) break;
        if (u->place || u->oblique) continue;
        return (int)i;
    }
    return -1;
}

/* Force: CAMEO 18 (assault), 19 (fight), 20 (mass violence). */
static int violent(const char *cameo) { return cameo[0] == '1' ? cameo[1] >= '8' : cameo[0] == '2'; }

/* A plural noun, as the tagger has it; a form it may have misread as one is
** left out: a feminine plural in "ات" is a noun, but one opening with an
** imperfect prefix or ending in "ن" or "ت" may be a verb ("وتعرضن",
** "اعتدين", "انسحبت"). */
static int plural_noun(const naba_word *wd) {
    if (wd->upos != NABA_UPOS_NOUN || !wd->feats || !strstr(wd->feats, "Number=Plur") || !wd->form) return 0;
    size_t n = strlen(wd->form);
    const char *f = wd->form;
    if (n >= 4 && !strcmp(f + n - 4, "ات")) return 1;
    if (ev_imperfect_prefix(f)) return 0;
    return n < 2 || (strcmp(f + n - 2, "ن") && strcmp(f + n - 2, "ت"));
}

/* Protest or violence: CAMEO 14 and 18-20, and what PLOVER counts as an
** assault besides (1712, destroying property: "هجمت عليها فدمرتها"). */
static int unrest(const naba_event *ev) {
    return !strncmp(ev->cameo, "14", 2) || violent(ev->cameo) || (ev->plover && !strcmp(ev->plover, "ASSAULT"));
}

/* Does the event name an explosive ("سيارة مفخخة انفجرت", "انفجرت عبوة
** ناسفة")? A bomb that goes off has no doer after it: what follows is what it
** hit ("على دورية بريطانية") or where. An attack noun ("ضربة جوية أميركية",
** cue class means) does have its doer after it. */
static int explosive_event(const ev_work *w, const cand_event *c) {
    uint32_t cue = w->toks[c->anchor].cue;
    for (uint32_t k = 0; k < c->pat->n_elems && k < MAX_EV_ELEMS; k++) cue |= w->toks[c->elem_tok[k]].cue;
    return (cue & EVC_WEAPON) && !(cue & EVC_MEANS);
}

/* Source and target by word order (no parse): a subject right before a verb,
** else the first actor after it (not after a plural verb, which holds its
** subject); the target is the next actor. After an explosive, the first
** actor is the target; so it is after a noun of violence that is no attack
** noun: "مقتل X", "اغتيال X", "خطف X" tell what was done to X (an attack
** noun has its doer after it: "هجوم طالبان", cue class means). */
static void by_order(const ev_work *w, const cand_event *c, int noun, int passive, int plural, int *src, int *tgt) {
    size_t ce = w->toks[c->anchor].clause_end;
    int doer_after = !explosive_event(w, c) && !(noun && violent(c->code) && !(w->toks[c->anchor].cue & EVC_MEANS));
    /* a comma and a clause word ("، حيث", "، بينما", "، الذي") open a new
    ** clause with actors of its own */
    for (size_t t = c->anchor; t + 1 < ce; t++)
        if (w->toks[t].brk_comma && (w->toks[t + 1].cue & EVC_STOP)) { ce = t + 1; break; }
    if (passive) {
        /* "قتل 4 جنود", "جنديا قتل": the one named is who it was done to */
        if (*tgt < 0) *tgt = subject_before(w, c->anchor);
        for (size_t i = 0; i < w->units.n && *tgt < 0; i++) {
            const ev_unit *u = &w->units.v[i];
            if (u->b > c->anchor && u->b < ce && !u->place && !u->oblique && (int)i != *src) *tgt = (int)i;
        }
        return;
    }
    if (*src < 0 && !noun) *src = subject_before(w, c->anchor);
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b <= c->anchor || u->b >= ce || u->place || (int)i == *src || (int)i == *tgt) continue;
        if (*src < 0 && doer_after && !u->oblique && !u->conj && !plural) { *src = (int)i; continue; }
        if (*tgt < 0) { *tgt = (int)i; }
        if (*src >= 0 && *tgt >= 0) break;
    }
    if (*src < 0 && noun) {
        int b = subject_before(w, c->anchor);
        if (b >= 0 && b != *tgt) *src = b;
    }
}

static int place_of(const ev_work *w, const cand_event *c) {
    const ev_tok *t = &w->toks[c->anchor];
    int best = -1;
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        /* a role after "في" ("في منشور", "في الجيش") is no place */
        if (!u->place || !u->named || u->b < t->clause_start || u->b >= t->clause_end) continue;
        if (best < 0 || (w->units.v[best].b < c->anchor && u->b > c->anchor)) best = (int)i;
    }
    return best;
}

static void set_actor(const ev_work *w, naba_actor *a, int u, const char *code) {
    a->entity = -1;
    if (u < 0) return;
    const naba_doc *doc = w->doc;
    a->start = doc->tokens.v[w->units.v[u].b + w->units.v[u].member].start;
    a->end = doc->tokens.v[w->units.v[u].e - 1].end;
    a->entity = w->units.v[u].entity;
    a->code = code ? code : (w->units.v[u].code && *w->units.v[u].code ? w->units.v[u].code : NULL);
}

/* Is the token before the anchor "أنه", "إنه", "بأنها", "إننا" (words layer:
** "أن"/"إن" and a pronoun, not a plural "they")? The verb's subject is then
** that pronoun: left unsaid, it is the one who speaks, as a rule, not an actor
** named after the verb. */
static int that_pronoun(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (anchor == 0 || w->toks[anchor - 1].clause_end != w->toks[anchor].clause_end) return 0;
    const naba_token *tk = &doc->tokens.v[anchor - 1];
    if (tk->word_count < 2 || tk->word_first + tk->word_count > doc->words.n) return 0;
    const naba_word *wd = &doc->words.v[tk->word_first];
    const naba_word *last = &wd[tk->word_count - 1], *that = &wd[tk->word_count - 2];
    /* "أنهم سيوافقون": they, not the speaker */
    if (last->feats && strstr(last->feats, "Person=3") && !strstr(last->feats, "Number=Sing")) return 0;
    return last->upos == NABA_UPOS_PRON && that->upos == NABA_UPOS_SCONJ && that->form &&
           (!strcmp(that->form, "أن") || !strcmp(that->form, "إن") || !strcmp(that->form, "ان"));
}

/* "وأكد الدكتور أشرف زكي، نقيب الممثلين، أنه التقى بالفنانة": the unit that
** names a quote's speaker in the sentence, when it has a code; the unsaid
** subject of what the speaker tells ("أنه") is the speaker, not the
** paragraph's last actor (the speaker's entity may have no code of its own). */
static int speaker_actor(const ev_work *w, const naba_quote *q) {
    const naba_doc *doc = w->doc;
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->place || u->both || !u->code || !*u->code) continue;
        if (doc->tokens.v[u->b].start >= q->speaker_start && doc->tokens.v[u->e - 1].end <= q->speaker_end)
            return (int)i;
    }
    return -1;
}

/* "التقى رئيس الأركان الروسي نظيره التركي": a counterpart ("نظيره", coded
** GOV by the dictionary for want of better) holds the office of the one it is
** the counterpart of, when that one's role is known: the Turkish chief of
** staff is TURMIL. Unit u is the counterpart's, other the code of the other
** party of the event. */
static void counterpart_role(const ev_work *w, naba_actor *a, int u, const char *other) {
    if (u < 0 || !a->code || !other) return;
    const ev_tok *t = &w->toks[w->units.v[u].b + w->units.v[u].member];
    int counterpart = 0;
    for (uint32_t i = 0; i < t->n_cands && !counterpart; i++)
        counterpart = !strncmp(t->cands[i], "نظير", strlen("نظير")) || !strncmp(t->cands[i], "نظرا", strlen("نظرا"));
    const char *own = ev_code_role(a->code), *role = ev_code_role(other);
    char m[4];
    if (!counterpart || !own || strcmp(own, "GOV") || !role || !*role || !strcmp(role, "GOV") || ev_code_main(role, m))
        return;
    size_t country = (size_t)(own - a->code), n = strlen(role);
    char *s = naba_arena_alloc(w->doc->arena, country + n + 1);
    if (!s) return;
    memcpy(s, a->code, country);
    memcpy(s + country, role, n + 1);
    a->code = s;
}

static const char *party_code(naba_doc *doc, const char *m) {
    return *m ? naba_arena_strndup(doc->arena, m, 3) : NULL;
}

/* ------------------------------------------------------------- events */

/* Is word v inside a name the entity layer found? */
static int in_name(const naba_doc *doc, uint32_t v) {
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (v >= doc->mentions.v[m].word_first && v - doc->mentions.v[m].word_first < doc->mentions.v[m].word_count)
            return 1;
    return 0;
}

/* "* 21 مايو 2005: اغتيال الأمين العام ... بسيارة مفخخة": a clause with no
** verb at all that opens with the event noun is a headline or a chronology
** entry, and it reports the event. A word inside a name is no verb, whatever
** the tagger says of a name it does not know ("اغتيال النائب وليد عيدو"). */
static int verbless_clause(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (!doc->words.n || anchor == 0) return 0;
    const naba_token *colon = &doc->tokens.v[anchor - 1];
    if (colon->end - colon->start != 1 || doc->text[colon->start] != ':') return 0;
    for (size_t t = w->toks[anchor].clause_start; t < w->toks[anchor].clause_end; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++)
            if (doc->words.v[tk->word_first + k].upos == NABA_UPOS_VERB && !in_name(doc, tk->word_first + k))
                return 0;
    }
    return 1;
}

/* Is the token before t, in its clause and with no comma between, an
** indefinite noun or adjective? */
static int indefinite_before(const ev_work *w, size_t t) {
    const naba_doc *doc = w->doc;
    const naba_token *pt = &doc->tokens.v[t - 1];
    if (w->toks[t - 1].brk_comma || !pt->word_count || pt->word_first + pt->word_count > doc->words.n) return 0;
    const naba_word *wd = &doc->words.v[pt->word_first + pt->word_count - 1];
    return (wd->upos == NABA_UPOS_NOUN || wd->upos == NABA_UPOS_ADJ) && wd->feats && strstr(wd->feats, "Definite=Ind");
}

/* An event noun reports an event when a "light" verb makes it happen: right
** before it ("اندلعت مظاهرات", "شن هجوما") or after it as its subject ("مظاهرة
** عنيفة اندلعت"), or the parser makes the noun the subject of such a verb. */
/* Returns 0 when not licensed, else 1 + the light verb's token when it comes
** before the noun ("قام مسلحون بخطف": its subject is the doer), else 1 + the
** noun's own token. */
static size_t licensed(const ev_work *w, size_t anchor, const ev_gram *g) {
    size_t cs = w->toks[anchor].clause_start, ce = w->toks[anchor].clause_end;
    for (size_t k = 1; k <= 3 && anchor >= cs + k; k++) {
        if (!(w->toks[anchor - k].cue & EVC_LIGHT)) continue;
        /* "لشن ضربات", "خيار شن ضربات": a light verb that is itself a verbal
        ** noun states a plan or an option, not what happened */
        ev_gram lg;
        ev_gram_of(w, anchor - k, &lg);
        if (lg.has_words && (!lg.verb || lg.prep || lg.future || lg.subjunctive)) continue;
        return anchor - k + 1;
    }
    /* "قامت امرأة بلجيكية اعتنقت الاسلام ... بتفجير نفسها", "نجح الجيش في
    ** قتل": a support verb takes its noun through a preposition past its
    ** subject and adverbs, in the same comma-free stretch with no other verb
    ** between; never through the "ل" of purpose ("نجحت في إحباط عملية لخطف
    ** جنود": the kidnapping was the foiled aim) */
    const naba_token *nt = &w->doc->tokens.v[anchor];
    const char *pf = nt->word_count && nt->word_first < w->doc->words.n ? w->doc->words.v[nt->word_first].form : NULL;
    int purpose = pf && !strcmp(pf, "ل");
    for (size_t k = 1; g->prep && !purpose && k <= 8 && anchor >= cs + k; k++) {
        size_t t = anchor - k;
        if (w->toks[t].brk_comma) break;
        ev_gram lg;
        ev_gram_of(w, t, &lg);
        if (w->toks[t].cue & EVC_SUPPORT) {
            if (lg.has_words && lg.verb && !lg.prep && !lg.future && !lg.subjunctive && !lg.relative) return t + 1;
            break;
        }
        /* a verb right after an indefinite noun describes it, a relative
        ** clause with no relative word: "امرأة بلجيكية اعتنقت الاسلام" */
        if (lg.has_words && lg.verb && !(t > cs && indefinite_before(w, t))) break;
    }
    /* "غداة هجوم شنه مسلحون": a light verb after a noun in a time or cause
    ** phrase tells about that known event, it does not report a new one */
    if (g->background || g->prep) return 0;
    for (size_t k = 1; k <= 3 && anchor + k < ce; k++) {
        if (w->toks[anchor + k - 1].brk_comma) break;
        if (!(w->toks[anchor + k].cue & EVC_LIGHT)) continue;
        /* "هجوما بالقنبلة سينفذ": a light verb in the future plans the event */
        ev_gram lg;
        ev_gram_of(w, anchor + k, &lg);
        if (lg.has_words && (lg.future || lg.subjunctive)) break;
        return anchor + 1;
    }
    const naba_doc *doc = w->doc;
    if (anchor == cs && verbless_clause(w, anchor)) return anchor + 1;
    if (g->word >= 0 && naba_syn_rel_is(&doc->words.v[g->word], "nsubj")) {
        int32_t h = doc->words.v[g->word].head;
        if (h >= 0 && (size_t)h < doc->words.n) {
            uint32_t ht = doc->words.v[h].token;
            ev_gram lg;
            if (ht < w->n_toks && (w->toks[ht].cue & EVC_LIGHT)) {
                ev_gram_of(w, ht, &lg);
                if (!(lg.has_words && (lg.future || lg.subjunctive))) return anchor + 1;
            }
        }
    }
    return 0;
}

/* "الهجوم الكيماوي الذي أسفر عن مقتل العشرات": the light verb of an event
** noun opens a relative clause; the clause describes a known event, it does
** not report the toll ("الأمر الذي أدى إلى مقتل" sums up the news just told). */
static int relative_light(const ev_work *w, size_t lt) {
    static const char *const rel[] = {"الذي", "التي", "والذي", "والتي", NULL};
    size_t cs = w->toks[lt].clause_start;
    if (lt < cs + 1) return 0;
    return ev_key_in(&w->toks[lt - 1], rel) && !(lt >= cs + 2 && !strcmp(w->toks[lt - 2].key, "الامر"));
}

/* The actor unit holding token t, not a place; or -1. */
static int unit_at(const ev_work *w, size_t t) {
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b <= t && t < u->e && !u->place && !u->oblique) return (int)i;
    }
    return -1;
}

/* The actor between a light verb and its event noun: "قام مسلحون بخطف". */
static int between(const ev_work *w, size_t verb, size_t noun) {
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b <= verb || u->e > noun) continue;
        if (!u->place && !u->oblique && !u->prep) return (int)i;
    }
    return -1;
}

/* "في مينسك لمناقشة تدريبات": a talk named as the purpose of a trip (a
** clitic "ل" on the noun) is what the trip was for; only consultations, since
** "للاحتجاج" and "لقتل" state aims that need not have happened. */
static int purpose_consult(const ev_work *w, const cand_event *c, const ev_gram *g) {
    const char *k = w->toks[c->anchor].key;
    return g->prep && !strncmp(c->code, "04", 2) && !strncmp(k, "ل", 2);
}

/* Is the anchor where a clause starts (its start, or after a comma, a bare
** conjunction or "كما", "also": "كما خطف مسلحون")? A verbal noun rarely opens
** a clause; a verb often does, and there the tagger's NOUN for "رفض" in "،
** رفض بوتين" is more likely wrong. */
static int clause_initial(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    if (anchor == cs) return 1;
    const ev_tok *p = &w->toks[anchor - 1];
    return p->brk_comma || !strcmp(p->key, "و") || !strcmp(p->key, "ف") || !strcmp(p->key, "كما") ||
           !strcmp(p->key, "وكما");
}

/* "قتل ثلاثة مسلحين في ضربة جوية اميركية", "اثر هجوم تبنته طالبان": a
** killing whose doer is not named has the actor of the attack it came from;
** that actor follows the attack noun closely. */
static int doer_of_means(const ev_work *w, size_t anchor) {
    size_t ce = w->toks[anchor].clause_end;
    for (size_t t = anchor + 1; t < ce; t++) {
        if (!(w->toks[t].cue & EVC_MEANS)) continue;
        for (size_t i = 0; i < w->units.n; i++) {
            const ev_unit *u = &w->units.v[i];
            if (u->b <= t || u->place || u->both) continue;
            if (u->b > t + 4) break;
            return (int)i;
        }
        return -1;
    }
    return -1;
}

/* Is the role part of an actor code one of roles[0..n)? */
static int role_in(const char *code, const char *const *roles, size_t n) {
    const char *role = ev_code_role(code);
    for (size_t i = 0; role && i < n; i++)
        if (!strncmp(role, roles[i], 3)) return 1;
    return 0;
}

/* Soldiers, police, spies, rebels, insurgents, militants, gunmen. */
static int armed_actor(const char *code) {
    static const char *const armed[] = {"COP", "MIL", "SPY", "REB", "INS", "IMG", "UAF"};
    return role_in(code, armed, sizeof armed / sizeof *armed);
}

/* A sentence of this many words or more is a roundup, a history or an
** argument: the protest or the violence it names past its first words is
** seldom its news ("خرج امس سكان الخرطوم في مظاهرة ..." opens with it). */
#define LONG_SENTENCE 50
#define HEAD_WORDS 10

static int long_sentence(const naba_doc *doc, uint32_t sent, size_t anchor) {
    if (sent >= doc->sents.n) return 0;
    const naba_sentence *s = &doc->sents.v[sent];
    uint32_t words = 0, before = 0;
    for (uint32_t t = s->tok_first; t < s->tok_first + s->tok_count && t < doc->tokens.n; t++) {
        words += doc->tokens.v[t].kind == NABA_TOK_WORD;
        if (t < anchor) before += doc->tokens.v[t].kind == NABA_TOK_WORD;
    }
    return words >= LONG_SENTENCE && before >= HEAD_WORDS;
}

/* Heads above an event word from which it is context (see emit). */
#define DEEP 5

/* How many heads sit above word v, up to DEEP, counted from the speech verb
** that reports it when there is one: "قال مصدر إن «عبوة ناسفة انفجرت على
** دورية»" tells the bombing as the statement's content, the news, not as a
** clause buried under others. */
static int is_report_verb(const naba_doc *doc, int32_t h, const void *ctx) {
    const ev_work *w = ctx;
    uint32_t t = doc->words.v[h].token;
    return t < w->n_toks && (w->toks[t].cue & EVC_REPORT);
}

static int depth_in_report(const ev_work *w, int32_t v) { return naba_syn_depth_below(w->doc, v, DEEP, is_report_verb, w); }

/* "وقد نظمت هذه المظاهرات", "تلك الهجمات": a demonstrative points back to an
** event the reader knows of. */
static int known_event(const ev_work *w, const cand_event *c) {
    uint32_t at[MAX_EV_ELEMS + 1];
    uint32_t n = 0;
    at[n++] = c->anchor;
    for (uint32_t k = 0; k < c->pat->n_elems && k < MAX_EV_ELEMS; k++) at[n++] = c->elem_tok[k];
    for (uint32_t k = 0; k < n; k++) {
        if (at[k] == 0 || w->toks[at[k] - 1].clause_end != w->toks[at[k]].clause_end) continue;
        if (w->toks[at[k] - 1].cue & EVC_DEMONSTRATIVE) return 1;
    }
    return 0;
}

/* Is an attack or a weapon named after the anchor in its clause? */
static int means_after(const ev_work *w, size_t anchor) {
    for (size_t t = anchor + 1; t < w->toks[anchor].clause_end; t++)
        if (w->toks[t].cue & (EVC_MEANS | EVC_WEAPON)) return 1;
    return 0;
}

/* "وأفادت مصادر أمنية بمقتل سبعة أشخاص", "أعلن عن مقتل": a toll under a
** preposition is what a speech verb before it (past its subject, with no
** other verb or comma between) reports. */
static int reported_toll(const ev_work *w, size_t anchor) {
    for (size_t k = 1; k <= 6 && anchor >= w->toks[anchor].clause_start + k; k++) {
        size_t t = anchor - k;
        if (w->toks[t].brk_comma) break;
        ev_gram lg;
        ev_gram_of(w, t, &lg);
        if (w->toks[t].cue & EVC_REPORT) return !lg.has_words || (lg.verb && !lg.prep && !lg.future && !lg.subjunctive);
        if (lg.has_words && lg.verb) break;
    }
    return 0;
}

/* Is an attack or its means named in the anchor's clause ("في هجوم
** انتحاري", "بانفجار سيارة"), at most reach words from it? */
static int means_within(const ev_work *w, size_t anchor, size_t reach) {
    size_t b = w->toks[anchor].clause_start, e = w->toks[anchor].clause_end;
    if (anchor - b > reach) b = anchor - reach;
    if (e - anchor - 1 > reach) e = anchor + reach + 1;
    for (size_t t = b; t < e; t++)
        if (t != anchor && (w->toks[t].cue & (EVC_MEANS | EVC_WEAPON))) return 1;
    return 0;
}

static int means_in_clause(const ev_work *w, size_t anchor) { return means_within(w, anchor, SIZE_MAX); }

#define CRITICIZE "111"

/* Does unit u name a person (an entity the recognizer calls one) or a
** civilian office (a government, a parliament, a party, a court, the
** press: "وهاجمت الخارجية الروسية واشنطن")? */
static int speaker_unit(const ev_work *w, int u) {
    int32_t e = w->units.v[u].entity;
    if (e >= 0 && (size_t)e < w->doc->entities.n && w->doc->entities.v[e].type == NABA_ENT_PER) return 1;
    static const char *const offices[] = {"GOV", "LEG", "PTY", "JUD", "MED", "ELI"};
    return role_in(w->units.v[u].code, offices, sizeof offices / sizeof *offices);
}

/* Does unit u name a country as such ("الصين", "روسيا"), not its people
** ("المصريون", "الفلسطينيون")? */
static int state_unit(const ev_work *w, int u) {
    int32_t e = w->units.v[u].entity;
    const char *code = w->units.v[u].code;
    return e >= 0 && (size_t)e < w->doc->entities.n && !strncmp(w->doc->entities.v[e].id, "country:", 8) && code &&
           strlen(code) == 3;
}

/* Is a word of that cue class before the anchor in its clause? With
** stretch, only in the stretch of the clause no comma cuts: in "بهدف القبض
** على زعماء القاعدة أو قتلهم" the killing is an aim, a comma ends the aim. */
static int cue_before(const ev_work *w, size_t anchor, uint32_t cue, int stretch) {
    for (size_t t = anchor; t-- > w->toks[anchor].clause_start;) {
        if (stretch && w->toks[t].brk_comma) return 0;
        if (w->toks[t].cue & cue) return 1;
    }
    return 0;
}

/* Is a word of that cue class in the comma-free stretch of the anchor's
** clause, before it or up to OFTEN_REACH words after it? "وهاجمت إسرائيل
** مواقع للجيش السوري كثيرا خلال الصراع": "often" tells a habit wherever it
** stands. */
enum { OFTEN_REACH = 6 };
static int cue_around(const ev_work *w, size_t anchor, uint32_t cue) {
    for (size_t t = anchor; t-- > w->toks[anchor].clause_start && !w->toks[t].brk_comma;)
        if (w->toks[t].cue & cue) return 1;
    for (size_t t = anchor; t < w->toks[anchor].clause_end && t <= anchor + OFTEN_REACH; t++) {
        if (t > anchor && (w->toks[t].cue & cue)) return 1;
        if (w->toks[t].brk_comma) break;
    }
    return 0;
}

/* "إلا أن بعضهم ضغط": a quantifier with a pronoun ("some of them") as the
** subject points back to the last actor named before it in the sentence. */
static int quantified_subject(const ev_work *w, size_t anchor) {
    if (anchor == 0 || !(w->toks[anchor - 1].cue & EVC_QUANTIFIER)) return -1;
    uint32_t sent = w->doc->tokens.v[anchor].sent;
    for (size_t u = w->units.n; u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > anchor - 1) continue;
        if (w->doc->tokens.v[x->b].sent != sent) break;
        if (!x->place && !x->both) return (int)u;
    }
    return -1;
}

/* "اقتحم مسلحون مهبطا ... وخطفوا", "طلاب ... إذ نظموا مظاهرات": the subject a
** plural verb holds is the last actor named before it in its clause, not
** across "إن"/"أن" with a noun after it: in "وقالت المصادر إن شقيقه وشخصين
** ... قتلوا" the sources said it, the brother and two others were killed
** ("بعد أن شنوا": "أن" right before the verb opens no new subject). */
static int plural_antecedent(const ev_work *w, size_t anchor) {
    static const char *const that[] = {"ان", "وان", "بان", "فان", NULL};
    size_t cs = w->toks[anchor].clause_start, t = anchor;
    for (size_t u = w->units.n; u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > anchor) continue;
        if (x->b < cs) break;
        for (; t > x->e; t--)
            if (t < anchor && ev_key_in(&w->toks[t - 1], that)) return -1;
        if (!x->place && !x->oblique && !x->prep) return (int)u;
    }
    return -1;
}

/* VSO: a verb followed right away by a bare actor has it as its subject, even
** when the parser hung it elsewhere ("واتهم زيلنسكي موسكو"). */
static int subject_after(const ev_work *w, size_t anchor) {
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b <= anchor) continue;
        if (u->b > anchor + 1 || u->place || u->oblique || u->prep || u->conj || u->both || w->toks[anchor].brk_comma)
            return -1;
        return (int)i;
    }
    return -1;
}

/* Two parties joined by "و" act together ("وافق كييف وموسكو", "روسيا
** وأوكرانيا عقدت"): for a mutual event the first is the source, the second
** the target. */
static void mutual_pair(const ev_work *w, int *src, int *tgt) {
    if (*src < 0) return;
    const ev_unit *s = &w->units.v[*src];
    if (s->conj && *src > 0) {
        const ev_unit *p = &w->units.v[*src - 1];
        if (p->e == s->b && !p->place && !p->oblique && !p->prep) {
            *tgt = *src;
            *src -= 1;
            return;
        }
    }
    if ((size_t)*src + 1 < w->units.n) {
        const ev_unit *n = &w->units.v[*src + 1];
        if (n->b == s->e && n->conj && !n->place) *tgt = *src + 1;
    }
}

static int negated(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    for (size_t k = 1; k <= 2 && anchor >= cs + k; k++)
        if (w->toks[anchor - k].cue & EVC_NEGATE) return 1;
    return 0;
}

static const ev_code *lookup_code(const ev_dict *d, const char *cameo) {
    char buf[5];
    size_t n = strlen(cameo);
    if (n > 4) return NULL;
    memcpy(buf, cameo, n + 1);
    for (; n >= 2; buf[--n] = '\0') {
        const ev_code *c = ev_dict_code(d, buf);
        if (c && c->plover) return c;
    }
    return NULL;
}

/* Is ISO date a after b? Compared on the parts both give ("2025-09" is after
** "2025-05-16"); a week date is not comparable this way. */
static int date_after(const char *a, const char *b) {
    if (!a || !b || strchr(a, 'W') || strchr(b, 'W')) return 0;
    size_t n = 0;
    while (a[n] && b[n] && a[n] != 'T' && b[n] != 'T') n++;
    return n >= 4 && memcmp(a, b, n) > 0;
}

/* The article's date, ISO: the input's (its day, read once by naba_doc_load:
** a feed's "Sun, 18 Feb 2018 ..." compared as a string is never before
** anything), else the first full date of the text (as the dates stage anchors
** relative dates). */
const char *ev_article_date(const naba_doc *doc) {
    if (doc->day) return doc->day;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const naba_timex *x = &doc->timexes.v[k];
        if (x->resolution == NABA_TIMEX_ABSOLUTE && strlen(x->value) >= 10 && !strchr(x->value, 'W')) return x->value;
    }
    return NULL;
}

/* The sentence's first date expression; for a reported (not hypothetical)
** event, not one after the article's date: "كان الوزير في مينسك لمناقشة
** تدريبات في سبتمبر" dates the exercises to come, not the visit. */
static int32_t event_timex(const naba_doc *doc, uint32_t sent, int reported) {
    const char *today = reported ? ev_article_date(doc) : NULL;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const naba_timex *x = &doc->timexes.v[k];
        if (x->sent != sent) continue;
        if (today && x->resolution != NABA_TIMEX_UNRESOLVED && date_after(x->value, today)) continue;
        return (int32_t)k;
    }
    return -1;
}

/* Does a date lie a year or more before the article's? Years are compared
** alone when the date gives no month ("عام 2005"). */
static int history(const ev_work *w, const naba_timex *x) {
    if (!w->has_day || x->resolution == NABA_TIMEX_UNRESOLVED) return 0;
    int y = 0, m = 0;
    if (sscanf(x->value, "%4d-%2d", &y, &m) < 1 || y < 1000 || strchr(x->value, 'W')) return 0;
    int ay, am, ad;
    cal_civil(w->day, &ay, &am, &ad);
    if (!m) return y < ay;
    return (ay * 12 + am) - (y * 12 + m) >= 12;
}

/* The date expression of the event's sentence nearest its verb: "في شهر
** شباط الماضي ... العقل المدبر عام 1983 لشاحنة المتفجرات ... وأدت الى مقتل" */
static int32_t nearest_timex(const naba_doc *doc, const naba_event *ev) {
    int32_t best = -1;
    naba_off bd = 0;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const naba_timex *x = &doc->timexes.v[k];
        if (x->sent != ev->sent) continue;
        naba_off d = x->end <= ev->verb_start ? ev->verb_start - x->end : x->start >= ev->verb_end ? x->start - ev->verb_end : 0;
        if (best < 0 || d < bd) best = (int32_t)k, bd = d;
    }
    return best;
}

/* A chronology entry: a date and a colon before a verbless clause, or a
** sentence that opens with a bullet ("* روسيا 24 مارس 2001 مقتل شرطيين"). */
static int chronology(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (verbless_clause(w, anchor)) return 1;
    uint32_t sent = doc->tokens.v[anchor].sent;
    if (sent >= doc->sents.n) return 0;
    const naba_token *f = &doc->tokens.v[doc->sents.v[sent].tok_first];
    return f->kind == NABA_TOK_PUNCT;
}

static int same_event(const naba_event *a, const naba_event *b) {
    if (a->sent != b->sent || strcmp(a->cameo, b->cameo)) return 0;
    const char *x = a->source.code ? a->source.code : "", *y = b->source.code ? b->source.code : "";
    const char *p = a->target.code ? a->target.code : "", *q = b->target.code ? b->target.code : "";
    return !strcmp(x, y) && !strcmp(p, q);
}

static int emit(ev_work *w, cand_event *c, const doc_parties *dp, int32_t *last_src_unit,
                uint32_t *last_src_line, const char **last_src_code) {
    naba_doc *doc = w->doc;
    const ev_tok *t = &w->toks[c->anchor];
    ev_gram g;
    ev_gram_of(w, c->anchor, &g);
    if (c->pat->flags & EVP_UNDERGO) g.passive = 1;
    int noun = (c->pat->flags & EVP_NOUN) != 0;
    /* a verb pattern on a word the tagger calls a noun, or under a
    ** preposition ("لقتل", "في خطف"), is a verbal noun: an event noun; a
    ** verb with its required words ("فجر نفسه") is trusted over the tagger */
    if (!noun && g.has_words && ((!g.verb && !clause_initial(w, c->anchor) && !c->pat->n_elems) || (g.prep && !g.verb)))
        noun = 1;
    /* a plural noun is no verb, whatever words follow it: "تضاعف واشنطن
    ** هجماتها الصاروخية على ... القاعدة" is not "هجم على قاعدة" */
    if (!noun && g.has_words && !g.verb && g.word >= 0 && plural_noun(&w->doc->words.v[g.word])) noun = 1;
    /* an event noun no verb makes happen is context, not a report */
    size_t light = noun ? licensed(w, c->anchor, &g) : 0;
    /* "أعلنت الشرطة مقتل سبعة أشخاص بتفجير انتحاري": a toll told with the
    ** attack that took it reports that attack */
    if (noun && !light && (!g.prep || reported_toll(w, c->anchor)) && (c->pat->flags & EVP_COUNT) && violent(c->code) &&
        means_after(w, c->anchor))
        light = c->anchor + 1;
    if (noun && !light && !purpose_consult(w, c, &g)) return 0;
    int src = -1, tgt = -1;
    /* "تجمع متظاهرون", "رشق مئات المتظاهرين": the actor a pattern requires by
    ** its class (&PROTESTERS) acts */
    for (uint32_t k = 0; k < c->pat->n_elems && k < MAX_EV_ELEMS && src < 0; k++)
        if (c->pat->elems[k][0] == '&') src = unit_at(w, c->elem_tok[k]);
    /* "قام مسلحون بخطف", "مسلحون قاموا بخطف": the light verb's subject did it */
    if (light && light - 1 < c->anchor) {
        src = between(w, light - 1, c->anchor);
        if (src < 0) src = subject_before(w, light - 1);
    }
    /* the one who travelled to talk: "كان الوزير في مينسك لمناقشة" */
    if (noun && purpose_consult(w, c, &g)) src = subject_before(w, c->anchor);
    if (!noun && !(c->pat->flags & EVP_UNDERGO)) {
        ev_syn_actors(w, &g, &src, &tgt);
        /* a subject before its verb is close and not across a comma (the
        ** parser may take a dateline, "اسطنبول، تركيا (AP) –", for one) */
        if (src >= 0 && w->units.v[src].b < c->anchor && subject_before(w, c->anchor) != src) src = -1;
        for (uint32_t k = c->anchor; src >= 0 && k + 1 < w->units.v[src].b; k++)
            if (w->toks[k].brk_comma) src = -1; /* "..., كما تقول الأمم المتحدة" */
        /* "ودمرت البلدات والقرى": a second conjunct after the verb is no subject */
        if (src >= 0 && w->units.v[src].conj && w->units.v[src].b > c->anchor) src = -1;
        /* Arabic: a verb before its subject is singular; "وخطفوا أربعة أوروبيين" holds its subject */
        if (src >= 0 && (g.plural || g.speaker) && w->units.v[src].b > c->anchor) {
            if (tgt < 0) tgt = src;
            src = -1;
        }
        int first = g.passive || g.plural || g.speaker ? -1 : subject_after(w, c->anchor);
        if (first >= 0 && src != first && (src < 0 || w->units.v[src].b > w->units.v[first].b)) {
            if (tgt == first) tgt = src;
            src = first;
        }
    }
    if (src < 0 && !noun) src = quantified_subject(w, c->anchor);
    if (src < 0 && !noun && g.plural && !g.passive) src = plural_antecedent(w, c->anchor);
    /* before word order takes "اميركية" of "قتلوا جراء ضربة جوية اميركية" for the victim */
    if (src < 0 && violent(c->code)) {
        int d = doer_of_means(w, c->anchor);
        /* "قتل غزو روسيا أكثر من 12000 مدني": the parse may take the doer for the object */
        if (d >= 0 && d == tgt && !g.passive && !noun) tgt = -1;
        if (d >= 0 && d != tgt) src = d;
    }
    by_order(w, c, noun, !noun && g.passive, !noun && (g.plural || g.speaker), &src, &tgt);
    /* "الرياض وسنلتقي هناك": a verb in the first person has no actor before it as its subject either */
    if (!noun && g.speaker && src >= 0 && w->units.v[src].b < c->anchor) src = -1;
    if (c->pat->flags & EVP_MUTUAL) mutual_pair(w, &src, &tgt);
    naba_event ev;
    memset(&ev, 0, sizeof ev);
    const naba_token *at = &doc->tokens.v[c->anchor];
    ev.sent = at->sent;
    ev.verb_start = at->start;
    ev.verb_end = at->end;
    ev.cameo = c->code;
    /* "وهاجم نائب الوزير بعنف مستشار الأمن القومي", "شن ماس هجوما على ترمب":
    ** a named person who attacks with no weapon or attack named near the
    ** verb attacks in words (CAMEO 111), as politicians do in the news ("أيدت
    ** بقوة" twenty words on is no hand, "يد") */
    /* "احتجت الصين على وجود سفينتين": a state protests through its
    ** diplomats, in words (a state that attacks may do it with arms) */
    if ((c->pat->flags & EVP_WORDS) && src >= 0 &&
        (speaker_unit(w, src) || (!strncmp(ev.cameo, "14", 2) && state_unit(w, src))) &&
        !means_within(w, c->anchor, MEANS_REACH))
        ev.cameo = CRITICIZE;
    const ev_code *code = lookup_code(w->dict, ev.cameo);
    ev.plover = code ? code->plover : NULL;
    ev.mode = code ? code->mode : NULL;
    ev.context = code ? code->context : NULL;
    ev.quad = code ? (uint8_t)code->quad : 0;
    {
        const char *file = w->dict->files[c->pat->file], *slash = strrchr(file, '/');
        char rule[256];
        int n = snprintf(rule, sizeof rule, "%s:%u", slash ? slash + 1 : file, c->pat->line);
        ev.rule = naba_arena_strndup(doc->arena, rule, n > 0 ? (size_t)n : 0);
    }
    ev.modality = c->modality;
    if (negated(w, c->anchor)) ev.modality |= NABA_EVENT_NEGATED;
    float conf = c->pat->conf;
    /* "اتفق كلا الجانبين", "ناقش الجانبان": both sides are the document's two
    ** parties, not one country. A record has room for both only when they fill
    ** source and target alone; beside another actor, or in a document with
    ** fewer than two countries, "both sides" stays uncoded. */
    const char *src_code = NULL, *tgt_code = NULL;
    int both_src = src >= 0 && w->units.v[src].both, both_tgt = tgt >= 0 && w->units.v[tgt].both;
    if (*dp->a && *dp->b && ((both_src && (tgt < 0 || both_tgt)) || (both_tgt && src < 0))) {
        if (src < 0) src = tgt;
        if (tgt < 0) tgt = src;
        src_code = party_code(doc, dp->a);
        tgt_code = party_code(doc, dp->b);
    }
    set_actor(w, &ev.source, src, src_code);
    set_actor(w, &ev.target, tgt, tgt_code);
    /* reported speech: a subject left unsaid ("قال زيلنسكي إنه ناقش") is the speaker */
    ev.quote = -1;
    for (size_t k = 0; k < doc->quotes.n; k++) {
        const naba_quote *q = &doc->quotes.v[k];
        if (q->start > ev.verb_start || ev.verb_end > q->end) continue;
        ev.quote = (int32_t)k;
        int su = src < 0 && !g.passive && that_pronoun(w, c->anchor) ? speaker_actor(w, q) : -1;
        if (su >= 0) {
            set_actor(w, &ev.source, su, NULL);
        } else if (src < 0 && !g.passive && q->speaker_entity >= 0 && (size_t)q->speaker_entity < doc->entities.n &&
            doc->entities.v[q->speaker_entity].actor_code) {
            ev.source.entity = q->speaker_entity;
            ev.source.code = doc->entities.v[q->speaker_entity].actor_code;
            ev.source.start = q->speaker_start;
            ev.source.end = q->speaker_end;
        }
        break;
    }
    if (src < 0 && ev.source.code) {
        conf *= 0.9f;
    } else if (src < 0) {
        /* a dropped subject: the last source of the same paragraph */
        if (*last_src_unit >= 0 && *last_src_line == t->line && !noun) {
            set_actor(w, &ev.source, *last_src_unit, *last_src_code);
            conf *= 0.8f;
        } else {
            conf *= 0.7f;
        }
    } else if (!noun) {
        *last_src_unit = src;
        *last_src_line = t->line;
        *last_src_code = ev.source.code;
    }
    counterpart_role(w, &ev.target, tgt, ev.source.code);
    counterpart_role(w, &ev.source, src, ev.target.code);
    /* place: a unit after "في"; a consultation abroad has the host as target */
    int pl = place_of(w, c);
    ev.place_entity = -1;
    if (pl >= 0) {
        ev.place_start = doc->tokens.v[w->units.v[pl].b].start;
        ev.place_end = doc->tokens.v[w->units.v[pl].e - 1].end;
        ev.place_entity = w->units.v[pl].entity;
        char m1[4], m2[4];
        const char *pm = ev_code_main(w->units.v[pl].code, m1);
        const char *sm = ev_code_main(ev.source.code, m2);
        if (!ev.target.code && pm && sm && strcmp(pm, sm) && !strncmp(c->code, "04", 2))
            ev.target.code = party_code(doc, pm);
    }
    /* no actor acts on itself (one span with two codes is "both sides": two
    ** parties); nor does "GOV" on "GOV": two bare roles of unknown countries
    ** say nothing about who did what to whom */
    char sm[4];
    if (ev.target.code && ev.source.code && !strcmp(ev.target.code, ev.source.code) &&
        ((ev.target.entity == ev.source.entity && ev.target.start == ev.source.start && ev.target.end == ev.source.end) ||
         !ev_code_main(ev.source.code, sm)))
        memset(&ev.target, 0, sizeof ev.target), ev.target.entity = -1;
    /* evidence: from the first actor or anchor to the last matched word or actor */
    uint32_t b = c->anchor, e = c->last;
    if (src >= 0 && w->units.v[src].b < b) b = w->units.v[src].b;
    if (tgt >= 0 && w->units.v[tgt].e - 1 > e) e = w->units.v[tgt].e - 1;
    if (c->pat->flags & SWALLOWS) {
        uint32_t r = c->anchor + COMPLEMENT;
        if (r >= t->clause_end) r = t->clause_end - 1;
        if (r > e) e = r;
    }
    ev.start = doc->tokens.v[b].start;
    ev.end = doc->tokens.v[e].end;
    ev.timex = ev.count = -1;
    /* a count in the evidence; what is exchanged or released may follow it */
    naba_off count_end = ev.end;
    if (c->pat->flags & EVP_COUNT) {
        uint32_t r = c->last + 3;
        if (r >= t->clause_end) r = t->clause_end - 1;
        if (doc->tokens.v[r].end > count_end) count_end = doc->tokens.v[r].end;
    }
    for (size_t k = 0; k < doc->counts.n; k++) {
        const naba_count *n = &doc->counts.v[k];
        if (n->start >= ev.verb_start && n->end <= count_end && n->kind == NABA_COUNT_QUANTITY) {
            ev.count = (int32_t)k;
            break;
        }
    }
    if (!ev.target.code) conf *= 0.9f;
    /* what is planned, wished, feared, aimed at, tried or decided has not
    ** happened: "سيهاجم", "أن يقتل", "ليفجر", "بهدف ... قتلهم", "حاولوا قطع
    ** طريق", "قرروا تسيير مظاهرة"; a relative clause or a question describes,
    ** it does not report */
    if (g.future || g.subjunctive || cue_before(w, c->anchor, EVC_AIM, 1)) {
        ev.modality |= NABA_EVENT_HYPOTHETICAL;
        conf *= 0.6f;
    }
    if (g.relative || (noun && light && light - 1 < c->anchor && relative_light(w, light - 1))) conf *= 0.5f;
    /* "ووجهت المحكمة تهمة ... قتل", "المتهمين في جريمة قتل": the court's story */
    if (cue_before(w, c->anchor, EVC_LEGAL, 0)) conf *= 0.6f;
    /* "ويعتقد مسؤولون أن ضربة جوية ...", "وزعم انه تعرض للتعذيب", "استنكرت
    ** مصر ... شنها غارات": the news is the belief, the claim or the
    ** condemnation (CAMEO codes it, 111/112); the act is its topic, told
    ** as known or as alleged, not reported */
    if (cue_before(w, c->anchor, EVC_TOPIC, 0)) conf *= 0.5f;
    /* an event word under five or more heads sits clauses deep in its
    ** sentence: context for what the sentence reports (on dev, 3 of 14
    ** ASSAULT and 0 of 1 PROTEST sentences coded there were a unanimous yes) */
    if (unrest(&ev) && g.word >= 0 && depth_in_report(w, g.word) >= DEEP) conf *= 0.6f;
    /* "الهجوم", "التفجير": a definite event noun refers back to an event the
    ** reader already knows of; an indefinite one ("شن هجوما") reports it, and
    ** so does a light verb right before it ("تجددت المظاهرات") */
    if ((noun && definite(w->toks[c->anchor].key) && light != c->anchor) || known_event(w, c)) conf *= 0.6f;
    /* force (codes 15-20) in the present tense is mostly habitual or general;
    ** a protest in the present tense is often going on ("يعتصم الآلاف") */
    int present = g.imperfect && !g.future, habitual = g.habitual;
    size_t verb = c->anchor;
    if (noun && light && light - 1 < c->anchor) {
        /* "يتم فيها اغتيال", "تشهد تفجيرات": the light verb's tense is the event's */
        ev_gram lg;
        verb = light - 1;
        ev_gram_of(w, verb, &lg);
        present = lg.imperfect && !lg.future;
        habitual = lg.habitual;
    }
    /* a protest in the present tense that opens its clause is going on
    ** ("ويعتصم الآلاف"); after its subject it is a general statement, a
    ** slogan or a headline ("المتظاهرون يحتجون على ...", "مهادنو القاعدة
    ** يخرجون للتظاهر") */
    if (present && !strncmp(ev.cameo, "14", 2) && !clause_initial(w, verb)) conf *= 0.55f;
    else if (present && strncmp(ev.cameo, "15", 2) >= 0 && strncmp(ev.cameo, "20", 2) <= 0)
        conf *= 0.55f;
    /* "كان" + imperfect is a past habit or the scene of another event, for
    ** protest as for force: "عندما كانت تجري تظاهرات ... كان المتظاهرون يلجأون" */
    else if (habitual && strncmp(ev.cameo, "14", 2) >= 0 && strncmp(ev.cameo, "20", 2) <= 0)
        conf *= 0.55f;
    /* "تعرضت عدة مرات لهجمات", "كثيرا ما تنفذ طائرات هجمات": a protest or
    ** an attack told as frequent is a habit or a tally, as "كان" + imperfect */
    else if (strncmp(ev.cameo, "14", 2) >= 0 && strncmp(ev.cameo, "20", 2) <= 0 && cue_around(w, c->anchor, EVC_OFTEN))
        conf *= 0.55f;
    if (ev.modality & NABA_EVENT_NEGATED) conf *= 0.8f;
    /* on dev, 1 of the 21 sentences of 50+ words coded ASSAULT reports an
    ** attack as its news, 1 of 9 coded PROTEST a protest (told in its first words) */
    if (unrest(&ev) && long_sentence(doc, ev.sent, c->anchor)) conf *= 0.6f;
    /* police, soldiers or militias who gather, block or march are deployed,
    ** not protesting: "احتشدت الشرطة", "منعت قوة المتظاهرين" */
    if (!strncmp(ev.cameo, "14", 2) && armed_actor(ev.source.code)) return 0;
    /* "قتل 6500 مسلم", "قتل والداه في الحرب": a killing with no doer and no
    ** attack named is a toll or a story, seldom a reported assault */
    if (!ev.source.code && ev.source.end <= ev.source.start && (g.passive || noun) && violent(ev.cameo) &&
        !means_in_clause(w, c->anchor))
        conf *= 0.6f;
    /* "واستهدفت الولايات المتحدة الصلب والألمنيوم", "تستهدف مصر نموا بنسبة
    ** 5%": targeting with no attack, weapon or armed doer named in its
    ** clause is a tariff, a sanction or a goal more often than a strike; the
    ** attack or weapon is the subject or the instrument, near the verb: "ضربة
    ** موجعة" (a painful blow) fifteen words before is a figure of speech */
    if ((c->pat->flags & EVP_ARMED) && !armed_actor(ev.source.code) && !means_within(w, c->anchor, MEANS_REACH))
        conf *= 0.6f;
    /* "ثم يوم 12 مارس 1993 لقي نحو 300 مواطن حتفهم": an event dated a year
    ** or more before the article is history, told as background; a
    ** chronology entry ("* 21 مايو 2005: اغتيال ...") lists it on purpose */
    int32_t near = nearest_timex(doc, &ev);
    if (near >= 0 && history(w, &doc->timexes.v[near]) && !chronology(w, c->anchor)) conf *= 0.6f;
    /* "وسبق أن تعرضت شبكة القطارات لحوادث", "ونفذ داعش سابقا هجمات": what
    ** happened before is background, as an old date makes it */
    else if (cue_before(w, c->anchor, EVC_PAST, 0)) conf *= 0.6f;
    ev.conf = conf;
    /* who did what to whom: talk, deals and plans with no party at all say
    ** nothing a user can count ("لا أعتقد أنهم سيوافقون"); a bombing or a
    ** killing is news even when nobody is named */
    if (!ev.source.code && !ev.target.code && ev.source.end <= ev.source.start && ev.target.end <= ev.target.start &&
        (ev.quad != 4 || (ev.modality & NABA_EVENT_HYPOTHETICAL)))
        return 0;
    ev.timex = event_timex(doc, ev.sent, !(ev.modality & NABA_EVENT_HYPOTHETICAL));
    /* the same event told twice is kept once, as told the more surely:
    ** "أصيب سفير بولندا عندما تعرضت قافلته لهجوم" */
    for (size_t k = 0; k < doc->events.n; k++) {
        if (!same_event(&doc->events.v[k], &ev)) continue;
        if (ev.conf > doc->events.v[k].conf) doc->events.v[k] = ev;
        return 0;
    }
    naba_event *out = NABA_PUSH(doc, &doc->events);
    if (!out) return -1;
    *out = ev;
    return 0;
}

/* cache: the stage's memo of words, or NULL for one made for this document */
static naba_status code_doc(const ev_dict *d, ev_cache *cache, naba_doc *doc) {
    ev_work w;
    memset(&w, 0, sizeof w);
    w.dict = d;
    w.doc = doc;
    /* the article's day (the input's, else the text's first full date, as
    ** undated events take it) dates actor codes and tells history */
    w.has_day = cal_parse_article_date(ev_article_date(doc), &w.day);
    if (!doc->tokens.n) return NABA_OK;
    ev_cache *own = cache ? NULL : ev_cache_new();
    w.cache = cache ? cache : own;
    int bad = !w.cache || prepare_tokens(&w) || ev_find_units(&w);
    ev_cache_free(own);
    w.cache = NULL; /* tokens hold copies; the memo is not used past here */
    if (bad) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
    doc_parties dp;
    find_parties(&w, &dp);
    int32_t last_src = -1;
    uint32_t last_line = UINT32_MAX;
    const char *last_code = NULL;
    for (size_t cs = 0; cs < w.n_toks;) {
        size_t ce = w.toks[cs].clause_end;
        if (ce <= cs) ce = cs + 1;
        cand_event evs[64];
        size_t n = 0;
        for (size_t i = cs; i < ce && n < 64; i++) {
            if (w.toks[i].caption) break;
            if (w.toks[i].named) continue; /* "طالبان" is not "طالب" */
            memset(&evs[n], 0, sizeof evs[n]);
            if (!best_at(&w, i, &evs[n])) continue;
            evs[n].modality = modality_of(evs[n].pat->flags);
            n++;
        }
        absorb(&w, evs, n);
        for (size_t k = 0; k < n; k++) {
            if (evs[k].dropped) continue;
            if (emit(&w, &evs[k], &dp, &last_src, &last_line, &last_code))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
        }
        cs = ce;
    }
    return NABA_OK;
}

naba_status ev_code_doc(const ev_dict *d, naba_doc *doc) { return code_doc(d, NULL, doc); }

/* ------------------------------------------------------------- stage */

typedef struct ev_state { ev_dict *dict; ev_cache *cache; } ev_state;

void *naba_events_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    ev_state *s = calloc(1, sizeof *s);
    if (!s || !(s->dict = ev_dict_new()) || !(s->cache = ev_cache_new())) {
        if (s) ev_dict_free(s->dict);
        free(s);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    naba_status st = ev_dict_load_default(s->dict, data_dir, err);
    for (size_t i = 0; st == NABA_OK && opt && i < opt->n_events_dicts; i++)
        st = ev_dict_load_file(s->dict, opt->events_dicts[i], err);
    if (st != NABA_OK) {
        naba_events_close(s);
        return NULL;
    }
    return s;
}

naba_status naba_events_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    ev_state *s = state;
    return code_doc(s->dict, s->cache, doc);
}

void naba_events_close(void *state) {
    ev_state *s = state;
    if (!s) return;
    ev_dict_free(s->dict);
    ev_cache_free(s->cache);
    free(s);
}
