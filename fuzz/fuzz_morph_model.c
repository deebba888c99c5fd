/*
** fuzz_morph_model.c — the morph model loader on arbitrary bytes: it must
** refuse them with NABA_ERR_MODEL or load them, and a model it loads must
** analyze text without reading out of bounds.
**
** Half of the inputs get their checksum recomputed before loading (chosen by
** the last byte), so the fuzzer reaches the section checks behind it.
*/
#include "fuzz_model_bytes.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>

static void analyze(morph_model *m) {
    static const char text[] = "وقال المتحدث لأوكرانيا بالرضا وحلفاؤها Heorhii 2025 ، لها";
    naba_doc *doc = naba_doc_new();
    if (!doc || naba_doc_load(doc, text, sizeof text - 1, NULL, NULL, NULL) != NABA_OK) abort();
    naba_options opt;
    naba_options_init(&opt);
    opt.treebank_tokens = 1; /* the unanalysed-token classifier reads its tables too */
    if (naba_clean(doc, NULL, &opt) != NABA_OK || naba_segment(doc, NULL, &opt) != NABA_OK) abort();
    if (morph_run(doc, m, &opt) != NABA_OK) abort();
    for (size_t i = 0; i < doc->words.n; i++)
        if (!doc->words.v[i].lemma || !doc->words.v[i].form || doc->words.v[i].upos >= NABA_UPOS_COUNT) abort();
    naba_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    unsigned char *b = fuzz_model_bytes(data, size, size >= 40 && (data[size - 1] & 1));
    if (!b) return 0;
    naba_error err = {0};
    morph_model *m = morph_model_open_mem(b, size, "fuzz", 1, &err);
    if (m) {
        analyze(m);
        morph_model_close(m);
    } else if (err.code != NABA_ERR_MODEL && err.code != NABA_ERR_NOMEM) {
        abort();
    }
    free(b);
    return 0;
}
