/*
** translit.c — scoring and writing romanizations with the letter channel
** model of translit.h. Loading validates every section size; lookups are one
** hash probe sequence, bounded by the table size, so a damaged file can give
** bad scores but never a crash or a hang.
*/
#include "translit.h"
#include "affix.h"
#include "model.h"
#include "namekey.h"
#include "utf8.h"

#include <math.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

/* The romanizer's weight on the English trigram model, and its bonus per
** written letter (each letter costs the model ~2.5 nats, which alone would
** favour names without their vowels). Chosen on dev parts carved from the
** training pairs (src/link/README.md, session 20). */
#define LM_WEIGHT 0.65
#define LETTER_BONUS 1.25

int tl_symbol(uint32_t cp) {
    if (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) return (int)(cp - 0x0620);
    switch (cp) {
    case 0x0671: return 0x0627 - 0x0620;  /* ٱ as ا */
    case 0x06A9: return 0x0643 - 0x0620;  /* ک as ك */
    case 0x06CC: return 0x064A - 0x0620;  /* ی as ي */
    case 0x067E: return 43;               /* پ */
    case 0x0686: return 44;               /* چ */
    case 0x0698: return 45;               /* ژ */
    case 0x06A4: return 46;               /* ڤ */
    case 0x06AF: return 47;               /* گ */
    default: return 0;
    }
}

/* Letters that write a vowel (ا آ أ إ و ي ى ة). A letter before one of them
** has its vowel written; a letter before a consonant has it unwritten, and an
** English spelling puts one there all the same (مسعود Masoud, not Msod). */
static int long_vowel(unsigned symbol) {
    uint32_t cp = symbol + 0x0620;
    return cp == 0x0627 || cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0648 || cp == 0x064A ||
           cp == 0x0649 || cp == 0x0629;
}

size_t tl_states(const char *word, size_t n, uint16_t *out, size_t cap) {
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        size_t len;
        int s = tl_symbol(utf8_next(word + i, n - i, &len));
        i += len;
        if (s) out[k++] = (uint16_t)s;
    }
    for (size_t i = 0; i < k; i++) {
        unsigned ctx = i == 0 ? 0 : (i + 1 == k ? 2 : 1);
        if (ctx != 2 && i + 1 < k && !long_vowel(out[i + 1])) ctx += 3;
        out[i] = (uint16_t)(out[i] * TL_CTX + ctx);
    }
    return k;
}

size_t tl_latin(const char *word, size_t n, uint8_t *out, size_t cap) {
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        size_t len;
        uint32_t c = name_latin_base(utf8_next(word + i, n - i, &len));
        i += len;
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c >= 'a' && c <= 'z') out[k++] = (uint8_t)(c - 'a' + 1);
    }
    return k;
}

uint32_t tl_key(unsigned state, const uint8_t *lat, size_t k) {
    uint32_t code = 0;
    for (size_t i = 0; i < k; i++) code = code * 27 + lat[i];
    return (uint32_t)state << 20 | code;
}

uint32_t tl_slot_hash(uint32_t key) {
    key ^= key >> 16;
    key *= 0x7feb352dU;
    key ^= key >> 15;
    key *= 0x846ca68bU;
    key ^= key >> 16;
    return key;
}

float tl_emit_logp(const translit *t, uint32_t key) {
    uint32_t i = tl_slot_hash(key) & t->mask;
    for (uint32_t probes = 0; probes <= t->mask; probes++, i = (i + 1) & t->mask) {
        if (t->emit[i].key == key) return t->emit[i].logp;
        if (t->emit[i].key == TL_EMPTY) break;
    }
    return (float)TL_LOG_FLOOR;
}

/* Index the "words" section: pairs of non-empty NUL-terminated strings, the
** Arabic strictly ascending, the English letters a-z only. Returns the
** number of pairs, or -1 when the section is malformed. */
static long index_words(const char *b, size_t n, const char **out) {
    if (n == 0) return 0;
    if (b[n - 1] != '\0') return -1;
    long k = 0;
    const char *prev = NULL;
    for (size_t i = 0; i < n; k++) {
        const char *ar = b + i;
        size_t al = strlen(ar);
        if (al == 0 || i + al + 1 >= n || (prev && strcmp(prev, ar) >= 0)) return -1;
        const char *lat = ar + al + 1;
        size_t ll = strlen(lat);
        if (ll == 0) return -1;
        for (size_t j = 0; j < ll; j++) if (lat[j] < 'a' || lat[j] > 'z') return -1;
        if (out) { out[2 * k] = ar; out[2 * k + 1] = lat; }
        prev = ar;
        i += al + 1 + ll + 1;
    }
    return k;
}

