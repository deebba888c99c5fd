/*
** kb.c — opening knowledge-base tables and looking names up (layout in kb.h).
**
** A lookup is one hash of the key and a probe run in each table, so linking
** costs the same whatever the size of the KB. Every offset of a model file is
** checked once at load, so lookups never check again.
*/
#include "kb.h"
#include "model.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

uint64_t kb_key_hash(int kind, const char *key) {
    unsigned char k = (unsigned char)kind;
    uint64_t h = naba_fnv1a64(&k, 1, NABA_FNV_INIT);
    h = naba_fnv1a64(key, strlen(key), h);
    return h ? h : 1;
}

naba_status kb_table_check(const kb_table *t, const char *name, naba_error *err) {
    if (!t->strings || t->strings_size == 0 || t->strings[t->strings_size - 1] != '\0')
        return naba_fail(err, NABA_ERR_MODEL, 0, "%s: string pool missing or unterminated", name);
    for (uint32_t i = 0; i < t->n_ents; i++) {
        const kb_entity *e = &t->ents[i];
        const uint32_t offs[] = {e->id, e->name_ar, e->name_en, e->actor, e->country, e->office, e->role, e->source};
        for (size_t k = 0; k < sizeof offs / sizeof offs[0]; k++)
            if (offs[k] >= t->strings_size)
                return naba_fail(err, NABA_ERR_MODEL, i, "%s: entity %u has a string offset out of range", name, i);
        if (e->type >= NABA_ENT_COUNT && e->type != KB_TYPE_TITLE && e->type != KB_TYPE_GIVEN)
            return naba_fail(err, NABA_ERR_MODEL, i, "%s: entity %u has unknown type %u", name, i, e->type);
    }
    for (uint64_t i = 0; i <= t->mask; i++)
        if (t->slots[i].entity != KB_FREE && t->slots[i].entity >= t->n_ents)
            return naba_fail(err, NABA_ERR_MODEL, (size_t)i, "%s: slot %llu names entity %u of %u", name,
                             (unsigned long long)i, t->slots[i].entity, t->n_ents);
    return NABA_OK;
}

/* Wrap a model's sections as table 0 of a new kb; closes m on failure. */
static kb *from_model(naba_model *m, const char *name, naba_error *err) {
    if (!m) return NULL;
    size_t ss, es, ls;
    kb_table t = {0};
    t.strings = naba_model_section(m, "strings", &ss);
    t.ents = naba_model_section(m, "entities", &es);
    t.slots = naba_model_section(m, "slots", &ls);
    t.strings_size = ss;
    size_t nslots = ls / sizeof(kb_slot);
    if (!t.strings || !t.ents || !t.slots || es % sizeof(kb_entity) || ls % sizeof(kb_slot) ||
        nslots == 0 || (nslots & (nslots - 1)) || es / sizeof(kb_entity) >= KB_FREE ||
        (uintptr_t)t.ents % alignof(kb_entity) || (uintptr_t)t.slots % alignof(kb_slot)) {
        naba_model_close(m);
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: missing or malformed section (strings, entities, slots)", name);
        return NULL;
    }
    t.n_ents = (uint32_t)(es / sizeof(kb_entity));
    t.mask = nslots - 1;
    t.model = m;
    kb *k = calloc(1, sizeof(*k));
    if (!k) { naba_model_close(m); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    k->tables[0] = t;
    k->n = 1;
    if (kb_table_check(&t, name, err) != NABA_OK) { kb_close(k); return NULL; }
    return k;
}

kb *kb_open(const char *path, naba_error *err) {
    return from_model(naba_model_open(path, KB_KIND, KB_VERSION, err), path, err);
}

kb *kb_open_mem(const void *bytes, size_t len, naba_error *err) {
    return from_model(naba_model_open_mem(bytes, len, KB_KIND, KB_VERSION, "kb model", err), "kb model", err);
}

void kb_close(kb *k) {
    if (!k) return;
    for (int i = 0; i < k->n; i++) {
        naba_model_close(k->tables[i].model);
        free(k->tables[i].memory);
    }
    free(k);
}

size_t kb_lookup(const kb *k, int kind, const char *key, kb_ref *out, size_t cap) {
    if (!*key || cap == 0) return 0;
    uint64_t h = kb_key_hash(kind, key);
    size_t n = 0;
    for (int ti = 0; ti < k->n; ti++) {
        const kb_table *t = &k->tables[ti];
        uint64_t i = h & t->mask;
        for (uint64_t probes = 0; probes <= t->mask && t->slots[i].entity != KB_FREE; probes++) {
            if (t->slots[i].hash == h) {
                kb_ref r = {t, t->slots[i].entity};
                /* insert by rank (stable: earlier tables and entities first) */
                size_t at = n < cap ? n : cap;
                while (at > 0 && kb_ent(out[at - 1])->rank > kb_ent(r)->rank) at--;
                if (at < cap) {
                    size_t last = n < cap ? n : cap - 1;
                    memmove(out + at + 1, out + at, (last - at) * sizeof(kb_ref));
                    out[at] = r;
                    if (n < cap) n++;
                }
            }
            i = (i + 1) & t->mask;
        }
    }
    return n;
}
