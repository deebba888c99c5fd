/*
** lex.c — cutting the clean text into the units the dates, counts and quotes
** stages match against (see lex.h for why they do not use tokens directly).
*/
#include "lex.h"
#include "memo.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int is_word_char(uint32_t c) {
    return is_arabic_letter(c) || is_arabic_mark(c) || c == 0x0640 || is_latin_letter(c);
}

static uint8_t quote_kind(uint32_t c) {
    switch (c) {
    case 0x201C: case 0x00AB: case 0x2039: case 0x201E: case 0x2018: return LX_Q_OPEN;
    case 0x201D: case 0x00BB: case 0x203A: case 0x2019: return LX_Q_CLOSE;
    case '"': case '\'': case 0x201F: case 0xFF02: return LX_Q_EITHER;
    default: return LX_Q_NONE;
    }
}

/* Length of the unit starting at s[i] and its kind. */
static size_t unit_len(const char *s, size_t n, size_t i, uint8_t *kind) {
    size_t len;
    uint32_t c = utf8_next(s + i, n - i, &len);
    size_t j = i + len;
    if (digit_value(c) >= 0) {
        *kind = LX_NUM;
        while (j < n && digit_value(utf8_next(s + j, n - j, &len)) >= 0) j += len;
    } else if (is_word_char(c)) {
        *kind = LX_WORD;
        while (j < n) {
            if (utf8_basic_arabic_at(s, j, n)) { j += 2; continue; }
            if (!is_word_char(utf8_next(s + j, n - j, &len))) break;
            j += len;
        }
    } else {
        *kind = LX_PUNCT;
    }
    return j - i;
}

static uint32_t sent_of(const naba_doc *doc, size_t off, uint32_t from) {
    uint32_t k = from;
    while (k + 1 < doc->sents.n && doc->sents.v[k + 1].start <= off) k++;
    return k;
}

/* The units of a document's text, kept as a memo (memo.h): the dates, counts
** and quotes stages all ask for them, and scanning (a fold per unit) cost as
** much as a tenth of their time each. The text and sentences they were cut
** from are kept too, so a memo never outlives what it read. The units, their
** keys and the word lists' masks are malloc'd, not in the arena, so that
** lx_done can free them before the events stage (40 bytes a unit and its key:
** about 60 MB on a 10 MB line, which the events stage's peak carried). */
typedef struct lx_memo {
    const char *text;
    size_t text_len;
    const naba_sentence *sents;
    size_t n_sents;
    lx_unit *v;
    size_t n;
    char *keys;
    lx_starts starts;
} lx_memo;

static void memo_release(void *value) {
    lx_memo *m = value;
    for (size_t s = 0; s < LX_TABLES; s++) free(m->starts.mask[s]);
    free(m->keys);
    free(m->v);
    free(m);
}

static naba_status scan(naba_doc *doc, lx_memo *m);

/* The memo's key: the address of this object, which no other owner has. */
static const char memo_key;

naba_status lx_scan(naba_doc *doc, lx_text *lx) {
    lx_memo *m = naba_memo_get(doc, &memo_key);
    if (!m || m->text != doc->text || m->text_len != doc->text_len || m->sents != doc->sents.v ||
        m->n_sents != doc->sents.n) {
        m = calloc(1, sizeof *m);
        if (!m) return NABA_ERR_NOMEM;
        *m = (lx_memo){.text = doc->text, .text_len = doc->text_len, .sents = doc->sents.v, .n_sents = doc->sents.n};
        naba_status st = scan(doc, m);
        if (st != NABA_OK) { memo_release(m); return st; }
        if ((st = naba_memo_put(doc, &memo_key, m, memo_release)) != NABA_OK) return st;
    }
    *lx = (lx_text){m->v, m->n, doc, &m->starts};
    return NABA_OK;
}

void lx_done(naba_doc *doc) { naba_memo_drop(doc, &memo_key); }