/* Check the sections of an opened model and wrap them; closes m on failure. */
static translit *from_model(naba_model *m, naba_error *err) {
    if (!m) return NULL;
    size_t esz, lsz, l3sz, tsz, wsz;
    const void *emit = naba_model_section(m, "emit", &esz);
    const void *lm = naba_model_section(m, "lm", &lsz);
    const void *lm3 = naba_model_section(m, "lm3", &l3sz);
    const void *top = naba_model_section(m, "top", &tsz);
    const char *words = naba_model_section(m, "words", &wsz);
    size_t slots = esz / sizeof(tl_slot);
    long nwords = words ? index_words(words, wsz, NULL) : -1;
    if (!emit || esz % sizeof(tl_slot) || slots == 0 || (slots & (slots - 1)) || slots > (1u << 30) ||
        !lm || lsz != 27 * 27 * sizeof(float) || !lm3 || l3sz != 27 * 27 * 27 * sizeof(float) ||
        !top || tsz != (size_t)TL_STATES * TL_TOP * sizeof(uint32_t) || nwords < 0 ||
        (uintptr_t)emit % alignof(tl_slot) || (uintptr_t)lm % alignof(float) || (uintptr_t)lm3 % alignof(float) || (uintptr_t)top % alignof(uint32_t)) {
        naba_model_close(m);
        naba_fail(err, NABA_ERR_MODEL, 0, "translit model: missing or malformed section (emit, lm, lm3, top or words)");
        return NULL;
    }
    translit *t = calloc(1, sizeof(*t));
    const char **index = malloc(((size_t)nwords * 2 + 1) * sizeof(char *));
    if (!t || !index) {
        free(t);
        free(index);
        naba_model_close(m);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    index_words(words, wsz, index);
    t->emit = emit;
    t->mask = (uint32_t)(slots - 1);
    t->lm = lm;
    t->lm3 = lm3;
    t->top = top;
    t->words = index;
    t->nwords = (size_t)nwords;
    t->owner = m;
    return t;
}

translit *translit_open_mem(const void *bytes, size_t len, naba_error *err) {
    return from_model(naba_model_open_mem(bytes, len, TL_KIND, TL_VERSION, "translit model", err), err);
}

translit *translit_open(const char *path, naba_error *err) {
    return from_model(naba_model_open(path, TL_KIND, TL_VERSION, err), err);
}

void translit_close(translit *t) {
    if (!t) return;
    naba_model_close(t->owner);
    free((void *)t->words);
    free(t);
}

const char *translit_word_memory(const translit *t, const char *ar, size_t an) {
    size_t lo = 0, hi = t->nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = t->words[2 * mid];
        int c = strncmp(w, ar, an);
        if (c == 0) c = w[an] != '\0';
        if (c == 0) return t->words[2 * mid + 1];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static double lm_logp(const translit *t, const uint8_t *lat, size_t m) {
    double s = 0;
    unsigned prev = 0;
    for (size_t j = 0; j < m; j++) { s += t->lm[prev * 27 + lat[j]]; prev = lat[j]; }
    return s + t->lm[prev * 27];
}

/* One Latin word's emission probabilities (exp of tl_emit_logp, the same
** doubles forward computes), a row per Arabic state, each row filled the
** first time an Arabic word brings its state: link's pass 5 scores a Latin
** name against every Arabic name of a document, and the exp and the table
** probe of each (state, letters) pair were most of its cost. */
typedef struct tl_lat {
    char w[TL_MAX_LETTERS * 4];  /* the word (its bytes, cut), to know it again */
    size_t wn;
    uint8_t l[TL_MAX_LETTERS];
    size_t m;
    double lm;                   /* lm_logp of its letters */
    double *e;                   /* [(state * (m + 1) + j) * (TL_MAX_EMIT + 1) + k], TL_STATES rows */
    size_t cap;                  /* doubles e holds */
    uint8_t filled[TL_STATES];
    double *score;               /* word_match against Arabic word number id, when known[id] */
    uint8_t *known;              /* NULL: no scores kept (no numbers, or out of memory) */
} tl_lat;

/* by word position in the Latin name; words: how many numbers the caller's
** Arabic words have (translit_memo_words) */
struct translit_memo { tl_lat w[TL_NAME_WORDS]; size_t words; };

/* State s's row of L, filled on first use. */
static const double *lat_row(const translit *t, tl_lat *L, unsigned s) {
    double *row = L->e + (size_t)s * (L->m + 1) * (TL_MAX_EMIT + 1);
    if (!L->filled[s]) {
        for (size_t j = 0; j <= L->m; j++)
            for (size_t k = 0; k <= TL_MAX_EMIT && j + k <= L->m; k++)
                row[j * (TL_MAX_EMIT + 1) + k] = exp(tl_emit_logp(t, tl_key(s, L->l + j, k)));
        L->filled[s] = 1;
    }
    return row;
}

/* Forward pass over states a[0..n) and letters l[0..m), one row per Arabic
** letter, each row rescaled so that long names do not underflow; the
** emissions from L (the word l, m) when given. Only the m + 1 cells a name
** uses are cleared and summed (pass 5 runs this for every pair of a
** document's Latin and Arabic forms); each cell gets the same products in the
** same order as with the whole arrays, so the same doubles. */
_Static_assert(TL_MAX_EMIT == 3, "forward adds a row's four emissions as two pairs");
typedef double doubles2 __attribute__((vector_size(16)));

static double forward(const translit *t, const uint16_t *a, size_t n, const uint8_t *l, size_t m, tl_lat *L) {
    double prev[TL_MAX_LETTERS + 1], cur[TL_MAX_LETTERS + 1], logscale = 0;
    const double ins = exp(TL_LOG_INSERT);
    prev[0] = 1;
    for (size_t j = 1; j <= m; j++) prev[j] = prev[j - 1] * ins;
    for (size_t i = 0; i < n; i++) {
        memset(cur, 0, (m + 1) * sizeof *cur);
        const double *row = L && a[i] < TL_STATES ? lat_row(t, L, a[i]) : NULL;
        for (size_t j = 0; j <= m; j++) {
            const double p = prev[j];
            if (p == 0) continue;
            const size_t last = m - j < TL_MAX_EMIT ? m - j : TL_MAX_EMIT;
            if (row && last == TL_MAX_EMIT) { /* two at a time: each cell one product and one sum, as one by one */
                const double *e = row + j * (TL_MAX_EMIT + 1);
                const doubles2 pp = {p, p};
                doubles2 c0, c1, e0, e1;
                memcpy(&c0, cur + j, sizeof c0), memcpy(&c1, cur + j + 2, sizeof c1);
                memcpy(&e0, e, sizeof e0), memcpy(&e1, e + 2, sizeof e1);
                c0 += pp * e0, c1 += pp * e1;
                memcpy(cur + j, &c0, sizeof c0), memcpy(cur + j + 2, &c1, sizeof c1);
            } else if (row)
                for (size_t k = 0; k <= last; k++) cur[j + k] += p * row[j * (TL_MAX_EMIT + 1) + k];
            else
                for (size_t k = 0; k <= last; k++) cur[j + k] += p * exp(tl_emit_logp(t, tl_key(a[i], l + j, k)));
        }
        double mx = 0;
        for (size_t j = 0; j <= m; j++) {
            if (j) cur[j] += cur[j - 1] * ins;
            if (cur[j] > mx) mx = cur[j];
        }
        if (mx <= 0) return -INFINITY;
        for (size_t j = 0; j <= m; j++) prev[j] = cur[j] / mx;
        logscale += log(mx);
    }
    return prev[m] > 0 ? log(prev[m]) + logscale : -INFINITY;
}

double translit_word_logprob(const translit *t, const char *ar, size_t an,
                             const char *lat, size_t ln) {
    uint16_t a[TL_MAX_LETTERS];
    uint8_t l[TL_MAX_LETTERS];
    size_t n = tl_states(ar, an, a, TL_MAX_LETTERS), m = tl_latin(lat, ln, l, TL_MAX_LETTERS);
    return forward(t, a, n, l, m, NULL);
}

/* The memo's entry for the Latin word lat at position pos, made anew when
** another word is there; NULL without a memo or for a word too long to keep. */
static tl_lat *lat_of(const translit *t, translit_memo *mm, size_t pos, const char *lat, size_t ln) {
    if (!mm || ln > sizeof mm->w[pos].w) return NULL;
    tl_lat *L = &mm->w[pos];
    if (L->wn == ln && !memcmp(L->w, lat, ln)) return L;
    size_t m = tl_latin(lat, ln, L->l, TL_MAX_LETTERS), need = TL_STATES * (m + 1) * (TL_MAX_EMIT + 1);
    L->wn = 0;  /* no word, until its rows have room */
    if (need > L->cap) {
        double *e = realloc(L->e, need * sizeof *e);
        if (!e) return NULL;
        L->e = e;
        L->cap = need;
    }
    memcpy(L->w, lat, ln);
    L->wn = ln;
    L->m = m;
    L->lm = lm_logp(t, L->l, L->m);
    memset(L->filled, 0, sizeof L->filled);
    if (mm->words && !L->known) {
        L->score = malloc(mm->words * sizeof *L->score);
        L->known = malloc(mm->words);
        if (!L->score || !L->known) { free(L->score); free(L->known); L->score = NULL; L->known = NULL; }
    }
    if (L->known) memset(L->known, 0, mm->words);
    return L;
}

/* Per-letter log-likelihood ratio of one word pair: the Arabic word as its
** n states a (numbered id, or TL_NO_WORD), the Latin word lat (at position
** pos of its name, for the memo). A numbered word's score is kept in the
** memo until the Latin word at pos changes: on a long line most Arabic words
** come back in other names (src/link/README.md, session 27). */
static double word_match(const translit *t, translit_memo *mm, size_t pos, const uint16_t *a, size_t n,
                         uint32_t id, const char *lat, size_t ln) {
    uint8_t l[TL_MAX_LETTERS];
    tl_lat *L = lat_of(t, mm, pos, lat, ln);
    size_t m = L ? L->m : tl_latin(lat, ln, l, TL_MAX_LETTERS);
    if (n == 0 || m == 0) return -INFINITY;
    if (!L) return (forward(t, a, n, l, m, NULL) - lm_logp(t, l, m)) / (double)(m + 1);
    int keep = L->known && id < mm->words;
    if (keep && L->known[id]) return L->score[id];
    double s = (forward(t, a, n, L->l, m, L) - L->lm) / (double)(m + 1);
    if (keep) { L->score[id] = s; L->known[id] = 1; }
    return s;
}

/* Split key into at most cap words: starts and lengths. */
static size_t split_words(const char *key, const char **w, size_t *wl, size_t cap) {
    size_t k = 0;
    for (const char *p = key; *p && k < cap;) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != ' ') e++;
        w[k] = p;
        wl[k++] = (size_t)(e - p);
        p = e;
    }
    return k;
}

