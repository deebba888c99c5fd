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
#include "events_int.h"
#include "stage.h"
#include "syntax.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define FIRST_GAP 7      /* the first required word may follow a VSO subject: this far */
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

/* A key without its article when enough letters remain (dictionary words are
** stored that way: "الجانبين" is "جانبين"). */
static const char *no_article(const char *key) {
    if (strncmp(key, "ال", 4)) return key;
    size_t letters = 0;
    for (const char *p = key + 4; *p; p++) letters += ((unsigned char)*p & 0xC0) != 0x80;
    return letters >= 3 ? key + 4 : key;
}

static uint32_t cue_of(const ev_dict *d, const char *key) {
    int32_t v = ev_map_get(&d->cues, no_article(key));
    if (v >= 0) return (uint32_t)v & ~(uint32_t)EVC_CAPTION;
    /* "ولم", "فلا", "والطرفان": a conjunction in front of a cue word */
    if ((!strncmp(key, "و", 2) || !strncmp(key, "ف", 2)) && strlen(key) > 4) {
        v = ev_map_get(&d->cues, no_article(key + 2));
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
        const char *k = no_article(t[i].key);
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
        char buf[EV_MAX_CANDS * 24];
        const char *c[EV_MAX_CANDS + 16];
        size_t n = kl ? ev_candidates(key, buf, sizeof buf, c) : 0;
        /* lemmas and forms of the token's words, when morphology ran */
        char extra[16][EV_KEY_MAX];
        size_t ne = 0;
        for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n && ne < 16; k++) {
            const naba_word *wd = &doc->words.v[tk->word_first + k];
            const char *src[2] = {wd->lemma, wd->form};
            for (int s = 0; s < 2 && ne < 16; s++) {
                if (!src[s] || !*src[s] || !strcmp(src[s], "_")) continue;
                size_t l = ev_key(src[s], strlen(src[s]), extra[ne], EV_KEY_MAX);
                if (l > 4 && !memcmp(extra[ne], "ال", 4)) memmove(extra[ne], extra[ne] + 4, l - 3);
                if (l) c[n++] = extra[ne++];
            }
        }
        t->cands = naba_arena_alloc(doc->arena, (n ? n : 1) * sizeof *t->cands);
        if (!t->key || !t->cands) return -1;
        for (size_t k = 0; k < n; k++) {
            int seen = 0;
            for (size_t m = 0; m < t->n_cands && !seen; m++) seen = !strcmp(t->cands[m], c[k]);
            if (seen) continue;
            t->cands[t->n_cands] = naba_arena_strndup(doc->arena, c[k], strlen(c[k]));
            if (!t->cands[t->n_cands]) return -1;
            t->n_cands++;
        }
        t->cue = kl ? cue_of(w->dict, t->key) : 0;
        {
            const char *ts = doc->text + tk->start;
            size_t tn = tk->end - tk->start;
            while (tn && !((unsigned char)ts[tn - 1] & 0x80)) tn--; /* trailing ASCII punctuation */
            t->nominal = definite(t->key) || (tn >= 2 && !memcmp(ts + tn - 2, "\xd8\xa9", 2));
        }
        /* light verbs are inflected ("اندلعت", "خرجوا"): look at every candidate */
        for (uint32_t k = 0; k < t->n_cands; k++) {
            int32_t v = ev_map_get(&w->dict->cues, t->cands[k]);
            if (v >= 0) t->cue |= (uint32_t)v & (EVC_LIGHT | EVC_MEANS);
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

static int has_cand(const ev_tok *t, const char *s, size_t n) {
    for (uint32_t i = 0; i < t->n_cands; i++)
        if (strlen(t->cands[i]) == n && !memcmp(t->cands[i], s, n)) return 1;
    return 0;
}

/* 2: e matched as a clitic of the token (the next element may be in the same
** token), 1: matched the token, 0: no. */
static int elem_matches(const ev_dict *d, const ev_tok *t, const char *e) {
    if (e[0] == '&') {
        for (uint32_t i = 0; i < t->n_cands; i++) if (ev_dict_in_set(d, e, t->cands[i])) return 1;
        return 0;
    }
    for (const char *p = e;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (has_cand(t, p, n)) return 1;
        /* a one-letter preposition is a clitic: "بسحب" holds ب */
        if (n == 2 && (!memcmp(p, "ب", 2) || !memcmp(p, "ل", 2) || !memcmp(p, "ك", 2))) {
            const char *k = t->key;
            if (!strncmp(k, "و", 2) || !strncmp(k, "ف", 2)) k += 2;
            if (!memcmp(k, p, 2) && strlen(k) >= 8) return 2;
        }
        if (!bar) return 0;
        p = bar + 1;
    }
}

/* Match pattern p anchored at token i; fills c and returns 1 on success. */
static int match_pattern(const ev_work *w, const ev_pattern *p, size_t i, cand_event *c) {
    size_t end = w->toks[i].clause_end, j = i + 1;
    for (uint32_t k = 0; k < p->n_elems && k < MAX_EV_ELEMS; k++) {
        size_t found = SIZE_MAX;
        size_t gap = k == 0 ? FIRST_GAP : ELEM_GAP;
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

/* The best pattern at token i: most required words, then confidence, then
** the later definition (curated files come after compiled ones). */
/* A word with the article ("الفجر", "الخطف") is a noun, never a finite verb. */
static int definite(const char *key) {
    static const char *const pre[] = {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++)
        if (!strncmp(key, pre[i], strlen(pre[i])) && strlen(key) > strlen(pre[i]) + 2) return 1;
    return 0;
}

static int best_at(const ev_work *w, size_t i, cand_event *best) {
    const ev_tok *t = &w->toks[i];
    int found = 0, def = t->nominal;
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
    return found;
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

static void absorb(cand_event *ev, size_t n) {
    for (size_t a = 0; a < n; a++) {
        if (ev[a].dropped) continue;
        uint32_t flags = ev[a].pat->flags;
        uint32_t reach = ev[a].last;
        if (flags & SWALLOWS) {
            uint32_t r = ev[a].anchor + COMPLEMENT;
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
        int comma = 0;
        for (size_t t = u->e - 1; t < anchor; t++) comma |= w->toks[t].brk_comma;
        if (comma) break;
        if (u->place || u->oblique) continue;
        return (int)i;
    }
    return -1;
}

/* Source and target by word order (no parse): a subject right before a verb,
** else the first actor after it; the target is the next actor. */
static void by_order(const ev_work *w, const cand_event *c, int noun, int passive, int *src, int *tgt) {
    size_t ce = w->toks[c->anchor].clause_end;
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
        if (*src < 0 && !u->oblique) { *src = (int)i; continue; }
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
        if (!u->place || u->b < t->clause_start || u->b >= t->clause_end) continue;
        if (best < 0 || (w->units.v[best].b < c->anchor && u->b > c->anchor)) best = (int)i;
    }
    return best;
}

static void set_actor(const ev_work *w, naba_actor *a, int u, const char *code) {
    a->entity = -1;
    if (u < 0) return;
    const naba_doc *doc = w->doc;
    a->start = doc->tokens.v[w->units.v[u].b].start;
    a->end = doc->tokens.v[w->units.v[u].e - 1].end;
    a->entity = w->units.v[u].entity;
    a->code = code ? code : (w->units.v[u].code && *w->units.v[u].code ? w->units.v[u].code : NULL);
}

static const char *party_code(naba_doc *doc, const char *m) {
    return *m ? naba_arena_strndup(doc->arena, m, 3) : NULL;
}

/* ------------------------------------------------------------- events */

/* An event noun reports an event when a "light" verb makes it happen: right
** before it ("اندلعت مظاهرات", "شن هجوما") or after it as its subject ("مظاهرة
** عنيفة اندلعت"), or the parser makes the noun the subject of such a verb. */
static int licensed(const ev_work *w, size_t anchor, const ev_gram *g) {
    size_t cs = w->toks[anchor].clause_start, ce = w->toks[anchor].clause_end;
    for (size_t k = 1; k <= 3 && anchor >= cs + k; k++) {
        if (!(w->toks[anchor - k].cue & EVC_LIGHT)) continue;
        /* "لشن ضربات", "خيار شن ضربات": a light verb that is itself a verbal
        ** noun states a plan or an option, not what happened */
        ev_gram lg;
        ev_gram_of(w, anchor - k, &lg);
        if (lg.has_words && (!lg.verb || lg.prep || lg.future || lg.subjunctive)) continue;
        return 1;
    }
    /* "غداة هجوم شنه مسلحون": a light verb after a noun in a time or cause
    ** phrase tells about that known event, it does not report a new one */
    if (g->background || g->prep) return 0;
    for (size_t k = 1; k <= 3 && anchor + k < ce; k++) {
        if (w->toks[anchor + k - 1].brk_comma) break;
        if (w->toks[anchor + k].cue & EVC_LIGHT) return 1;
    }
    const naba_doc *doc = w->doc;
    if (g->word >= 0 && naba_syn_rel_is(&doc->words.v[g->word], "nsubj")) {
        int32_t h = doc->words.v[g->word].head;
        if (h >= 0 && (size_t)h < doc->words.n) {
            uint32_t ht = doc->words.v[h].token;
            if (ht < w->n_toks && (w->toks[ht].cue & EVC_LIGHT)) return 1;
        }
    }
    return 0;
}

/* "في مينسك لمناقشة تدريبات": a talk named as the purpose of a trip (a
** clitic "ل" on the noun) is what the trip was for; only consultations, since
** "للاحتجاج" and "لقتل" state aims that need not have happened. */
static int purpose_consult(const ev_work *w, const cand_event *c, const ev_gram *g) {
    const char *k = w->toks[c->anchor].key;
    return g->prep && !strncmp(c->code, "04", 2) && !strncmp(k, "ل", 2);
}

/* Is the anchor where a clause starts (its start, or after a comma or a
** bare conjunction)? A verbal noun rarely opens a clause; a verb often does,
** and there the tagger's NOUN for "رفض" in "، رفض بوتين" is more likely wrong. */
static int clause_initial(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    if (anchor == cs) return 1;
    const ev_tok *p = &w->toks[anchor - 1];
    return p->brk_comma || !strcmp(p->key, "و") || !strcmp(p->key, "ف");
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

/* "إلا أن بعضهم ضغط": a quantifier with a pronoun ("some of them") as the
** subject points back to the last actor named before it in the sentence. */
static int quantified_subject(const ev_work *w, size_t anchor) {
    static const char *const q[] = {"بعضهم", "معظمهم", "اغلبهم", "كلهم", "جميعهم", "احدهم", "بعضها"};
    if (anchor == 0) return -1;
    const char *k = w->toks[anchor - 1].key;
    size_t i = 0;
    while (i < sizeof q / sizeof *q && strcmp(k, q[i])) i++;
    if (i == sizeof q / sizeof *q) return -1;
    uint32_t sent = w->doc->tokens.v[anchor].sent;
    for (size_t u = w->units.n; u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > anchor - 1) continue;
        if (w->doc->tokens.v[x->b].sent != sent) break;
        if (!x->place && !x->both) return (int)u;
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
    int noun = (c->pat->flags & EVP_NOUN) != 0;
    /* a verb pattern on a word the tagger calls a noun, or under a
    ** preposition ("لقتل", "في خطف"), is a verbal noun: an event noun; a
    ** verb with its required words ("فجر نفسه") is trusted over the tagger */
    if (!noun && g.has_words && ((!g.verb && !clause_initial(w, c->anchor) && !c->pat->n_elems) || (g.prep && !g.verb)))
        noun = 1;
    /* an event noun no verb makes happen is context, not a report */
    if (noun && !licensed(w, c->anchor, &g) && !purpose_consult(w, c, &g)) return 0;
    int src = -1, tgt = -1;
    if (!noun) {
        ev_syn_actors(w, &g, &src, &tgt);
        /* a subject before its verb is close and not across a comma (the
        ** parser may take a dateline, "اسطنبول، تركيا (AP) –", for one) */
        if (src >= 0 && w->units.v[src].b < c->anchor && subject_before(w, c->anchor) != src) src = -1;
        for (uint32_t k = c->anchor; src >= 0 && k + 1 < w->units.v[src].b; k++)
            if (w->toks[k].brk_comma) src = -1; /* "..., كما تقول الأمم المتحدة" */
        int first = g.passive ? -1 : subject_after(w, c->anchor);
        if (first >= 0 && src != first && (src < 0 || w->units.v[src].b > w->units.v[first].b)) {
            if (tgt == first) tgt = src;
            src = first;
        }
    }
    if (src < 0 && !noun) src = quantified_subject(w, c->anchor);
    by_order(w, c, noun, !noun && g.passive, &src, &tgt);
    if (c->pat->flags & EVP_MUTUAL) mutual_pair(w, &src, &tgt);
    if (src < 0 && (g.passive || noun) && !strncmp(c->code, "1", 1) && c->code[1] >= '8') {
        int d = doer_of_means(w, c->anchor);
        if (d >= 0 && d != tgt) src = d;
    }
    naba_event ev;
    memset(&ev, 0, sizeof ev);
    const naba_token *at = &doc->tokens.v[c->anchor];
    ev.sent = at->sent;
    ev.verb_start = at->start;
    ev.verb_end = at->end;
    ev.cameo = c->code;
    const ev_code *code = lookup_code(w->dict, c->code);
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
    const char *src_code = NULL, *tgt_code = NULL;
    if (src >= 0 && w->units.v[src].both) {
        src_code = party_code(doc, dp->a);
        if (tgt < 0) tgt_code = party_code(doc, dp->b);
    }
    if (tgt >= 0 && w->units.v[tgt].both) tgt_code = party_code(doc, src_code && !strcmp(src_code, dp->a) ? dp->b : dp->a);
    set_actor(w, &ev.source, src, src_code);
    set_actor(w, &ev.target, tgt, tgt_code);
    if (tgt < 0 && tgt_code) ev.target.code = tgt_code;
    /* reported speech: a subject left unsaid ("قال زيلنسكي إنه ناقش") is the speaker */
    ev.quote = -1;
    for (size_t k = 0; k < doc->quotes.n; k++) {
        const naba_quote *q = &doc->quotes.v[k];
        if (q->start > ev.verb_start || ev.verb_end > q->end) continue;
        ev.quote = (int32_t)k;
        if (src < 0 && !g.passive && q->speaker_entity >= 0 && (size_t)q->speaker_entity < doc->entities.n &&
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
    /* no actor acts on itself; nor does "GOV" on "GOV": two bare roles of
    ** unknown countries say nothing about who did what to whom */
    char sm[4];
    if (ev.target.code && ev.source.code &&
        ((ev.target.entity == ev.source.entity && ev.target.start == ev.source.start && ev.target.end == ev.source.end) ||
         (!strcmp(ev.target.code, ev.source.code) && !ev_code_main(ev.source.code, sm))))
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
    for (size_t k = 0; k < doc->timexes.n; k++)
        if (doc->timexes.v[k].sent == ev.sent) { ev.timex = (int32_t)k; break; }
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
    /* what is planned, wished or feared has not happened: "سيهاجم", "أن يقتل",
    ** "ليفجر"; a relative clause or a question describes, it does not report */
    if (g.future || g.subjunctive) {
        ev.modality |= NABA_EVENT_HYPOTHETICAL;
        conf *= 0.6f;
    }
    if (g.relative) conf *= 0.7f;
    /* "الهجوم", "التفجير": a definite event noun refers back to an event the
    ** reader already knows of; an indefinite one ("شن هجوما") reports it */
    if (noun && definite(w->toks[c->anchor].key)) conf *= 0.6f;
    /* force (codes 15-20) in the present tense is mostly habitual or general;
    ** a protest in the present tense is often going on ("يعتصم الآلاف") */
    if (g.imperfect && !g.future && strncmp(ev.cameo, "15", 2) >= 0 && strncmp(ev.cameo, "20", 2) <= 0)
        conf *= 0.55f;
    if (ev.modality & NABA_EVENT_NEGATED) conf *= 0.8f;
    ev.conf = conf;
    for (size_t k = 0; k < doc->events.n; k++)
        if (same_event(&doc->events.v[k], &ev)) return 0;
    naba_event *out = NABA_PUSH(doc, &doc->events);
    if (!out) return -1;
    *out = ev;
    return 0;
}

naba_status ev_code_doc(const ev_dict *d, naba_doc *doc) {
    ev_work w;
    memset(&w, 0, sizeof w);
    w.dict = d;
    w.doc = doc;
    if (!doc->tokens.n) return NABA_OK;
    if (prepare_tokens(&w) || ev_find_units(&w)) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
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
            memset(&evs[n], 0, sizeof evs[n]);
            if (!best_at(&w, i, &evs[n])) continue;
            evs[n].modality = modality_of(evs[n].pat->flags);
            n++;
        }
        absorb(evs, n);
        for (size_t k = 0; k < n; k++) {
            if (evs[k].dropped) continue;
            if (emit(&w, &evs[k], &dp, &last_src, &last_line, &last_code))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
        }
        cs = ce;
    }
    return NABA_OK;
}

/* ------------------------------------------------------------- stage */

typedef struct ev_state { ev_dict *dict; } ev_state;

void *naba_events_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    ev_state *s = calloc(1, sizeof *s);
    if (!s || !(s->dict = ev_dict_new())) {
        free(s);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    naba_status st = ev_dict_load_default(s->dict, data_dir, err);
    for (size_t i = 0; st == NABA_OK && opt && i < opt->n_events_dicts; i++)
        st = ev_dict_load_file(s->dict, opt->events_dicts[i], err);
    if (st != NABA_OK) {
        ev_dict_free(s->dict);
        free(s);
        return NULL;
    }
    return s;
}

naba_status naba_events_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    return ev_code_doc(((ev_state *)state)->dict, doc);
}

void naba_events_close(void *state) {
    ev_state *s = state;
    if (!s) return;
    ev_dict_free(s->dict);
    free(s);
}
