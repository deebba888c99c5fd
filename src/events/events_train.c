/*
** events_train.c — `naba train events`: compile the CAMEO/PLOVER code table and
** the UniversalPetrarch Arabic dictionaries into naba's own format.
**
**   naba train events --petrarch DIR --cameo FILE --plover DIR -o data/events
**
** writes OUT/cameo.tsv (CAMEO codes with PLOVER type, mode, context and quad
** class) and OUT/petrarch.tsv (event patterns, actors, agents, synonym sets).
** PETRARCH's files are noisy: vowelled and unvowelled spellings of one word,
** alef/hamza variants, garbled entries, codes that are not CAMEO codes,
** duplicated names with conflicting codes. Every word goes through naba_fold
** (vowel marks stripped, alef/yeh/hamza unified), duplicates are merged by
** majority vote, and what cannot be used is dropped and counted in a report
** on stderr. The output is sorted, so a run is reproducible byte for byte.
*/
#include "events.h"
#include "input.h"
#include "utf8.h"
#include "cli.h"

#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- helpers */

/* The whole file, NUL-terminated; NULL, said on stderr, when it cannot be read. */
static char *read_file(const char *path, size_t *len) {
    char *buf;
    naba_error err;
    if (naba_read_file(path, NABA_DATA_FILE_MAX, &buf, len, &err) != NABA_OK) {
        fprintf(stderr, "naba train events: %s\n", err.message);
        return NULL;
    }
    return buf;
}

/* Copy s into d (capacity cap), truncating. */
static void copy_str(char *d, size_t cap, const char *s) {
    size_t n = strlen(s);
    if (n >= cap) n = cap - 1;
    memcpy(d, s, n);
    d[n] = '\0';
}

/* Append word to the space-separated words out[0..*o) (capacity cap); -1 when
** it does not fit. */
static int append_word(char *out, size_t cap, size_t *o, const char *word) {
    size_t l = strlen(word);
    if (*o + l + 2 >= cap) return -1;
    if (*o) out[(*o)++] = ' ';
    memcpy(out + *o, word, l + 1);
    *o += l;
    return 0;
}

/* Next line of text (modified in place); NULL at the end. */
static char *next_line(char **p) {
    if (!*p || !**p) return NULL;
    char *s = *p, *e = strchr(s, '\n');
    if (e) { *e = '\0'; *p = e + 1; } else *p = s + strlen(s);
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = '\0';
    return s;
}

static int has_arabic(const char *s) {
    for (size_t i = 0, n = strlen(s); i < n;) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        if (is_arabic_letter(c)) return 1;
        i += len;
    }
    return 0;
}

/* Only Arabic letters (and marks, removed by folding)? */
static int arabic_word(const char *s, size_t n) {
    if (!n) return 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        if (!is_arabic_letter(c) && !is_arabic_mark(c) && c != 0x0640) return 0;
        i += len;
    }
    return 1;
}

/* Fold a word for output: vowel marks out, alef/yeh/hamza unified. Broken
** spellings (a lone hamza between letters, "سءل") are refused. */
static int clean_word(const char *s, size_t n, char *out, size_t cap) {
    if (!arabic_word(s, n)) return 0;
    size_t k = naba_fold(s, n, NABA_FOLD_DEFAULT, out, cap);
    if (k < 2) return 0;
    const char *hz = strstr(out, "ء");
    if (hz && hz != out && hz[2]) return 0;
    return (int)k;
}

/* ------------------------------------------------------------ records */

typedef struct rec {
    char *kind;    /* event actor agent set */
    char *key;     /* the entry as written (words joined by spaces) */
    char *vkey;    /* its dictionary key, for de-duplication */
    char *code;
    char *extra;   /* flags column for events */
    size_t order;
} rec;

typedef struct recs { rec *v; size_t n, cap; } recs;

