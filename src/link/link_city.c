/*
** link_city.c — a capital written like its country (تونس Tunis and Tunisia,
** الجزائر Algiers and Algeria, الكويت, جيبوتي): the mentions a city cue marks
** are the city.
**
** The KB holds both under one name, and the country ranks first, so every
** تونس of a document was Tunisia, also in `العاصمة تونس`, `تونس العاصمة`,
** `بلدية تونس`, `المحكمة الابتدائية بتونس` (the court of the city). On the
** entity-sample slices (src/link/README.md, session 23 second round) 38
** mentions so marked, all the city or its governorate. A mention with a cue
** is a form of its own (link_forms.c), so a document may name both the city
** and the country; a form bound to a country takes the KB's place of that
** country with the same name (or مدينة + the name: مدينة الكويت), when there
** is one (ولاية جورجيا has none in Georgia and stays as it was).
*/
#include "affix.h"
#include "lex.h"
#include "link.h"
#include "namekey.h"

#include <stdio.h>
#include <string.h>

/* Cue words, before the name (or with و ف ب ل before them) and after it. */
static const char *const before_cues[] = {"العاصمة", "مدينة", "ولاية", "بلدية", "الابتدائية", "الاستئناف"};
static const char *const after_cues[] = {"العاصمة"};

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/* Is c (the first byte of a letter) one of the clitics و ف ب ل? */
static int clitic_at(const char *s, size_t n) {
    return str_starts(s, n, "و") || str_starts(s, n, "ف") || str_starts(s, n, "ب") || str_starts(s, n, "ل");
}

/* Is the word s[0..n) one of the cues, with at most two clitics before it? */
static int cue_word(const char *s, size_t n, const char *const *cues, size_t n_cues) {
    char w[64], c[64];
    if (n == 0 || n >= sizeof w) return 0;
    size_t wn = naba_fold(s, n, LX_FOLD, w, sizeof w);
    for (size_t k = 0; k < n_cues; k++) {
        size_t cn = naba_fold(cues[k], strlen(cues[k]), LX_FOLD, c, sizeof c);
        if (wn < cn || memcmp(w + wn - cn, c, cn) != 0) continue;
        size_t p = 0, clitics = 0;
        while (p < wn - cn && clitic_at(w + p, wn - cn - p)) { p += 2; clitics++; }
        if (p == wn - cn && clitics <= 2) return 1;
    }
    return 0;
}

/* Has the place mention m a city cue before or after it? */
static int cued(const naba_doc *doc, const naba_mention *m) {
    const char *t = doc->text;
    size_t s = m->start, e = m->end;
    if (m->type != NABA_ENT_LOC || e > doc->text_len || s >= e) return 0;
    /* the word holding the mention may begin with its clitics (بتونس) */
    size_t w = s;
    while (w > 0 && !is_space(t[w - 1])) w--;
    if (w < s && !(s - w <= 4 && clitic_at(t + w, s - w))) return 0;
    size_t b = w;
    while (b > 0 && t[b - 1] == ' ') b--;
    size_t a = b;
    while (a > 0 && !is_space(t[a - 1])) a--;
    if (cue_word(t + a, b - a, before_cues, sizeof before_cues / sizeof *before_cues)) return 1;
    size_t x = e;
    while (x < doc->text_len && t[x] == ' ') x++;
    size_t y = x;
    /* up to a space or punctuation (تونس العاصمة، / العاصمة.) */
    while (y < doc->text_len && !is_space(t[y]) && ((unsigned char)t[y] >= 0x80 || t[y] == '_') &&
           !str_starts(t + y, doc->text_len - y, "،"))
        y++;
    return cue_word(t + x, y - x, after_cues, sizeof after_cues / sizeof *after_cues);
}

/* The first KB place of country a3 under key, not the country itself. */
static int city_under(const link_state *st, const char *key, const char *a3, kb_ref *out) {
    kb_ref c[16];
    size_t n = kb_lookup(st->kb, KB_KEY_NAME, key, c, sizeof c / sizeof *c);
    for (size_t i = 0; i < n; i++) {
        const kb_entity *k = kb_ent(c[i]);
        if (k->type == NABA_ENT_LOC && !str_has_prefix(kb_str(c[i], k->id), "country:") &&
            !strcmp(kb_str(c[i], k->country), a3)) {
            *out = c[i];
            return 1;
        }
    }
    return 0;
}

/* The KB's place of the same name in the country the name key is first
** (تونس: Tunis), into *out; 0 when key names no country or it has none. */
static int city_of_country(const link_state *st, const char *key, kb_ref *out) {
    kb_ref c[1];
    if (!kb_lookup(st->kb, KB_KEY_NAME, key, c, 1)) return 0;
    const char *id = kb_str(c[0], kb_ent(c[0])->id);
    if (!str_has_prefix(id, "country:")) return 0;
    const char *a3 = id + strlen("country:");
    char city[NAME_KEY_MAX], ckey[NAME_KEY_MAX];
    if (city_under(st, key, a3, out)) return 1;
    int n = snprintf(city, sizeof city, "مدينة %s", key);
    if (n < 0 || (size_t)n >= sizeof city) return 0;
    name_key(city, (size_t)n, ckey, sizeof ckey);
    return city_under(st, ckey, a3, out);
}

int link_city_cue(const naba_doc *doc, const link_state *st, const naba_mention *m, const char *key) {
    kb_ref r;
    return cued(doc, m) && city_of_country(st, key, &r);
}

void link_city(const link_state *st, link_form *fm) {
    kb_ref r;
    if (fm->city && fm->has_kb && str_has_prefix(kb_str(fm->kb, kb_ent(fm->kb)->id), "country:") &&
        city_of_country(st, fm->key, &r))
        fm->kb = r;
}
