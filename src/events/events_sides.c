/*
** events_sides.c — who is the source and who the target of one event, among
** the actor units events_actors.c found: by word order (a subject right
** before the verb, VSO after it, a plural verb holding its subject), the
** doer of a light verb or of the attack named, "both sides" as the
** document's two parties, two conjoined parties of a mutual act, the
** speaker of reported speech, a counterpart ("نظيره") taking the office of
** the one it faces; and the roles (armed, speaker, state) the rules test.
*/
#include "events_int.h"
#include "syntax.h"

#include <stdlib.h>
#include <string.h>

#define BEFORE_WINDOW 5  /* a subject before its verb (SVO) is at most this far */
#define BY_REACH 10      /* a by-phrase ("برصاص الجيش") is at most this far after its event word */

/* The two parties "both sides" means: the two most frequent countries. */
void ev_find_parties(const ev_work *w, ev_parties *dp) {
    char mains[64][4];
    size_t counts[64], n = 0;
    for (size_t i = 0; i < w->units.n; i++) {
        char m[4];
        if (w->units.v[i].place || !ev_code_main(w->units.v[i].code, m)) continue;
        size_t k = 0;
        while (k < n && strcmp(mains[k], m)) k++;
        if (k == n) { if (n == 64) continue; memcpy(mains[n], m, 4); counts[n++] = 0; }
        counts[k]++;
    }
    dp->a[0] = dp->b[0] = '\0';
    size_t ca = 0, cb = 0;
    for (size_t k = 0; k < n; k++) {
        if (counts[k] > ca) { memcpy(dp->b, dp->a, 4); cb = ca; memcpy(dp->a, mains[k], 4); ca = counts[k]; }
        else if (counts[k] > cb) { memcpy(dp->b, mains[k], 4); cb = counts[k]; }
    }
}

/* Does unit u name a town: a place the entity layer links below a country,
** with no role the dictionary gives it ("دير الزور", "كيبيك", "هامبورغ"; not
** "موسكو", RUSGOV, whose government acts in its name)? A town is where an
** act happens, not who does it. A place the knowledge base does not know
** but the dictionary codes may be a country spelt otherwise ("بريطانيا طرد
** 23 دبلوماسيا"): not a town. */
int ev_town_unit(const ev_work *w, const ev_unit *u) {
    if (!u->loc || u->entity < 0 || (size_t)u->entity >= w->doc->entities.n || (u->code && strlen(u->code) > 3)) return 0;
    const naba_entity *e = &w->doc->entities.v[u->entity];
    return (e->in_kb || !u->code || !*u->code) && strncmp(e->id, "country:", 8);
}

/* Does unit u open with a word in the accusative by its written ending,
** "اً" or "ًا" ("وأصاب ضابطاً", "قتلت القوات 60 فلسطينياً")? Such a noun is
** an object, or the subject of "إن"/"أن" right before it ("أن انتحاريًا فجر
** نفسه"), which after_that tells. */
/* Is token t a bare "أن", "إن", "لأن", "لكن" (no pronoun on it): it opens a
** clause whose subject follows it? */
static int that_word(const ev_work *w, size_t t) {
    static const char *const that[] = {"ان", "وان", "بان", "فان", "لان", "لكن", "ولكن", NULL};
    return ev_key_in(&w->toks[t], that);
}

static int accusative(const ev_work *w, const ev_unit *u, int after_that) {
    const naba_token *tk = &w->doc->tokens.v[u->b];
    const char *end = w->doc->text + tk->end;
    if (tk->end - tk->start < 6 || (memcmp(end - 4, "اً", 4) && memcmp(end - 4, "ًا", 4))) return 0;
    return !(after_that && u->b > 0 && that_word(w, u->b - 1));
}

/* The nearest actor right before the anchor, within its clause and not across
** a comma: an SVO subject ("روسيا قدمت"), or the agent of a purpose noun; no
** town ("هجوم كيبيك الذي أودى بحياة 6 مصلين"), no object of a verb before
** ("قتلت القوات 60 فلسطينياً ... وأصابت"). */
int ev_subject_before(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    /* a unit from the anchor on ends past it; the units are in order of b,
    ** so once one opens before the clause so do all the rest (reading on to
    ** the first unit made this length x length on one long line) */
    for (size_t i = ev_first_unit_from(w, anchor); i-- > 0;) {
        const ev_unit *u = &w->units.v[i];
        if (u->b < cs) break;
        if (u->e > anchor) continue;
        if (anchor - u->e > BEFORE_WINDOW) break;
        /* "وكان وزير الخارجية الروسي، سيرغي لافروف، انتقد": the comma that
        ** closes a title and name set off by a comma is no break, and may
        ** stand right before the verb ("رئيس البرلمان، محمد الناصر، دعا") */
        int closing = ev_comma_in(w, u->b, u->e - 1) && u->e < anchor && w->toks[u->e].brk_comma &&
                      w->doc->tokens.v[u->e].kind == NABA_TOK_PUNCT && !ev_comma_in(w, u->e + 1, anchor);
        if (ev_comma_in(w, u->e - 1, anchor) && !closing) break;
        if (u->place || u->oblique || ev_town_unit(w, u) || accusative(w, u, 1)) continue;
        /* "وأوضح ارنست أن الائتلاف استهدف": the one who speaks before "أن"
        ** is not the subject of the clause it opens with a noun; right
        ** before a verb "أن" is "to" ("يريد الوزير أن يقترح"), and in a
        ** name it is none ("مون جيه-إن") */
        for (size_t t = u->e; t + 1 < anchor; t++)
            if (that_word(w, t) && w->doc->tokens.v[t - 1].space_after) return -1;
        return (int)i;
    }
    return -1;
}

/* Does the event name an explosive ("سيارة مفخخة انفجرت", "انفجرت عبوة
** ناسفة")? A bomb that goes off has no doer after it: what follows is what it
** hit ("على دورية بريطانية") or where. An attack noun ("ضربة جوية أميركية",
** cue class means) does have its doer after it. */
static int explosive_event(const ev_work *w, const ev_cand *c) {
    uint32_t cue = w->toks[c->anchor].cue;
    for (uint32_t k = 0; k < c->pat->n_elems && k < EV_MAX_ELEMS; k++) cue |= w->toks[c->elem_tok[k]].cue;
    return (cue & EVC_WEAPON) && !(cue & EVC_MEANS);
}


/* The main word of token t (past conjunctions, prepositions and the
** article), and whether the token ends in a bare preposition whose object
** follows ("عن", "من"; "منه" holds its own); NULL without words. */
static const naba_word *main_word(const naba_doc *doc, size_t t, int *bare_prep) {
    const naba_token *tk = &doc->tokens.v[t];
    *bare_prep = 0;
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return NULL;
    const naba_word *main = NULL;
    for (uint32_t k = 0; k < tk->word_count; k++) {
        const naba_word *wd = &doc->words.v[tk->word_first + k];
        if (wd->upos == NABA_UPOS_ADP && k + 1 == tk->word_count) *bare_prep = 1;
        if (!main && wd->upos != NABA_UPOS_CCONJ && wd->upos != NABA_UPOS_DET && wd->upos != NABA_UPOS_ADP) main = wd;
    }
    return main;
}

/* A number or a word of quantity ("مئات", "عشرات", "عدد"): the head of the
** people it counts, who act when it does ("وخرج مئات الطلاب", "وشكل عدة
** مئات من المتظاهرين"). */
static int quantity(const naba_word *wd) {
    static const char *const q[] = {"مئة", "مائة", "عشرة", "ألف", "مليون", "عدد", "عدة", "بعض", "جميع", "كل",
                                    "أغلبية", "غالبية", "أكثرية", "معظم", "نصف", NULL};
    if (!wd) return 0;
    if (wd->upos == NABA_UPOS_NUM) return 1;
    for (size_t i = 0; wd->lemma && q[i]; i++)
        if (!strcmp(wd->lemma, q[i])) return 1;
    return 0;
}

/* "ضربة جوية إسرائيلية استهدفت موقعا عسكريا", "رجلا هاجم ضابطا", "استقبل
** وفدا تركيا": is unit u, after the event word at anchor, opened by an
** indefinite noun in the accusative that shows it ("موقعا": the written alif
** of the indefinite accusative)? A subject is nominative, so u is the verb's
** object. Not after a number or a word of quantity, whose counted noun is
** accusative in any role ("توجه 14 ناخبا"); only when a role of the
** dictionary opens u, not a name. Needs the words layer. */
int ev_accusative_after(const ev_work *w, size_t anchor, int u) {
    const naba_doc *doc = w->doc;
    const ev_unit *un = &w->units.v[u];
    int bare;
    if (un->b <= anchor) return 0;
    const naba_word *wd = main_word(doc, un->b, &bare);
    if (!wd || (wd->upos != NABA_UPOS_NOUN && wd->upos != NABA_UPOS_ADJ) || !wd->feats || !wd->form ||
        !strstr(wd->feats, "Case=Acc") || !strstr(wd->feats, "Definite=Ind"))
        return 0;
    size_t n = strlen(wd->form);
    if (n < 6 || strcmp(wd->form + n - 2, "ا")) return 0;
    if (un->b > anchor + 1 && quantity(main_word(doc, un->b - 1, &bare))) return 0;
    /* "رئيسا الوزراء", "وزيرا خارجية", "رئيسا كوريا": a dual in the
    ** construct state, nominative, before a noun; the accusative takes an
    ** adjective in the accusative too ("موقعا عسكريا", "إرهابيا كبيرا"). The
    ** tagger reads both as singular, and "خارجية" as an adjective */
    const naba_word *next = un->b + 1 < un->e ? main_word(doc, un->b + 1, &bare) : NULL;
    if (next) {
        const char *k = w->toks[un->b + 1].key;
        size_t kn = strlen(k);
        if (next->upos == NABA_UPOS_NOUN || next->upos == NABA_UPOS_PROPN || ev_definite(k) || kn < 2 ||
            strcmp(k + kn - 2, "ا"))
            return 0;
    }
    /* only a role opens it ("وفد", "ضابط"): names in "ا" ("أوباما", "تيريزا",
    ** "دوما") are read as accusative nouns too */
    int role = 0;
    for (size_t i = ev_first_piece_at(w, un->b); i < w->pieces.n && w->pieces.v[i].b == un->b; i++) {
        if (!w->pieces.v[i].agent || w->pieces.v[i].entity >= 0) return 0;
        role = 1;
    }
    return role;
}

