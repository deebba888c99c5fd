/*
** fuzz_boilerplate.c — the boilerplate pattern format (data/boilerplate.txt,
** --boilerplate FILE) on arbitrary bytes: parsed or refused with a message
** naming the line, never a crash; whatever parsed is then matched against
** the input itself as a line.
*/
#include "naba.h"
#include "clean.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    clean_patterns *p = clean_patterns_new();
    if (!p) return 0;
    naba_error err = {0};
    const char *text = (const char *)data;
    naba_status st = clean_patterns_parse(p, text, size, "fuzz.txt", &err);
    if (st != NABA_OK && strncmp(err.message, "fuzz.txt:", 9) != 0 && st != NABA_ERR_NOMEM) abort();
    int valid = 1;
    for (size_t i = 0, len; i < size && valid; i += len)
        valid = utf8_decode(data + i, size - i, &len) != UTF8_INVALID;
    if (valid && size < 4096) {
        char *key = malloc(size + 1);
        unsigned words;
        size_t kl = clean_key(text, size, key, size + 1, &words, NULL);
        if (kl > size) abort();
        clean_patterns_match(p, key, kl, words, ~0ULL, text, size);
        free(key);
    }
    clean_patterns_free(p);
    return 0;
}
