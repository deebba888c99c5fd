/*
** link_namesakes.c — one name, two places or a place and a club: which one a
** document means, read from what stands beside it.
**
** The KB binds a name to the first entity of its rank order, so a name held by
** a big town and a small one is the big one everywhere: القنيطرة beside درعا
** was Kenitra (Morocco), not Quneitra; دوما beside نابلس the Syrian town, not
** the West Bank village. The country the document names is no cue (session 26:
** nearly every document names the United States, and Geneva became Geneva,
** Illinois); the places named in the same sentence are. And a club's name that
** is also a place's (القادسية: Al-Qadsiah and Iraq's governorate; برشلونة) is
** the club on a sport page and the place elsewhere, when the recognizer typed
** the mention a place (src/link/README.md, session 26 second round). A club
** named نادي + a common word (النصر victory, الهلال crescent) and written by
** that word alone is the club on a sport page only, whatever its type
** (session 29: ائتلاف النصر, جيش النصر, مدينة نصر on other pages).
*/
#include "link.h"
#include "namekey.h"

#include <string.h>

#define MAX_NAMESAKES 16

static int is_town(const kb_entity *e) {
    return e->type == NABA_ENT_LOC && e->rank != KB_RANK_COUNTRY && e->rank != KB_RANK_REGION;
}

static const char *country_of(kb_ref r) { return kb_str(r, kb_ent(r)->country); }

/* A curated body with no country and no actor code: a club or a company
** (organizations.tsv gives clubs neither). */
static int is_club(kb_ref r) {
    const kb_entity *e = kb_ent(r);
    return e->type == NABA_ENT_ORG && e->rank == KB_RANK_CURATED && !*country_of(r) && !*kb_str(r, e->actor);
}

int link_club_name(const link_state *st, const char *key) {
    kb_ref c[MAX_NAMESAKES];
    size_t n = kb_lookup(st->kb, KB_KEY_NAME, key, c, MAX_NAMESAKES);
    for (size_t k = 0; k < n; k++)
        if (is_club(c[k])) return 1;
    return 0;
}

/* The KB entities under the form's key, or its key without ال when that is
** how the form was bound (pass 1). */
static size_t namesakes(const link_state *st, const link_form *fm, kb_ref *c) {
    char al[NAME_KEY_MAX];
    const char *id = kb_str(fm->kb, kb_ent(fm->kb)->id);
    size_t n = kb_lookup(st->kb, KB_KEY_NAME, fm->key, c, MAX_NAMESAKES);
    for (size_t k = 0; k < n; k++)
        if (!strcmp(kb_str(c[k], kb_ent(c[k])->id), id)) return n;
    name_strip_al(fm->key, al, sizeof al);
    return kb_lookup(st->kb, KB_KEY_NAME, al, c, MAX_NAMESAKES);
}

/* The places of the mention's sentence, other forms' bound to towns,
** divisions or countries: how many are towns or divisions of country a3, into
** *ours, and how many are of another country, into *others. Mentions are in
** text order, so the sentence's are the run around m with its sentence index. */
static void neighbours(const naba_doc *doc, const link_forms *f, const uint32_t *form_of, size_t m, const char *a3,
                       size_t *ours, size_t *others) {
    size_t t = naba_token_at(doc, doc->mentions.v[m].start);
    if (t >= doc->tokens.n) return;
    uint32_t sent = doc->tokens.v[t].sent;
    for (int dir = -1; dir <= 1; dir += 2)
        for (size_t j = m + (size_t)dir; j < doc->mentions.n; j += (size_t)dir) {
            size_t u = naba_token_at(doc, doc->mentions.v[j].start);
            if (u >= doc->tokens.n || doc->tokens.v[u].sent != sent) break;
            const link_form *o = &f->v[form_of[j]];
            if (form_of[j] == form_of[m] || !o->has_kb || kb_ent(o->kb)->type != NABA_ENT_LOC) continue;
            if (strcmp(country_of(o->kb), a3)) (*others)++;
            else if (is_town(kb_ent(o->kb))) (*ours)++;
        }
}

static int foreign_town(kb_ref r, const char *own) {
    return is_town(kb_ent(r)) && *country_of(r) && strcmp(country_of(r), own);
}