size_t translit_ar_states(const char *ar_key, uint16_t *states, uint8_t *len) {
    const char *aw[TL_NAME_WORDS];
    size_t awl[TL_NAME_WORDS], na = split_words(ar_key, aw, awl, TL_NAME_WORDS), k = 0;
    for (size_t i = 0; i < na; i++) {
        len[i] = (uint8_t)tl_states(aw[i], awl[i], states + k, TL_MAX_LETTERS);
        k += len[i];
    }
    return na;
}

translit_memo *translit_memo_new(void) { return calloc(1, sizeof(translit_memo)); }

void translit_memo_free(translit_memo *mm) {
    if (!mm) return;
    for (size_t i = 0; i < TL_NAME_WORDS; i++) {
        free(mm->w[i].e);
        free(mm->w[i].score);
        free(mm->w[i].known);
    }
    free(mm);
}

void translit_memo_words(translit_memo *mm, size_t words) {
    for (size_t i = 0; i < TL_NAME_WORDS; i++) {
        free(mm->w[i].score);
        free(mm->w[i].known);
        mm->w[i].score = NULL;
        mm->w[i].known = NULL;
        mm->w[i].wn = 0; /* each position's word is taken anew, with room for the scores */
    }
    mm->words = words;
}

double translit_match_states(const translit *t, translit_memo *mm, const uint16_t *states, const uint8_t *len,
                             const uint32_t *ids, size_t na, const char *lat_key) {
    const char *lw[TL_NAME_WORDS];
    size_t lwl[TL_NAME_WORDS], nl = split_words(lat_key, lw, lwl, TL_NAME_WORDS);
    if (!na || !nl) return -INFINITY;
    if (na != nl) { /* different word counts: compare surnames only */
        size_t last = 0;
        for (size_t i = 0; i + 1 < na; i++) last += len[i];
        return word_match(t, mm, nl - 1, states + last, len[na - 1], ids ? ids[na - 1] : TL_NO_WORD, lw[nl - 1],
                          lwl[nl - 1]);
    }
    double s = 0;
    for (size_t i = 0, k = 0; i < na; k += len[i++])
        s += word_match(t, mm, i, states + k, len[i], ids ? ids[i] : TL_NO_WORD, lw[i], lwl[i]);
    return s / (double)na;
}

