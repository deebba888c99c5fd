/*
** link.c — the link stage: mentions to entities (see link.h).
**
** Loads the compiled knowledge base (models/kb.nbm), any user files of extra
** rows (naba_options.kb_extra, ':'-separated), the romanizer
** (models/translit.nbm), the month names of data/dates.tsv, the currency
** names of data/counts.tsv, the head words of data/ner/heads.tsv (in a
** pipeline, the ner stage's), the words of data/link/name_words.tsv and the
** scale words of data/numbers.tsv (ألف, مليون: an amount's). Per document:
** drop month and currency names, torrents (سيول), the sunset prayer, vocatives,
** God's and a body's head word alone with no body of it named before,
** complete names cut short, drop a place's or body's head word alone
** (جامعة), group the mention forms, make one entity per group (the KB's names
** and actor code, or doc:N with a romanized English name), then add nominal
** mentions for titles.
*/
#include "link.h"
#include "affix.h"
#include "counts.h"
#include "dates.h"
#include "link_cli.h"
#include "namekey.h"
#include "ner.h"
#include "numeral.h"
#include "stage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void naba_link_close(void *state) {
    link_state *st = state;
    if (!st) return;
    kb_close(st->kb);
    translit_close(st->tl);
    naba_slotcache_free(&st->roman);
    wt_free(st->dates);
    wt_free(st->counts);
    wt_free(st->own_heads);
    wt_free(st->words);
    wt_free(st->numbers);
    free(st);
}

/* The stage's state with the head words given (heads: borrowed) or, when
** heads is NULL, loaded from data_dir. */
static void *link_open(const char *data_dir, const naba_options *opt, const wordtab *heads, naba_error *err) {
    char path[2048];
    link_state *st = calloc(1, sizeof(*st));
    if (!st) { naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    if (!naba_slotcache_init(&st->roman, LINK_ROMAN_SHAPE)) {
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        naba_link_close(st);
        return NULL;
    }
    st->kb = kb_open(naba_data_path(data_dir, LINK_KB_MODEL, path, sizeof path), err);
    if (st->kb) st->tl = translit_open(naba_data_path(data_dir, LINK_TRANSLIT_MODEL, path, sizeof path), err);
    if (st->tl) st->dates = wt_load_file(naba_data_path(data_dir, "data/dates.tsv", path, sizeof path), dates_classes, err);
    if (st->dates) st->counts = wt_load_file(naba_data_path(data_dir, "data/counts.tsv", path, sizeof path), counts_classes, err);
    if (st->counts) st->heads = heads ? heads : (st->own_heads = ner_heads_load(data_dir, err));
    if (st->heads) st->words = link_name_words_load(data_dir, err);
    if (st->words) st->numbers = wt_load_file(naba_data_path(data_dir, "data/numbers.tsv", path, sizeof path), num_classes, err);
    if (!st->kb || !st->tl || !st->dates || !st->counts || !st->heads || !st->words || !st->numbers) { naba_link_close(st); return NULL; }
    for (const char *p = opt ? opt->kb_extra : NULL; p && *p;) {
        size_t n = strcspn(p, ":");
        if (n && n < sizeof path) {
            memcpy(path, p, n);
            path[n] = '\0';
            if (kb_add_tsv(st->kb, path, err) != NABA_OK) { naba_link_close(st); return NULL; }
        }
        p += n + (p[n] == ':');
    }
    link_person_last_words(st);
    return st;
}

void *naba_link_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    return link_open(data_dir, opt, NULL, err);
}

void *naba_link_open_after(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                           naba_error *err) {
    const void *ner = naba_stage_state(p, "ner");
    if (!ner) { naba_fail(err, NABA_ERR_USAGE, 0, "the link stage needs the ner stage before it"); return NULL; }
    return link_open(data_dir, opt, ner_stage_heads(ner), err);
}