/* "نحو ألف شخص", "حوالي 500 طالب", "أكثر من ألف", "ما يقارب 300", "ما لا
** يقل عن 20": an approximation before a count (token t) leaves the counted
** group where a bare count would stand ("تظاهر نحو ألف شخص" has them as
** subject, as "تظاهر ألف شخص" does; "نحو" is also "towards", and "من" a
** preposition). The approximation's first token past the anchor, else t. */
static size_t approximation_start(const ev_work *w, size_t anchor, size_t t) {
    static const char *const about[] = {"نحو", "حوالي", "قرابه", "زهاء", "يقارب", "يناهز", NULL};
    static const char *const beyond[] = {"اكثر", "ازيد", "اقل", NULL};
    if (t > anchor + 1 && ev_key_in(&w->toks[t - 1], about)) {
        t--;
        return t > anchor + 1 && !strcmp(w->toks[t - 1].key, "ما") ? t - 1 : t;
    }
    if (t <= anchor + 2) return t;
    const char *prep = w->toks[t - 1].key;
    if (!strcmp(prep, "من") && ev_key_in(&w->toks[t - 2], beyond)) return t - 2;
    /* "ما لا يقل عن 20" */
    if (!strcmp(prep, "عن") && !strcmp(w->toks[t - 2].key, "يقل") && t > anchor + 4 &&
        !strcmp(w->toks[t - 3].key, "لا") && !strcmp(w->toks[t - 4].key, "ما"))
        return t - 4;
    return t;
}

/* "واعتقل 50 ألف شخص في تركيا", "وقتل 17 شخصا", "طرد 23 دبلوماسيا روسيا
** من الأراضي البريطانية": a counted group right after a verb of force or
** expulsion, with no object after it, is whom the act befell: the script
** does not show the passive, and the tagger leaves such verbs active. A group
** with an object after it acts ("وهاجم عشرات المستوطنين قرية بورين"), as
** protesters do (code 14, not asked here). Unit u follows the verb. */
int ev_counted_victims(const ev_work *w, const ev_cand *c, int u) {
    if ((c->pat->flags & EVP_MUTUAL) ||
        (!ev_violent(c->code) && strncmp(c->code, "17", 2) && strncmp(c->code, "166", 3)))
        return 0;
    const ev_unit *un = &w->units.v[u];
    size_t q = un->b;
    int bare;
    while (q > c->anchor + 1) {
        if (quantity(main_word(w->doc, q - 1, &bare)) && !bare) q--;
        /* "150 من الجنود", "عدد من الناشطات" */
        else if (q > c->anchor + 2 && !strcmp(w->toks[q - 1].key, "من") && quantity(main_word(w->doc, q - 2, &bare)))
            q -= 2;
        else
            break;
    }
    return q < un->b && un->b > c->anchor && approximation_start(w, c->anchor, q) == c->anchor + 1 &&
           !ev_comma_in(w, c->anchor, un->e - 1) && ev_no_object_after(w, c->anchor, un->e - 1);
}

/* Does a preposition, or a noun that is no subject, stand right before the
** phrase opening at token b, past the verb ("يحتج على مصادرة السلطات", "رفع
** العقوبات عن موسكو", "وأشاد بجهود فرق الإغاثة", "قطار أنفاق طوكيو")? The
** phrase is then that noun's possessor or the preposition's object, not the
** subject after the verb. A noun the tagger reads as a nominative or the
** parser as a subject heads the subject ("وشارك جميع النواب"); a counted
** group stands where its number stands ("وخرج مئات الطلاب", "عشرات من
** المتظاهرين", "وأيدته أغلبية بسيطة من الأتراك", but "عن إصابة ثلاثة من رجال
** الشرطة"); a date ("أعلن اليوم الجيش") leaves a VSO subject in place. */
static int governed(const ev_work *w, size_t anchor, size_t b) {
    const naba_doc *doc = w->doc;
    size_t t = b - 1;
    if (t <= anchor || !doc->words.n) return 0;
    int bare;
    const naba_word *main = main_word(doc, t, &bare);
    if (bare) {
        /* "عشرات من", "أغلبية بسيطة من": the number, past one adjective */
        size_t q = t - 1;
        int b2;
        const naba_word *before = q > anchor ? main_word(doc, q, &b2) : NULL;
        if (before && before->upos == NABA_UPOS_ADJ && q > anchor + 1) before = main_word(doc, --q, &b2);
        if (q > anchor && !strcmp(w->toks[t].key, "من") && quantity(before)) return governed(w, anchor, q);
        return 1;
    }
    if (quantity(main)) return governed(w, anchor, t);
    if (!main || main->upos != NABA_UPOS_NOUN || w->toks[t].timex) return 0;
    return !(main->feats && strstr(main->feats, "Case=Nom")) && !naba_syn_rel_is(main, "nsubj");
}

/* Is token t a counted noun: what a count of the counts layer counts ("700
** طالب وطالبة", "250 ألف طالب", "56 طالباً"), or paired with its feminine
** ("طالب وطالبة")? A verb is counted by no number: "طالب" is then a
** student, no demand. */
int ev_counted(const ev_work *w, size_t t) {
    const ev_tok *tk = &w->toks[t];
    if (t + 1 < w->n_toks && w->toks[t + 1].clause_start == tk->clause_start && !tk->brk_comma) {
        const char *k = tk->key, *next = w->toks[t + 1].key;
        size_t n = strlen(k);
        if (!strncmp(next, "و", 2) && !strncmp(next + 2, k, n) && !strcmp(next + 2 + n, "ه")) return 1;
    }
    return tk->counted;
}

int32_t ev_count_in(const ev_work *w, naba_off from, naba_off to) {
    const naba_doc *doc = w->doc;
    for (size_t k = w->counts_sorted ? naba_count_from(doc, from) : 0; k < doc->counts.n; k++) {
        const naba_count *n = &doc->counts.v[k];
        if (n->start >= from && n->end <= to && n->kind == NABA_COUNT_QUANTITY) return (int32_t)k;
        if (w->counts_sorted && n->start > to) break; /* no later one starts in time */
    }
    return -1;
}

/* "فرض العقوبات الأميركية على إيران", "الغارات الإسرائيلية على غزة",
** "التدخل التركي في سوريا": a nationality (an actor unit coded as a country
** alone) right after an event noun of the match names who does it, not whom
** it is done to; one adjective of kind may stand between ("الغارات الجوية
** الإسرائيلية"). The noun is the anchor, or an event word the pattern holds
** past its verb with no preposition on it ("فرضت واشنطن العقوبات
** الأميركية"; not "رحب بالموقف الإسباني", "إشادته بالدعم الإيراني", where
** the country is the one welcomed; nor "الأجنبية", coded INT). Any other
** adjective ("قطع العلاقات الدبلوماسية", "بحملة عسكرية") stays as it was.
** The unit, else -1. */
static int adjective_doer(const ev_work *w, const ev_cand *c) {
    const naba_doc *doc = w->doc;
    int bare;
    char m[4];
    for (uint32_t k = 0; k <= c->pat->n_elems && k <= EV_MAX_ELEMS; k++) {
        size_t t = k == 0 ? c->anchor : c->elem_tok[k - 1];
        const naba_word *head = main_word(doc, t, &bare);
        if (!head || head->upos != NABA_UPOS_NOUN || t + 1 >= w->n_toks || ev_has_upos(doc, (uint32_t)t, NABA_UPOS_ADP))
            continue;
        if (k > 0 && !(w->toks[t].kinds & EVW_ANCHOR)) continue;
        size_t a = t + 1;
        const naba_word *adj = main_word(doc, a, &bare);
        if (adj && adj->upos == NABA_UPOS_ADJ && ev_unit_at(w, a) < 0 && a + 1 < w->n_toks) adj = main_word(doc, ++a, &bare);
        int u = ev_unit_at(w, a);
        if (u < 0 || w->units.v[u].b != a || !adj || adj->upos != NABA_UPOS_ADJ || ev_comma_in(w, t, a)) continue;
        const char *code = w->units.v[u].code;
        if (ev_code_main(code, m) && !*ev_code_role(code) && strcmp(code, "INT")) return u; /* "أجنبية": no one */
    }
    return -1;
}

