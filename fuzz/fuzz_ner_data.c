/*
** fuzz_ner_data.c — libFuzzer target for NER's readers of outside data: the
** `word TAG` corpus reader (ANERcorp / WikiFANE, used by `naba eval ner` and
** the trainer) and the curated cue-list parser. The first byte picks which.
*/
#include "ner.h"

#include <stdlib.h>
#include <string.h>

static void count(void *ctx, uint32_t cls, const char *name, size_t n) {
    (void)cls; (void)name;
    *(size_t *)ctx += n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    naba_error err = {0};
    if (data[0] % 3 == 2) {
        size_t total = 0;
        ner_cues_parse((const char *)data + 1, size - 1, "fuzz", count, &total, &err);
        return 0;
    }
    char *buf = malloc(size);
    if (!buf) return 0;
    memcpy(buf, data + 1, size - 1);
    ner_corpus c;
    if (ner_corpus_parse(buf, size - 1, "fuzz", data[0] % 3, &c, &err) == NABA_OK) {
        ner_score s;
        memset(&s, 0, sizeof s);
        for (size_t i = 0; i < c.n_sents; i++)
            ner_score_add(&s, c.gold + c.sent[i], c.gold + c.sent[i], c.sent[i + 1] - c.sent[i]);
        ner_corpus_free(&c);
    }
    return 0;
}
