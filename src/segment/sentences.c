/*
** sentences.c — where sentences end inside a paragraph, and two notes for the
** reader: unbalanced quote marks and endings that look truncated.
**
** Sentences are runs of whole tokens, so periods inside numbers, URLs and
** initialisms never count. A sentence ends after . .. ... … ? ! ؟ ؛ ۔ unless
**   - the period follows an abbreviation: one Arabic letter (د. م. ق.م.), one
**     Latin capital (J. R.), a title or month (Mr. Dr. Gen. Jan.), or a number
**     opening the paragraph (a list item "1.");
**   - it stands inside initials spelled as dotted letter names (إف. بي. آي);
**   - the next token is a Latin word in lower case (an abbreviation we missed);
**   - it stands inside a quotation or bracket that closes later in the
**     paragraph and more text follows before the close.
** Closing quotes and brackets right after the end mark belong to the sentence
** (... الآن.” ends after ”). Quote marks are paired with a stack only for this
** purpose; the unbalanced-quotes note counts marks and never relies on it.
*/
#include "segment.h"
#include "arena.h"

#include <string.h>

/* What a punctuation token does here (bits). */
enum {
    R_TERMINAL = 1,  /* ends a sentence */
    R_DOT = 2,       /* a single period, which may follow an abbreviation */
    R_TWO_DOTS = 4,  /* "..": machine-translation truncation cue */
    R_OPEN = 8,      /* “ « ‹ „ ( [ { */
    R_CLOSE = 16,    /* ” » › ) ] } */
    R_STRAIGHT = 32, /* " opens or closes */
    R_COMMA = 64,    /* , ، - – —: a paragraph ending here was cut short */
    R_QUOTE = 128    /* counted for the unbalanced-quotes note */
};

#define NO_PARTNER UINT32_MAX
#define MAX_DEPTH 64
/* The longest quotation or bracket, in tokens from mark to mark, that keeps
** the end marks inside it from ending sentences. The longest such region in
** 6,000 articles of news is 369 tokens; past the bound a pairing is almost
** always a mark left open in one text meeting a stray one far on (a 9.9 MB
** line of joined articles had one of 194,180 tokens), and the sentences it
** would swallow end at their own marks. */
#define MAX_QUOTED_TOKENS 256


static int role_of(const naba_doc *doc, const naba_token *t, uint32_t *cp) {
    *cp = 0;
    if (t->kind != NABA_TOK_PUNCT) return 0;
    size_t len, n = t->end - t->start;
    *cp = utf8_next(doc->text + t->start, n, &len);
    switch (*cp) {
    case '.': return R_TERMINAL | (n == 1 ? R_DOT : n == 2 ? R_TWO_DOTS : 0);
    case '?': case '!': case 0x061F: case 0x061B: case 0x2026: case 0x06D4:
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0x2E2E:
        return R_TERMINAL;
    case 0x201C: case 0x00AB: case 0x2039: return R_OPEN | R_QUOTE;
    case 0x201D: case 0x00BB: case 0x203A: return R_CLOSE | R_QUOTE;
    case '(': case '[': case '{': case 0x201E: return R_OPEN;
    case ')': case ']': case '}': return R_CLOSE;
    case '"': return R_STRAIGHT | R_QUOTE;
    case ',': case 0x060C: case 0x2013: case 0x2014: return R_COMMA;
    case '-': return n == 1 ? R_COMMA : 0;
    default: return 0;
    }
}

static int closes(uint32_t open, uint32_t close) {
    switch (close) {
    case ')': return open == '(';
    case ']': return open == '[';
    case '}': return open == '{';
    case 0x201D: return open == 0x201C || open == 0x201E;
    case 0x00BB: return open == 0x00AB;
    case 0x203A: return open == 0x2039;
    case '"': return open == '"';
    default: return 0;
    }
}

/* Pair quotes and brackets with a stack, over the n tokens with a role
** (paragraph-relative indices in marked). A closer pairs with the nearest open
** mark it fits, abandoning any unclosed marks above it; a straight quote closes
** an open straight quote, else opens one. */
static void pair_marks(seg_mark *m, const uint32_t *marked, size_t n) {
    uint32_t stack[MAX_DEPTH];
    size_t depth = 0;
    for (size_t x = 0; x < n; x++) {
        uint32_t k = marked[x];
        if (m[k].role & (R_CLOSE | R_STRAIGHT)) {
            size_t d = depth;
            while (d > 0 && !closes(m[stack[d - 1]].cp, m[k].cp)) d--;
            if (d > 0) {
                m[k].partner = stack[d - 1];
                m[stack[d - 1]].partner = k;
                depth = d - 1;
                continue;
            }
        }
        if ((m[k].role & (R_OPEN | R_STRAIGHT)) && depth < MAX_DEPTH) stack[depth++] = k;
    }
}

