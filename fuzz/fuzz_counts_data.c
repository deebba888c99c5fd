/*
** fuzz_counts_data.c — the counts stage's data-file loader (counts.tsv and
** numbers.tsv) on arbitrary bytes.
*/
#include "counts.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_error err = {0};
    size_t half = size / 2;
    counts_state *s = counts_state_from((const char *)data, half, (const char *)data + half, size - half, &err);
    if (s) naba_counts_close(s);
    else if (!err.message[0]) abort();
    return 0;
}
