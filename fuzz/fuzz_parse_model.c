/*
** fuzz_parse_model.c — the parser's model loader on arbitrary bytes: it must
** refuse or load, and a model it loads must parse a sentence without reading
** outside the buffer (table sizes are checked at load, and that each table
** has an empty slot, where lookups stop).
*/
#include "fuzz_model_bytes.h"
#include "parse.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    parse_model m;
    naba_error err;
    unsigned char *b = fuzz_model_bytes(data, size, 1);
    if (!b) return 0;
    if (parse_model_load_mem(&m, b, size, &err) != NABA_OK) { free(b); return 0; }
    naba_arena *a = naba_arena_new();
    parse_word w[6];
    const char *forms[] = {"قال", "الوزير", "إن", "روسيا"};
    const int upos[] = {NABA_UPOS_VERB, NABA_UPOS_NOUN, NABA_UPOS_SCONJ, NABA_UPOS_X};
    for (int i = 0; i < 4; i++) parse_word_set(&w[i], forms[i], forms[i], upos[i], "Case=Nom", 0, &m.clusters);
    memset(&w[4], 0, 2 * sizeof(parse_word));
    int heads[8];
    if (a) parse_sentence(&m, w, 4, 0, a, heads, heads + 4);
    naba_arena_free(a);
    parse_model_free(&m);
    free(b);
    return 0;
}
