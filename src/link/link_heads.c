/*
** link_heads.c — the English name of a facility, body or event named after a
** place: a head word, a place of the knowledge base, tail words (مطار دبي
** الدولي -> Dubai International Airport, مستشفى عسير المركزي -> Asir Central
** Hospital).
**
** The recognizer makes such names whole (src/ner/ner_heads.c), and they are
** rarely in the KB, so the romanizer spelt them word by word (Mtar Dbi
** Al-Dawli) where the place alone had its English name before. The English
** of the head and tail words is the `en` class of data/ner/heads.tsv; the
** place's is the KB's. Anything else (two heads, a place the KB does not
** hold, a tail without English) is left to the romanizer.
*/
#include "link.h"
#include "namekey.h"
#include "ner.h"
#include "wordtab.h"

#include <stdio.h>
#include <string.h>

/* The English of the word s[0..n) that the `en` class gives, or NULL. */
static const char *english(const link_state *st, const char *s, size_t n) {
    const wt_entry *e = ner_head_word(st->heads, s, n, WT_BIT(NER_HEAD_EN), NULL);
    return e ? e->str : NULL;
}

/* The KB place named by the words s[0..n), its English name, or NULL. */
static const char *kb_place(const link_state *st, const char *s, size_t n) {
    char key[NAME_KEY_MAX], al[NAME_KEY_MAX];
    kb_ref c[8];
    name_key(s, n, key, sizeof key);
    name_strip_al(key, al, sizeof al);
    size_t k = kb_lookup(st->kb, KB_KEY_NAME, key, c, 8);
    if (!k) k = kb_lookup(st->kb, KB_KEY_NAME, al, c, 8);
    for (size_t i = 0; i < k; i++) {
        const kb_entity *e = kb_ent(c[i]);
        if (e->type == NABA_ENT_LOC && *kb_str(c[i], e->name_en)) return kb_str(c[i], e->name_en);
    }
    return NULL;
}

const char *link_head_english(naba_doc *doc, const link_state *st, const char *name) {
    size_t n = strlen(name), h = strcspn(name, " ");
    if (h == n) return NULL;
    const char *pattern = english(st, name, h);
    const wt_entry *head = ner_head_word(st->heads, name, h, WT_BIT(NER_HEAD_HEAD) | WT_BIT(NER_HEAD_OUTER), NULL);
    if (!pattern || !head || !strstr(pattern, "%s")) return NULL;
    /* the tail words from the end, while they have an English word */
    const char *tails[4];
    size_t nt = 0, end = n;
    while (nt < 4) {
        size_t w = end;
        while (w > h + 1 && name[w - 1] != ' ') w--;
        if (w <= h + 1) break;
        const wt_entry *t = ner_head_word(st->heads, name + w, end - w, WT_BIT(NER_HEAD_TAIL), NULL);
        const char *en = t ? english(st, name + w, end - w) : NULL;
        if (!en) break;
        tails[nt++] = en;
        end = w - 1;
    }
    const char *place = kb_place(st, name + h + 1, end - h - 1);
    if (!place) return NULL;
    char arg[256], out[320];
    size_t o = (size_t)snprintf(arg, sizeof arg, "%s", place);
    for (size_t i = nt; i-- > 0 && o < sizeof arg;) o += (size_t)snprintf(arg + o, sizeof arg - o, " %s", tails[i]);
    const char *p = strstr(pattern, "%s");
    int len = snprintf(out, sizeof out, "%.*s%s%s", (int)(p - pattern), pattern, arg, p + 2);
    if (len < 0 || (size_t)len >= sizeof out || o >= sizeof arg) return NULL;
    return naba_arena_strndup(doc->arena, out, (size_t)len);
}
