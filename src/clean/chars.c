/*
** chars.c — the cleaner's one pass over the original bytes.
**
** Each code point is copied, replaced or dropped: invalid bytes become U+FFFD,
** CR/CRLF become LF, NUL/C0 and bidi/zero-width controls and tatweel go,
** presentation forms become base letters, white space is folded, and the
** spacing around punctuation is repaired. White space and newlines are held
** back until the next visible character decides their fate (a space before
** "،" is dropped, trailing spaces are dropped, three newlines become a
** paragraph break), which is what makes cleaning idempotent.
**
** Speed: while nothing is pending, runs of ordinary characters are skipped
** over and copied with one memcpy and at most one map segment; the same loop
** feeds them to the line's key (key.c), which is made as the line is written.
*/
#include "clean.h"
#include "utf8.h"

#include <string.h>

#define LOOKAHEAD 16 /* how far past dropped characters the cleaner peeks */

static int is_newline(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}
static int is_ws(uint32_t cp) { return is_space(cp) || cp == 0x205F; }
/* NUL, C0 and C1 control characters other than white space and newlines */
static int is_c0(uint32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\v' && cp != '\f') ||
           cp == 0x7F || (cp >= 0x80 && cp <= 0x9F && cp != 0x85);
}
/* invisible format characters: bidi marks, embeddings and isolates, zero-width
** space/joiners, word joiner, soft hyphen, zero-width no-break space */
static int is_control(uint32_t cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0x061C || cp == 0xFEFF || cp == 0x00AD;
}
/* punctuation whose spacing is repaired */
static int is_spacing_punct(uint32_t cp) {
    return cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == '.' || cp == ',' ||
           cp == ':' || cp == ';' || cp == '!' || cp == '?';
}

/* The repair that drops cp, or -1 when cp is written. */
static int drop_kind(const cleaner *c, uint32_t cp) {
    if (is_c0(cp)) return clean_on(c, NABA_REPAIR_NUL) ? NABA_REPAIR_NUL : -1;
    if (is_control(cp)) return clean_on(c, NABA_REPAIR_CONTROL) ? NABA_REPAIR_CONTROL : -1;
    if (cp == 0x0640) return clean_on(c, NABA_REPAIR_TATWEEL) ? NABA_REPAIR_TATWEEL : -1;
    return -1;
}

static const char *form_of(const cleaner *c, uint32_t cp) {
    if (cp < 0xFB50 || !clean_on(c, NABA_REPAIR_PRESENTATION_FORM)) return NULL;
    return clean_presentation_form(cp);
}

/* The first code point the cleaner will write from original offset j on. */
static uint32_t peek(const cleaner *c, size_t j) {
    for (int k = 0; k < LOOKAHEAD && j < c->n; k++) {
        size_t len;
        uint32_t cp = utf8_decode(c->s + j, c->n - j, &len);
        if (cp == UTF8_INVALID) return 0xFFFD;
        if (drop_kind(c, cp) >= 0) { j += len; continue; }
        const char *f = form_of(c, cp);
        if (f) return utf8_next(f, strlen(f), &len);
        return cp;
    }
    return 0;
}

/* ---- white space and newlines held back */

static void flush_space(cleaner *c) {
    if (!c->sp) return;
    c->sp = 0;
    if (!clean_on(c, NABA_REPAIR_SPACES)) {
        clean_copy(c, c->sp_pos, c->sp_end - c->sp_pos);
    } else if (c->sp_len == 1 && c->s[c->sp_pos] == ' ') {
        clean_copy(c, c->sp_pos, 1);
    } else {
        clean_repair(c, NABA_REPAIR_SPACES, c->sp_pos, c->sp_pos + c->sp_len, NULL);
        clean_replace(c, c->sp_pos, c->sp_len, " ", 1);
    }
}

/* Drop the held white space (at a line end, or before punctuation). */
static void drop_space(cleaner *c, int kind) {
    if (!c->sp) return;
    c->sp = 0;
    size_t end = clean_on(c, NABA_REPAIR_SPACES) ? c->sp_pos + c->sp_len : c->sp_end;
    clean_drop(c, c->sp_pos, end - c->sp_pos, kind);
}

static void space(cleaner *c, size_t i, size_t len) {
    if (clean_on(c, NABA_REPAIR_SPACES)) {
        if (!c->line_content || c->sp) { clean_drop(c, i, len, NABA_REPAIR_SPACES); return; }
        c->sp = 1;
        c->sp_pos = i;
        c->sp_len = len;
        c->sp_end = i + len;
        return;
    }
    if (c->sp && !c->sp_closed && c->sp_end == i) { c->sp_end = i + len; return; }
    flush_space(c);
    c->sp = 1;
    c->sp_pos = i;
    c->sp_len = len;
    c->sp_end = i + len;
    c->sp_closed = 0;
}