static int push_rec(recs *r, const char *kind, const char *key, const char *code, const char *extra) {
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 1024;
        rec *p = realloc(r->v, cap * sizeof *p);
        if (!p) return -1;
        r->v = p;
        r->cap = cap;
    }
    rec *e = &r->v[r->n];
    e->kind = strdup(kind);
    e->key = strdup(key);
    char vk[1024];
    size_t o = 0;
    for (const char *p = key; *p && o + EV_KEY_MAX + 2 < sizeof vk;) { /* key each word */
        while (*p == ' ') p++;
        const char *b = p;
        while (*p && *p != ' ') p++;
        if (p == b) break;
        if (o) vk[o++] = ' ';
        o += ev_key(b, (size_t)(p - b), vk + o, sizeof vk - o);
    }
    vk[o] = '\0';
    e->vkey = strdup(vk);
    e->code = strdup(code);
    e->extra = strdup(extra ? extra : "");
    e->order = r->n;
    if (!e->kind || !e->key || !e->vkey || !e->code || !e->extra) return -1;
    r->n++;
    return 0;
}

static int cmp_rec(const void *a, const void *b) {
    const rec *x = a, *y = b;
    int c = strcmp(x->kind, y->kind);
    if (c) return c;
    if ((c = strcmp(x->vkey, y->vkey))) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

typedef struct report {
    size_t n[16];
    const char *why[16];
    char example[16][160];
} report;

static void drop(report *r, int reason, const char *why, const char *what) {
    r->why[reason] = why;
    if (!r->n[reason]++) copy_str(r->example[reason], sizeof r->example[reason], what);
}

enum {
    D_CODE = 0, D_NOCODE, D_WORD, D_SET, D_PREVERB, D_LONG, D_STATEMENT, D_CONFLICT,
    D_DUP, D_ACTORCODE, D_SHORT, D_MULTISET, D_FUNCTION, D_PROTEST
};

/* ---------------------------------------------------------- CAMEO table */

typedef struct cameo_row {
    char code[8], plover[24], mode[32], context[48], name[160];
    int quad;
} cameo_row;

static int load_cameo(const char *simple, const char *plover_dir, cameo_row **rows, size_t *n) {
    size_t len;
    char *text = read_file(simple, &len);
    if (!text) return -1;
    size_t cap = 512;
    *rows = calloc(cap, sizeof **rows);
    *n = 0;
    char *p = text, *line;
    next_line(&p); /* header */
    while ((line = next_line(&p)) && *n < cap) {
        char *f[5] = {0};
        int nf = 0;
        for (char *s = line; nf < 5; nf++) {
            f[nf] = s;
            char *t = strchr(s, '\t');
            if (!t) { nf++; break; }
            *t = '\0';
            s = t + 1;
        }
        if (nf < 4) continue;
        cameo_row *r = &(*rows)[(*n)++];
        copy_str(r->code, sizeof r->code, f[0]);
        copy_str(r->name, sizeof r->name, f[1]);
        r->quad = !strcmp(f[2], "Verbal Cooperation") ? 1 : !strcmp(f[2], "Material Cooperation") ? 2
                : !strcmp(f[2], "Verbal Conflict") ? 3 : !strcmp(f[2], "Material Conflict") ? 4 : 0;
        char *bar = strchr(f[3], '|'); /* "CONCEDE|RETREAT": the first for the 2-digit head */
        if (bar) *bar = '\0';
        copy_str(r->plover, sizeof r->plover, f[3]);
    }
    free(text);
    /* modes and contexts from CAMEO2PLOVER: "0871: RETREAT, ceasefire, military # ..." */
    char path[2048];
    snprintf(path, sizeof path, "%s/CAMEO2PLOVER-2021.txt", plover_dir);
    text = read_file(path, &len);
    if (!text) return -1;
    p = text;
    while ((line = next_line(&p))) {
        char *colon = strchr(line, ':');
        if (!colon || !isdigit((unsigned char)line[0])) continue;
        *colon = '\0';
        char *hash = strchr(colon + 1, '#');
        if (hash) *hash = '\0';
        char *f[3] = {0};
        int nf = 0;
        for (char *s = colon + 1; nf < 3; nf++) {
            f[nf] = s;
            char *c = strchr(s, ',');
            if (!c) { nf++; break; }
            *c = '\0';
            s = c + 1;
        }
        for (size_t i = 0; i < *n; i++) {
            cameo_row *r = &(*rows)[i];
            if (strcmp(r->code, line)) continue;
            for (int k = 1; k < nf && k < 3; k++) {
                char *s = f[k];
                while (*s == ' ') s++;
                size_t l = strlen(s);
                while (l && s[l - 1] == ' ') s[--l] = '\0';
                for (char *q = s; *q; q++) if (*q == ' ' || *q == ';') *q = ',';
                snprintf(k == 1 ? r->mode : r->context, k == 1 ? sizeof r->mode : sizeof r->context, "%s", s);
            }
        }
    }
    free(text);
    return 0;
}

static int known_code(const cameo_row *rows, size_t n, const char *code) {
    for (size_t i = 0; i < n; i++) if (!strcmp(rows[i].code, code)) return 1;
    return 0;
}

/* ------------------------------------------------------------- verbs */

typedef struct verb { char anchor[128]; char elems[256]; char code[8]; } verb;

/* "قدم+طلب+ل" -> anchor قدم, elements "طلب ل" */
static int split_verb(const char *s, verb *v, report *rep) {
    char tmp[256];
    copy_str(tmp, sizeof tmp, s);
    v->anchor[0] = v->elems[0] = '\0';
    char *save = NULL;
    int first = 1;
    for (char *w = strtok_r(tmp, "+", &save); w; w = strtok_r(NULL, "+", &save)) {
        char out[128];
        int k = clean_word(w, strlen(w), out, sizeof out);
        if (!k && !(strlen(w) == 2 && arabic_word(w, 2))) { drop(rep, D_WORD, "broken or non-Arabic verb", s); return -1; }
        if (!k) copy_str(out, sizeof out, w); /* one-letter preposition */
        if (first) copy_str(v->anchor, sizeof v->anchor, out);
        else {
            size_t l = strlen(v->elems);
            snprintf(v->elems + l, sizeof v->elems - l, "%s%s", l ? " " : "", out);
        }
        first = 0;
    }
    return v->anchor[0] ? 0 : -1;
}

/* Words of a pattern's part after "*": brackets flattened, sets kept. */
static int pattern_words(char *s, const char *const *sets, size_t n_sets, char *out, size_t cap,
                         report *rep, const char *line) {
    out[0] = '\0';
    for (char *q = s; *q; q++) if (*q == '(' || *q == ')' || *q == '{' || *q == '}') *q = ' ';
    char *save = NULL;
    size_t o = 0, n = 0;
    for (char *w = strtok_r(s, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        char word[128];
        if (w[0] == '&') {
            size_t i = 0;
            while (i < n_sets && strcmp(sets[i], w + 1)) i++;
            if (i == n_sets) { drop(rep, D_SET, "unknown synonym set", line); return -1; }
            copy_str(word, sizeof word, w);
        } else if (!strcmp(w, "هوو")) {
            continue; /* PETRARCH's pronoun placeholder: no word to match */
        } else {
            int k = clean_word(w, strlen(w), word, sizeof word);
            if (!k && strlen(w) == 2 && arabic_word(w, 2)) { copy_str(word, sizeof word, w); k = 2; }
            if (!k) { drop(rep, D_WORD, "broken or non-Arabic word", line); return -1; }
        }
        if (++n > 6) { drop(rep, D_LONG, "more than 6 words", line); return -1; }
        if (append_word(out, cap, &o, word)) return -1;
    }
    return 0;
}

/* Particles and prepositions: a compiled pattern anchored on one ("لم بيان"),
** or requiring nothing but them ("بعد من"), matches almost any sentence. */
static int function_word(const char *w) {
    static const char *const words[] = {
        "من", "في", "عن", "علي", "الي", "ل", "ب", "ك", "مع", "ضد", "حول", "بين", "لم", "لن", "لا",
        "ما", "بعد", "قبل", "مثل", "عند", "ان", "كان", "قد", "هو", "هي", "ذلك", "هذا", "هذه", "كل",
        "بعض", "غير", "اولي", "خلف", "امام", "تحت", "فوق", "نحو", "حتي", "منذ", "عبر", "لدي"};
    char k[EV_KEY_MAX];
    ev_key(w, strlen(w), k, sizeof k);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) if (!strcmp(k, words[i])) return 1;
    return 0;
}

static int only_function_words(const char *s) {
    char tmp[2048];
    copy_str(tmp, sizeof tmp, s);
    char *save = NULL;
    for (char *w = strtok_r(tmp, " ", &save); w; w = strtok_r(NULL, " ", &save))
        if (w[0] == '&' || !function_word(w)) return 0;
    return 1;
}

/* Is verb v named in a pattern comment's verb list ("# وضع,أضرم+النار+في,اسس")? */
static int listed(const char *comment, const verb *v) {
    char tmp[1024];
    copy_str(tmp, sizeof tmp, comment);
    char *save = NULL;
    for (char *w = strtok_r(tmp, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        while (*w == ' ') w++;
        size_t l = strcspn(w, "+_ ");
        char k[128], a[128];
        ev_key(w, l, k, sizeof k);
        ev_key(v->anchor, strlen(v->anchor), a, sizeof a);
        if (*k && !strcmp(k, a)) return 1;
    }
    return 0;
}

static int compile_verbs(const char *path, const cameo_row *rows, size_t n_rows, recs *out, report *rep,
                         char ***sets_out, size_t *n_sets_out) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return -1;
    char **sets = NULL;
    size_t n_sets = 0;
    verb vs[64];
    size_t nv = 0;
    int in_verbs = 0;
    char cur_set[64] = "";
    char *p = text, *line;
    while ((line = next_line(&p))) {
        while (*line == ' ' || *line == '\t') line++;
        if (!*line) continue;
        if (strstr(line, "VERB PATTERNS")) { in_verbs = 1; continue; }
        if (line[0] == '#') continue;
        if (!in_verbs) { /* synonym sets: &NAME then +member_ lines */
            if (line[0] == '&') {
                copy_str(cur_set, sizeof cur_set, line + 1);
                char **s = realloc(sets, (n_sets + 1) * sizeof *s);
                if (!s) return -1;
                sets = s;
                sets[n_sets++] = strdup(cur_set);
            } else if (line[0] == '+' && *cur_set) {
                char *m = line + 1;
                size_t l = strlen(m);
                while (l && m[l - 1] == '_') m[--l] = '\0';
                if (strchr(m, '_')) { drop(rep, D_MULTISET, "multi-word set member", m); continue; }
                char w[128];
                if (!clean_word(m, l, w, sizeof w)) { drop(rep, D_WORD, "broken or non-Arabic word", m); continue; }
                if (push_rec(out, "set", w, cur_set, NULL)) return -1;
            }
            continue;
        }
        if (!strncmp(line, "---", 3)) { /* --- LEMMA [CODE] --- */
            nv = 0;
            char lemma[256], code[32];
            if (sscanf(line, "--- %255s [%31[^]]]", lemma, code) != 2) { drop(rep, D_WORD, "bad block header", line); continue; }
            if (split_verb(lemma, &vs[0], rep)) continue;
            copy_str(vs[0].code, sizeof vs[0].code, code);
            nv = 1;
            continue;
        }
        char *hash = strchr(line, '#');
        char comment[1024] = "";
        if (hash) { copy_str(comment, sizeof comment, hash + 1); *hash = '\0'; }
        if (line[0] == '-') { /* pattern: - PRE * POST [CODE] */
            char *star = strchr(line, '*'), *br = strrchr(line, '[');
            if (!star || !br || br < star) { drop(rep, D_WORD, "pattern without * or code", line); continue; }
            char code[32];
            if (sscanf(br, "[%31[^]]]", code) != 1) { drop(rep, D_WORD, "bad code", line); continue; }
            char *pre = line + 1;
            *star = '\0';
            while (*pre == ' ') pre++;
            if (*pre) { drop(rep, D_PREVERB, "words before the verb (subject side) not supported", star + 1); continue; }
            if (!known_code(rows, n_rows, code)) { drop(rep, D_CODE, "not a CAMEO code", code); continue; }
            *br = '\0';
            char words[1024];
            if (pattern_words(star + 1, (const char *const *)sets, n_sets, words, sizeof words, rep, star + 1)) continue;
            if (!*words) continue;
            int any = 0;
            for (size_t k = 0; k < nv; k++) any |= listed(comment, &vs[k]);
            for (size_t k = 0; k < nv; k++) {
                if (any ? !listed(comment, &vs[k]) : k > 0) continue;
                if (function_word(vs[k].anchor)) { drop(rep, D_FUNCTION, "anchored on a particle", vs[k].anchor); continue; }
                if (!*vs[k].elems && only_function_words(words)) { drop(rep, D_FUNCTION, "requires only particles", words); continue; }
                char key[2048];
                int kn = snprintf(key, sizeof key, "%s%s%s %s", vs[k].anchor, *vs[k].elems ? " " : "", vs[k].elems, words);
                if (kn < 0 || (size_t)kn >= sizeof key) continue;
                if (push_rec(out, "event", key, code, NULL)) return -1;
            }
            continue;
        }
        if (!nv) continue;
        /* a synonym of the block's verb, maybe with its own code */
        char word[256], code[32] = "---";
        if (sscanf(line, "%255s [%31[^]]]", word, code) < 1) continue;
        char rest[256];
        if (sscanf(line, "%*s %255s", rest) == 1 && rest[0] != '[') { drop(rep, D_WORD, "verb with a space inside", line); continue; }
        if (nv < sizeof vs / sizeof *vs && !split_verb(word, &vs[nv], rep)) {
            copy_str(vs[nv].code, sizeof vs[nv].code, code);
            nv++;
        }
    }
    free(text);
    *sets_out = sets;
    *n_sets_out = n_sets;
    return 0;
}

/* Bare verbs (no required word) are counted, not compiled: their block codes
** are unreliable ("اكد" 163, "التزم" 182); verbs.tsv lists the bare verbs naba
** codes, by hand. */
static int count_bare_verbs(const char *path, report *rep) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return -1;
    int in_verbs = 0;
    char block_code[32] = "";
    char *p = text, *line;
    while ((line = next_line(&p))) {
        while (*line == ' ' || *line == '\t') line++;
        if (strstr(line, "VERB PATTERNS")) { in_verbs = 1; continue; }
        if (!in_verbs || !*line || line[0] == '#' || line[0] == '-' ) {
            if (in_verbs && !strncmp(line, "---", 3)) {
                char lemma[256];
                if (sscanf(line, "--- %255s [%31[^]]]", lemma, block_code) != 2) continue;
                verb v;
                if (split_verb(lemma, &v, rep)) continue;
                if (!strcmp(block_code, "---")) continue;
                drop(rep, D_STATEMENT, "bare verb with a block code left out (unreliable)", lemma);
            }
            continue;
        }
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char word[256], code[32];
        if (sscanf(line, "%255s [%31[^]]]", word, code) != 2) continue;
        verb v;
        if (split_verb(word, &v, rep)) continue;
        drop(rep, D_STATEMENT, "bare verb with a block code left out (unreliable)", word);
    }
    free(text);
    return 0;
}