/* Is token t a verb joined by "و" or "ف" ("، وتعتبر", "، فأطلق"), or
** "فيما" (while: "، فيما أصيب 900 من قوات الأمن"): after a comma, a new
** clause with actors of its own? Not "فيما" with no comma before it, as
** often "فيما يبدو", "فيما يتعلق" (apparently, regarding: session 38). */
static int clause_opener(const ev_work *w, size_t t) {
    static const char *const meanwhile[] = {"فيما", NULL};
    if (ev_key_in(&w->toks[t], meanwhile)) return 1;
    const naba_token *tk = &w->doc->tokens.v[t];
    if (tk->word_count < 2 || tk->word_first + tk->word_count > w->doc->words.n) return 0;
    const naba_word *wd = &w->doc->words.v[tk->word_first];
    return wd[0].upos == NABA_UPOS_CCONJ && wd[1].upos == NABA_UPOS_VERB;
}

/* Does a verb that kills, wounds or brings a toll ("قتل", "أصاب", "أسفر",
** "أدى"), with no object pronoun on it, stand between tokens a and b? After
** an attack noun it opens a clause of its own, whose actors are whom the
** attack hit: "هجوم إرهابي قتل فيه اربعة من رجال الشرطة", "الهجوم أسفر عن
** مصرع سبعين شخصا"; "هجوم شنته طالبان" points back to the attack and names
** its doer (session 27). */
static int toll_verb_between(const ev_work *w, size_t a, size_t b) {
    static const char *const tolls[] = {"قتل", "اصاب", "جرح", "اسفر", "ادي", "اوقع", "اودي", "خلف", NULL};
    const naba_doc *doc = w->doc;
    for (size_t t = a + 1; t < b; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        int verb = 0, pronoun = 0;
        for (uint32_t j = 0; j < tk->word_count && tk->word_first + j < doc->words.n; j++) {
            int upos = doc->words.v[tk->word_first + j].upos;
            verb |= upos == NABA_UPOS_VERB;
            pronoun |= verb && upos == NABA_UPOS_PRON;
        }
        if (verb && !pronoun && ev_cand_in(&w->toks[t], tolls)) return 1;
    }
    return 0;
}

/* Is unit u whose raid or attack anchor c is: with "ل" or after "من", right
** after the noun and its adjectives ("غارة جوية لمقاتلات التحالف على مواقع
** الحوثي", "في غارات جوية مكثفة من طيران نظام الأسد", "هجمات لطالبان")?
** These nouns only: after "استهداف", "قصف" the "ل" is whom it hit ("قصف
** لمواقع المسلحين"). */
static int raid_by(const ev_work *w, const ev_cand *c, const ev_unit *u) {
    static const char *const raids[] = {"غاره", "غارات", "هجوم", "هجمات", NULL};
    if (!ev_cand_in(&w->toks[c->anchor], raids) || u->conj || u->place) return 0;
    size_t end = u->b;
    const naba_token *first = &w->doc->tokens.v[u->b];
    int with_li = first->word_count > 1 && first->word_first < w->doc->words.n &&
                  w->doc->words.v[first->word_first].upos == NABA_UPOS_ADP && !strncmp(w->toks[u->b].key, "ل", strlen("ل"));
    if (!with_li) {
        if (u->b == 0 || strcmp(w->toks[u->b - 1].key, "من")) return 0;
        end = u->b - 1;
    }
    for (size_t t = c->anchor; t < end; t++) {
        int bare;
        const naba_word *wd = t > c->anchor ? main_word(w->doc, t, &bare) : NULL;
        if (w->toks[t].brk_comma || (t > c->anchor && (!wd || wd->upos != NABA_UPOS_ADJ))) return 0;
    }
    return 1;
}

/* Does a word of claiming stand right before unit u ("هجوم انتحاري تبنته
** طالبان", "تفجير سيارة مفخخة استهدف شارعا، تبناه تنظيم داعش")? Who
** claimed an attack made it, whatever role word comes first. */
static int claimed_by(const ev_work *w, const ev_unit *u) {
    static const char *const claimed[] = {"تبنته", "تبناه", "تبنت", "تبني", "تبنى", "وتبنته", "وتبناه", "وتبنت", NULL};
    return u->b > 0 && ev_key_in(&w->toks[u->b - 1], claimed);
}

/* Does a verb of carrying out with a pronoun back to an attack stand right
** before unit u ("الهجمات التي وقعت في 19 يوليو نفذها الحوثيون", "في ضربة
** جوية، الجمعة، نفذتها طائرة من دون طيار")? */
static int carried_out_by(const ev_work *w, const ev_unit *u) {
    static const char *const carried[] = {"نفذه", "نفذها", "نفذته", "نفذتها", "شنه", "شنها", "شنته", "شنتها",
                                          "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", NULL};
    return u->b > 0 && ev_key_in(&w->toks[u->b - 1], carried);
}

/* The actor that claims an attack later in the anchor's sentence, or -1:
** "أصيب سبعة جنود صوماليين في تفجير انتحاري ... وأعلنت حركة الشباب
** الإرهابية مسؤوليتها عن الهجوم", "قتل عشرة أشخاص في هجوم ...، تبنته
** طالبان". A claim names the doer the attack's own clause left unsaid. With
** unsaid (an attack noun, a toll in the passive), so does the actor who
** carried out an attack named after it; an active verb has a subject of its
** own ("أعلن الجيش أنه قتل عشرة إرهابيين بعدما صد هجوما ... شنته جماعة بوكو
** حرام": the army killed them). */
int ev_claimant_after(const ev_work *w, size_t anchor, int unsaid) {
    static const char *const announced[] = {"اعلن", "اعلنت", "واعلن", "واعلنت", NULL};
    static const char *const responsibility[] = {"مسووليته", "مسووليتها", "مسووليتهم", "المسووليه", NULL}; /* keys: ؤ folded */
    const naba_doc *doc = w->doc;
    uint32_t sent = doc->tokens.v[anchor].sent;
    for (size_t i = ev_first_unit_from(w, anchor + 1); i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (doc->tokens.v[u->b].sent != sent) break;
        if (claimed_by(w, u) || (unsaid && carried_out_by(w, u)) ||
            (u->b > 0 && u->e < w->n_toks && ev_key_in(&w->toks[u->b - 1], announced) &&
             ev_key_in(&w->toks[u->e], responsibility)))
            return (int)i;
    }
    return -1;
}

