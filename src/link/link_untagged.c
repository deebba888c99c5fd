/*
** link_untagged.c — a KB person's full name the recognizer left untagged.
**
** The recognizer's model predates the KB lexicon and misses some of the
** names the news writes most: Tunisia's president as Jawhara FM spells him,
** `الباجي قايد السبسي` after `رئيس الجمهورية`, gets no mention at all on 10
** of 1,000 of its pages. Where the text writes, word for word in one
** sentence, a KB person's name or alias of three or four words that ends in
** the last word of the person's own name and that no mention touches, a
** person mention is added; the passes of link_forms.c
** then link it like any other. Three words at least: a two-word name
** (محمد علي) is too often two names or a phrase.
*/
#include "link.h"
#include "model.h"
#include "namekey.h"

#include <string.h>

#define FEWEST_WORDS 3
#define MOST_WORDS 4

/* Do tokens [i, i + l) lie in one sentence? */
static int one_sentence(const naba_doc *doc, size_t i, size_t l) {
    return doc->tokens.v[i].sent == doc->tokens.v[i + l - 1].sent;
}

/* The bit of a name's last word (a key of one word), without ال as
** name_ends_in strips it (name_strip_al keeps nothing of a word too long
** for its buffer). */
static uint32_t last_word_bit(const char *word, size_t n) {
    size_t al = name_article_len(word, n);
    if (n - al + 2 >= NAME_KEY_MAX) al = n;
    return (uint32_t)(naba_fnv1a64(word + al, n - al, NABA_FNV_INIT) % LINK_LAST_WORD_BITS);
}

void link_person_last_words(link_state *st) {
    memset(st->person_last_words, 0, sizeof st->person_last_words);
    for (int t = 0; t < st->kb->n; t++) {
        const kb_table *tab = &st->kb->tables[t];
        for (uint32_t i = 0; i < tab->n_ents; i++) {
            if (tab->ents[i].type != NABA_ENT_PER) continue;
            char key[NAME_KEY_MAX];
            const char *name = tab->strings + tab->ents[i].name_ar;
            name_key(name, strlen(name), key, sizeof key);
            const char *last = name_last_word(key);
            uint32_t b = last_word_bit(last, strlen(last));
            st->person_last_words[b / 8] |= (uint8_t)(1u << (b % 8));
        }
    }
}

/* A key of several words (u s) ends no name: name_ends_in compares one word. */
int link_may_end_person(const link_state *st, const char *key) {
    size_t n = strlen(key);
    if (memchr(key, ' ', n)) return 0;
    uint32_t b = last_word_bit(key, n);
    return (st->person_last_words[b / 8] >> (b % 8)) & 1;
}

/* Does the KB name of r (its Arabic name, not an alias) end in the word of
** key last, with or without ال? */
static int name_ends_in(kb_ref r, const char *last) {
    char key[NAME_KEY_MAX], a[NAME_KEY_MAX], b[NAME_KEY_MAX];
    const char *name = kb_str(r, kb_ent(r)->name_ar);
    name_key(name, strlen(name), key, sizeof key);
    const char *sp = strrchr(key, ' ');
    name_strip_al(sp ? sp + 1 : key, a, sizeof a);
    name_strip_al(last, b, sizeof b);
    return !strcmp(a, b);
}

/* Is ph exactly the name or an alias of a KB person whose own name ends in
** the same word (last)? Not an alias that is a title, which names whoever
** holds it in the page's year (خادم الحرمين الشريفين, ولي العهد السعودي). */
static int kb_person_name(const kb *k, const char *ph, const char *last) {
    kb_ref c[8];
    size_t n = kb_lookup(k, KB_KEY_NAME, ph, c, 8);
    for (size_t j = 0; j < n; j++)
        if (kb_ent(c[j])->type == NABA_ENT_PER && name_ends_in(c[j], last)) return 1;
    return 0;
}

/* Fill mn as the person mention of tokens [i, end). */
static void person_at(const naba_doc *doc, size_t i, size_t end, naba_mention *mn) {
    memset(mn, 0, sizeof *mn);
    mn->start = doc->tokens.v[i].start;
    mn->end = doc->tokens.v[end - 1].end;
    mn->sent = doc->tokens.v[i].sent;
    if (doc->words.n) {
        mn->word_first = doc->tokens.v[i].word_first;
        for (size_t k = i; k < end; k++) mn->word_count += doc->tokens.v[k].word_count;
    } else {
        mn->word_first = (uint32_t)i;
        mn->word_count = (uint32_t)(end - i);
    }
    mn->type = NABA_ENT_PER;
    mn->conf = 0.5f;
    mn->entity = -1;
}

naba_status link_untagged_names(naba_doc *doc, const link_state *st) {
    size_t n = doc->tokens.n;
    if (n < FEWEST_WORDS) return NABA_OK;
    const char **keys = link_token_keys(doc);
    if (!keys) return NABA_ERR_NOMEM;
    link_near near;
    if (link_near_of(doc, &near) != NABA_OK) return NABA_ERR_NOMEM;
    NABA_LAYER(naba_mention) found = {0};
    unsigned char *ends = naba_arena_alloc(doc->arena, n);
    if (!ends) return NABA_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) ends[i] = (unsigned char)link_may_end_person(st, keys[i]);
    char ph[NAME_KEY_MAX];
    for (size_t i = 0; i + FEWEST_WORDS <= n; i++) {
        for (size_t l = MOST_WORDS; l >= FEWEST_WORDS; l--) {
            if (i + l > n || !ends[i + l - 1] || !one_sentence(doc, i, l) ||
                !link_key_phrase(keys, i, l, ph, sizeof ph)) continue;
            if (!kb_person_name(st->kb, ph, keys[i + l - 1])) continue;
            naba_off s = doc->tokens.v[i].start, e = doc->tokens.v[i + l - 1].end;
            if (link_overlaps_mention(doc, &near, s, e)) break;
            naba_mention *mn = NABA_PUSH(doc, &found);
            if (!mn) return NABA_ERR_NOMEM;
            person_at(doc, i, i + l, mn);
            i += l - 1;
            break;
        }
    }
    return link_add_mentions(doc, found.v, found.n);
}
