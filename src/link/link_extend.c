/*
** link_extend.c — names the recognizer cut short, completed from the KB.
**
** The recognizer sometimes stops a long name a word early or starts it a word
** late (كيم جونغ for كيم جونغ أون, جين بينغ for شي جين بينغ, بن سلمان for
** محمد بن سلمان): the cut name then links to no one, or to another person
** (the KB's alias كيم جونغ is Kim Jong Un, but جونغ أون is no one's). When
** the words next to a mention, in the same sentence and separated by spaces
** only, complete it to a KB name of several words exactly, the mention is
** that name: its span grows over them (and over a mention the recognizer made
** of them). Only what the text itself says is taken: the whole name, word for
** word, must be written there (an opening quotation mark between words is
** passed over: الجوهرة "اف ام).
*/
#include "affix.h"
#include "link.h"
#include "namekey.h"

#include <string.h>

#define EXTEND_WORDS 3   /* words added at most (محمد + بن سلمان بن عبدالعزيز) */

/* Is token t a word of sentence sent, followed by a space, or a quotation
** mark opening the next word (الجوهرة "اف ام": the station's name in news
** quotes half of it)? */
static int word_then_space(const naba_doc *doc, size_t t, uint32_t sent) {
    const naba_token *k = &doc->tokens.v[t];
    if (k->sent != sent) return 0;
    if (k->kind == NABA_TOK_WORD) return k->space_after;
    return !k->space_after && link_opening_quote(doc, t);
}

/* The first KB entity that can stand for mention m (link_type_ok) named
** exactly by key (or by key without ال when with_al), like pass 1 of
** link_forms.c. */
static int kb_name(const link_state *st, const char *key, const naba_mention *m, int with_al, kb_ref *out) {
    char al[NAME_KEY_MAX];
    name_strip_al(key, al, sizeof al);
    kb_ref c[8];
    for (int pass = 0; pass <= with_al; pass++) {
        size_t n = kb_lookup(st->kb, KB_KEY_NAME, pass ? al : key, c, 8);
        for (size_t i = 0; i < n; i++)
            if (link_type_ok(m->type, kb_ent(c[i])->type)) {
                *out = c[i];
                return 1;
            }
    }
    return 0;
}

/* Is text [s, e), m's span grown, the exact KB name of another entity than m
** names alone? A longer name of the same entity (تنظيم داعش for داعش, الشيخ
** محمد بن زايد for محمد بن زايد) changes nothing but the span. */
static int names_other(const naba_doc *doc, const link_state *st, const naba_mention *m, naba_off s, naba_off e,
                       int article) {
    char key[NAME_KEY_MAX];
    kb_ref grown, alone;
    link_span_key(doc, s, e, article, key, sizeof key);
    if (!kb_name(st, key, m, 0, &grown)) return 0;
    link_mention_key(doc, m, key, sizeof key);
    if (!kb_name(st, key, m, 1, &alone)) return 1;
    return strcmp(kb_str(grown, kb_ent(grown)->id), kb_str(alone, kb_ent(alone)->id)) != 0;
}

/* Does [s, e) overlap a mention other than m without holding it whole? */
static int cuts_mention(const naba_doc *doc, const link_near *r, size_t m, naba_off s, naba_off e) {
    for (size_t i = link_near_from(doc, r, s); i < doc->mentions.n; i++) {
        const naba_mention *o = &doc->mentions.v[i];
        if (link_near_past(r, i, e)) break;
        if (i == m || o->end <= s || o->start >= e) continue;
        if (o->start < s || o->end > e) return 1;
    }
    return 0;
}

/* Words of tokens [a, b]: the first word of a and the last of b, or the
** tokens themselves without a words layer. */
static void set_words(const naba_doc *doc, naba_mention *m, size_t a, size_t b) {
    const naba_token *ta = &doc->tokens.v[a], *tb = &doc->tokens.v[b];
    if (doc->words.n && ta->word_count && tb->word_count) {
        uint32_t wf = ta->word_first, wl = tb->word_first + tb->word_count - 1;
        while (wf < wl && doc->words.v[wf].end <= m->start) wf++;
        m->word_first = wf;
        m->word_count = wl - wf + 1;
    } else {
        m->word_first = (uint32_t)a;
        m->word_count = (uint32_t)(b - a + 1);
    }
}

