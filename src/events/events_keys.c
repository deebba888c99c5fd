/*
** events_keys.c — how words meet the event dictionaries.
**
** A dictionary lists lemmas and base forms ("فرض", "عقوبة", "روسي"); news text
** has "وفرضت", "بالعقوبات", "الروسية". Before the morphology stage is there (and
** as a safety net after it), each word is expanded into its candidate bases by
** stripping what Arabic attaches to words: conjunctions, prepositions and the
** article in front; pronouns, inflections and plural/feminine endings behind;
** the imperfect prefix of verbs (يتفقون -> اتفق). A dictionary entry matches a
** word when its key is one of the word's candidates. Length floors keep the
** stripping from inventing words (بحث is not ب + حث).
*/
#include "events.h"
#include "affix.h"
#include "utf8.h"

#include <string.h>

#define EV_FOLD (NABA_FOLD_DEFAULT | NABA_FOLD_TEH_MARBUTA)

static int is_key_char(uint32_t c) {
    return is_arabic_letter(c) || is_latin_letter(c) || digit_value(c) >= 0;
}

size_t ev_key(const char *s, size_t n, char *out, size_t cap) {
    /* trim everything that is not a letter or digit at both ends */
    size_t b = 0, e = n;
    while (b < e) {
        size_t len;
        uint32_t c = utf8_next(s + b, e - b, &len);
        if (is_key_char(c)) break;
        b += len;
    }
    while (e > b) {
        size_t p = utf8_prev(s, e);
        size_t len;
        uint32_t c = utf8_next(s + p, e - p, &len);
        if (is_key_char(c) || is_arabic_mark(c)) break;
        e = p;
    }
    if (cap == 0) return 0;
    if (e - b >= cap) e = b + cap - 1; /* folding never lengthens */
    return naba_fold(s + b, e - b, EV_FOLD, out, cap);
}

static size_t letters(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

const char *ev_no_article(const char *key) {
    if (strncmp(key, "ال", 4)) return key;
    return letters(key + 4, strlen(key + 4)) >= 3 ? key + 4 : key;
}


typedef struct cand_buf {
    char *buf; size_t cap, used;
    const char **cands; size_t n;
} cand_buf;

static void add(cand_buf *c, const char *s, size_t n, const char *suffix) {
    size_t k = suffix ? strlen(suffix) : 0;
    if (n == 0 || c->n >= EV_MAX_CANDS || c->used + n + k + 1 > c->cap) return;
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->cands[i]) == n + k && !memcmp(c->cands[i], s, n) &&
            (!k || !memcmp(c->cands[i] + n, suffix, k)))
            return;
    char *p = c->buf + c->used;
    memcpy(p, s, n);
    if (k) memcpy(p + n, suffix, k);
    p[n + k] = '\0';
    c->used += n + k + 1;
    c->cands[c->n++] = p;
}

/* Proclitic sequences, longest first. The floor is the fewest letters that must
** remain: conjunctions alone may leave a two-letter verb ("وحث"). */
static const struct { const char *p; int floor; } prefixes[] = {
    {"وبال", 2}, {"فبال", 2}, {"وكال", 2}, {"ولل", 2}, {"فلل", 2}, {"وال", 2}, {"فال", 2},
    {"بال", 2}, {"كال", 2}, {"لل", 2}, {"ال", 3}, {"وب", 3}, {"ول", 3}, {"فب", 3}, {"فل", 3},
    {"وك", 3}, {"وس", 3}, {"فس", 3}, {"و", 2}, {"ف", 2}, {"ب", 3}, {"ل", 3}, {"ك", 3},
    {"س", 3}};

/* Pronoun suffixes, then inflections and plural/feminine endings (ة is ه here). */
static const char *const pron_suffixes[] = {"هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك"};
static const char *const infl_suffixes[] = {"يات", "يون", "يين", "ات", "تما", "تم", "تن", "وا",
                                            "ون", "ين", "ان", "تا", "ت", "ن", "ا", "ه"};