/* Are the document's other places bound to something of a country all of
** country a3, one at least? A page of one country's places makes its
** namesake plain where no sentence does (الجوف on a Saudi page beside
** الرياض and جازان in other sentences was Libya's: session 29 third round); a
** page that also names another country, as most name the United States, does
** not, nor does a body's country alone (ماركا made ليون, the club, León). */
static int page_of_one_country(const link_forms *f, size_t i, const char *a3) {
    size_t ours = 0;
    for (size_t g = 0; g < f->n; g++) {
        const link_form *o = &f->v[g];
        if (g == i || !o->has_kb || kb_ent(o->kb)->type != NABA_ENT_LOC || !*country_of(o->kb)) continue;
        if (strcmp(country_of(o->kb), a3)) return 0;
        ours++;
    }
    return ours > 0;
}

/* A town bound to one of several namesakes, named in sentences beside towns
** or divisions of one namesake's country and beside no place of another
** country (its own or a third), is that namesake: محافظتي درعا والقنيطرة,
** قرية دوما قرب نابلس. Not a city of a million, nor a town of a country
** something else of the document stands for. The lists a sentence makes of
** places of several countries (كوماسي ومينيسوتا وماساتشوستس وجنيف; واشنطن
** beside روسيا and جنيف) are no cue. */
static void neighbour_towns(const naba_doc *doc, const link_state *st, link_forms *f, const uint32_t *form_of,
                            size_t i) {
    link_form *fm = &f->v[i];
    kb_ref c[MAX_NAMESAKES];
    size_t n = namesakes(st, fm, c), pick = n, picks = 0;
    const char *own = country_of(fm->kb);
    size_t foreign = 0;
    for (size_t k = 0; k < n; k++) foreign += foreign_town(c[k], own);
    /* the checks over the document's forms and mentions only for the few
    ** forms with a foreign namesake */
    if (!foreign || kb_ent(fm->kb)->rank == KB_RANK_BIG_CITY || link_country_bound(f, i, own)) return;
    for (size_t k = 0; k < n; k++) {
        if (!foreign_town(c[k], own)) continue;
        size_t ours = 0, others = 0;
        for (size_t m = fm->first; m < doc->mentions.n; m++)
            if (form_of[m] == i) neighbours(doc, f, form_of, m, country_of(c[k]), &ours, &others);
        if (ours && !others) { pick = k; picks++; }
    }
    if (!picks)
        for (size_t k = 0; k < n; k++)
            if (foreign_town(c[k], own) && page_of_one_country(f, i, country_of(c[k]))) { pick = k; picks++; }
    if (picks == 1) fm->kb = c[pick];
}

static int sport_page(const naba_doc *doc) {
    return doc->topic.label && !strcmp(doc->topic.label, "sport");
}

/* A place-typed form bound to a club or to a place that shares its name with
** one: the club on a sport page, the place on any other when it is a big city
** or a division (a small town of another country, Chelsea, Massachusetts,
** does not outweigh the club تشيلسي, as in link_forms.c's bind); the place
** also on a sport page where a city's cue marks it, a form of its own (محكمة
** في مدينة ليفربول, بالعاصمة الإيطالية روما: session 27). */
static void club_or_place(const naba_doc *doc, const link_state *st, link_form *fm) {
    kb_ref c[MAX_NAMESAKES];
    size_t n = namesakes(st, fm, c), club = n, place = n;
    for (size_t k = 0; k < n; k++) {
        if (club == n && is_club(c[k])) club = k;
        if (place == n && is_town(kb_ent(c[k]))) place = k;
    }
    if (club == n || place == n) return;
    if (fm->city) fm->kb = c[place];
    else if (sport_page(doc)) fm->kb = c[club];
    else if (kb_ent(c[place])->rank != KB_RANK_CITY) fm->kb = c[place];
}

/* Only a club named نادي + a word with the article (نادي النصر السعودي,
** نادي القادسية), whose one word is a common one: not FIFA's الفيفا nor
** أرسنال, which name nothing else on any page. */
int link_club_off_pitch(const naba_doc *doc, const link_form *fm) {
    static const char club_word[] = "نادي ال";
    return fm->has_kb && is_club(fm->kb) && !strchr(fm->key, ' ') &&
           !strncmp(kb_str(fm->kb, kb_ent(fm->kb)->name_ar), club_word, sizeof club_word - 1) && !sport_page(doc);
}

void link_namesake_places(const naba_doc *doc, const link_state *st, link_forms *f, const uint32_t *form_of) {
    for (size_t i = 0; i < f->n; i++) {
        link_form *fm = &f->v[i];
        if (!fm->has_kb || fm->latin || fm->type != NABA_ENT_LOC) continue;
        club_or_place(doc, st, fm);
        if (!fm->city && is_town(kb_ent(fm->kb))) neighbour_towns(doc, st, f, form_of, i);
    }
}
