/*
** fuzz_events_dict.c — the event dictionary loader (docs/events.md) on
** arbitrary bytes: it must load or fail with a message, never crash or leak;
** then a short text is coded with whatever was loaded, so the hash tables and
** patterns it built are exercised too.
*/
#include "events.h"

#include <math.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    ev_dict *d = ev_dict_new();
    if (!d) return 0;
    naba_error err;
    if (ev_dict_load_mem(d, "fuzz.tsv", (const char *)data, size, &err) == NABA_OK) {
        static const char text[] = "رفض بوتين عرض زيلنسكي للقاء في تركيا. وتظاهر الآلاف في القاهرة";
        naba_doc *doc = naba_doc_new();
        naba_doc_load(doc, text, sizeof text - 1, "f", NULL, NULL);
        doc->text = naba_arena_strndup(doc->arena, text, sizeof text - 1);
        doc->text_len = sizeof text - 1;
        naba_sentence *s = NABA_PUSH(doc, &doc->sents);
        s->end = (naba_off)doc->text_len;
        for (size_t i = 0; i < doc->text_len;) {
            while (i < doc->text_len && text[i] == ' ') i++;
            size_t b = i;
            while (i < doc->text_len && text[i] != ' ') i++;
            if (i == b) break;
            naba_token *t = NABA_PUSH(doc, &doc->tokens);
            t->start = (naba_off)b;
            t->end = (naba_off)i;
            t->value = NAN;
            s->tok_count++;
        }
        ev_code_doc(d, doc);
        naba_doc_free(doc);
    }
    ev_dict_free(d);
    return 0;
}
