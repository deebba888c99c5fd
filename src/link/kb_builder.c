/*
** kb_builder.c — entities and name keys into the kb.h layout (see
** kb_builder.h). Strings are interned, ids are unique, and keys are generated
** here only, so the compiled KB and users' files are indexed the same way.
*/
#include "kb_builder.h"
#include "hashmap.h"
#include "model.h"
#include "namekey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint64_t hash; uint32_t ent; uint8_t rank; } bkey;

struct kbb {
    char *str;
    size_t sn, scap;
    naba_hashmap interned; /* hash of a string -> its offset in str */
    naba_hashmap ids;      /* hash of an id -> entity index */
    kb_entity *ents;
    size_t n, cap;
    bkey *keys;
    size_t nk, kcap;
};

static uint64_t str_hash(const char *s) { return naba_fnv1a64(s, strlen(s), NABA_FNV_INIT); }

typedef struct lookup { const kbb *b; const char *s; } lookup;

static int same_string(const void *ctx, uint32_t off) {
    const lookup *l = ctx;
    return !strcmp(l->b->str + off, l->s);
}

static int same_id(const void *ctx, uint32_t ent) {
    const lookup *l = ctx;
    return !strcmp(l->b->str + l->b->ents[ent].id, l->s);
}

/* Offset of s in the string pool, added if new; KB_FREE on OOM. */
static uint32_t intern(kbb *b, const char *s) {
    if (naba_hm_reserve(&b->interned, b->interned.n + 1)) return KB_FREE;
    uint64_t h = str_hash(s);
    lookup l = {b, s};
    size_t i = naba_hm_slot(&b->interned, h, same_string, &l);
    if (b->interned.slots[i].val != NABA_HM_NONE) return b->interned.slots[i].val;
    size_t n = strlen(s) + 1;
    if (b->sn + n > UINT32_MAX / 2) return KB_FREE;
    if (b->sn + n > b->scap) {
        size_t cap = b->scap * 2;
        while (cap < b->sn + n) cap *= 2;
        char *p = realloc(b->str, cap);
        if (!p) return KB_FREE;
        b->str = p;
        b->scap = cap;
    }
    uint32_t off = (uint32_t)b->sn;
    memcpy(b->str + off, s, n);
    b->sn += n;
    naba_hm_fill(&b->interned, i, h, off);
    return off;
}

kbb *kbb_new(void) {
    kbb *b = calloc(1, sizeof(*b));
    if (!b) return NULL;
    b->scap = 4096;
    b->str = malloc(b->scap);
    /* offset 0: the empty string */
    if (!b->str || intern(b, "") != 0) {
        kbb_free(b);
        return NULL;
    }
    return b;
}

void kbb_free(kbb *b) {
    if (!b) return;
    free(b->str);
    naba_hm_free(&b->interned);
    naba_hm_free(&b->ids);
    free(b->ents);
    free(b->keys);
    free(b);
}

long kbb_find(const kbb *b, const char *id) {
    lookup l = {b, id};
    uint32_t e = naba_hm_get(&b->ids, str_hash(id), same_id, &l);
    return e == NABA_HM_NONE ? -1 : (long)e;
}

long kbb_add(kbb *b, const char *id, int type, int rank) {
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        kb_entity *e = realloc(b->ents, cap * sizeof(*e));
        if (!e) return -1;
        b->ents = e;
        b->cap = cap;
    }
    uint32_t off = intern(b, id);
    if (off == KB_FREE || naba_hm_reserve(&b->ids, b->ids.n + 1)) return -1;
    uint64_t h = str_hash(id);
    lookup l = {b, id};
    size_t i = naba_hm_slot(&b->ids, h, same_id, &l);
    if (b->ids.slots[i].val == NABA_HM_NONE) naba_hm_fill(&b->ids, i, h, (uint32_t)b->n);
    else b->ids.slots[i].val = (uint32_t)b->n; /* a repeated id: the new entity */
    kb_entity *e = &b->ents[b->n];
    memset(e, 0, sizeof(*e));
    e->id = off;
    e->type = (uint8_t)type;
    e->rank = (uint8_t)rank;
    return (long)b->n++;
}

