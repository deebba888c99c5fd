/*
** flat.c — the JSONL reader's fast path: a flat JSON object (values that are
** strings, numbers, true, false or null) read in one scan, with the fields
** naba uses (id, title, date, time, text) decoded into one buffer.
**
** Why: cJSON costs about 19 instructions per byte of a news line (it finds each
** string's end, allocates, then copies it byte by byte, and builds a node per
** field); that was a fifth of read + clean + segment. Here eight bytes are
** tested at a time for the three that end a plain run (" \ NUL) and plain runs
** are copied with memcpy. The fast path takes only what cJSON takes and reads
** it the same way; anything else (nested values, a numeric id, \u0000, a
** surrogate that does not pair, an escape cJSON refuses, a BOM, a raw NUL,
** trailing bytes) returns 0 and the caller parses the line with cJSON, which
** also words every error. fuzz_jsonl checks the two readers agree.
*/
#include "input.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
/* The high bit of each zero byte of x; the lowest one set is exact (a borrow
** can only mark bytes above a zero byte). */
static uint64_t zero_bytes(uint64_t x) { return (x - ONES) & ~x & HIGHS; }

/* Bytes from s[i] that need no decoding: up to the first '"', '\' or NUL.
** Sixteen bytes at a time with SSE2 (every x86-64 has it), else eight. */
static size_t plain_end(const unsigned char *s, size_t n, size_t i) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), nul = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                   _mm_cmpeq_epi8(x, nul));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t z = zero_bytes(x ^ (ONES * '"')) | zero_bytes(x ^ (ONES * '\\')) | zero_bytes(x);
        if (z) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + ((size_t)__builtin_ctzll(z) >> 3);
#else
            break;
#endif
        }
    }
    while (i < n && s[i] != '"' && s[i] != '\\' && s[i]) i++;
    return i;
}

static int hex4(const unsigned char *s, size_t n, size_t i, unsigned *v) {
    if (n - i < 4) return 0;
    *v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = s[i + k], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else return 0;
        *v = *v << 4 | d;
    }
    return 1;
}

/* The escape at s[*i] ('\'): its bytes appended to out (when not NULL) at *o.
** 0 when the fast path leaves it to cJSON. */
static int escape(const unsigned char *s, size_t n, size_t *i, char *out, size_t *o) {
    if (*i + 1 >= n) return 0;
    unsigned char c = s[*i + 1], b;
    switch (c) {
    case 'b': b = '\b'; break;
    case 'f': b = '\f'; break;
    case 'n': b = '\n'; break;
    case 'r': b = '\r'; break;
    case 't': b = '\t'; break;
    case '"': case '\\': case '/': b = c; break;
    case 'u': {
        unsigned hi, lo;
        uint32_t cp;
        if (!hex4(s, n, *i + 2, &hi) || hi == 0 || (hi >= 0xDC00 && hi <= 0xDFFF)) return 0;
        size_t used = 6;
        cp = hi;
        if (hi >= 0xD800 && hi <= 0xDBFF) { /* a pair: \uD83D\uDE00 */
            if (n - *i < 12 || s[*i + 6] != '\\' || s[*i + 7] != 'u' || !hex4(s, n, *i + 8, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF)
                return 0;
            cp = 0x10000 + (((hi & 0x3FF) << 10) | (lo & 0x3FF));
            used = 12;
        }
        char u[4];
        size_t k = utf8_encode(cp, u);
        if (out) memcpy(out + *o, u, k);
        *o += k;
        *i += used;
        return 1;
    }
    default: return 0;
    }
    if (out) out[*o] = (char)b;
    (*o)++;
    *i += 2;
    return 1;
}

/* The string whose opening quote is at s[*i]: decoded and NUL-terminated into
** out + *o when out is not NULL (*o moves past the NUL), else only stepped
** over; *i moves past the closing quote. 0 when the fast path does not take it. */
static int string(const unsigned char *s, size_t n, size_t *i, char *out, size_t *o) {
    size_t j = *i + 1, w = out ? *o : 0;
    for (;;) {
        size_t e = plain_end(s, n, j);
        if (out) memcpy(out + w, s + j, e - j);
        w += e - j;
        j = e;
        if (j >= n || !s[j]) return 0;
        if (s[j] == '"') break;
        if (!escape(s, n, &j, out, &w)) return 0;
    }
    if (out) {
        out[w] = '\0';
        *o = w + 1;
    }
    *i = j + 1;
    return 1;
}

/* A number as JSON writes it, which strtod reads whole; 0 for anything else,
** and for one longer than the 63 bytes cJSON reads a number from. */
static int number(const unsigned char *s, size_t n, size_t *i) {
    size_t j = *i;
#define DIGITS(min) do { size_t d0 = j; while (j < n && s[j] >= '0' && s[j] <= '9') j++; if (j - d0 < (min)) return 0; } while (0)
    if (j < n && s[j] == '-') j++;
    if (j < n && s[j] == '0') j++;
    else DIGITS(1);
    if (j < n && s[j] == '.') { j++; DIGITS(1); }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        DIGITS(1);
    }
#undef DIGITS
    if (j - *i > 63) return 0;
    *i = j;
    return 1;
}

