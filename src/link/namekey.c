/*
** namekey.c — folded keys, consonant skeletons and edit distance for names.
**
** Linking compares names written by different hands (and machine translators):
** hamza on or off, ى or ي, ة or ه, Zelenskyy or Zelensky. These keys make such
** spellings equal, or close, without touching the text itself.
*/
#include "affix.h"
#include "namekey.h"
#include "naba.h"
#include "utf8.h"
#include "fold.h"

#include <stdint.h>
#include <string.h>

uint32_t name_latin_base(uint32_t c) {
    /* Latin-1 Supplement and Latin Extended-A letters that news names carry. */
    static const char l1[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    static const char exa[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    if (c >= 0xC0 && c <= 0xFF) {
        char b = l1[c - 0xC0];
        return (b == '*' || b == '/') ? c : (uint32_t)(unsigned char)b;
    }
    if (c >= 0x100 && c <= 0x17F) return (uint32_t)(unsigned char)exa[c - 0x100];
    if (c == 0x2BC || c == 0x2BB || c == 0x2019 || c == 0x2018) return '\'';
    return c;
}

#define NAME_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

/* Append the letter bytes b[0..k) to out, after a space when one is pending;
** 0 when out is full. */
static inline int put_letter(char *out, size_t *o, size_t cap, int *pending_space, const char *b, size_t k) {
    if (*o + k + (*pending_space ? 1 : 0) >= cap) return 0;
    if (*pending_space) { out[(*o)++] = ' '; *pending_space = 0; }
    memcpy(out + *o, b, k);
    *o += k;
    return 1;
}

/* A folded character of U+0600..U+06FF (two bytes b, the bulk of a name):
** a letter or digit is kept as it stands (no Latin base or case to take),
** anything else splits (no joiner among them). 0 when out is full. */
static inline int put_arabic(char *out, size_t *o, size_t cap, int *pending_space, const char *b) {
    uint32_t c = ((uint32_t)((unsigned char)b[0] & 0x1F) << 6) | ((unsigned char)b[1] & 0x3F);
    if (is_arabic_letter(c) || digit_value(c) >= 0) return put_letter(out, o, cap, pending_space, b, 2);
    *pending_space = (*o > 0);
    return 1;
}

/* The key of s[0..n) written all in U+0600..U+06FF (nearly every Arabic
** token), from the fold cells straight, as naba_fold would fold it; SIZE_MAX
** when a character is outside the block or folds out of it (a digit). */
static size_t arabic_name_key(const char *s, size_t n, char *out, size_t cap) {
    const naba_fold_cell *cells = naba_fold_cells(NAME_FOLD);
    size_t o = 0;
    int pending_space = 0;
    if (n % 2 || n >= NAME_KEY_MAX) return SIZE_MAX;
    for (size_t i = 0; i < n; i += 2) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0xD8 || b > 0xDB || ((unsigned char)s[i + 1] & 0xC0) != 0x80) return SIZE_MAX;
        const naba_fold_cell *f = &cells[(((uint32_t)(b & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F)) - 0x600];
        if (!f->len) continue;
        if (f->len != 2 || (unsigned char)f->b[0] < 0xD8 || (unsigned char)f->b[0] > 0xDB) return SIZE_MAX;
        if (!put_arabic(out, &o, cap, &pending_space, f->b)) break;
    }
    out[o] = '\0';
    return o;
}

size_t name_key(const char *s, size_t n, char *out, size_t cap) {
    if (cap == 0) return 0;
    size_t o = arabic_name_key(s, n, out, cap);
    if (o != SIZE_MAX) return o;
    char folded[NAME_KEY_MAX * 2];
    size_t fn = naba_fold(s, n, NAME_FOLD, folded, sizeof folded);
    int pending_space = 0;
    o = 0;
    for (size_t i = 0; i < fn;) {
        unsigned char b = (unsigned char)folded[i];
        if (b >= 0xD8 && b <= 0xDB && i + 1 < fn && ((unsigned char)folded[i + 1] & 0xC0) == 0x80) {
            if (!put_arabic(out, &o, cap, &pending_space, folded + i)) break;
            i += 2;
            continue;
        }
        size_t len;
        uint32_t c = name_latin_base(utf8_next(folded + i, fn - i, &len));
        i += len;
        if (c >= 'A' && c <= 'Z') c += 32;
        int letter = is_arabic_letter(c) || (c >= 'a' && c <= 'z') || is_latin_letter(c) ||
                     digit_value(c) >= 0;
        if (!letter) {
            /* apostrophes and hyphens inside a name join; anything else splits */
            if (c != '\'' && c != 0x2D && c != 0x2010) pending_space = (o > 0);
            continue;
        }
        char buf[4];
        if (!put_letter(out, &o, cap, &pending_space, buf, utf8_encode(c, buf))) break;
    }
    out[o] = '\0';
    return o;
}

static int is_vowel_letter(uint32_t c) {
    switch (c) {
    case 0x0627: case 0x0648: case 0x064A: case 0x0649: case 0x0621: case 0x0629:
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        return 1;
    default:
        return 0;
    }
}

size_t name_skeleton(const char *key, char *out, size_t cap) {
    size_t o = 0, n = strlen(key);
    uint32_t prev = 0;
    if (cap == 0) return 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t c = utf8_next(key + i, n - i, &len);
        i += len;
        if (c == ' ') {
            if (o > 0 && out[o - 1] != ' ' && o + 1 < cap) out[o++] = ' ';
            prev = 0;
            continue;
        }
        if (is_vowel_letter(c) || c == prev) { if (!is_vowel_letter(c)) prev = c; continue; }
        prev = c;
        char buf[4];
        size_t k = utf8_encode(c, buf);
        if (o + k >= cap) break;
        memcpy(out + o, buf, k);
        o += k;
    }
    while (o > 0 && out[o - 1] == ' ') o--;
    out[o] = '\0';
    return o;
}

