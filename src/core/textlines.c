/*
** textlines.c — iterating the lines of a text in memory (textlines.h).
*/
#include "textlines.h"

#include <string.h>

void naba_lines_init(naba_lines *it, const char *text, size_t n) {
    it->text = text;
    it->n = n;
    it->pos = 0;
    it->no = 0;
}

int naba_lines_next(naba_lines *it, const char **line, size_t *len) {
    if (it->pos >= it->n) return 0;
    const char *s = it->text + it->pos;
    const char *nl = memchr(s, '\n', it->n - it->pos);
    size_t l = nl ? (size_t)(nl - s) : it->n - it->pos;
    it->pos += l + 1;
    it->no++;
    if (l && s[l - 1] == '\r') l--;
    *line = s;
    *len = l;
    return 1;
}
