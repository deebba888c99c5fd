/*
** link_json.c — entities in the output: in the document JSON, each entity with
** its mentions grouped and the distinct spellings seen ("variants"); and the
** tab-separated table of `--format entities`, one entity per line.
*/
#include "json.h"
#include "link.h"

#include <string.h>

enum { VARIANT_MAX = 512 };

/* A mention's text as a variant, without quotation marks (link_unquote), in
** buf or, for a mention too long for it, as it stands. */
static const char *variant(const naba_doc *d, const naba_mention *m, char *buf, size_t *n) {
    *n = m->end - m->start;
    if (*n >= VARIANT_MAX) return d->text + m->start;
    memcpy(buf, d->text + m->start, *n);
    *n = link_unquote(buf, *n);
    return buf;
}

/* Has an earlier mention of the same entity the same variant? */
static int seen_before(const naba_doc *d, size_t m) {
    char xb[VARIANT_MAX], yb[VARIANT_MAX];
    size_t xn, yn;
    const char *x = variant(d, &d->mentions.v[m], xb, &xn);
    for (size_t k = 0; k < m; k++) {
        if (d->mentions.v[k].entity != d->mentions.v[m].entity) continue;
        const char *y = variant(d, &d->mentions.v[k], yb, &yn);
        if (yn == xn && !memcmp(x, y, xn)) return 1;
    }
    return 0;
}

static int valid_span(const naba_doc *d, const naba_mention *m) {
    return m->start <= m->end && m->end <= d->text_len;
}

void link_write_json(naba_json *j, const naba_doc *d) {
    if (!d->entities.n) return;
    json_key(j, "entities");
    json_arr(j);
    for (size_t i = 0; i < d->entities.n; i++) {
        const naba_entity *e = &d->entities.v[i];
        json_obj(j);
        json_kstr(j, "id", e->id);
        json_kstr(j, "type", naba_ent_type_name(e->type));
        json_kstr(j, "name_ar", e->name_ar);
        json_kstr(j, "name_en", e->name_en);
        json_kstr(j, "actor_code", e->actor_code);
        json_kbool(j, "in_kb", e->in_kb);
        json_kint(j, "n_mentions", e->n_mentions);
        json_key(j, "mentions");
        json_arr(j);
        for (size_t m = 0; m < d->mentions.n; m++) {
            const naba_mention *mn = &d->mentions.v[m];
            if (mn->entity != (int32_t)i || !valid_span(d, mn)) continue;
            json_obj(j);
            json_kint(j, "mention", (long long)m);
            json_kslice(j, "text", d, mn->start, mn->end);
            json_kspan(j, "span", mn->start, mn->end);
            json_knum(j, "link_conf", mn->link_conf);
            if (mn->flags & NABA_MENTION_NOMINAL) json_kbool(j, "nominal", 1);
            if (mn->flags & NABA_MENTION_VARIANT) json_kbool(j, "variant", 1);
            json_end_obj(j);
        }
        json_end_arr(j);
        json_key(j, "variants");
        json_arr(j);
        for (size_t m = 0; m < d->mentions.n; m++) {
            const naba_mention *mn = &d->mentions.v[m];
            if (mn->entity != (int32_t)i || !valid_span(d, mn) || (mn->flags & NABA_MENTION_NOMINAL) || seen_before(d, m)) continue;
            char buf[VARIANT_MAX];
            size_t n;
            const char *v = variant(d, mn, buf, &n);
            json_strn(j, v, n);
        }
        json_end_arr(j);
        json_end_obj(j);
    }
    json_end_arr(j);
}

/* Tabs and newlines inside a name would break the table's columns. */
static void put_cell(FILE *f, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' ? ' ' : s[i], f);
}

/* the document's id first, as in the quotes, counts and dates tables: in a
** batch, doc:1 of one article is not doc:1 of the next */
const char link_table_header[] = "#id\tentity\ttype\tname_en\tname_ar\tactor_code\tmentions\tvariants\n";

void link_write_table(const naba_doc *d, FILE *f) {
    for (size_t i = 0; i < d->entities.n; i++) {
        const naba_entity *e = &d->entities.v[i];
        put_cell(f, d->id ? d->id : "-", d->id ? strlen(d->id) : 1);
        fputc('\t', f);
        const char *cells[] = {e->id, naba_ent_type_name(e->type), e->name_en, e->name_ar, e->actor_code};
        for (size_t c = 0; c < 5; c++) {
            put_cell(f, cells[c] ? cells[c] : "_", cells[c] ? strlen(cells[c]) : 1);
            fputc('\t', f);
        }
        fprintf(f, "%u\t", e->n_mentions);
        int first = 1;
        for (size_t m = 0; m < d->mentions.n; m++) {
            const naba_mention *mn = &d->mentions.v[m];
            if (mn->entity != (int32_t)i || !valid_span(d, mn) || (mn->flags & NABA_MENTION_NOMINAL) || seen_before(d, m)) continue;
            if (!first) fputs(" | ", f);
            char buf[VARIANT_MAX];
            size_t n;
            const char *v = variant(d, mn, buf, &n);
            put_cell(f, v, n);
            first = 0;
        }
        fputc('\n', f);
    }
}