/* Source and target by word order (no parse): a subject right before a verb,
** else the first actor after it (not after a plural verb, which holds its
** subject); the target is the next actor. After an explosive, the first
** actor is the target; so it is after a noun of violence that is no attack
** noun: "مقتل X", "اغتيال X", "خطف X" tell what was done to X (an attack
** noun has its doer after it: "هجوم طالبان", cue class means). */
void ev_by_order(const ev_work *w, const ev_cand *c, int noun, int passive, int plural, int *src, int *tgt) {
    size_t ce = w->toks[c->anchor].clause_end;
    int doer_after = !explosive_event(w, c) && !(noun && ev_violent(c->code) && !(w->toks[c->anchor].cue & EVC_MEANS));
    /* a comma and a clause word ("، حيث", "، بينما", "، الذي") open a new
    ** clause with actors of its own; after the event's words the clause word
    ** alone does ("شارك كلا البلدين في المناورة حيث حاولوا إظهار ترامب",
    ** "يحتجون على ما يصفونه بوحشية الشرطة"; the relative clause of a
    ** summit, "للقمة التي تجمعه بزعيم كوريا الشمالية", is lost with them) */
    for (size_t t = c->anchor; t + 1 < ce; t++)
        if ((w->toks[t].brk_comma || t >= c->last) && (w->toks[t + 1].cue & EVC_STOP)) {
            ce = t + 1;
            break;
        }
    /* "احتجز رجال الشرطة مطلقي النار ...، وتعتبر رابطة ...": no target past a
    ** comma and a verb joined by "و" (or "، فيما"); nor a verb's doer ("ودمر بالكامل، وقتل
    ** عشرة جنود أفغان": the soldiers were killed, they destroyed nothing) */
    size_t te = ce;
    for (size_t t = c->last; t + 1 < te; t++)
        if (w->toks[t].brk_comma && clause_opener(w, t + 1)) te = t + 1;
    /* "والقتيل الفلسطيني": after a noun of what was done to someone, he follows */
    int adj = doer_after ? adjective_doer(w, c) : -1, bare, tolled = 0;
    const naba_word *event = adj >= 0 ? main_word(w->doc, c->anchor, &bare) : NULL;
    if (event && event->upos == NABA_UPOS_NOUN) {
        /* a verbal noun ("فرض العقوبات") has no subject of its own */
        if (*tgt == adj) *tgt = -1;
        if (*src < 0) *src = adj;
    } else if (adj >= 0) {
        /* after a verb the noun is the subject's own act when the country is
        ** the subject's ("فرضت واشنطن العقوبات الأميركية"); another's is
        ** what the subject answers ("قبلت أوكرانيا اقتراحا أمريكيا": the USA
        ** is the target), and a subject still unknown may be its quote's
        ** speaker ("سيرفض رفع العقوبات الأميركية") */
        char m1[4], m2[4];
        const char *a = *src >= 0 ? ev_code_main(w->units.v[*src].code, m1) : NULL;
        const char *b = ev_code_main(w->units.v[adj].code, m2);
        if (!(a && b && !strcmp(a, b))) adj = -1;
        else if (*tgt == adj) *tgt = -1;
    }
    if (passive) {
        /* "قتل 4 جنود", "جنديا قتل": the one named is who it was done to */
        if (*tgt < 0) *tgt = ev_subject_before(w, c->anchor);
        for (size_t i = ev_first_unit_from(w, c->anchor + 1); i < w->units.n && w->units.v[i].b < ce && *tgt < 0; i++) {
            const ev_unit *u = &w->units.v[i];
            if (!u->place && !u->oblique && (int)i != *src && (int)i != adj) *tgt = (int)i;
        }
        return;
    }
    if (*src < 0 && !noun) *src = ev_subject_before(w, c->anchor);
    for (size_t i = ev_first_unit_from(w, c->anchor + 1); i < w->units.n && w->units.v[i].b < ce; i++) {
        const ev_unit *u = &w->units.v[i];
        /* an event verb's doer is in its own clause */
        int other = noun ? 0 : ev_other_subject(w, c->anchor, u);
        /* no doer after the counted group an act befell */
        if (*src < 0 && !noun && !u->place && ((int)i == *tgt || *tgt < 0) && ev_counted_victims(w, c, (int)i)) {
            *tgt = (int)i;
            break;
        }
        /* the raid's own doer, even where a pattern took it for the target */
        if (*src < 0 && noun && ev_violent(c->code) && raid_by(w, c, u)) {
            if (*tgt == (int)i) *tgt = -1;
            *src = (int)i;
            continue;
        }
        if (u->place || (int)i == *src || (int)i == *tgt || (int)i == adj ||
            ev_where_met(w, c, (int)i))
            continue;
        /* the claimant of an attack is its doer, never whom it hit, even past
        ** the comma that ends the attack's own clause */
        if (claimed_by(w, u)) {
            if (*src < 0 && ev_violent(c->code)) *src = (int)i;
            continue;
        }
        if (other == 2) break;
        int doer_here = *src < 0 && doer_after && !other && !u->oblique && !u->conj && !plural && (noun || u->b < te) &&
                        !ev_town_unit(w, u) && !accusative(w, u, 0) && !governed(w, c->anchor, u->b) &&
                        !(!noun && ev_definite_noun_before(w, c->anchor, u));
        int past_toll = doer_here && noun && ev_violent(c->code) && toll_verb_between(w, c->anchor, u->b);
        tolled |= past_toll;
        if (doer_here && !past_toll) {
            *src = (int)i;
            continue;
        }
        /* "فرض العقوبات الأمريكية، إلى تزايد": no target past the doer's comma */
        if (adj >= 0 && ev_comma_in(w, w->units.v[adj].b, u->b)) break;
        if (*tgt < 0 && u->b < te) { *tgt = (int)i; }
        if (*src >= 0 && *tgt >= 0) break;
    }
    /* "وأفاد مسؤولون بمقتل عدد من الجنود": who reports a toll did not kill,
    ** nor does who tells of an attack whose toll follows ("قال المرصد إن
    ** الضربات الجوية أسفرت عن مقتل 13 مدنيا") */
    if (*src < 0 && noun && !(ev_violent(c->code) && (ev_reported_toll(w, c->anchor) || tolled))) {
        int b = ev_subject_before(w, c->anchor);
        if (b >= 0 && b != *tgt) *src = b;
    }
}

/* Does unit u name a location? Its entity is one (LOC), or, with no entity,
** its dictionary code is a country's alone ("في العاصمة الإيرانية"). An
** organisation, a person or a body after "في" is no place: "حسبما صرح
** المسؤول في AP", "عضو في حلف شمال الأطلسي", "في محكمة تركية". */
int ev_unit_location(const ev_work *w, const ev_unit *u) {
    if (u->entity >= 0) return ev_entity_type(w->doc, u->entity) == NABA_ENT_LOC;
    char m[4];
    return ev_code_main(u->code, m) && !*ev_code_role(u->code);
}

/* "تصل إلى 60 مليار دولار", "وصل إلى ذروته", "لتصل الكرة إلى غريزمان",
** "وصل إليه الفريق": reaching a figure, a state or a player is no visit. An
** arrival pattern (a visit whose required words hold "إلى") is a visit only
** when a named location follows its "إلى", right after it or past one or
** two place nouns: "وصل وزير الخارجية إلى الرياض", "إلى مدينة تورينو". */
static const char *const arrival_to[] = {"الي", "اليه", "اليها", "اليهم", "اليهما", "الينا", "اليك", "اليكم", NULL};

int ev_arrival(const ev_work *w, const ev_cand *c) {
    for (uint32_t k = 0; k < c->pat->n_elems && k < EV_MAX_ELEMS; k++)
        if (ev_key_in(&w->toks[c->elem_tok[k]], arrival_to)) return 1;
    return 0;
}

int ev_arrival_nowhere(const ev_work *w, const ev_cand *c) {
    for (uint32_t k = 0; k < c->pat->n_elems && k < EV_MAX_ELEMS; k++) {
        size_t t = c->elem_tok[k];
        if (!ev_key_in(&w->toks[t], arrival_to)) continue;
        if (strcmp(w->toks[t].key, "الي")) return 1;
        size_t at = t + 1;
        while (at < t + 3 && at < w->n_toks && ev_place_noun(w->toks[at].key)) at++;
        for (size_t i = ev_first_unit_from(w, t + 1); i < w->units.n && w->units.v[i].b <= at; i++)
            if (w->units.v[i].named && ev_unit_location(w, &w->units.v[i])) return 0;
        return 1;
    }
    return 0;
}

size_t ev_first_unit_from(const ev_work *w, size_t t) {
    size_t lo = 0, hi = w->units.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->units.v[mid].b < t) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

size_t ev_first_unit_over(const ev_work *w, size_t t) {
    return ev_first_unit_from(w, t < w->unit_span ? 0 : t + 1 - w->unit_span);
}

size_t ev_units_to(const ev_work *w, size_t t) { return ev_first_unit_from(w, t + 1); }

/* "زار السفير مدينة حلب", "وصل إلى مدينة عدن", "لزيارة مدينة عدن",
** "زيارته لمدينة الطائف": a visit (CAMEO 042, 043) happens in the town named
** after it, unless the town is where one came from ("قادما من مدينة سوسة",
** "بالقرب من مدينة حلب"). */
static int visited_town(const ev_work *w, const ev_cand *c, const ev_unit *u) {
    static const char *const from[] = {"من", "ومن", NULL};
    if (strncmp(c->code, "042", 3) && strncmp(c->code, "043", 3)) return 0;
    if (!u->place || u->located || u->b < 2 || u->b - 2 < c->anchor) return 0;
    return !ev_key_in(&w->toks[u->b - 2], from);
}

int ev_place_of(const ev_work *w, const ev_cand *c, int verbal) {
    const ev_tok *t = &w->toks[c->anchor];
    int best = -1, attack_before = 0;
    size_t seen = t->clause_start; /* tokens before the unit read for an attack word */
    /* only the anchor's clause: on one long line, every unit for every event was length x length */
    for (size_t i = ev_first_unit_from(w, t->clause_start); i < w->units.n && w->units.v[i].b < t->clause_end; i++) {
        const ev_unit *u = &w->units.v[i];
        /* a role after "في" ("في منشور", "في الجيش") is no place; "بجدة" is
        ** where a meeting was. A town a statement, a threat or talks are
        ** about ("اتهمت النظام بهجوم على مدينة دوما") is not where they
        ** were: words need a locative word before the place, and not one
        ** past an attack they tell of ("اتهمت النظام بشن هجوم في مدينة
        ** دوما", "هجوم … في مدينة دوما، وتعهد بالرد"); a strike, a
        ** protest, an arrest happen in the town they name */
        for (; verbal && seen < u->b; seen++)
            attack_before |= seen != c->anchor && (w->toks[seen].cue & (EVC_MEANS | EVC_WEAPON));
        int met = ev_where_met(w, c, (int)i) == 1 || visited_town(w, c, u);
        if (!((verbal ? u->located && !attack_before : u->place) || met) || u->backer || u->seat || !u->named || !ev_unit_location(w, u))
            continue;
        if (best < 0 || (w->units.v[best].b < c->anchor && u->b > c->anchor)) best = (int)i;
    }
    return best;
}

/* Does a name (an entity mention) start inside token t, and where? */
static int mention_in(const naba_doc *doc, const naba_token *tk, naba_off *at) {
    size_t lo = naba_mention_from(doc, tk->start);
    if (lo == doc->mentions.n || doc->mentions.v[lo].start >= tk->end) return 0;
    *at = doc->mentions.v[lo].start;
    return 1;
}

