/*
** link_titles.c — nominal mentions: a title phrase (data/kb/titles.tsv) with
** its country (a nationality adjective or a country name after it, or fixed by
** the title) refers to the person of the document who holds that office, e.g.
** الرئيس الأوكراني -> Zelenskyy, المتحدث باسم الكرملين -> Peskov.
**
** Only people named in the same document are candidates, because office-holders
** change and an article of 2018 means another president than one of 2025; and
** only when exactly one of them fits.
*/
#include "link.h"
#include "namekey.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TITLE_WORDS 7

static int arabic_word(const char *key) {
    return (unsigned char)key[0] >= 0xD8 && (unsigned char)key[0] <= 0xDB;
}

/* Join keys[i..i+n) into out; 0 if a token has no letters. */
int link_key_phrase(const char *const *keys, size_t i, size_t n, char *out, size_t cap) {
    size_t o = 0;
    for (size_t k = i; k < i + n; k++) {
        size_t l = strlen(keys[k]);
        if (!l || o + l + 2 > cap) return 0;
        if (o) out[o++] = ' ';
        memcpy(out + o, keys[k], l);
        o += l;
    }
    out[o] = '\0';
    return 1;
}

static size_t lookup2(const kb *k, int kind, const char *key, kb_ref *out, size_t cap) {
    size_t n = kb_lookup(k, kind, key, out, cap);
    if (n) return n;
    char al[NAME_KEY_MAX];
    name_strip_al(key, al, sizeof al);
    return strcmp(al, key) ? kb_lookup(k, kind, al, out, cap) : 0;
}

/* The country (alpha-3) named by tokens from j on; *end gets the token after. */
static const char *country_at(const link_state *st, const char *const *keys, size_t n, size_t j, size_t *end) {
    if (j < n && !strcmp(keys[j], "\xd9\x81\xd9\x8a")) j++; /* في: وزير الخارجية في أوكرانيا */
    kb_ref c[8];
    char ph[NAME_KEY_MAX];
    for (size_t len = 3; len >= 1; len--) {
        if (j + len > n || !link_key_phrase(keys, j, len, ph, sizeof ph)) continue;
        size_t m = lookup2(st->kb, KB_KEY_ADJ, ph, c, 8);
        if (!m) {
            m = lookup2(st->kb, KB_KEY_NAME, ph, c, 8);
            while (m && kb_ent(c[0])->rank != KB_RANK_COUNTRY) { memmove(c, c + 1, --m * sizeof(kb_ref)); }
        }
        if (m && *kb_str(c[0], kb_ent(c[0])->country)) {
            *end = j + len;
            return kb_str(c[0], kb_ent(c[0])->country);
        }
    }
    return NULL;
}

/* Does a '|'-separated office list hold office? */
static int holds(const char *list, const char *office) {
    size_t n = strlen(office);
    for (const char *p = list; *p;) {
        size_t l = strcspn(p, "|");
        if (l == n && !memcmp(p, office, n)) return 1;
        p += l + (p[l] == '|');
    }
    return 0;
}

