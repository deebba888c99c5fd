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
** is one.
**
** After ولاية the name is a first-level division (session 24): a Tunisian
** governorate, a US state. The KB holds most under their bare name (صفاقس,
** admin1:TN.32; نيويورك, admin1:US.NY) or as ولاية + the name (Algeria's), but
** the city, the capital, a namesake town or the country ranked first: 259 place
** mentions of the slices follow ولاية. Such a mention is a form of its own
** bound to the division when the KB has one, whatever it was bound to. So
** is a name after والي, the title of such a division's governor (session 36:
** والي تونس, والي الخرطوم).
**
** After صحيفة, جريدة or مجلة (an opening quotation mark between) the name is a
** newspaper's, which papers often take from a place: صحيفة "مكة", جريدة
** الرياض, صحيفة "الخبر" الجزائرية, صحيفة الشرق الأوسط were the city, Khobar,
** the region (session 27: 21 mentions of the second slices, 4 of the judged
** samples 22 to 30). Such a mention is a form of its own, typed a body, bound
** to the KB's newspaper صحيفة + the name when there is one, else to nothing.
** So is a name guillemets enclose whole when the KB has صحيفة + the name
** (session 29: ل«الشرق الأوسط» أن, Asharq Al-Awsat quoted by its own pages,
** was the region 37 times on the second slices). Guillemets only: an ASCII
** quote mark opens and closes alike; an unknown name in
** guillemets («داعش») is left alone.
**
** A capital's name joined by و to a city's (شملت عمان ودمشق, بين المنستير
** والجزائر: Amman, Algiers) is the city too (session 32): a tour or a flight
** goes from town to town; a country beside a country stays the country.
**
** المغرب after صلاة or أذان is the sunset prayer, no Morocco (session 27,
** second round): such a mention is dropped before grouping, so it sets no
** region for the document's persons.
*/
#include "affix.h"
#include "lex.h"
#include "link.h"
#include "namekey.h"

#include <stdio.h>
#include <string.h>

/* Cue words, before the name (with و ف ب ل before them) and after it
** (alone); CAPITAL and STATE are العاصمة's and ولاية's places in before_cues. */
static const char *const before_cues[] = {"العاصمة", "مدينة", "ولاية", "بلدية", "الابتدائية", "الاستئناف"};
static const char *const after_cues[] = {"العاصمة"};
static const char *const press_cues[] = {"صحيفة", "جريدة", "مجلة"};
/* the governor of a first-level division, as the Maghreb and Sudan title him
** (والي تونس محمد قويدر: the governor of Tunis governorate, not of Tunisia) */
static const char *const governor_cues[] = {"والي"};
enum { CAPITAL = 0, STATE = 2 };

/* Is w, folded (wn bytes, 0: none), the cue word folded? */
static int is_cue(const char *w, size_t wn, const char *cue) {
    char c[64];
    size_t cn = naba_fold(cue, strlen(cue), LX_FOLD, c, sizeof c);
    return wn && wn == cn && !memcmp(w, c, cn);
}

/* Which cue is the last word of token t (its clitics split off: وللعاصمة),
** from 1; 0 when none. */
static int cue_token(const naba_doc *doc, size_t t, const char *const *cues, size_t n_cues) {
    char w[64];
    if (t >= doc->tokens.n || doc->tokens.v[t].word_count > 3) return 0;
    size_t wn = link_word_fold(doc, t, w, sizeof w);
    for (size_t k = 0; wn && k < n_cues; k++)
        if (is_cue(w, wn, cues[k])) return (int)k + 1;
    return 0;
}

/* Is token t ولاية's dual in construct, ولايتي (بين ولايتي سيدي بوزيد والقصرين:
** the first name only)? The morph stage reads it as ولاية + the pronoun ي. */
static int states_token(const naba_doc *doc, size_t t) {
    if (t >= doc->tokens.n || doc->tokens.v[t].word_count < 2) return 0;
    const naba_token *k = &doc->tokens.v[t];
    const char *noun = doc->words.v[k->word_first + k->word_count - 2].form;
    const char *pron = doc->words.v[k->word_first + k->word_count - 1].form;
    char w[64];
    if (!noun || !pron || strcmp(pron, "ي")) return 0;
    return is_cue(w, naba_fold(noun, strlen(noun), LX_FOLD, w, sizeof w), before_cues[STATE]);
}

/* Is token t والي, the governor's title, whole (the morph stage often reads
** it as و + الي) or as its last word? */
static int governor_token(const naba_doc *doc, size_t t) {
    char w[64];
    if (t >= doc->tokens.n || doc->tokens.v[t].kind != NABA_TOK_WORD) return 0;
    const naba_token *k = &doc->tokens.v[t];
    size_t wn = naba_fold(doc->text + k->start, k->end - k->start, LX_FOLD, w, sizeof w);
    for (size_t i = 0; i < sizeof governor_cues / sizeof *governor_cues; i++)
        if (is_cue(w, wn, governor_cues[i])) return 1;
    return cue_token(doc, t, governor_cues, sizeof governor_cues / sizeof *governor_cues) != 0;
}