size_t link_unquote(char *s, size_t n) {
    static const char *const marks[] = {"\"", "«", "»", "“", "”"};
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t skip = 0;
        for (size_t k = 0; k < sizeof marks / sizeof *marks && !skip; k++)
            if (str_starts(s + i, n - i, marks[k])) skip = strlen(marks[k]);
        if (skip) { i += skip; continue; }
        s[o++] = s[i++];
    }
    if (o < n) s[o] = '\0';
    return o;
}

/* The surface text of a mention without quotation marks, copied into the arena. */
static char *surface(naba_doc *doc, const naba_mention *m) {
    char *t = naba_arena_alloc_raw(doc->arena, LINK_FORM_ROOM(m));
    if (t) link_mention_form(doc, m, t);
    return t;
}

/* translit.h's TL_NO_ARTICLE bits of name's words written أل (ألبرت), when
** its words are the key's; 0 when none. */
static int written_alef_lam(const char *name, const char *key) {
    static const char hamza_al[] = "\xD8\xA3\xD9\x84"; /* أل */
    int bits = 0;
    size_t words = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (words < 16 && !strncmp(p, hamza_al, 4)) bits |= TL_NO_ARTICLE << words;
        words++;
        p += strcspn(p, " ");
    }
    return words == name_word_count(key) ? bits : 0;
}

const char *link_romanize(naba_doc *doc, const link_state *st, const char *name, naba_ent_type type, int region) {
    char key[NAME_KEY_MAX], out[NAME_KEY_MAX * 2];
    size_t kn = name_key(name, strlen(name), key, sizeof key);
    /* a place or body of a Maghrebi page takes the Maghreb's Ben (بن قردان) */
    uint8_t person = type == NABA_ENT_PER ? (uint8_t)(1 | region) : (uint8_t)(region & TL_MAGHREB);
    int hamza = written_alef_lam(name, key);
    if (hamza) { /* rare: romanized uncached, for the cache keys on the key */
        translit_romanize(st->tl, key, person | hamza, out, sizeof out);
        return naba_arena_strndup(doc->arena, out, strlen(out));
    }
    link_roman_val *s = NULL;
    int hit = 0;
    if (naba_slotcache_fits(&st->roman, LINK_ROMAN_SHAPE, kn))
        s = naba_slotcache_find(&st->roman, LINK_ROMAN_SHAPE, naba_fnv1a64(key, kn, NABA_FNV_INIT ^ person), person,
                                key, kn, &hit);
    if (s && hit) return naba_arena_strndup(doc->arena, s->out, s->on);
    translit_romanize(st->tl, key, person, out, sizeof out);
    size_t on = strlen(out);
    if (s && on <= sizeof s->out) {
        naba_slotcache_fill(LINK_ROMAN_SHAPE, s, person, key, kn);
        s->on = (uint8_t)on;
        memcpy(s->out, out, on);
    }
    return naba_arena_strndup(doc->arena, out, on);
}

/* The longest Arabic and Latin surfaces of each group, which name an entity
** the KB does not: best[2 * r] and best[2 * r + 1] for the group rooted at
** form r (the first of equal length wins). One pass over the forms, where each
** new entity read them all (groups x forms on a long line). NULL when out of
** memory. */
static const naba_mention **group_surfaces(naba_doc *doc, link_forms *f) {
    const naba_mention **best = naba_arena_alloc(doc->arena, (f->n ? 2 * f->n : 1) * sizeof *best);
    if (!best) return NULL;
    memset(best, 0, (f->n ? 2 * f->n : 1) * sizeof *best);
    for (size_t i = 0; i < f->n; i++) {
        const naba_mention *m = &doc->mentions.v[f->v[i].first];
        const naba_mention **b = &best[2 * (size_t)link_root(f, (uint32_t)i) + f->v[i].latin];
        if (!*b || m->end - m->start > (*b)->end - (*b)->start) *b = m;
    }
    return best;
}

static const char mashriq[] = "SAU ARE KWT QAT BHR OMN YEM IRQ SYR JOR LBN PSE";
static const char maghreb[] = "TUN DZA MAR LBY MRT";

