/*
** test_clean_corpus.c — the clean stage's properties over real articles from
** ../shared/data/news (skipped when ../shared is absent): the offset map
** slices out exactly the original bytes, and cleaning is idempotent. Takes the
** first 300 articles of ANT v2.1 and of SaudiNewsNet.
*/
#include "naba.h"
#include "clean.h"
#include "input.h"
#include "test.h"
#include "clean_props.h"

#include <stdlib.h>

static void corpus(const char *data, const char *file, void *pats, naba_doc *doc) {
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "zcat '%s/news/%s' | head -n 300", data, file);
    FILE *f = popen(cmd, "r");
    CHECK(f != NULL);
    if (!f) return;
    naba_jsonl *r = naba_jsonl_open(f, NABA_DEFAULT_MAX_BYTES);
    naba_record rec;
    naba_error err;
    int docs = 0, ok_map = 1, ok_idem = 1;
    size_t repairs = 0;
    while (naba_jsonl_next(r, &rec, &err)) {
        if (!rec.text) continue;
        naba_doc_load(doc, rec.text, rec.text_len, rec.id, NULL, NULL);
        if (naba_clean(doc, pats, NULL) != NABA_OK) continue;
        docs++;
        repairs += doc->repairs.n;
        if (ok_map && !map_ok(doc, 200)) { fprintf(stderr, "%s %s: map broken\n", file, rec.id); ok_map = 0; }
        if (ok_idem && !clean_idempotent(doc, pats, NULL)) { fprintf(stderr, "%s %s: not idempotent\n", file, rec.id); ok_idem = 0; }
    }
    naba_jsonl_close(r);
    pclose(f);
    printf("%s: %d articles, %zu repairs\n", file, docs, repairs);
    CHECK(docs >= 280);
    CHECK(ok_map);
    CHECK(ok_idem);
}

int main(void) {
    const char *data = test_shared_data();
    if (!data) { printf("skipped: ../shared is absent\n"); return 77; }
    naba_error err = {0};
    void *pats = naba_clean_open(NABA_SOURCE_DIR, NULL, &err);
    if (!pats) { fprintf(stderr, "%s\n", err.message); return 1; }
    naba_doc *doc = naba_doc_new();
    corpus(data, "ant_v2.1_multisource.jsonl.gz", pats, doc);
    corpus(data, "saudinewsnet_ccbyncsa.jsonl.gz", pats, doc);
    corpus(data, "ant_v1.1_jawharafm.jsonl.gz", pats, doc);
    naba_doc_free(doc);
    naba_clean_close(pats);
    return TEST_REPORT();
}