/* ------------------------------------------------------------- actors */

static int valid_code(const char *s) {
    size_t n = strlen(s);
    if (n < 3 || n > 15) return 0;
    for (size_t i = 0; i < n; i++) if (!isupper((unsigned char)s[i])) return 0;
    return strncmp(s, "000", 3) != 0;
}

/* Words of a name "فلاديمير_بوتين_" or phrase "قائد الجيش", cleaned. */
static int phrase_words(const char *s, char *out, size_t cap, report *rep) {
    char tmp[512];
    copy_str(tmp, sizeof tmp, s);
    out[0] = '\0';
    size_t o = 0, n = 0;
    char *save = NULL;
    for (char *w = strtok_r(tmp, "_ \t", &save); w; w = strtok_r(NULL, "_ \t", &save)) {
        char word[128];
        int k = clean_word(w, strlen(w), word, sizeof word);
        if (!k) { drop(rep, D_WORD, "broken or non-Arabic word", s); return -1; }
        if (++n > 8) { drop(rep, D_LONG, "more than 8 words", s); return -1; }
        if (append_word(out, cap, &o, word)) return -1;
    }
    return n ? 0 : -1;
}

/* The start date of a code entry "[RUSGOV > 19980725]", "[IRQGOV 20101221-20140908]". */
static long entry_start(const char *s) {
    const char *d = s;
    while (*d && !isdigit((unsigned char)*d)) d++;
    long v = *d ? strtol(d, NULL, 10) : 0;
    return v > 20251231 ? 0 : v; /* far-future dates mean "always" */
}

