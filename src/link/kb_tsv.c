/*
** kb_tsv.c — knowledge-base rows from TSV (format in data/README.md).
**
** The first non-comment line names the columns, so files may order them
** freely and carry extra columns (notes) that naba ignores. A row whose id is
** already known adds its names to that entity and overrides the fields it
** gives: this is how data/kb/nationalities.tsv adds adjectives to countries
** built from the gazetteers, and how a user corrects an entry.
*/
#include "kb_tsv.h"
#include "input.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { C_ID, C_TYPE, C_NAME_EN, C_NAME_AR, C_ALIASES_EN, C_ALIASES_AR, C_ADJ_AR, C_COUNTRY,
       C_ROLE, C_OFFICE, C_ACTOR, C_SOURCE, C_COUNT };
static const char *const column_names[C_COUNT] = {
    "id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "adjectives_ar", "country",
    "role", "office", "actor_code", "source"};

#define MAX_FIELDS 32
#define MAX_FIELD 1024

static int parse_type(const char *s) {
    static const char *const names[] = {"PER", "LOC", "ORG", "MISC"};
    for (int i = 0; i < 4; i++) if (!strcmp(s, names[i])) return i;
    if (!strcmp(s, "TITLE")) return KB_TYPE_TITLE;
    if (!strcmp(s, "GIVEN")) return KB_TYPE_GIVEN;
    return -1;
}

static int valid_utf8(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        size_t len;
        if (utf8_decode((const unsigned char *)s + i, n - i, &len) == UTF8_INVALID) return 0;
        i += len;
    }
    return 1;
}

/* Add each '|'-separated name of list to entity e (as names, or as keys of kind). */
static naba_status add_names(kbb *b, long e, char *list, int kind) {
    naba_status st = NABA_OK;
    for (char *p = list; p && *p && st == NABA_OK;) {
        char *bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (*p) st = kind ? kbb_key(b, e, kind, p) : kbb_name(b, e, p);
        p = bar ? bar + 1 : NULL;
    }
    return st;
}

static naba_status row(kbb *b, char **f, const char *name, size_t line, const char *file_source,
                       naba_error *err) {
    if (!*f[C_ID]) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: empty id", name, line);
    const char *country = f[C_COUNTRY];
    if (*country && (strlen(country) != 3 || country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' ||
                     country[1] > 'Z' || country[2] < 'A' || country[2] > 'Z'))
        return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: country '%s' is not an ISO alpha-3 code",
                         name, line, country);
    long e = kbb_find(b, f[C_ID]);
    int type;
    if (e < 0) {
        type = parse_type(f[C_TYPE]);
        if (type < 0)
            return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: type '%s' is not PER, LOC, ORG, MISC, TITLE or GIVEN",
                             name, line, f[C_TYPE]);
        if (!*f[C_NAME_AR] && !*f[C_NAME_EN])
            return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: entity %s has neither name_ar nor name_en",
                             name, line, f[C_ID]);
        e = kbb_add(b, f[C_ID], type, KB_RANK_CURATED);
        if (e < 0) return naba_fail(err, NABA_ERR_NOMEM, line, "out of memory");
    }
    type = kbb_type(b, e);
    static const struct { int col; const char *field; } sets[] = {
        {C_NAME_AR, "name_ar"}, {C_NAME_EN, "name_en"}, {C_COUNTRY, "country"}, {C_ROLE, "role"},
        {C_OFFICE, "office"}, {C_ACTOR, "actor"}, {C_SOURCE, "source"}};
    naba_status st = NABA_OK;
    for (size_t i = 0; i < sizeof sets / sizeof sets[0] && st == NABA_OK; i++)
        st = kbb_set(b, e, sets[i].field, f[sets[i].col], 1);
    if (st == NABA_OK && !*kbb_get(b, e, "source")) st = kbb_set(b, e, "source", file_source, 0);
    int names_kind = type == KB_TYPE_TITLE ? KB_KEY_TITLE : type == KB_TYPE_GIVEN ? KB_KEY_GIVEN : 0;
    if (st == NABA_OK) st = add_names(b, e, f[C_NAME_AR], names_kind);
    if (st == NABA_OK) st = add_names(b, e, f[C_NAME_EN], names_kind);
    if (st == NABA_OK) st = add_names(b, e, f[C_ALIASES_AR], names_kind);
    if (st == NABA_OK) st = add_names(b, e, f[C_ALIASES_EN], names_kind);
    if (st == NABA_OK) st = add_names(b, e, f[C_ADJ_AR], KB_KEY_ADJ);
    if (st != NABA_OK) return naba_fail(err, st, line, "%s:%zu: out of memory", name, line);
    return NABA_OK;
}

