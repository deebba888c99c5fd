/*
** fuzz_translit.c — the romanizer model loader (translit_open_mem), then
** scoring and romanizing with whatever it accepts.
*/
#include "fuzz_model_bytes.h"
#include "translit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    unsigned char *b = fuzz_model_bytes(data, size, 1);
    if (!b) return 0;
    naba_error err;
    translit *t = translit_open_mem(b, size, &err);
    if (t) {
        char out[256];
        (void)translit_match(t, "زيلنسكي", "zelenskyy");
        (void)translit_match(t, "هاكان فيان", "hakan fidan");
        translit_romanize(t, "فولوديمير زيلنسكي", 1, out, sizeof out);
        translit_close(t);
    }
    free(b);
    return 0;
}
