/*
** namekey.h — the keys names are compared by (internal to the link stage).
**
** A name is looked up and compared through three derived strings:
**   key       folded (naba_fold default + teh marbuta), Latin accents removed,
**             Latin lower case, punctuation dropped, words separated by one space;
**   skeleton  the key without vowel letters (Arabic ا و ي ى ء, ة, Latin a e i o u y)
**             and with doubled letters collapsed, so that ميدينسكي / مدينسكي and
**             Zelensky / Zelenskyy meet;
**   no-al     the key with the Arabic article ال removed from each word.
** Every function writes into a caller buffer of size cap and returns the length.
*/
#ifndef NABA_NAMEKEY_H
#define NABA_NAMEKEY_H

#include <stddef.h>
#include <stdint.h>

#define NAME_KEY_MAX 256

size_t name_key(const char *s, size_t n, char *out, size_t cap);
size_t name_skeleton(const char *key, char *out, size_t cap);
size_t name_strip_al(const char *key, char *out, size_t cap);

/* Length of the article ال opening word[0..n) (4 bytes), or 0 when it has
** none or leaves fewer than two letters (ال + لي, الله keep theirs). */
size_t name_article_len(const char *word, size_t n);
/* The last word of key (a surname), or key itself when it has one word. */
const char *name_last_word(const char *key);
/* Is the word before `last` (a word of key) بن, ابن, بنت or ولد, so that last is
** a father's name, not a surname? */
int name_after_patronymic(const char *key, const char *last);
/* Is w[0..n) one of key's words, whole? */
int name_has_word(const char *key, const char *w, size_t n);
size_t name_word_count(const char *key);
/* 1 when the key holds Latin letters and no Arabic letters. */
int name_is_latin(const char *key);
/* Levenshtein distance over code points, stopping early once above max
** (then returns max + 1). */
unsigned name_edit_distance(const char *a, const char *b, unsigned max);
/* Number of code points of s. */
size_t name_length(const char *s);
/* Code points of s into cp (at most cap); returns the count. */
size_t name_code_points(const char *s, uint32_t *cp, size_t cap);
/* Base letter of an accented Latin letter (é -> e), or c itself. */
uint32_t name_latin_base(uint32_t c);

#endif