/* Length of a proclitic letter (و ف ب ل ك) the token at s starts with, else 0. */
static size_t proclitic(const char *s, size_t n) {
    static const char *const letters[] = {"و", "ف", "ب", "ل", "ك"};
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (n > 4 && str_starts(s, n, letters[i])) return 2;
    return 0;
}

/* Grow mention m to the longest KB name the next or previous words complete,
** or the words on both sides. Returns 1 when it grew. */
static int extend(naba_doc *doc, const link_state *st, const link_near *r, size_t m) {
    naba_mention *x = &doc->mentions.v[m];
    size_t a = naba_token_at(doc, x->start), b = naba_token_at(doc, x->end ? x->end - 1 : 0);
    if (a >= doc->tokens.n || b >= doc->tokens.n || doc->tokens.v[b].end != x->end) return 0;
    uint32_t sent = doc->tokens.v[b].sent;
    /* forwards: كيم جونغ + أون; a mention after the ل of لل, read with its
    ** article, may be the name without it (للجوهرة + "اف ام" is جوهرة "اف ام) */
    int article = (x->flags & NABA_MENTION_ARTICLE) != 0;
    naba_off lam = article ? 2 : 0;
    for (size_t k = EXTEND_WORDS; k >= 1; k--) {
        if (b + k >= doc->tokens.n) continue;
        size_t t = b;
        while (t < b + k && word_then_space(doc, t, sent)) t++;
        if (t < b + k || doc->tokens.v[b + k].kind != NABA_TOK_WORD || doc->tokens.v[b + k].sent != sent) continue;
        naba_off e = doc->tokens.v[b + k].end;
        for (naba_off skip = 0; skip <= lam; skip += 2)
            if (names_other(doc, st, x, x->start + skip, e, article && !skip) &&
                !cuts_mention(doc, r, m, x->start + skip, e)) {
                x->start += skip;
                if (skip) x->flags &= (uint8_t)~NABA_MENTION_ARTICLE;
                x->end = e;
                set_words(doc, x, a, b + k);
                return 1;
            }
    }
    /* backwards: شي + جين بينغ, و + محمد بن سلمان (the proclitic stays out),
    ** مجلس الأمن التابع + للأمم المتحدة (the ل of لل goes in);
    ** then both ways, a word each, round a place inside a body's name:
    ** حراك + تونس + الإرادة */
    if (doc->tokens.v[a].start != x->start &&
        !((x->flags & NABA_MENTION_ARTICLE) && x->start == doc->tokens.v[a].start + 2))
        return 0;
    int after = b + 1 < doc->tokens.n && word_then_space(doc, b, sent) &&
                doc->tokens.v[b + 1].kind == NABA_TOK_WORD && doc->tokens.v[b + 1].sent == sent;
    for (int both = 0; both <= after; both++)
        for (size_t k = both ? 1 : EXTEND_WORDS; k >= 1; k--) {
            if (a < k) continue;
            size_t t = a - k;
            while (t < a && word_then_space(doc, t, sent)) t++;
            if (t < a) continue;
            const naba_token *f = &doc->tokens.v[a - k];
            if (f->kind != NABA_TOK_WORD) continue;   /* a name opens with no quotation mark */
            naba_off e = both ? doc->tokens.v[b + 1].end : x->end;
            for (size_t skip = 0; skip <= proclitic(doc->text + f->start, f->end - f->start); skip += 2) {
                naba_off s = f->start + (naba_off)skip;
                if (!names_other(doc, st, x, s, e, 0)) continue;
                /* a title (رئيس الوزراء) or, before a person, one word with the
                ** article (الملكة إليزابيث, الشيخ تميم) is not the name */
                char fk[NAME_KEY_MAX];
                name_key(doc->text + s, f->end - s, fk, sizeof fk);
                if (link_title_start(st->kb, fk) || (k == 1 && x->type == NABA_ENT_PER && str_has_prefix(fk, "ال")))
                    continue;
                if (!cuts_mention(doc, r, m, s, e)) {
                    x->start = s;
                    x->flags &= (uint8_t)~NABA_MENTION_ARTICLE;
                    x->end = e;
                    set_words(doc, x, a - k, both ? b + 1 : b);
                    return 1;
                }
            }
        }
    return 0;
}

