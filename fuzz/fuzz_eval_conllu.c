/*
** fuzz_eval_conllu.c — libFuzzer target for `naba eval conllu`: the input is
** two CoNLL-U files separated by a line "====" (gold, then system); whatever
** they hold, scoring must end in a result or a clear error, never a crash.
*/
#include "eval_conllu.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    const char *sep = NULL;
    for (size_t i = 0; i + 5 <= size; i++)
        if (memcmp(text + i, "====\n", 5) == 0) { sep = text + i; break; }
    size_t glen = sep ? (size_t)(sep - text) : size;
    const char *sys = sep ? sep + 5 : text;
    size_t slen = sep ? size - glen - 5 : size;
    naba_cu_file *g = NULL, *s = NULL;
    naba_error err;
    if (naba_conllu_parse(text, glen, "gold", &g, &err) == NABA_OK &&
        naba_conllu_parse(sys, slen, "system", &s, &err) == NABA_OK) {
        naba_ev_result r;
        naba_eval_conllu(g, "gold", s, "system", &r, &err);
    }
    naba_conllu_free(g);
    naba_conllu_free(s);
    return 0;
}
