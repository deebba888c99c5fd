/*
** fuzz_dates_data.c — the dates stage's data-file loader (dates.tsv and
** numbers.tsv through the shared word-table parser) on arbitrary bytes: it must
** load or fail with a message, never crash.
*/
#include "dates.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_error err = {0};
    size_t half = size / 2;
    dates_state *s = dates_state_from((const char *)data, half, (const char *)data + half, size - half, &err);
    if (s) naba_dates_close(s);
    else if (!err.message[0]) abort();
    return 0;
}