static int emit_actor(recs *out, const char *name, const char *code, report *rep) {
    char words[1024];
    if (phrase_words(name, words, sizeof words, rep)) return 0;
    char m[4];
    return push_rec(out, ev_code_main(code, m) ? "actor" : "agent", words, code, NULL);
}

static int compile_actors(const char *path, recs *out, report *rep) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return -1;
    char name[512] = "", best[32] = "";
    long best_start = -1;
    char *p = text, *line;
    for (;;) {
        line = next_line(&p);
        int entry = line && (line[0] == '\t' || line[0] == ' ') && strchr(line, '[');
        if (!entry && *name) { /* the previous name is complete */
            if (*best && emit_actor(out, name, best, rep)) return -1;
            if (!*best) drop(rep, D_ACTORCODE, "no usable actor code", name);
            name[0] = best[0] = '\0';
            best_start = -1;
        }
        if (!line) break;
        if (!*line || line[0] == '#') continue;
        char *br = strchr(line, '[');
        if (!entry) {
            size_t l = br ? (size_t)(br - line) : strlen(line);
            while (l && (line[l - 1] == ' ' || line[l - 1] == '\t')) l--;
            char *s = line;
            while (*s == ' ') { s++; l--; }
            snprintf(name, sizeof name, "%.*s", (int)l, s);
            if (!*name || !has_arabic(name)) { name[0] = '\0'; continue; }
        }
        if (br) {
            char code[32] = "";
            sscanf(br + 1, "%31[A-Z]", code);
            long start = entry_start(br + 1 + strlen(code));
            if (!valid_code(code) || br[1 + strlen(code)] == '?' || br[1 + strlen(code)] == ',') {
                drop(rep, D_ACTORCODE, "not an actor code", br);
                continue;
            }
            if (start >= best_start) { copy_str(best, sizeof best, code); best_start = start; }
        }
    }
    free(text);
    return 0;
}

