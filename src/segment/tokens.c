/*
** tokens.c — the tokenizer: one line of clean text into doc->tokens, in one
** pass, each token with its kind, script, folded key and (for numbers) value.
**
** A token is a word (letters of one script with their marks; Latin words may
** hold digits and inner apostrophes), a number (number.c), a URL, e-mail,
** hashtag or mention, a punctuation mark, or a symbol. Words never mix
** scripts: وZelenskyy is the clitic و then Zelenskyy, so later stages see the
** Latin name whole. Hyphens always split (Trump - Putin, as UD does), except
** in number+unit tokens (30-day), URLs and e-mails. See docs/segmentation.md.
*/
#include "segment.h"
#include "fold.h"
#include "arena.h"

#include <math.h>
#include <string.h>

static int is_ascii_alpha(unsigned char b) { return (unsigned char)((b | 0x20) - 'a') < 26; }
static int is_ascii_alnum(unsigned char b) { return is_ascii_alpha(b) || (unsigned char)(b - '0') < 10; }

static int class_at(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len;
    return i < end ? seg_class_at(s, i, end, &cp, &len) : SC_SPACE;
}

/* Script of any token from its letters (and Arabic-Indic digits, which
** Unicode counts as Arabic script). */
static int script_of(const char *s, size_t b, size_t e) {
    unsigned seen = 0; /* 1 arabic, 2 latin, 4 other */
    while (b < e) {
        uint32_t cp;
        size_t len;
        int cl = seg_class_at(s, b, e, &cp, &len);
        if (cl == SC_AR_LETTER || cl == SC_AR_MARK || cl == SC_TATWEEL || (cl == SC_DIGIT && cp > 0x7F))
            seen |= 1;
        else if (cl == SC_LATIN) seen |= 2;
        else if (cl == SC_OTHER_LETTER) seen |= 4;
        b += len;
    }
    switch (seen) {
    case 0: return NABA_SCRIPT_NONE;
    case 1: return NABA_SCRIPT_ARABIC;
    case 2: return NABA_SCRIPT_LATIN;
    case 4: return NABA_SCRIPT_OTHER;
    default: return NABA_SCRIPT_MIXED;
    }
}

/* Append the token s[b..e) whose folded key, klen bytes, has been written at
** the end of the document's key buffer. Inline: it runs once per token. */
static inline naba_status push_keyed(seg_tokenizer *tz, size_t b, size_t e, int kind, int script,
                                     double value, size_t klen) {
    naba_doc *doc = tz->doc;
    /* the layer is grown by NABA_PUSH only when full: this runs per token */
    naba_token *t = doc->tokens.n < doc->tokens.cap ? &doc->tokens.v[doc->tokens.n++]
                                                    : NABA_PUSH(doc, &doc->tokens);
    if (!t) return naba_fail(&doc->error, NABA_ERR_NOMEM, b, "out of memory at token %zu", doc->tokens.n);
    *t = (naba_token){.start = (naba_off)b, .end = (naba_off)e, .kind = (uint8_t)kind,
                      .script = (uint8_t)script, .key = tz->keys + tz->keys_used, .value = value};
    tz->keys[tz->keys_used + klen] = '\0';
    tz->keys_used += klen + 1;
    return NABA_OK;
}

/* Append the token s[b..e), folding its key. An ASCII token (punctuation, a
** Latin word, a number) is folded here byte by byte, without the call. */
static naba_status push(seg_tokenizer *tz, size_t b, size_t e, int kind, int script, double value) {
    const unsigned char *s = (const unsigned char *)tz->doc->text + b;
    char *key = tz->keys + tz->keys_used;
    size_t n = e - b, k = 0;
    for (; k < n && s[k] < 0x80; k++) key[k] = naba_fold_ascii(s[k], tz->fold);
    size_t klen = k == n ? n : naba_fold(tz->doc->text + b, n, tz->fold, key, n + 1);
    return push_keyed(tz, b, e, kind, script, value, klen);
}

