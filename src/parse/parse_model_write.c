/*
** parse_model_write.c — writing the parser's model file (layout in
** parse_model.c): the trainer's slots and pairs packed into the form the
** parser looks them up in, and the conversion of a file of version 2 (slots
** and pairs, packed at every load) into it, with the same weights, so a
** committed model changes format without retraining.
*/
#include "parse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int parse_table_pack(parse_table *t, const parse_slot *slots, uint32_t n_slots, const parse_pair *pairs,
                     uint32_t classes, float scale) {
    memset(t, 0, sizeof(*t));
    t->mask = n_slots - 1;
    t->lanes = PARSE_ROW_LANES(classes);
    t->scale = scale;
    if (classes == T_COUNT) {
        parse_tcell *c = calloc(n_slots, sizeof(*c));
        if (!c) return 0;
        for (uint32_t i = 0; i < n_slots; i++) {
            const parse_slot *s = &slots[i];
            if (s->fp) c[i].fp = (uint16_t)(s->fp >> 16) | 1u; /* the key's top 16 bits */
            for (uint32_t j = 0; s->fp && j < s->count; j++) c[i].w[pairs[s->first + j].cls] = pairs[s->first + j].w;
        }
        t->tcells = c;
        return 1;
    }
    int16_t *rows = calloc((size_t)n_slots * t->lanes, sizeof(*rows));
    if (!rows) return 0;
    for (uint32_t i = 0; i < n_slots; i++) {
        const parse_slot *s = &slots[i];
        int16_t *row = rows + (size_t)i * t->lanes;
        memcpy(row + t->lanes - 2, &s->fp, sizeof s->fp);
        for (uint32_t j = 0; s->fp && j < s->count; j++) row[pairs[s->first + j].cls] = pairs[s->first + j].w;
    }
    t->rows = rows;
    return 1;
}

void parse_table_free(parse_table *t) {
    free((void *)t->tcells);
    free((void *)t->rows);
    memset(t, 0, sizeof(*t));
}

/* model.h's layout: a 40-byte header, 40 bytes per section's entry, then the
** sections, each at the next multiple of 16. */
enum { FILE_HEADER = 40, FILE_ENTRY = 40 };

typedef struct section { const char *name; const void *data; size_t size; } section;

naba_status parse_model_save(const parse_model_parts *p, const char *path, naba_error *err) {
    const char *names[PARSE_MAX_LABELS];
    int n_labels = parse_split_labels(p->labels, p->labels_len, names, PARSE_MAX_LABELS);
    if (n_labels < 1) return naba_fail(err, NABA_ERR_MODEL, 0, "%s: relation labels missing or malformed", path);
    const uint32_t one = 1, ts = p->trans.mask + 1, rs = p->rel.mask + 1;
    const parse_params params = {p->beam};
    const parse_table_meta tm = {ts, T_COUNT, p->trans.scale}, rm = {rs, (uint32_t)n_labels, p->rel.scale};
    static const char zero[64];
    section secs[9];
    int n = 0;
    secs[n++] = (section){"labels", p->labels, p->labels_len};
    secs[n++] = (section){"params", &params, sizeof params};
    if (p->reverse) secs[n++] = (section){"reverse", &one, sizeof one};
    if (p->clus) secs[n++] = (section){"clus", p->clus, p->clus_size};
    secs[n++] = (section){"tmeta", &tm, sizeof tm};
    secs[n++] = (section){"tcells", p->trans.tcells, ts * sizeof(parse_tcell)};
    secs[n++] = (section){"rmeta", &rm, sizeof rm};
    secs[n++] = (section){"pad", zero, 0};
    secs[n++] = (section){"rrows", p->rel.rows, (size_t)rs * PARSE_ROW_LANES((uint32_t)n_labels) * sizeof(int16_t)};
    /* the pad puts the rows on a cache line's boundary: a row is one line */
    size_t off = FILE_HEADER + (size_t)n * FILE_ENTRY;
    for (int i = 0; i < n - 2; i++) off = ((off + 15) & ~(size_t)15) + secs[i].size;
    off = (off + 15) & ~(size_t)15;
    secs[n - 2].size = (64 - off % 64) % 64;
    naba_model_writer *w = naba_model_writer_new(PARSE_MODEL_KIND, PARSE_MODEL_VERSION);
    naba_status st = w ? NABA_OK : NABA_ERR_NOMEM;
    for (int i = 0; st == NABA_OK && i < n; i++) st = naba_model_writer_add(w, secs[i].name, secs[i].data, secs[i].size);
    if (st != NABA_OK) st = naba_fail(err, st, 0, "out of memory writing the model");
    else st = naba_model_writer_save(w, path, err);
    naba_model_writer_free(w);
    return st;
}

