/*
** link_forms.c — the distinct mention strings of a document ("forms"), their
** resolution against the knowledge base, and their grouping into identities.
**
** Passes, each a union of forms (never of two forms bound to different KB
** entities):
**   1. KB by name: the key, or the key without ال (a person's surname alone
**      by its surname key when one person in the KB has it); a Latin form by
**      its English name or alias, or without a leading "The", and by none
**      when two entities share that name;
**   2. KB by skeleton and one-letter deletions of it (هاكان فيان -> Hakan Fidan,
**      Dimtry Peskov -> Dmitry Peskov), accepted only with corroboration: the
**      entity is already named in the document, or another word of the name
**      matches exactly; a small town so met in a document naming nothing
**      else of its country is let go (lone_towns);
**   3. surname -> full name inside the document (ميدينسكي -> فلاديمير ميدينسكي),
**      before the KB's one person of that surname from another country
**      (هيلي after نيكي هيلي), and before a place the KB names so (كاين
**      after هاري كاين, not Caen);
**      after pass 4, a family name written first or a given name few people
**      bear -> the full name named earlier (كيم -> كيم جونغ أون, شيرين ->
**      شيرين عبد الوهاب);
**   4. spelling variants in one script (equal skeletons, or skeletons one edit
**      apart); two or more edits apart in the key -> a flagged variant; a
**      newspaper's name after صحيفة -> the same name without the cue; a body
**      cut short -> the one longer body name of the document it begins
**      (الاتحاد السعودي -> الاتحاد السعودي لكرة القدم); a name in brackets
**      right after a body's -> that body (its initials: الهايكا, سيرن);
**   5. across scripts: Latin forms against Arabic ones with the letter model.
*/
#include "affix.h"
#include "hashmap.h"
#include "link.h"
#include "model.h"
#include "namekey.h"
#include "ner.h"
#include "wordtab.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDIDATES 16

uint32_t link_root(link_forms *f, uint32_t i) {
    while (f->v[i].parent != i) {
        f->v[i].parent = f->v[f->v[i].parent].parent;
        i = f->v[i].parent;
    }
    return i;
}

static int same_kb(const link_form *a, const link_form *b) {
    return a->kb.t == b->kb.t && a->kb.i == b->kb.i;
}

static const char *kb_id(const link_form *fm) { return kb_str(fm->kb, kb_ent(fm->kb)->id); }

/* Same identity in KB terms: same entity, or entities with the same id. */
static int kb_equal(const link_form *a, const link_form *b) {
    if (same_kb(a, b)) return 1;
    return !strcmp(kb_id(a), kb_id(b));
}

/* Is the form bound to something other than a body? */
static int placed(const link_form *fm) { return fm->has_kb && kb_ent(fm->kb)->type != NABA_ENT_ORG; }

/* Join the groups of a and b; the root keeps any KB binding. Returns 0 when
** the groups are bound to different entities (then nothing changes). */
static int unite(link_forms *f, uint32_t a, uint32_t b) {
    uint32_t ra = link_root(f, a), rb = link_root(f, b);
    if (ra == rb) return 1;
    /* a newspaper's name is not the place it is named after (صحيفة مكة) */
    if ((f->v[a].city == LINK_CUE_PRESS) != (f->v[b].city == LINK_CUE_PRESS) && (placed(&f->v[ra]) || placed(&f->v[rb])))
        return 0;
    if (f->v[ra].has_kb && f->v[rb].has_kb && !kb_equal(&f->v[ra], &f->v[rb])) return 0;
    /* the earlier form is the root, so entity order follows the text */
    if (f->v[rb].first < f->v[ra].first) { uint32_t t = ra; ra = rb; rb = t; }
    link_form *x = &f->v[ra], *y = &f->v[rb];
    if (y->has_kb && !x->has_kb) { x->has_kb = 1; x->kb = y->kb; }
    y->parent = ra;
    x->size += y->size;
    return 1;
}

static int type_class(int type) { return type == NABA_ENT_PER ? 0 : 1; }

int link_type_ok(int mt, int kt) {
    if (kt >= NABA_ENT_COUNT) return 0;
    return type_class(mt) == type_class(kt);
}

static char *arena_copy(naba_doc *doc, const char *s) { return naba_arena_strndup(doc->arena, s, strlen(s)); }

static int bind(link_form *fm, const kb_ref *c, size_t n, float conf) {
    for (size_t i = 0; i < n; i++) {
        if (!link_type_ok(fm->type, kb_ent(c[i])->type)) continue;
        /* an entity of the mention's own type first, when the KB holds it
        ** (curated) or it is a country, a region or a big city: دوما typed a
        ** place is the Syrian town, not the Duma (الدوما without ال), and
        ** برشلونة the city, not the club; a small town of another country
        ** (Chelsea, Massachusetts) does not outweigh the club تشيلسي */
        for (size_t j = i + 1; kb_ent(c[i])->type != fm->type && j < n; j++)
            if (kb_ent(c[j])->type == fm->type && kb_ent(c[j])->rank <= KB_RANK_BIG_CITY) i = j;
        fm->has_kb = 1;
        fm->kb = c[i];
        fm->conf = conf * (kb_ent(c[i])->type == fm->type ? 1.0f : 0.9f);
        return 1;
    }
    return 0;
}

/* Undo a binding the document does not bear out. */
static void unbind(link_form *fm) {
    fm->has_kb = 0;
    fm->by_surname = 0;
}

/* Is the one-word person form fm bound to a person whose name has more words
** (السراج, an alias of فايز السراج)? Then it is a surname, as in pass 1's
** surname keys. */
static int lone_surname(const link_form *fm) {
    const kb_entity *e = kb_ent(fm->kb);
    return fm->type == NABA_ENT_PER && fm->words == 1 && e->type == NABA_ENT_PER &&
           strchr(kb_str(fm->kb, e->name_ar), ' ') != NULL;
}

/* Is the key of a one-word form a common given name (given_names.tsv)? */
static int common_given(const link_state *st, const char *key) {
    kb_ref c;
    char al[NAME_KEY_MAX];
    name_strip_al(key, al, sizeof al);
    return kb_lookup(st->kb, KB_KEY_GIVEN, key, &c, 1) || kb_lookup(st->kb, KB_KEY_GIVEN, al, &c, 1);
}

/* A person form of several words whose name the KB knows exactly as a
** place or a body, and as no person, is that place or body: the recognizer
** types a foreign place name it does not know as a person's (بيونغ يانغ), and
** so it does a company's or a club's written in two words (فيس بوك, مانشستر
** يونايتد). It takes the entity's type. Not when it opens with a common given
** name: صلاح الدين is also the first name of a man the recognizer cut short
** (صلاح الدين عبد الكريم); but بن, which the given-name list holds, also
** opens the Maghreb's places (بن قردان). A one-word name only when the KB holds it as bodies
** alone (a club, لخويا): a place of the gazetteers shares most one-word names (لي Leigh,
** شيرمان Sherman, خليل Hebron). */
static void named_typed_person(const link_state *st, link_form *fm) {
    char first[NAME_KEY_MAX];
    size_t w = strcspn(fm->key, " ");
    if (w >= sizeof first) return;
    memcpy(first, fm->key, w);
    first[w] = '\0';
    /* بن opens the Maghreb's places too (بن قردان, بن عروس) */
    if (common_given(st, first) && !name_after_patronymic(fm->key, fm->key + w + 1)) return;
    kb_ref c[MAX_CANDIDATES];
    size_t n = kb_lookup(st->kb, KB_KEY_NAME, fm->key, c, MAX_CANDIDATES);
    for (size_t i = 0; i < n; i++)
        if (kb_ent(c[i])->type == NABA_ENT_PER || (fm->words < 2 && kb_ent(c[i])->type != NABA_ENT_ORG)) return;
    if (n == 0) return;
    fm->type = kb_ent(c[0])->type;
    fm->retyped = 1;
    bind(fm, c, 1, 0.9f);
}

size_t link_span_key(const naba_doc *doc, naba_off s, naba_off e, int article, char *key, size_t cap) {
    if (e > doc->text_len) e = (naba_off)doc->text_len;
    if (s > e) s = e;
    if (!article || cap < 3) return name_key(doc->text + s, e - s, key, cap);
    memcpy(key, "\xd8\xa7", 2); /* ا */
    return 2 + name_key(doc->text + s, e - s, key + 2, cap - 2);
}