/* "قال د. خليلي الدليمي:": is the point at k, glued to a lone د before it
** and followed by a word after a space, the doctor's title's? It
** abbreviates and ends no sentence ("مليون م د." is million dinars, a
** sentence's end). */
static int title_point(const lx_text *lx, size_t k) {
    return lx->v[k + 1].kind == LX_WORD && lx->v[k - 1].gap && !strcmp(lx->v[k - 1].key, "د") &&
           (k < 2 || (lx->v[k - 2].kind == LX_WORD && strcmp(lx->v[k - 2].key, "م")));
}

static naba_status scan(naba_doc *doc, lx_memo *m) {
    const char *s = doc->text;
    size_t n = doc->text_len;
    if (!n) return NABA_OK;
    /* one pass: a unit is at least a byte, news averages over five, so the
    ** array starts at a quarter of the bytes and doubles when a text is all
    ** marks and digits; keys fold to at most their bytes, each with a NUL.
    ** Neither is zeroed: each unit and key is written whole, and the pages
    ** never reached are never touched */
    size_t cap = n / 4 + 8;
    m->v = malloc(cap * sizeof(lx_unit));
    char *keys = m->keys = malloc(2 * n + 1);
    if (!m->v || !keys) return NABA_ERR_NOMEM;
    lx_text text = {m->v, 0, doc, NULL}, *lx = &text;
    uint8_t gap = 2;
    uint32_t sent = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        if (c == '\n') { gap = 2; i += len; continue; }
        if (is_space(c) || c == '\r') { if (!gap) gap = 1; i += len; continue; }
        if (lx->n == cap) {
            lx_unit *v = realloc(m->v, 2 * cap * sizeof(lx_unit));
            if (!v) return NABA_ERR_NOMEM;
            m->v = lx->v = v;
            cap *= 2;
        }
        lx_unit *u = &lx->v[lx->n++];
        uint8_t kind;
        size_t ul = unit_len(s, n, i, &kind);
        sent = sent_of(doc, i, sent);
        size_t kl = naba_fold(s + i, ul, LX_FOLD, keys, ul + 1);
        *u = (lx_unit){.start = (naba_off)i, .end = (naba_off)(i + ul), .kind = kind, .gap = gap,
                       .sent = sent, .klen = (uint32_t)strlen(keys), .key = keys, .value = NAN};
        gap = 0;
        keys += kl + 1;
        if (kind == LX_NUM) {
            double v = 0;
            unsigned nd = 0;
            for (const char *p = u->key; *p; p++, nd++) v = v * 10 + (*p - '0');
            u->value = v;
            u->ndigits = nd > 255 ? 255 : (uint8_t)nd;
        } else if (kind == LX_WORD) {
            u->latin = is_latin_letter(c);
        } else {
            u->quote = quote_kind(c);
            u->sent_end = c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026;
        }
        i += ul;
    }
    /* Marks that only look like quotes or sentence ends: an apostrophe inside a
    ** word (O'Brien), a decimal point (12.5) and a title's point (د.). */
    for (size_t k = 1; k + 1 < lx->n; k++) {
        lx_unit *u = &lx->v[k];
        if (u->kind != LX_PUNCT || u->gap) continue;
        if (lx->v[k + 1].gap) {
            if (u->sent_end && title_point(lx, k)) u->sent_end = 0;
            continue;
        }
        uint8_t before = lx->v[k - 1].kind, after = lx->v[k + 1].kind;
        if (u->quote && before == LX_WORD && after == LX_WORD) {
            uint32_t c = lx_punct(lx, k);
            if (c == '\'' || c == 0x2019) u->quote = LX_Q_NONE;
        }
        if (u->sent_end && before == LX_NUM && after == LX_NUM) u->sent_end = 0;
    }
    m->n = lx->n;
    /* the array cut to exactly n units, so that a read of v[n] (a caller
    ** looking one unit past a text that ends on a cue word) is reported under
    ** ASan on every text, not only when the growing array happens to be full */
    lx_unit *exact = realloc(m->v, (lx->n ? lx->n : 1) * sizeof *exact);
    if (exact) m->v = exact;
    return NABA_OK;
}

