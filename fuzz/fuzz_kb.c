/*
** fuzz_kb.c — the compiled knowledge-base loader (kb_open_mem) and lookups on
** whatever it accepts.
*/
#include "fuzz_model_bytes.h"
#include "kb.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    unsigned char *b = fuzz_model_bytes(data, size, 1);
    if (!b) return 0;
    naba_error err;
    kb *k = kb_open_mem(b, size, &err);
    if (k) {
        kb_ref r[8];
        static const char *const keys[] = {"روسيا", "russia", "nato", "بوتين"};
        for (int kind = KB_KEY_NAME; kind <= KB_KEY_TITLE_START; kind++)
            for (size_t i = 0; i < 4; i++) {
                size_t n = kb_lookup(k, kind, keys[i], r, 8);
                for (size_t j = 0; j < n; j++) (void)strlen(kb_str(r[j], kb_ent(r[j])->name_en));
            }
        kb_close(k);
    }
    free(b);
    return 0;
}