size_t link_mention_key(const naba_doc *doc, const naba_mention *m, char *key, size_t cap) {
    return link_span_key(doc, m->start, m->end, (m->flags & NABA_MENTION_ARTICLE) != 0, key, cap);
}

size_t link_mention_form(const naba_doc *doc, const naba_mention *m, char *buf) {
    size_t s = m->start < doc->text_len ? m->start : doc->text_len;
    size_t e = m->end < doc->text_len ? m->end : doc->text_len;
    size_t art = (m->flags & NABA_MENTION_ARTICLE) ? 2 : 0, n = e > s ? e - s : 0;
    memcpy(buf, "\xd8\xa7", art); /* ا */
    memcpy(buf + art, doc->text + s, n);
    buf[art + n] = '\0';
    return link_unquote(buf, art + n);
}

int link_article_back(char *name, int type) {
    if (type == NABA_ENT_PER || !str_has_prefix(name, "لل") || name_length(name) < 5) return 0;
    memcpy(name, "ا", 2); /* ا and ل are two bytes each */
    return 1;
}

/* Does the best candidate of fm's type class share its rank with another
** entity (two people called Ali Hassan, two towns of one size)? */
static int tied(const link_form *fm, const kb_ref *c, size_t n) {
    const kb_ref *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!link_type_ok(fm->type, kb_ent(c[i])->type)) continue;
        if (!best) { best = &c[i]; continue; }
        return kb_ent(c[i])->rank == kb_ent(*best)->rank &&
               strcmp(kb_str(c[i], kb_ent(c[i])->id), kb_str(*best, kb_ent(*best)->id)) != 0;
    }
    return 0;
}

/* Candidates for a Latin form by its English name or alias, as written or
** without a leading "The" (The Mossad): those of the first key
** naming an entity of the form's type class, with *alt set when that key is
** not the form's own; -1 when that key names two such entities, which then
** bind to neither (here nor in pass 2). Case and diacritics are folded by
** name_key. No "The" is added: the Gulf, an alias of a sea, is not GULF of
** GULF TALENT, a company. */
static long latin_candidates(const link_state *st, const link_form *fm, kb_ref *c, int *alt) {
    const char *keys[2] = {fm->key, str_has_prefix(fm->key, "the ") ? fm->key + 4 : NULL};
    for (int k = 0; k < 2 && keys[k] && *keys[k]; k++) {
        size_t n = kb_lookup(st->kb, KB_KEY_NAME, keys[k], c, MAX_CANDIDATES);
        if (tied(fm, c, n)) return -1;
        for (size_t i = 0; i < n; i++)
            if (link_type_ok(fm->type, kb_ent(c[i])->type)) { *alt = k; return (long)n; }
    }
    return 0;
}

/* Pass 1: exact names. */
static void resolve_exact(const link_state *st, link_form *fm) {
    kb_ref c[MAX_CANDIDATES];
    char al[NAME_KEY_MAX];
    name_strip_al(fm->key, al, sizeof al);
    size_t n = 0;
    int alt = 0;
    if (link_press(st, fm)) return;  /* bound to the newspaper صحيفة + its name */
    if (fm->latin) {
        long ln = latin_candidates(st, fm, c, &alt);
        if (ln > 0) bind(fm, c, (size_t)ln, alt ? 0.9f : 0.95f);
    } else n = kb_lookup(st->kb, KB_KEY_NAME, fm->key, c, MAX_CANDIDATES);
    if (!fm->latin && !bind(fm, c, n, 0.95f)) {
        n = kb_lookup(st->kb, KB_KEY_NAME, al, c, MAX_CANDIDATES);
        bind(fm, c, n, 0.9f);
    }
    if (fm->has_kb) {
        link_city(st, fm);
        fm->by_surname = (uint8_t)lone_surname(fm);
        return;
    }
    if (fm->type == NABA_ENT_PER && fm->words == 1) {
        n = kb_lookup(st->kb, KB_KEY_SURNAME, al, c, MAX_CANDIDATES);
        size_t persons = 0;
        for (size_t i = 0; i < n; i++) persons += kb_ent(c[i])->type == NABA_ENT_PER;
        if (persons == 1) fm->by_surname = (uint8_t)bind(fm, c, n, 0.85f);
    }
    if (!fm->has_kb && fm->type == NABA_ENT_PER) named_typed_person(st, fm);
}

int link_country_bound(const link_forms *f, size_t i, const char *country) {
    for (size_t g = 0; g < f->n; g++) {
        const link_form *o = &f->v[g];
        if (g != i && o->has_kb && !strcmp(kb_str(o->kb, kb_ent(o->kb)->country), country)) return 1;
    }
    return 0;
}

/* After pass 2: a town met by its spelling alone (سان جيرمان as San Ramon,
** تل أبيض as Tel Aviv, السالمية of Kuwait as Salamiyah in Syria) in a
** document that names nothing else of its country is a stranger, and stays
** the document's own. Cities of a million people and more, countries and
** curated places keep the binding (session 23 second round: on the slices 38
** such towns, 29 wrong). */
static void lone_towns(link_forms *f) {
    for (size_t i = 0; i < f->n; i++) {
        link_form *fm = &f->v[i];
        if (!fm->has_kb || !fm->by_spelling || kb_ent(fm->kb)->rank < KB_RANK_CITY) continue;
        const char *country = kb_str(fm->kb, kb_ent(fm->kb)->country);
        int named = 0;
        for (size_t g = 0; g < f->n && !named; g++) {
            const link_form *o = &f->v[g];
            named = o->has_kb && !kb_equal(o, fm) && !strcmp(kb_str(o->kb, kb_ent(o->kb)->country), country);
        }
        if (!named) unbind(fm);
    }
}

/* After passes 1 and 2: one name for bodies of several countries (حزب العدالة
** والتنمية is Turkey's AKP and Morocco's PJD). A form bound to a body whose
** Arabic name is such a name takes the body of the one country the document's
** other forms stand for; with none or several, it is the document's own body. */
static void namesake_bodies(const link_state *st, link_forms *f) {
    for (size_t i = 0; i < f->n; i++) {
        link_form *fm = &f->v[i];
        if (!fm->has_kb || kb_ent(fm->kb)->type != NABA_ENT_ORG) continue;
        kb_ref c[MAX_CANDIDATES];
        const char *name = kb_str(fm->kb, kb_ent(fm->kb)->name_ar);
        char key[NAME_KEY_MAX];
        name_key(name, strlen(name), key, sizeof key);
        size_t n = kb_lookup(st->kb, KB_KEY_NAME, key, c, MAX_CANDIDATES), bodies = 0, named = 0, pick = 0;
        for (size_t j = 0; j < n; j++) {
            const char *country = kb_str(c[j], kb_ent(c[j])->country);
            if (kb_ent(c[j])->type != NABA_ENT_ORG || !*country) continue;
            bodies++;
            if (link_country_bound(f, i, country)) { named++; pick = j; }
        }
        if (bodies < 2) continue;
        if (named == 1) fm->kb = c[pick];
        else unbind(fm);
    }
}

/* Key of an entity's Arabic or English name, whichever is in fm's script. */
static void entity_key(const link_form *fm, kb_ref r, char *out, size_t cap) {
    const kb_entity *e = kb_ent(r);
    const char *name = kb_str(r, fm->latin ? e->name_en : e->name_ar);
    char key[NAME_KEY_MAX];
    name_key(name, strlen(name), key, sizeof key);
    name_strip_al(key, out, cap);
}

/* Do two names of several words share a word of three letters or more
** (هاكان فيان / هاكان فيدان, Dimtry Peskov / Dmitry Peskov), other than a
** head word that any body may bear (نادي الأبيار is not نادي بورتو, الاتحاد
** الوطني not اتحاد تطاوين)? */
static int shares_word(const link_state *st, const char *a, const char *b) {
    if (!strchr(a, ' ') || !strchr(b, ' ')) return 0;
    for (const char *p = a; *p;) {
        size_t la = strcspn(p, " ");
        char w[NAME_KEY_MAX];
        if (la < sizeof w) {
            memcpy(w, p, la);
            w[la] = '\0';
            int head = st->heads && ner_head_word(st->heads, w, la,
                                                  WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE) |
                                                      WT_BIT(NER_HEAD_EN), NULL);
            if (!head && name_length(w) >= 3 && name_has_word(b, p, la)) return 1;
        }
        p += la + (p[la] == ' ');
    }
    return 0;
}

