/*
** events_actors.c — who the actors of a sentence are, with CAMEO-style codes.
**
** An actor is coded from up to three kinds of pieces that sit next to each
** other in news text: an agent (a role: "وزير الدفاع" GOV, "الشرطة" COP), a
** country or named actor from the dictionary ("الروسي" RUS, "الكرملين" RUSGOV)
** or from the entity layer (entity actor_code), and names in between that the
** dictionary does not know ("أندريه بيلوسوف"). Adjacent compatible pieces are
** merged into one unit, "وزير الدفاع الروسي أندريه بيلوسوف" -> RUSGOV. Pieces
** with two different countries are never merged: they are two actors.
*/
#include "affix.h"
#include "counts.h"
#include "events_int.h"

#include <stdlib.h>
#include <string.h>

/* Does phrase word w match token t? */
static int word_matches(const ev_tok *t, const char *w) {
    for (uint32_t i = 0; i < t->n_cands; i++)
        if (!strcmp(t->cands[i], w)) return 1;
    return 0;
}

/* Does a lemma of token i's words have the dictionary key matched? */
static int lemma_is(const ev_work *w, size_t i, const char *matched) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[i];
    if (tk->word_first + tk->word_count > doc->words.n) return 0;
    for (uint32_t k = 0; k < tk->word_count; k++) {
        const naba_word *wd = &doc->words.v[tk->word_first + k];
        char lk[EV_KEY_MAX];
        if (!wd->lemma) continue;
        ev_key(wd->lemma, strlen(wd->lemma), lk, sizeof lk);
        if (!strcmp(ev_no_article(lk), matched)) return 1;
    }
    return 0;
}

/* Was a one-word phrase matched only by reading a plural in "ات" as the
** plural of a word in "ة" the words layer does not read there ("طلبات",
** requests, as "طلبة", students, EDU; "السلطات" is "سلطة")? */
static int teh_plural_misread(const ev_work *w, size_t i, const char *matched) {
    const char *key = ev_no_article(w->toks[i].key);
    size_t kl = strlen(key), ml = strlen(matched);
    if (!str_ends(key, kl, "ات") || !str_ends(matched, ml, "ه") ||
        strncmp(key, matched, ml - 2) || kl != ml + 2 || !w->doc->tokens.v[i].word_count)
        return 0;
    return !lemma_is(w, i, matched);
}

/* Was a one-word actor matched only by cutting an ending off a longer word
** ("الرياضة", sport, and "الرياضيات", mathematics, as "رياض", Riyadh;
** "قطرات", drops, as Qatar)? A name is the whole word after its clitics; only
** a nisba ("روسي") inflects ("الروسية", "الروسيين"), and a lemma of the words
** layer may bring a plural back to its singular. */
static int ending_cut(const ev_work *w, size_t i, const char *matched) {
    const char *key = w->toks[i].key;
    return !str_has_suffix(key, matched) && !str_has_suffix(matched, "ي") && !lemma_is(w, i, matched);
}

/* Was a one-word name of a person or a body (a code with a role: "صدام"
** IRQGOV, "حماس" PSEREB) matched on its word with the alef of the indefinite
** accusative ("صداما كبيرا", a big clash; "حماسا", enthusiasm)? Such a name
** in the news is not indefinite; a people is ("دبلوماسيين روسا", RUS), and a
** nisba or a name ending in alef is not asked. */
static int indefinite_accusative(const char *key, const char *matched, const char *code) {
    size_t kl = strlen(key), ml = strlen(matched);
    if (strlen(code) <= 3 || str_has_suffix(matched, "ي") || str_has_suffix(matched, "ا") || kl < ml + 2) return 0;
    return !strcmp(key + kl - 2, "ا") && !strncmp(key + kl - 2 - ml, matched, ml);
}

/* Does the word matched stand in token key in its feminine, with "ة" (a
** heh in the keys) or, before a pronoun, "ت" after it ("الحاجة",
** "حاجتها" for "حاج")? */
static int feminine_of(const char *key, const char *matched) {
    const char *at = strstr(key, matched);
    if (!at) return 0;
    at += strlen(matched);
    return !strncmp(at, "ه", 2) || !strncmp(at, "ت", 2);
}

/* Does the role matched stand in token i as the abstract noun made from it
** with "ية" ("مسؤولياتهم", their responsibilities, "المسؤولية", not
** "مسؤول"; "شعبيته", his popularity, not "شعب")? A role in "ي" inflects so
** ("عسكرية"), and is not asked; "مسؤوليه" (his officials) ends in heh, not
** teh marbuta. */
static int abstract_noun(const ev_work *w, size_t i, const char *matched) {
    const char *at = strstr(w->toks[i].key, matched);
    if (!at || str_has_suffix(matched, "ي")) return 0;
    at += strlen(matched);
    if (!strncmp(at, "يات", 6) || !strncmp(at, "يت", 4)) return 1;
    const naba_token *tk = &w->doc->tokens.v[i];
    return !strcmp(at, "يه") && tk->end - tk->start >= 4 && !memcmp(w->doc->text + tk->end - 4, "ية", 4);
}

/* Longest dictionary phrase starting at token i (within its clause), or -1. */
static int32_t longest_phrase(const ev_work *w, size_t i, size_t clause_end, size_t *len_out) {
    const ev_dict *d = w->dict;
    const ev_tok *toks = w->toks;
    int32_t best = -1;
    size_t best_len = 0;
    const ev_tok *t = &toks[i];
    *len_out = 0;
    if (!(t->kinds & EVW_PHRASE)) return -1;
    for (uint32_t c = 0; c < t->n_cands; c++) {
        for (int32_t p = ev_map_get(&d->phrase_first, t->cands[c]); p >= 0; p = d->phrases[p].next) {
            const ev_phrase *ph = &d->phrases[p];
            int dated;
            const char *code = ev_phrase_code(ph, w->has_day, w->day, &dated);
            if (!code || ph->n_words <= best_len || i + ph->n_words > clause_end) continue;
            if (ph->n_words == 1 && !ph->agent &&
                (ending_cut(w, i, t->cands[c]) || indefinite_accusative(t->key, t->cands[c], code)))
                continue;
            if (ph->article && !ev_definite(t->key)) continue;
            if (ph->masculine && feminine_of(t->key, t->cands[c])) continue;
            if (ph->n_words == 1 && ph->agent && abstract_noun(w, i, t->cands[c])) continue;
            uint32_t k = 1;
            while (k < ph->n_words && word_matches(&toks[i + k], ph->words[k])) k++;
            if (k < ph->n_words) continue;
            /* an actor beats an agent of the same length */
            if (ph->n_words > best_len || (best >= 0 && d->phrases[best].agent && !ph->agent)) {
                best = p;
                best_len = ph->n_words;
            }
        }
    }
    *len_out = best_len;
    return best;
}

/* A proclitic conjunction or preposition in front of the piece's first word:
** "وقادة" starts a new actor; "لأوكرانيا" is a target, not a subject. Returns 0
** when the matched word is not in the key (it came through a lemma). */
static int clitic_of(const char *key, const char *matched, int *conj, int *prep) {
    size_t kl = strlen(key), ml = strlen(matched);
    *conj = *prep = 0;
    if (strstr(key, matched) == NULL) return 0;
    if (kl <= ml) return 1;
    const char *at = strstr(key, matched);
    size_t pre = (size_t)(at - key);
    if (pre == 0) return 1;
    /* the letters before the match are clitics */
    if (!strncmp(key, "و", 2) || !strncmp(key, "ف", 2)) { *conj = 1; key += 2; pre -= pre >= 2 ? 2 : 0; }
    if (pre >= 2 && (!strncmp(key, "ل", 2) || !strncmp(key, "ب", 2))) *prep = 1;
    return 1;
}

static int push_piece(ev_work *w, size_t b, size_t e, const char *code, int agent, int32_t entity) {
    ev_piece *p = NABA_PUSH(w->doc, &w->pieces);
    if (!p) return -1;
    p->b = (uint32_t)b;
    p->e = (uint32_t)e;
    p->code = code;
    p->agent = (uint8_t)agent;
    p->entity = entity;
    return 0;
}

/* Is token i a circumstantial participle, "، مشيرا إلى": one word the tagger
** reads as an indefinite adjective in the accusative, after a comma or at the
** start of its clause? It tells how the subject spoke or acted, and is no
** actor, though it may spell a role ("المشير", a field marshal). */
static int circumstantial(const ev_work *w, size_t i) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[i];
    if (tk->word_count != 1 || tk->word_first >= doc->words.n) return 0;
    if (i > w->toks[i].clause_start && !w->toks[i - 1].brk_comma) return 0;
    const naba_word *wd = &doc->words.v[tk->word_first];
    return wd->upos == NABA_UPOS_ADJ && wd->feats && strstr(wd->feats, "Case=Acc") &&
           strstr(wd->feats, "Definite=Ind");
}

/* Was the phrase's first word matched by reading the alef before it as the
** prefix of a verb in the first person ("أعمال", acts, read as "عمال",
** workers: key "اعمال")? An actor is a noun, and that prefix is a verb's.
** An alef before "ل" is the article ("الحرس" holds "لحرس" of a PETRARCH
** entry, after its article). */
static int alef_stripped(const char *key, const char *matched) {
    const char *at = strstr(key, matched);
    if (!at || at - key < 2 || strncmp(at - 2, "ا", 2) || !strncmp(matched, "ل", 2)) return 0;
    return at - key < 4 || strncmp(at - 4, "ل", 2);
}

/* "تدعو إلى القضاء على الجوع", "للقضاء على الفقر": before "على" the word
** is the verbal noun "elimination", not the judiciary (agent "قضاء", JUD). */
static int elimination(const ev_work *w, size_t i, const char *matched) {
    return (!strcmp(matched, "قضاء") || !strcmp(matched, "القضاء")) && i + 1 < w->toks[i].clause_end &&
           !strcmp(w->toks[i + 1].key, "علي");
}

/* "طالبت الحكومة الأمريكية إيران بالإفراج", "وطالبت النقابة الحكومة": a
** role opening its clause on a word the tagger reads only as a verb is the
** verb ("طالب", demanded, not the student, EDU): kept, it joined the subject
** after it into one actor holding the event word, and the demand lost its
** doer or was dropped. So for a role of two words (session 37: "ويطالب
** المحتجون" is no "طالب محتج", OPPEDU; the role after the verb is read). Only
** at the clause's start: there the tag of a verb is sure; after it a noun may
** be read so ("وقتل شاب", "مفجرون انتحاريون"). */
static int verb_only(const ev_work *w, size_t i) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[i];
    int verb = 0;
    if (i != w->toks[i].clause_start || !tk->word_count || tk->word_first + tk->word_count > doc->words.n) return 0;
    for (uint32_t k = 0; k < tk->word_count; k++) {
        int up = doc->words.v[tk->word_first + k].upos;
        if (up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_ADJ || up == NABA_UPOS_X) return 0;
        verb |= up == NABA_UPOS_VERB;
    }
    return verb;
}

/* Pieces from the dictionary, clause by clause, longest match first. */
static int dict_pieces(ev_work *w) {
    for (size_t i = 0; i < w->n_toks;) {
        size_t len;
        int32_t p = longest_phrase(w, i, w->toks[i].clause_end, &len);
        if (p < 0) { i++; continue; }
        const ev_phrase *ph = &w->dict->phrases[p];
        if ((ph->agent && ((len == 1 && circumstantial(w, i)) || verb_only(w, i))) || alef_stripped(w->toks[i].key, ph->words[0]) ||
            (len == 1 && teh_plural_misread(w, i, ph->words[0])) || (len == 1 && elimination(w, i, ph->words[0])) ||
            w->toks[i].timex) {
            i++;
            continue;
        }
        int dated;
        if (push_piece(w, i, i + len, ev_phrase_code(ph, w->has_day, w->day, &dated), ph->agent, -1)) return -1;
        ev_piece *pc = &w->pieces.v[w->pieces.n - 1];
        pc->dated = (uint8_t)dated;
        int conj, prep;
        int in_key = clitic_of(w->toks[i].key, ph->words[0], &conj, &prep);
        /* matched through a lemma ("والقرى" as "قرية"): the words layer tells the clitics */
        const naba_token *tk = &w->doc->tokens.v[i];
        if (!in_key && tk->word_count > 1 && tk->word_first + tk->word_count <= w->doc->words.n) {
            int up = w->doc->words.v[tk->word_first].upos;
            conj = up == NABA_UPOS_CCONJ;
            prep = up == NABA_UPOS_ADP ||
                   (conj && w->doc->words.v[tk->word_first + 1].upos == NABA_UPOS_ADP && tk->word_count > 2);
        }
        pc->conj = (uint8_t)conj;
        pc->prep = (uint8_t)prep;
        i += len;
    }
    return 0;
}

/* The first of pieces [lo, hi), in token order, that starts at or after token b. */
static size_t first_piece_from(const ev_work *w, size_t lo, size_t hi, size_t b) {
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->pieces.v[mid].b < b) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

size_t ev_first_piece_at(const ev_work *w, size_t t) { return first_piece_from(w, 0, w->pieces.n, t); }