size_t lx_find(const lx_text *lx, size_t off) {
    size_t lo = 0, hi = lx->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (lx->v[mid].end <= off) lo = mid + 1; else hi = mid;
    }
    return lo;
}

int lx_word_at(const naba_doc *d, size_t off) {
    size_t lo = 0, hi = d->words.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->words.v[mid].end <= off) lo = mid + 1; else hi = mid;
    }
    return lo < d->words.n && d->words.v[lo].start <= off ? (int)lo : -1;
}

int lx_head_word(const lx_text *lx, size_t i) {
    const naba_doc *d = lx->doc;
    if (i >= lx->n) return -1;
    int w = lx_word_at(d, lx->v[i].start);
    if (w < 0) return -1;
    while ((size_t)w + 1 < d->words.n && d->words.v[w + 1].start < lx->v[i].end) {
        const naba_word *x = &d->words.v[w];
        int clitic = x->end - x->start <= 2 && (x->upos == NABA_UPOS_CCONJ || x->upos == NABA_UPOS_ADP);
        if (!clitic) break;
        w++;
    }
    return w;
}

int lx_has_upos(const lx_text *lx, size_t i, int upos) {
    const naba_doc *d = lx->doc;
    if (i >= lx->n) return 0;
    const lx_unit *u = &lx->v[i];
    int w = lx_word_at(d, u->start);
    for (size_t x = w < 0 ? d->words.n : (size_t)w; x < d->words.n && d->words.v[x].start < u->end; x++)
        if (d->words.v[x].upos == upos) return 1;
    return 0;
}

int lx_head_has(const lx_text *lx, size_t i, const char *feat) {
    int w = lx_head_word(lx, i);
    const char *feats = w >= 0 ? lx->doc->words.v[w].feats : NULL;
    return feats && strstr(feats, feat) != NULL;
}

uint32_t lx_punct(const lx_text *lx, size_t i) {
    if (i >= lx->n || lx->v[i].kind != LX_PUNCT) return 0;
    size_t len;
    return utf8_next(lx->doc->text + lx->v[i].start, lx->v[i].end - lx->v[i].start, &len);
}

int lx_is(const lx_text *lx, size_t i, uint32_t c) {
    uint32_t p = lx_punct(lx, i);
    if (!p) return 0;
    if (p == c) return 1;
    /* Arabic and Latin forms of the same mark are one mark to these stages */
    if (c == ',') return p == 0x060C;
    if (c == ';') return p == 0x061B;
    if (c == '%') return p == 0x066A;
    return 0;
}

int lx_is_dash(const lx_text *lx, size_t i) {
    return lx_is(lx, i, '-') || lx_is(lx, i, 0x2013);
}

int lx_digits_colon(const lx_text *lx, size_t i) {
    return i > 0 && i + 1 < lx->n && lx_is(lx, i, ':') && !lx->v[i].gap && !lx->v[i + 1].gap &&
           lx->v[i - 1].kind == LX_NUM && lx->v[i + 1].kind == LX_NUM;
}

int lx_is_boundary(const lx_text *lx, size_t i) {
    if (i >= lx->n) return 1;
    const lx_unit *u = &lx->v[i];
    if (u->gap == 2) return 1;
    return u->sent_end || lx_is(lx, i, ':') || lx_is(lx, i, ';');
}

int lx_ends_quoted_name(const lx_text *lx, size_t i) {
    if (i == 0 || i + 1 >= lx->n || lx->v[i + 1].gap != 0 || !lx->v[i + 1].quote) return 0;
    size_t q = i;
    while (q > 0 && i - q < 3 && !lx->v[q].quote && !lx->v[q].sent_end) q--;
    return q < i && lx->v[q].quote && lx->v[q].quote != LX_Q_CLOSE;
}

