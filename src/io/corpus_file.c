/*
** corpus_file.c — a corpus file read through `gzip -dcf` (corpus_file.h).
**
** gzip's -f passes a plain file through unchanged, so one path serves .jsonl
** and .jsonl.gz alike. The path goes to the shell single-quoted, each quote
** in it written as '\'' so that any file name works. gzip's own message
** (no such file, unexpected end of file) reaches stderr beside naba's.
*/
#include "corpus_file.h"

#include <stdlib.h>
#include <string.h>

FILE *naba_corpus_open(const char *path, naba_error *err) {
    size_t n = strlen(path), quotes = 0;
    for (size_t i = 0; i < n; i++) quotes += path[i] == '\'';
    static const char head[] = "gzip -dcf -- '", tail[] = "'";
    char *cmd = malloc(sizeof head + n + 3 * quotes + sizeof tail);
    if (!cmd) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    char *o = cmd;
    memcpy(o, head, sizeof head - 1);
    o += sizeof head - 1;
    for (size_t i = 0; i < n; i++) {
        if (path[i] == '\'') { memcpy(o, "'\\''", 4); o += 4; }
        else *o++ = path[i];
    }
    memcpy(o, tail, sizeof tail);
    FILE *f = popen(cmd, "r");
    free(cmd);
    if (!f) naba_fail(err, NABA_ERR_IO, 0, "%s: cannot run gzip", path);
    return f;
}

naba_status naba_corpus_close(FILE *f, const char *path, naba_error *err) {
    if (pclose(f) != 0) return naba_fail(err, NABA_ERR_IO, 0, "%s: unreadable (missing, or not whole)", path);
    return NABA_OK;
}
