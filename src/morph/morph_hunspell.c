/*
** morph_hunspell.c — reading the entries of Debian's hunspell-ar dictionary
** (Ayaspell, ar.dic) at training time, for naba's own lexicon.
**
** ar.dic is a concatenation of section files, each introduced by a
** "::::::::" line, its name (stopwords.dic, tools.dic, names.dic,
** verb.huns.dic, ...) and another "::::::::" line. An entry is "word/flags"
** plus an optional tab and morphological id. naba keeps the word and which
** section it came from (MORPH_LEX_* bits); the affix rules of ar.aff are not
** expanded: clitics are split by naba's own patterns and inflection is
** learned from the treebank.
*/
#include "morph_train.h"

#include <stdio.h>
#include <string.h>

static uint32_t section_bit(const char *name) {
    if (strstr(name, "stopwords") || strstr(name, "tools")) return MORPH_LEX_STOP;
    if (strstr(name, "names")) return MORPH_LEX_NAME;
    if (strstr(name, "verb")) return MORPH_LEX_VERB;
    return MORPH_LEX_OTHER;
}

naba_status morph_read_hunspell(const char *dir, lexadd_fn add, void *ctx, size_t *count,
                                naba_error *err) {
    char path[1024];
    snprintf(path, sizeof path, "%s/ar.dic", dir);
    FILE *f = fopen(path, "r");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot open (install hunspell-ar or pass --hunspell DIR)", path);
    char line[4096];
    uint32_t bit = MORPH_LEX_OTHER;
    int banner = 0; /* 1: just read a "::::" line, the next names a section */
    size_t lineno = 0;
    *count = 0;
    naba_status st = NABA_OK;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strcspn(line, "/\t\r\n");
        if (strncmp(line, "::::", 4) == 0) { banner = !banner; continue; }
        if (banner) { bit = section_bit(line); continue; }
        if (lineno == 1 || n == 0 || line[0] == '#') continue; /* first line: entry count */
        st = add(ctx, line, n, bit);
        if (st != NABA_OK) break;
        (*count)++;
    }
    fclose(f);
    if (st != NABA_OK) return naba_fail(err, st, lineno, "%s line %zu: out of memory", path, lineno);
    if (*count == 0) return naba_fail(err, NABA_ERR_FORMAT, 0, "%s: no entries", path);
    return NABA_OK;
}