/* Do dictionary actors of two different countries lie inside tokens [b, e)?
** Only actors with a role (persons, bodies: "بوتين" RUSGOV): a bare
** nationality ("تركي", also a first name: "تركي المالكي") may be part of a name.
** Pieces [0, nd) are the dictionary's, the rest the earlier mentions': each
** run is in token order (a merge only moves a piece's start back to its
** mention's), so only the pieces starting in [b, e) are read. */
static int two_countries(const ev_work *w, size_t nd, size_t b, size_t e) {
    const char *first = NULL;
    char m1[4], m2[4];
    size_t runs[2][2] = {{0, nd}, {nd, w->pieces.n}};
    for (int r = 0; r < 2; r++)
        for (size_t k = first_piece_from(w, runs[r][0], runs[r][1], b); k < runs[r][1] && w->pieces.v[k].b < e; k++) {
            const ev_piece *p = &w->pieces.v[k];
            if (p->agent || p->e > e || !p->code || strlen(p->code) <= 3) continue;
            const char *c = ev_code_main(p->code, first ? m2 : m1);
            if (!c) continue;
            if (!first) first = c;
            else if (strcmp(first, c)) return 1;
        }
    return 0;
}

/* Piece k is the first over its tokens unless one before it is there. */
static void cover_piece(const ev_work *w, uint32_t *cover, size_t k) {
    const ev_piece *p = &w->pieces.v[k];
    if (p->agent) return;
    for (uint32_t t = p->b; t < p->e; t++)
        if (cover[t] > k) cover[t] = (uint32_t)k;
}

static const char *combine(ev_work *w, const char *actor, const char *agent);

/* Pieces from the entity layer (ner + link), when present: they bring the
** entity id, and a code when the knowledge base has one. */
static int entity_pieces(ev_work *w) {
    const naba_doc *doc = w->doc;
    if (!doc->mentions.n || !doc->words.n || !w->n_toks) return 0;
    size_t nd = w->pieces.n;
    /* the first piece (in index order, no agent) over each token: the piece a
    ** mention merges with is the least over its tokens, not a scan of all */
    uint32_t *cover = naba_arena_alloc(w->doc->arena, w->n_toks * sizeof *cover);
    if (!cover) return -1;
    for (size_t t = 0; t < w->n_toks; t++) cover[t] = UINT32_MAX;
    for (size_t k = 0; k < nd; k++) cover_piece(w, cover, k);
    for (size_t m = 0; m < doc->mentions.n; m++) {
        const naba_mention *mn = &doc->mentions.v[m];
        if (mn->word_count == 0 || mn->word_first + mn->word_count > doc->words.n) continue;
        size_t b = doc->words.v[mn->word_first].token;
        size_t e = doc->words.v[mn->word_first + mn->word_count - 1].token + 1;
        if (e > w->n_toks || b >= e) continue;
        const char *code = NULL;
        /* an organisation or a person linked to a place is a linking slip
        ** ("النصرة", the Nusra Front, as a village in Israel): no code from it */
        if (mn->entity >= 0 && (size_t)mn->entity < doc->entities.n &&
            !(mn->type != NABA_ENT_LOC && doc->entities.v[mn->entity].type == NABA_ENT_LOC))
            code = doc->entities.v[mn->entity].actor_code;
        /* "التقى أردوغان بوتين": the tagger may take two bare names side by
        ** side for one person; when the dictionary knows both as actors of
        ** two countries, they are two actors, as they would be apart */
        if (two_countries(w, nd, b, e)) continue;
        /* a dictionary piece on the same tokens takes the entity id */
        uint32_t k = UINT32_MAX;
        for (size_t t = b; t < e; t++)
            if (cover[t] < k) k = cover[t];
        if (k != UINT32_MAX) {
            ev_piece *p = &w->pieces.v[k];
            p->entity = mn->entity;
            /* the KB's code, unless the dictionary's says more about the same
            ** country ("موسكو" is RUS in the KB, RUSGOV (its government)
            ** here) or is the code of the article's time (the KB's is today's) */
            char m1[4], m2[4];
            const char *a = ev_code_main(code, m1), *b2 = ev_code_main(p->code, m2);
            /* "مجلس النواب المصري": a body whose country the KB reads from
            ** its closing adjective (EGY) keeps the role its cue word has in
            ** the dictionary (GOVLEG): EGYGOVLEG (session 28, events28c) */
            if (a && !b2 && strlen(code) == 3 && p->code && *p->code && !p->dated) code = combine(w, code, p->code);
            if (code && !p->dated && !(a && b2 && !strcmp(a, b2) && strlen(p->code) > strlen(code))) p->code = code;
            if (b < p->b) p->b = (uint32_t)b;
            if (e > p->e) p->e = (uint32_t)e;
            p->loc = mn->type == NABA_ENT_LOC;
            cover_piece(w, cover, k);
            continue;
        }
        if (!code && mn->type == NABA_ENT_MISC) continue;
        if (push_piece(w, b, e, code, 0, mn->entity)) return -1;
        cover_piece(w, cover, w->pieces.n - 1);
        ev_piece *pc = &w->pieces.v[w->pieces.n - 1];
        pc->loc = mn->type == NABA_ENT_LOC;
        /* the mention leaves out proclitics: "وموسكو" is "و" + the name */
        const naba_token *tk = &doc->tokens.v[b];
        if (mn->start > tk->start && mn->start <= tk->end) {
            const char *s = doc->text + tk->start;
            size_t n = mn->start - tk->start;
            int conj = n >= 2 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2));
            pc->conj = (uint8_t)conj;
            pc->prep = (uint8_t)(n >= 2 * (size_t)(conj + 1) &&
                                 (!memcmp(s + 2 * conj, "ل", 2) || !memcmp(s + 2 * conj, "ب", 2)));
        }
    }
    return 0;
}

/* Is unit u's entity an organisation? */
static int org_mention(const ev_work *w, const ev_unit *u) {
    return ev_entity_type(w->doc, u->entity) == NABA_ENT_ORG;
}

static int cmp_piece(const void *a, const void *b) {
    const ev_piece *x = a, *y = b;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    return x->e > y->e ? -1 : x->e < y->e;
}

static int cmp_unit(const void *a, const void *b) {
    const ev_unit *x = a, *y = b;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    return x->e > y->e ? -1 : x->e < y->e;
}

/* "غرب بغداد", "شمال العراق": a direction before a name makes it a place. */
static int direction(const char *key) {
    static const char *const dirs[] = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++)
        if (!strcmp(key, dirs[i])) return 1;
    return 0;
}

/* Does token i end in a possessive pronoun after a noun (words layer)? Such a
** role noun heads a phrase of its own: "وزير الخارجية التركي نظيره الروسي" is
** two actors, the Turkish minister and his (Russian) counterpart. (Asked of
** roles only: the tagger reads a name such as "عبدالله" as noun + pronoun.) */
static int possessed(const naba_doc *doc, size_t i) {
    const naba_token *tk = &doc->tokens.v[i];
    if (tk->word_count < 2 || tk->word_first + tk->word_count > doc->words.n) return 0;
    const naba_word *wd = &doc->words.v[tk->word_first + tk->word_count - 2];
    return wd[1].upos == NABA_UPOS_PRON && wd[0].upos == NABA_UPOS_NOUN;
}

/* "السابق", "الأسبق": the title before it was held before (former_title). */
static int former(const ev_tok *t) {
    static const char *const words[] = {"السابق", "السابقه", "الاسبق", "الاسبقه", NULL};
    return ev_key_in(t, words);
}

/* Is token t a title one person holds ("الرئيس", "وزيرة", "السفير"): a word
** of the dictionary's LEADER set (actors.tsv completes the compiled one)?
** "المنظمة السابقة", "البرلمان السابق" are bodies: "السابق" there is "previous". */
static int person_title(const ev_work *w, uint32_t t) {
    const ev_tok *k = &w->toks[t];
    for (uint32_t i = 0; i < k->n_cands; i++)
        if (ev_dict_in_set(w->dict, "&LEADER", k->cands[i])) return 1;
    return 0;
}

/* Is unit u, or the noun right before it, a person title: "الرئيس الروسي",
** "عضو البرلمان الروسي" (the body of which the person is a member)? */
static int person_head(const ev_work *w, const ev_unit *u) {
    uint32_t b = u->b;
    return person_title(w, b) ||
           (b > w->toks[b].clause_start && !w->toks[b - 1].brk_comma && person_title(w, b - 1));
}

/* Is entity e (of a piece or a unit; -1 for none) a person, as the entity
** layer has it? */
static int person(const ev_work *w, int32_t e) {
    return ev_entity_type(w->doc, e) == NABA_ENT_PER;
}

/* Is token t definite ("ال", or the words layer's Definite=Def)? */
static int definite(const ev_work *w, uint32_t t) {
    if (!strncmp(w->toks[t].key, "ال", 4)) return 1;
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[t];
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        const char *f = doc->words.v[tk->word_first + k].feats;
        if (f && strstr(f, "Definite=Def")) return 1;
    }
    return 0;
}

/* Does a word of token t have this UPOS in the words layer? */
int ev_has_upos(const naba_doc *doc, uint32_t t, int upos) {
    const naba_token *tk = &doc->tokens.v[t];
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++)
        if (doc->words.v[tk->word_first + k].upos == upos) return 1;
    return 0;
}

/* "قوات الشرعية اليمنية", "الجيش الوطني اليمني": a role with no country and
** a nationality adjective closing its phrase, past a genitive noun or an
** adjective, are one actor of that country (YEMMIL). The words between must
** be definite like the adjective, and after a definite role only adjectives:
** in "هاجم المسلحون القافلة الأمريكية" the adjective is the convoy's. */
static int nationality_of_role(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    char m[4];
    if (!w->doc->words.n || b->agent || b->e != b->b + 1 || !b->code || strlen(b->code) != 3 ||
        !ev_code_main(b->code, m) || ev_code_main(u->code, m) || !u->code || !ev_has_upos(w->doc, b->b, NABA_UPOS_ADJ) ||
        !definite(w, b->b))
        return 0;
    int head_definite = definite(w, u->e - 1);
    for (uint32_t t = u->e; t < b->b; t++) {
        if (ev_has_upos(w->doc, t, NABA_UPOS_ADP)) return 0; /* "حشد الدعم للاقتصاد اللبناني" */
        if (!definite(w, t) || (head_definite && !ev_has_upos(w->doc, t, NABA_UPOS_ADJ))) return 0;
    }
    return 1;
}

/* Is the noun phrase at token t indefinite: no article on it, nor on the
** genitive of a chain of construct nouns it heads ("نائب رئيس مجلس الوزراء"
** is definite by "الوزراء"; "مسؤولين", "رجال دين بارزين" are not)? */
static int indefinite_phrase(const ev_work *w, uint32_t t) {
    for (uint32_t k = t; k < w->n_toks && k < t + 4; k++) {
        if (definite(w, k)) return 0;
        if (w->toks[k].brk_comma || !ev_has_upos(w->doc, k, NABA_UPOS_NOUN)) break;
    }
    return 1;
}

/* Does a name stand at token t, a title's holder ("الملك سلمان", "اللواء
** مسفر الخثعمي"): a person of the entity layer, a proper noun, or a noun
** with no article that is no adjective (given names read as nouns)? */
static int before_name(const ev_work *w, uint32_t t) {
    if (t >= w->n_toks || w->toks[t - 1].brk_comma || t >= w->toks[t - 1].clause_end) return 0;
    /* the pieces are in token order here (ev_find_units): those at t, by halving */
    for (size_t i = first_piece_from(w, 0, w->pieces.n, t); i < w->pieces.n && w->pieces.v[i].b == t; i++)
        if (person(w, w->pieces.v[i].entity)) return 1;
    const naba_doc *doc = w->doc;
    return ev_has_upos(doc, t, NABA_UPOS_PROPN) || ev_has_upos(doc, t, NABA_UPOS_X) ||
           (ev_has_upos(doc, t, NABA_UPOS_NOUN) && !ev_has_upos(doc, t, NABA_UPOS_ADJ) && !definite(w, t) &&
            !ev_has_upos(doc, t, NABA_UPOS_ADP)); /* "بإصدار": a preposition opens no name */
}

/* Does token t open the name of a body of armed men ("قوات الأمن", "الشرطة")? */
static int armed_body(const ev_work *w, uint32_t t) {
    static const char *const bodies[] = {"قوات", "القوات", "وقوات", "الشرطه", "شرطه", "الجيش", "جيش", "الامن",
                                         "الحرس", "الدرك", "الاجهزه", "وحدات", "عناصر", NULL};
    return ev_key_in(&w->toks[t], bodies);
}

/* "سلطات ولاية مينيسوتا الأمريكية", "شرطة منطقة مكة المكرمة", "سكان مدينة
** حلب": a role in the construct state (no article) heads a place noun (no
** article either) whose genitive is a place coded by its country alone: one
** actor, the role of that country (USAGOV, SAUCOP). Token t, the place noun,
** stands right between. With the article the role is a subject and the place
** its object: "حاصرت القوات مدينة حلب". */
static int place_of_role(const ev_work *w, const ev_unit *u, const ev_piece *b, uint32_t t) {
    char m[4];
    return t + 1 == b->b && t == u->e && !u->named && u->code && !ev_code_main(u->code, m) && !b->agent && b->code &&
           strlen(b->code) == 3 && ev_code_main(b->code, m) && !definite(w, u->e - 1) && !definite(w, t) &&
           ev_place_noun(w->toks[t].key);
}