static void write_newline(cleaner *c, size_t pos, size_t len) {
    if (len == 1 && c->s[pos] == '\n') {
        clean_copy(c, pos, 1);
    } else if (clean_on(c, NABA_REPAIR_NEWLINE)) {
        clean_repair(c, NABA_REPAIR_NEWLINE, pos, pos + len, NULL);
        clean_replace(c, pos, len, "\n", 1);
    } else {
        clean_copy(c, pos, len);
    }
}

static void flush_newlines(cleaner *c) {
    for (int k = 0; k < c->nl_n; k++) write_newline(c, c->nl_pos[k], c->nl_len[k]);
    c->nl_n = 0;
}

/* The current line ends (at a newline or at the end of input). */
static void end_line(cleaner *c) {
    if (clean_on(c, NABA_REPAIR_SPACES)) drop_space(c, NABA_REPAIR_SPACES);
    else flush_space(c);
    clean_line_end(c);
    c->after_punct = 0;
}

static void newline(cleaner *c, size_t i, size_t len) {
    end_line(c);
    if (c->swallow_nl) {
        c->swallow_nl = 0; /* the removed line's own newline goes with it */
    } else if (!clean_on(c, NABA_REPAIR_SPACES)) {
        write_newline(c, i, len);
    } else if (c->len == 0 || c->nl_n == 2) {
        clean_drop(c, i, len, NABA_REPAIR_SPACES); /* leading or extra blank lines */
    } else {
        c->nl_pos[c->nl_n] = i;
        c->nl_len[c->nl_n] = (uint8_t)len;
        c->nl_n++;
    }
    c->line_content = 0;
    c->line_orig = c->line_orig_end = i + len;
    clean_mark_set(c);
}

/* ---- punctuation spacing */

/* Does the space held before punctuation cp go? next is what follows cp. */
static int space_before_goes(uint32_t cp, uint32_t next) {
    if (!is_spacing_punct(cp)) return 0;
    if (cp == '.') return next != '.' && digit_value(next) < 0 && !is_latin_letter(next); /* ellipsis, .5, .com */
    if (cp == ',' || cp == ':') return digit_value(next) < 0; /* 1 ,000  10 :30 */
    return 1;
}

/* The token just written (back to the last space) looks like a URL or address,
** whose dots and colons take no space. */
static int in_link(const cleaner *c) {
    size_t b = c->len, lim = c->len > 256 ? c->len - 256 : 0;
    while (b > lim && c->out[b - 1] != ' ' && c->out[b - 1] != '\n') b--;
    const char *t = c->out + b;
    size_t n = c->len - b;
    for (size_t k = 0; k < n; k++) { /* one test per byte: most tokens hold none of @ : w */
        char ch = t[k];
        if (ch == '@') return 1;
        if (ch == ':' && k + 3 <= n && t[k + 1] == '/' && t[k + 2] == '/') return 1;
        if (ch == 'w' && k + 4 <= n && !memcmp(t + k, "www.", 4)) return 1;
    }
    return 0;
}

/* Letters in a row right before the punctuation just written (0, 1 or 2+). */
static int letters_before(const cleaner *c) {
    size_t j = c->len - 1; /* the punctuation, ASCII */
    int k = 0;
    while (j > 0 && k < 2) {
        size_t p = utf8_prev(c->out, j), len;
        uint32_t cp = utf8_next(c->out + p, j - p, &len);
        if (!is_arabic_letter(cp) && !is_latin_letter(cp)) break;
        k++;
        j = p;
    }
    return k;
}

/* May a missing space be added after punctuation cp, just written? */
static int wants_space_after(const cleaner *c, uint32_t cp) {
    if (cp == '.') return letters_before(c) >= 2 && !in_link(c); /* not after "د." or in "أ.ف.ب" */
    if (cp == ':' || cp == ',' || cp == ';') return !in_link(c);
    return 1;
}

/* The code point before the punctuation just written (the last in the
** output), 0 at the start. */
static uint32_t before_punct(const cleaner *c) {
    size_t j = utf8_prev(c->out, c->len);
    if (j == 0) return 0;
    size_t p = utf8_prev(c->out, j), len;
    return utf8_next(c->out + p, j - p, &len);
}

/* Is next a character a space should separate from punctuation p? An Arabic
** comma between digits is a number's separator (1،975،022, 6،3), read by
** lx_number, and stays glued. */
static int space_fits(const cleaner *c, uint32_t p, uint32_t next) {
    int arabic = is_arabic_letter(next);
    if (p == 0x060C && digit_value(next) >= 0) return digit_value(before_punct(c)) < 0;
    if (p == 0x060C || p == 0x061B || p == 0x061F) return arabic || is_latin_letter(next) || digit_value(next) >= 0;
    if (p == ',') return arabic || is_latin_letter(next);
    return arabic; /* . : ; ! ? before Latin letters are often names, code or links */
}