static int mention_order(const void *a, const void *b) {
    const naba_mention *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

/* Does [s, e) overlap a mention? */
int link_overlaps_mention(const naba_doc *doc, const link_near *r, naba_off s, naba_off e) {
    for (size_t m = link_near_from(doc, r, s); m < doc->mentions.n; m++) {
        if (doc->mentions.v[m].start < e && s < doc->mentions.v[m].end) return 1;
        if (link_near_past(r, m, e)) break;
    }
    return 0;
}

/* The document's entity holding office in country, or -1 (none, or several). */
static int32_t holder(const naba_doc *doc, const link_forms *f, const char *office, const char *country) {
    int32_t found = -1;
    for (size_t i = 0; i < f->n; i++) {
        const link_form *r = &f->v[i];
        if (r->parent != i || !r->has_kb || r->entity < 0) continue;
        const kb_entity *k = kb_ent(r->kb);
        if (k->type != NABA_ENT_PER || strcmp(kb_str(r->kb, k->country), country) || !holds(kb_str(r->kb, k->office), office)) continue;
        if (found >= 0 && found != r->entity) return -1;
        found = r->entity;
    }
    (void)doc;
    return found;
}

/* Does a mention of entity ent start at off? */
static int entity_starts_at(const naba_doc *doc, const link_near *r, naba_off off, int32_t ent) {
    for (size_t m = link_near_from(doc, r, off); m < doc->mentions.n && !link_near_past(r, m, off + 1); m++)
        if (doc->mentions.v[m].start == off && doc->mentions.v[m].entity == ent) return 1;
    return 0;
}

/* Is the title at tokens [.., end) in apposition to its holder's name, which
** follows it, maybe after a comma (الرئيس الأميركي، دونالد ترامب) or after
** the holder's rank (العاهل السعودي الملك سلمان, رئيس الإمارات الشيخ خليفة)?
** The name is then the entity's mention, and the title only describes it; the
** title's mention is kept, flagged, for the stages that read title and name as
** one actor (events). */
static int before_own_name(const naba_doc *doc, const link_near *r, size_t end, int32_t ent) {
    static const char *const commas[] = {",", "\xd8\x8c", NULL}; /* , ، */
    static const char *const ranks[] = {"الملك", "الأمير", "الشيخ", "السلطان", NULL};
    end += link_token_is(doc, end, commas);
    end += link_token_is(doc, end, ranks);
    return end < doc->tokens.n && entity_starts_at(doc, r, doc->tokens.v[end].start, ent);
}

/* Does the document name a knowledge-base person who holds some office? Only
** then can a title refer to someone. */
static int has_office_holder(const link_forms *f) {
    for (size_t i = 0; i < f->n; i++) {
        const link_form *r = &f->v[i];
        if (r->has_kb && kb_ent(r->kb)->type == NABA_ENT_PER && *kb_str(r->kb, kb_ent(r->kb)->office)) return 1;
    }
    return 0;
}

/* Can a title phrase start at this word (key), maybe after و? */
int link_title_start(const kb *k, const char *key) {
    kb_ref c;
    char al[NAME_KEY_MAX];
    name_strip_al(key, al, sizeof al);
    if (kb_lookup(k, KB_KEY_TITLE_START, al, &c, 1)) return 1;
    if (key[0] != '\xd9' || key[1] != '\x88') return 0;
    name_strip_al(key + 2, al, sizeof al);
    return kb_lookup(k, KB_KEY_TITLE_START, al, &c, 1) != 0;
}

/* The name keys of the document's tokens, in the arena; NULL when out of memory. */
const char **link_token_keys(naba_doc *doc) {
    size_t n = doc->tokens.n;
    const char **keys = naba_arena_alloc(doc->arena, (n ? n : 1) * sizeof(char *));
    if (!keys) return NULL;
    for (size_t i = 0; i < n; i++) {
        const naba_token *t = &doc->tokens.v[i];
        char key[NAME_KEY_MAX];
        size_t s = t->start < doc->text_len ? t->start : doc->text_len, e = t->end < doc->text_len ? t->end : doc->text_len;
        name_key(doc->text + s, e > s ? e - s : 0, key, sizeof key);
        if (!(keys[i] = naba_arena_strndup(doc->arena, key, strlen(key)))) return NULL;
    }
    return keys;
}

int link_country_named(naba_doc *doc, const link_state *st, const char *country) {
    const char **keys = link_token_keys(doc);
    if (!keys) return 0;
    for (size_t i = 0; i < doc->tokens.n; i++) {
        size_t end;
        const char *c = arabic_word(keys[i]) ? country_at(st, keys, doc->tokens.n, i, &end) : NULL;
        if (c && !strcmp(c, country)) return 1;
    }
    return 0;
}

naba_status link_titles(naba_doc *doc, const link_state *st, const link_forms *f) {
    size_t n = doc->tokens.n;
    if (!n || !doc->entities.n || !has_office_holder(f)) return NABA_OK;
    const char **keys = link_token_keys(doc);
    if (!keys) return NABA_ERR_NOMEM;
    link_near near;
    if (link_near_of(doc, &near) != NABA_OK) return NABA_ERR_NOMEM;
    /* the mentions of titles, added at the end: near's bounds are those of
    ** the document's (a title's ends before the next title starts) */
    NABA_LAYER(naba_mention) titles = {0};
    for (size_t i = 0; i < n; i++) {
        if (!arabic_word(keys[i]) || !link_title_start(st->kb, keys[i])) continue;
        kb_ref c[8];
        size_t len = 0, m = 0;
        char ph[NAME_KEY_MAX];
        for (size_t l = MAX_TITLE_WORDS; l >= 1 && !m; l--) {
            if (i + l > n || !link_key_phrase(keys, i, l, ph, sizeof ph)) continue;
            if ((m = lookup2(st->kb, KB_KEY_TITLE, ph, c, 8))) len = l;
            else if (ph[0] == '\xd9' && ph[1] == '\x88' && (m = lookup2(st->kb, KB_KEY_TITLE, ph + 2, c, 8))) len = l; /* و+title */
        }
        if (!m) continue;
        const kb_entity *t = kb_ent(c[0]);
        const char *country = kb_str(c[0], t->country);
        size_t end = i + len;
        if (!*country && !(country = country_at(st, keys, n, end, &end))) continue;
        int32_t ent = holder(doc, f, kb_str(c[0], t->office), country);
        naba_off s = doc->tokens.v[i].start, e = doc->tokens.v[end - 1].end;
        if (ent < 0 || link_overlaps_mention(doc, &near, s, e)) continue;
        naba_mention *mn = NABA_PUSH(doc, &titles);
        if (!mn) return NABA_ERR_NOMEM;
        mn->start = s;
        mn->end = e;
        mn->sent = doc->tokens.v[i].sent;
        if (doc->words.n) {
            mn->word_first = doc->tokens.v[i].word_first;
            for (size_t k = i; k < end; k++) mn->word_count += doc->tokens.v[k].word_count;
        }
        mn->type = NABA_ENT_PER;
        mn->flags = NABA_MENTION_NOMINAL | (before_own_name(doc, &near, end, ent) ? NABA_MENTION_APPOSITIVE : 0);
        mn->conf = 0.8f;
        mn->entity = ent;
        mn->link_conf = 0.8f;
        i = end - 1;
    }
    return link_add_mentions(doc, titles.v, titles.n);
}

naba_status link_add_mentions(naba_doc *doc, const naba_mention *v, size_t n) {
    if (!n) return NABA_OK;
    if (!NABA_RESERVE(doc, &doc->mentions, doc->mentions.n + n)) return NABA_ERR_NOMEM;
    memcpy(doc->mentions.v + doc->mentions.n, v, n * sizeof *v);
    doc->mentions.n += n;
    qsort(doc->mentions.v, doc->mentions.n, sizeof(naba_mention), mention_order);
    return NABA_OK;
}