static int compile_agents(const char *path, recs *out, report *rep) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return -1;
    char *p = text, *line;
    while ((line = next_line(&p))) {
        if (!*line || line[0] == '#') continue;
        char *br = strchr(line, '[');
        if (!br) continue;
        char code[32] = "";
        const char *c = br + 1;
        while (*c == '~') c++;
        sscanf(c, "%31[A-Z]", code);
        if (!valid_code(code)) { drop(rep, D_ACTORCODE, "not an agent code", br); continue; }
        const char *ar = strchr(br, ']');
        ar = ar ? ar + 1 : c + strlen(code);
        char phr[512];
        copy_str(phr, sizeof phr, ar);
        char *hash = strchr(phr, '#');
        if (hash) *hash = '\0';
        /* remove bidi controls, split alternatives on "/" and "-" */
        char clean[512];
        size_t o = 0;
        for (size_t i = 0, n = strlen(phr); i < n && o + 4 < sizeof clean;) {
            size_t l;
            uint32_t cp = utf8_next(phr + i, n - i, &l);
            if (!(cp >= 0x200B && cp <= 0x202E)) { memcpy(clean + o, phr + i, l); o += l; }
            i += l;
        }
        clean[o] = '\0';
        char *save = NULL;
        for (char *alt = strtok_r(clean, "/-", &save); alt; alt = strtok_r(NULL, "/-", &save)) {
            char words[1024];
            if (!has_arabic(alt) || phrase_words(alt, words, sizeof words, rep)) continue;
            if (!strchr(words, ' ') && strlen(words) <= 4) { drop(rep, D_SHORT, "one short word: too ambiguous", words); continue; }
            char m[4];
            if (push_rec(out, ev_code_main(code, m) ? "actor" : "agent", words, code, NULL)) return -1;
        }
    }
    free(text);
    return 0;
}

