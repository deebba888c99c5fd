/*
** fuzz_segment.c — clean and segment on arbitrary bytes: the stages must
** succeed or refuse with an error, never crash, and what segment builds must
** keep the layer invariants (seg_check_layers) or the run aborts.
**
** A second pass segments the raw bytes as if they were clean text, so the
** tokenizer also sees what a cleaner would have repaired (invalid UTF-8,
** controls, CR, bidi marks): it must stay safe on any input.
*/
#include "naba.h"
#include "segment.h"

#include <stdio.h>
#include <stdlib.h>

static void check(naba_doc *doc, const naba_options *opt) {
    char why[256];
    if (naba_segment(doc, NULL, opt) != NABA_OK) return;
    if (seg_check_layers(doc, opt->fold_flags, why, sizeof why)) {
        fprintf(stderr, "segment invariant broken: %s\n", why);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static naba_doc *doc;
    if (!doc && !(doc = naba_doc_new())) return 0;
    naba_options opt;
    naba_options_init(&opt);
    /* the first byte picks the fold flags, so keys are checked under each */
    if (size > 0 && data[0] == '!') opt.fold_flags = data[size - 1] & 0x7F ? data[size - 1] & 0x7F : 1;
    if (naba_doc_load(doc, (const char *)data, size, NULL, NULL, NULL) != NABA_OK) return 0;
    if (naba_clean(doc, NULL, &opt) == NABA_OK) check(doc, &opt);
    if (naba_doc_load(doc, (const char *)data, size, NULL, NULL, NULL) != NABA_OK) return 0;
    doc->text = naba_arena_strndup(doc->arena, (const char *)data, size);
    doc->text_len = size;
    check(doc, &opt);
    return 0;
}