/* "دعا الوزير التونسي الحكومة الليبية", "وطردت السعودية السفير الكندي": a
** role noun with the article right after a named definite phrase is neither
** its genitive (a noun with the article heads none) nor, being a noun, its
** adjective: the verb's object. The tagger reads some roles after a
** country's name as adjectives ("السفير"); a name takes no adjective of
** role, so there the tag is not asked. Not after a preposition ("في ألمانيا
** المسلمين" is no subject), nor a title before its holder's name ("العاهل
** السعودي الملك سلمان", "اللواء مسفر الخثعمي"). */
static int object_role(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    const naba_doc *doc = w->doc;
    uint32_t t = b->b, last = u->e - 1;
    if (!u->named || u->prep || (u->b > 0 && ev_has_upos(doc, u->b - 1, NABA_UPOS_ADP)) || person(w, u->entity) ||
        !b->agent || b->entity >= 0 || strncmp(w->toks[t].key, "ال", 4) || !definite(w, last))
        return 0;
    int after_name = ev_has_upos(doc, last, NABA_UPOS_PROPN) ||
                     ev_entity_type(doc, u->entity) == NABA_ENT_LOC;
    if (!after_name && (!ev_has_upos(doc, t, NABA_UPOS_NOUN) || ev_has_upos(doc, t, NABA_UPOS_ADJ))) return 0;
    return !before_name(w, b->e);
}

/* Does a word of token t have the feature "Number=" n? */
static int number_is(const naba_doc *doc, uint32_t t, const char *n) {
    const naba_token *tk = &doc->tokens.v[t];
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++) {
        const char *f = doc->words.v[tk->word_first + k].feats;
        if (f && (f = strstr(f, "Number=")) && !strncmp(f + 7, n, strlen(n))) return 1;
    }
    return 0;
}

/* "واعتقلت الشرطة المتظاهرين", "وحثت الناشطة الشعب الإيراني", "ودعت المنظمة
** المسؤولين اللبنانيين": after a one-word role with the article, another
** actor with the article is no genitive (a definite noun heads none) and, a
** noun, no adjective: the verb's object. A word the tagger reads as an
** adjective is one only when it agrees in number ("الطلاب المحتجون"): a
** singular noun takes no plural adjective ("الشرطة المتظاهرين"). A country
** or a nationality after a role is its adjective ("القادة الأفارقة",
** "السلطات السعودية", however the tagger reads it); a named body is no
** adjective ("وطلبت السلطات الاتحاد الأوروبي"); an actor with no code is
** no object worth the split ("المسلمين السنة"); after a role in the construct
** state ("مسؤولو الصحة الفلسطينيون", "مفوض الشرطة المسؤول"), a name or a
** named role (object_role), the next word may describe the head. */
static int object_after_role(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    const naba_doc *doc = w->doc;
    uint32_t t = b->b;
    char m[4];
    if (t != u->e || u->e != u->b + 1 || u->named || u->prep || !b->code ||
        (b->entity >= 0 && ev_entity_type(doc, b->entity) != NABA_ENT_ORG) ||
        (strlen(b->code) == 3 && ev_code_main(b->code, m)) || !definite(w, u->b) ||
        !ev_has_upos(doc, u->b, NABA_UPOS_NOUN) || ev_has_upos(doc, u->b, NABA_UPOS_ADJ) || before_name(w, b->e))
        return 0;
    /* "واستقبل الرئيس وزير الخارجية": a noun in the construct state, made
    ** definite by its genitive, is no adjective either */
    if (strncmp(w->toks[t].key, "ال", 4))
        return t + 1 < w->toks[t].clause_end && !w->toks[t].brk_comma && !definite(w, t) && definite(w, t + 1) &&
               ev_has_upos(doc, t, NABA_UPOS_NOUN) && !ev_has_upos(doc, t, NABA_UPOS_ADJ);
    if (ev_has_upos(doc, t, NABA_UPOS_ADJ)) return number_is(doc, u->b, "Sing") && number_is(doc, t, "Plur");
    return ev_has_upos(doc, t, NABA_UPOS_NOUN);
}

/* "استقبل الرئيس التونسي رئيس الحكومة الليبية": a role right after a named
** actor, followed by a country other than the actor's, is that country's
** (another person's title), the verb's object; a title in apposition names
** no other country ("الرئيس التونسي رئيس المجلس الأعلى"). */
static int others_title(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    char m1[4], m2[4];
    const char *a = u->named ? ev_code_main(u->code, m1) : NULL;
    if (!a || !b->agent) return 0;
    const ev_piece *n = b + 1, *end = w->pieces.v + w->pieces.n;
    while (n < end && n->b < b->e) n++;
    if (n >= end || n->b != b->e || n->agent || n->conj || n->prep || w->toks[b->e - 1].brk_comma) return 0;
    const char *c = ev_code_main(n->code, m2);
    return c && strcmp(a, c);
}

/* Is the code's main part a region or a kind of body, no country ("EUR",
** "AFR", "IGO"), or a people of several states ("KUR")? A definite "الدول"
** is no European state; the Kurds on a Syrian page leave it Syrian. */
static int region(const char *code) {
    static const char *const regions[] = {"IGO", "IMG", "INT", "NGO", "EUR", "AFR", "ASA", "MEA", "WST", "LAM",
                                          "NAF", "SAF", "WAF", "EAF", "SAS", "SEA", "EEU", "WEU", "CAS", "PGS", "KUR"};
    for (size_t i = 0; i < sizeof regions / sizeof *regions; i++)
        if (!strncmp(code, regions[i], 3)) return 1;
    return 0;
}

/* Is token t a body's word ("الجمعية", "ومنظمة")? */
static int body_word(const ev_work *w, uint32_t t) {
    static const char *const bodies[] = {"جمعيه", "اتحاد", "نقابه", "منظمه", "هيئه", "رابطه", "غرفه", "تنسيقيه",
                                         "لجنه", "مرصد", "منتدي", "مفوضيه", NULL};
    return str_in(str_skip_prefix(str_skip_prefix(w->toks[t].key, "و"), "ال"), bodies);
}

/* "ودعا الغنوشي وزارة الداخلية الى التحقيق": after a person's name, a
** ministry, council or other body in the construct state is no title of his
** (a title names a post: "رئيس حركة النهضة"): the verb's object (session 28) */
static int body_after_person(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    static const char *const bodies[] = {"وزاره", "حكومه", "مجلس", "محكمه", "سلطات", NULL};
    if (b->b != u->e || !b->agent || !person(w, u->entity) || person_title(w, u->e - 1) || definite(w, b->b)) return 0;
    return body_word(w, b->b) || ev_key_in(&w->toks[b->b], bodies);
}

/* Is token t one quotation mark? */
static int quote_mark(const ev_work *w, uint32_t t) {
    const naba_token *tk = &w->doc->tokens.v[t];
    return tk->end - tk->start <= 3 && ev_quote_between(w->doc, tk->start, tk->end);
}

/* "رفضه حزب "نداء تونس"", "أعلنت حركة "النهضة"": a one-word role and the
** name the quotation marks close right after it are one body; the quote
** mark between is no break of the actor (session 28, events28). */
static int quoted_name_of_role(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    return u->e == u->b + 1 && !u->named && b->b == u->e + 1 && !b->agent && b->e < w->n_toks &&
           quote_mark(w, u->e) && quote_mark(w, b->e) && w->toks[u->b].clause_end > b->e;
}

/* "ميليشيات الحوثي الإيرانية", "ميليشيا حزب الله اللبناني": a nationality
** adjective right after a named body of another country is the press's word for
** its backer or origin, no side of its own (it took the Houthis' surrender as
** Iran's, their shelling's target as Iran). Only a lone adjective with no
** entity of its own, and not "السعودية", the country's name as often as its
** adjective ("اتهم الحوثيون السعودية": the verb's object). */
static int backer_nationality(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    char m1[4], m2[4];
    return u->named && strcmp(w->toks[b->b].key, "السعوديه") && b->b == u->e && b->e == b->b + 1 && !b->agent && b->entity < 0 && b->code &&
           strlen(b->code) == 3 && ev_code_main(b->code, m2) && u->code && strlen(u->code) > 3 &&
           ev_code_main(u->code, m1) && strcmp(m1, m2) && definite(w, u->e - 1) && definite(w, b->b) &&
           ev_has_upos(w->doc, b->b, NABA_UPOS_ADJ) && !ev_has_upos(w->doc, b->b, NABA_UPOS_NOUN) &&
           !ev_has_upos(w->doc, b->b, NABA_UPOS_PROPN);
}

/* Can pieces a (left) and b be one actor? */
static int compatible(const ev_work *w, const ev_unit *u, const ev_piece *b) {
    if (b->conj || b->prep || (b->agent && possessed(w->doc, b->b))) return 0;
    if (b->b > u->e + 2 || w->toks[u->e - 1].clause_end <= b->b) return 0;
    if (direction(w->toks[b->b].key)) return 0; /* "انتحاري غرب بغداد": a doer, then a place */
    int of_role = b->b > u->e && nationality_of_role(w, u, b);
    if (quoted_name_of_role(w, u, b)) return 1;
    for (uint32_t t = u->e; t < b->b; t++) { /* names may sit between, cues may not */
        /* "الرئيس الروسي السابق ديمتري مدفيديف": a person title, "السابق", a person */
        if (former(&w->toks[t]) && !w->toks[t].brk_comma && person_head(w, u) && person(w, b->entity)) continue;
        if (w->toks[t].cue || w->toks[t].brk_comma || direction(w->toks[t].key)) return 0;
        if (of_role || place_of_role(w, u, b, t)) continue;
        /* with the words layer, only a name: "مينسك لمناقشة تدريبات عسكرية" is a
        ** place and a purpose, not one actor "Minsk ... military" */
        const naba_token *tk = &w->doc->tokens.v[t];
        if (tk->word_count && tk->word_first + tk->word_count <= w->doc->words.n) {
            int name = 0;
            for (uint32_t k = 0; k < tk->word_count; k++) {
                int up = w->doc->words.v[tk->word_first + k].upos;
                name |= up == NABA_UPOS_PROPN || up == NABA_UPOS_X;
            }
            if (!name) return 0;
        }
    }
    if (u->e > 0 && w->toks[u->e - 1].brk_comma) return 0;
    /* "وزار وزير الخارجية روما": after a title made definite by its article
    ** or its genitive, a city is no part of it (a name after it is its
    ** holder's: "وزير الخارجية سيرغي لافروف"); it is the verb's object. Not
    ** a country, whose name may be the title's adjective ("السلطات السعودية") */
    if (u->title && ev_entity_type(w->doc, b->entity) == NABA_ENT_LOC && (!b->code || strlen(b->code) != 3) &&
        definite(w, u->e - 1))
        return 0;
    /* "وهنأ مجلس الوزراء جمهورية مصر العربية": after a role made definite, a
    ** state's name with no article is no adjective of it (that would be
    ** "المصرية") nor its genitive: the verb's object (session 28) */
    char mc[4];
    if (!u->named && b->b == u->e && !b->agent && b->code && strlen(b->code) == 3 && ev_code_main(b->code, mc) &&
        !region(b->code) && (b->entity < 0 || ev_entity_type(w->doc, b->entity) == NABA_ENT_LOC) &&
        definite(w, u->e - 1) && strncmp(w->toks[b->b].key, "ال", 4) && !ev_has_upos(w->doc, b->b, NABA_UPOS_ADJ) &&
        !ev_has_upos(w->doc, b->b, NABA_UPOS_ADP))
        return 0;
    /* "التقى الوزير مسؤولين", "اعتقلت الشرطة ضابطا": after a definite noun an
    ** indefinite role is neither its adjective (which would be definite) nor
    ** its genitive (a noun with the article heads no genitive): a subject,
    ** then an object. A title in apposition is definite by its genitive
    ** ("ولي العهد نائب رئيس مجلس الوزراء") and stays, and so does a name's
    ** indefinite title ("علي الناصر مسؤول صحي"). */
    if (b->agent && b->entity < 0 && definite(w, u->e - 1) && !person(w, u->entity) &&
        indefinite_phrase(w, b->b))
        return 0;
    if (object_role(w, u, b) || object_after_role(w, u, b) || others_title(w, u, b) || body_after_person(w, u, b))
        return 0;
    /* "أوقفت قوات الأمن بشير نصر": a body of armed men names no person after
    ** it (a title or a rank does: "اللواء خليفة حفتر", "الجندي إيلور عزريا") */
    if (!u->named && person(w, b->entity) && armed_body(w, u->b)) return 0;
    if (backer_nationality(w, u, b)) return 1;
    char m1[4], m2[4];
    const char *a = ev_code_main(u->code, m1), *c = b->agent ? NULL : ev_code_main(b->code, m2);
    if (a && c && strcmp(a, c)) return 0;
    if (u->entity >= 0 && b->entity >= 0 && u->entity != b->entity) return 0;
    return 1;
}

/* The code of a merged unit: the most specific actor code, completed by an
** agent's role when the actor is a bare country ("RUS" + "GOV"). */
static const char *combine(ev_work *w, const char *actor, const char *agent) {
    if (!actor) return agent;
    if (!agent || strlen(actor) != 3) return actor;
    char m[4];
    if (!ev_code_main(actor, m)) return actor;
    size_t n = strlen(agent);
    char *s = naba_arena_alloc(w->doc->arena, 4 + n);
    if (!s) return actor;
    memcpy(s, actor, 3);
    memcpy(s + 3, agent, n + 1);
    return s;
}

static int push_unit(ev_work *w, ev_unit *u) {
    ev_unit *p = NABA_PUSH(w->doc, &w->units);
    if (!p) return -1;
    *p = *u;
    return 0;
}