double translit_match_memo(const translit *t, translit_memo *mm, const char *ar_key, const char *lat_key) {
    uint16_t states[TL_NAME_STATES];
    uint8_t len[TL_NAME_WORDS];
    return translit_match_states(t, mm, states, len, NULL, translit_ar_states(ar_key, states, len), lat_key);
}

double translit_match(const translit *t, const char *ar_key, const char *lat_key) {
    return translit_match_memo(t, NULL, ar_key, lat_key);
}

/* Letters of an emission code, most significant digit first; 0 if invalid. */
static size_t code_letters(uint32_t code, uint8_t *out) {
    uint8_t rev[TL_MAX_EMIT];
    size_t k = 0;
    while (code && k < TL_MAX_EMIT) {
        uint32_t d = code % 27;
        if (d == 0) return 0;
        rev[k++] = (uint8_t)d;
        code /= 27;
    }
    if (code) return 0;
    for (size_t i = 0; i < k; i++) out[i] = rev[k - 1 - i];
    return k;
}

/* Letters that may stay silent in a romanization (long vowels, hamza, ain, final h). */
static int may_be_silent(unsigned symbol) {
    uint32_t cp = symbol + 0x0620;
    return cp == 0x0627 || cp == 0x0648 || cp == 0x064A || cp == 0x0649 || cp == 0x0621 ||
           cp == 0x0639 || cp == 0x0647 || cp == 0x0629 || (cp >= 0x0622 && cp <= 0x0626);
}

/* Does Latin letter l (1 = a) make a digraph with an h after it (ch, dh, gh,
** kh, sh, th, zh)? */
static int digraph_head(unsigned l) {
    return l == 'c' - 'a' + 1 || l == 'd' - 'a' + 1 || l == 'g' - 'a' + 1 || l == 'k' - 'a' + 1 ||
           l == 's' - 'a' + 1 || l == 't' - 'a' + 1 || l == 'z' - 'a' + 1;
}

/* Is Latin letter l (1 = a) a vowel? */
static int is_vowel(unsigned l) {
    return l == 1 || l == 5 || l == 9 || l == 15 || l == 21;
}

/* Is an emission of letter symbol one an Arabic name's romanization writes:
** ق as q, ج as j, غ as gh, ف as f, ب as b (the channel, trained on names of
** every nationality, also learned k and g from Turkish, Persian and Egyptian
** spellings, v and p from European ones)? With maghreb, the French-based
** spelling of the Maghreb's names: ق k or g, ش ch, و ou (w first: Warghi),
** ك k, خ kh (the channel also wrote c). */
static int native_emission(unsigned symbol, const uint8_t *lt, size_t len, int maghreb, int first) {
    uint32_t cp = symbol + 0x0620;
    if (cp == 0x0642 && maghreb) return len > 0 && (lt[0] == 'k' - 'a' + 1 || lt[0] == 'g' - 'a' + 1);
    if (cp == 0x0634 && maghreb) return len > 1 && lt[0] == 'c' - 'a' + 1 && lt[1] == 'h' - 'a' + 1;
    if (cp == 0x0648 && maghreb)
        return (len > 1 && lt[0] == 'o' - 'a' + 1 && lt[1] == 'u' - 'a' + 1) || (first && len > 0 && lt[0] == 'w' - 'a' + 1);
    if (cp == 0x0641) return len > 0 && lt[0] == 'f' - 'a' + 1;
    if (cp == 0x0643 && maghreb) return len > 0 && lt[0] == 'k' - 'a' + 1;
    if (cp == 0x062E && maghreb) return len > 1 && lt[0] == 'k' - 'a' + 1 && lt[1] == 'h' - 'a' + 1;
    if (cp == 0x0628) return len > 0 && lt[0] == 'b' - 'a' + 1;
    if (cp == 0x0642) return len > 0 && lt[0] == 'q' - 'a' + 1;
    if (cp == 0x062C) return len > 0 && lt[0] == 'j' - 'a' + 1;
    if (cp == 0x063A) return len > 1 && lt[0] == 'g' - 'a' + 1 && lt[1] == 'h' - 'a' + 1;
    return 1;
}

