/*
** model.h — naba's model file format (internal): one header, a table of named
** sections, and their bytes, loaded by mmap and verified by checksum.
**
** Layout (little-endian):
**   0  "NABAMODL"             magic
**   8  kind[8]                e.g. "morph", "ner", "parse"; NUL padded
**  16  u32 version            of the stage's own payload layout
**  20  u32 n_sections
**  24  u64 body_size          bytes after this 40-byte header
**  32  u64 checksum           naba_model_checksum of the body
**  40  n_sections x { char name[24]; u64 offset; u64 size; }  offsets from file start
**      then the sections, each 16-byte aligned.
** Sections hold arrays that stages use in place, so loading costs one mmap and
** one checksum pass, whatever the model's size.
*/
#ifndef NABA_MODEL_H
#define NABA_MODEL_H

#include "naba.h"

typedef struct naba_model naba_model;

naba_model *naba_model_open(const char *path, const char *kind, uint32_t version,
                            naba_error *err);
/* The same checks over bytes in memory (not copied; they must outlive the model). */
naba_model *naba_model_open_mem(const void *bytes, size_t len, const char *kind,
                                uint32_t version, const char *name, naba_error *err);
void naba_model_close(naba_model *m);
/* A section's bytes, or NULL when missing; *size gets its length. */
const void *naba_model_section(const naba_model *m, const char *name, size_t *size);

typedef struct naba_model_writer naba_model_writer;
naba_model_writer *naba_model_writer_new(const char *kind, uint32_t version);
/* Copy data in as a section. */
naba_status naba_model_writer_add(naba_model_writer *w, const char *name,
                                  const void *data, size_t size);
naba_status naba_model_writer_save(naba_model_writer *w, const char *path, naba_error *err);
void naba_model_writer_free(naba_model_writer *w);

/* Hashes that trainers and run time share (model keys must agree bit for bit). */
uint64_t naba_fnv1a64(const void *data, size_t n, uint64_t h);
#define NABA_FNV_INIT 0xcbf29ce484222325ULL
/* MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit
** over the whole word, so keys built by cheap steps fill a table evenly. */
static inline uint64_t naba_mix64(uint64_t h) {
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL; h ^= h >> 33;
    return h;
}
/* The header's checksum of a model body (word-wise, for a fast start-up). */
uint64_t naba_model_checksum(const void *data, size_t n);

#endif