/* Is the one-word form f (a key without ال) a spelling of the KB name k one
** edit away? Only a long vowel written or not inside a name of five letters
** or more (تايلند / تايلاند, زيورخ / زيوريخ, كراكاس / كاراكاس), or a
** preposition the recognizer took in (للسعودية). A changed letter, a letter
** at the end or a short name is another word: جنيه (the pound) is not Genoa
** (جنوة) nor Jounieh (جونيه), كوريا not Kourou, القديس not القدس, ليلى not
** Lille, كرماني not Kerman, كابل (a cable) not Kabul. */
static int spelling_variant(const char *f, const char *k) {
    uint32_t a[NAME_KEY_MAX], b[NAME_KEY_MAX];
    size_t na = name_code_points(f, a, NAME_KEY_MAX), nb = name_code_points(k, b, NAME_KEY_MAX);
    const uint32_t *lo = na > nb ? a : b, *sh = na > nb ? b : a;
    size_t nl = na > nb ? na : nb, ns = na > nb ? nb : na;
    if (nl != ns + 1 || ns < 5) return 0;
    size_t p = 0;
    while (p < ns && lo[p] == sh[p]) p++;
    if (memcmp(lo + p + 1, sh + p, (ns - p) * sizeof *lo)) return 0;
    uint32_t x = lo[p];
    if (p == 0) /* و ب ل ف ك written on the form */
        return lo == a && (x == 0x0648 || x == 0x0628 || x == 0x0644 || x == 0x0641 || x == 0x0643);
    return p + 1 < nl && (x == 0x0627 || x == 0x0648 || x == 0x064A);
}

/* Is the last word of the person name al (a key without ال) the surname of
** the KB person r, whose name is ek: the same word, a surname or name of r in
** the KB (شولز for أولاف شولتس), or the same skeleton in a word of five letters
** or more (ديمترييف / دميترييف)? Not كار for كيري. */
static int same_surname(const link_state *st, const char *al, const char *ek, kb_ref r) {
    char a[NAME_KEY_MAX], b[NAME_KEY_MAX], sa[NAME_KEY_MAX], sb[NAME_KEY_MAX];
    name_strip_al(name_last_word(al), a, sizeof a);
    name_strip_al(name_last_word(ek), b, sizeof b);
    if (!strcmp(a, b)) return 1;
    kb_ref c[MAX_CANDIDATES];
    size_t n = kb_lookup(st->kb, KB_KEY_SURNAME, a, c, MAX_CANDIDATES);
    n += kb_lookup(st->kb, KB_KEY_NAME, a, c + n, MAX_CANDIDATES - n);
    for (size_t i = 0; i < n; i++)
        if (c[i].t == r.t && c[i].i == r.i) return 1;
    name_skeleton(a, sa, sizeof sa);
    name_skeleton(b, sb, sizeof sb);
    return name_length(a) >= 5 && name_length(b) >= 5 && !strcmp(sa, sb);
}

/* Pass 2: candidates by skeleton or one deletion, with corroboration. */
static void resolve_fuzzy(const link_state *st, link_forms *f, uint32_t i) {
    link_form *fm = &f->v[i];
    kb_ref c[MAX_CANDIDATES * 3];
    int alt;
    if (fm->latin && latin_candidates(st, fm, c, &alt) < 0) return;
    size_t n = kb_lookup(st->kb, KB_KEY_SKEL, fm->skel, c, MAX_CANDIDATES), same_skel = n;
    n += kb_lookup(st->kb, KB_KEY_DEL, fm->skel, c + n, MAX_CANDIDATES);
    /* deletions of the form's own skeleton meet skeletons and deletions in the KB */
    size_t len = strlen(fm->skel);
    if (name_length(fm->skel) >= 5) {
        char del[NAME_KEY_MAX];
        for (size_t p = 0; p < len && n < MAX_CANDIDATES * 2;) {
            size_t cl = 1;
            while (p + cl < len && ((unsigned char)fm->skel[p + cl] & 0xC0) == 0x80) cl++;
            if (fm->skel[p] != ' ') {
                memcpy(del, fm->skel, p);
                memcpy(del + p, fm->skel + p + cl, len - p - cl + 1);
                n += kb_lookup(st->kb, KB_KEY_SKEL, del, c + n, MAX_CANDIDATES * 3 - n);
            }
            p += cl;
        }
    }
    for (size_t k = 0; k < n; k++) {
        if (!link_type_ok(fm->type, kb_ent(c[k])->type)) continue;
        /* a body's one-word name spelt like a place is the body (الغارديان,
        ** the newspaper, is not Gardanne; رينو Renault not Reno) */
        if (fm->type == NABA_ENT_ORG && fm->words == 1 && kb_ent(c[k])->type == NABA_ENT_LOC) continue;
        char ek[NAME_KEY_MAX], al[NAME_KEY_MAX];
        entity_key(fm, c[k], ek, sizeof ek);
        name_strip_al(fm->key, al, sizeof al);
        unsigned d = name_edit_distance(al, ek, 3);
        int named = 0; /* is this entity already bound to a form of the document? */
        for (size_t g = 0; g < f->n && !named; g++) {
            link_form tmp = *fm;
            tmp.kb = c[k];
            named = f->v[g].has_kb && g != i && kb_equal(&f->v[g], &tmp);
        }
        /* a word of vowel letters only (يو of كيم يو جونغ, Kim Jong Un's
        ** sister) leaves no trace in the skeleton: the name met is another's */
        if (fm->type == NABA_ENT_PER && name_word_count(fm->skel) < fm->words) named = 0;
        /* met by a deletion only, three edits or more from the name and of
        ** another type, it is something else (نيوجيرسى, a state, is not
        ** الكونغرس of the same document; قانا for قنا is its news agency) */
        if (k >= same_skel && d >= 3 && kb_ent(c[k])->type != fm->type) named = 0;
        /* a shared word corroborates a near spelling (Dimtry Peskov), but a
        ** person far in spelling is a stranger of the same surname (جوتا سيلفا
        ** is not لولا دا سيلفا), and for a person only the surname counts: a
        ** first name is shared by strangers (جون كار is not جون كيري, محمد بن
        ** نواف not محمد بن نايف); places and bodies grow words (الولايات المتحدة
        ** الأميركية) */
        int near = d == 0 || (d == 1 && (fm->words > 1 || spelling_variant(al, ek)));
        /* a government body's name is its head word and common nouns, where
        ** a letter more is another body (مجلس الأمناء, a board of trustees, is
        ** not مجلس الأمن named on the same page) */
        if (d > 0 && fm->type == NABA_ENT_ORG && link_opens_body(st, fm->key)) near = named = 0;
        /* but not when each name holds a nationality or region the other
        ** lacks (الاتحاد العربي لكرة القدم is not UEFA, الاتحاد الأوروبي لكرة القدم) */
        int shared = fm->type != NABA_ENT_PER ? shares_word(st, al, ek) && !link_other_fronts(st, al, ek)
                                              : d <= 3 && shares_word(st, al, ek) && same_surname(st, al, ek, c[k]);
        if (near || named || shared) {
            /* a vowel letter more or less is a spelling; a consonant is a variant */
            char es[NAME_KEY_MAX];
            name_skeleton(ek, es, sizeof es);
            fm->has_kb = 1;
            fm->by_spelling = 1;
            fm->kb = c[k];
            fm->variant = d >= 2 || strcmp(es, fm->skel) != 0;
            fm->conf = fm->variant ? 0.5f : 0.8f;
            return;
        }
    }
}

/* Keys compared for spelling: without ال. */
static unsigned key_distance(const link_form *a, const link_form *b, unsigned max) {
    char x[NAME_KEY_MAX], y[NAME_KEY_MAX];
    name_strip_al(a->key, x, sizeof x);
    name_strip_al(b->key, y, sizeof y);
    return name_edit_distance(x, y, max);
}