/* Viterbi over (letter, last two Latin letters): emissions from the state's
** top list, scored by the emission and (weighted) the English trigram model.
** With spoken_start, the first letter may not be silent: the channel learned
** that an alef or ain is often unwritten, which inside a name is true (عمرو
** Amr) but at its start loses the vowel a reader needs (أديب Dib, أمريكا
** Mrika). With native (a word after the article: Arabic, in a person's family
** name or nisba and, since session 29, in a place's or body's name: الجفينة
** Al-Jafina, not Al-Javina), ق is q, ج j, غ gh, ف f and ب b (native_emission), an alef is written
** (الشرقاوي Al-Sharqawi: the channel let it go silent and wrote Sharqui) and
** the first consonant takes a vowel (الشهري Al-Shahri, not Al-Shri). Native
** 2 is a Maghrebi document's (TL_MAGHREB): native_emission's French letters,
** and the first vowel may go (Sliti, Bhiri), but not into a digraph. A letter's emissions (their letters and log-probabilities) are the
** same after every history, so they are read once a letter; the histories
** with a score (a dozen of the 729) are kept as bits and visited in order,
** and only their scores are read, copied and reset. */
static size_t romanize_word(const translit *t, const char *w, size_t wn, int spoken_start, int native, char *out,
                            size_t cap) {
    enum { H = 27 * 27, HW = (H + 63) / 64 }; /* history: two letters before, 0 = word start */
    uint16_t a[TL_MAX_LETTERS];
    size_t n = tl_states(w, wn, a, TL_MAX_LETTERS);
    static const double NONE = -1e300;
    double prev[H], cur[H]; /* prev: read only where live has a bit; cur: NONE where next has none */
    uint64_t live[HW] = {1}, next[HW]; /* the histories with a score */
    uint16_t *back_h = malloc((n + 1) * H * sizeof(uint16_t));
    uint8_t *back_top = malloc((n + 1) * H);
    if (!back_h || !back_top) { free(back_h); free(back_top); return 0; }
    for (int h = 0; h < H; h++) cur[h] = NONE;
    prev[0] = 0;
    for (size_t i = 0; i < n; i++) {
        const uint32_t *top = t->top + (size_t)a[i] * TL_TOP;
        struct { uint8_t lt[TL_MAX_EMIT]; uint8_t len, k; double logp; } em[TL_TOP];
        int ne = 0;
        for (int k = 0; k < TL_TOP; k++) {
            if (top[k] == TL_EMPTY) break;
            size_t len = code_letters(top[k], em[ne].lt);
            if (top[k] != 0 && len == 0) continue;
            if (top[k] == 0 && (!may_be_silent(a[i] / TL_CTX) || (i == 0 && spoken_start && n > 1) ||
                                (native && a[i] / TL_CTX == 0x0627 - 0x0620)))
                continue; /* consonants are written, and so is a first vowel letter and an Arabic name's alef */
            if (native && !native_emission(a[i] / TL_CTX, em[ne].lt, len, native == 2, i == 0)) continue;
            em[ne].len = (uint8_t)len;
            em[ne].k = (uint8_t)k;
            em[ne].logp = tl_emit_logp(t, tl_key(a[i], em[ne].lt, len));
            ne++;
        }
        memset(next, 0, sizeof next);
        for (int x = 0; x < HW; x++)
            for (uint64_t bits = live[x]; bits; bits &= bits - 1) {
                int h = x * 64 + __builtin_ctzll(bits);
                unsigned last = (unsigned)h % 27; /* the history's last letter */
                for (int e = 0; e < ne; e++) {
                    /* an Arabic word opens with a consonant and its vowel:
                    ** الشهري Al-Shahri, not Al-Shri; the Maghreb drops that
                    ** vowel (Sliti, Bhiri), but not into a digraph: الكحلاوي
                    ** Kahlaoui, not Khalaoui */
                    if (native && i == 1 && em[e].len > 0 && !is_vowel(last) && !is_vowel(em[e].lt[0]) &&
                        (native == 1 || (em[e].lt[0] == 'h' - 'a' + 1 && digraph_head(last))))
                        continue;
                    double s = prev[h] + em[e].logp;
                    unsigned hh = (unsigned)h, l = last;
                    for (size_t q = 0; q < em[e].len; q++) {
                        s += LM_WEIGHT * t->lm3[hh * 27 + em[e].lt[q]] + LETTER_BONUS;
                        hh = l * 27 + em[e].lt[q];
                        l = em[e].lt[q];
                    }
                    if (s > cur[hh]) {
                        cur[hh] = s;
                        next[hh / 64] |= 1ULL << (hh % 64);
                        back_h[(i + 1) * H + hh] = (uint16_t)h;
                        back_top[(i + 1) * H + hh] = em[e].k;
                    }
                }
            }
        for (int x = 0; x < HW; x++)
            for (uint64_t bits = next[x]; bits; bits &= bits - 1) {
                int h = x * 64 + __builtin_ctzll(bits);
                prev[h] = cur[h];
                cur[h] = NONE;
            }
        memcpy(live, next, sizeof live);
    }
    int best = -1;
    double bs = NONE;
    for (int x = 0; x < HW && n > 0; x++)
        for (uint64_t bits = live[x]; bits; bits &= bits - 1) {
            int h = x * 64 + __builtin_ctzll(bits);
            if (h % 27 == 0) continue;
            double s = prev[h] + LM_WEIGHT * t->lm3[h * 27];
            if (s > bs) { bs = s; best = h; }
        }
    if (best < 0) {
        free(back_h);
        free(back_top);
        if (spoken_start && n > 0) return romanize_word(t, w, wn, 0, native, out, cap);
        return native && n > 0 ? romanize_word(t, w, wn, 0, 0, out, cap) : 0;
    }
    /* walk back, collecting emissions in reverse */
    uint8_t letters[TL_MAX_LETTERS * TL_MAX_EMIT];
    size_t nl = 0;
    int h = best;
    for (size_t i = n; i > 0; i--) {
        uint8_t lt[TL_MAX_EMIT];
        int k = back_top[i * H + h];
        size_t len = code_letters(t->top[(size_t)a[i - 1] * TL_TOP + k], lt);
        for (size_t q = len; q > 0; q--) letters[nl++] = lt[q - 1];
        h = back_h[i * H + h];
    }
    free(back_h);
    free(back_top);
    size_t o = 0;
    for (size_t q = nl; q > 0 && o + 1 < cap; q--) {
        char ch = (char)('a' + letters[q - 1] - 1);
        out[o] = (char)(o == 0 ? ch - 32 : ch);
        o++;
    }
    if (cap) out[o] = '\0';
    return o;
}