/* The document's region, for its persons' family names (translit.h): TL_MASHRIQ
** when a form is bound to a place, body or person of a Gulf or Levantine
** country and none to one of the Maghreb (SaudiNewsNet's العمري is Al-Omari),
** TL_MAGHREB the other way round (Jawhara's السليطي Sliti), where a person
** counts half: a lone Maghrebi person bound in a Saudi page was a namesake;
** 0 when it names both or neither (src/link/README.md, session 26, second and
** third rounds). */
static int document_region(const link_forms *f) {
    int east = 0, west = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (!f->v[i].has_kb) continue;
        const char *c = kb_str(f->v[i].kb, kb_ent(f->v[i].kb)->country);
        if (strlen(c) != 3) continue;
        int person = kb_ent(f->v[i].kb)->type == NABA_ENT_PER;
        west += strstr(maghreb, c) ? (person ? 1 : 2) : 0;
        east |= strstr(mashriq, c) != NULL;
    }
    return east ? (west ? 0 : TL_MASHRIQ) : west >= 2 ? TL_MAGHREB : 0;
}

/* The region of a person's country (alpha-3): TL_MASHRIQ, TL_MAGHREB, or 0
** for another (Egypt's, a foreign one) or none. A Libyan's name is written
** the Mashriq's way (Mustafa Dabbashi, Fayez Al-Sarraj, not Mustapha), though
** Libya's places and bodies count for a Maghrebi page (session 31, ent36b). */
static int country_region(const char *c) {
    if (!c || strlen(c) != 3) return 0;
    if (!strcmp(c, "LBY")) return TL_MASHRIQ;
    return strstr(mashriq, c) ? TL_MASHRIQ : strstr(maghreb, c) ? TL_MAGHREB : 0;
}

/* Is token t a noun right after a preposition (الخبير في الشأن الليبي)? A
** nationality adjective after it qualifies that noun, not the person named
** next: Rafaa Tabib, a Tunisian, is an expert in Libyan affairs (session 32). */
static int after_preposition(const naba_doc *doc, size_t t) {
    static const char *const preps[] = {"في", "عن", "حول", "من", "على", "إلى", "الى"};
    char w[64], p[16];
    size_t b = link_token_before(doc, t, 1);
    if (t >= doc->tokens.n || b >= doc->tokens.n || doc->tokens.v[b].word_count > 1) return 0;
    size_t wn = link_word_fold(doc, b, w, sizeof w);
    for (size_t i = 0; wn && i < sizeof preps / sizeof *preps; i++)
        if (naba_fold(preps[i], strlen(preps[i]), LX_FOLD, p, sizeof p) == wn && !memcmp(w, p, wn)) return 1;
    return 0;
}

/* Each group's own region, by its root form (-1: none, the document's
** applies): a person's KB country, or a nationality adjective right before
** one of its mentions (المدرب التونسي نبيل الكوكي, اللاعب المصري), unless it
** qualifies a noun after a preposition (في الشأن الليبي); an
** Egyptian on a Maghrebi page is no Maghrebi (src/link/README.md, session 27,
** second round). One adjective look-up per person mention of a group still
** without one; NULL when out of memory. */
static int8_t *person_regions(const naba_doc *doc, const link_state *st, link_forms *f) {
    int8_t *own = naba_arena_alloc(doc->arena, f->n ? f->n : 1);
    if (!own) return NULL;
    memset(own, -1, f->n ? f->n : 1);
    for (size_t m = 0; m < doc->mentions.n; m++) {
        const naba_mention *mn = &doc->mentions.v[m];
        uint32_t r = link_root(f, (uint32_t)mn->entity);
        if (own[r] >= 0 || f->v[r].type != NABA_ENT_PER) continue;
        if (f->v[r].has_kb) {
            own[r] = (int8_t)country_region(kb_str(f->v[r].kb, kb_ent(f->v[r].kb)->country));
            continue;
        }
        size_t t = naba_token_at(doc, mn->start);
        size_t a = t < doc->tokens.n && doc->tokens.v[t].start == mn->start ? link_token_before(doc, t, 1)
                                                                            : doc->tokens.n;
        const char *c = a < doc->tokens.n && !after_preposition(doc, link_token_before(doc, a, 1))
                            ? link_nationality(doc, st, a)
                            : NULL;
        if (c) own[r] = (int8_t)country_region(c);
    }
    return own;
}