/* A table of a version-2 file: prefix{meta,slots,pairs}, every slot checked
** to point inside its pairs, packed. */
static naba_status convert_table(const naba_model *f, const char *name, const char *prefix, uint32_t classes,
                                 parse_table *t, naba_error *err) {
    struct { uint32_t slots, pairs; float scale; uint32_t classes; } const *m;
    char sec[24];
    size_t n_meta, n_slots, n_pairs;
    snprintf(sec, sizeof sec, "%smeta", prefix);
    m = naba_model_section(f, sec, &n_meta);
    snprintf(sec, sizeof sec, "%sslots", prefix);
    const parse_slot *slots = naba_model_section(f, sec, &n_slots);
    snprintf(sec, sizeof sec, "%spairs", prefix);
    const parse_pair *pairs = naba_model_section(f, sec, &n_pairs);
    if (!m || n_meta != sizeof(*m) || !slots || !pairs)
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table sections missing", name, prefix);
    if (m->slots == 0 || (m->slots & (m->slots - 1)) || (size_t)m->slots * sizeof(parse_slot) != n_slots ||
        (size_t)m->pairs * sizeof(parse_pair) != n_pairs || m->classes != classes || !(m->scale > 0) ||
        !isfinite(m->scale))
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table header inconsistent", name, prefix);
    size_t empty = 0;
    for (uint32_t i = 0; i < m->slots; i++) {
        const parse_slot *s = &slots[i];
        if (s->fp == 0) { empty++; continue; }
        if (s->first > m->pairs || s->count > m->pairs - s->first)
            return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s slot %u points outside its pairs", name, prefix, i);
        uint64_t seen = 0; /* a class named twice was added twice: a row holds one weight */
        for (uint32_t j = 0; j < s->count; j++) {
            uint16_t c = pairs[s->first + j].cls;
            if (c >= classes || (seen >> c & 1))
                return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s slot %u has a bad class", name, prefix, i);
            seen |= 1ULL << c;
        }
    }
    if (empty == 0) return naba_fail(err, NABA_ERR_MODEL, 0, "%s: %s table is full", name, prefix);
    if (!parse_table_pack(t, slots, m->slots, pairs, classes, m->scale))
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    return NABA_OK;
}

naba_status parse_model_convert(const char *in, const char *out, naba_error *err) {
    naba_model *f = naba_model_open(in, PARSE_MODEL_KIND, PARSE_MODEL_VERSION_PAIRS, err);
    if (!f) return err && err->code ? err->code : NABA_ERR_MODEL;
    parse_model_parts p;
    memset(&p, 0, sizeof p);
    const char *names[PARSE_MAX_LABELS];
    size_t n;
    const parse_params *params = naba_model_section(f, "params", &n);
    size_t n_rev;
    const uint32_t *rev = naba_model_section(f, "reverse", &n_rev);
    p.labels = naba_model_section(f, "labels", &p.labels_len);
    p.clus = naba_model_section(f, "clus", &p.clus_size);
    int n_labels = p.labels ? parse_split_labels(p.labels, p.labels_len, names, PARSE_MAX_LABELS) : -1;
    naba_status st = n_labels < 1 ? naba_fail(err, NABA_ERR_MODEL, 0, "%s: relation labels missing or malformed", in)
                     : !params || n != sizeof(*params)
                         ? naba_fail(err, NABA_ERR_MODEL, 0, "%s: parameters missing", in)
                     : rev && (n_rev != sizeof(*rev) || *rev > 1)
                         ? naba_fail(err, NABA_ERR_MODEL, 0, "%s: bad 'reverse' section", in)
                         : convert_table(f, in, "t", T_COUNT, &p.trans, err);
    if (st == NABA_OK) st = convert_table(f, in, "r", (uint32_t)n_labels, &p.rel, err);
    if (st == NABA_OK) {
        p.beam = params->beam;
        p.reverse = rev && *rev;
        st = parse_model_save(&p, out, err);
    }
    parse_table_free(&p.trans);
    parse_table_free(&p.rel);
    naba_model_close(f);
    return st;
}
