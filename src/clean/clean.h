/*
** clean.h — the cleaner's internal pieces (src/clean/), and the one function
** the segment stage borrows from it (naba_quotes_balanced).
**
** The cleaner makes one pass over the original bytes (chars.c). Each character
** is copied, replaced or dropped through emit.c, which keeps the offset map and
** the repair records. Lines are judged when they end (lines.c): a boilerplate
** line (boiler.c) or a repeated paragraph (dedup.c) is rolled back out of the
** output as if it had never been written, so no second pass and no offset
** translation is needed.
*/
#ifndef NABA_CLEAN_H
#define NABA_CLEAN_H

#include "naba.h"

#include <stdint.h>

/* ---- for other stages */

/* 1 when the quote marks of s[0..n) pair up: curly double quotes open with
** U+201C and close with U+201D without nesting, guillemets likewise, and ASCII
** double quotes come in an even number. 0 otherwise (flag the paragraph with
** NABA_NOTE_UNBALANCED_QUOTES). Nothing is repaired. */
int naba_quotes_balanced(const char *s, size_t n);

/* The stage's resources: the boilerplate patterns, parsed once per pipeline. */
void *naba_clean_open(const char *data_dir, const naba_options *opt, naba_error *err);
void naba_clean_close(void *state);

/* ---- presentation forms (forms.c, generated) */

/* Base letters (UTF-8) for an Arabic presentation form, or NULL. */
const char *clean_presentation_form(uint32_t cp);

/* ---- match keys (key.c) */

/* The key a line is matched and compared on: folded (naba_fold with
** NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA), every run of characters that are
** not letters or digits turned into one space, trimmed. s is valid UTF-8.
** Writes at most cap-1 bytes and a NUL (cap = n + 1 always suffices; a
** smaller cap gives the key of a prefix of s); returns
** the length; *words gets the word count and, when letters is not NULL, it
** gets a hash of the key's letters without the spaces (never 0). */
size_t clean_key(const char *s, size_t n, char *out, size_t cap, unsigned *words,
                 uint64_t *letters);
/* One step of the hashes of keys. */
static inline uint64_t clean_mix(uint64_t h, uint64_t x) {
    h = (h ^ x) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

/* ---- boilerplate patterns (boiler.c; format in data/README.md) */

enum {
    BP_LINE = 0, /* the whole line is the pattern */
    BP_PREFIX,   /* the line starts with the pattern and is short */
    BP_LEAD,     /* a prefix line; when it is only the pattern, the next line goes too */
    BP_CONTAINS, /* a short line holding the pattern */
    BP_LINK,     /* a prefix line holding a URL */
    BP_RULE      /* a separator: only characters from the pattern, 3 or more */
};

typedef struct clean_pattern {
    uint8_t mode;
    uint8_t open_end;   /* the pattern ended in '*': its last word may go on */
    uint16_t max_words; /* the longest line (in words) the pattern may remove */
    const char *name;
    const char *key;    /* clean_key of the text; for BP_RULE the raw characters */
    size_t key_len;
} clean_pattern;

typedef struct clean_patterns clean_patterns;

clean_patterns *clean_patterns_new(void);
void clean_patterns_free(clean_patterns *p);
/* Parse pattern lines from text (name is used in messages, with line numbers). */
naba_status clean_patterns_parse(clean_patterns *p, const char *text, size_t n,
                                 const char *name, naba_error *err);
naba_status clean_patterns_load(clean_patterns *p, const char *path, naba_error *err);
size_t clean_patterns_count(const clean_patterns *p);
/* The first pattern that removes a line: key/words from clean_key, raw the
** line's clean text. NULL when none does. */
const clean_pattern *clean_patterns_match(const clean_patterns *p, const char *key,
                                          size_t key_len, unsigned words,
                                          const char *raw, size_t raw_len);

/* ---- repeated paragraphs (dedup.c) */

typedef struct clean_dedup clean_dedup;

/* An index of the paragraphs kept so far, in the document's arena. */
clean_dedup *clean_dedup_new(naba_arena *a);
/* Judge the paragraph with this key (words, letters: from clean_key): 1 when
** it repeats a kept one (*of gets that one's number, *sim the similarity),
** else 0 and it is added as number `unit`. -1 on out of memory. */
int clean_dedup_check(clean_dedup *d, const char *key, size_t key_len, unsigned words,
                      uint64_t letters, uint32_t unit, double threshold, uint32_t *of,
                      double *sim);

/* ---- the cleaner's state while it walks one document (chars.c, emit.c, lines.c) */

/* Everything needed to undo a line that turns out to be boilerplate. */
typedef struct clean_mark {
    size_t len, map_n, rep_n;
    int nl_n;
} clean_mark;

typedef struct cleaner {
    naba_doc *doc;
    const naba_options *opt;
    const clean_patterns *pats;
    clean_dedup *dedup;
    uint32_t off;               /* repairs switched off: bit (1 << kind) */
    const unsigned char *s;     /* the original */
    size_t n;
    char *out;                  /* the clean text being written */
    size_t len, cap;
    naba_status fail;           /* set on out of memory */
    size_t bad, ctl, first_bad; /* bytes that are not text (ctl: NUL, C0, DEL), for the binary check */

    /* white space seen but not yet written: it may be dropped (line end,
    ** before punctuation) or folded */
    int sp;                     /* pending */
    size_t sp_pos, sp_len;      /* the first white-space character */
    size_t sp_end;              /* end of the contiguous run (repair spaces off) */
    int sp_closed;              /* a dropped control interrupted the run */

    /* newlines not yet written (spaces repair on): at most two, a paragraph break */
    int nl_n;
    size_t nl_pos[2];
    uint8_t nl_len[2];

    uint32_t after_punct;       /* punctuation just written that wants a space after it */

    /* the current line */
    clean_mark mark;            /* state at the line's start */
    int line_content;           /* something besides white space was written */
    size_t line_out;            /* where its content starts in out */
    size_t line_orig, line_orig_end;
    int swallow_nl;             /* the line just removed takes its newline with it */
    const clean_pattern *lead;  /* a "read also" line was removed: its headline may follow */

    int saw_content;            /* the input held text */
    uint32_t kept_lines;        /* paragraphs written so far */
    size_t dropped_lines;
} cleaner;

/* emit.c: writing the clean text, the map and the repairs. */
int clean_on(const cleaner *c, int kind);
void clean_copy(cleaner *c, size_t orig, size_t len);
void clean_replace(cleaner *c, size_t orig, size_t orig_len, const char *bytes, size_t n);
/* Record a repair, merged into the previous record of its kind when the two
** touch in the original (one record per run of tatweels, spaces, ...). */
void clean_repair(cleaner *c, int kind, size_t start, size_t end, const char *detail);
/* Drop original bytes, recording the repair. */
void clean_drop(cleaner *c, size_t orig, size_t len, int kind);
void clean_mark_set(cleaner *c);
void clean_rollback(cleaner *c);

/* chars.c: the pass over the original. */
void clean_chars(cleaner *c);

/* lines.c: judge the line that just ended; removes it when it is boilerplate
** or a repeat. */
void clean_line_end(cleaner *c);

#endif