/* Name particles written in lower case between a name's first and last
** words (Charles de Ledesma, Hamdan bin Mohammed, Vincent van Gogh); the
** training pairs are all lower case, so the memory cannot tell them. */
static int particle(const char *lat) {
    static const char *const p[] = {"bin", "da", "de", "del", "della", "der", "di", "du", "van", "von"};
    for (size_t i = 0; i < sizeof p / sizeof *p; i++) if (!strcmp(lat, p[i])) return 1;
    return 0;
}

/* Lower the capital of a channel-written word w[0..n) that is a particle. */
static void lower_particle(char *w, size_t n) {
    char low[8];
    if (n >= sizeof low) return;
    for (size_t i = 0; i < n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    low[n] = '\0';
    if (particle(low)) w[0] = low[0];
}

/* The fixed spelling of an Arabic name particle (name key), or NULL. The
** memory cannot be trusted with them: netranslit's training part holds ابن
** only as Indonesian Ibnu, and أبي (Ali bin Abi Talib) as Abe. */
static const char *particle_spelling(const char *w, size_t wn) {
    static const char *const p[][2] = {
        {"\xD8\xA7\xD8\xA8\xD9\x86", "ibn"},           /* ابن */
        {"\xD8\xA7\xD8\xA8\xD9\x88", "abu"},           /* أبو */
        {"\xD8\xA7\xD8\xA8\xD9\x8A", "abi"},           /* أبي */
        {"\xD8\xA8\xD9\x86", "bin"},                     /* بن */
        {"\xD8\xA8\xD9\x86\xD8\xAA", "bint"},          /* بنت */
    };
    return tl_table_lookup(p, sizeof p / sizeof *p, w, wn);
}

const char *tl_table_lookup(const char *const (*table)[2], size_t n, const char *w, size_t wn) {
    for (size_t i = 0; i < n; i++)
        if (strlen(table[i][0]) == wn && !memcmp(table[i][0], w, wn)) return table[i][1];
    return NULL;
}

/* Is a remembered spelling a regnal number (الثاني ii, الثالث iii, الرابع
** iv), written in capitals (Abdullah II)? Two letters at least, i and v only:
** a single i or v may be an initial, and x is also Chinese Xi. */
static int regnal(const char *lat) {
    size_t n = strspn(lat, "iv");
    return n >= 2 && lat[n] == '\0';
}

/* A table's or the memory's spelling lat written to out, first letter
** capitalized unless it is a particle inside the name (inside), a regnal
** number all capitals; its length, 0 when cap is. */
static size_t written_spelling(const char *lat, int inside, char *out, size_t cap) {
    if (cap == 0) return 0;
    int upper = !(inside && particle(lat)), all = regnal(lat);
    size_t o = 0;
    for (; lat[o] && o + 1 < cap; o++) out[o] = (char)((o == 0 && upper) || all ? lat[o] - 32 : lat[o]);
    out[o] = '\0';
    return o;
}

/* One word from the particles, the Maghreb's place words (a place's or body's
** name on a Maghrebi page), the common nouns (not in a person's name),
** the Maghreb's given names (maghrebi_given: a Maghrebi person's first word
** or the word after بن), the Mashriq's (a person's word on a page of region
** TL_MASHRIQ), Europe's given names (a person's word) or the memory, first
** letter capitalized unless it is a particle inside the name; 0 when not
** known, or for an article word whose bare word the Mashriq's table holds
** (الناصر: Al- and Nasser, not the memory's Naceur) or the Gulf's family
** names (القحطاني: Al- and Qahtani). */
static size_t remembered_word(const translit *t, const char *w, size_t wn, int person, int inside, int region,
                              int maghrebi_given, char *out, size_t cap) {
    int maghreb = region & TL_MAGHREB, mashriq = person && (region & TL_MASHRIQ);
    size_t art = name_article_len(w, wn);
    if (mashriq && art && translit_mashriq_given(w + art, wn - art)) return 0;
    /* a Maghrebi page's الشريف is Cherif, the memory's */
    if (person && !maghreb && art && translit_gulf_family(w + art, wn - art)) return 0;
    const char *lat = particle_spelling(w, wn);
    if (lat && maghreb && !strcmp(lat, "bin")) lat = "ben"; /* the Maghreb's بن: Ben Jaafar, Ben Guerdane */
    if (!lat && mashriq) lat = translit_mashriq_given(w, wn); /* رشيد Rashid, not the memory's Rachid */
    if (!lat && !person && maghreb) lat = translit_maghrebi_place(w, wn); /* واد Oued, not Wad */
    if (!lat && !person) lat = translit_noun_spelling(w, wn);
    if (!lat && maghrebi_given) lat = translit_maghrebi_given(w, wn); /* رضا Ridha, not the memory's Reza */
    if (!lat && person) lat = translit_western_given(w, wn);            /* ميشال Michel, not Mychal */
    if (!lat && person) lat = translit_gulf_given(w, wn);               /* بندر Bandar, not Bender */
    if (!lat) lat = translit_word_memory(t, w, wn);
    return lat ? written_spelling(lat, inside, out, cap) : 0;
}

/* An article word ending in ي (العربي, الهندي): a nisba adjective when the
** name is not a person's (translit_romanize). */
static int nisba(const char *w, size_t n) {
    return name_article_len(w, n) && str_ends(w, n, "ي");
}

/* Is lat, the memory's spelling of the article word w, the Maghreb's, which
** fuses the article's l with the vowel after it (العمري Lamri, العربي Larbi,
** العبيدي Labidi)? The Mashriq writes Al- and the word (TL_MASHRIQ). */
static int maghrebi_article(const char *w, size_t n, const char *lat) {
    size_t art = name_article_len(w, n);
    return art && (lat[0] == 'L' || lat[0] == 'l') && lat[1] && strchr("aeiou", lat[1]) &&
           !str_starts(w + art, n - art, "ل");
}

/* The article of a word in a place's or a body's name: name_article_len's,
** and also before two letters, which name matching leaves whole (السد
** Al-Sad, الرس Al-Ras, حزب الغد Al-Ghad: the channel wrote Alsd, Alers,
** Alghad). Not in a person's name: the key folds أ, and ألبا is Alba, ألدو
** Aldo (session 24b). */
static size_t short_article_len(const char *w, size_t n) {
    return n >= 8 && !memcmp(w, "ال", 4) ? 4 : 0;
}

/* Has a memorized spelling taken the next word's article? عبد is Abdul or
** Abdel: its English ends in an l its Arabic does not have, and عبد الوهاب is
** then Abdul Wahab, not Abdul Al-Wahab. */
static int took_article(const char *ar, size_t an, const char *lat, size_t ln) {
    return ln > 1 && lat[ln - 1] == 'l' && !str_ends(ar, an, "ل");
}

/* Gulf and Saudi news write عبد and the name after it as one word
** (عبدالعزيز, عبدالمحسن, عبدالله), which the memory seldom holds whole: such a
** word it does not know is read as the two words it joins, spelt as one
** (Abdulaziz as عبد العزيز is Abdul Aziz, not the channel's Abdalazis). The rest
** is ال and two letters at least (الله, whose article name_article_len leaves
** on so short a word). Splits in place; returns the new word count. */
static size_t split_abd(const translit *t, const char **w, size_t *wl, size_t nw, size_t cap) {
    static const char abd[] = "\xD8\xB9\xD8\xA8\xD8\xAF"; /* عبد */
    const size_t n = sizeof abd - 1;
    for (size_t i = 0; i < nw && nw < cap; i++) {
        if (wl[i] < n + 8 || memcmp(w[i], abd, n) || memcmp(w[i] + n, "ال", 4) ||
            translit_word_memory(t, w[i], wl[i]))
            continue;
        memmove(w + i + 2, w + i + 1, (nw - i - 1) * sizeof *w);
        memmove(wl + i + 2, wl + i + 1, (nw - i - 1) * sizeof *wl);
        w[i + 1] = w[i] + n;
        wl[i + 1] = wl[i] - n;
        wl[i] = n;
        nw++;
        i++;
    }
    return nw;
}

/* الله after another word of a name makes one word with it, as English
** writes these names (عبد الله Abdullah, نصر الله Nasrallah, ضيف الله
** Daifallah, عطا الله Atallah), not Abdul Allah: the ending to glue onto
** the spelling out[0..o) of the word before, whose last letter may already
** be the article's l (Abdul) or the a (Ata); NULL when w is not الله. */
static const char *allah_ending(const char *w, size_t wn, int article_taken, const char *out, size_t o) {
    static const char allah[] = "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87"; /* الله */
    if (o == 0 || wn != sizeof allah - 1 || memcmp(w, allah, wn)) return NULL;
    return article_taken ? "lah" : out[o - 1] == 'a' ? "llah" : "allah";
}

/* Is the word w (its article taken) a loanword, which keeps the g and the
** letters the channel learned from foreign names (الكلاسيكو, البوتاجاز,
** الفيديو), rather than an Arabic word romanized natively (الغرافة
** Al-Gharafa, الجفينة Al-Jafina)? Arabic stems are consonants with a long
** vowel or two; a loanword writes most of its vowels: one ending in و
** (Arabic words after the article seldom do past three letters), or with more
** than two letters in five ا, و or ي once a plural's ات, ين, ون, a feminine ة
** and a nisba's ي are left off (التسويات, الإقليميين are Arabic), and not in
** the broken plural فواعيل (الكواليس, الجواسيس). */
static int loanword(const char *w, size_t n) {
    int ends_in_waw = str_ends(w, n, "و");
    if (str_ends(w, n, "ات") || str_ends(w, n, "ين") || str_ends(w, n, "ون")) n -= 4;
    if (str_ends(w, n, "ة") || str_ends(w, n, "ه")) n -= 2;
    if (str_ends(w, n, "ي")) n -= 2;
    size_t letters = 0, vowels = 0;
    uint32_t second = 0, third = 0;
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t c = utf8_next(w + i, n - i, &len);
        if (++letters == 2) second = c;
        if (letters == 3) third = c;
        vowels += c == 0x0627 || c == 0x0648 || c == 0x064A || c == 0x0622;
    }
    if (letters >= 4 && ends_in_waw) return 1;
    return letters >= 6 && vowels * 5 > letters * 2 && !(second == 0x0648 && third == 0x0627);
}