naba_status kb_tsv_read(kbb *b, const char *text, size_t len, const char *name, naba_error *err) {
    int col[MAX_FIELDS];
    int have_header = 0;
    char file_source[MAX_FIELD] = "";
    char buf[MAX_FIELDS * (MAX_FIELD + 1)];
    size_t line = 0;
    for (size_t pos = 0; pos < len;) {
        const char *s = text + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + (nl != NULL);
        line++;
        if (n && s[n - 1] == '\r') n--;
        if (memchr(s, '\0', n)) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: NUL byte", name, line);
        if (!valid_utf8(s, n)) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: invalid UTF-8", name, line);
        if (n == 0) continue;
        if (s[0] == '#') {
            static const char tag[] = "# source:";
            if (n > sizeof tag - 1 && !memcmp(s, tag, sizeof tag - 1) && n - (sizeof tag - 1) < MAX_FIELD) {
                size_t k = sizeof tag - 1;
                while (k < n && s[k] == ' ') k++;
                memcpy(file_source, s + k, n - k);
                file_source[n - k] = '\0';
            }
            continue;
        }
        /* split into fields */
        char *fields[MAX_FIELDS];
        size_t nf = 0, start = 0;
        for (size_t i = 0; i <= n; i++) {
            if (i < n && s[i] != '\t') continue;
            if (nf == MAX_FIELDS) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: more than %d columns", name, line, MAX_FIELDS);
            size_t fl = i - start;
            if (fl >= MAX_FIELD) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: field %zu longer than %d bytes", name, line, nf + 1, MAX_FIELD - 1);
            char *d = buf + nf * (MAX_FIELD + 1);
            memcpy(d, s + start, fl);
            d[fl] = '\0';
            fields[nf++] = d;
            start = i + 1;
        }
        if (!have_header) {
            int seen_id = 0;
            for (size_t i = 0; i < nf; i++) {
                col[i] = -1;
                for (int c = 0; c < C_COUNT; c++)
                    if (!strcmp(fields[i], column_names[c])) { col[i] = c; seen_id |= c == C_ID; }
            }
            for (size_t i = nf; i < MAX_FIELDS; i++) col[i] = -1;
            if (!seen_id) return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: header has no 'id' column", name, line);
            have_header = 1;
            continue;
        }
        static char empty[1] = "";
        char *f[C_COUNT];
        for (int c = 0; c < C_COUNT; c++) f[c] = empty;
        for (size_t i = 0; i < nf; i++) if (col[i] >= 0) f[col[i]] = fields[i];
        naba_status st = row(b, f, name, line, file_source, err);
        if (st != NABA_OK) return st;
    }
    if (!have_header) return naba_fail(err, NABA_ERR_FORMAT, 0, "%s: no header line", name);
    return NABA_OK;
}

naba_status kb_tsv_read_file(kbb *b, const char *path, naba_error *err) {
    char *text;
    size_t n;
    naba_status st = naba_read_file(path, (size_t)64 << 20, &text, &n, err);
    if (st != NABA_OK) return st;
    st = kb_tsv_read(b, text, n, path, err);
    free(text);
    return st;
}

naba_status kb_add_tsv(kb *k, const char *path, naba_error *err) {
    if (k->n >= KB_MAX_TABLES)
        return naba_fail(err, NABA_ERR_USAGE, 0, "%s: at most %d extra knowledge-base files", path, KB_MAX_TABLES - 1);
    kbb *b = kbb_new();
    if (!b) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    naba_status st = kb_tsv_read_file(b, path, err);
    if (st != NABA_OK) { kbb_free(b); return st; }
    kbb_finish_fields(b);
    kb_table t;
    if ((st = kbb_into_table(b, &t, err)) != NABA_OK) return st;
    memmove(&k->tables[1], &k->tables[0], (size_t)k->n * sizeof(kb_table));
    k->tables[0] = t;
    k->n++;
    return NABA_OK;
}