/* Before writing a visible character cp at original offset i. */
static void before_content(cleaner *c, size_t i, uint32_t cp, size_t next_i) {
    if (!c->line_content) {
        flush_space(c); /* leading white space, kept when the spaces repair is off */
        flush_newlines(c);
        c->line_content = 1;
        c->saw_content = 1;
        c->line_out = c->len;
        clean_line_start(c);
        c->line_orig = i;
        c->after_punct = 0;
        return;
    }
    if (c->sp) {
        /* peek only before punctuation: most held spaces come before a letter */
        if (clean_on(c, NABA_REPAIR_SPACE_BEFORE_PUNCT) && is_spacing_punct(cp) &&
            space_before_goes(cp, peek(c, next_i)))
            drop_space(c, NABA_REPAIR_SPACE_BEFORE_PUNCT);
        else
            flush_space(c);
    } else if (c->after_punct && clean_on(c, NABA_REPAIR_SPACE_AFTER_PUNCT) &&
               space_fits(c, c->after_punct, cp)) {
        clean_repair(c, NABA_REPAIR_SPACE_AFTER_PUNCT, i, i, NULL);
        clean_replace(c, i, 0, " ", 1);
    }
    c->after_punct = 0;
}

static void after_content(cleaner *c, uint32_t cp, size_t next_i) {
    c->line_orig_end = next_i;
    c->after_punct = is_spacing_punct(cp) && wants_space_after(c, cp) ? cp : 0;
}

static void content(cleaner *c, size_t i, size_t len, uint32_t cp) {
    before_content(c, i, cp, i + len);
    clean_copy(c, i, len);
    after_content(c, cp, i + len);
}

static void content_replaced(cleaner *c, size_t i, size_t len, const char *to, size_t to_len,
                             int kind) {
    size_t l;
    uint32_t first = utf8_next(to, to_len, &l);
    before_content(c, i, first, i + len);
    clean_repair(c, kind, i, i + len, NULL);
    clean_replace(c, i, len, to, to_len);
    /* the replacement's last code point decides the spacing after it */
    uint32_t last = utf8_next(to + utf8_prev(to, to_len), to_len - utf8_prev(to, to_len), &l);
    after_content(c, last, i + len);
}

/* ---- the fast path: ordinary characters while nothing is held back */

/* Bitmaps of the characters that need no decision. ASCII: letters, digits and
** symbols other than the spacing punctuation . , : ; ! ? */
static const uint64_t ascii_plain[2] = {0x73FFAFFC00000000ULL, 0x7FFFFFFFFFFFFFFFULL};
/* Two-byte code points that do need one: C1 controls, NBSP, soft hyphen,
** Arabic comma, semicolon, letter mark, question mark, tatweel. */
static const uint64_t special2[32] = {
    [2] = 0x00003FFFFFFFFFFFULL,                                  /* U+0080..U+00AD */
    [24] = (1ULL << 0x0C) | (1ULL << 0x1B) | (1ULL << 0x1C) | (1ULL << 0x1F), /* U+060C.. */
    [25] = 1ULL};                                                 /* U+0640 */

