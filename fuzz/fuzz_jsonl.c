/*
** fuzz_jsonl.c — naba_record_parse (src/io/input.h) on arbitrary bytes: every
** line yields a record or an error with a message, never a crash; a record's
** text length is consistent with its bytes; and the fast path for flat
** objects (flat.c) reads every line exactly as cJSON alone does: the same
** status, error, id, title, date and text; a loaded record's date becomes an
** ISO day or none (naba_doc_load).
*/
#include "naba.h"
#include "input.h"

#include <stdlib.h>
#include <string.h>

static int same_str(const char *a, const char *b) {
    return (!a && !b) || (a && b && !strcmp(a, b));
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    naba_record rec, ref;
    naba_error err = {0}, ref_err = {0};
    void *scratch = NULL, *ref_scratch = NULL;
    memset(&rec, 0, sizeof rec);
    naba_status st = naba_record_parse((const char *)data, size, 1, &rec, &scratch, &err);
    if (st == NABA_OK && rec.text) {
        volatile char sink = 0;
        for (size_t i = 0; i < rec.text_len; i++) sink ^= rec.text[i]; /* in bounds under ASan */
        (void)sink;
    } else if (st != NABA_OK && (err.code == NABA_OK || !err.message[0])) {
        abort();
    }
    naba_status ref_st = naba_record_parse_cjson((const char *)data, size, 1, &ref, &ref_scratch, &ref_err);
    if (st != ref_st || err.code != ref_err.code || strcmp(err.message, ref_err.message) ||
        rec.line != ref.line || !same_str(rec.id, ref.id) || !same_str(rec.title, ref.title) ||
        !same_str(rec.date, ref.date) || !rec.text != !ref.text || rec.text_len != ref.text_len ||
        (rec.text && memcmp(rec.text, ref.text, rec.text_len)))
        abort();
    /* the record's date is read into an ISO day when loaded: valid, or none */
    if (st == NABA_OK && rec.date) {
        naba_doc *d = naba_doc_new();
        if (d && naba_doc_load(d, "", 0, NULL, NULL, rec.date) == NABA_OK && d->day &&
            (strlen(d->day) != 10 || d->day[4] != '-' || d->day[7] != '-'))
            abort();
        naba_doc_free(d);
    }
    naba_record_release(&scratch);
    naba_record_release(&ref_scratch);
    return 0;
}