/* Does the character at s[i] (class k, code point cp, len bytes) continue a
** word of class cl? Joiners, and ’ in Latin words, only between letters. */
static int continues_word(const char *s, size_t i, size_t len, size_t end, int cl, int k, uint32_t cp) {
    if (k == cl || k == SC_MARK || (cl == SC_AR_LETTER && (k == SC_AR_MARK || k == SC_TATWEEL))) return 1;
    if (k == SC_JOINER || (cl == SC_LATIN && cp == 0x2019)) return class_at(s, i + len, end) == cl;
    return 0;
}

/* The run of Arabic-block letters, marks and tatweels at u[i] (D8..DB and a
** continuation byte: U+0600..U+06FF, as in seg_class_at), its key folded
** into key + *k through the block's cells. A leaf apart from the token loop,
** so that this loop, which runs for most bytes of an article, keeps all it
** uses in registers. Returns where the run ends. */
__attribute__((noinline)) static size_t arabic_run(const unsigned char *u, size_t i, size_t end,
                                                   const seg_cell *cells, char *key, size_t *k) {
    size_t o = *k;
    const unsigned char *p = u + i, *last = u + end - 1; /* i < end: a letter starts before last */
    while (p < last) {
        unsigned lead = p[0] - 0xD8u;
        if (lead >= 4) break;
        seg_cell c = cells[lead << 8 | p[1]];
        if (!c.word) break;
        memcpy(key + o, c.b, 2);
        o += c.len;
        p += 2;
    }
    *k = o;
    return (size_t)(p - u);
}

/* An Arabic word at s[i]: its key is folded in the same pass that finds its
** end. Each letter stores two bytes, even when it folds to fewer: the key of
** s[b..i) is never longer than i - b bytes, so the store stays inside the
** token's room in the key buffer and the next letter or the NUL overwrites
** the excess. */
static naba_status arabic_word(seg_tokenizer *tz, size_t i, size_t *next) {
    const char *s = tz->doc->text;
    size_t end = tz->doc->text_len, b = i, k = 0;
    char *key = tz->keys + tz->keys_used;
    for (;;) {
        i = arabic_run((const unsigned char *)s, i, end, tz->cells, key, &k);
        if (i >= end || (unsigned char)s[i] < 0x80) break; /* no ASCII character continues it */
        uint32_t cp;
        size_t len;
        int cl = seg_class_at(s, i, end, &cp, &len);
        if (!continues_word(s, i, len, end, SC_AR_LETTER, cl, cp)) break;
        k += naba_fold(s + i, len, tz->fold, key + k, len + 1);
        i += len;
    }
    *next = i;
    return push_keyed(tz, b, i, NABA_TOK_WORD, NABA_SCRIPT_ARABIC, NAN, k);
}

/* End of the Latin or other-script word (class cl) at s[i]. */
static size_t word_end(const char *s, size_t i, size_t end, int cl) {
    uint32_t cp;
    size_t len;
    while (i < end) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && cl == SC_LATIN) { /* the ASCII fast path */
            int k = seg_ascii_class[b];
            if (k == SC_LATIN || k == SC_DIGIT) { i++; continue; }
            if (b == '\'' && class_at(s, i + 1, end) == SC_LATIN) { i++; continue; }
            break;
        }
        int k = seg_class_at(s, i, end, &cp, &len);
        if (!continues_word(s, i, len, end, cl, k, cp)) break;
        i += len;
    }
    return i;
}

/* U.S. e.g. U.N: single ASCII letters each followed by a period (the last
** period optional), at least two. Return the end, or 0. */
static size_t initialism_end(const char *s, size_t i, size_t end) {
    int letters = 0;
    while (i < end && is_ascii_alpha((unsigned char)s[i]) &&
           !(i + 1 < end && is_ascii_alnum((unsigned char)s[i + 1]))) {
        letters++;
        i++;
        if (i < end && s[i] == '.') i++;
        else break;
    }
    return letters >= 2 ? i : 0;
}

static int is_url_stop(int cl, uint32_t cp) {
    return cl == SC_SPACE || cl == SC_NEWLINE || cl == SC_IGNORE || cp == '"' || cp == '<' ||
           cp == '>' || cp == '`' || (cp > 0x7F && cl == SC_PUNCT);
}

