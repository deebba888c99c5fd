/*
** batch_jobs.c — a JSONL batch analyzed on N threads (`naba analyze --jobs N`),
** written byte for byte as naba_batch_jsonl writes it on one (batch.h).
**
** Kept apart from batch.c so that the one-thread path, which `naba serve` also
** takes, stays free of threads and queues, while the writing rules stay in one
** place: each record goes through naba_batch_record either way.
**
** The calling thread reads the input in order into chunks of up to
** CHUNK_RECORDS records, queues them, and writes the finished chunks in input
** order. Each worker owns a pipeline and a document, because the stages write
** memos and caches at run time (as serve's pool does, src/serve/pool.c); it
** writes a chunk's output and its stderr lines into two memory buffers. At
** most two chunks per worker are read and not yet written, so memory stays
** bounded however long the input is.
*/
#include "batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Large enough that the queue's locking is noise beside the analysis, small
** enough that every worker has work on a batch of a few hundred articles. */
#define CHUNK_RECORDS 32
/* A chunk of long articles is closed early, bounding what is held in memory. */
#define CHUNK_TEXT_BYTES ((size_t)4 << 20)

typedef struct chunk {
    size_t n, text_bytes;
    naba_record rec[CHUNK_RECORDS];  /* strings in store[i] */
    naba_error err[CHUNK_RECORDS];   /* why rec[i] could not be read */
    char *store[CHUNK_RECORDS];
    int done;                        /* analyzed (under the lock) */
    int nomem;                       /* a memory buffer could not be opened */
    char *out, *log;                 /* what b->out and stderr get */
    size_t out_len, log_len;
    size_t docs, failed, bytes;
} chunk;

typedef struct worker {
    naba_batch_jobs *j;
    naba_pipeline *pipe;
    naba_doc *doc;
    pthread_t thread;
    int started;
} worker;

struct naba_batch_jobs {
    naba_batch *b;       /* format, output, counters; its pipeline and doc are worker 0's */
    const char *name;    /* the stream being read, for messages */
    unsigned n, cap;     /* workers; chunks in the ring (2n) */
    worker *w;
    chunk *ring;         /* chunk s is ring[s % cap] */
    size_t queued;       /* chunks [0, queued) were handed over */
    size_t taken;        /* chunks [0, taken) were taken by a worker */
    size_t written;      /* chunks [0, written) were written out */
    int closing;
    pthread_mutex_t lock;
    pthread_cond_t work, done;
};

/* Copy rec's strings: the reader reuses its scratch for the next line. Out
** of memory, the record is kept as one that could not be read, so that it
** fails in its place. */
static void keep_record(chunk *c, const naba_record *rec, const naba_error *err) {
    size_t i = c->n++;
    const char *src[4] = {rec->id, rec->text, rec->title, rec->date};
    size_t len[4], total = 0;
    for (int k = 0; k < 4; k++) {
        len[k] = !src[k] ? 0 : k == 1 ? rec->text_len : strlen(src[k]);
        total += src[k] ? len[k] + 1 : 0;
    }
    char *p = c->store[i] = malloc(total ? total : 1);
    if (!p) {
        c->rec[i] = (naba_record){.line = rec->line};
        naba_fail(&c->err[i], NABA_ERR_NOMEM, 0, "out of memory");
        return;
    }
    const char *dst[4];
    for (int k = 0; k < 4; k++) {
        dst[k] = NULL;
        if (!src[k]) continue;
        memcpy(p, src[k], len[k]);
        p[len[k]] = '\0';
        dst[k] = p;
        p += len[k] + 1;
    }
    c->rec[i] = (naba_record){.id = dst[0], .text = dst[1], .title = dst[2], .date = dst[3],
                              .text_len = rec->text_len, .line = rec->line};
    c->err[i] = *err;
    c->text_bytes += rec->text_len;
}

static void analyze_chunk(worker *w, chunk *c) {
    const naba_batch *b = w->j->b;
    naba_batch wb = {.pipe = w->pipe, .doc = w->doc, .fmt = b->fmt, .until = b->until,
                     .who = b->who, .batch = b->batch, .header_done = 1};
    wb.out = open_memstream(&c->out, &c->out_len);
    wb.log = open_memstream(&c->log, &c->log_len);
    if (!wb.out || !wb.log) {
        c->nomem = 1;
    } else {
        for (size_t i = 0; i < c->n; i++) naba_batch_record(&wb, w->j->name, &c->rec[i], &c->err[i]);
        c->docs = wb.docs;
        c->failed = wb.failed;
        c->bytes = wb.bytes;
    }
    if (wb.out) fclose(wb.out);
    if (wb.log) fclose(wb.log);
}

static void *work(void *arg) {
    worker *w = arg;
    naba_batch_jobs *j = w->j;
    pthread_mutex_lock(&j->lock);
    for (;;) {
        while (j->taken == j->queued && !j->closing) pthread_cond_wait(&j->work, &j->lock);
        if (j->taken == j->queued) break;
        chunk *c = &j->ring[j->taken++ % j->cap];
        pthread_mutex_unlock(&j->lock);
        analyze_chunk(w, c);
        pthread_mutex_lock(&j->lock);
        c->done = 1;
        pthread_cond_signal(&j->done);
    }
    pthread_mutex_unlock(&j->lock);
    return NULL;
}