/* Is a group the recognizer typed PER, written only as one Latin word and
** unknown to the KB, a gloss rather than a person? In Arabic news such a word
** is a brand, product or title (Galaxy, Windows, Love, Insider, Alcoa: 144 of
** 3 news slices, nearly none a person); a person glossed in Latin beside an
** Arabic name (ترامب ... Trump) groups with it and keeps PER. */
static int latin_gloss(const naba_doc *doc, const link_form *root, const naba_mention *best_ar,
                       const naba_mention *best_la) {
    return root->type == NABA_ENT_PER && !best_ar && best_la &&
           !memchr(doc->text + best_la->start, ' ', best_la->end - best_la->start);
}

/* Fill a new entity from the group rooted at form r. */
static naba_status make_entity(naba_doc *doc, const link_state *st, link_forms *f, uint32_t r,
                               const naba_mention **best, uint32_t *doc_ids, int region) {
    link_form *root = &f->v[r];
    naba_entity *e = NABA_PUSH(doc, &doc->entities);
    if (!e) return NABA_ERR_NOMEM;
    root->entity = (int32_t)(doc->entities.n - 1);
    const naba_mention *best_ar = best[2 * (size_t)r], *best_la = best[2 * (size_t)r + 1];
    e->type = root->type;
    if (root->has_kb) {
        const kb_entity *k = kb_ent(root->kb);
        e->in_kb = 1;
        e->id = kb_str(root->kb, k->id);
        e->type = k->type < NABA_ENT_COUNT ? k->type : root->type;
        e->name_ar = *kb_str(root->kb, k->name_ar) ? kb_str(root->kb, k->name_ar) : NULL;
        e->name_en = *kb_str(root->kb, k->name_en) ? kb_str(root->kb, k->name_en) : NULL;
        e->actor_code = *kb_str(root->kb, k->actor) ? kb_str(root->kb, k->actor) : NULL;
        if (!e->name_ar && best_ar) e->name_ar = surface(doc, best_ar);
        if (!e->name_en && e->name_ar) e->name_en = link_romanize(doc, st, e->name_ar, e->type, region);
    } else {
        char id[32];
        snprintf(id, sizeof id, "doc:%u", ++*doc_ids);
        if (latin_gloss(doc, root, best_ar, best_la)) e->type = NABA_ENT_MISC;
        e->id = naba_arena_strndup(doc->arena, id, strlen(id));
        char *ar = best_ar ? surface(doc, best_ar) : NULL;
        if (ar) link_article_back(ar, e->type);
        e->name_ar = ar;
        e->name_en = best_la ? surface(doc, best_la) : NULL;
        if (!e->name_en && e->name_ar && e->type != NABA_ENT_PER) e->name_en = link_head_english(doc, st, e->name_ar, region);
        if (!e->name_en && e->name_ar) e->name_en = link_romanize(doc, st, e->name_ar, e->type, region);
        e->actor_code = link_body_actor(doc, st, best_ar);
    }
    if (!e->id || (best_ar && !e->name_ar)) return NABA_ERR_NOMEM;
    return NABA_OK;
}

/* Count each entity's mentions and find its first one; a title in apposition
** to the name after it is no mention of its own there (link_titles.c). */
static void count_mentions(naba_doc *doc) {
    for (size_t i = 0; i < doc->entities.n; i++) doc->entities.v[i].n_mentions = 0;
    for (size_t m = 0; m < doc->mentions.n; m++) {
        int32_t ei = doc->mentions.v[m].entity;
        if (ei < 0 || (size_t)ei >= doc->entities.n || (doc->mentions.v[m].flags & NABA_MENTION_APPOSITIVE)) continue;
        naba_entity *e = &doc->entities.v[ei];
        if (e->n_mentions++ == 0) e->first_mention = (uint32_t)m;
    }
}