/* The rest of a URL from s[i]: up to white space or a quote, less trailing
** punctuation and closing brackets that were not opened inside it. */
static size_t url_tail(const char *s, size_t i, size_t b, size_t end) {
    uint32_t cp;
    size_t len;
    while (i < end) {
        int cl = seg_class_at(s, i, end, &cp, &len);
        if (is_url_stop(cl, cp)) break;
        i += len;
    }
    while (i > b) {
        char c = s[i - 1];
        if (c == ')' || c == ']') {
            char open = c == ')' ? '(' : '[';
            int depth = 0;
            for (size_t k = b; k < i; k++) depth += (s[k] == open) - (s[k] == c);
            if (depth >= 0) break;
        } else if (!c || !strchr(".,;:!?'*", c)) {
            break;
        }
        i--;
    }
    return i;
}

static int starts_with_ci(const char *s, size_t i, size_t end, const char *p) {
    size_t n = strlen(p);
    if (end - i < n) return 0;
    for (size_t k = 0; k < n; k++)
        if ((s[i + k] | 0x20) != p[k] && s[i + k] != p[k]) return 0;
    return 1;
}

/* http://, https://, ftp:// or www. followed by at least one URL character. */
static size_t scheme_url_end(const char *s, size_t i, size_t end) {
    static const char *const prefixes[] = {"https://", "http://", "ftp://", "www."};
    for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
        if (!starts_with_ci(s, i, end, prefixes[p])) continue;
        size_t j = url_tail(s, i + strlen(prefixes[p]), i, end);
        return j > i + strlen(prefixes[p]) ? j : 0;
    }
    return 0;
}

/* Host labels [A-Za-z0-9-]+ joined by dots, at least two; return the end and
** the number of labels and the start of the last one. */
static size_t host_end(const char *s, size_t i, size_t end, int *labels, size_t *last) {
    *labels = 0;
    size_t good = i;
    while (i < end && (is_ascii_alnum((unsigned char)s[i]))) {
        size_t l = i;
        while (i < end && (is_ascii_alnum((unsigned char)s[i]) || s[i] == '-')) i++;
        (*labels)++;
        *last = l;
        good = i;
        if (i + 1 < end && s[i] == '.' && is_ascii_alnum((unsigned char)s[i + 1])) i++;
        else break;
    }
    return good;
}

static int letters_only(const char *s, size_t b, size_t e) {
    for (; b < e; b++)
        if (!is_ascii_alpha((unsigned char)s[b])) return 0;
    return 1;
}

/* A bare domain such as apnews.com/hub or news.un.org: a top-level domain from a
** short list, or a two-letter one after two labels, or any one followed by a
** path. A period between two words (end.The) is therefore not a URL. */
static size_t domain_url_end(const char *s, size_t i, size_t end) {
    static const char *const tlds[] = {"com", "net", "org", "gov", "edu", "int", "mil", "info",
                                       "io", "tv", "news"};
    int labels;
    size_t last;
    size_t e = host_end(s, i, end, &labels, &last);
    if (labels < 2 || !letters_only(s, last, e) || e - last < 2 || e - last > 24) return 0;
    if (e < end && s[e] == '/') return url_tail(s, e, i, end);
    if (is_ascii_alnum((unsigned char)(e < end ? s[e] : 0))) return 0;
    for (size_t t = 0; t < sizeof tlds / sizeof tlds[0]; t++)
        if (strlen(tlds[t]) == e - last && starts_with_ci(s, last, e, tlds[t])) return e;
    if (labels >= 3 && e - last == 2) return e;
    return 0;
}

/* local@host.tld */
static size_t email_end(const char *s, size_t i, size_t end) {
    size_t j = i;
    while (j < end && (is_ascii_alnum((unsigned char)s[j]) || (s[j] && strchr("._%+-", s[j]))))
        j++;
    if (j == i || j >= end || s[j] != '@') return 0;
    int labels;
    size_t last;
    size_t e = host_end(s, j + 1, end, &labels, &last);
    return labels >= 2 && letters_only(s, last, e) && e - last >= 2 ? e : 0;
}

