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
#include <string.h>

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

/* Words worth noticing while a key is made: the words the "contains"
** patterns need (boiler.c), so that most lines are never searched for them.
** A word is noticed when it is a whole word of the key. */
#define CLEAN_FILTER_MAX 64
typedef struct clean_word_filter {
    uint64_t lens;               /* bit l: some word is l bytes long (l < 64) */
    size_t n;
    const char *word[CLEAN_FILTER_MAX];
    uint8_t len[CLEAN_FILTER_MAX];
} clean_word_filter;

/* The same key made piece by piece, as the cleaner writes a line: begin,
** feed whole characters in order (any number of calls), end. out must hold
** one byte more than all the text fed. */
typedef struct clean_keying {
    char *out;
    size_t o;     /* key bytes so far */
    size_t ws;    /* where the last word starts */
    unsigned w;   /* words so far */
    unsigned gap; /* a separator came since the last word character */
    uint64_t h;   /* the letters */
    uint64_t wh, prev; /* the letters of the word being made, and of the last one */
    uint64_t *sketch;  /* or NULL: the word pairs' bits, CLEAN_SKETCH_WORDS words (dedup.c) */
    const clean_word_filter *filter; /* or NULL */
    uint64_t found; /* bit j: filter word j is a word of the key (complete at end) */
} clean_keying;

#define CLEAN_SKETCH_WORDS 8 /* 512 bits */

/* The bit of a pair of adjacent words, from their hashes, in a sketch. */
static inline void clean_sketch_add(uint64_t *sketch, uint64_t a, uint64_t b) {
    uint32_t p = (uint32_t)(clean_mix(a, b) >> 32);
    sketch[(p >> 6) % CLEAN_SKETCH_WORDS] |= 1ULL << (p & 63);
}

/* sketch, when not NULL, is zeroed here and gets the bits of the key's word
** pairs as it is made. */
void clean_key_begin(clean_keying *k, char *out, const clean_word_filter *filter,
                     uint64_t *sketch);
void clean_key_feed(clean_keying *k, const char *s, size_t n);
size_t clean_key_end(clean_keying *k, unsigned *words, uint64_t *letters);
/* The bits of the filter words that the complete word w[0..len) is. It
** takes no clean_keying, so that a scanning loop's copy of one, whose
** address is never taken, stays in registers (chars.c). */
uint64_t clean_key_notice(const clean_word_filter *f, const char *w, size_t len);

/* Word number k->w, out[ws..o), is complete. */
static inline void clean_key_word_end(clean_keying *k) {
    size_t len = k->o - k->ws;
    if (k->filter && len < 64 && (k->filter->lens >> len & 1))
        k->found |= clean_key_notice(k->filter, k->out + k->ws, len);
    if (k->sketch) {
        if (k->w >= 2) clean_sketch_add(k->sketch, k->prev, k->wh);
        k->prev = k->wh;
    }
}

/* A word character comes after a separator: the last word is complete. */
static inline void clean_key_word_start(clean_keying *k) {
    if (k->w) {
        clean_key_word_end(k);
        k->out[k->o++] = ' ';
    }
    k->ws = k->o;
    k->wh = 0;
    k->w++;
    k->gap = 0;
}

/* What a code point below U+0800 adds to a key: its kind, its folded bytes (at
** most 2) and those bytes as one number, for the letters hash. Computed once
** from naba_fold itself, so the folding rules live only in fold.c. */
enum { CLEAN_K_GAP = 0, CLEAN_K_WORD = 1, CLEAN_K_GONE = 2 }; /* separator, word character, folded away */
typedef struct {
    uint8_t kind, len;
    char b[2];
    uint16_t code;
    uint8_t plain; /* clean_char_plain(cp), so that the keyed scan needs one load per character */
} clean_fold_entry;
extern clean_fold_entry clean_fold_table[0x800]; /* filled by clean_key_begin */
/* The plain word characters of the Arabic block (U+0600..U+06FF) again, at
** (lead - 0xD8) << 8 | second byte, so that the keyed scan's letter loop
** (chars.c) decodes, classes and folds a letter with one load; every other
** pair of bytes (a second byte that continues nothing, a character that is
** not plain or not part of a word) has a zero entry, of kind CLEAN_K_GAP. */
#define CLEAN_ARABIC_CELLS (4 * 256)
extern clean_fold_entry clean_arabic_letters[CLEAN_ARABIC_CELLS]; /* filled with clean_fold_table */