/* Merge b into a's group; flag b as a variant when it is far from a. */
static void merge(link_forms *f, uint32_t a, uint32_t b, int flagged, float conf) {
    if (link_root(f, a) == link_root(f, b) || !unite(f, a, b)) return;
    if (flagged) f->v[b].variant = 1;
    if (!f->v[b].has_kb && conf < f->v[b].conf) f->v[b].conf = conf;
}

/* Is the first word of key s, by skeleton, a word of key l or two of its
** words written together (عبدالله for عبد الله)? */
static int first_word_in(const char *s, const char *l) {
    char w[NAME_KEY_MAX], fs[NAME_KEY_MAX], ls[NAME_KEY_MAX];
    size_t n = strcspn(s, " ");
    if (n >= sizeof w) return 0;
    memcpy(w, s, n);
    w[n] = '\0';
    name_skeleton(w, fs, sizeof fs);
    for (const char *q = l; *q;) {
        size_t a = strcspn(q, " "), b = q[a] ? strcspn(q + a + 1, " ") : 0;
        for (int join = 0; join <= (b > 0); join++) {
            size_t o = 0;
            for (size_t i = 0; i < a + (join ? 1 + b : 0) && o + 1 < sizeof w; i++)
                if (q[i] != ' ') w[o++] = q[i];
            w[o] = '\0';
            name_skeleton(w, ls, sizeof ls);
            if (!strcmp(ls, fs)) return 1;
        }
        q += a + (q[a] == ' ');
    }
    return 0;
}

/* Key k with a hashtag's underscores as spaces (#كريستين_لاغارد). */
static void spaced(const char *k, char *out, size_t cap) {
    size_t n = strlen(k) < cap - 1 ? strlen(k) : cap - 1;
    for (size_t i = 0; i < n; i++) out[i] = k[i] == '_' ? ' ' : k[i];
    out[n] = '\0';
}

/* Is the longer name l, ending in the surname s bound to a KB person, that
** person by its first word (أنطونيو غوتيريس, أبوبكر البغدادي), not a namesake
** (محمد السراج, عبد المنعم مدبولي, أنيس العامري)? */
static int kb_first_name(const link_form *s, const link_form *l) {
    char ek[NAME_KEY_MAX], lk[NAME_KEY_MAX];
    entity_key(l, s->kb, ek, sizeof ek);
    spaced(l->key, lk, sizeof lk);
    return first_word_in(lk, ek);
}

/* Is form b a longer name of the document ending in surname a (of any type:
** the recognizer types hashtags, #كريستين_لاغارد, as it can)? */
static int longer_name(const link_forms *f, uint32_t a, uint32_t b) {
    const link_form *s = &f->v[a], *l = &f->v[b];
    char lk[NAME_KEY_MAX], ss[NAME_KEY_MAX], sl[NAME_KEY_MAX], al[NAME_KEY_MAX];
    spaced(l->key, lk, sizeof lk);
    if (name_word_count(lk) <= s->words || l->latin != s->latin) return 0;
    name_strip_al(s->key, al, sizeof al);
    name_skeleton(al, ss, sizeof ss);
    name_strip_al(name_last_word(lk), al, sizeof al);
    name_skeleton(al, sl, sizeof sl);
    return !strcmp(ss, sl);
}

/* A surname bound to the KB's one person of that name, or a one-word alias
** of a person (pass 1), stands for that person only when the document
** corroborates it: it names the person otherwise too (فايز السراج, أنطونيو
** غوتيريس), or names a place or body of the person's country or institution
** (طرابلس for Fayez al-Sarraj, صندوق النقد for Lagarde), or the country
** itself (ليبيا, الليبي, العاهل السعودي for King Salman). A lone السراج in an
** article about a Saudi musician, a مازن, a شوف (Tunisian "look") or an عباس
** in a culture story is a stranger. */
static int surname_corroborated(naba_doc *doc, const link_state *st, const link_forms *f, uint32_t a) {
    const link_form *s = &f->v[a];
    const kb_entity *e = kb_ent(s->kb);
    const char *country = kb_str(s->kb, e->country), *actor = kb_str(s->kb, e->actor);
    for (uint32_t g = 0; g < f->n; g++) {
        const link_form *o = &f->v[g];
        if (g == a) continue;
        if (!o->has_kb) {
            if (longer_name(f, a, g) && kb_first_name(s, o)) return 1;
            continue;
        }
        if (!o->by_surname && kb_equal(o, s)) return 1;
        if (o->type == NABA_ENT_PER) continue;
        const kb_entity *oe = kb_ent(o->kb);
        if ((*country && !strcmp(kb_str(o->kb, oe->country), country)) ||
            (*actor && !strcmp(kb_str(o->kb, oe->actor), actor)))
            return 1;
    }
    return *country && link_country_named(doc, st, country);
}

/* Is form a alone in its group? */
static int alone(link_forms *f, uint32_t a) { return link_root(f, a) == a && f->v[a].size == 1; }

/* Is the group of form l bound to a KB person of a country whose names are
** written family name first in Arabic news too: Chinese, Korean, Vietnamese,
** Cambodian (كيم جونغ أون, شي جين بينغ, مون جاي إن, هون سين)? Japanese names
** reach Arabic in Western order (شينزو آبي), so Japan is not one. */
static int family_name_first(link_forms *f, uint32_t l) {
    static const char *const countries[] = {"CHN", "HKG", "KHM", "KOR", "MAC", "PRK", "SGP", "TWN", "VNM"};
    const link_form *r = &f->v[link_root(f, l)];
    if (!r->has_kb || kb_ent(r->kb)->type != NABA_ENT_PER) return 0;
    const char *c = kb_str(r->kb, kb_ent(r->kb)->country);
    for (size_t i = 0; i < sizeof countries / sizeof *countries; i++)
        if (!strcmp(c, countries[i])) return 1;
    return 0;
}

/* Does the one-word person form a, bound to a KB person with a longer name
** that the document names no other way (the KB's one هيلي, John Healey), yield
** to the document's own full name b ending in it? Yes when b is bound to a KB
** person of another country (هيلي after نيكي هيلي is Nikki Haley, برانسون after
** ريتشارد برانسون is not Andrew Brunson; but ترامب after إيفانكا ترامب is
** still her father), or to none and its first word is not the KB person's
** (سيلفا after جوتا سيلفا). */
static int surname_yields(link_forms *f, uint32_t a, uint32_t b) {
    const link_form *s = &f->v[a], *r = &f->v[link_root(f, b)];
    if (!s->has_kb || !lone_surname(s) || !alone(f, a)) return 0;
    if (!r->has_kb) return !kb_first_name(s, &f->v[b]);
    const char *cs = kb_str(s->kb, kb_ent(s->kb)->country), *cr = kb_str(r->kb, kb_ent(r->kb)->country);
    return !kb_equal(r, s) && (!*cs || strcmp(cs, cr) != 0);
}

/* Does the document's own full name b give another given name than the KB
** person the group of surname a is bound to? جيب بوش is not George W. Bush
** because بوش alone is, and joining them would make Jeb the president. */
static int other_given_name(link_forms *f, uint32_t a, uint32_t b) {
    const link_form *r = &f->v[link_root(f, a)];
    return r->has_kb && kb_ent(r->kb)->type == NABA_ENT_PER && !f->v[link_root(f, b)].has_kb &&
           f->v[b].words >= 2 && !kb_first_name(r, &f->v[b]);
}

/* Is the short form s the بن family name (بن علي, بن عمر, بن سلمان) that the
** longer name l ends with (يوسف بن علي, زياد بن عمر, محمد بن سلمان)? Then it is
** that person, not the father its last word names. */
static int family_bin(const link_form *s, const link_form *l) {
    size_t nl = strlen(l->key), ns = strlen(s->key);
    return s->words == 2 && name_after_patronymic(s->key, name_last_word(s->key)) && nl > ns &&
           l->key[nl - ns - 1] == ' ' && !strcmp(l->key + nl - ns, s->key);
}