/* A name whose every word is a Latin letter's name (آي إتش إس, كي سي إن
** إيه, زد تي إي) is initials, which English writes together: IHS, KCNA, ZTE.
** Here دي, في and كي are the letters D, V and K, which alone are words (de, in)
** or a name (Kei). Returns the initials' length in out, or 0 when a word is
** no letter's name. */
static size_t initials(const char *const *w, const size_t *wl, size_t nw, char *out, size_t cap) {
    static const char *const letters[][2] = {
        {"ايه", "A"}, {"بي", "B"}, {"سي", "C"}, {"دي", "D"}, {"اي", "I"}, {"اف", "F"}, {"جي", "G"},
        {"اتش", "H"}, {"جاي", "J"}, {"كي", "K"}, {"كاي", "K"}, {"ال", "L"}, {"ام", "M"}, {"ان", "N"},
        {"او", "O"}, {"كيو", "Q"}, {"ار", "R"}, {"اس", "S"}, {"تي", "T"}, {"يو", "U"}, {"في", "V"},
        {"دبليو", "W"}, {"اكس", "X"}, {"واي", "Y"}, {"زد", "Z"},
    };
    if (nw < 2 || nw >= cap) return 0;
    for (size_t i = 0; i < nw; i++) {
        const char *l = tl_table_lookup(letters, sizeof letters / sizeof *letters, w[i], wl[i]);
        if (!l) return 0;
        out[i] = l[0];
    }
    out[nw] = '\0';
    return nw;
}

