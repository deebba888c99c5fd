/*
** affix.h — prefix and suffix tests on byte strings (internal), and whether
** a string is one of a short list.
**
** Stages test affixes of keys and forms all the time ("ال", "ون", ".jsonl");
** one definition keeps the length checks in one place.
*/
#ifndef NABA_AFFIX_H
#define NABA_AFFIX_H

#include <stddef.h>
#include <string.h>

/* Does s[0..n) begin with the NUL-terminated p? */
static inline int str_starts(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    return k <= n && memcmp(s, p, k) == 0;
}

/* Does s[0..n) end with the NUL-terminated p? */
static inline int str_ends(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    return k <= n && memcmp(s + n - k, p, k) == 0;
}

static inline int str_has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }
/* s past its prefix p when it begins with it ("وعدد" past "و": "عدد"), else s. */
static inline const char *str_skip_prefix(const char *s, const char *p) {
    return str_has_prefix(s, p) ? s + strlen(p) : s;
}
static inline int str_has_suffix(const char *s, const char *p) { return str_ends(s, strlen(s), p); }

/* Is s one of the strings of list (ended by NULL)? */
static inline int str_in(const char *s, const char *const *list) {
    for (; *list; list++)
        if (!strcmp(s, *list)) return 1;
    return 0;
}

/* Is s[0..n), text not NUL-terminated, one of the strings of list (ended by NULL)? */
static inline int mem_in(const char *s, size_t n, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == n && !memcmp(s, *list, n)) return 1;
    return 0;
}

#endif