/* The pairs of person forms (a, b) of one script whose last words can pass
** pass 3's test: the same skeleton, or one edit apart (link_near_pairs), in
** the order of a loop over a, then b. */
static naba_status surname_pairs(const link_forms *f, link_pair **p, size_t *np) {
    size_t n = f->n ? f->n : 1;
    const char **last = malloc(n * sizeof *last), **skel = malloc(n * sizeof *skel);
    char *buf = malloc(n * NAME_KEY_MAX);
    uint32_t *cls = malloc(n * sizeof *cls);
    naba_status rc = last && skel && buf && cls ? NABA_OK : NABA_ERR_NOMEM;
    for (size_t i = 0; rc == NABA_OK && i < f->n; i++) {
        last[i] = name_last_word(f->v[i].key);
        name_skeleton(last[i], buf + i * NAME_KEY_MAX, NAME_KEY_MAX);
        skel[i] = buf + i * NAME_KEY_MAX;
        cls[i] = f->v[i].type == NABA_ENT_PER ? f->v[i].latin : LINK_NO_CLASS;
    }
    const char *const *keys[] = {last, skel};
    if (rc == NABA_OK) rc = link_near_pairs(keys, 2, cls, f->n, 1, p, np);
    free(last);
    free(skel);
    free(buf);
    free(cls);
    return rc;
}

/* Pass 3: a shorter person name ending like a longer one is that person,
** unless it gives another first name (سيخر ساهو is not سودام شاران ساهو:
** relatives share surnames). A surname the KB bound to its one person of that
** name yields to the document's own full name (سيلفا after جوتا سيلفا). A name
** after بن is the father's (سعيد after قابوس بن سعيد is another man), but the
** two words بن سعيد are the family name (family_bin); so is a whole name of
** two words or more after بن. */
static naba_status surnames(link_forms *f) {
    link_pair *p = NULL;
    size_t np = 0, k = 0;
    naba_status rc = surname_pairs(f, &p, &np);
    for (uint32_t a = 0; rc == NABA_OK && a < f->n; a++) {
        link_form *s = &f->v[a];
        while (k < np && p[k].a < a) k++;
        if (s->type != NABA_ENT_PER) continue;
        const char *ls = name_last_word(s->key);
        char ss[NAME_KEY_MAX];
        name_skeleton(ls, ss, sizeof ss);
        for (; k < np && p[k].a == a; k++) {
            uint32_t b = p[k].b;
            link_form *l = &f->v[b];
            if (a == b || l->type != NABA_ENT_PER || l->words <= s->words || l->latin != s->latin) continue;
            if (s->words >= 2 && !first_word_in(s->key, l->key)) continue;
            /* such a name ends in a given name: a longer name is the person
            ** only with words before the whole name (الزعيم كيم جونغ), not one
            ** more given name or another last one (كيم يو جونغ, كيم إيل سونغ) */
            size_t nl = strlen(l->key), ns = strlen(s->key);
            if (family_name_first(f, a) && !f->v[link_root(f, b)].has_kb &&
                !(str_has_suffix(l->key, s->key) && l->key[nl - ns - 1] == ' '))
                continue;
            const char *ll = name_last_word(l->key);
            if (name_after_patronymic(l->key, ll) && !family_bin(s, l)) continue;
            /* the whole shorter name after بن: the father's (مبارك السليم of
            ** عبدالعزيز بن مبارك السليم) */
            if (s->words >= 2 && str_has_suffix(l->key, s->key) && name_after_patronymic(l->key, l->key + nl - ns))
                continue;
            char sl[NAME_KEY_MAX];
            name_skeleton(ll, sl, sizeof sl);
            unsigned d = strcmp(ls, ll) ? name_edit_distance(ls, ll, 3) : 0;
            int same = !strcmp(ss, sl);
            if (d > 0 && !(name_length(ls) >= 4 && (same ? d <= 2 : d <= 1))) continue;
            int yields = surname_yields(f, a, b);
            if (!yields && other_given_name(f, a, b)) continue;
            if (yields) unbind(s);
            if (d == 0) merge(f, b, a, 0, 0.9f);
            else merge(f, b, a, d >= 2 || !same, 0.7f);
            break;
        }
    }
    free(p);
    return rc;
}

/* Is every mention of form a right after a king's, prince's or sultan's
** title (الملك عبدالله, الأمير محمد)? A common given name so titled is the
** royal the document named in full, no stranger (session 38, ent54). */
static int after_royal_title(const naba_doc *doc, const uint32_t *form_of, uint32_t a) {
    static const char *const titles[] = {"الملك", "الأمير", "الامير", "السلطان", NULL};
    int any = 0;
    for (size_t m = 0; m < doc->mentions.n; m++) {
        if (form_of[m] != a) continue;
        size_t t = naba_token_at(doc, doc->mentions.v[m].start);
        if (t >= doc->tokens.n || doc->tokens.v[t].start != doc->mentions.v[m].start ||
            !link_token_is(doc, link_token_before(doc, t, 1), titles))
            return 0;
        any = 1;
    }
    return any;
}

/* Does the one-word form a name the group of form l by a given name: not a
** common one unless a royal title stands before it (titled), and when the
** group is a KB person, a word of that person's KB name (جيب of جيب بوش,
** linked by its surname to George W. Bush, is not his)? */
static int given_name_of(const link_state *st, link_forms *f, uint32_t a, uint32_t l, int titled) {
    const link_form *s = &f->v[a], *r = &f->v[link_root(f, l)];
    if (!titled && common_given(st, s->key)) return 0;
    if (!r->has_kb) return 1;
    char ek[NAME_KEY_MAX];
    entity_key(s, r->kb, ek, sizeof ek);
    return first_word_in(s->key, ek);
}

/* Pass 4b: a one-word person form that is the first word of a person's full
** name named earlier in the document is that person when the first word is
** the family name (كيم after كيم جونغ أون), or a given name few people bear
** (شيرين after شيرين عبد الوهاب, هيفاء after هيفاء وهبي). Two people of that
** name named before it (كيم جونغ أون and his sister كيم يو جونغ) leave it
** alone. A common given name is shared by strangers (محمد after محمد عبده may
** be the Prophet, خالد after one suicide bomber another), unless a royal
** title stands before each of its mentions and the full name holds بن
** (الملك عبدالله after الملك عبدالله بن عبدالعزيز); a word that pass 3 made
** another's surname (كيم of سونغ كيم) stays his. */
static void family_names(const naba_doc *doc, const link_state *st, link_forms *f, const uint32_t *form_of) {
    for (uint32_t a = 0; a < f->n; a++) {
        const link_form *s = &f->v[a];
        if (s->type != NABA_ENT_PER || s->words != 1 || s->has_kb || !alone(f, a)) continue;
        uint32_t hit = UINT32_MAX;
        int ambiguous = 0;
        for (uint32_t b = 0; b < f->n && !ambiguous; b++) {
            const link_form *l = &f->v[b];
            size_t n = strcspn(l->key, " ");
            if (l->type != NABA_ENT_PER || l->words < 2 || l->first > s->first || l->latin != s->latin) continue;
            if (n != strlen(s->key) || memcmp(l->key, s->key, n)) continue;
            if (hit != UINT32_MAX && link_root(f, hit) != link_root(f, b)) ambiguous = 1;
            hit = b;
        }
        if (hit == UINT32_MAX || ambiguous) continue;
        /* a royal's full name holds بن: not متنزه الملك [عبدالله البحري], a park */
        int titled = name_has_word(f->v[hit].key, "بن", strlen("بن")) && after_royal_title(doc, form_of, a);
        if (family_name_first(f, hit) || given_name_of(st, f, a, hit, titled))
            merge(f, hit, a, 0, 0.85f);
    }
}

typedef struct last_word_lookup { const link_forms *f; const char *w; size_t n; } last_word_lookup;

/* Is the last word of form's key l->w[0..n)? */
static int ends_in_word(const void *ctx, uint32_t form) {
    const last_word_lookup *l = ctx;
    const char *last = name_last_word(l->f->v[form].key);
    return strlen(last) == l->n && !memcmp(last, l->w, l->n);
}

/* Which forms join_last_words reads: a whole name (its last word kept) and a
** one-word part that may join the one whole name ending in it. */
typedef int (*last_word_test)(const link_state *st, link_forms *f, uint32_t i);

