/*
** memo.c — per-document memos of the stages (memo.h): a short list in the
** document's arena. A document has a handful of them at most, so a linear
** search is the plainest thing that is fast enough.
*/
#include "memo.h"

struct naba_memo {
    const void *key;
    void *value;
    void (*release)(void *); /* NULL: nothing outside the arena */
    struct naba_memo *next;
};

static void release(struct naba_memo *m) {
    if (m->release && m->value) m->release(m->value);
    m->value = NULL;
    m->release = NULL;
}

static struct naba_memo *find(const naba_doc *doc, const void *key) {
    for (struct naba_memo *m = doc->memos; m; m = m->next)
        if (m->key == key) return m;
    return NULL;
}

void *naba_memo_get(const naba_doc *doc, const void *key) {
    struct naba_memo *m = find(doc, key);
    return m ? m->value : NULL;
}

naba_status naba_memo_put(naba_doc *doc, const void *key, void *value, void (*release_value)(void *)) {
    struct naba_memo *m = find(doc, key);
    if (!m) {
        m = naba_arena_alloc(doc->arena, sizeof *m);
        if (!m) {
            if (release_value && value) release_value(value);
            return NABA_ERR_NOMEM;
        }
        m->key = key;
        m->next = doc->memos;
        doc->memos = m;
    }
    release(m);
    m->value = value;
    m->release = release_value;
    return NABA_OK;
}

/* The entry stays in the list, empty: the arena frees it with the document. */
void naba_memo_drop(naba_doc *doc, const void *key) {
    struct naba_memo *m = find(doc, key);
    if (m) release(m);
}

void naba_memo_release_all(naba_doc *doc) {
    for (struct naba_memo *m = doc->memos; m; m = m->next) release(m);
}
