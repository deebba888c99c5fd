/*
** fuzz_jsonl.c — naba_record_parse (src/io/input.h) on arbitrary bytes: every
** line yields a record or an error with a message, never a crash; a record's
** text length is consistent with its bytes.
*/
#include "naba.h"
#include "input.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_record rec;
    naba_error err = {0};
    void *scratch = NULL;
    memset(&rec, 0, sizeof rec);
    naba_status st = naba_record_parse((const char *)data, size, 1, &rec, &scratch, &err);
    if (st == NABA_OK && rec.text) {
        volatile char sink = 0;
        for (size_t i = 0; i < rec.text_len; i++) sink ^= rec.text[i]; /* in bounds under ASan */
        (void)sink;
    } else if (st != NABA_OK && (err.code == NABA_OK || !err.message[0])) {
        abort();
    }
    json_decref(scratch); /* the scratch is the parsed JSON object */
    return 0;
}