/* A KB person's name of two words or more, its last word no father's name
** (محمد بن سلمان). */
static int person_whole(const link_state *st, link_forms *f, uint32_t i) {
    (void)st;
    const link_form *r = &f->v[link_root(f, i)];
    return f->v[i].type == NABA_ENT_PER && f->v[i].words >= 2 && r->has_kb && kb_ent(r->kb)->type == NABA_ENT_PER &&
           !name_after_patronymic(f->v[i].key, name_last_word(f->v[i].key));
}

/* A one-word name the KB binds to a place by its name alone. */
static int place_part(const link_state *st, link_forms *f, uint32_t i) {
    (void)st;
    const link_form *fm = &f->v[i];
    return fm->words == 1 && !fm->latin && placed(fm) && kb_ent(fm->kb)->type != NABA_ENT_PER && alone(f, i);
}

/* A KB body's name of two words or more (مانشستر يونايتد). */
static int body_whole(const link_state *st, link_forms *f, uint32_t i) {
    (void)st;
    const link_form *r = &f->v[link_root(f, i)];
    return f->v[i].words >= 2 && r->has_kb && kb_ent(r->kb)->type == NABA_ENT_ORG;
}

/* A one-word name the KB does not bind, of any type (the recognizer types
** سيتي a person), not a newspaper's after صحيفة (صحيفة العربي الجديد's
** العربي, cut short, is not القدس العربي's) and no nationality adjective
** (السعودي alone is no Saudi body's). */
static int unbound_part(const link_state *st, link_forms *f, uint32_t i) {
    const link_form *fm = &f->v[i];
    char al[NAME_KEY_MAX];
    kb_ref c[1];
    if (fm->words != 1 || fm->latin || fm->has_kb || fm->city == LINK_CUE_PRESS || !alone(f, i)) return 0;
    name_strip_al(fm->key, al, sizeof al);
    return !kb_lookup(st->kb, KB_KEY_ADJ, fm->key, c, 1) && !kb_lookup(st->kb, KB_KEY_ADJ, al, c, 1);
}

/* Each part (one word) that is the last word of the whole names of one
** group of the document only joins that group, unbound first. One look-up
** per part in a table of the wholes' last words. */
static naba_status join_last_words(const link_state *st, link_forms *f, last_word_test whole, last_word_test part) {
    size_t wholes = 0;
    for (uint32_t i = 0; i < f->n; i++) wholes += whole(st, f, i) != 0;
    if (!wholes) return NABA_OK;
    naba_hashmap table;
    naba_hm_init(&table, NULL);
    if (naba_hm_reserve(&table, wholes)) return NABA_ERR_NOMEM;
    uint8_t *shared = calloc(table.cap, 1); /* the last word of two groups */
    if (!shared) { naba_hm_free(&table); return NABA_ERR_NOMEM; }
    for (uint32_t i = 0; i < f->n; i++) {
        if (!whole(st, f, i)) continue;
        last_word_lookup l = {f, name_last_word(f->v[i].key), 0};
        l.n = strlen(l.w);
        size_t slot = naba_hm_slot(&table, naba_fnv1a64(l.w, l.n, NABA_FNV_INIT), ends_in_word, &l);
        if (table.slots[slot].val == NABA_HM_NONE) naba_hm_fill(&table, slot, naba_fnv1a64(l.w, l.n, NABA_FNV_INIT), i);
        else if (link_root(f, table.slots[slot].val) != link_root(f, i)) shared[slot] = 1;
    }
    for (uint32_t i = 0; i < f->n; i++) {
        if (!part(st, f, i)) continue;
        last_word_lookup l = {f, f->v[i].key, strlen(f->v[i].key)};
        size_t slot = naba_hm_slot(&table, naba_fnv1a64(l.w, l.n, NABA_FNV_INIT), ends_in_word, &l);
        uint32_t to = table.slots[slot].val;
        if (to == NABA_HM_NONE || shared[slot]) continue;
        unbind(&f->v[i]);
        merge(f, to, i, 0, 0.9f);
    }
    free(shared);
    naba_hm_free(&table);
    return NABA_OK;
}

/* After pass 3: a one-word name the KB binds to a place by its name alone
** that is the last word of the full name of a KB person of the document
** (كاين after هاري كاين is not Caen, كلينتون after هيلاري كلينتون not the
** town Clinton) is that person, when one such person of the document has
** it. Likewise a one-word name the KB does not know that is the last word
** of a KB body's name on the page, that body's only (يونايتد after مانشستر
** يونايتد, سيتي after مانشستر سيتي: session 32). */
static naba_status last_word_parts(const link_state *st, link_forms *f) {
    naba_status rc = join_last_words(st, f, person_whole, place_part);
    return rc == NABA_OK ? join_last_words(st, f, body_whole, unbound_part) : rc;
}

/* Pass 4: spelling variants within one script. Only forms whose skeletons
** are one edit apart can be variants: link_near_pairs gives them in the order
** of a loop over each pair. */
static naba_status variants(link_forms *f) {
    const char **skel = malloc((f->n ? f->n : 1) * sizeof *skel);
    uint32_t *cls = malloc((f->n ? f->n : 1) * sizeof *cls);
    link_pair *p = NULL;
    size_t np = 0;
    naba_status rc = skel && cls ? NABA_OK : NABA_ERR_NOMEM;
    for (size_t i = 0; rc == NABA_OK && i < f->n; i++) {
        skel[i] = f->v[i].skel;
        cls[i] = (uint32_t)f->v[i].latin | (uint32_t)type_class(f->v[i].type) << 1 | f->v[i].words << 2;
    }
    const char *const *keys[] = {skel};
    if (rc == NABA_OK) rc = link_near_pairs(keys, 1, cls, f->n, 0, &p, &np);
    free(skel);
    free(cls);
    for (size_t k = 0; k < np; k++) {
        uint32_t a = p[k].a, b = p[k].b;
        link_form *x = &f->v[a], *y = &f->v[b];
        if (x->latin != y->latin || type_class(x->type) != type_class(y->type) || x->words != y->words) continue;
        if (name_length(x->skel) < 3) continue;
        unsigned d = key_distance(x, y, 3);
        int same_skel = !strcmp(x->skel, y->skel);
        if ((same_skel && d <= 2) || (name_length(x->skel) >= 4 && name_edit_distance(x->skel, y->skel, 1) <= 1 && d <= 1)) {
            int flagged = d >= 2 || !same_skel;
            merge(f, a, b, flagged, flagged ? 0.5f : 0.8f);
        }
    }
    free(p);
    return rc;
}

typedef struct prefix_lookup { const link_forms *f; const char *key; size_t n; } prefix_lookup;

/* Does form's key begin with the words l->key[0..n)? */
static int begins_with(const void *ctx, uint32_t form) {
    const prefix_lookup *l = ctx;
    const char *k = l->f->v[form].key;
    return !strncmp(k, l->key, l->n) && k[l->n] == ' ';
}

/* Can form fm, unbound, be a body's name cut short: a body of more than one
** word, or of one that is no body's head noun (حزب, منظمة, الاتحاد alone are
** any party or union) cut from a body the KB holds (أتلتيكو, بايرن; a
** company's one word before a name of the document's own is as often
** another body: أوبر, أوبر إيليفيت)? */
static int cut_body(const link_state *st, link_forms *f, uint32_t i, uint32_t whole) {
    const link_form *fm = &f->v[i];
    if (fm->type != NABA_ENT_ORG || fm->has_kb || fm->latin || !fm->key[0]) return 0;
    if (fm->words > 1) return 1;
    unsigned heads = WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_OUTER) | WT_BIT(NER_HEAD_EN);
    return f->v[link_root(f, whole)].has_kb &&
           !(st->heads && ner_head_word(st->heads, fm->key, strlen(fm->key), heads, NULL));
}