static size_t skip_ws(const unsigned char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
}

enum { F_ID, F_TITLE, F_DATE, F_TIME, F_TEXT, F_N };
static const char *const field_names[F_N] = {"id", "title", "date", "time", "text"};

/* Which kept field the key s[b..e) names (no escapes in it), or -1. */
static int field_of(const unsigned char *s, size_t b, size_t e) {
    for (int f = 0; f < F_N; f++)
        if (strlen(field_names[f]) == e - b && !memcmp(s + b, field_names[f], e - b)) return f;
    return -1;
}

int naba_record_flat(const char *line, size_t len, char *buf, naba_record *rec) {
    const unsigned char *s = (const unsigned char *)line;
    size_t n = len, i = skip_ws(s, n, 0), o = 0;
    const char *val[F_N] = {0};
    size_t text_len = 0;
    int seen = 0; /* bit f: field f was met (cJSON finds the first of a name) */
    if (i >= n || s[i] != '{') return 0;
    i = skip_ws(s, n, i + 1);
    for (;;) {
        if (i >= n || s[i] != '"') return 0;
        size_t kb = i + 1;
        if (!string(s, n, &i, NULL, NULL)) return 0;
        size_t ke = i - 1;
        if (memchr(s + kb, '\\', ke - kb)) return 0; /* an escaped key: cJSON compares it decoded */
        int f = field_of(s, kb, ke);
        if (f >= 0 && (seen >> f & 1)) f = -1;
        if (f >= 0) seen |= 1 << f;
        i = skip_ws(s, n, i);
        if (i >= n || s[i] != ':') return 0;
        i = skip_ws(s, n, i + 1);
        if (i >= n) return 0;
        if (s[i] == '"') {
            size_t at = o;
            if (!string(s, n, &i, f >= 0 ? buf : NULL, &o)) return 0;
            if (f >= 0) val[f] = buf + at;
            if (f == F_TEXT) text_len = o - at - 1;
        } else if (f == F_ID && s[i] != 'n' && s[i] != 't' && s[i] != 'f') {
            return 0; /* a numeric id is turned into text by the cJSON path */
        } else if (n - i >= 4 && (!memcmp(s + i, "null", 4) || !memcmp(s + i, "true", 4))) {
            i += 4;
        } else if (n - i >= 5 && !memcmp(s + i, "false", 5)) {
            i += 5;
        } else if (!number(s, n, &i)) {
            return 0;
        }
        i = skip_ws(s, n, i);
        if (i < n && s[i] == ',') { i = skip_ws(s, n, i + 1); continue; }
        if (i < n && s[i] == '}') break;
        return 0;
    }
    if (skip_ws(s, n, i + 1) != n || !val[F_TEXT]) return 0;
    rec->id = val[F_ID];
    rec->title = val[F_TITLE];
    rec->date = val[F_DATE] ? val[F_DATE] : val[F_TIME];
    rec->text = val[F_TEXT];
    rec->text_len = text_len;
    return 1;
}
