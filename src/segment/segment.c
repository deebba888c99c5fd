/*
** segment.c — the segment stage: paragraphs, sentences and tokens of the
** clean text, as three consistent layers.
**
** Every non-empty line is a paragraph: scraped news breaks paragraphs with a
** blank line or a single newline, and a headline or caption on its own line
** is a unit of its own. A paragraph spans its first to its last token, so
** white space around it belongs to no layer. The layers nest exactly: each
** token lies in one sentence, each sentence in one paragraph, and the
** tok_first/tok_count and sent_first/sent_count ranges cover their layers in
** order without gaps or overlaps (tests/test_segment.c checks this).
*/
#include "segment.h"

naba_status naba_segment(naba_doc *doc, void *state, const naba_options *opt) {
    (void)state;
    unsigned fold = opt && opt->fold_flags ? opt->fold_flags : NABA_FOLD_DEFAULT;
    if (!doc->text)
        return naba_fail(&doc->error, NABA_ERR_USAGE, 0, "segment: the document has no clean text (run clean first)");
    if (doc->text_len >= UINT32_MAX)
        return naba_fail(&doc->error, NABA_ERR_TOO_LARGE, 0, "segment: %zu bytes of text is over 4 GB", doc->text_len);
    doc->paras.n = doc->sents.n = doc->tokens.n = 0;
    seg_scratch scratch = {0};
    seg_tokenizer tz;
    naba_status st = seg_tokenizer_init(&tz, doc, fold);
    if (st != NABA_OK) return st;
    size_t i = 0;
    while (i < doc->text_len) {
        size_t first = doc->tokens.n, next;
        st = seg_tokenize_line(&tz, i, &next);
        if (st != NABA_OK) return st;
        i = next;
        if (doc->tokens.n == first) continue; /* a blank line */
        naba_paragraph *p = NABA_PUSH(doc, &doc->paras);
        if (!p) return naba_fail(&doc->error, NABA_ERR_NOMEM, i, "out of memory at paragraph %zu", doc->paras.n);
        p->start = doc->tokens.v[first].start;
        p->end = doc->tokens.v[doc->tokens.n - 1].end;
        st = seg_sentences(doc, (uint32_t)(doc->paras.n - 1), first, doc->tokens.n, &scratch);
        if (st != NABA_OK) return st;
    }
    return NABA_OK;
}