/* Does the mention begin a word of its token, after at most two clitics
** the morph stage split off (بتونس, وبتونس)? */
static int starts_word(const naba_doc *doc, const naba_token *k, size_t off) {
    if (k->start == off) return 1;
    for (uint32_t i = 1; i < k->word_count && i <= 2; i++)
        if (doc->words.v[k->word_first + i].start == off) return 1;
    return 0;
}

const char *link_nationality(const naba_doc *doc, const link_state *st, size_t t) {
    char key[NAME_KEY_MAX], al[NAME_KEY_MAX];
    kb_ref r[1];
    if (t >= doc->tokens.n || doc->tokens.v[t].kind != NABA_TOK_WORD) return NULL;
    const naba_token *k = &doc->tokens.v[t];
    name_key(doc->text + k->start, k->end - k->start, key, sizeof key);
    name_strip_al(key, al, sizeof al);
    if (!kb_lookup(st->kb, KB_KEY_ADJ, key, r, 1) && !kb_lookup(st->kb, KB_KEY_ADJ, al, r, 1)) return NULL;
    return kb_str(r[0], kb_ent(r[0])->country);
}

/* Has the place mention m a city cue before it (العاصمة, بلدية, with their
** clitics; العاصمة also before a nationality adjective: العاصمة الأردنية
** عمان) or العاصمة alone right after it, in its sentence? LINK_CUE_STATE
** for ولاية, ولايتي or والي before it, LINK_CUE_CITY for another, 0 for none. */
static int cued(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    if (m->type != NABA_ENT_LOC || m->end > doc->text_len || m->start >= m->end) return 0;
    size_t t = naba_token_at(doc, m->start), u = naba_token_at(doc, m->end - 1);
    if (t >= doc->tokens.n || u >= doc->tokens.n || !starts_word(doc, &doc->tokens.v[t], m->start)) return 0;
    size_t b = link_token_before(doc, t, 1);
    int c = cue_token(doc, b, before_cues, sizeof before_cues / sizeof *before_cues);
    if (c) return c == STATE + 1 ? LINK_CUE_STATE : LINK_CUE_CITY;
    if (states_token(doc, b) || governor_token(doc, b)) return LINK_CUE_STATE;
    if (link_nationality(doc, st, b) && cue_token(doc, link_token_before(doc, b, 1), before_cues, CAPITAL + 1))
        return LINK_CUE_CITY;
    size_t x = link_token_after(doc, u, 1);
    return doc->tokens.v[u].end == m->end && x < doc->tokens.n && doc->tokens.v[x].word_count <= 1 &&
                   cue_token(doc, x, after_cues, sizeof after_cues / sizeof *after_cues)
               ? LINK_CUE_CITY
               : 0;
}

/* Is the mention n, a place, a town's name: the KB's first entity of its name
** is a city (دمشق), or a first-level division the KB also has a city of that
** name (المنستير), not a country, region or a division alone (إنجلترا)? */
static int names_town(const naba_doc *doc, const link_state *st, const naba_mention *n) {
    char key[NAME_KEY_MAX];
    kb_ref c[8];
    if (n->type != NABA_ENT_LOC || n->end > doc->text_len || n->start >= n->end) return 0;
    name_key(doc->text + n->start, n->end - n->start, key, sizeof key);
    size_t k = kb_lookup(st->kb, KB_KEY_NAME, key, c, sizeof c / sizeof *c);
    if (!k || kb_ent(c[0])->type != NABA_ENT_LOC) return 0;
    const char *first = kb_str(c[0], kb_ent(c[0])->id);
    if (str_has_prefix(first, "country:") || str_has_prefix(first, "region:")) return 0;
    for (size_t i = 0; i < k; i++)
        if (str_has_prefix(kb_str(c[i], kb_ent(c[i])->id), "geonames:")) return 1;
    return 0;
}

/* Does token t open with the conjunction و, its host starting at off? */
static int and_before(const naba_doc *doc, size_t t, size_t off) {
    static const char wa[] = "\xd9\x88";
    return t < doc->tokens.n && doc->tokens.v[t].start + 2 == off && !memcmp(doc->text + off - 2, wa, 2);
}