size_t translit_romanize(const translit *t, const char *ar_key, int person, char *out, size_t cap) {
    unsigned hamza = (unsigned)person / TL_NO_ARTICLE;
    person %= TL_NO_ARTICLE;
    int mashriq = person & TL_MASHRIQ, maghreb = person & TL_MAGHREB;
    person &= ~(TL_MASHRIQ | TL_MAGHREB);
    int maghrebi_person = person && maghreb; /* a place's or body's name takes the Maghreb's Ben only */
    const char *w[16];
    size_t wl[16], o = 0, key_word[16];
    size_t nw = split_abd(t, w, wl, split_words(ar_key, w, wl, 16), 16);
    /* the key's word each comes from: split_abd's halves touch */
    for (size_t i = 0; i < nw; i++) key_word[i] = i == 0 ? 0 : key_word[i - 1] + (w[i] != w[i - 1] + wl[i - 1]);
    int article_taken = 0;
    if (cap) out[0] = '\0';
    if (!person && (o = initials(w, wl, nw, out, cap)) > 0) return o;
    for (size_t i = 0; i < nw && o + 2 < cap; i++) {
        const char *glued = allah_ending(w[i], wl[i], article_taken, out, o);
        if (glued && o + strlen(glued) < cap) {
            memcpy(out + o, glued, strlen(glued));
            o += strlen(glued);
            article_taken = 0;
            continue;
        }
        /* the halves of a one-word عبد name are one English word, as the
        ** Gulf writes them (عبدالعزيز Abdulaziz, عبدالمحسن Abdulmohsen) */
        int joined = i > 0 && key_word[i] == key_word[i - 1] && article_taken;
        if (o && !joined) out[o++] = ' ';
        const char *attribute = i > 0 && article_taken ? translit_abd_attribute(w[i], wl[i]) : NULL;
        /* a word with its article is first looked up whole (الدين Eddine) */
        int given = maghrebi_person && (i == 0 || particle_spelling(w[i - 1], wl[i - 1]));
        int inside = i > 0 && i + 1 < nw;
        size_t k = attribute ? written_spelling(attribute, 0, out + o, cap - o)
                   : person || !nisba(w[i], wl[i])
                       ? remembered_word(t, w[i], wl[i], person, inside, mashriq | maghreb, given, out + o, cap - o)
                       : 0;
        if (k && mashriq && maghrebi_article(w[i], wl[i], out + o)) k = 0;
        /* else the article is written al- (الشيشان Al-Shishan, not Lchichan);
        ** a Maghrebi person's not, unless after ابن or بن (Ibn Al-Jazar) */
        size_t art = k || (hamza >> key_word[i] & 1) ? 0
                     : person                        ? name_article_len(w[i], wl[i])
                                                     : short_article_len(w[i], wl[i]);
        if (art && !article_taken && (!maghrebi_person || (i > 0 && particle_spelling(w[i - 1], wl[i - 1]))) && o + 4 < cap) {
            memcpy(out + o, "Al-", 3);
            o += 3;
        }
        w[i] += art;
        wl[i] -= art;
        /* no Maghrebi place word behind the article: الوادي is a valley (the Rift
        ** Valley's), not the Oued of a place's name; and a Gulf family name
        ** behind a person's article, off a Maghrebi page (Al-Qahtani) */
        const char *family = art && person && !maghreb ? translit_gulf_family(w[i], wl[i]) : NULL;
        if (family) k = written_spelling(family, inside, out + o, cap - o);
        else if (art) k = remembered_word(t, w[i], wl[i], person, inside, mashriq, 0, out + o, cap - o);
        article_taken = k && took_article(w[i], wl[i], out + o, k);
        if (!k && (k = romanize_word(t, w[i], wl[i], 1, art && (person || !loanword(w[i], wl[i])) ? 1 + maghrebi_person : 0,
                                         out + o, cap - o)) > 0 && inside)
            lower_particle(out + o, k); /* the channel, too, now spells van as the memory did */
        if (joined && k && out[o] >= 'A' && out[o] <= 'Z') out[o] = (char)(out[o] + 32);
        o += k;
    }
    while (o > 0 && out[o - 1] == ' ') o--;
    if (cap) out[o] = '\0';
    return o;
}