size_t name_article_len(const char *word, size_t n) {
    static const char al[] = "\xD8\xA7\xD9\x84"; /* ال */
    return n > 4 + 4 && memcmp(word, al, 4) == 0 ? 4 : 0;
}

size_t name_strip_al(const char *key, char *out, size_t cap) {
    size_t o = 0, n = strlen(key);
    if (cap == 0) return 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && key[e] != ' ') e++;
        size_t w = i + name_article_len(key + i, e - i);
        if (o + (e - w) + 2 >= cap) break;
        if (o) out[o++] = ' ';
        memcpy(out + o, key + w, e - w);
        o += e - w;
        i = e + (e < n);
    }
    out[o] = '\0';
    return o;
}

const char *name_last_word(const char *key) {
    const char *sp = strrchr(key, ' ');
    return sp ? sp + 1 : key;
}

/* Is the word before `last` (inside key) بن, ابن, بنت or ولد? Then the last word
** is the father's name, not a surname: محمد بن نايف is not "نايف", قابوس بن سعيد
** not every سعيد. */
int name_after_patronymic(const char *key, const char *last) {
    static const char *const marks[] = {"بن", "ابن", "بنت", "ولد", NULL};
    if (last - key < 2) return 0;
    const char *end = last - 1, *w = end;
    while (w > key && w[-1] != ' ') w--;
    return mem_in(w, (size_t)(end - w), marks);
}

int name_has_word(const char *key, const char *w, size_t n) {
    for (const char *q = key; *q;) {
        size_t l = strcspn(q, " ");
        if (l == n && !memcmp(q, w, n)) return 1;
        q += l + (q[l] == ' ');
    }
    return 0;
}

size_t name_word_count(const char *key) {
    if (!*key) return 0;
    size_t n = 1;
    for (const char *p = key; *p; p++) n += (*p == ' ');
    return n;
}

int name_is_latin(const char *key) {
    int latin = 0;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
        if (*p >= 0xD8 && *p <= 0xDB) return 0; /* lead bytes of U+0600..U+06FF */
        if ((*p >= 'a' && *p <= 'z')) latin = 1;
    }
    return latin;
}

size_t name_length(const char *s) {
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) n += (*p & 0xC0) != 0x80;
    return n;
}

size_t name_code_points(const char *s, uint32_t *cp, size_t cap) {
    size_t n = strlen(s), k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        size_t len;
        cp[k++] = utf8_next(s + i, n - i, &len);
        i += len;
    }
    return k;
}

unsigned name_edit_distance(const char *a, const char *b, unsigned max) {
    uint32_t x[NAME_KEY_MAX], y[NAME_KEY_MAX];
    size_t n = name_code_points(a, x, NAME_KEY_MAX), m = name_code_points(b, y, NAME_KEY_MAX);
    if ((n > m ? n - m : m - n) > max) return max + 1;
    unsigned row[NAME_KEY_MAX + 1];
    for (size_t j = 0; j <= m; j++) row[j] = (unsigned)j;
    for (size_t i = 1; i <= n; i++) {
        unsigned diag = row[0], best = (unsigned)i;
        row[0] = (unsigned)i;
        for (size_t j = 1; j <= m; j++) {
            unsigned up = row[j];
            unsigned v = diag + (x[i - 1] != y[j - 1]);
            if (up + 1 < v) v = up + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best) best = v;
        }
        if (best > max) return max + 1;
    }
    return row[m] > max ? max + 1 : row[m];
}