/* Nouns that sit between "في" (or "إلى") and a place name. */
int ev_place_noun(const char *key) {
    static const char *const nouns[] = {"وسط", "شمال", "جنوب", "شرق", "غرب", "مدينه", "منطقه", "محافظه",
                                        "ولايه", "بلده", "قريه", "العاصمه", "عاصمه", "اقليم", "مقاطعه",
                                        "ضواحي", "ضاحيه", "جزيره", "ريف", "مخيم", "حي", "شوارع", "شارع", "ميدان",
                                        "ساحه"};
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (!strcmp(key, nouns[i])) return 1;
    return 0;
}

/* A token's key without a conjunction and the article: "والتحالف" -> "تحالف". */
static const char *bare_key(const char *k) {
    if (!strncmp(k, "و", 2) && strlen(k) > 6) k += 2;
    if (!strncmp(k, "ال", 4) && strlen(k) > 8) k += 4;
    return k;
}

/* "ميناء شرم الشيخ يستقبل", "والمستشفى العسكري، التي استقبلت الضحايا": is
** unit u headed by a place of service, whose reception is of patients, ships,
** flights or worshippers, no actor's visit? */
int ev_facility_unit(const ev_work *w, int u) {
    static const char *const places[] = {"مستشفي", "مطار", "ميناء", "جامع", "مسجد", "متحف", "فندق", "ملعب", NULL};
    return str_in(bare_key(w->toks[w->units.v[u].b].key), places);
}

/* Is token t a noun, alone or after its clitic preposition ("بحملة
** عسكرية": the noun an adjective after it describes)? Not after "و": a
** clause's first verb is often read as a noun there ("وخطف مسلحون"). */
static int noun_after_preposition(const naba_doc *doc, uint32_t t) {
    const naba_token *tk = &doc->tokens.v[t];
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return 0;
    for (uint32_t k = 0; k + 1 < tk->word_count; k++)
        if (doc->words.v[tk->word_first + k].upos != NABA_UPOS_ADP) return 0;
    return doc->words.v[tk->word_first + tk->word_count - 1].upos == NABA_UPOS_NOUN;
}

/* Is [b, e) an adjective describing the noun before it, by the words layer?
** "تدريبات عسكرية", "مصادر أمنية": a role adjective after a thing is no actor
** ("من المتظاهرين" after a preposition is one). A nisba the tagger does not
** know and reads as a foreign name ("تصريح اعلامي", written without its
** hamza) is one too, after a noun without the article as it is; not after
** an attack noun, whose adjective names its doer ("تفجير انتحاري", the
** suicide bomber: cue class means). */
static int adjectives_only(const ev_work *w, uint32_t b, uint32_t e) {
    const naba_doc *doc = w->doc;
    if (b == 0 || w->toks[b - 1].clause_end != w->toks[b].clause_end || w->toks[b - 1].brk_comma) return 0;
    if (w->units.n && w->units.v[w->units.n - 1].e == b) return 0; /* modifies an actor */
    if (!noun_after_preposition(doc, b - 1)) return 0;
    for (uint32_t t = b; t < e; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return 0;
        const naba_word *last = &doc->words.v[tk->word_first + tk->word_count - 1];
        if (tk->word_count == 1 && (last->upos == NABA_UPOS_PROPN || last->upos == NABA_UPOS_X) && last->feats &&
            strstr(last->feats, "Foreign=Yes") && str_has_suffix(w->toks[t].key, "ي") && !definite(w, b - 1) &&
            !definite(w, t) && !(w->toks[b - 1].cue & EVC_MEANS))
            continue;
        int adj = 0;
        for (uint32_t k = 0; k < tk->word_count; k++) {
            int up = doc->words.v[tk->word_first + k].upos;
            if (up == NABA_UPOS_ADJ) adj = 1;
            else if (up != NABA_UPOS_CCONJ && up != NABA_UPOS_ADP && up != NABA_UPOS_DET) return 0;
        }
        if (!adj) return 0;
    }
    return 1;
}

/* "الرئيس الروسي السابق ديمتري مدفيديف", "وزير الخارجية الأميركي الأسبق":
** a title with "السابق" is an office held no more. Its holder is coded as
** CAMEO codes former officials, ELI (elites), not as the office's
** government, army or court: RUSELI, whatever the person holds today. A
** "السابق" right after the title is taken into the unit. Only a person
** title (person_head): "المنظمة السابقة" is the organization's previous
** forecast, still GOV. */
static void former_title(ev_work *w, ev_unit *u) {
    static const char *const offices[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"};
    if (!u->code || !person_head(w, u)) return;
    int was = 0;
    for (uint32_t t = u->b; t < u->e; t++) was |= former(&w->toks[t]);
    if (!was && u->e < w->n_toks && w->toks[u->e].clause_start == w->toks[u->b].clause_start &&
        !w->toks[u->e - 1].brk_comma && former(&w->toks[u->e])) {
        u->e++;
        was = 1;
    }
    if (!was) return;
    char m[4];
    const char *main = ev_code_main(u->code, m), *role = ev_code_role(u->code);
    for (size_t i = 0; i < sizeof offices / sizeof *offices; i++)
        if (!strncmp(role, offices[i], 3)) {
            u->code = main ? combine(w, main, "ELI") : "ELI";
            u->former = 1;
        }
}

/* Is token b right after one of the words, or after one of them and "من"? */
static int after_word(const ev_work *w, uint32_t b, const char *const *words) {
    uint32_t cs = w->toks[b].clause_start;
    if (b > cs && ev_key_in(&w->toks[b - 1], words)) return 1;
    return b > cs + 1 && !strcmp(w->toks[b - 1].key, "من") && ev_key_in(&w->toks[b - 2], words);
}

static const char *const backed_words[] = {"بدعم",    "ودعم",    "باسناد",   "واسناد",   "بمسانده",  "ومسانده",
                                           "مسنودا",  "مسنوده",  "مسنودين",  "مسنود",    "مدعوم",    "مدعوما",
                                           "مدعومه",  "مدعومين", "مدعومون",  "المدعوم",  "المدعومه", "المدعومين",
                                           NULL};

/* "بدعم من تحالف دعم الشرعية", "بإسناد من التحالف", "بمساندة الطيران", and
** after the unit it qualifies "مسنوداً بالتحالف", "مدعومة من إيران", "القوات
** الموالية للحكومة": an actor after these backs the one before; it is no side
** of the event. The backed keeps its own country: the Yemeni army backed by
** the coalition is not Saudi, a pro-Iranian militia not Iranian. */
static int backer(const ev_work *w, uint32_t b) {
    static const char *const loyal[] = {"الموالي", "المواليه", "الموالين", "الموالون", NULL};
    return after_word(w, b, backed_words) || after_word(w, b, loyal);
}

/* "المنظمة التي مقرها لندن", "ومقره جنيف": the name after a body's seat
** is where the body sits, no side of what it does */
static int seat_of(const ev_work *w, uint32_t b) {
    static const char *const seat[] = {"مقرها", "مقره", "مقرهم", "ومقرها", "ومقره", NULL};
    return after_word(w, b, seat);
}

/* Does "بين" (between) stand in token b's clause before it? */
static int between_before(const ev_work *w, uint32_t b) {
    static const char *const words[] = {"بين", "وبين", NULL};
    for (uint32_t t = w->toks[b].clause_start; t < b; t++)
        if (ev_key_in(&w->toks[t], words)) return 1;
    return 0;
}

/* "المدعومة من إيران وروسيا", "مسنودة بالمقاومة والتحالف العربي": an actor
** joined by "و" right after a backer named through "من" or "بـ" (no comma
** between) backs too. Not after "الموالية ل" ("القوات الموالية للحكومة
** والحوثيون" are the two sides), after an adverb ("القوات الحكومية المدعومة
** إماراتيا والمتمردين"), after "بين", or in the nominative ("الحكومة المدعومة
** من السعودية والحوثيون اتفقت": "من" would make it "والحوثيين"), where the
** conjunct is the other side. */
static void coordinated_backers(ev_work *w) {
    int backed = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        ev_unit *u = &w->units.v[i];
        const ev_unit *p = i ? &w->units.v[i - 1] : NULL;
        if (backed && u->conj && u->b == p->e && !w->toks[p->e - 1].brk_comma && !str_has_suffix(w->toks[u->b].key, "ون") &&
            w->toks[u->b].clause_start == w->toks[p->b].clause_start) {
            u->place = u->backer = 1;
            continue;
        }
        backed = !u->both && after_word(w, u->b, backed_words) && (u->prep || !strcmp(w->toks[u->b - 1].key, "من")) &&
                 !between_before(w, u->b);
    }
}

/* Is unit u the name right after a noun of a town or a district, with or
** without "في" before the noun ("على بلدة دوما", "استهدف مطار أتاتورك", "بين
** معتمدية الشابة")? That name is a place even where the dictionaries or the entity
** layer read it as something else: the Russian Duma, Atatürk, a young woman
** (الشابة). "ولاية" is also a term of office ("خلال ولاية أوباما", "التمديد
** لولاية رئيس"): only a location after it is one. A body's role after the
** noun makes it the body's directorate ("مديرية شرطة", "مديرية الأمن"), no
** place. Not "سجن" (also "was jailed") nor "جامعة" (the Arab League). */
static int town_named(const ev_work *w, const ev_unit *u) {
    static const char *const towns[] = {"مدينه", "بلده", "قريه", "معتمديه", "مديريه", "محافظه", "مخيم", "مطار",
                                        "ميناء", "ضاحيه", "ولايه", NULL};
    if (u->b == 0 || w->toks[u->b - 1].clause_end != w->toks[u->b].clause_end || w->toks[u->b - 1].brk_comma) return 0;
    const char *role = ev_code_role(u->code);
    if (u->title && role && strncmp(role, "CVL", 3)) return 0;
    const char *key = w->toks[u->b - 1].key;
    if (!strncmp(key, "و", 2) || !strncmp(key, "ل", 2)) key += 2;
    return str_in(key, towns) && (strcmp(key, "ولايه") || ev_unit_location(w, u));
}

/* Is unit u a news outlet spoken to, "في تصريح لـ"الجوهرة أف أم"",
** "في حديث لصحيفة الشرق الأوسط": the speaker's words went to it; it is no
** side of what the speaker did. A quotation mark may stand between a lone
** "ل" and the name, which then opens no token of the unit. */
static int addressed_outlet(const ev_work *w, const ev_unit *u) {
    static const char *const talks[] = {"تصريح", "تصريحات", "حديث", "مقابله", "حوار", "تصريحه", "حديثه",
                                        "تصريحاته", "مقابلتها", "مقابلته", NULL};
    const char *role = u->code ? ev_code_role(u->code) : NULL;
    if (!role || strncmp(role, "MED", 3)) return 0;
    uint32_t t = u->b;
    if (t > 0 && ev_quote_between(w->doc, w->doc->tokens.v[t - 1].start, w->doc->tokens.v[t - 1].end)) t--;
    /* "لمراسل "الجوهرة أف أم"": the correspondent's outlet */
    const ev_unit *prev = w->units.n ? &w->units.v[w->units.n - 1] : NULL;
    if (prev && prev->e == t && prev->place && prev->code && !strncmp(ev_code_role(prev->code), "MED", 3)) return 1;
    if (!u->prep) {
        if (t == 0 || strcmp(w->toks[t - 1].key, "ل")) return 0;
        t--;
    }
    return t > 0 && w->toks[t - 1].clause_end == w->toks[u->b].clause_end && ev_key_in(&w->toks[t - 1], talks);
}

/* "أوقفت مفارز للجيش 15 مهربا", "دورية للشرطة": a detachment, a patrol or
** a unit "of" an armed body is that body at work; its "ل" marks whose they
** are, not whom the act is for: the unit opens at the detachment's word
** (session 27). */
static int armed_detachment(const ev_work *w, const ev_unit *u) {
    static const char *const detachments[] = {"مفارز", "مفرزه", "وحدات", "وحده", "دوريه", "دوريات", "عناصر",
                                              "فرقه", "كتيبه", "كتائب", "سريه", "تشكيلات", NULL};
    if (!u->prep || u->b == 0 || strncmp(w->toks[u->b].key, "ل", strlen("ل")) || !ev_armed_actor(u->code))
        return 0;
    const ev_tok *prev = &w->toks[u->b - 1];
    if (prev->clause_end != w->toks[u->b].clause_end || prev->brk_comma) return 0;
    return str_in(str_skip_prefix(prev->key, "و"), detachments);
}

/* "الجمعية الوطنية للصحفيين الشبان", "الاتحاد المحلي للفلاحة", "الهيئة
** العليا المستقلة للانتخابات": a body's name runs on through "ل" and the
** noun that defines it, after the body's word and at least one adjective of
** it, no comma between; its "ل" marks no target. Returns the body word's
** token, 0 if none. The units read in the body's words ("الجمعية الوطنية",
** the National Assembly) are part of it and dropped; none may start before
** it ("رئيس الاتحاد" is left as it is) (session 27, events27b). */
static uint32_t body_named_for(ev_work *w, const ev_unit *u) {
    if (!u->prep || u->b < 2 || strncmp(w->toks[u->b].key, "ل", strlen("ل"))) return 0;
    uint32_t body = 0;
    for (uint32_t t = u->b - 1, k = 0; k < 4 && !body; t--, k++) {
        const ev_tok *tk = &w->toks[t];
        if (tk->clause_end != w->toks[u->b].clause_end || tk->brk_comma) return 0;
        if (body_word(w, t)) body = t;
        else if (k == 3 || strncmp(tk->key, "ال", strlen("ال")) || t == 0) return 0;
    }
    if (body + 1 >= u->b) return 0;
    size_t n = w->units.n;
    while (n && w->units.v[n - 1].b >= body) n--;
    if (n && w->units.v[n - 1].e > body) return 0;
    w->units.n = n;
    return body;
}

