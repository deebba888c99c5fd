/*
** json.c — the streaming JSON writer (see json.h).
*/
#include "json.h"
#include "utf8.h"

#include <math.h>
#include <string.h>

void json_init(naba_json *j, FILE *f) {
    memset(j, 0, sizeof(*j));
    j->f = f;
}

/* Comma before a value unless it follows a key or opens a container. */
static void pre(naba_json *j) {
    if (j->after_key) { j->after_key = 0; return; }
    if (j->depth < 64 && (j->need_comma >> j->depth & 1)) fputc(',', j->f);
    if (j->depth < 64) j->need_comma |= (uint64_t)1 << j->depth;
}

static void open_(naba_json *j, int c) {
    pre(j);
    fputc(c, j->f);
    j->depth++;
    if (j->depth < 64) j->need_comma &= ~((uint64_t)1 << j->depth);
}

static void close_(naba_json *j, int c) {
    j->depth--;
    fputc(c, j->f);
}

void json_obj(naba_json *j) { open_(j, '{'); }
void json_end_obj(naba_json *j) { close_(j, '}'); }
void json_arr(naba_json *j) { open_(j, '['); }
void json_end_arr(naba_json *j) { close_(j, ']'); }

/* The escaped bytes of a JSON string, without its quotes. */
static void write_escaped_bytes(FILE *f, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    size_t run = 0; /* start of the pending run of bytes needing no escape */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        fwrite(s + run, 1, i - run, f);
        run = i + 1;
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default: {
            char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            fputs(u, f);
        }
        }
    }
    fwrite(s + run, 1, n - run, f);
}

static void write_escaped(FILE *f, const char *s, size_t n) {
    fputc('"', f);
    write_escaped_bytes(f, s, n);
    fputc('"', f);
}

void json_key(naba_json *j, const char *k) {
    pre(j);
    write_escaped(j->f, k, strlen(k));
    fputc(':', j->f);
    j->after_key = 1;
}

void json_strn(naba_json *j, const char *s, size_t n) {
    pre(j);
    write_escaped(j->f, s, n);
}
void json_strn_input(naba_json *j, const char *s, size_t n) {
    pre(j);
    fputc('"', j->f);
    size_t run = 0, len;
    for (size_t i = 0; i < n; i += len) {
        if ((unsigned char)s[i] < 0x80) { len = 1; continue; }
        if (utf8_decode((const unsigned char *)s + i, n - i, &len) != UTF8_INVALID) continue;
        write_escaped_bytes(j->f, s + run, i - run);
        fputs("\xEF\xBF\xBD", j->f); /* U+FFFD */
        run = i + 1;
    }
    write_escaped_bytes(j->f, s + run, n - run);
    fputc('"', j->f);
}
void json_str(naba_json *j, const char *s) {
    if (!s) { json_null(j); return; }
    json_strn(j, s, strlen(s));
}
void json_int(naba_json *j, long long v) { pre(j); fprintf(j->f, "%lld", v); }
void json_num(naba_json *j, double v) {
    pre(j);
    if (isnan(v) || isinf(v)) fputs("null", j->f);
    else if (fabs(v) < 1e15 && v == (double)(long long)v) fprintf(j->f, "%lld", (long long)v);
    else fprintf(j->f, "%.6g", v);
}
void json_bool(naba_json *j, int v) { pre(j); fputs(v ? "true" : "false", j->f); }
void json_null(naba_json *j) { pre(j); fputs("null", j->f); }

void json_kstr(naba_json *j, const char *k, const char *s) { json_key(j, k); json_str(j, s); }
void json_kint(naba_json *j, const char *k, long long v) { json_key(j, k); json_int(j, v); }
void json_knum(naba_json *j, const char *k, double v) { json_key(j, k); json_num(j, v); }
void json_kbool(naba_json *j, const char *k, int v) { json_key(j, k); json_bool(j, v); }
void json_kspan(naba_json *j, const char *k, size_t start, size_t end) {
    json_key(j, k);
    json_arr(j);
    json_int(j, (long long)start);
    json_int(j, (long long)end);
    json_end_arr(j);
}

void json_kslice(naba_json *j, const char *k, const naba_doc *d, size_t s, size_t e) {
    json_key(j, k);
    json_strn(j, d->text + s, e > s ? e - s : 0);
}

void json_korig(naba_json *j, const naba_doc *d, size_t s, size_t e) {
    json_kspan(j, "orig", naba_orig_start(d, s), naba_orig_end(d, e));
}

void json_text_span(naba_json *j, const naba_doc *d, size_t s, size_t e) {
    json_kslice(j, "text", d, s, e);
    json_kspan(j, "span", s, e);
    json_korig(j, d, s, e);
}