static uint32_t *field(kb_entity *e, const char *name) {
    if (!strcmp(name, "name_ar")) return &e->name_ar;
    if (!strcmp(name, "name_en")) return &e->name_en;
    if (!strcmp(name, "actor")) return &e->actor;
    if (!strcmp(name, "country")) return &e->country;
    if (!strcmp(name, "office")) return &e->office;
    if (!strcmp(name, "role")) return &e->role;
    if (!strcmp(name, "source")) return &e->source;
    return NULL;
}

naba_status kbb_set(kbb *b, long e, const char *name, const char *value, int force) {
    uint32_t *f = field(&b->ents[e], name);
    if (!f) return NABA_ERR_USAGE;
    if (!value || !*value || (*f && !force)) return NABA_OK;
    uint32_t off = intern(b, value);
    if (off == KB_FREE) return NABA_ERR_NOMEM;
    *field(&b->ents[e], name) = off;
    return NABA_OK;
}

const char *kbb_get(const kbb *b, long e, const char *name) {
    uint32_t *f = field(&b->ents[e], name);
    return f ? b->str + *f : "";
}

int kbb_type(const kbb *b, long e) { return b->ents[e].type; }
size_t kbb_count(const kbb *b) { return b->n; }

static naba_status add_key(kbb *b, long e, int kind, const char *key) {
    if (!*key) return NABA_OK;
    if (b->nk == b->kcap) {
        size_t cap = b->kcap ? b->kcap * 2 : 4096;
        bkey *k = realloc(b->keys, cap * sizeof(*k));
        if (!k) return NABA_ERR_NOMEM;
        b->keys = k;
        b->kcap = cap;
    }
    b->keys[b->nk].hash = kb_key_hash(kind, key);
    b->keys[b->nk].ent = (uint32_t)e;
    b->keys[b->nk].rank = b->ents[e].rank;
    b->nk++;
    return NABA_OK;
}

/* Skeleton keys, and for curated rows every one-letter deletion of them
** (symmetric-delete fuzzy matching: ستارمر / ستمرر, هاكان فيدان / هاكان فيان). */
static naba_status add_skeleton(kbb *b, long e, const char *key, size_t min_del) {
    char skel[NAME_KEY_MAX], del[NAME_KEY_MAX];
    size_t n = name_skeleton(key, skel, sizeof skel);
    naba_status st = add_key(b, e, KB_KEY_SKEL, skel);
    if (st != NABA_OK || b->ents[e].rank != KB_RANK_CURATED || name_length(skel) < min_del) return st;
    for (size_t i = 0; i < n && st == NABA_OK;) {
        size_t len = 1;
        while (i + len < n && ((unsigned char)skel[i + len] & 0xC0) == 0x80) len++;
        if (skel[i] != ' ') {
            memcpy(del, skel, i);
            memcpy(del + i, skel + i + len, n - i - len + 1);
            st = add_key(b, e, KB_KEY_DEL, del);
        }
        i += len;
    }
    return st;
}

naba_status kbb_name(kbb *b, long e, const char *name) {
    char key[NAME_KEY_MAX], al[NAME_KEY_MAX];
    name_key(name, strlen(name), key, sizeof key);
    if (!*key) return NABA_OK;
    name_strip_al(key, al, sizeof al);
    naba_status st = add_key(b, e, KB_KEY_NAME, key);
    if (st == NABA_OK && strcmp(al, key)) st = add_key(b, e, KB_KEY_NAME, al);
    if (st == NABA_OK) st = add_skeleton(b, e, al, 5);
    if (st == NABA_OK && b->ents[e].type == NABA_ENT_PER && name_word_count(al) >= 2) {
        const char *last = name_last_word(al);
        if (name_length(last) >= 3 && !name_after_patronymic(al, last)) {
            st = add_key(b, e, KB_KEY_SURNAME, last);
            if (st == NABA_OK) st = add_skeleton(b, e, last, 4);
        }
    }
    return st;
}