/* "استقبل ... في قصر سموه بجدة", "استقبل بقصر الحكومة بالقصبة وزير
** الداخلية", "لقاء جمعها بمقر وزارة المالية بأعضاء البعثة": for a meeting
** or a visit (CAMEO 04), a location named with "ب" ("بجدة"; not "برئيس
** الجمهورية التونسية"), or an actor right after "ب"/"في" and a building
** ("بقصر", "بمقر"), is where they met, not whom: "التقى بالسفير" keeps its
** "ب" for the one met. 1 for the location itself, 2 for the owner of the
** building (no place: "بقصر الحكومة" happened at the palace). */
int ev_where_met(const ev_work *w, const ev_cand *c, int u) {
    static const char *const building[] = {"قصر", "مقر", "مبني", "ديوان", "قاعه", "فندق", "مستشفي", "مكتب", NULL};
    if (u < 0 || strncmp(c->code, "04", 2)) return 0;
    const ev_unit *x = &w->units.v[u];
    const char *key = w->toks[x->b].key;
    if (x->conj) key += 2;
    /* right after an actor it is the actor's: "رئيس مجلس الشورى بسلطنة عمان" */
    int owned = u > 0 && w->units.v[u - 1].e == x->b;
    naba_off at;
    if (x->prep && !owned && !strncmp(key, "ب", 2) && ev_unit_location(w, x) && mention_in(w->doc, &w->doc->tokens.v[x->b], &at))
        return 1;
    if (x->b == 0 || x->b <= c->anchor) return 0;
    const char *before = w->toks[x->b - 1].key;
    if (!strncmp(before, "ب", 2)) before += 2;
    else if (x->b < 2 || strcmp(w->toks[x->b - 2].key, "في")) return 0;
    for (const char *const *b = building; *b; b++)
        if (!strcmp(before, *b)) return 2;
    return 0;
}

naba_off ev_name_start(const naba_doc *doc, uint32_t t, int clitics) {
    const naba_token *tk = &doc->tokens.v[t];
    naba_off name = tk->start, start = tk->start;
    int named = mention_in(doc, tk, &name);
    if ((!named && !clitics) || (named && name == tk->start) || tk->word_count < 2 ||
        tk->word_first + tk->word_count > doc->words.n)
        return start;
    for (uint32_t k = 0; k + 1 < tk->word_count; k++) {
        const naba_word *wd = &doc->words.v[tk->word_first + k], *next = wd + 1;
        if (!(wd->upos == NABA_UPOS_CCONJ && !strcmp(wd->form, "و")) &&
            !(wd->upos == NABA_UPOS_ADP && (!strcmp(wd->form, "ب") || !strcmp(wd->form, "ل"))))
            break;
        /* "للدولة", "للجنة": the lam of the article is the host's first byte */
        if (!strcmp(wd->form, "ل") && next->upos != NABA_UPOS_PROPN && next->end - next->start >= 2 &&
            !memcmp(doc->text + next->start, "ل", 2))
            break;
        start = next->start;
        if (named && start == name) return start;
    }
    return named ? tk->start : start;
}

void ev_set_actor(const ev_work *w, naba_actor *a, int u, const char *code) {
    a->entity = -1;
    if (u < 0) return;
    const naba_doc *doc = w->doc;
    const ev_unit *x = &w->units.v[u];
    a->start = ev_name_start(doc, x->b + x->member, !x->member && (x->conj || x->prep));
    a->end = doc->tokens.v[w->units.v[u].e - 1].end;
    a->entity = w->units.v[u].entity;
    a->code = code ? code : (w->units.v[u].code && *w->units.v[u].code ? w->units.v[u].code : NULL);
}

/* Is word wd the "أن" or "إن" that opens a reported clause? */
static int that_conj(const naba_word *wd) {
    return wd->upos == NABA_UPOS_SCONJ && wd->form &&
           (!strcmp(wd->form, "أن") || !strcmp(wd->form, "إن") || !strcmp(wd->form, "ان"));
}

/* Is wd a pronoun for one (he, she, it) or for "we", not "they"? */
static int one_or_we(const naba_word *wd) {
    if (wd->upos != NABA_UPOS_PRON) return 0;
    return !(wd->feats && strstr(wd->feats, "Person=3") && !strstr(wd->feats, "Number=Sing"));
}

/* Is the noun's lemma a body a speaker acts through: its forces, aircraft,
** soldiers, men, government or country ("طائراته", "قواتنا", "بلاده")? */
static int own_body(const naba_word *wd) {
    static const char *const bodies[] = {"قوة", "طائرة", "مقاتلة", "جيش", "جندي", "عنصر", "وحدة", "رجل", "مقاتل",
                                         "حكومة", "بلد", "بلاد", "دولة", NULL};
    if (wd->upos != NABA_UPOS_NOUN || !wd->lemma) return 0;
    for (const char *const *b = bodies; *b; b++)
        if (!strcmp(wd->lemma, *b)) return 1;
    return 0;
}

/* Is the token before the anchor "أنه", "إنه", "بأنها", "إننا" (words layer:
** "أن"/"إن" and a pronoun, not a plural "they")? The verb's subject is then
** that pronoun: left unsaid, it is the one who speaks, as a rule, not an actor
** named after the verb. */
int ev_that_pronoun(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (anchor == 0 || w->toks[anchor - 1].clause_end != w->toks[anchor].clause_end) return 0;
    const naba_token *tk = &doc->tokens.v[anchor - 1];
    if (tk->word_count < 2 || tk->word_first + tk->word_count > doc->words.n) return 0;
    const naba_word *wd = &doc->words.v[tk->word_first];
    /* "أنهم سيوافقون": they, not the speaker */
    return one_or_we(&wd[tk->word_count - 1]) && that_conj(&wd[tk->word_count - 2]);
}

/* "وقال قائد شرطة ولاية يوبي ان ثلاث انتحاريات فجرن": does a bare "أن"/"إن"
** before the anchor, in its clause and with no verb between, open a clause
** whose subject is a noun the words name (no pronoun on it: "إن بلاده
** تطالب" is the speaker's own)? The subject is said, though no actor: the
** speaker and the paragraph's last source did not do it. */
int ev_that_noun(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    size_t cs = w->toks[anchor].clause_start;
    for (size_t t = anchor; t-- > cs + 1;) {
        const naba_token *tk = &doc->tokens.v[t], *pt = &doc->tokens.v[t - 1];
        if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n || !pt->word_count ||
            pt->word_first + pt->word_count > doc->words.n)
            return 0;
        const naba_word *wd = &doc->words.v[tk->word_first];
        for (uint32_t k = 0; k < tk->word_count; k++)
            if (wd[k].upos == NABA_UPOS_VERB || wd[k].upos == NABA_UPOS_AUX) return 0;
        if (!that_conj(&doc->words.v[pt->word_first + pt->word_count - 1])) continue;
        int up = wd[0].upos;
        return (up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_NUM) &&
               wd[tk->word_count - 1].upos != NABA_UPOS_PRON;
    }
    return 0;
}

/* Is token t a noun said as a subject: no verb in it, no pronoun on it, no
** actor's name, by the parse no place or time (obl, advmod) and no noun's or
** preposition's complement (nmod: "بخروجنا من الاتفاق سنبحث")? */
static int said_noun(const ev_work *w, size_t t) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[t];
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n || ev_unit_at(w, t) >= 0) return 0;
    const naba_word *wd = &doc->words.v[tk->word_first];
    for (uint32_t k = 0; k < tk->word_count; k++)
        if (wd[k].upos == NABA_UPOS_VERB || wd[k].upos == NABA_UPOS_AUX) return 0;
    return wd[0].upos == NABA_UPOS_NOUN && wd[tk->word_count - 1].upos != NABA_UPOS_PRON &&
           !naba_syn_rel_is(&wd[0], "obl") && !naba_syn_rel_is(&wd[0], "advmod") && !naba_syn_rel_is(&wd[0], "nmod");
}

/* "تلوث الهواء يهددنا جميعا", the WHO head said: has the quoted verb (main
** word verb, token anchor) a subject of its own that is a noun, no actor:
** its parse subject before it, or after a complement of the verb ("حكومة
** وحدة وطنية رحب بها كل العالم": right after the verb the parser takes
** objects for subjects, "أنها اعتقلت قائد السيارة"; no time, "يلتقي بها
** نهار اليوم"), or the noun right
** before it in its clause and in the quote? The speaker did not do it; only
** "I", "we" or a body of his is he. */
int ev_quoted_noun(const ev_work *w, size_t anchor, int32_t verb, const naba_quote *q) {
    const naba_doc *doc = w->doc;
    if (verb >= 0 && (size_t)verb < doc->words.n) {
        int complement = 0;
        for (size_t t = w->toks[anchor].clause_start; t < w->toks[anchor].clause_end; t++) {
            const naba_token *tk = &doc->tokens.v[t];
            if (t == anchor || tk->start < q->start || tk->end > q->end || !tk->word_count ||
                tk->word_first + tk->word_count > doc->words.n)
                continue;
            const naba_word *wd = &doc->words.v[tk->word_first];
            if (wd[0].head == verb && naba_syn_rel_is(&wd[0], "nsubj") && (t < anchor || (complement && !w->toks[t].timex)) &&
                said_noun(w, t))
                return 1;
            for (uint32_t k = 0; t > anchor && k < tk->word_count; k++)
                if (wd[k].head == verb && (naba_syn_rel_is(&wd[k], "obj") || naba_syn_rel_is(&wd[k], "obl")))
                    complement = 1;
        }
    }
    if (anchor == 0 || w->toks[anchor - 1].clause_end != w->toks[anchor].clause_end || w->toks[anchor - 1].brk_comma)
        return 0;
    /* "ورفعوا لافتات نددت ب": a verb right after an indefinite noun describes it */
    const naba_token *pt = &doc->tokens.v[anchor - 1];
    return pt->start >= q->start && said_noun(w, anchor - 1) &&
           !(doc->words.v[pt->word_first].feats && strstr(doc->words.v[pt->word_first].feats, "Definite=Ind"));
}