/* Is the one letter p ("ب", "ل") the proclitic preposition of unit u,
** after its conjunction if it has one? */
static int unit_prep_is(const ev_work *w, const ev_unit *u, const char *p) {
    return u->prep && !memcmp(w->doc->text + w->doc->tokens.v[u->b].start + (u->conj ? strlen("و") : 0), p, strlen(p));
}

/* "20 ألف دينار ليبي", "مليار ريال سعودي": a nationality right after a
** currency's name (of data/counts.tsv) says whose money it is, no actor
** (session 33 sample: the Libyan dinar as the target of kidnappers' demand). */
static int currency_adjective(const ev_work *w, const ev_unit *u, const char *agent) {
    if (agent || u->prep || u->e != u->b + 1 || u->b == 0 || w->toks[u->b - 1].brk_comma) return 0;
    const naba_token *before = &w->doc->tokens.v[u->b - 1];
    return counts_currency_word(w->dict->counts, w->doc->text + before->start, before->end - before->start);
}

static int finish_unit(ev_work *w, ev_unit *u, const char *actor, const char *agent) {
    u->code = combine(w, actor, agent);
    former_title(w, u);
    if (!u->code && u->entity < 0) return 0;
    if (!actor && u->entity < 0 && adjectives_only(w, u->b, u->e)) return 0;
    if (currency_adjective(w, u, agent)) return 0;
    const ev_unit *last = w->units.n ? &w->units.v[w->units.n - 1] : NULL;
    if (armed_detachment(w, u) && (!last || last->e < u->b)) {
        u->b--;
        u->prep = 0;
    }
    uint32_t body = body_named_for(w, u);
    if (body) {
        u->b = body;
        u->prep = 0;
        u->named = u->body = 1;
    } else if (last && last->body && u->conj && u->b == last->e && u->entity < 0 && !body_word(w, u->b)) {
        /* "للفلاحة والصيد البحري": one name; "للاجئين ومنظمة الهجرة": two bodies */
        w->units.v[w->units.n - 1].e = u->e;
        return 0;
    }
    const ev_tok *first = &w->toks[u->b];
    if (u->b > 0 && w->toks[u->b - 1].clause_end == first->clause_end) {
        uint32_t cue = w->toks[u->b - 1].cue;
        if (cue & EVC_PLACE) u->place = 1;
        if (cue & EVC_OBLIQUE) u->oblique = 1;
        /* "في وسط سيدني", "في شمال غرب باكستان": place nouns between "في" and
        ** the name; "بمدينة جونزبورو", "بمنطقة": "ب" on the place noun is "في" */
        for (uint32_t k = 1; k <= 2 && u->b >= k; k++) {
            const char *key = w->toks[u->b - k].key;
            if (!strncmp(key, "ب", 2) && ev_place_noun(key + 2)) u->place = 1;
            if (!ev_place_noun(key)) break;
            if (u->b > k && w->toks[u->b - k - 1].clause_end == first->clause_end &&
                (w->toks[u->b - k - 1].cue & EVC_PLACE))
                u->place = 1;
        }
    }
    if ((u->b > 0 && direction(w->toks[u->b - 1].key)) || direction(first->key)) u->place = 1;
    /* "مواقع بمحافظة إدلب", "مخزنا للأسلحة ... بمحافظة إب": the place noun
    ** with "ب" may open the unit itself (session 28) */
    if (!strncmp(first->key, "ب", 2) && ev_place_noun(first->key + 2)) u->place = 1;
    u->located = u->place;
    if (town_named(w, u)) {
        u->place = 1;
        /* "شمال مديرية حيس", "في مطار أتاتورك": the town noun has a locative word of its own */
        u->located |= u->b > 1 && w->toks[u->b - 2].clause_end == first->clause_end &&
                      ((w->toks[u->b - 2].cue & EVC_PLACE) || direction(w->toks[u->b - 2].key));
    }
    if (addressed_outlet(w, u)) u->place = 1;
    /* "الوحدات البحرية للحرس الوطني بقليبية", "أعوان الأبحاث بسليانة": a town
    ** with "ب" is where, never whom */
    if (unit_prep_is(w, u, "ب") && ev_town_unit(w, u))
        u->place = u->located = 1;
    if (u->prep) u->oblique = 1;
    if (backer(w, u->b)) u->place = u->backer = 1;
    if (seat_of(w, u->b)) u->place = u->seat = 1;
    /* "في أفغانستان والعراق": a location joined by "و" to a place right
    ** before it is a place too, not the verb's object */
    const ev_unit *prev = w->units.n ? &w->units.v[w->units.n - 1] : NULL;
    if (u->conj && prev && prev->place && prev->e == u->b && ev_unit_location(w, u)) {
        u->place = 1;
        u->located = prev->located;
    }
    return push_unit(w, u);
}

/* Is unit g, after "في", a body one can belong to rather than a place: an
** organization the entity layer names, or an actor whose code holds a role
** ("وزارة الخارجية الأمريكية" USAGOV, "حركة حماس"), no location, town or
** bare country ("في سوريا")? */
static int body_in(const ev_work *w, const ev_unit *g) {
    if (g->entity >= 0 && (size_t)g->entity < w->doc->entities.n)
        return w->doc->entities.v[g->entity].type == NABA_ENT_ORG;
    return strlen(g->code) > 3 && !ev_town_unit(w, g);
}

/* "مسلحون من حركة طالبان", "جنود من الجيش الأفغاني": an indefinite role
** (an agent alone: no name, no entity) followed by "من" and a named actor is
** some members of that actor, and the actor is who acts or is acted on. The
** two become one unit with the group's code (completed by the role when the
** group is a bare country: "مسلحون من العراق" is IRQUAF) and shown as the
** group, so that the parse may hang either word on the verb. So with "في"
** and a body one belongs to (body_in): "قيادي في حركة حماس", "مسؤولون في
** المخابرات الباكستانية". A definite role is left alone: "طلب المتظاهرون
** من الحكومة" is the protesters asking the government. */
static void members_of_groups(ev_work *w) {
    size_t o = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        ev_unit *u = &w->units.v[i];
        w->units.v[o++] = *u;
        if (i + 1 >= w->units.n) continue;
        const ev_unit *g = &w->units.v[i + 1];
        if (u->named || u->entity >= 0 || !u->code || !*u->code || u->place || u->both || u->e - u->b != 1 ||
            definite(w, u->b) || w->toks[u->b].brk_comma)
            continue;
        if (g->b != u->e + 1 || w->toks[u->e].brk_comma || w->toks[g->b].clause_start != w->toks[u->b].clause_start)
            continue;
        int in = !strcmp(w->toks[u->e].key, "في");
        if (!in && strcmp(w->toks[u->e].key, "من")) continue;
        if (!g->named || !g->code || !*g->code || g->both || g->conj || g->prep) continue;
        if (in ? !body_in(w, g) : g->place) continue;
        ev_unit *m = &w->units.v[o - 1];
        m->code = combine(w, g->code, u->code);
        m->entity = g->entity;
        m->named = 1;
        m->loc = g->loc;
        m->member = (uint8_t)(g->b - u->b);
        m->e = g->e;
        i++;
    }
    w->units.n = o;
}

/* "قوات حفظ السلام التابعة للاتحاد الأفريقي", "القوات الحدودية التابعة للجيش
** التركي": an actor that belongs to another is a unit of it. It takes the
** owner's country when it has none, and the owner is no side of the event
** (as a backer). An international body gives no country. The owner of a thing stays: in "دمرت الآليات التابعة
** للحوثيين" the Houthis are hit. At most one word (an adjective) between the
** unit and "التابعة". An indefinite unit has it indefinite, and then only in
** the forms that agree with men ("مسلحين تابعين لميليشيات الحوثي", YEMUAF;
** "عربة مدرعة تابعة لميليشيا الحوثي" is a thing of theirs, hit). */
static void owned_units(ev_work *w) {
    static const char *const words[] = {"التابع", "التابعه", "التابعين", "التابعون", "التابعتين",
                                        "تابع", "تابعين", "تابعون", NULL};
    for (size_t i = 1; i < w->units.n; i++) {
        ev_unit *g = &w->units.v[i], *u = &w->units.v[i - 1];
        uint32_t t = g->b;
        if (t < 2 || !ev_key_in(&w->toks[t - 1], words) || w->toks[t - 1].clause_start != w->toks[g->b].clause_start)
            continue;
        if (u->e + 2 < t || u->e > t - 1 || u->place || u->both || !u->code || !*u->code || !g->code ||
            w->toks[u->e - 1].brk_comma || w->toks[t - 2].brk_comma)
            continue;
        char m1[4], m2[4];
        const char *owner = ev_code_main(g->code, m2);
        /* a country's: "التابعة للأمم المتحدة" gives no IGOGOV */
        if (owner && strcmp(owner, "IGO") && strcmp(owner, "IMG") && !ev_code_main(u->code, m1)) u->code = combine(w, owner, ev_code_role(u->code));
        g->place = g->backer = 1;
    }
}

/* Is the code's role a state force: the army, the police, intelligence? */
static int state_force(const char *code) {
    static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
    const char *role = ev_code_role(code);
    return role && str_in(role, forces);
}

/* "ألقت الوحدات البحرية للحرس الوطني القبض على 30 شخصا", "أوقفت الوحدات
** الأمنية للحرس الوطني شابين": a state force joined by "ل" right after
** another is the body that one belongs to, as "التابعة ل" says it
** (owned_units): it gives its country and is no side of the event. Only
** force after force: "وقدمت الحكومة للشعب" names whom the act is for; and
** only a body with the article: "استهدفت مستودعات أسلحة للجيش السوري" hit
** the army's depots. */
static void force_of_force(ev_work *w) {
    for (size_t i = 1; i < w->units.n; i++) {
        ev_unit *g = &w->units.v[i], *u = &w->units.v[i - 1];
        if (g->b != u->e || g->conj || !unit_prep_is(w, g, "ل") || u->place || u->both || g->place || !definite(w, u->b) ||
            w->toks[u->e - 1].brk_comma ||
            !u->code || !g->code || !state_force(u->code) || !state_force(g->code))
            continue;
        char m1[4], m2[4];
        const char *owner = ev_code_main(g->code, m2);
        if (owner && !ev_code_main(u->code, m1)) u->code = combine(w, owner, ev_code_role(u->code));
        g->place = g->backer = 1;
    }
}

/* Is a word of token t inside a mention of the entity layer? */
static int name_token(const ev_work *w, uint32_t t) {
    const naba_token *tk = &w->doc->tokens.v[t];
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < w->doc->words.n; k++)
        if (ev_in_name(w, tk->word_first + k)) return 1;
    return 0;
}

