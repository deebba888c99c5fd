/*
** link_bodies.c — a government body named by its head word alone (قالت
** الوزارة, وأضافت الهيئة, وصادق المجلس) is the body of that head word the
** document named last before it.
**
** The ner stage tags such a word a body (ner_heads.c, data/ner/heads.tsv's
** body class) so that a quote's speaker or an event's actor الوزارة reaches
** an entity (src/link/README.md, session 28). Grouping by name cannot do it: a
** page names two ministries and says الوزارة of each in turn, so each such
** mention takes the entity of the nearest body before it whose name opens with
** the same head word (وزارة الداخلية التونسية, المجلس الأعلى للقضاء, or a KB
** body: مجلس الأمن). One with none before it names no body of the page and is
** dropped. A body whose name ends in a nationality adjective (وزارة الداخلية
** التونسية) is that country's: its actor code is the country's, with GOV for
** the head words data/ner/heads.tsv types GOV (a ministry, an authority).
**
** A place's or body's head word of the heads.tsv head and named classes alone
** (لجامعة PRINCETON, الجامعة, البورصة) is the common noun or a name cut short,
** unless the KB names a body or person so: the gazetteer has towns of such
** names (Djamaa, Algeria; Bursa), to which it was bound, and Djamaa made an
** Iraqi or Saudi page Maghrebi (src/link/README.md, session 32).
*/
#include "link.h"
#include "namekey.h"
#include "ner.h"
#include "stage.h"
#include "wordtab.h"

#include <stdio.h>
#include <string.h>

/* The folded head word, without clitics and ال, that mention m's name opens
** with when it is a body's (LINK_BODY_NAME) or is that word alone, written
** with ال (LINK_BODY_ALONE; after the preposition of لل too, لوزارة of
** للوزارة); 0 for any other mention. */
enum { LINK_BODY_NAME = 1, LINK_BODY_ALONE = 2 };
static int body_head(const naba_doc *doc, const link_state *st, const naba_mention *m, char key[LINK_BODY_KEY]) {
    if (m->type != NABA_ENT_ORG || !st->heads) return 0;
    const char *s = doc->text + m->start;
    size_t n = m->end - m->start, w = 0;
    while (w < n && s[w] != ' ') w++;
    size_t cut;
    if (!ner_head_word(st->heads, s, w, WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE), &cut)) return 0;
    /* ال, or the ل left of it after ل (للوزارة) */
    static const char al[] = "\xd8\xa7\xd9\x84";
    size_t def = w - cut > 4 && !memcmp(s + cut, al, 4) ? 4 : w - cut > 2 && !memcmp(s + cut, al + 2, 2) ? 2 : 0;
    size_t from = cut + def;
    size_t k = naba_fold(s + from, w - from, LX_FOLD, key, LINK_BODY_KEY);
    if (k == 0 || k >= LINK_BODY_KEY) return 0;
    key[k] = 0;
    return w < n ? LINK_BODY_NAME : def || (m->flags & NABA_MENTION_ARTICLE) ? LINK_BODY_ALONE : 0;
}

int link_is_head_alone(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    static const char al[] = "\xd8\xa7\xd9\x84";
    char key[NAME_KEY_MAX];
    kb_ref c[1];
    if (!st->heads || m->end > doc->text_len || m->start >= m->end) return 0;
    const char *s = doc->text + m->start;
    size_t n = m->end - m->start, def = n > 4 && !memcmp(s, al, 4) ? 4 : 0;
    if (m->flags & NABA_MENTION_ARTICLE) def = n > 2 ? 2 : 0; /* لهيئة of للهيئة */
    if (memchr(s, ' ', n) ||
        !ner_head_word(st->heads, s + def, n - def, WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_NAMED), NULL))
        return 0;
    link_mention_key(doc, m, key, sizeof key);
    return !kb_lookup(st->kb, KB_KEY_NAME, key, c, 1) || kb_ent(c[0])->type == NABA_ENT_LOC;
}

int link_opens_body(const link_state *st, const char *name) {
    size_t w = strcspn(name, " ");
    return st->heads && w < strlen(name) &&
           ner_head_word(st->heads, name, w, WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE), NULL);
}

static size_t cue_at(const link_body_cues *c, const char *key) {
    for (size_t i = 0; i < c->n; i++)
        if (!strcmp(c->key[i], key)) return i;
    return LINK_BODY_CUES;
}

/* Remember that mention m (NULL before linking) names a body whose name opens
** with key. */
static void cue_named(link_body_cues *c, const char *key, const naba_mention *m) {
    size_t i = cue_at(c, key);
    if (i == LINK_BODY_CUES && c->n < LINK_BODY_CUES) strcpy(c->key[i = c->n++], key);
    if (i < LINK_BODY_CUES) c->last[i] = m;
}

void link_drop_lone_bodies(naba_doc *doc, const link_state *st) {
    link_body_cues c = {.n = 0};
    size_t o = 0;
    for (size_t i = 0; i < doc->mentions.n; i++) {
        char key[LINK_BODY_KEY];
        int kind = body_head(doc, st, &doc->mentions.v[i], key);
        if (kind == LINK_BODY_NAME) cue_named(&c, key, NULL);
        if (kind != LINK_BODY_ALONE || cue_at(&c, key) < LINK_BODY_CUES) doc->mentions.v[o++] = doc->mentions.v[i];
    }
    doc->mentions.n = o;
}

int link_body_alone(link_body_cues *c, const naba_doc *doc, const link_state *st, naba_mention *m) {
    char key[LINK_BODY_KEY];
    int kind = body_head(doc, st, m, key);
    size_t at;
    if (kind == LINK_BODY_NAME) cue_named(c, key, m);
    if (kind != LINK_BODY_ALONE || (at = cue_at(c, key)) == LINK_BODY_CUES || !c->last[at]) return 0;
    m->entity = c->last[at]->entity;
    m->link_conf = 0.7f;
    return 1;
}

const char *link_body_actor(naba_doc *doc, const link_state *st, const naba_mention *m) {
    if (!m || m->type != NABA_ENT_ORG || !st->heads || m->end <= m->start) return NULL;
    const char *s = doc->text + m->start;
    size_t w = 0, n = m->end - m->start;
    while (w < n && s[w] != ' ') w++;
    const wt_entry *e = ner_head_word(st->heads, s, w, WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE), NULL);
    if (!e || w == n) return NULL;
    const char *country = link_nationality(doc, st, naba_token_at(doc, m->end - 1));
    if (!country || strlen(country) != 3) return NULL;
    char code[8];
    snprintf(code, sizeof code, "%s%s", country, strcmp(e->str, "GOV") ? "" : "GOV");
    return naba_arena_strndup(doc->arena, code, strlen(code));
}
