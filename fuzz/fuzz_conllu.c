/*
** fuzz_conllu.c — the CoNLL-U reader on arbitrary bytes, then what is built
** from what it accepts: documents from its tokens and words, written back as
** CoNLL-U. Bad input must give NABA_ERR_FORMAT, never a crash.
*/
#include "conllu.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_cu_file *f;
    naba_error err = {0};
    naba_status st = naba_conllu_parse((const char *)data, size, "fuzz", &f, &err);
    if (st != NABA_OK) {
        if (st != NABA_ERR_FORMAT && st != NABA_ERR_NOMEM) abort();
        return 0;
    }
    static FILE *null;
    if (!null) null = fopen("/dev/null", "w");
    naba_doc *doc = naba_doc_new();
    for (size_t i = 0; doc && i < f->n;) {
        size_t end = naba_conllu_doc_end(f, i);
        for (int keep = 0; keep < 2; keep++)
            if (naba_conllu_doc(f, i, end, keep, NABA_FOLD_DEFAULT, doc) == NABA_OK && null)
                naba_write_conllu(doc, null);
        i = end;
    }
    naba_doc_free(doc);
    naba_conllu_free(f);
    return 0;
}