static int is_closer(const seg_mark *m, size_t k) {
    return m[k].partner != NO_PARTNER ? m[k].partner < k : (m[k].role & R_CLOSE) != 0;
}

static size_t arabic_letters(const naba_doc *doc, const naba_token *t) {
    size_t n = 0;
    for (size_t i = t->start; i < t->end;) {
        uint32_t cp;
        size_t len;
        n += seg_class_at(doc->text, i, t->end, &cp, &len) == SC_AR_LETTER;
        i += len;
    }
    return n;
}

static int same_ascii_ci(const char *a, const char *lower, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != lower[i]) return 0;
    return 1;
}

/* Is the word t an abbreviation when a period follows it? */
static int abbreviation(const naba_doc *doc, const naba_token *t) {
    static const char *const latin[] = {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
        "sgt", "capt", "adm", "sen", "rep", "gov", "st", "jr", "sr", "vs", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    if (t->kind != NABA_TOK_WORD) return 0;
    if (t->script == NABA_SCRIPT_ARABIC) return arabic_letters(doc, t) == 1;
    if (t->script != NABA_SCRIPT_LATIN) return 0;
    const char *w = doc->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1) return *w >= 'A' && *w <= 'Z';
    for (size_t i = 0; i < sizeof latin / sizeof latin[0]; i++)
        if (strlen(latin[i]) == n && same_ascii_ci(w, latin[i], n)) return 1;
    return 0;
}

/* Is token j a short Arabic word, as a Latin letter's name is (إف, بي, إتش)? */
static int short_arabic_word(const naba_doc *doc, const naba_token *p, size_t j, size_t n) {
    return j < n && p[j].kind == NABA_TOK_WORD && p[j].script == NABA_SCRIPT_ARABIC && arabic_letters(doc, &p[j]) <= 3;
}

/* ... with a period right after it? */
static int dotted_letter_name(const naba_doc *doc, const naba_token *p, const seg_mark *m, size_t j, size_t n) {
    return j + 1 < n && short_arabic_word(doc, p, j, n) && (m[j + 1].role & R_DOT) && p[j].end == p[j + 1].start;
}

/* Does the period at k stand inside initials spelled as letter names with dots
** (إف. بي. آي, آي. إتش. إس): short words, each but the last dotted, three or
** more of them? */
static int inside_dotted_initials(const naba_doc *doc, const naba_token *p, const seg_mark *m, size_t k, size_t n) {
    if (k == 0 || !dotted_letter_name(doc, p, m, k - 1, n) || !short_arabic_word(doc, p, k + 1, n)) return 0;
    return (dotted_letter_name(doc, p, m, k + 1, n) && short_arabic_word(doc, p, k + 3, n)) ||
           (k >= 3 && dotted_letter_name(doc, p, m, k - 3, n));
}

/* May the end mark at paragraph-relative k end a sentence, by the word rules? */
static int word_rules_allow(const naba_doc *doc, const naba_token *p, const seg_mark *m, size_t k,
                            size_t n) {
    if (k + 1 < n) {
        const naba_token *next = &p[k + 1];
        char c = doc->text[next->start];
        if ((m[k].cp == '.' || m[k].cp == 0x2026) && next->kind == NABA_TOK_WORD && c >= 'a' && c <= 'z')
            return 0;
    }
    if ((m[k].role & R_DOT) && k > 0 && p[k - 1].end == p[k].start) {
        if (abbreviation(doc, &p[k - 1]) || inside_dotted_initials(doc, p, m, k, n)) return 0;
        if (k == 1 && p[0].kind == NABA_TOK_NUMBER) return 0; /* "1." opening a list item */
    }
    return 1;
}

/* Inside a quotation or bracket that closes at open_until, an end mark ends a
** sentence only when nothing but closers and end marks stand before the close.
** Return 0 if so, else the first token in the way: no end mark before it can
** end a sentence either, so the caller skips them (no quadratic rescans). */
static size_t quotation_blocker(const seg_mark *m, size_t k, size_t open_until) {
    for (size_t j = k + 1; j < open_until; j++)
        if (!(m[j].role & R_TERMINAL) && !is_closer(m, j)) return j;
    return 0;
}

/* Quote-count balance of one mark: straight quotes by parity, the others by
** openings minus closings per kind. */
typedef struct quote_count { int straight, curly, guillemet, single; } quote_count;

static void count_quote(quote_count *q, uint32_t cp) {
    switch (cp) {
    case '"': q->straight ^= 1; break;
    case 0x201C: q->curly++; break;
    case 0x201D: q->curly--; break;
    case 0x00AB: q->guillemet++; break;
    case 0x00BB: q->guillemet--; break;
    case 0x2039: q->single++; break;
    case 0x203A: q->single--; break;
    }
}

static int unbalanced(const quote_count *q) {
    return q->straight || q->curly || q->guillemet || q->single;
}

