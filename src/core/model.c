/*
** model.c — loading and writing model files (format in model.h).
**
** Every check a loader needs lives here once: magic, kind, version, sizes,
** section bounds and checksum, each failing with a message that names the file
** and what is wrong, so a truncated or foreign file never reaches a stage.
*/
#include "model.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEADER 40u
#define ENTRY 40u
#define NAME_MAX_ 24u
#define MAX_SECTIONS 4096u

typedef struct {
    char name[NAME_MAX_ + 1];
    const unsigned char *data;
    size_t size;
} section;

struct naba_model {
    const unsigned char *bytes;
    size_t len;
    int mapped;
    section *sections;
    uint32_t n;
};

uint64_t naba_fnv1a64(const void *data, size_t n, uint64_t h) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 0x100000001b3ULL; }
    return h;
}

static inline uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t rd64(const unsigned char *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

/* Byte-wise FNV-1a is one multiply chain per byte: over the 60 MB of models
** it was two thirds of a process's start-up. Four lanes of 8-byte words run
** four chains side by side, about 20 times faster. Each step (h ^ w) * odd is
** a bijection of h, so a change to any one word always changes the sum. */
uint64_t naba_model_checksum(const void *data, size_t n) {
    const unsigned char *p = data;
    const uint64_t prime = 0x100000001b3ULL;
    /* the lanes as four named variables, not an array: GCC kept an array's
    ** lanes on the stack, a load and a store per word (113 M instructions to
    ** open the models, 35 M now) */
    uint64_t l0 = NABA_FNV_INIT, l1 = NABA_FNV_INIT ^ 1, l2 = NABA_FNV_INIT ^ 2, l3 = NABA_FNV_INIT ^ 3;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        l0 = (l0 ^ rd64(p + i)) * prime;
        l1 = (l1 ^ rd64(p + i + 8)) * prime;
        l2 = (l2 ^ rd64(p + i + 16)) * prime;
        l3 = (l3 ^ rd64(p + i + 24)) * prime;
    }
    const uint64_t lane[4] = {l0, l1, l2, l3};
    uint64_t h = naba_fnv1a64(p + i, n - i, (uint64_t)n);
    for (int k = 0; k < 4; k++) h = (h ^ lane[k] ^ (lane[k] >> 29)) * prime;
    return h;
}

naba_model *naba_model_open_mem(const void *bytes, size_t len, const char *kind,
                                uint32_t version, const char *name, naba_error *err) {
    const unsigned char *b = bytes;
    if (len < HEADER || memcmp(b, "NABAMODL", 8) != 0) {
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: not a naba model file (bad magic)", name);
        return NULL;
    }
    char k[9];
    memcpy(k, b + 8, 8);
    k[8] = '\0';
    if (strcmp(k, kind) != 0) {
        naba_fail(err, NABA_ERR_MODEL, 8, "%s: a '%s' model, expected '%s'", name, k, kind);
        return NULL;
    }
    uint32_t ver = rd32(b + 16), n = rd32(b + 20);
    if (ver != version) {
        naba_fail(err, NABA_ERR_MODEL, 16, "%s: model format version %u, this naba reads %u (retrain or update)",
                  name, ver, version);
        return NULL;
    }
    uint64_t body = rd64(b + 24);
    if (body != len - HEADER) {
        naba_fail(err, NABA_ERR_MODEL, len, "%s: truncated or padded (%zu bytes, header says %llu)",
                  name, len, (unsigned long long)(body + HEADER));
        return NULL;
    }
    if (naba_model_checksum(b + HEADER, len - HEADER) != rd64(b + 32)) {
        naba_fail(err, NABA_ERR_MODEL, 32,
                  "%s: checksum mismatch (a corrupt file, or one written by an older naba: retrain it)",
                  name);
        return NULL;
    }
    if (n > MAX_SECTIONS || (uint64_t)n * ENTRY > body) {
        naba_fail(err, NABA_ERR_MODEL, 20, "%s: bad section count %u", name, n);
        return NULL;
    }
    /* The sections are used in place as arrays of structs: bytes off the
    ** 16-byte grid (not mmap'd, not from malloc) would be misread. */
    if ((uintptr_t)b % 16) {
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: model bytes not 16-byte aligned in memory", name);
        return NULL;
    }
    naba_model *m = calloc(1, sizeof(*m));
    section *secs = calloc(n ? n : 1, sizeof(section));
    if (!m || !secs) {
        free(m); free(secs);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *e = b + HEADER + (size_t)i * ENTRY;
        uint64_t off = rd64(e + NAME_MAX_), sz = rd64(e + NAME_MAX_ + 8);
        if (off > len || sz > len - off) {
            free(m); free(secs);
            naba_fail(err, NABA_ERR_MODEL, HEADER + (size_t)i * ENTRY,
                      "%s: section %u out of bounds", name, i);
            return NULL;
        }
        /* The writer aligns every section to 16 bytes, and readers cast
        ** sections to structs: an offset off that grid is a corrupt file. */
        if (off % 16) {
            free(m); free(secs);
            naba_fail(err, NABA_ERR_MODEL, HEADER + (size_t)i * ENTRY,
                      "%s: section %u is not 16-byte aligned", name, i);
            return NULL;
        }
        memcpy(secs[i].name, e, NAME_MAX_);
        secs[i].name[NAME_MAX_] = '\0';
        secs[i].data = b + off;
        secs[i].size = (size_t)sz;
    }
    m->bytes = b;
    m->len = len;
    m->sections = secs;
    m->n = n;
    return m;
}