/* The body of a hashtag or mention: letters of any script, marks, digits, _. */
static size_t tag_end(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len;
    while (i < end) {
        int cl = seg_class_at(s, i, end, &cp, &len);
        if (cl == SC_AR_LETTER || cl == SC_LATIN || cl == SC_OTHER_LETTER || cl == SC_DIGIT ||
            cl == SC_AR_MARK || cl == SC_MARK || cl == SC_TATWEEL || cl == SC_JOINER || cp == '_')
            i += len;
        else break;
    }
    return i;
}

static int word_script(int cl) {
    return cl == SC_AR_LETTER ? NABA_SCRIPT_ARABIC : cl == SC_LATIN ? NABA_SCRIPT_LATIN : NABA_SCRIPT_OTHER;
}

/* A token starting with a Latin letter: URL, e-mail, initialism or word. */
static naba_status latin(seg_tokenizer *tz, size_t i, uint32_t cp, size_t *next) {
    const char *s = tz->doc->text;
    size_t end = tz->doc->text_len, e = 0;
    int kind = NABA_TOK_URL;
    char c = (char)(cp | 0x20);
    if (cp < 0x80 && (c == 'h' || c == 'w' || c == 'f')) e = scheme_url_end(s, i, end);
    if (!e && cp < 0x80) {
        kind = NABA_TOK_WORD;
        e = initialism_end(s, i, end);
    }
    if (!e) {
        kind = NABA_TOK_WORD;
        e = word_end(s, i, end, SC_LATIN);
        /* an ASCII word that stops at . or @ may begin an e-mail or a domain */
        if (cp < 0x80 && e < end && s[e] && strchr(".@-_+", s[e])) {
            size_t u;
            if ((u = email_end(s, i, end))) {
                e = u;
                kind = NABA_TOK_EMAIL;
            } else if (s[e] == '.' && (u = domain_url_end(s, i, end))) {
                e = u;
                kind = NABA_TOK_URL;
            }
        }
    }
    *next = e;
    return push(tz, i, e, kind, kind == NABA_TOK_WORD ? NABA_SCRIPT_LATIN : script_of(s, i, e), NAN);
}

/* A punctuation mark at s[i]: its own token, except runs of . - _ (an
** ellipsis or a rule) and the marks that open a hashtag, mention or %50. */
static naba_status punct(seg_tokenizer *tz, size_t i, uint32_t cp, size_t len,
                         size_t *next) {
    const char *s = tz->doc->text;
    size_t end = tz->doc->text_len, e = i + len;
    if (cp == '.' || cp == '-' || cp == '_') {
        while (e < end && s[e] == (char)cp) e++;
    } else if (cp == '#' || cp == '@') {
        int cl = class_at(s, e, end);
        int ok = cp == '#' ? (cl == SC_AR_LETTER || cl == SC_LATIN || cl == SC_OTHER_LETTER ||
                              cl == SC_DIGIT || (e < end && s[e] == '_'))
                           : (cl == SC_AR_LETTER || (e < end && (is_ascii_alnum((unsigned char)s[e]) || s[e] == '_')));
        if (ok) {
            e = tag_end(s, e, end);
            *next = e;
            return push(tz, i, e, cp == '#' ? NABA_TOK_HASHTAG : NABA_TOK_MENTION,
                        script_of(s, i, e), NAN);
        }
    } else if ((cp == '%' || cp == 0x066A) && class_at(s, e, end) == SC_DIGIT) {
        seg_number n;
        seg_scan_number(s, i, end, &n);
        *next = n.end;
        return push(tz, i, n.end, n.kind, script_of(s, i, n.end), n.value);
    }
    *next = e;
    return push(tz, i, e, NABA_TOK_PUNCT, NABA_SCRIPT_NONE, NAN);
}

