/*
** fuzz_topic_model.c — the topic model's loader on arbitrary bytes: it must
** refuse or load, and a model it loads must score features in every bucket
** its mask allows without reading outside the weights, and give finite
** probabilities (every weight was checked finite at load).
*/
#include "fuzz_model_bytes.h"
#include "topic.h"

#include <math.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    naba_error err;
    unsigned char *b = fuzz_model_bytes(data, size, 1);
    if (!b) return 0;
    topic_model *m = topic_model_open_mem(b, size, &err);
    if (m) {
        uint32_t f[4] = {0, m->mask, m->mask / 2, 1};
        double p[NABA_TOPIC_COUNT];
        topic_scores(m->bias, m->w, f, 4, p);
        int best = topic_softmax(p);
        if (best < 0 || best >= NABA_TOPIC_COUNT || !isfinite(p[best])) __builtin_trap();
        topic_model_close(m);
    }
    free(b);
    return 0;
}
