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

/* Does s[0..n) hold at least min letters? Counting stops there: every
** question asks about two or three, of words asked about for every token. */
static int has_letters(const char *s, size_t n, size_t min) {
    size_t k = 0;
    for (size_t i = 0; i < n && k < min; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k >= min;
}

const char *ev_no_article(const char *key) {
    if (strncmp(key, "ال", 4)) return key;
    return has_letters(key + 4, strlen(key + 4), 3) ? key + 4 : key;
}


/* Every word the morphology has not seen is expanded here (a fifth of the
** events stage): lengths are kept beside the strings, not measured again. */
typedef struct cand_buf {
    char *buf; size_t cap, used;
    const char **cands; size_t n;
    size_t len[EV_MAX_CANDS]; /* strlen(cands[i]) */
    uint64_t verbal;          /* bit i: cands[i] only reads the word as a verb */
    int guessing;             /* the stems being added are such readings */
} cand_buf;

/* An affix and its length in bytes. */
typedef struct affix { const char *s; size_t n; } affix;
#define AFFIX(lit) {lit, sizeof lit - 1}

/* The last byte first: it turns nearly every suffix away without a call. */
static int ends(const char *s, size_t n, affix a) {
    return a.n <= n && s[n - 1] == a.s[a.n - 1] && !memcmp(s + n - a.n, a.s, a.n);
}

static void add(cand_buf *c, const char *s, size_t n, affix suffix) {
    size_t k = suffix.n;
    if (n == 0 || c->n >= EV_MAX_CANDS || c->used + n + k + 1 > c->cap) return;
    for (size_t i = 0; i < c->n; i++)
        if (c->len[i] == n + k && !memcmp(c->cands[i], s, n) && (!k || !memcmp(c->cands[i] + n, suffix.s, k))) {
            if (!c->guessing) c->verbal &= ~((uint64_t)1 << i);
            return;
        }
    char *p = c->buf + c->used;
    memcpy(p, s, n);
    if (k) memcpy(p + n, suffix.s, k);
    p[n + k] = '\0';
    c->used += n + k + 1;
    c->len[c->n] = n + k;
    if (c->guessing) c->verbal |= (uint64_t)1 << c->n;
    c->cands[c->n++] = p;
}

/* Proclitic sequences, longest first. The floor is the fewest letters that must
** remain: conjunctions alone may leave a two-letter verb ("وحث"). article: the
** sequence holds ال (or لل), so what follows is no verb. */
static const struct { affix p; int floor, article; } prefixes[] = {
    {AFFIX("وبال"), 2, 1}, {AFFIX("فبال"), 2, 1}, {AFFIX("وكال"), 2, 1}, {AFFIX("ولل"), 2, 1},
    {AFFIX("فلل"), 2, 1}, {AFFIX("وال"), 2, 1}, {AFFIX("فال"), 2, 1}, {AFFIX("بال"), 2, 1},
    {AFFIX("كال"), 2, 1}, {AFFIX("لل"), 2, 1}, {AFFIX("ال"), 3, 1}, {AFFIX("وب"), 3, 0},
    {AFFIX("ول"), 3, 0}, {AFFIX("فب"), 3, 0}, {AFFIX("فل"), 3, 0}, {AFFIX("وك"), 3, 0},
    {AFFIX("وس"), 3, 0}, {AFFIX("فس"), 3, 0}, {AFFIX("و"), 2, 0}, {AFFIX("ف"), 2, 0},
    {AFFIX("ب"), 3, 0}, {AFFIX("ل"), 3, 0}, {AFFIX("ك"), 3, 0}, {AFFIX("س"), 3, 0}};

/* Pronoun suffixes, then inflections and plural/feminine endings (ة is ه here). */
static const affix pron_suffixes[] = {AFFIX("هما"), AFFIX("هم"), AFFIX("هن"), AFFIX("ها"), AFFIX("كم"),
                                      AFFIX("نا"), AFFIX("ني"), AFFIX("ه"), AFFIX("ك")};
static const affix infl_suffixes[] = {AFFIX("يات"), AFFIX("يون"), AFFIX("يين"), AFFIX("ات"),
                                      AFFIX("تما"), AFFIX("تم"), AFFIX("تن"), AFFIX("وا"),
                                      AFFIX("ون"), AFFIX("ين"), AFFIX("ان"), AFFIX("تا"),
                                      AFFIX("ت"), AFFIX("ن"), AFFIX("ا"), AFFIX("ه")};
static const affix no_suffix = {"", 0};

/* verbal: the word may be a verb; after the article it is not, and stripping
** an imperfect prefix there invents words ("الأمنية" is not "منى"). */
static void add_stem(cand_buf *c, const char *s, size_t n, int verbal) {
    if (!has_letters(s, n, 2)) return;
    add(c, s, n, no_suffix);
    if (!verbal) return;
    /* imperfect prefix: يتفق -> تفق and اتفق (forms IV, VII-X keep an alef in the perfect) */
    if (has_letters(s, n, 3) && (str_starts(s, n, "ي") || str_starts(s, n, "ت") || str_starts(s, n, "ن") ||
                               str_starts(s, n, "ا"))) {
        int was = c->guessing;
        c->guessing = 1;
        add(c, s + 2, n - 2, no_suffix);
        if (!str_starts(s, n, "ا")) {
            char tmp[EV_KEY_MAX];
            if (n + 1 < sizeof tmp) {
                memcpy(tmp, "ا", 2);
                memcpy(tmp + 2, s + 2, n - 2);
                add(c, tmp, n, no_suffix);
            }
        }
        c->guessing = was;
    }
}

static void add_suffixed(cand_buf *c, const char *s, size_t n, int verbal) {
    add_stem(c, s, n, verbal);
    for (size_t i = 0; i < sizeof pron_suffixes / sizeof *pron_suffixes; i++) {
        affix p = pron_suffixes[i];
        if (!ends(s, n, p) || !has_letters(s, n - p.n, 2)) continue;
        size_t m = n - p.n;
        add_stem(c, s, m, verbal);
        for (size_t j = 0; j < sizeof infl_suffixes / sizeof *infl_suffixes; j++) {
            affix q = infl_suffixes[j];
            if (ends(s, m, q) && has_letters(s, m - q.n, 2)) add_stem(c, s, m - q.n, verbal);
        }
        break;
    }
    static const affix teh = AFFIX("ه"), yeh_teh = AFFIX("يه");
    for (size_t j = 0; j < sizeof infl_suffixes / sizeof *infl_suffixes; j++) {
        affix q = infl_suffixes[j];
        if (!ends(s, n, q) || !has_letters(s, n - q.n, 2)) continue;
        size_t m = n - q.n;
        add_stem(c, s, m, verbal);
        /* plural -> singular feminine: مظاهرات -> مظاهره, روسيات -> روسيه */
        if (q.n == 4 && !memcmp(q.s, "ات", 4)) add(c, s, m, teh);
        if (q.n == 6 && !memcmp(q.s, "يات", 6)) add(c, s, m, yeh_teh);
    }
}

size_t ev_candidates(const char *key, char *buf, size_t cap, const char **cands, uint64_t *verbal) {
    cand_buf c = {.buf = buf, .cap = cap, .cands = cands};
    size_t n = strlen(key);
    if (n == 0) return 0;
    add(&c, key, n, no_suffix);
    /* Latin, digits: no morphology */
    if (((unsigned char)key[0] & 0x80) == 0) return c.n;
    add_suffixed(&c, key, n, 1);
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        affix p = prefixes[i].p;
        size_t k = p.n;
        if (k > n || memcmp(key, p.s, k) || !has_letters(key + k, n - k, (size_t)prefixes[i].floor)) continue;
        /* the future prefix (س, وس, فس) is a verb's alone: "سنويا" is no "نوى" */
        c.guessing = !memcmp(p.s + k - 2, "س", 2);
        add_suffixed(&c, key + k, n - k, !prefixes[i].article);
        c.guessing = 0;
    }
    if (verbal) *verbal = c.verbal;
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
