/*
** fuzz_quotes_data.c — the quotes stage's data-file loader (speech_verbs.tsv)
** on arbitrary bytes.
*/
#include "quotes.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_error err = {0};
    quotes_state *s = quotes_state_from((const char *)data, size, &err);
    if (s) naba_quotes_close(s);
    else if (!err.message[0]) abort();
    return 0;
}
