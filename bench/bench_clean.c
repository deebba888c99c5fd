/*
** bench_clean.c — throughput of the clean stage alone: reads a JSONL batch
** into memory, then times naba_clean over every article (no JSON parsing, no
** output). Built by bench/run.sh, not by the test suite.
**   usage: bench_clean DATA_DIR FILE.jsonl
*/
#include "naba.h"
#include "clean.h"
#include "input.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: bench_clean DATA_DIR FILE.jsonl\n"); return 2; }
    FILE *f = fopen(argv[2], "rb");
    if (!f) { fprintf(stderr, "cannot open %s\n", argv[2]); return 3; }
    naba_jsonl *r = naba_jsonl_open(f, argv[2], NABA_DEFAULT_MAX_BYTES);
    size_t n = 0, cap = 1024, bytes = 0;
    char **texts = malloc(cap * sizeof *texts);
    size_t *lens = malloc(cap * sizeof *lens);
    naba_record rec;
    naba_error err;
    while (naba_jsonl_next(r, &rec, &err)) {
        if (!rec.text) continue;
        if (n == cap) {
            cap *= 2;
            texts = realloc(texts, cap * sizeof *texts);
            lens = realloc(lens, cap * sizeof *lens);
        }
        texts[n] = malloc(rec.text_len + 1);
        memcpy(texts[n], rec.text, rec.text_len);
        lens[n++] = rec.text_len;
        bytes += rec.text_len;
    }
    naba_jsonl_close(r);
    fclose(f);
    naba_options opt;
    naba_options_init(&opt);
    if (getenv("NABA_REPAIRS_OFF")) opt.repairs_off = (uint32_t)strtoul(getenv("NABA_REPAIRS_OFF"), NULL, 0);
    void *pats = naba_clean_open(argv[1], &opt, &err);
    if (!pats) { fprintf(stderr, "%s\n", err.message); return 3; }
    naba_doc *doc = naba_doc_new();
    size_t failed = 0, out = 0;
    /* CPU time of this process: the figure that does not depend on what else
    ** the machine is running */
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (size_t i = 0; i < n; i++) {
        naba_doc_load(doc, texts[i], lens[i], NULL, NULL, NULL);
        if (naba_clean(doc, pats, &opt) != NABA_OK) failed++;
        else out += doc->text_len;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%zu articles, %.1f MB in, %.1f MB out, %zu refused, %.3f s CPU, %.1f MB/s\n", n,
           (double)bytes / 1e6, (double)out / 1e6, failed, s, (double)bytes / 1e6 / s);
    naba_doc_free(doc);
    naba_clean_close(pats);
    for (size_t i = 0; i < n; i++) free(texts[i]);
    free(texts);
    free(lens);
    return 0;
}