/* Is the place mention m (one of doc->mentions) joined by و to a town's
** mention right before it (بين المنستير و[الجزائر]) or right after it
** ([عمان] ودمشق)? */
static int town_beside(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    size_t i = (size_t)(m - doc->mentions.v);
    if (m < doc->mentions.v || i >= doc->mentions.n) return 0;
    size_t t = naba_token_at(doc, m->start), u = naba_token_at(doc, m->end - 1);
    if (i > 0 && and_before(doc, t, m->start)) {
        size_t b = link_token_before(doc, t, 1);
        const naba_mention *p = &doc->mentions.v[i - 1];
        if (b < doc->tokens.n && p->end == doc->tokens.v[b].end && names_town(doc, st, p) &&
            cued(doc, st, p) != LINK_CUE_STATE)
            return 1;
    }
    if (i + 1 < doc->mentions.n && u < doc->tokens.n && doc->tokens.v[u].end == m->end) {
        const naba_mention *q = &doc->mentions.v[i + 1];
        if (and_before(doc, link_token_after(doc, u, 1), q->start) && names_town(doc, st, q)) return 1;
    }
    return 0;
}

int link_is_prayer_time(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    (void)st;
    static const char *const prayers[] = {"صلاة", "صلاتي", "أذان"};
    static const char maghrib[] = "المغرب";
    if (m->end - m->start != sizeof maghrib - 1 || m->end > doc->text_len ||
        memcmp(doc->text + m->start, maghrib, sizeof maghrib - 1))
        return 0;
    size_t t = naba_token_at(doc, m->start);
    return t < doc->tokens.n && cue_token(doc, link_token_before(doc, t, 1), prayers, sizeof prayers / sizeof *prayers) != 0;
}

/* The first KB place under key that is no country: of country a3 (any when
** NULL), a first-level division only when admin. */
static int place_under(const link_state *st, const char *key, const char *a3, int admin, kb_ref *out) {
    kb_ref c[16];
    size_t n = kb_lookup(st->kb, KB_KEY_NAME, key, c, sizeof c / sizeof *c);
    for (size_t i = 0; i < n; i++) {
        const kb_entity *k = kb_ent(c[i]);
        const char *id = kb_str(c[i], k->id);
        if (k->type == NABA_ENT_LOC && !str_has_prefix(id, "country:") && (!admin || str_has_prefix(id, "admin1:")) &&
            (!a3 || !strcmp(kb_str(c[i], k->country), a3))) {
            *out = c[i];
            return 1;
        }
    }
    return 0;
}

/* The same, under key or under the name key of `word key` (مدينة الكويت,
** ولاية باتنة: Algeria's provinces are named so). */
static int place_named(const link_state *st, const char *word, const char *key, const char *a3, int admin,
                       kb_ref *out) {
    char name[NAME_KEY_MAX], nkey[NAME_KEY_MAX];
    if (place_under(st, key, a3, admin, out)) return 1;
    int n = snprintf(name, sizeof name, "%s %s", word, key);
    if (n < 0 || (size_t)n >= sizeof name) return 0;
    name_key(name, (size_t)n, nkey, sizeof nkey);
    return place_under(st, nkey, a3, admin, out);
}

/* The KB's place of the same name in the country the name key is first
** (تونس: Tunis), else the first place of that name elsewhere (عمان: Oman's
** name, Amman the city), into *out; 0 when key names no country or no place. */
static int city_of_country(const link_state *st, const char *key, kb_ref *out) {
    kb_ref c[1];
    if (!kb_lookup(st->kb, KB_KEY_NAME, key, c, 1)) return 0;
    const char *id = kb_str(c[0], kb_ent(c[0])->id);
    if (!str_has_prefix(id, "country:")) return 0;
    return place_named(st, "مدينة", key, id + strlen("country:"), 0, out) || place_under(st, key, NULL, 0, out);
}

/* The city city_of_country finds for key, when it is a GeoNames city of the
** country itself (Tunis, Luxembourg) or a big city (Amman, for Oman's name),
** not a namesake town (Columbia, USA) or a time zone's place. */
static int capital_named(const link_state *st, const char *key) {
    kb_ref r, c[1];
    if (!city_of_country(st, key, &r) || !str_has_prefix(kb_str(r, kb_ent(r)->id), "geonames:")) return 0;
    kb_lookup(st->kb, KB_KEY_NAME, key, c, 1);
    const char *a3 = kb_str(c[0], kb_ent(c[0])->id) + strlen("country:");
    return kb_ent(r)->rank == KB_RANK_BIG_CITY || !strcmp(kb_str(r, kb_ent(r)->country), a3);
}

/* The KB's first-level division named key (ولاية صفاقس: the governorate, not
** the city; ولاية نيويورك the state), into *out. */
static int division_of(const link_state *st, const char *key, kb_ref *out) {
    return place_named(st, "ولاية", key, NULL, 1, out);
}

