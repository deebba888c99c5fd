/*
** kb.h — naba's knowledge base of named entities (internal to the link stage).
**
** Entities (countries, cities, regions, office-holders, organizations, armed
** groups, news agencies) with an id, type, Arabic and English names, a country
** (ISO alpha-3), a CAMEO-style actor code and an office, indexed by hashed name
** keys (namekey.h) of several kinds. The compiled KB is a model file (kind "kb",
** mmap'd) built by `naba train kb` (kb_build.c); users add their own TSV files
** at run time (kb_tsv.c), which become in-memory tables of the same layout.
**
** Sections of the model file:
**   "strings"  NUL-terminated strings; offset 0 is the empty string
**   "entities" kb_entity[]; every field an offset into "strings"
**   "slots"    kb_slot[] hash table, size a power of two, free: entity == KB_FREE.
**              A slot's hash is FNV-1a 64 of the key kind byte and the key; a
**              key has as many slots as entities it names. Keys themselves are
**              not stored: a 64-bit hash collision is accepted as negligible.
*/
#ifndef NABA_KB_H
#define NABA_KB_H

#include "naba.h"

#include <stdint.h>

#define KB_KIND "kb"
#define KB_VERSION 3u
#define KB_FREE 0xFFFFFFFFu
#define KB_TYPE_TITLE 200   /* a title phrase (titles.tsv), not an entity */
#define KB_TYPE_GIVEN 201   /* common given names (given_names.tsv), not an entity */
#define KB_MAX_TABLES 9     /* the compiled KB and up to 8 user files */

/* Kinds of name keys. */
enum {
    KB_KEY_NAME = 1,   /* a full name or alias (and the same without ال) */
    KB_KEY_SURNAME,    /* last word of a person's multi-word name */
    KB_KEY_SKEL,       /* consonant skeleton of a name */
    KB_KEY_DEL,        /* a skeleton with one letter deleted (curated rows only) */
    KB_KEY_ADJ,        /* a nationality adjective of a country (الروسي) */
    KB_KEY_TITLE,      /* a title phrase (الرئيس, المتحدث باسم الكرملين) */
    KB_KEY_TITLE_START, /* the first word of a title phrase, without ال: where to look for one */
    KB_KEY_GIVEN       /* a common given name (محمد, خالد), shared by many people */
};

/* Ranks: lower wins when a key names several entities. */
enum { KB_RANK_CURATED = 0, KB_RANK_COUNTRY, KB_RANK_REGION, KB_RANK_BIG_CITY,
       KB_RANK_CITY, KB_RANK_ADMIN };

typedef struct kb_entity {
    uint32_t id, name_ar, name_en, actor, country, office, role, source;
    uint8_t type;      /* naba_ent_type or KB_TYPE_TITLE */
    uint8_t rank;
    uint8_t pad_[2];
} kb_entity;

typedef struct kb_slot { uint64_t hash; uint32_t entity; uint32_t pad_; } kb_slot;

/* One table: the compiled KB or one user file. */
typedef struct kb_table {
    const char *strings;
    size_t strings_size;
    const kb_entity *ents;
    uint32_t n_ents;
    const kb_slot *slots;
    uint64_t mask;
    void *model;       /* naba_model, or NULL */
    void *memory;      /* builder memory of a user table, or NULL */
} kb_table;

typedef struct kb {
    kb_table tables[KB_MAX_TABLES]; /* user files first: they win ties */
    int n;
} kb;

/* An entity found: its table and index. */
typedef struct kb_ref { const kb_table *t; uint32_t i; } kb_ref;

/* Open the compiled KB (file or memory); add a user TSV file on top. */
kb *kb_open(const char *path, naba_error *err);
kb *kb_open_mem(const void *bytes, size_t len, naba_error *err);
naba_status kb_add_tsv(kb *k, const char *path, naba_error *err);
void kb_close(kb *k);

uint64_t kb_key_hash(int kind, const char *key);
/* Entities under a key of a kind, best rank first; returns the count (<= cap). */
size_t kb_lookup(const kb *k, int kind, const char *key, kb_ref *out, size_t cap);

static inline const kb_entity *kb_ent(kb_ref r) { return &r.t->ents[r.i]; }
static inline const char *kb_str(kb_ref r, uint32_t off) { return r.t->strings + off; }

/* Check a table's sections (offsets in range, strings terminated). */
naba_status kb_table_check(const kb_table *t, const char *name, naba_error *err);

#endif