/* Pass 4b: a body named in full once and cut short elsewhere (الاتحاد السعودي
** after الاتحاد السعودي لكرة القدم, منظمة الكشافة of منظمة الكشافة التونسية,
** أتلتيكو of أتلتيكو مدريد) is one body, when the short name, unbound,
** begins the names of one group of the document's bodies only. */
static naba_status cut_bodies(const link_state *st, link_forms *f) {
    naba_hashmap table;
    naba_hm_init(&table, NULL);
    size_t prefixes = 0;
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i].type == NABA_ENT_ORG && f->v[i].words > 1) prefixes += f->v[i].words - 1;
    if (!prefixes) return NABA_OK;
    if (naba_hm_reserve(&table, prefixes)) return NABA_ERR_NOMEM;
    uint8_t *shared = calloc(table.cap, 1); /* the slot's prefix begins bodies of two groups */
    if (!shared) { naba_hm_free(&table); return NABA_ERR_NOMEM; }
    for (uint32_t i = 0; i < f->n; i++) {
        const char *k = f->v[i].key;
        if (f->v[i].type != NABA_ENT_ORG || f->v[i].words < 2) continue;
        for (size_t n = strcspn(k, " "); k[n]; n += 1 + strcspn(k + n + 1, " ")) {
            prefix_lookup l = {f, k, n};
            uint64_t h = naba_fnv1a64(k, n, NABA_FNV_INIT);
            size_t slot = naba_hm_slot(&table, h, begins_with, &l);
            if (table.slots[slot].val == NABA_HM_NONE) naba_hm_fill(&table, slot, h, i);
            else if (link_root(f, table.slots[slot].val) != link_root(f, i)) shared[slot] = 1;
        }
    }
    for (uint32_t i = 0; i < f->n; i++) {
        if (f->v[i].type != NABA_ENT_ORG || f->v[link_root(f, i)].has_kb) continue;
        prefix_lookup l = {f, f->v[i].key, 0};
        l.n = strlen(l.key);
        size_t slot = naba_hm_slot(&table, naba_fnv1a64(l.key, l.n, NABA_FNV_INIT), begins_with, &l);
        uint32_t whole = table.slots[slot].val;
        if (whole != NABA_HM_NONE && !shared[slot] && cut_body(st, f, i, whole)) merge(f, whole, i, 0, 0.8f);
    }
    free(shared);
    naba_hm_free(&table);
    return NABA_OK;
}

/* Does text [s, e) hold only spaces and, once, the opening (or closing)
** bracket `br`? */
static int only_bracket(const char *text, naba_off s, naba_off e, char br) {
    int seen = 0;
    for (naba_off i = s; i < e; i++) {
        if (text[i] == br && !seen) seen = 1;
        else if (text[i] != ' ') return 0;
    }
    return seen;
}

/* Pass 4c: a name in brackets right after a body's (الهيئة العليا المستقلة
** للاتصال السمعي البصري (الهايكا), المنظمة الأوروبية للأبحاث النووية (سيرن),
** Didi Chuxing after its Arabic) is that body's initials or other name: one
** group with it, unless the bracketed name is bound to a place or a person
** (نادي القادسية (الكويت): the club's country), the body's name is bound to
** a place (ويلي (كاباييرو): a man's name typed a body, the town Wylie) or
** both are bound to the KB; a person's name of several Arabic words is a
** person (its head or founder). */
static void bracketed_names(naba_doc *doc, link_forms *f, const uint32_t *form_of) {
    for (size_t m = 0; m + 1 < doc->mentions.n; m++) {
        const naba_mention *a = &doc->mentions.v[m], *b = &doc->mentions.v[m + 1];
        if (a->type != NABA_ENT_ORG || b->start < a->end || b->end >= doc->text_len ||
            !only_bracket(doc->text, a->end, b->start, '('))
            continue;
        naba_off close = b->end;
        while (close < doc->text_len && doc->text[close] == ' ') close++;
        if (close >= doc->text_len || doc->text[close] != ')') continue;
        const link_form *fb = &f->v[form_of[m + 1]], *rb = &f->v[link_root(f, form_of[m + 1])];
        const link_form *ra = &f->v[link_root(f, form_of[m])];
        if ((rb->has_kb && (kb_ent(rb->kb)->type != NABA_ENT_ORG || ra->has_kb)) || placed(ra) ||
            (b->type == NABA_ENT_PER && !fb->latin && fb->words > 1))
            continue;
        merge(f, form_of[m], form_of[m + 1], 1, 0.8f);
    }
}

/* The Arabic forms' words as the translit channel's states, made once for
** all the Latin forms that meet them: each pair of pass 5 made them again
** from the key (src/link/README.md, "Long lines (session 25)"). */
typedef struct ar_names {
    uint16_t *states;               /* the forms' states, one form after the other */
    uint32_t *at;                   /* where form b's states start */
    uint8_t (*len)[TL_NAME_WORDS];  /* states of each word of form b */
    uint8_t *words;                 /* words of form b (0 for a Latin form) */
    uint32_t (*id)[TL_NAME_WORDS];  /* each word's number, the same for the same states */
    size_t ids;                     /* numbers given */
} ar_names;

static void ar_names_free(ar_names *a) {
    free(a->states);
    free(a->at);
    free(a->len);
    free(a->words);
    free(a->id);
    *a = (ar_names){0};
}

typedef struct word_lookup {
    const uint16_t *pool, *w;  /* the states of all forms; the word's */
    uint8_t n;                 /* the word's states */
    const uint32_t *at;        /* where each number's word was first met in pool */
    const uint8_t *len;        /* and its states */
} word_lookup;

static int same_word(const void *ctx, uint32_t id) {
    const word_lookup *l = ctx;
    return l->len[id] == l->n && !memcmp(l->pool + l->at[id], l->w, l->n * sizeof *l->w);
}

/* Number the Arabic forms' words, the same states the same number (a->id,
** a->ids), for translit_match_states to keep each word's score against a
** Latin word. Out of memory the words stay unnumbered (a->id NULL), to the
** same scores. */
static void ar_names_number(const link_forms *f, ar_names *a) {
    size_t total = 0;
    for (uint32_t b = 0; b < f->n; b++) total += a->words[b];
    naba_hashmap table;
    naba_hm_init(&table, NULL);
    uint32_t *at = malloc((total ? total : 1) * sizeof *at);
    uint8_t *len = malloc(total ? total : 1);
    a->id = malloc(f->n * sizeof *a->id);
    if (!at || !len || !a->id || naba_hm_reserve(&table, total)) {
        free(a->id);
        a->id = NULL;
    } else
        for (uint32_t b = 0; b < f->n; b++)
            for (size_t i = 0, k = a->at[b]; i < a->words[b]; k += a->len[b][i++]) {
                word_lookup l = {a->states, a->states + k, a->len[b][i], at, len};
                uint64_t h = naba_fnv1a64(l.w, l.n * sizeof *l.w, NABA_FNV_INIT);
                size_t slot = naba_hm_slot(&table, h, same_word, &l);
                if (table.slots[slot].val == NABA_HM_NONE) {
                    at[a->ids] = (uint32_t)k;
                    len[a->ids] = l.n;
                    naba_hm_fill(&table, slot, h, (uint32_t)a->ids++);
                }
                a->id[b][i] = table.slots[slot].val;
            }
    naba_hm_free(&table);
    free(at);
    free(len);
}

/* 0 on out of memory (a freed). */
static int ar_names_make(const link_forms *f, ar_names *a) {
    size_t used = 0, cap = 1024;
    a->states = malloc(cap * sizeof *a->states);
    a->at = malloc(f->n * sizeof *a->at);
    a->len = malloc(f->n * sizeof *a->len);
    a->words = malloc(f->n);
    if (!a->states || !a->at || !a->len || !a->words) { ar_names_free(a); return 0; }
    for (uint32_t b = 0; b < f->n; b++) {
        uint16_t buf[TL_NAME_STATES];
        a->at[b] = (uint32_t)used;
        a->words[b] = 0;
        if (f->v[b].latin) continue;
        size_t words = translit_ar_states(f->v[b].key, buf, a->len[b]), k = 0;
        for (size_t i = 0; i < words; i++) k += a->len[b][i];
        if (used + k > cap) {
            while (used + k > cap) cap *= 2;
            uint16_t *grown = realloc(a->states, cap * sizeof *grown);
            if (!grown) { ar_names_free(a); return 0; }
            a->states = grown;
        }
        memcpy(a->states + used, buf, k * sizeof *buf);
        used += k;
        a->words[b] = (uint8_t)words;
    }
    ar_names_number(f, a);
    return 1;
}