/* The KB's newspaper صحيفة + the name key (صحيفة الشرق الأوسط), into *out. */
static int paper_named(const link_state *st, const char *key, kb_ref *out) {
    char name[NAME_KEY_MAX], nkey[NAME_KEY_MAX];
    kb_ref c[8];
    int n = snprintf(name, sizeof name, "%s %s", press_cues[0], key);
    if (n < 0 || (size_t)n >= sizeof name) return 0;
    name_key(name, (size_t)n, nkey, sizeof nkey);
    size_t k = kb_lookup(st->kb, KB_KEY_NAME, nkey, c, sizeof c / sizeof *c);
    for (size_t i = 0; i < k; i++)
        if (kb_ent(c[i])->type == NABA_ENT_ORG) {
            *out = c[i];
            return 1;
        }
    return 0;
}

/* Is mention m the whole of what guillemets enclose (ل«الشرق الأوسط» أن)? */
static int in_guillemets(const naba_doc *doc, const naba_mention *m) {
    static const char open[] = "«", close[] = "»";
    size_t n = sizeof open - 1;
    return m->start >= n && m->end + n <= doc->text_len && !memcmp(doc->text + m->start - n, open, n) &&
           !memcmp(doc->text + m->end, close, n);
}

/* Does a newspaper's cue word stand right before mention m (صحيفة مكة,
** لصحيفة "الخبر"), m being no person and no nationality adjective (صحيفة
** دنماركية, a Danish paper)? Or do guillemets enclose a name the KB gives a
** newspaper (قال ل«الشرق الأوسط»: the paper, not the region; session 29: 37
** mentions of the second slices, all the paper)? */
static int press_cued(const naba_doc *doc, const link_state *st, const naba_mention *m, const char *key) {
    kb_ref r[1];
    if (m->type == NABA_ENT_PER || m->end > doc->text_len || m->start >= m->end) return 0;
    size_t t = naba_token_at(doc, m->start);
    if (t >= doc->tokens.n || doc->tokens.v[t].start != m->start) return 0;
    size_t b = link_token_before(doc, t, 1);
    if (b < doc->tokens.n && link_opening_quote(doc, b)) b = link_token_before(doc, b, 1);
    if (!cue_token(doc, b, press_cues, sizeof press_cues / sizeof *press_cues))
        return in_guillemets(doc, m) && paper_named(st, key, r);
    char al[NAME_KEY_MAX];
    name_strip_al(key, al, sizeof al);
    return !kb_lookup(st->kb, KB_KEY_ADJ, key, r, 1) && !kb_lookup(st->kb, KB_KEY_ADJ, al, r, 1);
}

int link_press(const link_state *st, link_form *fm) {
    if (fm->city != LINK_CUE_PRESS) return 0;
    fm->type = NABA_ENT_ORG;
    fm->retyped = 1;
    if (!paper_named(st, fm->key, &fm->kb)) return 0;
    fm->has_kb = 1;
    fm->conf = 0.9f;
    return 1;
}

/* Is the place mention m, a name the KB gives a club, the town by a place
** preposition or an institution of towns right before it (في روما, محكمة
** ليفربول)? A club is played for, not in: `في` before a club's name on a
** sport page was the town in the slices' rows read (session 27, second round). */
static int town_cued(const naba_doc *doc, const naba_mention *m) {
    static const char *const town_words[] = {"محكمة", "عمدة", "شرطة", "مطار", "شوارع", "سكان"};
    size_t t = naba_token_at(doc, m->start);
    if (m->type != NABA_ENT_LOC || t >= doc->tokens.n || doc->tokens.v[t].start != m->start) return 0;
    return cue_token(doc, link_token_before(doc, t, 1), town_words, sizeof town_words / sizeof *town_words) != 0;
}

int link_city_cue(const naba_doc *doc, const link_state *st, const naba_mention *m, const char *key) {
    kb_ref r;
    if (press_cued(doc, st, m, key)) return LINK_CUE_PRESS;
    int cue = cued(doc, st, m);
    if (cue == LINK_CUE_STATE && division_of(st, key, &r)) return LINK_CUE_STATE;
    if (cue) return city_of_country(st, key, &r) || link_club_name(st, key) ? LINK_CUE_CITY : 0;
    if (town_beside(doc, st, m) && capital_named(st, key)) return LINK_CUE_CITY;
    return link_club_name(st, key) && town_cued(doc, m) ? LINK_CUE_CITY : 0;
}

void link_city(const link_state *st, link_form *fm) {
    kb_ref r;
    if (!fm->city || !fm->has_kb) return;
    const char *id = kb_str(fm->kb, kb_ent(fm->kb)->id);
    if (fm->city == LINK_CUE_STATE ? !str_has_prefix(id, "admin1:") && division_of(st, fm->key, &r)
                                   : str_has_prefix(id, "country:") && city_of_country(st, fm->key, &r))
        fm->kb = r;
}