/* Add one character below U+0800. Its two folded bytes are stored at once:
** the key is never longer than the text fed, so the store stays inside out,
** and the next character or the final NUL overwrites a byte too many. */
static inline void clean_key_put(clean_keying *k, const clean_fold_entry *f) {
    if (f->kind != CLEAN_K_WORD) {
        k->gap |= f->kind == CLEAN_K_GAP;
        return;
    }
    if (k->gap) clean_key_word_start(k);
    memcpy(k->out + k->o, f->b, 2);
    k->o += f->len;
    k->h = (k->h + f->code) * 0x9E3779B97F4A7C15ULL;
    k->wh = (k->wh + f->code) * 0x9E3779B97F4A7C15ULL;
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
    int need;           /* BP_CONTAINS: the filter word the line must hold, or -1 */
} clean_pattern;

typedef struct clean_patterns clean_patterns;

clean_patterns *clean_patterns_new(void);
void clean_patterns_free(clean_patterns *p);
/* Parse pattern lines from text (name is used in messages, with line numbers). */
naba_status clean_patterns_parse(clean_patterns *p, const char *text, size_t n,
                                 const char *name, naba_error *err);
naba_status clean_patterns_load(clean_patterns *p, const char *path, naba_error *err);
size_t clean_patterns_count(const clean_patterns *p);
/* The words the contains patterns need (see clean_word_filter). */
const clean_word_filter *clean_patterns_filter(const clean_patterns *p);
/* The first pattern that removes a line: key/words from clean_key, found
** from the key's filter (~0 when unknown), raw the line's clean text. NULL
** when none does. */
const clean_pattern *clean_patterns_match(const clean_patterns *p, const char *key,
                                          size_t key_len, unsigned words, uint64_t found,
                                          const char *raw, size_t raw_len);

/* ---- repeated paragraphs (dedup.c) */

typedef struct clean_dedup clean_dedup;

/* An index of the paragraphs kept so far, in the document's arena. */
clean_dedup *clean_dedup_new(naba_arena *a);
/* Judge the paragraph with this key (words, letters, sketch: from its
** clean_keying): 1 when
** it repeats a kept one (*of gets that one's number, *sim the similarity),
** else 0 and it is added as number `unit`. -1 on out of memory. */
int clean_dedup_check(clean_dedup *d, const char *key, size_t key_len, unsigned words,
                      uint64_t letters, const uint64_t *sketch, uint32_t unit, double threshold, uint32_t *of,
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

    /* the current line's key, made as the line is written (boiler and
    ** duplicate repairs): out[line_out..key_at) has been fed to it */
    int keyed;
    const clean_word_filter *filter;
    uint64_t sketch[CLEAN_SKETCH_WORDS]; /* the line's word pairs, when duplicates are looked for */
    clean_keying key;
    size_t key_at;
    char *key_buf;
    size_t key_cap;

    int saw_content;            /* the input held text */
    uint32_t kept_lines;        /* paragraphs written so far */
    size_t dropped_lines;
} cleaner;

/* Is the repair of this kind switched on? Inline: asked for most characters. */
static inline int clean_on(const cleaner *c, int kind) { return !(c->off & (1u << kind)); }

/* emit.c: writing the clean text, the map and the repairs. */
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
/* chars.c: 1 when the cleaner copies cp (below U+0800) as it is, with no
** decision to make (its fast path). */
int clean_char_plain(uint32_t cp);

/* lines.c: judge the line that just ended; removes it when it is boilerplate
** or a repeat. */
void clean_line_end(cleaner *c);
/* lines.c: a line's content starts at c->len: begin its key. */
void clean_line_start(cleaner *c);
/* lines.c: feed the line's key what was written since, and make room in
** its buffer for up to `more` bytes that will be fed. 0 on out of memory. */
int clean_key_sync(cleaner *c, size_t more);

#endif