naba_model *naba_model_open(const char *path, const char *kind, uint32_t version,
                            naba_error *err) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: cannot open model file: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)HEADER) {
        close(fd);
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: not a naba model file (too short)", path);
        return NULL;
    }
    size_t len = (size_t)st.st_size;
    void *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        naba_fail(err, NABA_ERR_MODEL, 0, "%s: mmap failed", path);
        return NULL;
    }
    naba_model *m = naba_model_open_mem(p, len, kind, version, path, err);
    if (!m) { munmap(p, len); return NULL; }
    m->mapped = 1;
    return m;
}

void naba_model_close(naba_model *m) {
    if (!m) return;
    if (m->mapped) munmap((void *)m->bytes, m->len);
    free(m->sections);
    free(m);
}

const void *naba_model_section(const naba_model *m, const char *name, size_t *size) {
    for (uint32_t i = 0; i < m->n; i++) {
        if (strcmp(m->sections[i].name, name) == 0) {
            if (size) *size = m->sections[i].size;
            return m->sections[i].data;
        }
    }
    if (size) *size = 0;
    return NULL;
}

/* ---- writer ---- */

struct naba_model_writer {
    char kind[8];
    uint32_t version;
    section *secs;
    uint32_t n, cap;
};

naba_model_writer *naba_model_writer_new(const char *kind, uint32_t version) {
    naba_model_writer *w = calloc(1, sizeof(*w));
    if (!w) return NULL;
    size_t k = strlen(kind);
    memcpy(w->kind, kind, k < sizeof w->kind ? k : sizeof w->kind);
    w->version = version;
    return w;
}

naba_status naba_model_writer_add(naba_model_writer *w, const char *name,
                                  const void *data, size_t size) {
    if (strlen(name) > NAME_MAX_ || w->n >= MAX_SECTIONS) return NABA_ERR_USAGE;
    if (w->n == w->cap) {
        uint32_t cap = w->cap ? w->cap * 2 : 16;
        section *s = realloc(w->secs, cap * sizeof(section));
        if (!s) return NABA_ERR_NOMEM;
        w->secs = s;
        w->cap = cap;
    }
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return NABA_ERR_NOMEM;
    if (size) memcpy(copy, data, size);
    section *s = &w->secs[w->n++];
    memset(s->name, 0, sizeof s->name);
    memcpy(s->name, name, strlen(name));
    s->data = copy;
    s->size = size;
    return NABA_OK;
}

static void wr32(unsigned char *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i)); }
static void wr64(unsigned char *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i)); }

naba_status naba_model_writer_save(naba_model_writer *w, const char *path, naba_error *err) {
    size_t off = HEADER + (size_t)w->n * ENTRY;
    size_t total = off;
    for (uint32_t i = 0; i < w->n; i++) total = ((total + 15) & ~(size_t)15) + w->secs[i].size;
    unsigned char *buf = calloc(1, total);
    if (!buf) return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory writing %s", path);
    memcpy(buf, "NABAMODL", 8);
    memcpy(buf + 8, w->kind, 8);
    wr32(buf + 16, w->version);
    wr32(buf + 20, w->n);
    wr64(buf + 24, total - HEADER);
    for (uint32_t i = 0; i < w->n; i++) {
        off = (off + 15) & ~(size_t)15;
        unsigned char *e = buf + HEADER + (size_t)i * ENTRY;
        memcpy(e, w->secs[i].name, NAME_MAX_);
        wr64(e + NAME_MAX_, off);
        wr64(e + NAME_MAX_ + 8, w->secs[i].size);
        if (w->secs[i].size) memcpy(buf + off, w->secs[i].data, w->secs[i].size);
        off += w->secs[i].size;
    }
    wr64(buf + 32, naba_model_checksum(buf + HEADER, total - HEADER));
    FILE *f = fopen(path, "wb");
    naba_status st = NABA_OK;
    if (!f || fwrite(buf, 1, total, f) != total) st = naba_fail(err, NABA_ERR_IO, 0, "%s: cannot write", path);
    if (f && fclose(f) != 0 && st == NABA_OK) st = naba_fail(err, NABA_ERR_IO, 0, "%s: cannot write", path);
    free(buf);
    return st;
}

void naba_model_writer_free(naba_model_writer *w) {
    if (!w) return;
    for (uint32_t i = 0; i < w->n; i++) free((void *)w->secs[i].data);
    free(w->secs);
    free(w);
}