/* "قال الجيش التركي إن طائراته قصفت", "قال ترودو إن بلاده تطالب": is token t
** a body the speaker acts through (own_body) with the pronoun of one or of
** "we", right after the "أن"/"إن" of reported speech? It stands for the
** speaker. */
int ev_own_body(const ev_work *w, size_t t) {
    const naba_doc *doc = w->doc;
    if (t == 0 || w->toks[t - 1].clause_end != w->toks[t].clause_end || w->toks[t - 1].brk_comma) return 0;
    const naba_token *tk = &doc->tokens.v[t], *pt = &doc->tokens.v[t - 1];
    if (tk->word_count != 2 || tk->word_first + 2 > doc->words.n || !pt->word_count ||
        pt->word_first + pt->word_count > doc->words.n)
        return 0;
    const naba_word *wd = &doc->words.v[tk->word_first];
    return own_body(&wd[0]) && one_or_we(&wd[1]) && that_conj(&doc->words.v[pt->word_first + pt->word_count - 1]);
}

/* "وأكد الدكتور أشرف زكي، نقيب الممثلين، أنه التقى بالفنانة": the unit that
** names a quote's speaker in the sentence, when it has a code; the unsaid
** subject of what the speaker tells ("أنه") is the speaker, not the
** paragraph's last actor (the speaker's entity may have no code of its own). */
int ev_speaker_actor(const ev_work *w, const naba_quote *q) {
    const naba_doc *doc = w->doc;
    /* units in token order: the first inside opens at the speaker's first
    ** token or after, and none opening past the speaker's end ends in it */
    for (size_t i = ev_first_unit_from(w, ev_first_token_from(w, q->speaker_start)); i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (doc->tokens.v[u->b].start > q->speaker_end) break;
        if (u->place || u->both || !u->code || !*u->code) continue;
        if (doc->tokens.v[u->e - 1].end <= q->speaker_end) return (int)i;
    }
    return -1;
}

/* A quote in start order, and the furthest end of those up to it: a quote
** holding a verb starts before it, and none of those before one whose reach
** falls short of the verb holds it. ev_innermost_quote reads only the quotes
** that may (one long line: every quote for every verb was quotes x verbs). */
typedef struct ev_quote_at {
    naba_off start, end, reach;
    uint32_t k;
} ev_quote_at;

static int cmp_quote_at(const void *a, const void *b) {
    const ev_quote_at *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->k > y->k) - (x->k < y->k);
}

int ev_index_quotes(ev_work *w) {
    size_t n = w->doc->quotes.n;
    if (!n) return 0;
    if (!(w->quotes = naba_arena_alloc(w->doc->arena, n * sizeof *w->quotes))) return -1;
    for (size_t k = 0; k < n; k++)
        w->quotes[k] = (ev_quote_at){w->doc->quotes.v[k].start, w->doc->quotes.v[k].end, 0, (uint32_t)k};
    qsort(w->quotes, n, sizeof *w->quotes, cmp_quote_at);
    for (size_t i = 0; i < n; i++)
        w->quotes[i].reach = i && w->quotes[i - 1].reach > w->quotes[i].end ? w->quotes[i - 1].reach : w->quotes[i].end;
    return 0;
}

/* The quote whose content holds the verb, -1 for none. With nested speech
** ("قالت الصحيفة إن الملك قال إنه ...") both quotes hold it; the inner one,
** the shortest, is the speaker's own (the first of the document's quotes
** among equals). */
int ev_innermost_quote(const ev_work *w, naba_off verb_start, naba_off verb_end) {
    const ev_quote_at *q = w->quotes;
    size_t lo = 0, hi = w->doc->quotes.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (q[mid].start <= verb_start) lo = mid + 1;
        else hi = mid;
    }
    int best = -1;
    naba_off len = 0;
    for (size_t i = lo; i-- > 0 && q[i].reach >= verb_end;) {
        if (q[i].end < verb_end) continue;
        naba_off l = q[i].end - q[i].start;
        if (best < 0 || l < len || (l == len && (int)q[i].k < best)) {
            best = (int)q[i].k;
            len = l;
        }
    }
    return best;
}

/* "وقال ترامب إن الصواريخ قادمة، وانتقد موسكو لدعمها الأسد": a verb
** joined by "و" right after the comma that closes what a speaker said goes
** on with the speaker as its subject. The speaker's actor unit, or -1. */
int ev_speaker_goes_on(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (!anchor || !w->toks[anchor - 1].brk_comma || strncmp(w->toks[anchor].key, "و", strlen("و"))) return -1;
    size_t p = anchor;
    while (p > 1 && doc->tokens.v[p - 1].kind == NABA_TOK_PUNCT) p--;
    const naba_token *prev = &doc->tokens.v[p - 1];
    int k = ev_innermost_quote(w, prev->start, prev->end);
    if (k < 0 || doc->quotes.v[k].end > doc->tokens.v[anchor].start) return -1;
    return ev_speaker_actor(w, &doc->quotes.v[k]);
}

/* "التقى رئيس الأركان الروسي نظيره التركي": a counterpart ("نظيره", coded
** GOV by the dictionary for want of better) holds the office of the one it is
** the counterpart of, when that one's role is known: the Turkish chief of
** staff is TURMIL. Unit u is the counterpart's, other the code of the other
** party of the event. */
void ev_counterpart_role(const ev_work *w, naba_actor *a, int u, const char *other) {
    if (u < 0 || !a->code || !other) return;
    const ev_tok *t = &w->toks[w->units.v[u].b + w->units.v[u].member];
    int counterpart = 0;
    for (uint32_t i = 0; i < t->n_cands && !counterpart; i++)
        counterpart = !strncmp(t->cands[i], "نظير", strlen("نظير")) || !strncmp(t->cands[i], "نظرا", strlen("نظرا"));
    const char *own = ev_code_role(a->code), *role = ev_code_role(other);
    char m[4];
    if (!counterpart || !own || strcmp(own, "GOV") || !role || !*role || !strcmp(role, "GOV") || ev_code_main(role, m))
        return;
    size_t country = (size_t)(own - a->code), n = strlen(role);
    char *s = naba_arena_alloc(w->doc->arena, country + n + 1);
    if (!s) return;
    memcpy(s, a->code, country);
    memcpy(s + country, role, n + 1);
    a->code = s;
}

const char *ev_party_code(naba_doc *doc, const char *m) {
    return *m ? naba_arena_strndup(doc->arena, m, 3) : NULL;
}

/* The actor unit holding token t, not a place; or -1. */
int ev_unit_at(const ev_work *w, size_t t) {
    for (size_t i = ev_first_unit_over(w, t); i < w->units.n && w->units.v[i].b <= t; i++) {
        const ev_unit *u = &w->units.v[i];
        if (t < u->e && !u->place && !u->oblique) return (int)i;
    }
    return -1;
}

/* Does unit u hold a verb an event is anchored on ("طالَبَ أهالي قرى", the
** dictionary's student, ev_tok.verb_anchor)? Such a unit is no side. */
int ev_holds_verb(const ev_work *w, int u) {
    if (u < 0) return 0;
    for (uint32_t t = w->units.v[u].b; t < w->units.v[u].e; t++)
        if (w->toks[t].verb_anchor) return 1;
    return 0;
}

/* The actor between a light verb and its event noun: "قام مسلحون بخطف". */
int ev_between(const ev_work *w, size_t verb, size_t noun) {
    for (size_t i = 0; i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b <= verb || u->e > noun) continue;
        if (!u->place && !u->oblique && !u->prep) return (int)i;
    }
    return -1;
}

/* Is token t the noun of a by-phrase, "على يد", "على أيدي" (at the hands of: 2, its
** actor may stand past a word, "على يد خالتها المقيمة"), "من قبل", "من
** جانب", "من طرف" (by; the last is the Maghreb's: "اعتداءات من طرف قوات
** الامن") or fire, "برصاص", "بنيران", whose genitive shot (1: the actor
** right after it)? Else 0. Alone "قبل" is "before" and "جانب", "طرف" a side
** ("إلى جانب", "كل طرف"). */
static int by_phrase(const ev_work *w, size_t t) {
    static const char *const by[] = {"قبل", "جانب", "طرف", NULL};
    static const char *const fire[] = {"رصاص", "نيران", NULL};
    if (t == 0) return 0;
    const ev_tok *k = &w->toks[t];
    if (ev_cand_in(k, fire)) return 1;
    const char *prep = w->toks[t - 1].key;
    if ((!strcmp(k->key, "يد") || !strcmp(k->key, "ايدي")) && !strcmp(prep, "علي")) return 2;
    return ev_key_in(k, by) && !strcmp(prep, "من");
}

/* How many tokens of a..b-1 lie in no actor unit? */
static size_t words_outside(const ev_work *w, size_t a, size_t b) {
    size_t n = 0;
    for (size_t t = a; t < b; t++) {
        int in = 0;
        for (size_t i = ev_first_unit_over(w, t); i < w->units.n && w->units.v[i].b <= t && !in; i++) in = t < w->units.v[i].e;
        n += !in;
    }
    return n;
}

/* Does a word of the list against ("على", "ضد") stand after token t and before
** token b? What follows it is whom the means struck, also through a noun
** ("غارات جوية على معسكرات داعش", "على مواقع للنظام"). */
static int against_between(const ev_work *w, size_t t, size_t b, const char *const *against) {
    for (size_t k = t + 1; k < b; k++)
        if (ev_key_in(&w->toks[k], against)) return 1;
    return 0;
}