/* Is unit u the title of one person: opened by a role (an agent of the
** dictionary, or a word no entity mention holds: "وزير خارجية روسيا",
** "الأمين العام للأمم المتحدة"; "لندن" is a place), with a country or an
** international body and an office one person holds (government,
** parliament, court, army, police, intelligence)? Media, militias and
** companies are groups: "وسائل إعلام إيطالية، فإن بوفون", "واتهم بن دغر،
** ميليشيا الحوثي". */
static int office(const ev_work *w, const ev_unit *u) {
    static const char *const roles[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"};
    if (!u->code || !(u->title || u->entity < 0 || !name_token(w, u->b))) return 0;
    if (u->former) return 1; /* an office held before, recoded ELI (former_title) */
    char m[4];
    const char *main = ev_code_main(u->code, m), *role = ev_code_role(u->code);
    /* "رئيس الجمهورية"، "رئيس حزب ...": a person's title with no country (appositions asks a comma) */
    if (!main) return person_head(w, u) && (!strcmp(role, "PTY") || strlen(role) == 3);
    if (!strcmp(main, "IGO")) return 1;
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (!strncmp(role, roles[i], 3)) return 1;
    return 0;
}

/* The number of honorifics ("الدكتور", "الشيخ", "معالي الدكتور") from
** token t on, before unit b: between a title and its holder's name they
** set the name off as a comma does ("وزير الصحة الدكتور توفيق الربيعة",
** "التقى أمير قطر الشيخ تميم بن حمد"); 0 unless they fill the gap. */
static uint32_t honorifics(const ev_work *w, uint32_t t, uint32_t b) {
    static const char *const words[] = {"الدكتور", "الدكتوره", "المهندس", "المهندسه", "الاستاذ", "الاستاذه", "السيد",
                                        "السيده", "الشيخ", "معالي", "فضيله", "سعاده", NULL};
    uint32_t k = t;
    while (k < b && k < t + 2 && !w->toks[k].brk_comma && ev_key_in(&w->toks[k], words)) k++;
    return k == b ? b - t : 0;
}

/* Do codes a and b name one actor: equal, or the same body with and
** without its region between ("IGOEEC", "IGOEUREEC": the EU's
** Mogherini and her title)? */
static int same_code_ends(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    return !strcmp(a, b) || (na >= 6 && nb >= 6 && !strncmp(a, b, 3) && !strcmp(a + na - 3, b + nb - 3));
}

/* "وزير الخارجية الروسي، سيرغي لافروف،", "الشيخ صباح الأحمد، أمير دولة
** الكويت،", "الأمين العام للأمم المتحدة أنطونيو غوتيريس": a title and the
** name of the one who holds it, side by side or with a comma between, are
** one person, not a source and a target (the comma kept the pieces apart,
** or the entity layer gave the title another entity: the UN). They are one
** unit when they are the same entity, or when one is a person the entity
** layer names and the other the title of an office (office) with the
** person's code, or any code when the person has none. Two persons ("الملك
** سلمان، الأمير محمد بن سلمان", "ولي العهد ...، جياني إنفانتينو") are a list,
** a person and a place two actors ("واتهمت ماي موسكو", "وزار كيم، بكين").
** A name before its title needs the comma. The unit is the person's entity. */
static void appositions(ev_work *w) {
    size_t o = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        w->units.v[o++] = w->units.v[i];
        if (i + 1 >= w->units.n) continue;
        ev_unit *u = &w->units.v[o - 1];
        const ev_unit *v = &w->units.v[i + 1];
        /* a lone comma between (units may nest: read token u->e only when v follows it) */
        int comma = (v->b == u->e + 1 && w->doc->tokens.v[u->e].kind == NABA_TOK_PUNCT && w->toks[u->e].brk_comma) ||
                    (v->b > u->e && !w->toks[u->e - 1].brk_comma && honorifics(w, u->e, v->b));
        if ((v->b != u->e && !comma) || w->toks[v->b].clause_start != w->toks[u->b].clause_start || u->member ||
            u->place || u->both || v->place || v->both || v->conj || v->prep || v->member)
            continue;
        int pu = person(w, u->entity), pv = person(w, v->entity), holder = 0;
        if (!(u->entity >= 0 && u->entity == v->entity)) {
            if (pu == pv) continue;
            const ev_unit *name = pu ? u : v, *title = pu ? v : u;
            /* a name, then a title with no comma, may be a verb's subject and object: "واتهم سلطان بن سحيم أمير قطر" */
            if (!office(w, title) || (pu && !comma)) continue;
            char m[4];
            if (!ev_code_main(title->code, m) && !title->former) {
                /* "الرئيس، بشار الأسد", "وزير الصحة، سعيد العايدي": a title with no
                ** country, a comma, then its holder, who gives his code when he
                ** has one (SYRGOV); else the title's stays */
                if (pu || !comma) continue;
                holder = v->code && *v->code;
            } else if (name->code && *name->code &&
                       (title->former ? strncmp(name->code, title->code, 3) : !same_code_ends(name->code, title->code))) {
                /* a former office-holder: the person's code is today's, the title's ELI ("نجيب
                ** عبد الرزاق" MYSGOV, "رئيس الوزراء الماليزي السابق" MYSELI); their countries agree */
                continue;
            }
        }
        if (pv) u->entity = v->entity;
        if (!u->code || !*u->code || v->former || holder) u->code = v->code;
        u->e = v->e;
        u->named = 1;
        u->loc |= v->loc;
        i++;
    }
    w->units.n = o;
}

/* The definite noun right after unit u, its genitive ("مقاتلات التحالف"), or
** -1: a word the unit's phrase goes on with. */
static int32_t genitive_after(const ev_work *w, const ev_unit *u) {
    if (u->e >= w->n_toks || w->toks[u->e].clause_start != w->toks[u->b].clause_start || w->toks[u->e - 1].brk_comma ||
        !definite(w, u->e) || ev_unit_at(w, u->e) >= 0)
        return -1;
    return (int32_t)u->e;
}

/* A token of unit u that is a coalition's bare noun with its article
** ("التحالف", "والتحالف", "قوات التحالف"), or -1. */
static int32_t coalition_word(const ev_work *w, const ev_unit *u) {
    for (uint32_t t = u->b; t < u->e; t++)
        if ((w->toks[t].cue & EVC_COALITION) && definite(w, t)) return (int32_t)t;
    return -1;
}

/* Does unit v open with all the words of unit u ("الحكومة العراقية" with
** "الحكومة", "وزارة الدفاع الأمريكية" with "وزارة الدفاع"), being another? */
static int opens_with_all(const ev_work *w, const ev_unit *v, const ev_unit *u) {
    if (v == u || v->e - v->b <= u->e - u->b) return 0;
    for (uint32_t k = 0; k < u->e - u->b; k++)
        if (strcmp(bare_key(w->toks[v->b + k].key), bare_key(w->toks[u->b + k].key))) return 0;
    return 1;
}

/* Does unit u open with "دول" or "بلدان" (states, countries)? */
static int many_states(const ev_work *w, const ev_unit *u) {
    const char *k = bare_key(w->toks[u->b].key);
    return !strcmp(k, "دول") || !strcmp(k, "بلدان");
}

/* "قوات النظام", "النظام" (the regime) with no country, on a page that makes
** it plain: the country of the page's "النظام السوري", "نظام الأسد" (one
** country), else the country most of the page's actors have (half of them
** at least, three units or more: a Syrian page names Russia and Turkey
** too). The regime's forces are its country's army, whatever other country
** the page calls "قوات" ("القوات التركية" made "قوات النظام" TURMIL). Only
** the regime closing its unit with no adjective after it: "النظام العام",
** public order, and "النظام الدستوري" are no actor. */
static int regime_word(const ev_work *w, uint32_t t) {
    return !strcmp(bare_key(w->toks[t].key), "نظام") && definite(w, t);
}

static int cmp_main(const void *a, const void *b) { return strcmp(a, b); }

/* The country codes are working memory (malloc/free), not the document's
** arena, as the stage's other working memory */
static const char *regime_country(const ev_work *w, char out[4]) {
    char m[4], named[4] = "", (*mains)[4] = malloc((w->units.n + 1) * sizeof *mains);
    size_t all = 0, best = 0;
    int two_regimes = 0;
    if (!mains) return NULL;
    for (size_t j = 0; j < w->units.n && !two_regimes; j++) {
        const ev_unit *v = &w->units.v[j];
        if (!v->code || !ev_code_main(v->code, m) || region(v->code)) continue;
        memcpy(mains[all++], m, 4);
        if (v->e - v->b >= 2 && !strcmp(bare_key(w->toks[v->b].key), "نظام")) {
            two_regimes = *named && strcmp(named, m);
            memcpy(named, m, 4);
        }
    }
    const char *found = NULL;
    if (*named && !two_regimes) {
        found = memcpy(out, named, 4);
    } else if (!two_regimes) {
        qsort(mains, all, sizeof *mains, cmp_main);
        for (size_t k = 0, r; k < all; k = r) {
            for (r = k; r < all && !strcmp(mains[r], mains[k]); r++) {}
            if (r - k > best) {
                best = r - k;
                memcpy(out, mains[k], 4);
            }
        }
        if (best >= 3 && 2 * best >= all) found = out;
    }
    free(mains);
    return found;
}

static void regime_units(ev_work *w) {
    char country[4];
    const char *home = NULL;
    int looked = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        ev_unit *u = &w->units.v[i];
        if (!u->code || u->both || (strcmp(u->code, "GOV") && strcmp(u->code, "MIL")) || !regime_word(w, u->e - 1) ||
            (u->e < w->n_toks && ev_has_upos(w->doc, u->e, NABA_UPOS_ADJ)))
            continue;
        if (!looked++) home = regime_country(w, country);
        if (home) u->code = combine(w, home, u->code);
    }
}

/* "شنت مقاتلات التحالف غارات", "الجيش الوطني": an army or a coalition with
** no country, in an article that names the same body with its country
** elsewhere ("تحالف دعم الشرعية" SAUMIL, "الجيش اليمني" YEMMIL), is that
** body: a unit of role MIL and no country takes the country of the
** document's MIL units that open with its first word or with its genitive,
** when they all have one country. Two countries (a Yemeni army and the
** coalition both called "قوات") leave it as it is. Only the opening word:
** "قوات الشرعية" is not "تحالف دعم الشرعية", the coalition backing it. So
** with the other offices a definite phrase refers back to, when a unit of
** the same role before it opens with all its words ("الحكومة" after "الحكومة
** العراقية", "وزارة الدفاع" after "وزارة الدفاع الأمريكية", no region's
** "الدول الأوروبية"), and a bare "المملكة" of government after the kingdom
** named in full ("المملكة العربية السعودية", coded by its country alone). */
/* A unit with a country, by the bare key of its opening word: same_body
** finds the ones that open like a unit by halving, not by reading them all
** for each unit (length x length on one long line). */
typedef struct ev_body {
    const char *key;
    uint32_t unit;
    /* at the first body of a run (one opening word): where the run ends,
    ** its first army, an XXXMIL (-1: none), and whether its armies are of
    ** two countries. An army reads every body of its run, before it or
    ** after: what the run says of armies is found once, not for each army. */
    uint32_t run_end;
    int32_t army;
    int armies_two;
} ev_body;

static int cmp_body(const void *a, const void *b) {
    const ev_body *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->unit > y->unit) - (x->unit < y->unit);
}

/* The bodies [*from, *to) that open with key. */
static void bodies_of(const ev_body *v, size_t n, const char *key, size_t *from, size_t *to) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(v[mid].key, key) < 0) lo = mid + 1;
        else hi = mid;
    }
    *from = lo;
    *to = lo < n && !strcmp(v[lo].key, key) ? v[lo].run_end : lo;
}

/* The runs of bodies v[0, n), sorted (cmp_body): their ends and armies. */
static void runs_of(const ev_work *w, ev_body *v, size_t n) {
    for (size_t k = 0, r; k < n; k = r) {
        v[k].army = -1;
        v[k].armies_two = 0;
        for (r = k; r < n && !strcmp(v[r].key, v[k].key); r++) {
            const char *c = w->units.v[v[r].unit].code;
            if (strlen(c) != 6 || strcmp(c + 3, "MIL")) continue;
            if (v[k].army < 0) v[k].army = (int32_t)r;
            else if (strncmp(c, w->units.v[v[v[k].army].unit].code, 3)) v[k].armies_two = 1;
        }
        v[k].run_end = (uint32_t)r;
    }
}

/* The army code an army takes from the runs [a, ae) of its word and [g, ge)
** of its genitive's (one country among them, the first body's code), or NULL. */
static const char *army_of(const ev_work *w, const ev_body *v, size_t a, size_t ae, size_t g, size_t ge) {
    int32_t x = a < ae ? v[a].army : -1, y = g < ge ? v[g].army : -1;
    if ((x >= 0 && v[a].armies_two) || (y >= 0 && v[g].armies_two)) return NULL;
    const char *cx = x >= 0 ? w->units.v[v[x].unit].code : NULL, *cy = y >= 0 ? w->units.v[v[y].unit].code : NULL;
    if (!cx || !cy) return cx ? cx : cy;
    if (strncmp(cx, cy, 3)) return NULL;
    return v[x].unit < v[y].unit ? cx : cy;
}

/* The one country of a page: every unit with a country (bodies of regions
** aside) has it, and there are two at least; else NULL. "وزير الداخلية" on a
** page of Tunisian workers and "السلطات" beside "ناشطون إيرانيون" are that
** country's (session 28; one unit is too little: a page that names Moscow
** once is no Russian page for its police). */
static const char *page_country(const ev_work *w, char out[4]) {
    size_t seen = 0;
    char m[4];
    for (size_t j = 0; j < w->units.n; j++) {
        const char *c = w->units.v[j].code;
        if (!c || !ev_code_main(c, m) || region(c)) continue;
        if (seen++ && strcmp(m, out)) return NULL;
        memcpy(out, m, 4);
    }
    return seen >= 2 ? out : NULL;
}

/* The country most of a page's units have: three units at least, and three
** in four of those with a country (bodies of regions aside). A Tunisian page
** that names Libya once, a Saudi page that names Yemen, still speak of their
** own presidency, army and ministries ("ودعت الرئاسة", "الجندي" on a Saudi
** patrol's page) when these are named with no country. */
static const char *page_main_country(const ev_work *w, char out[4]) {
    enum { MAX_COUNTRIES = 32 };
    char seen[MAX_COUNTRIES][4];
    size_t count[MAX_COUNTRIES] = {0}, kinds = 0, all = 0, best = 0;
    char m[4];
    for (size_t j = 0; j < w->units.n; j++) {
        const char *c = w->units.v[j].code;
        if (!c || !ev_code_main(c, m) || region(c)) continue;
        all++;
        size_t k = 0;
        while (k < kinds && strcmp(seen[k], m)) k++;
        if (k == kinds) {
            if (kinds == MAX_COUNTRIES) continue;
            memcpy(seen[kinds++], m, 4);
        }
        if (++count[k] > best) {
            best = count[k];
            memcpy(out, m, 4);
        }
    }
    return best >= 3 && 4 * best >= 3 * all ? out : NULL;
}

/* Does a unit of the page name gunmen of this country ("المسلحين
** الفلسطينيين" PSEUAF)? Then "الجيش" with no country is as likely the army
** they fight as their state's (rebels, "الحوثيين" YEMREB, fight their own). */
static int country_has_gunmen(const ev_work *w, const char *country) {
    for (size_t j = 0; j < w->units.n; j++) {
        const char *c = w->units.v[j].code;
        if (c && strlen(c) == 6 && !strncmp(c, country, 3) && !strcmp(c + 3, "UAF")) return 1;
    }
    return 0;
}