/* A symbol (or stray marks, or a lone run of tatweel) with the marks, skin
** tones and ZWJ-joined symbols that follow it: one emoji is one token. */
static size_t symbol_end(const char *s, size_t i, size_t end) {
    uint32_t cp;
    size_t len;
    while (i < end) {
        int cl = seg_class_at(s, i, end, &cp, &len);
        if (cl == SC_MARK || cl == SC_AR_MARK || cl == SC_TATWEEL) i += len;
        else if (cl == SC_JOINER && class_at(s, i + len, end) == SC_SYMBOL) {
            i += len;
            seg_class_at(s, i, end, &cp, &len);
            i += len;
        } else break;
    }
    return i;
}

/* Scan the token that starts at s[i] (class cl, code point cp of length len). */
static naba_status token(seg_tokenizer *tz, size_t i, int cl, uint32_t cp, size_t len,
                         size_t *next) {
    const char *s = tz->doc->text;
    size_t end = tz->doc->text_len, e;
    if (cl == SC_TATWEEL) { /* a word written with a leading tatweel (ـه), else a symbol */
        e = i + len;
        while (class_at(s, e, end) == SC_TATWEEL) e += 2; /* U+0640 is two bytes */
        if (class_at(s, e, end) == SC_AR_LETTER) cl = SC_AR_LETTER;
    }
    switch (cl) {
    case SC_LATIN:
        return latin(tz, i, cp, next);
    case SC_AR_LETTER:
        return arabic_word(tz, i, next);
    case SC_OTHER_LETTER:
        e = word_end(s, i, end, cl);
        *next = e;
        return push(tz, i, e, NABA_TOK_WORD, word_script(cl), NAN);
    case SC_DIGIT: {
        seg_number n;
        seg_scan_number(s, i, end, &n);
        *next = n.end;
        return push(tz, i, n.end, n.kind, script_of(s, i, n.end), n.value);
    }
    case SC_PUNCT:
        return punct(tz, i, cp, len, next);
    default: /* SC_SYMBOL, stray SC_AR_MARK / SC_MARK */
        break;
    }
    e = symbol_end(s, i + len, end);
    *next = e;
    return push(tz, i, e, NABA_TOK_SYMBOL, script_of(s, i, e), NAN);
}

naba_status seg_tokenizer_init(seg_tokenizer *tz, naba_doc *doc, unsigned fold) {
    tz->doc = doc;
    tz->fold = fold;
    tz->cells = seg_cells(fold, naba_fold_cells(fold), tz->own);
    /* a key is never longer than its token, plus a NUL, and tokens never overlap */
    tz->keys = naba_arena_alloc_raw(doc->arena, 2 * doc->text_len + 1);
    tz->keys_used = 0;
    if (!tz->keys) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory for %zu bytes of keys", 2 * doc->text_len);
    /* news text has about one token per 6 bytes: room for them all at once, where
    ** growing by doubling copied each token twice (3% of read + clean + segment) */
    if (!NABA_RESERVE(doc, &doc->tokens, doc->text_len / 5 + 64))
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory for the tokens of %zu bytes", doc->text_len);
    return NABA_OK;
}

naba_status seg_tokenize_line(seg_tokenizer *tz, size_t i, size_t *next) {
    naba_doc *doc = tz->doc;
    const char *s = doc->text;
    size_t end = doc->text_len, first = doc->tokens.n;
    while (i < end) {
        uint32_t cp = ' ';
        size_t len = 1;
        int cl = s[i] == ' ' ? SC_SPACE /* the common case, ahead of the tables */
                             : seg_class_at(s, i, end, &cp, &len);
        if (cl == SC_SPACE || cl == SC_NEWLINE) {
            if (doc->tokens.n > first) doc->tokens.v[doc->tokens.n - 1].space_after = 1;
            i += len;
            if (cl == SC_NEWLINE) {
                if (cp == '\r' && i < end && s[i] == '\n') i++;
                break;
            }
        } else if (cl == SC_IGNORE || cl == SC_JOINER) {
            i += len;
        } else {
            naba_status st = token(tz, i, cl, cp, len, &i);
            if (st != NABA_OK) return st;
        }
    }
    *next = i;
    return NABA_OK;
}