/* Pass 5: Latin forms against Arabic forms. */
static void cross_script(const link_state *st, link_forms *f) {
    if (!st->tl) return;
    /* made at the first Latin form; out of memory, each pair is scored
    ** afresh from the keys, to the same score */
    translit_memo *memo = NULL;
    ar_names ar = {0};
    int started = 0;
    for (uint32_t a = 0; a < f->n; a++) {
        link_form *l = &f->v[a];
        if (!l->latin) continue;
        if (!started) {
            started = 1;
            memo = translit_memo_new();
            if (ar_names_make(f, &ar) && memo) translit_memo_words(memo, ar.id ? ar.ids : 0);
        }
        double best = -INFINITY;
        uint32_t arg = 0;
        for (uint32_t b = 0; b < f->n; b++) {
            link_form *r = &f->v[b];
            if (r->latin || type_class(r->type) != type_class(l->type)) continue;
            double s = ar.words ? translit_match_states(st->tl, memo, ar.states + ar.at[b], ar.len[b],
                                                        ar.id ? ar.id[b] : NULL, ar.words[b], l->key)
                                : translit_match_memo(st->tl, memo, r->key, l->key);
            if (s > best) { best = s; arg = b; }
        }
        if (best >= LINK_XSCRIPT_SURE) merge(f, arg, a, 0, 0.8f);
        else if (best >= LINK_XSCRIPT_MAYBE) merge(f, arg, a, 1, 0.5f);
    }
    translit_memo_free(memo);
    ar_names_free(&ar);
}

typedef struct lookup { const link_forms *f; const char *key; int city; } lookup;

static int same_key(const void *ctx, uint32_t form) {
    const lookup *l = ctx;
    return l->f->v[form].city == l->city && !strcmp(l->f->v[form].key, l->key);
}

/* Forms of the document's mentions, found again through a hash table. */
static naba_status build_forms(naba_doc *doc, const link_state *st, link_forms *f, uint32_t *form_of) {
    naba_hashmap table;
    naba_hm_init(&table, doc->arena);
    f->v = naba_arena_alloc(doc->arena, (doc->mentions.n ? doc->mentions.n : 1) * sizeof(link_form));
    if (!f->v || naba_hm_reserve(&table, doc->mentions.n)) return NABA_ERR_NOMEM;
    f->n = 0;
    for (size_t m = 0; m < doc->mentions.n; m++) {
        naba_mention *mn = &doc->mentions.v[m];
        char key[NAME_KEY_MAX];
        link_mention_key(doc, mn, key, sizeof key);
        link_article_back(key, mn->type);
        int city = link_city_cue(doc, st, mn, key);
        uint64_t h = naba_fnv1a64(key, strlen(key), NABA_FNV_INIT ^ (uint64_t)city);
        lookup l = {f, key, city};
        size_t slot = naba_hm_slot(&table, h, same_key, &l);
        if (table.slots[slot].val == NABA_HM_NONE) {
            link_form *fm = &f->v[f->n];
            memset(fm, 0, sizeof(*fm));
            char al[NAME_KEY_MAX], sk[NAME_KEY_MAX];
            name_strip_al(key, al, sizeof al);
            name_skeleton(al, sk, sizeof sk);
            fm->key = arena_copy(doc, key);
            fm->skel = arena_copy(doc, sk);
            if (!fm->key || !fm->skel) return NABA_ERR_NOMEM;
            fm->type = mn->type < NABA_ENT_COUNT ? mn->type : NABA_ENT_MISC;
            fm->city = (uint8_t)city;
            fm->latin = (uint8_t)name_is_latin(key);
            fm->words = (uint32_t)name_word_count(key);
            fm->parent = (uint32_t)f->n;
            fm->size = 1;
            fm->first = (uint32_t)m;
            fm->conf = 0.9f;
            fm->entity = -1;
            naba_hm_fill(&table, slot, h, (uint32_t)f->n++);
        }
        form_of[m] = table.slots[slot].val;
    }
    for (size_t i = 0; i < f->n; i++) {
        link_form *fm = &f->v[i];
        fm->plain = (uint32_t)i;
        if (fm->city != LINK_CUE_PRESS) continue;
        lookup l = {f, fm->key, 0};
        size_t slot = naba_hm_slot(&table, naba_fnv1a64(fm->key, strlen(fm->key), NABA_FNV_INIT), same_key, &l);
        if (table.slots[slot].val != NABA_HM_NONE) fm->plain = table.slots[slot].val;
    }
    return NABA_OK;
}

typedef struct id_lookup { const link_forms *f; const char *id; } id_lookup;

static int same_id(const void *ctx, uint32_t form) {
    const id_lookup *l = ctx;
    return !strcmp(kb_id(&l->f->v[form]), l->id);
}

/* Forms bound to the same KB identity (kb_equal: the same id) are one group,
** under the earliest. Each form finds the earliest of its id in a table, where
** each pair of bound forms was compared (the square of a long line's forms);
** the forms are still alone here, so the groups are the ones the pairs made. */
static int kb_groups(naba_doc *doc, link_forms *f) {
    naba_hashmap table;
    naba_hm_init(&table, doc->arena);
    if (naba_hm_reserve(&table, f->n)) return -1;
    for (uint32_t b = 0; b < f->n; b++) {
        if (!f->v[b].has_kb) continue;
        const char *id = kb_id(&f->v[b]);
        uint64_t h = naba_fnv1a64(id, strlen(id), NABA_FNV_INIT);
        id_lookup l = {f, id};
        size_t slot = naba_hm_slot(&table, h, same_id, &l);
        if (table.slots[slot].val == NABA_HM_NONE) naba_hm_fill(&table, slot, h, b);
        else unite(f, table.slots[slot].val, b);
    }
    return 0;
}

naba_status link_group(naba_doc *doc, const link_state *st, link_forms *f) {
    uint32_t *form_of = naba_arena_alloc(doc->arena, (doc->mentions.n ? doc->mentions.n : 1) * sizeof(uint32_t));
    if (!form_of) return NABA_ERR_NOMEM;
    naba_status rc = build_forms(doc, st, f, form_of);
    if (rc != NABA_OK) return rc;
    for (size_t i = 0; i < f->n; i++) if (f->v[i].key[0]) resolve_exact(st, &f->v[i]);
    for (size_t i = 0; i < f->n; i++)
        if (!f->v[i].has_kb && f->v[i].key[0]) resolve_fuzzy(st, f, (uint32_t)i);
    /* a newspaper's name bound to the place it is named after is no link */
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i].city == LINK_CUE_PRESS && f->v[i].has_kb && kb_ent(f->v[i].kb)->type != NABA_ENT_ORG) unbind(&f->v[i]);
    namesake_bodies(st, f);
    lone_towns(f);
    link_namesake_places(doc, st, f, form_of);
    for (size_t i = 0; i < f->n; i++)
        if (link_club_off_pitch(doc, &f->v[i])) unbind(&f->v[i]);
    for (uint32_t i = 0; i < f->n; i++)
        if (f->v[i].by_surname && !surname_corroborated(doc, st, f, i)) unbind(&f->v[i]);
    if (kb_groups(doc, f)) return NABA_ERR_NOMEM;
    if ((rc = surnames(f)) != NABA_OK) return rc;
    if ((rc = last_word_parts(st, f)) != NABA_OK) return rc;
    if ((rc = variants(f)) != NABA_OK) return rc;
    /* a newspaper's name, also written without its cue word, when that is
    ** not bound to a place (وذكرت "كيكر" after مجلة "كيكر") */
    for (uint32_t i = 0; i < f->n; i++)
        if (f->v[i].plain != i) merge(f, f->v[i].plain, i, 0, 0.8f);
    if ((rc = cut_bodies(st, f)) != NABA_OK) return rc;
    bracketed_names(doc, f, form_of);
    family_names(doc, st, f, form_of);
    cross_script(st, f);
    /* record each mention's form in its entity slot for link.c (replaced there) */
    for (size_t m = 0; m < doc->mentions.n; m++) doc->mentions.v[m].entity = (int32_t)form_of[m];
    return NABA_OK;
}