/* verbal: the word may be a verb; after the article it is not, and stripping
** an imperfect prefix there invents words ("الأمنية" is not "منى"). */
static void add_stem(cand_buf *c, const char *s, size_t n, int verbal) {
    if (letters(s, n) < 2) return;
    add(c, s, n, NULL);
    if (!verbal) return;
    /* imperfect prefix: يتفق -> تفق and اتفق (forms IV, VII-X keep an alef in the perfect) */
    if (letters(s, n) >= 3 && (str_starts(s, n, "ي") || str_starts(s, n, "ت") || str_starts(s, n, "ن") ||
                               str_starts(s, n, "ا"))) {
        add(c, s + 2, n - 2, NULL);
        if (!str_starts(s, n, "ا")) {
            char tmp[EV_KEY_MAX];
            if (n + 1 < sizeof tmp) {
                memcpy(tmp, "ا", 2);
                memcpy(tmp + 2, s + 2, n - 2);
                add(c, tmp, n, NULL);
            }
        }
    }
}

static void add_suffixed(cand_buf *c, const char *s, size_t n, int verbal) {
    add_stem(c, s, n, verbal);
    for (size_t i = 0; i < sizeof pron_suffixes / sizeof *pron_suffixes; i++) {
        const char *p = pron_suffixes[i];
        if (!str_ends(s, n, p) || letters(s, n - strlen(p)) < 2) continue;
        size_t m = n - strlen(p);
        add_stem(c, s, m, verbal);
        for (size_t j = 0; j < sizeof infl_suffixes / sizeof *infl_suffixes; j++) {
            const char *q = infl_suffixes[j];
            if (str_ends(s, m, q) && letters(s, m - strlen(q)) >= 2) add_stem(c, s, m - strlen(q), verbal);
        }
        break;
    }
    for (size_t j = 0; j < sizeof infl_suffixes / sizeof *infl_suffixes; j++) {
        const char *q = infl_suffixes[j];
        if (!str_ends(s, n, q) || letters(s, n - strlen(q)) < 2) continue;
        size_t m = n - strlen(q);
        add_stem(c, s, m, verbal);
        /* plural -> singular feminine: مظاهرات -> مظاهره, روسيات -> روسيه */
        if (!strcmp(q, "ات")) add(c, s, m, "ه");
        if (!strcmp(q, "يات")) add(c, s, m, "يه");
    }
}

size_t ev_candidates(const char *key, char *buf, size_t cap, const char **cands) {
    cand_buf c = {buf, cap, 0, cands, 0};
    size_t n = strlen(key);
    if (n == 0) return 0;
    add(&c, key, n, NULL);
    /* Latin, digits: no morphology */
    if (((unsigned char)key[0] & 0x80) == 0) return c.n;
    add_suffixed(&c, key, n, 1);
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        const char *p = prefixes[i].p;
        size_t k = strlen(p);
        if (!str_starts(key, n, p) || (int)letters(key + k, n - k) < prefixes[i].floor) continue;
        add_suffixed(&c, key + k, n - k, !strstr(p, "ال") && !strstr(p, "لل"));
    }
    return c.n;
}

const char *ev_code_main(const char *code, char out[4]) {
    static const char *const roles[] = {
        "GOV", "MIL", "COP", "CVL", "OPP", "REB", "JUD", "LEG", "BUS", "MED", "EDU", "REL",
        "HLH", "AGR", "LAB", "ELI", "SPY", "UAF", "CRM", "REF", "ENV", "DEV", "PTY", "INS",
        "MUS", "CHR", "JEW", "BUD", "HIN", "MOD", "RAD", "SEP", "NGM", "HRI", "NGO"};
    if (!code || strlen(code) < 3) return NULL;
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (!strncmp(code, roles[i], 3)) return NULL;
    memcpy(out, code, 3);
    out[3] = '\0';
    return out;
}

const char *ev_code_role(const char *code) {
    char m[4];
    return code && ev_code_main(code, m) ? code + 3 : code;
}
