/*
** fuzz_qcd_text.c — the date, number and quote parsers on arbitrary text:
** the pipeline through quotes (with the shipped data files) over the input,
** with an article date taken from its first line. Every span must lie inside
** the clean text.
*/
#include "naba.h"

#include <stdlib.h>
#include <string.h>

static naba_pipeline *pipe_;
static naba_doc *doc_;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!pipe_) {
        naba_error err = {0};
        pipe_ = naba_pipeline_open("quotes", NULL, NULL, &err);
        doc_ = naba_doc_new();
        if (!pipe_ || !doc_) abort();
    }
    char date[40] = {0};
    const unsigned char *nl = memchr(data, '\n', size < 39 ? size : 39);
    if (nl) memcpy(date, data, (size_t)(nl - data));
    if (naba_doc_load(doc_, (const char *)data, size, "fuzz", NULL, nl ? date : NULL) != NABA_OK) return 0;
    if (naba_pipeline_run(pipe_, doc_) != NABA_OK) return 0;
    size_t n = doc_->text_len;
    for (size_t i = 0; i < doc_->timexes.n; i++)
        if (doc_->timexes.v[i].end > n || doc_->timexes.v[i].start > doc_->timexes.v[i].end) abort();
    for (size_t i = 0; i < doc_->counts.n; i++)
        if (doc_->counts.v[i].end > n || doc_->counts.v[i].what_end > n) abort();
    for (size_t i = 0; i < doc_->quotes.n; i++) {
        const naba_quote *q = &doc_->quotes.v[i];
        if (q->end > n || q->start >= q->end || q->speaker_end > n || q->medium_end > n) abort();
    }
    return 0;
}
