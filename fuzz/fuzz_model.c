/*
** fuzz_model.c — the model-file loader on arbitrary bytes: it must refuse or
** load, never read out of bounds. Sections it accepts must lie in the buffer.
*/
#include "fuzz_model_bytes.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_error err;
    /* Try both the kind in the bytes and a fixed one, to reach past the kind check. */
    char kind[9] = "test";
    if (size >= 16) { memcpy(kind, data + 8, 8); kind[8] = '\0'; }
    uint32_t version = size >= 20 ? (uint32_t)data[16] | (uint32_t)data[17] << 8 |
                                        (uint32_t)data[18] << 16 | (uint32_t)data[19] << 24 : 1;
    unsigned char *b = fuzz_model_bytes(data, size, size >= 40 && (data[size - 1] & 1));
    if (!b) return 0;
    naba_model *m = naba_model_open_mem(b, size, kind, version, "fuzz", &err);
    if (m) {
        size_t n;
        const unsigned char *s = naba_model_section(m, "nums", &n);
        if (s && (s < b || s + n > b + size)) abort();
        naba_model_close(m);
    }
    free(b);
    return 0;
}
