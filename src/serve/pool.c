/*
** pool.c — N pipelines for N requests at a time (serve.h). The transport
** runs each connection on a thread of its own (naba serve --threads); a
** request borrows a free serve_ctx for as long as it is analyzed, waiting
** while all are lent. No two requests ever share a pipeline: the stages keep
** memos they write at run time (morph's lemma memo, events' cache) and each
** serve_ctx reuses one document arena.
*/
#include "serve.h"

#include <pthread.h>
#include <stdlib.h>

struct serve_pool {
    pthread_mutex_t lock;
    pthread_cond_t freed;
    unsigned n, n_free;
    serve_ctx **all, **free; /* free[0..n_free) are not lent */
};

serve_pool *serve_pool_open(unsigned n, const char *until, const char *data_dir,
                            const naba_options *opt, naba_error *err) {
    serve_pool *p = calloc(1, sizeof *p);
    if (!p || !(p->all = calloc(n, sizeof *p->all)) || !(p->free = calloc(n, sizeof *p->free))) {
        if (p) free(p->all);
        free(p);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    for (; p->n < n; p->n++) {
        if (!(p->all[p->n] = serve_open(until, data_dir, opt, err))) {
            serve_pool_close(p);
            return NULL;
        }
        p->free[p->n_free++] = p->all[p->n];
    }
    return p;
}

void serve_pool_close(serve_pool *p) {
    if (!p) return;
    for (unsigned i = 0; i < p->n; i++) serve_close(p->all[i]);
    pthread_cond_destroy(&p->freed);
    pthread_mutex_destroy(&p->lock);
    free(p->all);
    free(p->free);
    free(p);
}

const serve_ctx *serve_pool_any(const serve_pool *p) { return p->all[0]; }

void serve_pool_handle(serve_pool *p, const serve_request *rq, serve_response *rs) {
    pthread_mutex_lock(&p->lock);
    while (!p->n_free) pthread_cond_wait(&p->freed, &p->lock);
    serve_ctx *s = p->free[--p->n_free];
    pthread_mutex_unlock(&p->lock);
    serve_handle(s, rq, rs);
    pthread_mutex_lock(&p->lock);
    p->free[p->n_free++] = s;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}