/* "قتل ثلاثة مسلحين في ضربة جوية اميركية", "اثر هجوم تبنته طالبان": a
** killing whose doer is not named has the actor of the attack it came from;
** that actor follows the attack noun closely ("في هجوم على الشرطة": the
** police after "على" were attacked). A by-phrase names the doer first, when
** it follows the event word closely with no comma between ("تعرضت لقصف
** جوي عنيف من جانب الجيش السوري"; not "الاعتداء الذي أوقع أربعة قتلى ...،
** قد تم توجيه الاتهام اليها من جانب قاضي"). With by_only, only a by-phrase
** does, and only one that follows the verb past its actors and at most two
** other words ("احتجز من قبل السلطات السعودية", "اعتقل ناشط حقوقي من قبل
** الشرطة"): further on it is a noun's ("تدين البحرين بشدة استمرار
** التصريحات العدائية من قبل مسؤولي ...", "عن قلقه من تصاعد القتال من جانب
** الحكومة"). */
int ev_doer_of_means(const ev_work *w, size_t anchor, int by_only) {
    static const char *const against[] = {"علي", "ضد", NULL};
    size_t ce = w->toks[anchor].clause_end;
    for (int pass = 0; pass < (by_only ? 1 : 2); pass++) {
        for (size_t t = anchor + 1; t < ce; t++) {
            int by = pass == 0 && t <= anchor + BY_REACH && !ev_comma_in(w, anchor, t) ? by_phrase(w, t) : 0;
            if (pass == 0 ? !by : !(w->toks[t].cue & EVC_MEANS)) continue;
            if (by_only && words_outside(w, anchor + 1, by == 1 ? t : t - 1) > 2) return -1;
            int first = -1;
            for (size_t i = ev_first_unit_from(w, t + 1); i < w->units.n; i++) {
                const ev_unit *u = &w->units.v[i];
                if (u->place || u->both || ev_town_unit(w, u)) continue;
                /* the doer is in the means word's clause: "و790 سيدة." ends
                ** it, and the actor opening the next line is no doer */
                if (u->b > (by == 1 ? t + 1 : t + 4) || u->b >= ce) break;
                if (against_between(w, t, u->b, against)) continue;
                if (first < 0) first = (int)i;
                if (claimed_by(w, u)) return (int)i;
            }
            if (pass == 1 || first >= 0) return first;
        }
    }
    return -1;
}

/* Is the role part of an actor code one of roles[0..n)? */
static int role_in(const char *code, const char *const *roles, size_t n) {
    const char *role = ev_code_role(code);
    for (size_t i = 0; role && i < n; i++)
        if (!strncmp(role, roles[i], 3)) return 1;
    return 0;
}

/* Soldiers, police, spies, rebels, insurgents, militants, gunmen. */
int ev_armed_actor(const char *code) {
    static const char *const armed[] = {"COP", "MIL", "SPY", "REB", "INS", "IMG", "UAF"};
    return role_in(code, armed, sizeof armed / sizeof *armed);
}

/* Civilians or refugees: people with no office ("شخص", "المهاجرين"). */
int ev_civilian_role(const char *code) {
    static const char *const people[] = {"CVL", "REF"};
    return role_in(code, people, sizeof people / sizeof *people);
}

/* Does actor a name a news outlet: an agency, a paper, a channel (role MED
** and an organization, "وكالة الأنباء الفرنسية", "صحيفة حرييت", "عكاظ"),
** not a journalist, who is a person and may act ("صحفيون أجانب" visit)? */
int ev_outlet_actor(const ev_work *w, const naba_actor *a) {
    static const char *const press[] = {"MED"};
    static const char *const outlets[] = {"صحيفة", "صحف", "جريدة", "وكالة", "وكالات", "مجلة",
                                          "قناة", "تلفزيون", "إذاعة", "وسائل", "موقع"};
    const naba_doc *doc = w->doc;
    if (!role_in(a->code, press, 1)) return 0;
    if (ev_entity_type(doc, a->entity) == NABA_ENT_ORG)
        return 1;
    size_t t = naba_token_at(doc, a->start);
    if (t == doc->tokens.n) return 0;
    const naba_token *tk = &doc->tokens.v[t];
    if (tk->start >= a->end || !tk->word_count || tk->word_first + tk->word_count > doc->words.n) return 0;
    const char *f = doc->words.v[tk->word_first + tk->word_count - 1].form;
    if (f && !strncmp(f, "ال", strlen("ال"))) f += strlen("ال");
    for (size_t i = 0; f && i < sizeof outlets / sizeof *outlets; i++)
        if (!strcmp(f, outlets[i])) return 1;
    return 0;
}

/* Is the CAMEO code one of words, not deeds: a statement (01x) or
** disapproval (11x), which an outlet may make in its own name? */
int ev_speech_code(const char *cameo) {
    return cameo && (!strncmp(cameo, "01", 2) || !strncmp(cameo, "11", 2));
}

/* Does actor a lie within quote q's speaker, the one who tells it rather
** than a subject inside it? */
int ev_in_speaker(const naba_quote *q, const naba_actor *a) {
    return q->speaker_end > q->speaker_start && a->start >= q->speaker_start && a->end <= q->speaker_end;
}

/* Does unit u name a person (an entity the recognizer calls one) or a
** civilian office (a government, a parliament, a party, a court, the
** press: "وهاجمت الخارجية الروسية واشنطن")? */
int ev_speaker_unit(const ev_work *w, int u) {
    int32_t e = w->units.v[u].entity;
    if (ev_entity_type(w->doc, e) == NABA_ENT_PER) return 1;
    static const char *const offices[] = {"GOV", "LEG", "PTY", "JUD", "MED", "ELI"};
    return role_in(w->units.v[u].code, offices, sizeof offices / sizeof *offices);
}

/* Does unit u name a country as such ("الصين", "روسيا"), not its people
** ("المصريون", "الفلسطينيون")? */
int ev_state_unit(const ev_work *w, int u) {
    int32_t e = w->units.v[u].entity;
    const char *code = w->units.v[u].code;
    return e >= 0 && (size_t)e < w->doc->entities.n && !strncmp(w->doc->entities.v[e].id, "country:", 8) && code &&
           strlen(code) == 3;
}

/* "إلا أن بعضهم ضغط": a quantifier with a pronoun ("some of them") as the
** subject points back to the last actor named before it in the sentence. */
int ev_quantified_subject(const ev_work *w, size_t anchor) {
    if (anchor == 0 || !(w->toks[anchor - 1].cue & EVC_QUANTIFIER)) return -1;
    uint32_t sent = w->doc->tokens.v[anchor].sent;
    for (size_t u = ev_units_to(w, anchor - 1); u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > anchor - 1) continue;
        if (w->doc->tokens.v[x->b].sent != sent) break;
        if (!x->place && !x->both) return (int)u;
    }
    return -1;
}

/* "اقتحم مسلحون مهبطا ... وخطفوا", "طلاب ... إذ نظموا مظاهرات": the subject a
** plural verb holds is the last actor named before it in its clause, not
** across "إن"/"أن" with a noun after it: in "وقالت المصادر إن شقيقه وشخصين
** ... قتلوا" the sources said it, the brother and two others were killed
** ("بعد أن شنوا": "أن" right before the verb opens no new subject). */
int ev_plural_antecedent(const ev_work *w, size_t anchor) {
    static const char *const that[] = {"ان", "وان", "بان", "فان", NULL};
    size_t cs = w->toks[anchor].clause_start, t = anchor;
    for (size_t u = ev_units_to(w, anchor); u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > anchor) continue;
        if (x->b < cs) break;
        for (; t > x->e; t--)
            if (t < anchor && ev_key_in(&w->toks[t - 1], that)) return -1;
        if (!x->place && !x->oblique && !x->prep) return (int)u;
    }
    return -1;
}

/* "هددت بفرض عقوبات على أنقرة في حال لم تطلق سراح برانسون", "حث على فرض
** عقوبات ضد موسكو إذا رفضت": a condition whose subject is left unsaid is
** set on the party the act before it aims at, the last actor before the
** condition word (cond, its token) in the clause, when it follows "على",
** "ضد", "مع" (oblique). Not the speaker, who sets the condition. */
int ev_condition_subject(const ev_work *w, size_t cond) {
    size_t cs = w->toks[cond].clause_start;
    for (size_t u = ev_units_to(w, cond); u-- > 0;) {
        const ev_unit *x = &w->units.v[u];
        if (x->e > cond) continue;
        if (x->b < cs || x->place) break;
        return x->oblique && !x->prep ? (int)u : -1;
    }
    return -1;
}

/* VSO: a verb followed right away by a bare actor has it as its subject, even
** when the parser hung it elsewhere ("واتهم زيلنسكي موسكو"); a time
** expression may stand between ("طالبت اليوم وزارة الخارجية", "دعا مساء
** اليوم السبت مجلس النواب"), as it may anywhere in the clause. With
** counted, the verb takes no object (a protest) and a number or a word of
** quantity may stand before the actor: "تظاهر عشرات المحتجين" (the parser
** reads "عشرات" as the object; "قتل 30 مدنيا" is no such verb). */
int ev_subject_after(const ev_work *w, size_t anchor, int counted) {
    size_t at = anchor + 1;
    while (at < w->n_toks && !w->toks[at - 1].brk_comma && w->toks[at].timex) at++;
    int bare;
    size_t i = ev_first_unit_from(w, anchor + 1);
    if (i == w->units.n) return -1;
    const ev_unit *u = &w->units.v[i];
    /* "تظاهر عشرات المحتجين", "تظاهر حوالى 139 ألف شخص" */
    size_t q = u->b;
    while (counted && q > at && quantity(main_word(w->doc, q - 1, &bare)) && !bare) q--;
    if (q < u->b && !ev_comma_in(w, at - 1, u->b - 1) && approximation_start(w, at - 1, q) == at) at = u->b;
    if (u->b != at || w->toks[at - 1].brk_comma || u->place || u->oblique || u->prep || u->conj || u->both ||
        accusative(w, u, 0))
        return -1;
    return (int)i;
}

