/* TEMPORARY scaffold, replaced by the real segmenter: whitespace tokens. */
#include "naba.h"
#include <math.h>
naba_status naba_segment(naba_doc *doc, void *state, const naba_options *opt) {
    (void)state; (void)opt;
    naba_paragraph *p = NABA_PUSH(doc, &doc->paras); p->start = 0; p->end = (naba_off)doc->text_len; p->sent_count = 1;
    naba_sentence *s = NABA_PUSH(doc, &doc->sents); s->start = 0; s->end = (naba_off)doc->text_len;
    size_t i = 0;
    while (i < doc->text_len) {
        while (i < doc->text_len && (doc->text[i] == ' ' || doc->text[i] == '\n')) i++;
        size_t b = i;
        while (i < doc->text_len && doc->text[i] != ' ' && doc->text[i] != '\n') i++;
        if (i > b) { naba_token *t = NABA_PUSH(doc, &doc->tokens); t->start = (naba_off)b; t->end = (naba_off)i; t->value = NAN; t->space_after = 1; s = &doc->sents.v[0]; s->tok_count++; }
    }
    return NABA_OK;
}