/* --------------------------------------------------------------- output */

/* Merge duplicates (same kind and key) by majority vote; ties go to the first. */
static void write_records(FILE *f, recs *r, report *rep) {
    qsort(r->v, r->n, sizeof *r->v, cmp_rec);
    for (size_t i = 0; i < r->n;) {
        size_t j = i;
        while (j < r->n && !strcmp(r->v[j].kind, r->v[i].kind) && !strcmp(r->v[j].vkey, r->v[i].vkey)) j++;
        size_t best = i, best_votes = 0;
        int conflict = 0;
        for (size_t a = i; a < j; a++) {
            size_t votes = 0;
            for (size_t b = i; b < j; b++) votes += !strcmp(r->v[a].code, r->v[b].code);
            if (votes > best_votes) { best = a; best_votes = votes; }
            if (strcmp(r->v[a].code, r->v[i].code)) conflict = 1;
        }
        const rec *e = &r->v[best];
        /* protest (14x) won by these patterns is mostly blocking, barring or
        ** joining by anyone ("منع وصول", "وضع دخول", "انضم الى حشد"); PLOVER's
        ** protest is a crowd's act, which verbs.tsv codes by hand */
        if (!strcmp(e->kind, "event") && !strncmp(e->code, "14", 2)) {
            drop(rep, D_PROTEST, "protest pattern left to verbs.tsv", e->key);
            i = j;
            continue;
        }
        if (!strcmp(e->kind, "set")) fprintf(f, "set\t%s\t%s\n", e->code, e->key);
        else fprintf(f, "%s\t%s\t%s\n", e->kind, e->key, e->code);
        if (conflict) drop(rep, D_CONFLICT, "conflicting codes for one entry (majority kept)", e->key);
        for (size_t a = i + 1; a < j; a++) drop(rep, D_DUP, "duplicate merged", e->key);
        i = j;
    }
}

