/*
** kb_builder.h — building knowledge-base tables (internal): the one place that
** turns entities and their names into the kb.h layout, used by `naba train kb`
** for the compiled model and at run time for users' TSV files.
*/
#ifndef NABA_KB_BUILDER_H
#define NABA_KB_BUILDER_H

#include "kb.h"

typedef struct kbb kbb;

kbb *kbb_new(void);
void kbb_free(kbb *b);
/* Entity by id, or -1. */
long kbb_find(const kbb *b, const char *id);
/* A new entity (the id must be new); returns its index or -1 on OOM. */
long kbb_add(kbb *b, const char *id, int type, int rank);
/* Fields of kb_entity by name: "name_ar", "name_en", "actor", "country",
** "office", "role", "source". A field already set is kept unless force. */
naba_status kbb_set(kbb *b, long e, const char *field, const char *value, int force);
const char *kbb_get(const kbb *b, long e, const char *field);
int kbb_type(const kbb *b, long e);
/* Index a name of entity e under every key kind it deserves (name, without
** ال, skeleton, surname for persons, deletions for curated rows). */
naba_status kbb_name(kbb *b, long e, const char *name);
/* Index raw text under one key kind (adjectives, titles). */
naba_status kbb_key(kbb *b, long e, int kind, const char *text);
size_t kbb_count(const kbb *b);
/* Fill derived fields: actor code from country + role when empty. */
void kbb_finish_fields(kbb *b);
/* Build the hash table; t then points into the builder's memory, which the
** table takes over (kb_close frees it). The builder is freed. */
naba_status kbb_into_table(kbb *b, kb_table *t, naba_error *err);
/* Write the compiled model file. */
naba_status kbb_save(kbb *b, const char *path, naba_error *err);

#endif