/* Append the sentence of paragraph-relative tokens [a, b). */
static naba_status emit(naba_doc *doc, uint32_t para, size_t t0, size_t a, size_t b,
                        const seg_mark *m, int last, const quote_count *q) {
    naba_sentence *x = NABA_PUSH(doc, &doc->sents);
    if (!x) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory at sentence %zu", doc->sents.n);
    naba_token *t = doc->tokens.v + t0;
    x->start = t[a].start;
    x->end = t[b - 1].end;
    x->para = para;
    x->tok_first = (uint32_t)(t0 + a);
    x->tok_count = (uint32_t)(b - a);
    size_t z = b - 1;
    while (z > a && is_closer(m, z)) z--;
    if ((m[z].role & R_TWO_DOTS) || (last && (m[b - 1].role & R_COMMA))) x->flags |= NABA_NOTE_TRUNCATED;
    if (unbalanced(q)) x->flags |= NABA_NOTE_UNBALANCED_QUOTES;
    uint32_t idx = (uint32_t)(doc->sents.n - 1);
    for (size_t k = a; k < b; k++) t[k].sent = idx;
    return NABA_OK;
}

naba_status seg_sentences(naba_doc *doc, uint32_t para, size_t t0, size_t t1, seg_scratch *sc) {
    size_t n = t1 - t0;
    if (n > sc->cap) {
        size_t cap = sc->cap ? sc->cap : 256;
        while (cap < n) cap *= 2;
        sc->v = naba_arena_alloc_raw(doc->arena, cap * sizeof(seg_mark)); /* set below before use */
        sc->marked = naba_arena_alloc_raw(doc->arena, cap * sizeof(uint32_t));
        if (!sc->v || !sc->marked)
            return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in paragraph %u", para);
        sc->cap = cap;
    }
    seg_mark *m = sc->v;
    const naba_token *p = doc->tokens.v + t0;
    int pairs = 0;
    size_t marked = 0;
    for (size_t k = 0; k < n; k++) {
        m[k].role = (uint8_t)role_of(doc, &p[k], &m[k].cp);
        m[k].partner = NO_PARTNER;
        pairs |= m[k].role & (R_OPEN | R_CLOSE | R_STRAIGHT);
        if (m[k].role) sc->marked[marked++] = (uint32_t)k;
    }
    if (pairs) pair_marks(m, sc->marked, marked);

    size_t first_sent = doc->sents.n, a = 0, open_until = 0, blocked_until = 0;
    quote_count q = {0}, total = {0};
    naba_status st;
    /* only tokens with a role count a quote, open a region or end a sentence:
    ** the words between them are passed over */
    for (size_t x = 0; x < marked; x++) {
        size_t k = sc->marked[x];
        if (k < a) continue; /* taken into the last sentence with its end marks */
        if (m[k].role & R_QUOTE) count_quote(&q, m[k].cp);
        if (m[k].partner != NO_PARTNER && m[k].partner > k && m[k].partner > open_until &&
            m[k].partner - k <= MAX_QUOTED_TOKENS)
            open_until = m[k].partner;
        if (!(m[k].role & R_TERMINAL) || k + 1 == n) continue;
        if (!word_rules_allow(doc, p, m, k, n)) continue;
        if (k < blocked_until) continue;
        if (k < open_until && (blocked_until = quotation_blocker(m, k, open_until)) != 0) continue;
        size_t b = k + 1; /* take the end marks and closers that follow */
        while (b < n && ((m[b].role & R_TERMINAL) || is_closer(m, b))) {
            if (m[b].role & R_QUOTE) count_quote(&q, m[b].cp);
            b++;
        }
        if (b == n) break;
        if ((st = emit(doc, para, t0, a, b, m, 0, &q)) != NABA_OK) return st;
        total.straight ^= q.straight;
        total.curly += q.curly;
        total.guillemet += q.guillemet;
        total.single += q.single;
        memset(&q, 0, sizeof q);
        a = b;
    }
    if (a < n) {
        if ((st = emit(doc, para, t0, a, n, m, 1, &q)) != NABA_OK) return st;
        total.straight ^= q.straight;
        total.curly += q.curly;
        total.guillemet += q.guillemet;
        total.single += q.single;
    }
    naba_paragraph *pa = &doc->paras.v[para];
    pa->sent_first = (uint32_t)first_sent;
    pa->sent_count = (uint32_t)(doc->sents.n - first_sent);
    if (doc->sents.v[doc->sents.n - 1].flags & NABA_NOTE_TRUNCATED) pa->flags |= NABA_NOTE_TRUNCATED;
    if (unbalanced(&total)) pa->flags |= NABA_NOTE_UNBALANCED_QUOTES;
    else /* a sentence is flagged only to show where a paragraph's imbalance is */
        for (size_t i = first_sent; i < doc->sents.n; i++) doc->sents.v[i].flags &= ~NABA_NOTE_UNBALANCED_QUOTES;
    return NABA_OK;
}
