/*
** batch.c — documents one after another into one output (batch.h): the
** writing rules of a batch, shared by `naba analyze` and `naba serve` so that
** the two answer the same lines with the same bytes.
*/
#include "batch.h"

void naba_batch_header(naba_batch *b) {
    const char *header = naba_table_header(b->fmt);
    if (header && !b->header_done) fputs(header, b->out);
    b->header_done = 1;
}

void naba_batch_write(naba_batch *b) {
    naba_batch_header(b);
    /* the text and token formats carry no document id; the others name the
    ** document in every record or row */
    if (b->batch && (b->fmt == NABA_FMT_TEXT || b->fmt == NABA_FMT_TOKENS))
        fprintf(b->out, "#doc %s\n", b->doc->id ? b->doc->id : "-");
    naba_write_rows(b->doc, b->fmt, b->out);
    if (b->on_doc) b->on_doc(b->cls);
}

void naba_batch_fail(naba_batch *b, const char *id, const naba_error *err, const char *where) {
    b->docs++;
    b->failed++;
    if (b->fmt == NABA_FMT_JSON || b->fmt == NABA_FMT_JSONL) naba_write_error_record(id, err, b->out);
    if (b->who && where) fprintf(b->log ? b->log : stderr, "%s: %s: %s\n", b->who, where, err->message);
}

void naba_batch_text(naba_batch *b, const char *where, const char *text, size_t len,
                     const char *id, const char *title, const char *date) {
    naba_status st = naba_doc_load(b->doc, text, len, id, title, date);
    if (st == NABA_OK)
        st = b->until ? naba_pipeline_run_until(b->pipe, b->doc, b->until) : naba_pipeline_run(b->pipe, b->doc);
    b->bytes += len;
    if (st != NABA_OK) {
        naba_batch_fail(b, id, &b->doc->error, where);
        return;
    }
    b->docs++;
    naba_batch_write(b);
}

void naba_batch_record(naba_batch *b, const char *name, const naba_record *rec, const naba_error *err) {
    if (!rec->text) {
        naba_batch_fail(b, rec->id, err, name);
        return;
    }
    /* name the line: an id is not always given, nor unique */
    char where[512];
    snprintf(where, sizeof where, "%s: line %zu", name, rec->line);
    naba_batch_text(b, where, rec->text, rec->text_len, rec->id, rec->title, rec->date);
}

naba_jsonl *naba_batch_jsonl_open(naba_batch *b, FILE *in, const char *name, size_t max_bytes) {
    naba_jsonl *r = naba_jsonl_open(in, max_bytes);
    if (!r) {
        naba_error err;
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        naba_batch_fail(b, NULL, &err, name);
    }
    return r;
}

void naba_batch_jsonl(naba_batch *b, FILE *in, const char *name, size_t max_bytes) {
    naba_jsonl *r = naba_batch_jsonl_open(b, in, name, max_bytes);
    naba_record rec;
    naba_error err;
    if (!r) return;
    while (naba_jsonl_next(r, &rec, &err)) naba_batch_record(b, name, &rec, &err);
    naba_jsonl_close(r);
}
