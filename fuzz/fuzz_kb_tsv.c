/*
** fuzz_kb_tsv.c — users' knowledge-base TSV rows (kb_tsv_read), then the
** table they build, its checks and a lookup.
*/
#include "kb_tsv.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    naba_error err;
    kbb *b = kbb_new();
    if (!b) return 0;
    if (kb_tsv_read(b, (const char *)data, size, "fuzz.tsv", &err) != NABA_OK) { kbb_free(b); return 0; }
    kbb_finish_fields(b);
    kb k = {0};
    if (kbb_into_table(b, &k.tables[0], &err) != NABA_OK) return 0;
    k.n = 1;
    if (kb_table_check(&k.tables[0], "fuzz", &err) != NABA_OK) abort(); /* what we build must pass */
    kb_ref r[4];
    (void)kb_lookup(&k, KB_KEY_NAME, "x", r, 4);
    free(k.tables[0].memory);
    return 0;
}