typedef int (*link_non_name)(const naba_doc *doc, const link_state *st, const naba_mention *m);

/* Drop the mentions that `is` says are no name (link.h). */
static void drop_where(naba_doc *doc, const link_state *st, link_non_name is) {
    size_t o = 0;
    for (size_t i = 0; i < doc->mentions.n; i++)
        if (!is(doc, st, &doc->mentions.v[i])) doc->mentions.v[o++] = doc->mentions.v[i];
    doc->mentions.n = o;
}

static int no_name(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    return link_is_month(doc, st, m) || link_is_currency(doc, st, m) || link_is_torrent(doc, st, m) ||
           link_is_prayer_time(doc, st, m) || link_is_vocative(doc, st, m) || link_is_pronoun_led(doc, st, m);
}

/* A word the recognizer doubted (NABA_MENTION_COMMON: البلاغ, الخارج) is no
** name unless link_extend grew it into one, the KB names it (المونديال, a
** club called السد) or it is a body's head word, which may stand for a body
** named before (link_drop_lone_bodies decides). */
static int common_noun(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    const char *s = doc->text + m->start;
    size_t n = m->end - m->start;
    if (!(m->flags & NABA_MENTION_COMMON) || memchr(s, ' ', n)) return 0;
    if (st->heads && ner_head_word(st->heads, s, n, WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE), NULL)) return 0;
    char key[NAME_KEY_MAX];
    kb_ref c[1];
    link_mention_key(doc, m, key, sizeof key);
    link_article_back(key, m->type);
    return !kb_lookup(st->kb, KB_KEY_NAME, key, c, 1);
}

naba_status naba_link(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    const link_state *st = state;
    doc->entities.n = 0;
    link_forms f;
    drop_where(doc, st, no_name);
    naba_status rc = link_untagged_names(doc, st);
    if (rc == NABA_OK) rc = link_extend(doc, st);
    /* after link_extend, which grows الله after أنصار into the KB's أنصار الله
    ** and a doubted word into a name */
    drop_where(doc, st, link_is_god);
    drop_where(doc, st, common_noun);
    drop_where(doc, st, link_is_head_alone);
    link_drop_lone_bodies(doc, st);
    if (rc == NABA_OK) rc = link_group(doc, st, &f);
    if (rc != NABA_OK) return naba_fail(&doc->error, rc, 0, "link: out of memory");
    uint32_t doc_ids = 0;
    int region = document_region(&f);
    const naba_mention **best = group_surfaces(doc, &f);
    const int8_t *own = person_regions(doc, st, &f);
    if (!best || !own) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "link: out of memory");
    link_body_cues cues = {.n = 0};
    for (size_t m = 0; m < doc->mentions.n; m++) {
        naba_mention *mn = &doc->mentions.v[m];
        if (link_body_alone(&cues, doc, st, mn)) continue;
        uint32_t form = (uint32_t)mn->entity, r = link_root(&f, form);
        if (f.v[r].entity < 0 && (rc = make_entity(doc, st, &f, r, best, &doc_ids, own[r] >= 0 ? own[r] : region)) != NABA_OK)
            return naba_fail(&doc->error, rc, 0, "link: out of memory");
        mn->entity = f.v[r].entity;
        mn->link_conf = f.v[form].conf;
        if (f.v[form].variant) mn->flags |= NABA_MENTION_VARIANT;
        if (f.v[form].latin) mn->flags |= NABA_MENTION_LATIN;
        if (f.v[form].retyped) mn->type = f.v[form].type;
        const naba_entity *e = &doc->entities.v[mn->entity];
        if (!e->in_kb && e->type == NABA_ENT_MISC && f.v[r].type == NABA_ENT_PER) mn->type = NABA_ENT_MISC; /* latin_gloss */
    }
    if ((rc = link_titles(doc, st, &f)) != NABA_OK) return naba_fail(&doc->error, rc, 0, "link: out of memory");
    count_mentions(doc);
    return NABA_OK;
}