/* Two parties joined by "و" act together ("وافق كييف وموسكو", "روسيا
** وأوكرانيا عقدت"): for a mutual event the first is the source, the second
** the target. */
void ev_mutual_pair(const ev_work *w, int *src, int *tgt) {
    if (*src < 0) return;
    const ev_unit *s = &w->units.v[*src];
    if (s->conj && *src > 0) {
        const ev_unit *p = &w->units.v[*src - 1];
        if (p->e == s->b && !p->place && !p->oblique && !p->prep) {
            *tgt = *src;
            *src -= 1;
            return;
        }
    }
    if ((size_t)*src + 1 < w->units.n) {
        const ev_unit *n = &w->units.v[*src + 1];
        if (n->b == s->e && n->conj && !n->place) *tgt = *src + 1;
    }
}

/* "واتهمت الأمم المتحدة ومسؤولون حقوقيون إسرائيل", "وتنفي روسيا وسوريا":
** a conjunct right after a subject that follows its verb (past "عدد من"
** at most) shares the act; the target is the next actor of the clause,
** not past a comma and a clause word. Not
** for a mutual act (ev_mutual_pair pairs them) nor for talk, deals and aid
** (03–06: "توصلت اليونان ومقدونيا إلى اتفاق" is between the two), and not
** after a subject with no verb right before it, or with an actor before
** the verb, which make it an object ("ودفع هذا الوضع باريس والرباط إلى"). */
int ev_co_subject_target(const ev_work *w, const ev_cand *c, int src, int tgt) {
    static const char *const quantity[] = {"عدد", "العديد", "من", NULL};
    if (src < 0 || tgt < 0 || (size_t)tgt != (size_t)src + 1 || (c->code[0] == '0' && c->code[1] >= '3')) return tgt;
    const ev_unit *s = &w->units.v[src], *t = &w->units.v[tgt];
    if (!t->conj || t->b != s->e || s->b <= c->anchor || t->place || t->oblique || w->toks[s->e - 1].brk_comma ||
        ev_subject_before(w, c->anchor) >= 0) /* "الحرس الثوري قد اتهم واشنطن والرياض" */
        return tgt;
    for (size_t k = c->anchor + 1; k < s->b; k++)
        if (!ev_key_in(&w->toks[k], quantity)) return tgt;
    uint32_t end = w->toks[c->anchor].clause_end;
    for (size_t i = (size_t)tgt + 1; i < w->units.n && w->units.v[i].b < end; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->place || (u->conj && u->b == w->units.v[i - 1].e)) continue;
        /* "... لبني خلاد، بحسب تصريحات رئيس الاتحاد", "والسويد، التي تتولى
        ** الرئاسة": none past a comma and a clause word */
        for (size_t k = t->e - 1; k + 1 < u->b; k++)
            if (w->toks[k].brk_comma && (w->toks[k + 1].cue & EVC_STOP)) return -1;
        return (int)i;
    }
    return -1;
}

/* Does unit u belong to the phrase of src, a subject after its verb, and so
** name no target? Three shapes the news write a subject's title in: the
** town it serves in, after "بـ" ("حجزت وحدات الحرس الديواني بمدنين"); a
** ministry's title running on with "وال" ("تعهد وزير الفلاحة والموارد
** المائية والصيد البحري"); a name set off by a comma before its title
** between two commas ("ودعا الحبيب الصيد، رئيس الوزراء التونسي، المجتمع
** الدولي"; not a list after "مع": "التقى مع الرئيس الفرنسي إيمانويل
** ماكرون، المستشار الألماني فريدريش ميرز"). */
int ev_own_phrase(const ev_work *w, size_t anchor, int src, int u) {
    if (src < 0 || u < 0 || src == u) return 0;
    const ev_unit *s = &w->units.v[src], *t = &w->units.v[u];
    if (s->b <= anchor || t->b <= anchor) return 0;
    char m[4];
    if (t->b == s->e && t->prep && !t->conj && !strncmp(w->toks[t->b].key, "ب", 2) &&
        (ev_town_unit(w, t) || (t->code && strlen(t->code) == 3 && ev_code_main(t->code, m))))
        return 1;
    if (t->b > s->e && t->conj && s->title && !ev_comma_in(w, s->e - 1, t->b) && !strncmp(w->toks[s->e].key, "وال", 6)) {
        for (size_t i = 0; i < w->units.n; i++)
            if (w->units.v[i].b >= s->e && w->units.v[i].b < t->b) return 0;
        return 1;
    }
    /* the comma is a token of its own */
    return t->e <= s->b && s->b <= t->e + 1 && s->title && !t->oblique && ev_comma_in(w, t->e - 1, s->b) &&
           ev_comma_in(w, s->e - 1, s->e + 1 < w->n_toks ? s->e + 1 : w->n_toks) && !t->conj && !t->prep;
}

/* Does unit u open right after "بينهم" or "من بينهم" (among them: "إصابة 3607
** مدنيا، من بينهم 975 طفلا")? Those named there are part of the ones
** named before, never the doer of what befell them. */
int ev_among_them(const ev_work *w, int u) {
    static const char *const among[] = {"بينهم", "بينهن", NULL};
    size_t b = w->units.v[u].b;
    /* past their number: "بينهم 975 طفلا", "بينهم ثلاثة أطفال" */
    if (b > 1 && (w->doc->tokens.v[b - 1].kind == NABA_TOK_NUMBER || w->toks[b].counted)) b--;
    return b > 0 && ev_key_in(&w->toks[b - 1], among);
}

/* Does unit u name civilians no one named: a role coded CVL, alone or
** with a country ("طفل", "المدنيين", "المواطنين السوريين"), with no entity? */
int ev_civilians(const ev_work *w, int u) {
    const ev_unit *x = &w->units.v[u];
    if (x->entity >= 0 || !x->code) return 0;
    size_t n = strlen(x->code);
    char m[4];
    return (n == 3 || (n == 6 && ev_code_main(x->code, m))) && !strcmp(x->code + n - 3, "CVL");
}

/* How far an actor's span lies from the event's verb, in bytes. */
static naba_off from_verb(const naba_event *ev, const naba_actor *a) {
    return a->end <= ev->verb_start ? ev->verb_start - a->end : a->start >= ev->verb_end ? a->start - ev->verb_end : 0;
}

static void clear_actor(naba_actor *a) {
    memset(a, 0, sizeof *a);
    a->entity = -1;
}

/* Is the actor a place the entity layer links below a country: a capital,
** a city, a region ("واشنطن", "دبي", "قطاع غزة")? */
static int city(const naba_doc *doc, const naba_actor *a) {
    return ev_entity_type(doc, a->entity) == NABA_ENT_LOC && strncmp(doc->entities.v[a->entity].id, "country:", 8);
}

/* Are the two actors the same words ("ميليشيا الحوثي" ... "ميليشيا الحوثي")? */
static int same_words(const naba_doc *doc, const naba_actor *s, const naba_actor *t) {
    naba_off n = s->end - s->start;
    return n && t->end - t->start == n && !memcmp(doc->text + s->start, doc->text + t->start, n);
}

/* No actor acts on itself. One span with one code on both sides is one
** actor (one span with two codes is "both sides": two parties); "GOV" on
** "GOV", two bare roles of unknown countries, say nothing about who did
** what to whom: the target goes. Two mentions of one actor are one party
** named twice, and the mention farther from the verb is the wrong pick:
** one entity ("وكان ترمب حذر بكين ... لم تبال به بكين"), the same words
** with the same code, or one bare country ("سلع صينية تصل ... من الصين").
** A capital or a city beside an actor of the same code stands for it or is
** where it acts ("وأعلن ترمب ... حلفاء واشنطن", "زار موسكو ... حيث بحث مع
** بوتين"): the place goes. */
void ev_not_itself(const naba_doc *doc, naba_event *ev) {
    naba_actor *s = &ev->source, *t = &ev->target;
    const char *sc = s->code ? s->code : "", *tc = t->code ? t->code : "";
    int same_span = s->end > s->start && s->start == t->start && s->end == t->end;
    char m[4];
    if ((same_span && !strcmp(sc, tc)) || (*sc && !strcmp(sc, tc) && !ev_code_main(sc, m))) {
        clear_actor(t);
        return;
    }
    if (same_span) return;
    int one = s->entity >= 0 && s->entity == t->entity;
    if (!one && *sc && !strcmp(sc, tc)) {
        int cs = city(doc, s), ct = city(doc, t);
        if (cs != ct) {
            clear_actor(cs ? s : t);
            return;
        }
        one = strlen(sc) == 3 || same_words(doc, s, t);
    }
    if (one) clear_actor(from_verb(ev, s) > from_verb(ev, t) ? s : t);
}