/* "وزارة شؤون الإعلام في مملكة البحرين", "وزير الخارجية في تونس": an office
** with no country of its own followed by "في" and a country's name is that
** country's (the country of unit i + 1); not a diplomat, who serves abroad
** ("السفير في تونس"). */
static const char *country_after_in(const ev_work *w, size_t i) {
    static const char *const envoys[] = {"سفير", "سفيره", "سفاره", "قنصل", "قنصليه", "مبعوث", "مندوب", "ممثل", NULL};
    const ev_unit *u = &w->units.v[i];
    char m[4];
    if (i + 1 >= w->units.n || u->e >= w->n_toks || strcmp(w->toks[u->e].key, "في")) return NULL;
    const ev_unit *v = &w->units.v[i + 1];
    if (v->b != u->e + 1 || !v->code || strlen(v->code) != 3 || !ev_code_main(v->code, m) || region(v->code))
        return NULL;
    if (str_in(str_skip_prefix(bare_key(w->toks[u->b].key), "ال"), envoys)) return NULL;
    return v->code;
}

/* "الدولي", "الأممي": a body's or an office's adjective that makes it an
** international one's. */
static int international(const char *key) {
    static const char *const words[] = {"الدولي", "الدوليه", "الاممي", "الامميه", NULL};
    return str_in(key, words);
}

/* Does an international word stand in unit u or right after it ("منظمة
** العفو الدولية", "المنظمات الدولية")? */
static int international_within(const ev_work *w, const ev_unit *u) {
    for (uint32_t t = u->b; t <= u->e && t < w->n_toks; t++)
        if (international(w->toks[t].key)) return 1;
    return 0;
}

/* Does unit u say where things happen: a place ("في إسطنبول", "شمال
** محافظة صعدة"; not an outlet spoken to, "في تصريح ل"الجوهرة أف أم""), or a
** country's or town's name with "ب" ("بصفاقس")? */
static int where(const ev_work *w, const ev_unit *u) {
    if (!u->code) return 0;
    const char *role = ev_code_role(u->code);
    return (u->place && !u->backer && !u->seat && !(role && !strncmp(role, "MED", 3))) ||
           (u->prep && strlen(u->code) == 3 && !strncmp(w->toks[u->b].key, "ب", 2));
}

/* The places of one sentence: its units [from, end), the one country of its
** places (NULL: none, or two, or an actor there of another) and where the
** first place opens. */
typedef struct ev_scene {
    size_t end;
    const char *country;
    uint32_t first;
} ev_scene;

/* Is place unit v where a treaty was signed or talks held, named within
** three words after their noun ("التوقيع عام 2000 على اتفاقية سلام في
** الجزائر بعد نزاع أدى إلى مقتل 80 ألف شخص", "محادثات في جنيف")? It is their
** venue, no scene for the people a toll counts (the Ethiopia-Eritrea war's
** dead are no Algerians) nor for an office ("قبل ايام من بدء المفاوضات
** النهائية في فيينا ... لكن الحكومة رفضته": Iran's, no Austrian one). */
static int venue_of_talks(const ev_work *w, const ev_unit *v) {
    static const char *const talks[] = {"اتفاق", "اتفاقيه", "معاهده", "محادثات", "مفاوضات", "موتمر", "قمه", NULL};
    for (uint32_t k = 1; k <= 3 && k <= v->b; k++) {
        const ev_tok *t = &w->toks[v->b - k];
        if (t->brk_comma || t->opens) return 0;
        if (ev_cand_in(t, talks)) return 1;
    }
    return 0;
}

/* The scene of the sentence of unit i, which opens its sentence's run of
** units (they are in token order). On a page of many countries "واعتقلت
** الشرطة في إسطنبول", "ألقت الوحدات الأمنية بصفاقس" are that country's
** (session 30); not by the actors, who are as often the other side ("إلتقى
** رئيس الحكومة ... بوفد من الكونغرس الامريكي"), nor beside an international
** body, whose offices these may be ("المبعوث", "القضاة"). */
static ev_scene scene_of(const ev_work *w, size_t i) {
    ev_scene sc = {i, NULL, UINT32_MAX};
    uint32_t sent = w->doc->tokens.v[w->units.v[i].b].sent;
    const char *actor = NULL;
    int two = 0;
    char m[4];
    for (; sc.end < w->units.n && w->doc->tokens.v[w->units.v[sc.end].b].sent == sent; sc.end++) {
        const ev_unit *v = &w->units.v[sc.end];
        if (v->code && !strncmp(v->code, "IGO", 3)) two = 1;
        if (!v->code || v->both || !ev_code_main(v->code, m) || region(v->code)) continue;
        int place = where(w, v) && !venue_of_talks(w, v);
        if (place && sc.first == UINT32_MAX) sc.first = v->b;
        const char **to = place ? &sc.country : &actor;
        if (!*to) *to = v->code;
        else if (strncmp(*to, v->code, 3)) two = 1;
    }
    if (two || (sc.country && actor && strncmp(sc.country, actor, 3))) sc.country = NULL;
    return sc;
}

/* The country of unit i's scene for it: a place before it sets the scene,
** one after it in its own clause says where it is ("تقدّمت قوات الأمن في
** محور شمال غرب الرمادي"); one past a verb is where another thing happened
** ("سيارة مشابهة لسيارات قوات الشرطة فجر نفسه ... (شمال الموصل)"). A dozen
** words at most: no reading to the sentence's end for each unit of a long line. */
static const char *scene_country(const ev_work *w, const ev_scene *sc, size_t i) {
    const ev_unit *u = &w->units.v[i];
    if (!sc->country || sc->first < u->b) return sc->country;
    for (size_t j = i + 1; j < sc->end && w->units.v[j].b <= u->e + 12; j++) {
        if (!where(w, &w->units.v[j])) continue;
        for (uint32_t t = u->e; t < w->units.v[j].b; t++)
            if (w->toks[t].opens) return NULL;
        return sc->country;
    }
    return NULL;
}

/* Is unit u people a toll counts, by its noun alone ("شخصين", "أشخاص",
** "طفل", "مدنيين"): civilians with no country of their own. */
static int bystanders(const ev_work *w, const ev_unit *u) {
    static const char *const people[] = {"شخص", "شخصا", "شخصان", "شخصين", "اشخاص", "طفل", "طفلا", "طفلان", "طفلين",
                                         "اطفال", "مدني", "مدنيا", "مدنيان", "مدنيين", "مدنيون", NULL};
    return u->e == u->b + 1 && str_in(bare_key(w->toks[u->b].key), people);
}

/* Does token t name newcomers or foreigners ("المهاجرين", "للاجئين", "لاجىء",
** "الأجانب", "الوافدين", "من جنسيات")? Such people are not of the country they
** reached or are held in. Not "أجنبي": mostly an adjective ("القوات الأجنبية"). Matched on the token's candidate bases. */
static int newcomer_word(const ev_work *w, size_t t) {
    static const char *const words[] = {"مهاجر", "مهاجرين", "مهاجرون", "لاجي", "لاجيء", "لاجيين", "لاجيون",
                                        "اجانب", "وافد", "وافدين", "وافدون", "جنسيات", NULL};
    return ev_cand_in(&w->toks[t], words);
}

/* Does the page speak of newcomers anywhere? Asked once per page, and only of
** a page with one country and a toll with no country. */
static int page_of_newcomers(const ev_work *w) {
    for (size_t t = 0; t < w->n_toks; t++)
        if (newcomer_word(w, t)) return 1;
    return 0;
}

/* Are the people of unit u newcomers by their sentence, within
** NEWCOMER_REACH words either side ("رفض ... استضافة المهاجرين في إيطاليا،
** التي رفضت ... السماح لسفينة تحمل أكثر من 600 شخص"), or pointed back to
** by a demonstrative ("هذين الشخصين": people named before, the Skripals, of
** their own country)? */
#define NEWCOMER_REACH 20
static int strangers(const ev_work *w, const ev_unit *u) {
    const naba_doc *doc = w->doc;
    uint32_t sent = doc->tokens.v[u->b].sent;
    if (u->b && (w->toks[u->b - 1].cue & EVC_DEMONSTRATIVE)) return 1;
    size_t from = u->b > NEWCOMER_REACH ? u->b - NEWCOMER_REACH : 0;
    for (size_t t = from; t < w->n_toks && t < u->e + NEWCOMER_REACH; t++)
        if (doc->tokens.v[t].sent == sent && newcomer_word(w, t)) return 1;
    return 0;
}

/* Does unit u name a body the knowledge base holds (not a name met only on
** this page)? Its own entity, or a mention starting in one of its tokens
** (the unit of "لرويترز" may hold the dictionary's piece alone). */
static int known_body(const ev_work *w, const ev_unit *u) {
    const naba_doc *doc = w->doc;
    if (u->entity >= 0 && (size_t)u->entity < doc->entities.n && doc->entities.v[u->entity].in_kb) return 1;
    for (uint32_t t = u->b; t < u->e && t < w->n_toks; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        size_t m = naba_mention_from(doc, tk->start);
        if (m < doc->mentions.n && doc->mentions.v[m].start < tk->end) {
            int32_t e = doc->mentions.v[m].entity;
            if (e >= 0 && (size_t)e < doc->entities.n && doc->entities.v[e].in_kb) return 1;
        }
    }
    return 0;
}

/* Is unit i's seat named right after it ("المنظمة التي مقرها لندن")? A body
** whose seat is told is no body of the page's country (Amnesty on a page of
** the Philippines). */
static int seat_named(const ev_work *w, size_t i) {
    const ev_unit *u = &w->units.v[i];
    return i + 1 < w->units.n && w->units.v[i + 1].seat && w->units.v[i + 1].b <= u->e + 2;
}

static void same_body(ev_work *w) {
    static const char *const offices[] = {"MIL", "GOV", "COP", "LEG", "JUD", "SPY"};
    static const char *const civil[] = {"NGO", "MED", "LAB", "EDU", NULL};
    /* the units with a country, found once */
    ev_body *bodies = NULL;
    size_t n = 0;
    char m[4];
    for (size_t j = 0; j < w->units.n; j++) {
        const char *c = w->units.v[j].code;
        if (!c || (strlen(c) != 6 && strlen(c) != 3) || !ev_code_main(c, m)) continue;
        if (!bodies && !(bodies = naba_arena_alloc(w->doc->arena, w->units.n * sizeof *bodies))) return;
        bodies[n].key = bare_key(w->toks[w->units.v[j].b].key);
        bodies[n++].unit = (uint32_t)j;
    }
    if (n) qsort(bodies, n, sizeof *bodies, cmp_body);
    runs_of(w, bodies, n);
    char home_main[4];
    const char *home = page_country(w, home_main);
    char most_main[4];
    const char *most = home ? home : page_main_country(w, most_main);
    ev_scene scene = {0, NULL, UINT32_MAX};
    int newcomers = -1; /* page_of_newcomers, asked when first needed */
    for (size_t i = 0; i < w->units.n && n; i++) {
        ev_unit *u = &w->units.v[i];
        if (!home && i >= scene.end) scene = scene_of(w, i);
        /* "مقتل شخصين ... في ريف حلب", "وطفل لقي حتفه" on a page from Gaza:
        ** people killed or hurt, of no country named, are the page's, else
        ** their sentence's places' (session 31); not newcomers, whose
        ** country is not the one they reached (a page or a sentence of
        ** migrants, refugees, foreigners: events38b) */
        if (u->code && !strcmp(u->code, "CVL") && !u->both && bystanders(w, u)) {
            if (strangers(w, u)) continue;
            if (home && newcomers < 0) newcomers = page_of_newcomers(w);
            const char *country = home ? (newcomers ? NULL : home) : scene_country(w, &scene, i);
            if (country) u->code = combine(w, ev_code_main(country, m), u->code);
            continue;
        }
        /* on a page of one country, or of one country in the main (a
        ** Tunisian page that names Libya once), an association, a union, an
        ** outlet or teachers with no country named are its own ("دعت
        ** الجمعية الوطنية للصحفيين الشبان", "دعت منظمة الدفاع عن المستهلك",
        ** "الأساتذة الجامعيين يطالبون" on a Tunisian page), not an
        ** international one ("منظمة الصحة العالمية" has its own code) nor
        ** one the knowledge base knows by name, whose entry says its country
        ** or none ("رويترز" on a Kuwaiti page is no Kuwaiti outlet) */
        if (most && u->code && !u->both && str_in(u->code, civil) && !international_within(w, u) &&
            !known_body(w, u) && !seat_named(w, i)) {
            u->code = combine(w, most, u->code);
            continue;
        }
        int office = 0;
        for (size_t k = 0; k < sizeof offices / sizeof *offices && u->code; k++) office |= !strcmp(u->code, offices[k]);
        /* an office with a second role ("وزارة المرأة" GOVHRI, "الكونغرس" GOVLEG), the army's aside */
        if (u->code && !office && strlen(u->code) == 6 && strncmp(u->code, "MIL", 3))
            for (size_t k = 0; k < sizeof offices / sizeof *offices; k++) office |= !strncmp(u->code, offices[k], 3);
        /* a coalition's forces are the coalition's (bare_coalition), whoever else is called "قوات" */
        if (!office || u->both || coalition_word(w, u) >= 0) continue;
        int army = !strcmp(u->code, "MIL");
        if (army && regime_word(w, u->e - 1)) continue; /* the regime's country or none (regime_units) */
        const char *named_in = army ? NULL : country_after_in(w, i);
        if (named_in) {
            u->code = combine(w, named_in, u->code);
            continue;
        }
        /* an office refers back only when definite and whole ("الحكومة", "مجلس
        ** الوزراء"; "وفد" is new, "وزارة" of "وزارة شؤون الإعلام" is cut short),
        ** and states are many ("الدول") */
        if (!army && (indefinite_phrase(w, u->b) || !definite(w, u->e - 1) || many_states(w, u))) {
            /* on a page of one country, a title and a name with no country are its own
            ** ("النائب وليد جلاد") */
            if (home && person(w, u->entity)) u->code = combine(w, home, u->code);
            continue;
        }
        size_t a, ae;
        bodies_of(bodies, n, bare_key(w->toks[u->b].key), &a, &ae);
        if (army) {
            /* every body that may match opens with the army's word or its genitive's */
            int32_t gen = genitive_after(w, u);
            size_t g = 0, ge = 0;
            if (gen >= 0 && strcmp(bare_key(w->toks[gen].key), bare_key(w->toks[u->b].key)))
                bodies_of(bodies, n, bare_key(w->toks[gen].key), &g, &ge);
            const char *c = army_of(w, bodies, a, ae, g, ge);
            if (c) u->code = c;
            else if (most && definite(w, u->e - 1) && !country_has_gunmen(w, most)) u->code = combine(w, most, u->code);
            continue;
        }
        const char *country = NULL;
        int two = 0;
        for (; a < ae && !two; a++) {
            const ev_unit *v = &w->units.v[bodies[a].unit];
            if (v->b > u->b) break; /* the run is in token order: none before u is left */
            /* the same role, or a state named by its country alone for a government word */
            if (strlen(v->code) == 6 ? strcmp(v->code + 3, u->code) : strcmp(u->code, "GOV") || u->e != u->b + 1) continue;
            if (region(v->code) || !opens_with_all(w, v, u)) continue;
            if (!country) country = v->code;
            else if (strncmp(country, v->code, 3)) two = 1;
        }
        if (country && !two) u->code = strlen(country) == 3 ? combine(w, country, u->code) : country;
        else if (!country && most)
            u->code = combine(w, most, u->code);
        /* the sentence's places for an office, not a person's (a visitor
        ** "في لوس أنجلوس") nor an international one's ("المبعوث الأممي") */
        else if (!country && !person(w, u->entity) && (u->e >= w->n_toks || !international(w->toks[u->e].key)) &&
                 (country = scene_country(w, &scene, i)))
            u->code = combine(w, ev_code_main(country, m), u->code);
    }
}