naba_status kbb_key(kbb *b, long e, int kind, const char *text) {
    char key[NAME_KEY_MAX], al[NAME_KEY_MAX];
    name_key(text, strlen(text), key, sizeof key);
    name_strip_al(key, al, sizeof al);
    naba_status st = add_key(b, e, kind, key);
    if (st == NABA_OK && strcmp(al, key)) st = add_key(b, e, kind, al);
    if (st == NABA_OK && kind == KB_KEY_TITLE) {
        al[strcspn(al, " ")] = '\0';
        st = add_key(b, e, KB_KEY_TITLE_START, al);
    }
    return st;
}

void kbb_finish_fields(kbb *b) {
    for (size_t i = 0; i < b->n; i++) {
        kb_entity *e = &b->ents[i];
        if (e->actor || !e->country || e->type == KB_TYPE_TITLE) continue;
        char code[64];
        snprintf(code, sizeof code, "%s%s", b->str + e->country, b->str + e->role);
        uint32_t off = intern(b, code);
        if (off != KB_FREE) b->ents[i].actor = off;
    }
}

static int cmp_bkey(const void *x, const void *y) {
    const bkey *a = x, *c = y;
    if (a->hash != c->hash) return a->hash < c->hash ? -1 : 1;
    if (a->ent != c->ent) return a->ent < c->ent ? -1 : 1;
    return 0;
}

/* The slot table of the builder's keys (duplicates dropped); NULL on OOM. */
static kb_slot *build_slots(kbb *b, size_t *n_slots) {
    if (b->nk) qsort(b->keys, b->nk, sizeof(bkey), cmp_bkey);
    size_t u = 0;
    for (size_t i = 0; i < b->nk; i++)
        if (!u || cmp_bkey(&b->keys[u - 1], &b->keys[i])) b->keys[u++] = b->keys[i];
    b->nk = u;
    size_t size = 16;
    while (size < b->nk * 2) size <<= 1;
    kb_slot *s = malloc(size * sizeof(kb_slot));
    if (!s) return NULL;
    for (size_t i = 0; i < size; i++) { s[i].hash = 0; s[i].entity = KB_FREE; s[i].pad_ = 0; }
    for (size_t i = 0; i < b->nk; i++) {
        size_t j = (size_t)b->keys[i].hash & (size - 1);
        while (s[j].entity != KB_FREE) j = (j + 1) & (size - 1);
        s[j].hash = b->keys[i].hash;
        s[j].entity = b->keys[i].ent;
    }
    *n_slots = size;
    return s;
}

naba_status kbb_into_table(kbb *b, kb_table *t, naba_error *err) {
    size_t ns;
    kb_slot *slots = build_slots(b, &ns);
    size_t es = b->n * sizeof(kb_entity), ss = ns * sizeof(kb_slot);
    char *mem = slots ? malloc(ss + es + b->sn) : NULL;
    if (!mem) {
        free(slots);
        kbb_free(b);
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory building a knowledge-base table");
    }
    memcpy(mem, slots, ss);
    if (es) memcpy(mem + ss, b->ents, es);
    memcpy(mem + ss + es, b->str, b->sn);
    memset(t, 0, sizeof(*t));
    t->slots = (const kb_slot *)mem;
    t->mask = ns - 1;
    t->ents = (const kb_entity *)(mem + ss);
    t->n_ents = (uint32_t)b->n;
    t->strings = mem + ss + es;
    t->strings_size = b->sn;
    t->memory = mem;
    free(slots);
    kbb_free(b);
    return NABA_OK;
}

naba_status kbb_save(kbb *b, const char *path, naba_error *err) {
    size_t ns;
    kb_slot *slots = build_slots(b, &ns);
    naba_model_writer *w = slots ? naba_model_writer_new(KB_KIND, KB_VERSION) : NULL;
    naba_status st = w ? NABA_OK : NABA_ERR_NOMEM;
    if (st == NABA_OK) st = naba_model_writer_add(w, "strings", b->str, b->sn);
    if (st == NABA_OK) st = naba_model_writer_add(w, "entities", b->ents, b->n * sizeof(kb_entity));
    if (st == NABA_OK) st = naba_model_writer_add(w, "slots", slots, ns * sizeof(kb_slot));
    if (st == NABA_OK) st = naba_model_writer_save(w, path, err);
    else naba_fail(err, st, 0, "out of memory writing %s", path);
    naba_model_writer_free(w);
    free(slots);
    return st;
}