static void help(FILE *f) {
    fputs("usage: naba train events --petrarch DIR --cameo FILE --plover DIR [-o DIR]\n\n"
          "Compile naba's event dictionaries from the UniversalPetrarch Arabic dictionaries\n"
          "(CAMEO.ar.0.5.txt, actor_dict_ar_v4.txt, agents.all.ar.txt), the CAMEO code\n"
          "table (cameo_codes_simple.tsv) and the CAMEO-to-PLOVER mapping (plover/).\n"
          "Writes DIR/cameo.tsv and DIR/petrarch.tsv (default DIR: data/events) and\n"
          "reports on stderr what was dropped and why. Hand-curated entries live in\n"
          "data/events/actors.tsv, verbs.tsv, cues.tsv and win over compiled ones.\n\n"
          "example:\n"
          "  naba train events --petrarch ../shared/data/events/petrarch-arabic \\\n"
          "      --cameo ../shared/data/events/cameo_codes_simple.tsv \\\n"
          "      --plover ../shared/data/events/plover -o data/events\n", f);
}

int ev_cmd_train(int argc, char **argv) {
    static const struct option longopts[] = {
        {"petrarch", required_argument, 0, 'p'}, {"cameo", required_argument, 0, 'c'},
        {"plover", required_argument, 0, 'l'}, {"output", required_argument, 0, 'o'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *petrarch = NULL, *cameo = NULL, *plover = NULL, *outdir = "data/events";
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "p:c:l:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'p': petrarch = optarg; break;
        case 'c': cameo = optarg; break;
        case 'l': plover = optarg; break;
        case 'o': outdir = optarg; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!petrarch || !cameo || !plover) { help(stderr); return EXIT_USAGE; }
    cameo_row *rows = NULL;
    size_t n_rows = 0;
    if (load_cameo(cameo, plover, &rows, &n_rows)) { free(rows); return EXIT_FATAL; }
    char path[2048];
    snprintf(path, sizeof path, "%s/cameo.tsv", outdir);
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "naba train events: cannot write %s\n", path); free(rows); return EXIT_FATAL; }
    fputs("# CAMEO event codes with their PLOVER type, mode, context and quad class.\n"
          "# Generated by `naba train events` from cameo_codes_simple.tsv (names per the CAMEO\n"
          "# manual) and CAMEO2PLOVER-2021 (PLOVER, CC BY-SA 4.0). Do not edit: regenerate.\n"
          "# code\tCAMEO\tPLOVER\tmode\tcontext\tquad\tname\n", f);
    for (size_t i = 0; i < n_rows; i++) {
        const cameo_row *r = &rows[i];
        fprintf(f, "code\t%s\t%s\t%s\t%s\t%d\t%s\n", r->code, *r->plover ? r->plover : "-",
                *r->mode ? r->mode : "-", *r->context ? r->context : "-", r->quad, r->name);
    }
    if (fclose(f)) { free(rows); return EXIT_FATAL; }

    report rep;
    memset(&rep, 0, sizeof rep);
    recs out = {0};
    char **sets = NULL;
    size_t n_sets = 0;
    char in[2048];
    snprintf(in, sizeof in, "%s/CAMEO.ar.0.5.txt", petrarch);
    int bad = compile_verbs(in, rows, n_rows, &out, &rep, &sets, &n_sets) ||
              count_bare_verbs(in, &rep);
    snprintf(in, sizeof in, "%s/actor_dict_ar_v4.txt", petrarch);
    bad = bad || compile_actors(in, &out, &rep);
    snprintf(in, sizeof in, "%s/agents.all.ar.txt", petrarch);
    bad = bad || compile_agents(in, &out, &rep);
    if (!bad) {
        snprintf(path, sizeof path, "%s/petrarch.tsv", outdir);
        f = fopen(path, "w");
        if (!f) { fprintf(stderr, "naba train events: cannot write %s\n", path); bad = 1; }
        else {
            fputs("# Event patterns, actors, agents and synonym sets compiled by `naba train events`\n"
                  "# from the UniversalPetrarch Arabic dictionaries (Open Event Data Alliance, MIT\n"
                  "# licence; see data/README.md). Folded (no vowel marks, unified alef/yeh/hamza),\n"
                  "# de-duplicated by majority vote, broken entries dropped. Do not edit: put\n"
                  "# corrections in actors.tsv / verbs.tsv, which are loaded after this file.\n", f);
            write_records(f, &out, &rep);
            bad = fclose(f) != 0;
        }
    }
    size_t kinds[4] = {0};
    for (size_t i = 0; i < out.n; i++) {
        const char *k = out.v[i].kind;
        kinds[!strcmp(k, "event") ? 0 : !strcmp(k, "actor") ? 1 : !strcmp(k, "agent") ? 2 : 3]++;
    }
    fprintf(stderr, "naba train events: %zu CAMEO codes; read %zu event patterns, %zu actors, "
            "%zu agents, %zu set members (before merging duplicates)\n", n_rows, kinds[0], kinds[1], kinds[2], kinds[3]);
    for (int i = 0; i < 16; i++)
        if (rep.n[i]) fprintf(stderr, "  %6zu %s (e.g. %s)\n", rep.n[i], rep.why[i], rep.example[i]);
    for (size_t i = 0; i < out.n; i++) {
        free(out.v[i].kind); free(out.v[i].key); free(out.v[i].vkey); free(out.v[i].code); free(out.v[i].extra);
    }
    free(out.v);
    for (size_t i = 0; i < n_sets; i++) free(sets[i]);
    free(sets);
    free(rows);
    return bad ? EXIT_FATAL : EXIT_OK;
}