/* How well key is known as a name: 2, the exact KB name of an entity of m's
** own type; 1, of another type that can stand for m, or, for a person and
** when memory is set, a first word the romanizer's memory knows as a name
** word (learnt from Wikidata's names: بيومي, باول, فينسنت); else 0. */
static int known_name(const link_state *st, const naba_mention *m, const char *key, int memory) {
    kb_ref r;
    if (kb_name(st, key, m, 0, &r)) return kb_ent(r)->type == m->type ? 2 : 1;
    return memory && m->type == NABA_ENT_PER && translit_word_memory(st->tl, key, strcspn(key, " "));
}

/* The recognizer (through the morph model and its news frequencies) reads a
** name's first letter as a proclitic when the rest is a common word: ب|يومي
** فؤاد for بيومي فؤاد, ب|اول for باول (Powell), ف|ينسانت. Give the letter back
** when the name with it is better known (known_name) than the name without it:
** ك|ابل in a place's mention is Kabul, though ابل alone names Apple. The
** memory vouches for the name with the letter only: it holds the words of
** single Wikidata names, common words among them (يومي daily, in one name).
** Returns 1 when m's start moved. */
static int restore_letter(naba_doc *doc, const link_state *st, size_t m) {
    naba_mention *x = &doc->mentions.v[m];
    size_t a = naba_token_at(doc, x->start), b = naba_token_at(doc, x->end ? x->end - 1 : 0);
    if (a >= doc->tokens.n || b >= doc->tokens.n || x->start < doc->tokens.v[a].start + 2 ||
        (x->flags & NABA_MENTION_ARTICLE))
        return 0;
    naba_off s = x->start - 2;
    /* after the letter, a word opening with hamza is the clitic's host (بأنيس) */
    const char *w = doc->text + x->start;
    if (!proclitic(doc->text + s, x->end - s) || str_starts(w, x->end - x->start, "أ") ||
        str_starts(w, x->end - x->start, "إ") || str_starts(w, x->end - x->start, "آ"))
        return 0;
    char with[NAME_KEY_MAX], without[NAME_KEY_MAX];
    name_key(doc->text + s, x->end - s, with, sizeof with);
    name_key(doc->text + x->start, x->end - x->start, without, sizeof without);
    if (known_name(st, x, with, 1) <= known_name(st, x, without, 0)) return 0;
    x->start = s;
    set_words(doc, x, a, b);
    return 1;
}

/* Is mention m held by another: a longer one, or one grown to the same span
** before it (المدينة and المنورة both grown to المدينة المنورة)? */
static int held(const naba_doc *doc, const link_near *r, size_t m) {
    const naba_mention *x = &doc->mentions.v[m];
    for (size_t i = link_near_from(doc, r, x->end); i < doc->mentions.n; i++) {
        const naba_mention *y = &doc->mentions.v[i];
        if (link_near_past(r, i, x->start + 1)) break;
        if (i != m && y->start <= x->start && x->end <= y->end &&
            (y->end - y->start > x->end - x->start || (i < m && y->start == x->start && y->end == x->end)))
            return 1;
    }
    return 0;
}

naba_status link_extend(naba_doc *doc, const link_state *st) {
    int grew = 0;
    link_near r;
    if (link_near_of(doc, &r) != NABA_OK) return NABA_ERR_NOMEM;
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (restore_letter(doc, st, m)) link_near_moved(doc, &r, m);
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (extend(doc, st, &r, m)) {
            link_near_moved(doc, &r, m);
            grew = 1;
        }
    if (!grew) return NABA_OK;
    /* drop the mentions a grown one now holds: marked first, as holding
    ** passes on (what holds a dropped one holds what it held) */
    unsigned char *drop = naba_arena_alloc(doc->arena, doc->mentions.n);
    if (!drop) return NABA_ERR_NOMEM;
    for (size_t m = 0; m < doc->mentions.n; m++) drop[m] = (unsigned char)held(doc, &r, m);
    size_t o = 0;
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (!drop[m]) doc->mentions.v[o++] = doc->mentions.v[m];
    doc->mentions.n = o;
    return NABA_OK;
}
