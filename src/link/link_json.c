/*
** link_json.c — entities in the output: in the document JSON, each entity with
** its mentions grouped and the distinct spellings seen ("variants"); and the
** tab-separated table of `--format entities`, one entity per line.
*/
#include "json.h"
#include "link.h"

#include <stdlib.h>
#include <string.h>

enum { VARIANT_MAX = 512 };

/* A mention's name as a variant (link_mention_form: no quotation marks, the
** article back after the ل of لل) in buf or, for a mention too long for it,
** its text as it stands. */
static const char *variant(const naba_doc *d, const naba_mention *m, char *buf, size_t *n) {
    *n = m->end - m->start;
    if (LINK_FORM_ROOM(m) > VARIANT_MAX) return d->text + m->start;
    *n = link_mention_form(d, m, buf);
    return buf;
}

static int valid_span(const naba_doc *d, const naba_mention *m) {
    return m->start <= m->end && m->end <= d->text_len;
}

/* The document's mentions grouped by entity, found once for the writers: on
** one long line, reading every mention for each entity, and every earlier
** mention for each variant, was mentions x entities and mentions x mentions. */
typedef struct by_entity {
    size_t *first;          /* entity i's mentions are mention[first[i] .. first[i + 1]), in text order */
    size_t *mention;
    unsigned char *repeat;  /* per mention: an earlier mention of its entity has its variant */
} by_entity;

/* A mention with a valid span and an entity, and its variant. */
typedef struct variant_of {
    const char *s;
    size_t n, m;
    int32_t entity;
} variant_of;

/* By entity, then variant. */
static int cmp_key(const variant_of *x, const variant_of *y) {
    if (x->entity != y->entity) return x->entity < y->entity ? -1 : 1;
    if (x->n != y->n) return x->n < y->n ? -1 : 1;
    return memcmp(x->s, y->s, x->n);
}

/* Then in text order: the first of a run is the variant's first mention. */
static int cmp_variant(const void *a, const void *b) {
    const variant_of *x = a, *y = b;
    int c = cmp_key(x, y);
    return c ? c : (x->m > y->m) - (x->m < y->m);
}

static void by_entity_free(by_entity *g) {
    free(g->first);
    free(g->mention);
    free(g->repeat);
}

static naba_status by_entity_make(const naba_doc *d, by_entity *g) {
    size_t n = d->mentions.n, ne = d->entities.n, nv = 0, bytes = 0;
    for (size_t m = 0; m < n; m++)
        if (valid_span(d, &d->mentions.v[m]) && d->mentions.v[m].end - d->mentions.v[m].start < VARIANT_MAX)
            bytes += LINK_FORM_ROOM(&d->mentions.v[m]);
    g->first = calloc(ne + 1, sizeof *g->first);
    g->mention = malloc((n ? n : 1) * sizeof *g->mention);
    g->repeat = calloc(n ? n : 1, 1);
    variant_of *v = malloc((n ? n : 1) * sizeof *v);
    char *text = malloc(bytes ? bytes : 1), *o = text;
    if (!g->first || !g->mention || !g->repeat || !v || !text) {
        by_entity_free(g);
        free(v);
        free(text);
        return NABA_ERR_NOMEM;
    }
    for (size_t m = 0; m < n; m++) {
        const naba_mention *mn = &d->mentions.v[m];
        if (mn->entity < 0 || (size_t)mn->entity >= ne || !valid_span(d, mn) || (mn->flags & NABA_MENTION_APPOSITIVE)) continue;
        char buf[VARIANT_MAX];
        size_t len;
        const char *s = variant(d, mn, buf, &len);
        if (s == buf) {
            memcpy(o, buf, len);
            s = o;
            o += len;
        }
        v[nv++] = (variant_of){s, len, m, mn->entity};
        g->first[mn->entity + 1]++;
    }
    for (size_t i = 0; i < ne; i++) g->first[i + 1] += g->first[i];
    /* v is in text order: each entity's run of mention[] is filled in it */
    for (size_t k = 0; k < nv; k++) g->mention[g->first[v[k].entity]++] = v[k].m;
    for (size_t i = ne; i > 0; i--) g->first[i] = g->first[i - 1];
    g->first[0] = 0;
    if (nv) qsort(v, nv, sizeof *v, cmp_variant);
    for (size_t k = 1; k < nv; k++) g->repeat[v[k].m] = !cmp_key(&v[k - 1], &v[k]);
    free(v);
    free(text);
    return NABA_OK;
}

naba_status link_write_json(naba_json *j, const naba_doc *d) {
    if (!d->entities.n) return NABA_OK;
    by_entity g;
    if (by_entity_make(d, &g)) return NABA_ERR_NOMEM;
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
        for (size_t k = g.first[i]; k < g.first[i + 1]; k++) {
            size_t m = g.mention[k];
            const naba_mention *mn = &d->mentions.v[m];
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
        for (size_t k = g.first[i]; k < g.first[i + 1]; k++) {
            const naba_mention *mn = &d->mentions.v[g.mention[k]];
            if ((mn->flags & NABA_MENTION_NOMINAL) || g.repeat[g.mention[k]]) continue;
            char buf[VARIANT_MAX];
            size_t n;
            const char *v = variant(d, mn, buf, &n);
            json_strn(j, v, n);
        }
        json_end_arr(j);
        json_end_obj(j);
    }
    json_end_arr(j);
    by_entity_free(&g);
    return NABA_OK;
}

/* Tabs and newlines inside a name would break the table's columns. */
static void put_cell(FILE *f, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' ? ' ' : s[i], f);
}

/* the document's id first, as in the quotes, counts and dates tables: in a
** batch, doc:1 of one article is not doc:1 of the next */
const char link_table_header[] = "#id\tentity\ttype\tname_en\tname_ar\tactor_code\tmentions\tvariants\n";

naba_status link_write_table(const naba_doc *d, FILE *f) {
    by_entity g;
    if (by_entity_make(d, &g)) return NABA_ERR_NOMEM;
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
        for (size_t k = g.first[i]; k < g.first[i + 1]; k++) {
            const naba_mention *mn = &d->mentions.v[g.mention[k]];
            if ((mn->flags & NABA_MENTION_NOMINAL) || g.repeat[g.mention[k]]) continue;
            if (!first) fputs(" | ", f);
            char buf[VARIANT_MAX];
            size_t n;
            const char *v = variant(d, mn, buf, &n);
            put_cell(f, v, n);
            first = 0;
        }
        fputc('\n', f);
    }
    by_entity_free(&g);
    return NABA_OK;
}