/* Write the oldest chunk once it is analyzed (waiting for it when wait is
** set), as naba_batch_jsonl would have written its records; 0 when there is
** none to write. */
static int write_next(naba_batch_jobs *j, int wait) {
    pthread_mutex_lock(&j->lock);
    chunk *c = &j->ring[j->written % j->cap];
    int ready = j->written < j->queued;
    while (ready && !c->done && wait) pthread_cond_wait(&j->done, &j->lock);
    ready = ready && c->done;
    pthread_mutex_unlock(&j->lock);
    if (!ready) return 0;
    naba_batch *b = j->b;
    if (c->nomem) {
        naba_error err;
        naba_fail(&err, NABA_ERR_NOMEM, 0, "out of memory");
        for (size_t i = 0; i < c->n; i++) naba_batch_fail(b, c->rec[i].id, &err, j->name);
    } else {
        /* the header precedes the first document written; a failed record
        ** writes nothing in the formats that have a header */
        if (c->docs > c->failed) naba_batch_header(b);
        fwrite(c->out, 1, c->out_len, b->out);
        fwrite(c->log, 1, c->log_len, b->log ? b->log : stderr);
        b->docs += c->docs;
        b->failed += c->failed;
        b->bytes += c->bytes;
        if (b->on_doc && c->docs > c->failed) b->on_doc(b->cls);
    }
    for (size_t i = 0; i < c->n; i++) free(c->store[i]);
    free(c->out);
    free(c->log);
    memset(c, 0, sizeof *c);
    pthread_mutex_lock(&j->lock);
    j->written++;
    pthread_mutex_unlock(&j->lock);
    return 1;
}

static void hand_over(naba_batch_jobs *j) {
    pthread_mutex_lock(&j->lock);
    j->queued++;
    pthread_cond_signal(&j->work);
    pthread_mutex_unlock(&j->lock);
    while (write_next(j, 0)) {}
}

void naba_batch_jobs_run(naba_batch_jobs *j, FILE *in, const char *name, size_t max_bytes) {
    naba_jsonl *r = naba_batch_jsonl_open(j->b, in, name, max_bytes);
    if (!r) return;
    j->name = name;
    naba_record rec;
    naba_error err;
    chunk *c = NULL;
    while (naba_jsonl_next(r, &rec, &err)) {
        if (!c) {
            /* only this thread hands over and writes chunks: the slot after
            ** the last handed over is free once fewer than cap are pending */
            while (j->queued - j->written == j->cap) write_next(j, 1);
            c = &j->ring[j->queued % j->cap];
        }
        keep_record(c, &rec, &err);
        if (c->n == CHUNK_RECORDS || c->text_bytes >= CHUNK_TEXT_BYTES) {
            hand_over(j);
            c = NULL;
        }
    }
    if (c) hand_over(j);
    while (write_next(j, 1)) {}
    naba_jsonl_close(r);
}

naba_batch_jobs *naba_batch_jobs_open(naba_batch *b, unsigned n, const char *until,
                                      const char *data_dir, const naba_options *opt, naba_error *err) {
    naba_batch_jobs *j = calloc(1, sizeof *j);
    if (!j || !(j->w = calloc(n, sizeof *j->w)) || !(j->ring = calloc(2 * (size_t)n, sizeof *j->ring))) {
        if (j) free(j->w);
        free(j);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    j->b = b;
    j->cap = 2 * n;
    pthread_mutex_init(&j->lock, NULL);
    pthread_cond_init(&j->work, NULL);
    pthread_cond_init(&j->done, NULL);
    for (; j->n < n; j->n++) {
        worker *w = &j->w[j->n];
        w->j = j;
        if (j->n == 0) {
            w->pipe = b->pipe;
            w->doc = b->doc;
        } else if (!(w->pipe = naba_pipeline_open(until, data_dir, opt, err)) || !(w->doc = naba_doc_new())) {
            if (w->pipe && !w->doc) naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
            j->n++;
            naba_batch_jobs_close(j);
            return NULL;
        }
        if (pthread_create(&w->thread, NULL, work, w) != 0) {
            naba_fail(err, NABA_ERR_NOMEM, 0, "cannot start a thread");
            j->n++;
            naba_batch_jobs_close(j);
            return NULL;
        }
        w->started = 1;
    }
    return j;
}

void naba_batch_jobs_close(naba_batch_jobs *j) {
    if (!j) return;
    pthread_mutex_lock(&j->lock);
    j->closing = 1;
    pthread_cond_broadcast(&j->work);
    pthread_mutex_unlock(&j->lock);
    for (unsigned i = 0; i < j->n; i++) {
        worker *w = &j->w[i];
        if (w->started) pthread_join(w->thread, NULL);
        if (i == 0) continue; /* the caller's */
        naba_pipeline_close(w->pipe);
        naba_doc_free(w->doc);
    }
    pthread_cond_destroy(&j->done);
    pthread_cond_destroy(&j->work);
    pthread_mutex_destroy(&j->lock);
    free(j->ring);
    free(j->w);
    free(j);
}
