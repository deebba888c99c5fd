/*
** memo.c — per-document memos of the stages (memo.h): a short list in the
** document's arena. A document has a handful of them at most, so a linear
** search is the plainest thing that is fast enough.
*/
#include "memo.h"

struct naba_memo {
    const void *key;
    void *value;
    struct naba_memo *next;
};

static struct naba_memo *find(const naba_doc *doc, const void *key) {
    for (struct naba_memo *m = doc->memos; m; m = m->next)
        if (m->key == key) return m;
    return NULL;
}

void *naba_memo_get(const naba_doc *doc, const void *key) {
    struct naba_memo *m = find(doc, key);
    return m ? m->value : NULL;
}

naba_status naba_memo_put(naba_doc *doc, const void *key, void *value) {
    struct naba_memo *m = find(doc, key);
    if (!m) {
        m = naba_arena_alloc(doc->arena, sizeof *m);
        if (!m) return NABA_ERR_NOMEM;
        m->key = key;
        m->next = doc->memos;
        doc->memos = m;
    }
    m->value = value;
    return NABA_OK;
}