/* Does unit j touch the digits before it and the digits at j + 1? */
static int between_digits(const lx_text *lx, size_t j) {
    return j > 0 && j + 1 < lx->n && lx->v[j - 1].kind == LX_NUM && !lx->v[j].gap && !lx->v[j + 1].gap &&
           lx->v[j + 1].kind == LX_NUM;
}

/* The separator at unit j between glued digits (0: none). */
static uint32_t glued_sep(const lx_text *lx, size_t j) {
    return between_digits(lx, j) ? lx_punct(lx, j) : 0;
}

/* Unit j is the letter ر between glued digits (see reversed_number). */
static int glued_ra(const lx_text *lx, size_t j) {
    return between_digits(lx, j) && !strcmp(lx->v[j].key, "ر");
}

/* "5ر10 بالمائة", "3ر20 ألف طن", "225ر29 غارة", "540ر999ر45": Tunisian and
** Gulf agency copy writes a number's separator as ر, the groups after it
** first: the whole part is the last run; one or two digits (or more than
** three) first are a fraction (10.5, 20.3), three a thousands group
** (29,225), as is each three-digit run between (45,999,540). The units used
** (0: none at i). */
static size_t reversed_number(const lx_text *lx, size_t i, double *value) {
    size_t j = i;
    while (glued_ra(lx, j + 1) && (j == i || lx->v[j].ndigits == 3)) j += 2;
    if (j == i) return 0;
    const lx_unit *g = &lx->v[i];
    double v = 0;
    for (size_t k = j; k > i; k -= 2) v = v * 1000 + lx->v[k].value;
    *value = g->ndigits == 3 ? v * 1000 + g->value : v + g->value / pow(10.0, g->ndigits);
    return j + 1 - i;
}

/* Thousands groups after unit i: each a separator touching exactly three
** digits. Comma-like separators group from one group up (1,000, ١٬٠٠٠); a
** dot or an Arabic comma only from two (50.863.197, 1،975،022), as one
** group of three after them is also a decimal (Tunisian 2.308 and 2،308
** dinars) — and not inside a longer run. The unit after the groups, i + 1
** when none. */
static size_t thousands(const lx_text *lx, size_t i, double *v) {
    uint32_t sep = glued_sep(lx, i + 1);
    if (!sep || lx->v[i].ndigits > 3) return i + 1;
    int two = sep == '.' || sep == 0x060C;
    if (!two && sep != ',' && sep != 0x066C && sep != 0x2019 && sep != '\'') return i + 1;
    if (two && i > 0 && glued_sep(lx, i - 1) == sep) return i + 1;
    double w = *v;
    size_t j = i + 1;
    for (; glued_sep(lx, j) == sep && lx->v[j + 1].ndigits == 3; j += 2) w = w * 1000 + lx->v[j + 1].value;
    if (two && (j < i + 5 || glued_sep(lx, j) == sep)) return i + 1;
    *v = w;
    return j;
}

size_t lx_number(const lx_text *lx, size_t i, double *value) {
    if (i >= lx->n || lx->v[i].kind != LX_NUM) return 0;
    size_t k = reversed_number(lx, i, value);
    if (k) return k;
    double v = lx->v[i].value;
    size_t j = thousands(lx, i, &v);
    /* a decimal part, unless the digits go on as in 16.05.2025 */
    uint32_t p = glued_sep(lx, j);
    if (p && !glued_sep(lx, j + 2)) {
        /* a decimal comma, European (French-sourced news writes money "4,3
        ** مليار") or Arabic ("6،3 بالمائة", "1،45 مليون"), of one or two
        ** digits (three are a thousands group, read above) */
        int comma = (p == ',' || (p == 0x060C && !(i > 0 && glued_sep(lx, i - 1) == p))) && j == i + 1 &&
                    lx->v[j + 1].ndigits <= 2;
        if (p == '.' || p == 0x066B || comma) {
            const lx_unit *f = &lx->v[j + 1];
            v += f->value / pow(10.0, f->ndigits);
            j += 2;
        }
    }
    *value = v;
    return j - i;
}
