/*
** fuzz_model_bytes.h — shared by the model-file fuzz targets: a copy of the
** input, 16-byte aligned as an mmap'd file is (the container refuses bytes
** that are not: readers cast sections to structs), with its checksum
** recomputed when fix_checksum is set, so that mutations reach the section
** checks instead of all stopping at the checksum.
*/
#ifndef NABA_FUZZ_MODEL_BYTES_H
#define NABA_FUZZ_MODEL_BYTES_H

#include "model.h"

#include <stdlib.h>
#include <string.h>

static unsigned char *fuzz_model_bytes(const uint8_t *data, size_t size, int fix_checksum) {
    unsigned char *b = aligned_alloc(16, (size + 16) & ~(size_t)15);
    if (!b) return NULL;
    memcpy(b, data, size);
    if (fix_checksum && size >= 40) {
        uint64_t h = naba_model_checksum(b + 40, size - 40);
        for (int i = 0; i < 8; i++) b[32 + i] = (unsigned char)(h >> (8 * i));
    }
    return b;
}

#endif
