/*
** textlines.h — the lines of a text held in memory (a data file, a
** dictionary, a pattern list), each with its number for error messages.
**
** Data-file parsers all read lines the same way; this is that way, once: a
** line ends at '\n', a '\r' before it is dropped, the last line needs no
** '\n', and a final '\n' does not start another line.
*/
#ifndef NABA_TEXTLINES_H
#define NABA_TEXTLINES_H

#include <stddef.h>

typedef struct naba_lines {
    const char *text;
    size_t n, pos;
    size_t no; /* the number of the line last returned, from 1 */
} naba_lines;

void naba_lines_init(naba_lines *it, const char *text, size_t n);
/* The next line (*line, *len: without its end), or 0 when there is none. */
int naba_lines_next(naba_lines *it, const char **line, size_t *len);

#endif