/* The code of the one-word actor entry of token t ("التحالف" SAUMIL), or NULL. */
static const char *word_actor(const ev_work *w, uint32_t t) {
    const ev_tok *tk = &w->toks[t];
    for (uint32_t c = 0; c < tk->n_cands; c++)
        for (int32_t p = ev_map_get(&w->dict->phrase_first, tk->cands[c]); p >= 0; p = w->dict->phrases[p].next) {
            const ev_phrase *ph = &w->dict->phrases[p];
            int dated;
            const char *code = ev_phrase_code(ph, w->has_day, w->day, &dated);
            if (ph->n_words == 1 && !ph->agent && code && (!ph->article || ev_definite(tk->key))) return code;
        }
    return NULL;
}

/* Is the coalition's noun alone, unit i, another coalition: the alliance
** between or with others ("التحالف بين اليابان والولايات المتحدة",
** "التحالف مع الحوثيين"), no body that acts, or one of a country its
** adjective names ("التحالف اليمني لرصد انتهاكات", a rights group), not the
** coalition's own (code)? */
static int other_alliance(const ev_work *w, size_t i, const char *code) {
    const ev_unit *u = &w->units.v[i];
    if (u->e >= w->n_toks || w->toks[u->e - 1].brk_comma) return 0;
    const char *k = w->toks[u->e].key;
    if (!strcmp(k, "بين") || !strcmp(k, "مع")) return 1;
    const ev_unit *v = i + 1 < w->units.n ? &w->units.v[i + 1] : NULL;
    return v && v->b == u->e && v->code && strlen(v->code) == 3 && strncmp(v->code, code, 3);
}

/* "التحالف", "قوات التحالف", "طائرات التحالف": a coalition named by its
** bare noun is the one the article names in full ("التحالف العربي" SAUMIL),
** or, in an article on Yemen (its actors or places coded, none of Iraq or
** Syria, where the US-led coalition fights), the Saudi-led one: the bare
** noun's entry in actors.tsv. Otherwise the bare noun is no actor (a party
** alliance, an electoral list, the US-led coalition, which no entry codes)
** and a coalition's forces keep their role alone; so with two coalitions
** named in full. */
static void bare_coalition(ev_work *w) {
    const char *full = NULL, *bare = NULL;
    int two = 0, yemen = 0, elsewhere = 0;
    for (size_t j = 0; j < w->units.n; j++) {
        const ev_unit *v = &w->units.v[j];
        const char *c = v->code;
        if (!c || strlen(c) < 3) continue;
        if (!strncmp(c, "YEM", 3)) yemen = 1;
        else if (!strncmp(c, "IRQ", 3) || !strncmp(c, "SYR", 3)) elsewhere = 1;
        int32_t t = coalition_word(w, v);
        if (t < 0) continue;
        const char *entry = word_actor(w, (uint32_t)t);
        if (!bare) bare = entry;
        if (c == entry) continue;
        if (strlen(c) == 6 && !strcmp(c + 3, "MIL")) {
            if (!full) full = c;
            else if (strncmp(full, c, 3)) two = 1;
        }
    }
    const char *code = two ? NULL : full ? full : yemen && !elsewhere ? bare : NULL;
    size_t o = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        ev_unit *u = &w->units.v[i];
        int32_t t = coalition_word(w, u);
        /* the unit's code is the bare noun's entry: an indefinite "تحالف" has it too */
        int one = t >= 0 ? u->code == word_actor(w, (uint32_t)t)
                         : (w->toks[u->b].cue & EVC_COALITION) && u->code == word_actor(w, u->b);
        if (one && (!code || t < 0 || other_alliance(w, i, code))) continue;
        if (one || (code && t >= 0 && u->code && !strcmp(u->code, "MIL"))) u->code = code;
        w->units.v[o++] = *u;
    }
    w->units.n = o;
}

/* "قال الجيش التركي إن طائراته قصفت", "قال ترودو إن بلاده تطالب": a body the
** speaker acts through, right after the "أن" of what the speaker tells
** (ev_own_body), is an actor of the speaker's code, when that code has a
** country: the unit the word is alone (the dictionary may read "طائرات" as
** anything; a role of its own completes a bare country), or a new one. A
** unit of more words is left as it is. */
static int speakers_own(ev_work *w) {
    int pushed = 0;
    char m[4];
    for (size_t t = 1; t < w->n_toks; t++) {
        if (!ev_own_body(w, t)) continue;
        const naba_token *tk = &w->doc->tokens.v[t];
        int q = ev_innermost_quote(w, tk->start, tk->end);
        int s = q >= 0 ? ev_speaker_actor(w, &w->doc->quotes.v[q]) : -1;
        if (s < 0 || !ev_code_main(w->units.v[s].code, m)) continue;
        const char *code = w->units.v[s].code;
        int u = -1;
        for (size_t i = 0; i < w->units.n && u < 0; i++)
            if (w->units.v[i].b <= t && t < w->units.v[i].e) u = (int)i;
        if (u >= 0) {
            ev_unit *x = &w->units.v[u];
            char r[4];
            if (x->e == x->b + 1 && !x->place && !x->both) {
                /* "قالت إسرائيل إن جنودها": a role of its own on the speaker's country (ISRMIL) */
                x->code = strlen(code) == 3 && x->code && *x->code && !ev_code_main(x->code, r) ? combine(w, m, x->code) : code;
                x->entity = -1;
            }
            continue;
        }
        ev_unit n;
        memset(&n, 0, sizeof n);
        n.b = (uint32_t)t;
        n.e = (uint32_t)t + 1;
        n.entity = -1;
        n.code = code;
        if (push_unit(w, &n)) return -1;
        pushed = 1;
    }
    if (pushed) qsort(w->units.v, w->units.n, sizeof *w->units.v, cmp_unit);
    return 0;
}

/* The role of a body's cue word (cue_role, "وزارة" GOV) for unit u with no
** agent of its own: none when the unit's actor is an international body
** ("منظمة حظر الأسلحة" IGO is no IGONGO), whose code says enough, or when
** its name calls it international ("بنك التسويات الدولية" is no business,
** "المنظمة الدولية" the UN, no NGO). */
static const char *body_role(const ev_work *w, const ev_unit *u, const char *actor, const char *cue_role) {
    if (!cue_role) return NULL;
    if (actor && (!strcmp(actor, "IGO") || !strcmp(actor, "IMG") || !strcmp(actor, "NGO"))) return NULL;
    for (uint32_t t = u->b; t < u->e; t++)
        if (international(w->toks[t].key)) return NULL;
    return cue_role;
}

/* "المجلس", "الهيئة" alone: the entity layer links a lone head to the body
** of that head named last ("مجلس الشورى السعودي"); with no code of its own,
** the unit takes the code the body's fuller mention had earlier on the page
** (session 28, events28c). One pass, a code per entity. */
static void linked_bodies(ev_work *w) {
    size_t ne = w->doc->entities.n;
    const char **seen = NULL;
    for (size_t i = 0; i < w->units.n; i++) {
        ev_unit *u = &w->units.v[i];
        if (!org_mention(w, u) || u->both) continue;
        /* working memory, not the document's (docs/events.md "Memory (session 23)") */
        if (!seen && !(seen = calloc(ne, sizeof *seen))) return;
        if (u->code && *u->code) {
            if (!seen[u->entity]) seen[u->entity] = u->code;
        } else if (seen[u->entity]) {
            u->code = seen[u->entity];
        }
    }
    free(seen);
}

int ev_find_units(ev_work *w) {
    w->pieces.n = w->units.n = 0;
    w->unit_span = UINT32_MAX;
    if (dict_pieces(w) || entity_pieces(w)) return -1;
    if (w->pieces.n) qsort(w->pieces.v, w->pieces.n, sizeof *w->pieces.v, cmp_piece);
    ev_unit u;
    const char *actor = NULL, *agent = NULL, *cue_role = NULL;
    int open = 0;
    for (size_t i = 0; i < w->pieces.n; i++) {
        const ev_piece *p = &w->pieces.v[i];
        if (open && p->b < u.e) { /* overlapped by a longer piece */
            if (p->b == u.b && p->agent) {
                u.title = 1;
                /* "وزارة الشؤون الاجتماعية": a body the entity layer names in
                ** full keeps the role of its cue word (GOV) when the KB gives
                ** it none, or only a country (session 28, events28c) */
                if (!agent && org_mention(w, &u)) cue_role = p->code;
            }
            continue;
        }
        if (open) {
            u.code = actor ? actor : agent;
            if (compatible(w, &u, p)) {
                u.e = p->e;
                if (p->entity >= 0) u.entity = p->entity;
                if (p->loc) u.loc = 1;
                if (!p->agent || p->entity >= 0) u.named = 1;
                if (p->agent) { if (!agent) agent = p->code; }
                else if (!actor || (p->code && strlen(p->code) > strlen(actor))) actor = p->code;
                continue;
            }
            if (finish_unit(w, &u, actor, agent ? agent : body_role(w, &u, actor, cue_role))) return -1;
        }
        memset(&u, 0, sizeof u);
        cue_role = NULL;
        u.b = p->b;
        u.e = p->e;
        u.entity = p->entity;
        u.loc = p->loc;
        u.prep = p->prep;
        u.conj = p->conj;
        u.named = !p->agent || p->entity >= 0;
        u.title = p->agent;
        actor = p->agent ? NULL : p->code;
        agent = p->agent ? p->code : NULL;
        open = 1;
    }
    if (open && finish_unit(w, &u, actor, agent ? agent : body_role(w, &u, actor, cue_role))) return -1;
    /* "both sides" are units too, resolved to the document's two parties */
    for (size_t i = 0; i < w->n_toks; i++) {
        if (!(w->toks[i].cue & EVC_BOTH)) continue;
        ev_unit b;
        memset(&b, 0, sizeof b);
        b.b = (uint32_t)i;
        b.e = (uint32_t)i + 1;
        b.entity = -1;
        b.both = 1;
        b.code = "";
        if (push_unit(w, &b)) return -1;
    }
    if (w->units.n) qsort(w->units.v, w->units.n, sizeof *w->units.v, cmp_unit);
    members_of_groups(w);
    owned_units(w);
    force_of_force(w);
    coordinated_backers(w);
    appositions(w);
    if (speakers_own(w)) return -1;
    w->unit_span = 0;
    for (size_t i = 0; i < w->units.n; i++)
        if (w->units.v[i].e - w->units.v[i].b > w->unit_span) w->unit_span = w->units.v[i].e - w->units.v[i].b;
    linked_bodies(w);
    regime_units(w);
    same_body(w);
    bare_coalition(w);
    for (size_t i = 0; i < w->units.n; i++)
        if (w->units.v[i].named)
            for (uint32_t t = w->units.v[i].b; t < w->units.v[i].e; t++) w->toks[t].named = 1;
    return 0;
}