static int special(uint32_t cp) {
    if (cp < 0x0800) return (int)((special2[cp >> 6] >> (cp & 63)) & 1);
    return (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || (cp >= 0xFB50 && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF);
}

/* Length of the plain character at s[i] (*cp), or 0 when it needs a decision. */
static inline size_t plain_at(const unsigned char *s, size_t n, size_t i, uint32_t *cp) {
    unsigned b = s[i];
    *cp = b;
    if (b < 0x80) return (size_t)((ascii_plain[b >> 6] >> (b & 63)) & 1);
    if (b >= 0xC2 && b <= 0xDF) { /* two bytes: Arabic letters, inline */
        if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return 0;
        *cp = ((uint32_t)(b & 0x1F) << 6) | (s[i + 1] & 0x3F);
        return (special2[*cp >> 6] >> (*cp & 63)) & 1 ? 0 : 2;
    }
    size_t len;
    *cp = utf8_decode(s + i, n - i, &len);
    return *cp == UTF8_INVALID || special(*cp) ? 0 : len;
}

int clean_char_plain(uint32_t cp) {
    if (cp < 0x80) return (int)((ascii_plain[cp >> 6] >> (cp & 63)) & 1);
    return cp < 0x800 && !special(cp);
}

/* End of the run of plain characters from i. A single ASCII space between
** two plain characters is plain too: it would be kept as it is. */
static size_t plain_run(const unsigned char *s, size_t n, size_t i) {
    while (i < n) {
        uint32_t cp;
        size_t len = plain_at(s, n, i, &cp);
        if (!len) {
            if (s[i] != ' ' || i + 1 >= n || !(len = plain_at(s, n, i + 1, &cp))) break;
            len++; /* the space and the character after it */
        }
        i += len;
    }
    return i;
}

/* The key's entry of the character at s[i] when it is plain and below U+0800
** (*len gets its length), else NULL: the keyed run stops there, and the slow
** path writes it and clean_key_sync feeds it. One table load decides both. */
static inline const clean_fold_entry *plain_entry(const unsigned char *s, size_t n, size_t i,
                                                  size_t *len) {
    if (i >= n) return NULL;
    unsigned b = s[i], cp;
    if (b < 0x80) {
        cp = b;
        *len = 1;
    } else if (b - 0xC2 < 30 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        cp = (b & 0x1F) << 6 | (s[i + 1] & 0x3F);
        *len = 2;
    } else {
        return NULL;
    }
    const clean_fold_entry *f = &clean_fold_table[cp];
    return f->plain ? f : NULL;
}

/* plain_run, feeding the run's characters to the line's key in the same
** pass. The key's state is copied in and out so that it lives in registers. */
static size_t plain_run_keyed(const unsigned char *s, size_t n, size_t i, clean_keying *key) {
    clean_keying k = *key;
    while (i < n) {
        /* the Arabic letters inside a word (plain, no separator pending)
        ** take the tightest loop: most of an Arabic article */
        while (!k.gap && i + 1 < n) {
            unsigned lead = s[i] - 0xD8u;
            if (lead >= 4) break;
            const clean_fold_entry *f = &clean_arabic_letters[lead << 8 | s[i + 1]];
            if (f->kind != CLEAN_K_WORD) break;
            clean_key_put(&k, f);
            i += 2;
        }
        if (i >= n) break;
        size_t len;
        const clean_fold_entry *f = plain_entry(s, n, i, &len);
        if (!f) {
            if (s[i] != ' ' || !(f = plain_entry(s, n, i + 1, &len))) break;
            clean_key_put(&k, &clean_fold_table[' ']);
            len++; /* the space and the character after it */
        }
        clean_key_put(&k, f);
        i += len;
    }
    *key = k;
    return i;
}

static void bad_byte(cleaner *c, size_t i) {
    if (c->bad == 0) c->first_bad = i;
    c->bad++;
    if (c->s[i] < 0x80) c->ctl++;
}

void clean_chars(cleaner *c) {
    const unsigned char *s = c->s;
    size_t n = c->n, i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF && clean_on(c, NABA_REPAIR_BOM)) {
        clean_drop(c, 0, 3, NABA_REPAIR_BOM);
        i = 3;
    }
    c->line_orig = c->line_orig_end = i;
    clean_mark_set(c);
    while (i < n && !c->fail) {
        if (c->line_content && !c->sp && !c->after_punct) {
            size_t j;
            if (!c->keyed) j = plain_run(s, n, i);
            else if (clean_key_sync(c, n - i)) j = plain_run_keyed(s, n, i, &c->key);
            else break;
            if (j > i) {
                clean_copy(c, i, j - i);
                c->key_at = c->len; /* keyed already, when c->keyed */
                c->line_orig_end = j;
                i = j;
                continue;
            }
        }
        size_t len;
        uint32_t cp;
        if (s[i] < 0x80) {
            cp = s[i];
            len = 1;
        } else {
            cp = utf8_decode(s + i, n - i, &len);
        }
        if (cp == UTF8_INVALID) {
            bad_byte(c, i);
            content_replaced(c, i, 1, "\xEF\xBF\xBD", 3, NABA_REPAIR_INVALID_UTF8);
        } else if (is_newline(cp)) {
            if (cp == '\r' && i + 1 < n && s[i + 1] == '\n') len = 2;
            newline(c, i, len);
        } else if (is_ws(cp)) {
            space(c, i, len);
        } else {
            if (is_c0(cp) && cp < 0x80) bad_byte(c, i);
            int kind = drop_kind(c, cp);
            const char *f;
            if (cp == 0xFEFF && i == 0) {
                content(c, i, len, cp); /* a BOM kept: the bom repair is off */
            } else if (kind >= 0) {
                clean_drop(c, i, len, kind);
                c->sp_closed = 1;
            } else if ((f = form_of(c, cp)) != NULL) {
                content_replaced(c, i, len, f, strlen(f), NABA_REPAIR_PRESENTATION_FORM);
            } else {
                content(c, i, len, cp);
            }
        }
        i += len;
        if (c->bad * 10 > n) return; /* binary: the caller refuses it */
    }
    end_line(c);
    if (clean_on(c, NABA_REPAIR_SPACES)) {
        for (int k = 0; k < c->nl_n; k++)
            clean_drop(c, c->nl_pos[k], c->nl_len[k], NABA_REPAIR_SPACES); /* trailing */
        c->nl_n = 0;
    }
}
