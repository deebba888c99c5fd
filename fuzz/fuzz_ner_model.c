/*
** fuzz_ner_model.c — libFuzzer target for the NER model loader: any bytes
** must give a model or a clear error, never a crash, and a model that loads
** must tag a sentence without reading out of bounds (probes must end).
** The checksum is recomputed so mutations reach the section checks.
*/
#include "fuzz_model_bytes.h"
#include "ner.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* checksum fixed: the checksum test has its own unit test */
    unsigned char *bytes = fuzz_model_bytes(data, size, 1);
    if (!bytes) return 0;
    naba_error err = {0};
    ner_model *m = ner_model_open_mem(bytes, size, &err);
    if (m) {
        static const char *const toks[] = {"قال", "الرئيس", "وزيلنسكي", "Zelenskyy", "في", "Kyiv", "."};
        ner_word w[7];
        char keys[7][32];
        uint8_t tags[7];
        float conf[7];
        static _Alignas(16) char scratch[4096];
        for (int i = 0; i < 7; i++) ner_word_init(&w[i], toks[i], strlen(toks[i]), keys[i]);
        /* two sentences, so a two-pass model's document features are computed */
        const ner_span sents[2] = {{0, 4}, {4, 3}};
        if (ner_tag_doc_scratch(4, 7) <= sizeof scratch) ner_tag_doc(m, w, sents, 2, tags, conf, scratch);
        ner_model_close(m);
    }
    free(bytes);
    return 0;
}
