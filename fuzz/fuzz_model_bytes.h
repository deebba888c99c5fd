/*
** fuzz_model_bytes.h — shared by the model-file fuzz targets: a copy of the
** input with its checksum recomputed, so that mutations reach the section
** checks instead of all stopping at the checksum.
*/
#ifndef NABA_FUZZ_MODEL_BYTES_H
#define NABA_FUZZ_MODEL_BYTES_H

#include "model.h"

#include <stdlib.h>
#include <string.h>

static unsigned char *fuzz_model_bytes(const uint8_t *data, size_t size) {
    unsigned char *b = malloc(size ? size : 1);
    if (!b) return NULL;
    memcpy(b, data, size);
    if (size >= 40) {
        uint64_t h = naba_fnv1a64(b + 40, size - 40, NABA_FNV_INIT);
        for (int i = 0; i < 8; i++) b[32 + i] = (unsigned char)(h >> (8 * i));
    }
    return b;
}

#endif
