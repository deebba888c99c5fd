/*
** events.c — the events stage: who did what to whom, coded in CAMEO and PLOVER.
**
** For each clause: find the anchors of event patterns (a verb lemma or an event
** noun) and check the words each pattern requires after its anchor; let a
** refusing, demanding, proposing or threatening verb swallow the act it is
** about ("رفض بوتين عرض زيلنسكي للقاء" is one rejection, not a meeting); keep
** what is reported and drop what is only mentioned (events_grammar.c: a verbal
** noun needs a light verb, future and purpose are hypothetical, a relative
** clause is background); pick the source and target among the clause's actor
** units (the parser's subject and object, guarded by Arabic word order, which
** also fills what the parse leaves open); attach place, date, quote and count.
** Works on bare tokens (clitic-tolerant keys) and gets better with lemmas,
** entities and syntax when the stages before it have run.
**
** This file holds the stage's entry points, code_doc (one document, clause by
** clause) and emit (one candidate event: is it reported, its codes and record),
** with the two steps emit calls, find_sides (its source and target units) and
** confidence. What they ask is answered elsewhere in src/events/:
**   events_tokens.c   keys, candidates and clause bounds of every token
**   events_match.c    the best pattern at an anchor; swallowed acts
**   events_actors.c   the actor units of the document
**   events_sides.c    which units are an event's source and target
**   events_grammar.c  what the tagger and the parser say of the anchor
**   events_license.c  is the event reported or only mentioned (light verbs,
**                     report depth, means named, cue words around it)
**   events_time.c     negation, the article's date, the event's date, history
*/
#include "calendar.h"
#include "events_int.h"
#include "link.h"
#include "stage.h"
#include "topic.h"

#include <stdlib.h>
#include <string.h>

#define MEANS_REACH 8    /* an attack or weapon that makes an act armed is this near its verb */

static uint32_t modality_of(uint32_t flags) {
    uint32_t m = 0;
    if (flags & EVP_REFUSE) m |= NABA_EVENT_REFUSED;
    if (flags & EVP_PROPOSE) m |= NABA_EVENT_PROPOSED;
    if (flags & EVP_THREATEN) m |= NABA_EVENT_THREATENED;
    if (flags & EVP_DEMAND) m |= NABA_EVENT_DEMANDED;
    return m;
}

/* Protest or violence: CAMEO 14 and 18-20, and what PLOVER counts as an
** assault besides (1712, destroying property: "هجمت عليها فدمرتها"). */
static int unrest(const naba_event *ev) {
    return !strncmp(ev->cameo, "14", 2) || ev_violent(ev->cameo) || (ev->plover && !strcmp(ev->plover, "ASSAULT"));
}

#define CRITICIZE "111"
#define CHEMICAL_ATTACK "2041" /* CAMEO: use chemical, biological or radiological weapons */
#define AIR_STRIKE "195"       /* CAMEO: employ aerial weapons */

static const ev_code *lookup_code(const ev_dict *d, const char *cameo) {
    char buf[5];
    size_t n = strlen(cameo);
    if (n > 4) return NULL;
    memcpy(buf, cameo, n + 1);
    for (; n >= 2; buf[--n] = '\0') {
        const ev_code *c = ev_dict_code(d, buf);
        if (c && c->plover) return c;
    }
    return NULL;
}

/* Is the word an adjective, a name, a number, an adverb or a stray mark:
** neither a verb, a noun, nor a word the tagger left unread (X)? */
static int other_word(const naba_word *wd) {
    return wd->upos == NABA_UPOS_ADJ || wd->upos == NABA_UPOS_PROPN || wd->upos == NABA_UPOS_NUM ||
           wd->upos == NABA_UPOS_ADV || wd->upos == NABA_UPOS_PUNCT;
}

/* The first event of sentence sent or after it: events are made clause by
** clause, so their sentences never fall and the same event (same_event, of
** its sentence) is found past it; reading back from the end keeps a long
** line's events from being read for each new one. */
static size_t first_of_sent(const naba_doc *doc, uint32_t sent) {
    size_t k = doc->events.n;
    while (k > 0 && doc->events.v[k - 1].sent >= sent) k--;
    return k;
}

static int same_event(const naba_event *a, const naba_event *b) {
    if (a->sent != b->sent || strcmp(a->cameo, b->cameo)) return 0;
    const char *x = a->source.code ? a->source.code : "", *y = b->source.code ? b->source.code : "";
    const char *p = a->target.code ? a->target.code : "", *q = b->target.code ? b->target.code : "";
    return !strcmp(x, y) && !strcmp(p, q);
}

/* How surely the record reports an event that happened, from conf, the
** pattern's: lowered for what is planned, described, alleged, habitual,
** general, old or deep in a long sentence; a plan is flagged hypothetical. */
static float confidence(ev_work *w, const ev_cand *c, const ev_gram *g, int noun, size_t light, naba_event *ev,
                        float conf) {
    naba_doc *doc = w->doc;
    if (!ev->target.code) conf *= 0.9f;
    /* what is planned, wished, feared, aimed at, tried or decided has not
    ** happened: "سيهاجم", "أن يقتل", "ليفجر", "بهدف ... قتلهم", "حاولوا قطع
    ** طريق", "قرروا تسيير مظاهرة"; a relative clause or a question describes,
    ** it does not report */
    if (g->future || g->subjunctive || ev_cue_before(w, c->anchor, EVC_AIM, 1)) {
        ev->modality |= NABA_EVENT_HYPOTHETICAL;
        conf *= 0.6f;
    }
    if (g->relative || (noun && light && light - 1 < c->anchor && ev_relative_light(w, light - 1))) conf *= 0.5f;
    /* "ووجهت المحكمة تهمة ... قتل", "المتهمين في جريمة قتل": the court's story */
    if (ev_cue_before(w, c->anchor, EVC_LEGAL, 0)) conf *= 0.6f;
    /* "ويعتقد مسؤولون أن ضربة جوية ...", "وزعم انه تعرض للتعذيب", "استنكرت
    ** مصر ... شنها غارات": the news is the belief, the claim or the
    ** condemnation (CAMEO codes it, 111/112); the act is its topic, told
    ** as known or as alleged, not reported */
    if (ev_cue_before(w, c->anchor, EVC_TOPIC, 0)) conf *= 0.5f;
    /* an event word under five or more heads sits clauses deep in its
    ** sentence: context for what the sentence reports (on dev, 3 of 14
    ** ASSAULT and 0 of 1 PROTEST sentences coded there were a unanimous yes) */
    if (unrest(ev) && g->word >= 0 && ev_depth_in_report(w, g->word) >= EV_DEEP) conf *= 0.6f;
    /* "الهجوم", "التفجير": a definite event noun refers back to an event the
    ** reader already knows of; an indefinite one ("شن هجوما") reports it, and
    ** so does a light verb right before it ("تجددت المظاهرات") */
    if ((noun && ev_definite(w->toks[c->anchor].key) && light != c->anchor) || ev_known_event(w, c)) conf *= 0.6f;
    /* force (codes 15-20) in the present tense is mostly habitual or general;
    ** a protest in the present tense is often going on ("يعتصم الآلاف") */
    int present = g->imperfect && !g->future, habitual = g->habitual;
    size_t verb = c->anchor;
    if (noun && light && light - 1 < c->anchor) {
        /* "يتم فيها اغتيال", "تشهد تفجيرات": the light verb's tense is the event's */
        ev_gram lg;
        verb = light - 1;
        ev_gram_of(w, verb, &lg);
        present = lg.imperfect && !lg.future;
        habitual = lg.habitual;
    }
    /* a protest in the present tense that opens its clause is going on
    ** ("ويعتصم الآلاف"); after its subject it is a general statement, a
    ** slogan or a headline ("المتظاهرون يحتجون على ...", "مهادنو القاعدة
    ** يخرجون للتظاهر") */
    if (present && !strncmp(ev->cameo, "14", 2) && !ev_clause_initial(w, verb)) conf *= 0.55f;
    else if (present && strncmp(ev->cameo, "15", 2) >= 0 && strncmp(ev->cameo, "20", 2) <= 0)
        conf *= 0.55f;
    /* "كان" + imperfect is a past habit or the scene of another event, for
    ** protest as for force: "عندما كانت تجري تظاهرات ... كان المتظاهرون يلجأون" */
    else if (habitual && strncmp(ev->cameo, "14", 2) >= 0 && strncmp(ev->cameo, "20", 2) <= 0)
        conf *= 0.55f;
    /* "تعرضت عدة مرات لهجمات", "كثيرا ما تنفذ طائرات هجمات": a protest or
    ** an attack told as frequent is a habit or a tally, as "كان" + imperfect */
    else if (strncmp(ev->cameo, "14", 2) >= 0 && strncmp(ev->cameo, "20", 2) <= 0 && ev_cue_around(w, c->anchor, EVC_OFTEN))
        conf *= 0.55f;
    if (ev->modality & NABA_EVENT_NEGATED) conf *= 0.8f;
    /* on dev, 1 of the 21 sentences of 50+ words coded ASSAULT reports an
    ** attack as its news, 1 of 9 coded PROTEST a protest (told in its first words) */
    if (unrest(ev) && ev_long_sentence(w, ev->sent, c->anchor)) conf *= 0.6f;
    /* "قتل 6500 مسلم", "قتل والداه في الحرب": a killing with no doer and no
    ** attack named is a toll or a story, seldom a reported assault */
    if (!ev->source.code && ev->source.end <= ev->source.start && (g->passive || noun) && ev_violent(ev->cameo) &&
        !ev_means_in_clause(w, c->anchor))
        conf *= 0.6f;
    /* "واستهدفت الولايات المتحدة الصلب والألمنيوم", "تستهدف مصر نموا بنسبة
    ** 5%": targeting with no attack, weapon or armed doer named in its
    ** clause is a tariff, a sanction or a goal more often than a strike; the
    ** attack or weapon is the subject or the instrument, near the verb: "ضربة
    ** موجعة" (a painful blow) fifteen words before is a figure of speech */
    if ((c->pat->flags & EVP_ARMED) && !ev_armed_actor(ev->source.code) && !ev_means_within(w, c->anchor, MEANS_REACH, NULL))
        conf *= 0.6f;
    /* "ثم يوم 12 مارس 1993 لقي نحو 300 مواطن حتفهم": an event dated a year
    ** or more before the article is history, told as background; a
    ** chronology entry ("* 21 مايو 2005: اغتيال ...") lists it on purpose */
    int32_t near = ev_nearest_timex(w, ev);
    if (near >= 0 && ev_history(w, &doc->timexes.v[near]) && !ev_chronology(w, c->anchor)) conf *= 0.6f;
    /* "وسبق أن تعرضت شبكة القطارات لحوادث", "ونفذ داعش سابقا هجمات": what
    ** happened before is background, as an old date makes it */
    else if (ev_cue_before(w, c->anchor, EVC_PAST, 0)) conf *= 0.6f;
    return conf;
}

/* Who did it and to whom, and how they were found (the record and the
** fallbacks after it read that): units of the source and target, -1 none. */
typedef struct ev_sides {
    int src, tgt;
    int dropped;     /* the subject a coordinated verb before this one lent it */
    int resumptive;  /* a relative clause's antecedent is its object */
    int ante;        /* a relative clause's antecedent is its subject; -2: none */
    int victim;      /* the civilians named as the doer were those it hit */
    int unsaid;      /* what stood as the doer was none (victims, the verb itself): none is carried in */
} ev_sides;

/* Does a third-person pronoun ("وهي", "وهم") stand right before the verb at
** anchor, in its clause: the verb's subject, told before it? */
static int pronoun_subject(const ev_work *w, size_t anchor) {
    static const char *const pronouns[] = {"هو", "هي", "هم", "هن", "وهو", "وهي", "وهم", "وهن", NULL};
    return anchor > w->toks[anchor].clause_start && ev_key_in(&w->toks[anchor - 1], pronouns);
}

/* "أن الغارة استهدفت عربة عسكرية", "هجمات عنيفة استهدفت مدنيين": a means
** of attack (and its adjective) right before the verb is its subject, so the
** actor right after the verb is its object; not "في هجوم قتل فيه مسلحون"
** (a relative clause whose subject follows "فيه") nor "على يد". */
static int means_subject(const ev_work *w, size_t anchor) {
    static const char *const in_it[] = {"فيه", "فيها", "خلاله", "خلالها", NULL};
    size_t cs = w->toks[anchor].clause_start, t = anchor;
    if (t > cs + 1 && ev_has_upos(w->doc, (uint32_t)(t - 1), NABA_UPOS_ADJ)) t--;
    if (t <= cs || !(w->toks[t - 1].cue & EVC_MEANS) || !strcmp(w->toks[t - 1].key, "يد")) return 0;
    return anchor + 1 >= w->toks[anchor].clause_end || !ev_key_in(&w->toks[anchor + 1], in_it);
}

/* "وشهدت المدينة هجمات عنيفة استهدفت مدنيين": the verb (after one
** adjective) right after an attack noun is the noun's own act, with the noun
** as its subject; the actors after that verb are whom it hit. Not a light
** verb, whose subject carries the attack out ("الهجوم شنت السلطات حملة"),
** nor a verb with an object pronoun, whose object is the noun ("غارة نفذتها
** طائرات", "هجوما نفذه متشدد"). The verb's index, or 0 if none. */
static size_t means_own_verb(const ev_work *w, size_t anchor) {
    size_t v = anchor + 1, ce = w->toks[anchor].clause_end;
    if (v < ce && ev_has_upos(w->doc, (uint32_t)v, NABA_UPOS_ADJ)) v++;
    if (v >= ce || !ev_has_upos(w->doc, (uint32_t)v, NABA_UPOS_VERB) || (w->toks[v].cue & EVC_LIGHT) ||
        !means_subject(w, v))
        return 0;
    const naba_token *tk = &w->doc->tokens.v[v];
    int clitic = tk->word_count > 1 && tk->word_first + tk->word_count <= w->doc->words.n &&
                 w->doc->words.v[tk->word_first + tk->word_count - 1].upos == NABA_UPOS_PRON;
    return clitic ? 0 : v;
}

/* "أُلقي القبض عليه، وداهمت السلطات": a passive whose object is a
** pronoun after "على" right past its words has its target told already, in
** the pronoun; an actor after it belongs to what follows. */
static int pronoun_undergoer(const ev_work *w, const ev_cand *c) {
    static const char *const on_him[] = {"عليه", "عليها", "عليهم", "عليهما", "عليهن", NULL};
    size_t t = c->last + 1;
    return t < w->toks[c->anchor].clause_end && ev_key_in(&w->toks[t], on_him);
}

/* "وكان وزير الخارجية الروسي، سيرغي لافروف، انتقد", "وكانت قوات الأمن
** البلجيكية قد قتلت": "وكان" + an actor + the verb is a pluperfect whose
** subject is that actor, when nothing but actors, punctuation and "قد" stand
** between (not "وكانت تستهدف قواته": no actor right after "كان"). -1 if none. */
static int pluperfect_subject(const ev_work *w, size_t anchor) {
    static const char *const be[] = {"وكان", "وكانت", "وكانوا", NULL};
    size_t cs = w->toks[anchor].clause_start, kan = anchor;
    for (size_t t = anchor; t-- > cs && anchor - t <= 16;)
        if (ev_key_in(&w->toks[t], be)) { kan = t; break; }
    size_t i = ev_first_unit_from(w, kan + 1);
    if (kan == anchor || i >= w->units.n) return -1;
    const ev_unit *u = &w->units.v[i];
    if (u->b != kan + 1 || u->e > anchor || u->place || u->oblique || u->prep) return -1;
    size_t t = u->e;
    for (size_t j = i + 1; t < anchor;) {
        while (j < w->units.n && w->units.v[j].b < t) j++;
        if (j < w->units.n && w->units.v[j].b == t && w->units.v[j].e <= anchor) t = w->units.v[j++].e;
        else if (w->doc->tokens.v[t].kind == NABA_TOK_PUNCT || (t + 1 == anchor && !strcmp(w->toks[t].key, "قد"))) t++;
        else return -1;
    }
    return (int)i;
}

/* Is token t a form of "شهد" (witnessed, saw): a place or a day as its
** subject saw the event, others did it ("شهدت مدينة الحديدة احتجاجات")? */
static int witnessed(const ev_work *w, size_t t) {
    static const char *const saw[] = {"شهد", NULL};
    return ev_cand_in(&w->toks[t], saw);
}

/* "إضرابا غير مسبوق للنساء", "وقفة احتجاجية لعمال الشركة": a protest noun's
** possessor after "ل", within three words and no comma, is who protests;
** after a word of stance it is whom the protest is for or against
** ("مظاهرات مناهضة لترامب", "وقفة تضامنية مع", "مسيرة داعمة للجيش"). */
static int protest_possessor(const ev_work *w, const ev_cand *c) {
    static const char *const stances[] = {"مناهض", "مويد", "داعم", "رافض", "معارض", "ضد", "تضامن", "دعما", "احتجاجا",
                                          "تنديدا", "نصره", "مساند", NULL};
    for (size_t i = ev_first_unit_from(w, c->anchor + 1); i < w->units.n; i++) {
        const ev_unit *u = &w->units.v[i];
        if (u->b > c->last + 3 || u->b >= w->toks[c->anchor].clause_end || ev_comma_in(w, c->anchor, u->b)) break;
        if (!u->prep || u->place || strncmp(w->toks[u->b].key, "ل", strlen("ل"))) continue;
        for (size_t t = c->anchor + 1; t < u->b; t++)
            for (size_t k = 0; stances[k]; k++)
                if (!strncmp(w->toks[t].key, stances[k], strlen(stances[k]))) return -1;
        return (int)i;
    }
    return -1;
}

/* The actor taken for the doer (*src) is whom the act befell: the target,
** unless one is named already; no doer is left. */
static void doer_to_target(int *src, int *tgt) {
    if (*tgt < 0) *tgt = *src;
    *src = -1;
}

static ev_sides find_sides(ev_work *w, const ev_cand *c, ev_gram *g, int noun, size_t light) {
    int src = -1, tgt = -1;
    /* "درون داعشية وهي تستهدف مدرعة للجيش": a pronoun (or a means of attack,
    ** "الغارة استهدفت") right before the verb holds its subject, as a plural
    ** ending does; the actor after it is its object */
    int held = !noun && (pronoun_subject(w, c->anchor) || means_subject(w, c->anchor));
    /* "تجمع متظاهرون", "رشق مئات المتظاهرين": the actor a pattern requires by
    ** its class (&PROTESTERS) acts */
    for (uint32_t k = 0; k < c->pat->n_elems && k < EV_MAX_ELEMS && src < 0; k++)
        if (c->pat->elems[k][0] == '&') src = ev_unit_at(w, c->elem_tok[k]);
    /* "قام مسلحون بخطف", "مسلحون قاموا بخطف": the light verb's subject did it */
    if (light && light - 1 < c->anchor) {
        src = ev_between(w, light - 1, c->anchor);
        if (src < 0) src = ev_subject_before(w, light - 1);
        if (src >= 0 && witnessed(w, light - 1) && ev_unit_location(w, &w->units.v[src])) src = -1;
    }
    if (src < 0 && noun && !strncmp(c->code, "14", 2)) src = protest_possessor(w, c);
    /* the one who travelled to talk: "كان الوزير في مينسك لمناقشة" */
    if (noun && ev_purpose_consult(w, c, g)) src = ev_subject_before(w, c->anchor);
    if (!noun && !(c->pat->flags & EVP_UNDERGO)) {
        ev_syn_actors(w, g, &src, &tgt);
        /* a subject before its verb is close and not across a comma (the
        ** parser may take a dateline, "اسطنبول، تركيا (AP) –", for one) */
        if (src >= 0 && w->units.v[src].b < c->anchor && ev_subject_before(w, c->anchor) != src) src = -1;
        for (uint32_t k = c->anchor; src >= 0 && k + 1 < w->units.v[src].b; k++)
            if (w->toks[k].brk_comma) src = -1; /* "..., كما تقول الأمم المتحدة" */
        /* "ودمرت البلدات والقرى": a second conjunct after the verb is no subject */
        if (src >= 0 && w->units.v[src].conj && w->units.v[src].b > c->anchor) src = -1;
        /* Arabic: a verb before its subject is singular; "وخطفوا أربعة أوروبيين" holds its subject */
        if (src >= 0 && (g->plural || g->speaker || held) && w->units.v[src].b > c->anchor) doer_to_target(&src, &tgt);
        /* "أن وزارة الخارجية كانت دعت سفيرة بريطانيا": the subject right
        ** before a bare "كان" (not "وكان", which opens a clause of its own)
        ** right before the verb is the verb's, and the actor after it its object */
        static const char *const be[] = {"كان", "كانت", "كانوا", NULL};
        int be_subject = !g->passive && c->anchor > 1 && ev_key_in(&w->toks[c->anchor - 1], be)
                             ? ev_subject_before(w, c->anchor - 1)
                             : -1;
        if (be_subject >= 0 && w->units.v[be_subject].e + 1 != c->anchor) be_subject = -1;
        if (be_subject < 0 && !g->passive) be_subject = pluperfect_subject(w, c->anchor);
        if (be_subject >= 0 && be_subject != src) {
            if (src >= 0 && w->units.v[src].b > c->anchor && tgt < 0) tgt = src;
            src = be_subject;
        }
        int first = g->passive || g->plural || g->speaker || held ? -1 : ev_subject_after(w, c->anchor, !strncmp(c->code, "14", 2));
        if (first >= 0 && src != first && (src < 0 || w->units.v[src].b > w->units.v[first].b)) {
            if (tgt == first) tgt = src;
            src = first;
        }
        if (src >= 0 &&
            ev_disagreeing_subject(w, g, c->anchor, src))
            doer_to_target(&src, &tgt);
        if (src >= 0 && !g->passive && w->units.v[src].b > c->anchor && ev_counted_victims(w, c, src))
            doer_to_target(&src, &tgt);
    }
    /* "اعتقل ناشط من قبل الشرطة": a by-phrase names the doer of a verb the
    ** tagger left active; the one named before it is the target */
    int by_doer = noun || (c->pat->flags & EVP_UNDERGO) ? -1 : ev_doer_of_means(w, c->anchor, 1);
    if (by_doer >= 0 && by_doer != src) {
        if (tgt < 0 || tgt == by_doer) tgt = src;
        src = by_doer;
        g->passive = 1;
    }
    if (src < 0 && !noun) src = ev_quantified_subject(w, c->anchor);
    /* "بفرض عقوبات على أنقرة إذا لم تطلق سراح برانسون": a condition's
    ** unsaid subject is the one the act before it aims at */
    if (src < 0 && !noun && g->condition && !g->passive && !g->speaker)
        src = ev_condition_subject(w, g->condition - 1);
    if (src < 0 && !noun && g->plural && !g->passive) src = ev_plural_antecedent(w, c->anchor);
    /* before word order takes "اميركية" of "قتلوا جراء ضربة جوية اميركية" for the victim */
    if (src < 0 && ev_violent(c->code)) {
        int d = ev_doer_of_means(w, c->anchor, 0);
        /* "قتل غزو روسيا أكثر من 12000 مدني": the parse may take the doer for
        ** the object, and the passive's subject may be the by-phrase's actor */
        if (d >= 0 && d == tgt && (g->passive || !noun)) tgt = -1;
        if (d >= 0 && d != tgt) src = by_doer = d;
    }
    if (ev_where_met(w, c, tgt)) tgt = -1; /* "استقبل ... بجدة": where, not whom */
    ev_by_order(w, c, noun, !noun && g->passive, !noun && (g->plural || g->speaker || held), &src, &tgt);
    /* the actor after an attack noun's own verb is its target, not its doer */
    size_t own = noun && src >= 0 ? means_own_verb(w, c->anchor) : 0;
    if (own && w->units.v[src].b > own) doer_to_target(&src, &tgt);
    /* "اعترضت مجموعة مسلحة السيارة، مما أسفر عن مقتل": the act's doer caused
    ** the toll; not an explosion ("وقاموا بالعبث بها ما أدى إلى انفجارها") */
    if (src < 0 && noun && ev_violent(c->code) && strncmp(c->code, "183", 3)) {
        int cause = ev_cause_doer(w, c->anchor);
        if (cause != tgt) src = cause;
    }
    /* "التقى ماكرون الوزير وبحث معه": the actor right before a coordinated
    ** verb is the verb's before it, whose subject did this too */
    int prev_obj = -1;
    int dropped = !noun && by_doer < 0 && !g->condition && (src < 0 || w->units.v[src].e <= c->anchor)
                      ? ev_dropped_subject(w, g, &prev_obj)
                      : -1;
    if (dropped >= 0 && dropped != src && dropped != tgt) {
        if (tgt < 0 && prev_obj >= 0 && prev_obj != dropped) tgt = prev_obj;
        src = dropped;
    }
    /* "الزواري الذي اغتاله الكيان الصهيوني": the antecedent (the actor
    ** right before the relative word) is the object, the actor after the verb
    ** the subject; a subject no actor names is not the paragraph's last
    ** source either */
    int resumptive = !noun && src >= 0 && w->units.v[src].e + 1 == c->anchor && ev_resumptive_object(w, c->anchor);
    if (resumptive) {
        int after = tgt >= 0 && w->units.v[tgt].b > c->anchor ? tgt : -1;
        tgt = src;
        src = after;
    }
    /* "نتانياهو، والذي دعا": the antecedent is the subject, the actor after the verb its object */
    int done_to = 0, force = !(c->pat->flags & EVP_MUTUAL) && (ev_violent(c->code) || !strncmp(c->code, "17", 2));
    int ante = !noun && !resumptive && (g->passive ? force : by_doer < 0)
                   ? ev_relative_subject(w, c->anchor, force, g->passive, &done_to)
                   : -2;
    /* "للمرأة، التي قُتلت": a passive's antecedent is whom it befell; when
    ** it is no actor ("الهجوم الذي أصيب خلاله 3 جنود") word order stands */
    if (g->passive && ante < 0) ante = -2, done_to = 0;
    /* "إن مواطنا نمساويا اعتقل في أنقرة": force whose subject stands before
    ** it, with no object, is an unmarked passive: the subject is its target */
    if (ante == -2 && !noun && !g->passive && force && by_doer < 0 && src >= 0 && w->units.v[src].e <= c->anchor &&
        tgt < 0 && ev_no_object(w, c->anchor)) {
        tgt = src;
        src = -1;
    } else if (done_to) {
        tgt = ante;
        /* a passive keeps the doer its by-phrase or weapon named ("في غارة أمريكية") */
        if (!g->passive || src == ante) src = -1;
    } else if (ante != -2) {
        if (src >= 0 && src != ante && w->units.v[src].b > c->anchor) tgt = src;
        else if (tgt == ante) tgt = -1;
        src = ante;
    }
    /* "استهدفت موقعا عسكريا": an indefinite accusative is the object, unless
    ** an object stands before it ("التقى وزراء خارجية روسيا ... سياسيا"); as
    ** for victims, no doer is carried in ("ورأى تمساحا يهاجم شخصا") */
    int accusative = !noun && src >= 0 && ev_accusative_after(w, c->anchor, src);
    if (accusative) {
        if (tgt < 0 || w->units.v[tgt].b > w->units.v[src].b) tgt = src;
        src = -1;
    }
    /* "واتهم الصحافيون خصوصا بالتعاون": accused, not accusing; the accuser,
    ** when said at all, is seldom the paragraph's last source ("اللائي يتهمن
    ** ترامب", "بيان ... واتهمت فيه تركيا"): none is carried in */
    int accused = !noun && src >= 0 && !strncmp(c->code, "112", 3) && ev_accused_alone(w, g, c->anchor, src);
    if (accused) {
        tgt = src;
        src = -1;
    }
    /* "الرياض وسنلتقي هناك": a verb in the first person has no actor before it as its subject either */
    if (!noun && g->speaker && src >= 0 && w->units.v[src].b < c->anchor) src = -1;
    if (c->pat->flags & EVP_MUTUAL) ev_mutual_pair(w, &src, &tgt);
    else tgt = ev_co_subject_target(w, c, src, tgt);
    if (!noun && g->passive && tgt >= 0 && w->units.v[tgt].b > c->last && pronoun_undergoer(w, c)) tgt = -1;
    int unsaid = ev_holds_verb(w, src);
    if (unsaid) src = -1;
    if (ev_holds_verb(w, tgt) || ev_own_phrase(w, c->anchor, src, tgt)) tgt = -1;
    /* "إن 2200 طفل على الأقل قتلوا", "وطفل لقي حتفه", "امرأتان قتلوا":
    ** civilians the words name as the doer of violence are its victims,
    ** unless a light verb, a by-phrase or their own body says they did it
    ** ("رجلين قاما بإطلاق النار", "على أيدي حشد", "شابا يفجر نفسه");
    ** so are civilians right after an arrest with no passive mark the
    ** tagger saw ("وأوقف الشاب", "أوقفت مواطنا ألمانيا"), or before one
    ** with no object, or that the parse made its passive subject too ("من
    ** سكان المستوطنات ... احتُجز وطُبق عليه"): police arrest;
    ** not with an object of their own ("احتجز متظاهرون نائب المحافظ") */
    int arrested = src >= 0 && !strncmp(c->code, "173", 3) &&
                   (w->units.v[src].b > c->anchor ? tgt < 0 || w->units.v[tgt].prep : src == tgt || ev_no_object(w, c->anchor));
    int victim = src >= 0 && (ev_violent(c->code) || arrested) && !light && src != ev_doer_of_means(w, c->anchor, 1) &&
                 strncmp(c->code, "183", 3) && ev_civilians(w, src);
    if (victim) doer_to_target(&src, &tgt);
    /* "أُدين بالاحتيال على مجموعة من المستثمرين": an actor behind a
    ** preposition past an undergo verb's complement is no one it befell (the
    ** fraud's victims); its subject is ("لقي مصرعه جندي", "أدين بها نافالني") */
    if ((c->pat->flags & EVP_UNDERGO) && tgt >= 0 && w->units.v[tgt].b > c->last &&
        (w->units.v[tgt].oblique || w->units.v[tgt].prep || ev_has_upos(w->doc, w->units.v[tgt].b - 1, NABA_UPOS_ADP)))
        tgt = -1;
    /* "عن إصابة 20 مدنيا، من بينهم 9 أطفال": the children are among the wounded */
    int among = src >= 0 && w->units.v[src].b > c->anchor && ev_among_them(w, src);
    if (among) doer_to_target(&src, &tgt);
    /* an attack with no doer named is its claimant's, later in its sentence */
    if (src < 0 && ev_violent(c->code)) {
        int claimant = ev_claimant_after(w, c->anchor, noun || g->passive);
        if (claimant >= 0 && claimant != tgt) src = claimant;
    }
    return (ev_sides){src, tgt, dropped, resumptive, ante, victim, unsaid || victim || accused || accusative || among};
}

static int emit(ev_work *w, ev_cand *c, const ev_parties *dp, int32_t *last_src_unit,
                uint32_t *last_src_line, const char **last_src_code) {
    naba_doc *doc = w->doc;
    const ev_tok *t = &w->toks[c->anchor];
    /* "لا تزال القوات": still, not "تُزال" (is removed; PETRARCH's "ازال
    ** &MILITARY", 174) */
    if ((t->cue & EVC_AFFIRM) && c->anchor > t->clause_start && (w->toks[c->anchor - 1].cue & EVC_NEGATE)) return 0;
    ev_gram g;
    ev_gram_of(w, c->anchor, &g);
    if (c->pat->flags & EVP_UNDERGO) g.passive = 1;
    int noun = (c->pat->flags & EVP_NOUN) != 0;
    /* "700 طالب وطالبة": a word under a count is a noun, no act, unless it
    ** ends as a verb does after its subject ("79 جرحوا") or tells a toll of
    ** violence ("ثمانية قتلى": the attack's) */
    if (!noun && !ev_violent(c->code) && !ev_verb_ending(t->key) && ev_counted(w, c->anchor)) return 0;
    /* a verb pattern on a word the tagger calls a noun, or under a
    ** preposition ("لقتل", "في خطف"), is a verbal noun: an event noun; a
    ** verb with its required words ("فجر نفسه") is trusted over the tagger */
    if (!noun && g.has_words && ((!g.verb && !ev_clause_initial(w, c->anchor) && !c->pat->n_elems) || (g.prep && !g.verb)))
        noun = 1;
    /* "من ولاية صفاقس فجر اليوم الاحد من حجز": the tagger's verb "فجّر"
    ** (blew up) is dawn when the dates layer took it into a time expression,
    ** as a noun's anchor is (ev_licensed) */
    if (!noun && t->timex) return 0;
    /* a word the tagger reads as neither verb nor noun (an adjective, a name,
    ** a number) is no verb, nor a verbal noun, whatever words follow it:
    ** "قوى الأمن" (forces) is not "قوّى" (strengthened, 152), "دول أخرى"
    ** not "أخّر" (delayed, 160), "فجر الخميس" (dawn) no bombing; unless it
    ** reads as a verb the tagger missed ("يتعرضون", "فجرن", "أيّدنا") */
    if (!noun && g.has_words && !g.verb && g.word >= 0 && other_word(&doc->words.v[g.word]) &&
        !ev_imperfect_prefix(doc->words.v[g.word].form ? doc->words.v[g.word].form : "") && !ev_verb_ending(t->key))
        return 0;
    /* a plural noun is no verb, whatever words follow it: "تضاعف واشنطن
    ** هجماتها الصاروخية على ... القاعدة" is not "هجم على قاعدة" */
    if (!noun && g.has_words && !g.verb && g.word >= 0 && ev_plural_noun(&w->doc->words.v[g.word])) noun = 1;
    /* an event noun no verb makes happen is context, not a report */
    size_t light = noun ? ev_licensed(w, c->anchor, &g) : 0;
    /* "أعلنت الشرطة مقتل سبعة أشخاص بتفجير انتحاري": a toll told with the
    ** attack that took it reports that attack */
    if (noun && !light && (!g.prep || ev_reported_toll(w, c->anchor)) && (c->pat->flags & EVP_COUNT) && ev_violent(c->code) &&
        ev_means_after(w, c->anchor))
        light = c->anchor + 1;
    if (noun && !light && !ev_purpose_consult(w, c, &g)) return 0;
    if (!strcmp(c->code, "042") && ev_arrival_nowhere(w, c)) return 0;
    /* a match is no politics; violence at a match is news: "أصيب 38 شرطيا
    ** إثر تعرضهم للرشق بالحجارة في مباراة" */
    if (!ev_violent(c->code) && ev_sport_sentence(w, doc->tokens.v[c->anchor].sent)) return 0;
    /* floods and fevers kill with no doer: "وأدت الفيضانات إلى مقتل" */
    if (ev_violent(c->code) && ev_nature_before(w, c->anchor)) return 0;
    /* "الفعالية التي دعت إليها", "المحادثات التي دعت إليها الأمم المتحدة": a
    ** call back to its antecedent through "إليها" names the event called for,
    ** told as the setting; no call of its own (session 30) */
    static const char *const back_to[] = {"اليها", "اليه", "اليهم", "اليهما", NULL};
    if (!noun && g.verb && g.relative && !strncmp(c->code, "10", 2) && c->anchor + 1 < w->n_toks &&
        ev_key_in(&w->toks[c->anchor + 1], back_to))
        return 0;
    /* "مقاتلي الحشد الشعبي، الذين يقاتلون مسلحي تنظيم داعش", "العملية
    ** التخريبية التي تستهدف الحزب": force in the present tense right after a
    ** relative word says who the antecedent is, what it does as a rule */
    if (!noun && g.verb && g.relative && g.imperfect && !g.future && strncmp(c->code, "15", 2) >= 0 &&
        strncmp(c->code, "20", 2) <= 0)
        return 0;
    ev_sides sd = find_sides(w, c, &g, noun, light);
    int src = sd.src, tgt = sd.tgt, dropped = sd.dropped, resumptive = sd.resumptive, ante = sd.ante;
    /* a hospital, a port or an airport receives cases, ships and flights, no visitor */
    if (!strcmp(c->code, "043") && src >= 0 && ev_facility_unit(w, src)) return 0;
    naba_event ev;
    memset(&ev, 0, sizeof ev);
    const naba_token *at = &doc->tokens.v[c->anchor];
    ev.sent = at->sent;
    ev.verb_start = at->start;
    ev.verb_end = at->end;
    ev.cameo = c->code;
    /* "وهاجم نائب الوزير بعنف مستشار الأمن القومي", "شن ماس هجوما على ترمب":
    ** a named person who attacks with no weapon or attack named near the
    ** verb attacks in words (CAMEO 111), as politicians do in the news ("أيدت
    ** بقوة" twenty words on is no hand, "يد") */
    /* "احتجت الصين على وجود سفينتين": a state protests through its
    ** diplomats, in words (a state that attacks may do it with arms) */
    /* "وشن هجوما متعدد الاتجاهات، وقال:": an attack its doer, unarmed, goes
    ** on to explain is made in words too */
    if ((c->pat->flags & EVP_WORDS) &&
        ((src >= 0 && (ev_speaker_unit(w, src) || (!strncmp(ev.cameo, "14", 2) && ev_state_unit(w, src))) &&
          !ev_means_within(w, c->anchor, MEANS_REACH, NULL)) ||
         (strncmp(ev.cameo, "14", 2) && (src < 0 || !ev_armed_actor(w->units.v[src].code)) && ev_then_says(w, c->anchor) &&
          !ev_means_within(w, c->anchor, MEANS_REACH, c) && !ev_chemical_means(w, c))))
        ev.cameo = CRITICIZE;
    /* "مقتل العشرات في هجوم "بالسلاح الكيميائي"", "نفذت الهجوم ... بغاز
    ** السارين": a killing or an attack by a chemical agent is a chemical attack */
    if (!strncmp(ev.cameo, "19", 2) && ev_chemical_means(w, c)) ev.cameo = CHEMICAL_ATTACK;
    /* a toll or an attack whose cause is a bombing ("في تفجير انتحاري",
    ** "استهدف في تفجير إرهابي") is that bombing */
    const char *bombing = !strcmp(ev.cameo, "190") ? ev_bombing_cause(w, c) : NULL;
    if (bombing) ev.cameo = bombing;
    /* "قصفت مقاتلات التحالف العربي رتلا", "استهدفت طائرة مسيرة": an attack or
    ** a shelling whose doer is an aircraft is an air strike */
    if ((!strcmp(ev.cameo, "190") || !strcmp(ev.cameo, "194")) && ev_aircraft_unit(w, src)) ev.cameo = AIR_STRIKE;
    const ev_code *code = lookup_code(w->dict, ev.cameo);
    ev.plover = code ? code->plover : NULL;
    ev.mode = code ? code->mode : NULL;
    ev.context = code ? code->context : NULL;
    ev.quad = code ? (uint8_t)code->quad : 0;
    {
        const char *file = w->dict->files[c->pat->file], *slash = strrchr(file, '/');
        char rule[256];
        int n = snprintf(rule, sizeof rule, "%s:%u", slash ? slash + 1 : file, c->pat->line);
        ev.rule = naba_arena_strndup(doc->arena, rule, n > 0 ? (size_t)n : 0);
    }
    ev.modality = c->modality;
    /* "لم تشن إسرائيل أي هجوم", "دون أن يقوم الجيش بقصف": an event noun whose
    ** light verb is negated did not happen either, nor what a denial says
    ** happened ("نفى أن يكون الرئيس قد طلب") */
    if (ev_negated(w, c->anchor) || (light && light - 1 < c->anchor && ev_negated(w, light - 1)) ||
        ev_denied(w, c->anchor))
        ev.modality |= NABA_EVENT_NEGATED;
    float conf = c->pat->conf;
    /* "اتفق كلا الجانبين", "ناقش الجانبان": both sides are the document's two
    ** parties, not one country. A record has room for both only when they fill
    ** source and target alone; beside another actor, or in a document with
    ** fewer than two countries, "both sides" stays uncoded. */
    const char *src_code = NULL, *tgt_code = NULL;
    int both_src = src >= 0 && w->units.v[src].both, both_tgt = tgt >= 0 && w->units.v[tgt].both;
    if (*dp->a && *dp->b && ((both_src && (tgt < 0 || both_tgt)) || (both_tgt && src < 0))) {
        if (src < 0) src = tgt;
        if (tgt < 0) tgt = src;
        src_code = ev_party_code(doc, dp->a);
        tgt_code = ev_party_code(doc, dp->b);
    }
    ev_set_actor(w, &ev.source, src, src_code);
    ev_set_actor(w, &ev.target, tgt, tgt_code);
    /* reported speech: a subject left unsaid ("قال زيلنسكي إنه ناقش") is the
    ** speaker, but not in a condition the speaker sets ("حث على فرض عقوبات على
    ** موسكو إذا رفضت": the one who would reject is Moscow), nor in a relative
    ** clause, whose antecedent did it ("حزب التكتل ... الذي انسحب"); a
    ** statement or report that tells of violence ("وأضاف البيان أن ... مقتل")
    ** did not do it, whoever issued it */
    ev.quote = ev_innermost_quote(w, ev.verb_start, ev.verb_end);
    int said = !noun && src < 0 &&
               (ev_that_noun(w, c->anchor) ||
                (ev.quote >= 0 && g.verb && !g.speaker && ev_quoted_noun(w, c->anchor, g.word, &doc->quotes.v[ev.quote])));
    /* "وأوردت الوزارة في بيان "تونرو ... قُتل"": who tells of a passive act
    ** is not whom it befell; the speaker, before the quote, only stood
    ** nearest the verb. Unless the quote says it of the speaker ("قال مادورو
    ** إنه نجا من محاولة اغتيال") */
    if (g.passive && ev.quote >= 0 && ev_in_speaker(&doc->quotes.v[ev.quote], &ev.target) &&
        !ev_that_pronoun(w, c->anchor))
        ev.target = (naba_actor){.entity = -1};
    if (ev.quote >= 0 && !sd.unsaid && !said) {
        const naba_quote *q = &doc->quotes.v[ev.quote];
        int su = src < 0 && !g.passive && ev_that_pronoun(w, c->anchor) ? ev_speaker_actor(w, q) : -1;
        if (su >= 0) {
            ev_set_actor(w, &ev.source, su, NULL);
        } else if (src < 0 && !g.passive && !g.condition && ante == -2 && !(q->speaker_doc && ev_violent(ev.cameo)) &&
                   q->speaker_entity >= 0 &&
                   (size_t)q->speaker_entity < doc->entities.n && doc->entities.v[q->speaker_entity].actor_code) {
            ev.source.entity = q->speaker_entity;
            ev.source.code = doc->entities.v[q->speaker_entity].actor_code;
            ev.source.start = q->speaker_start;
            ev.source.end = q->speaker_end;
        }
    }
    /* "وقال ترامب إن الصواريخ قادمة، وانتقد موسكو": the speaker goes on */
    if (src < 0 && !ev.source.code && !noun && g.verb && !g.passive && !g.plural && ev.quote < 0) {
        int su = ev_speaker_goes_on(w, c->anchor);
        if (su >= 0) ev_set_actor(w, &ev.source, su, NULL);
    }
    if (src < 0 && ev.source.code) {
        conf *= 0.9f;
    } else if (src < 0) {
        /* a dropped subject: the last source of the same paragraph */
        if (*last_src_unit >= 0 && *last_src_line == ev_line_of(w, c->anchor) && !noun && !g.condition && !resumptive && ante == -2 &&
            !sd.unsaid && !(said && !g.passive) && !(w->units.v[*last_src_unit].both && !g.plural)) {
            ev_set_actor(w, &ev.source, *last_src_unit, *last_src_code);
            conf *= 0.8f;
        } else if (!(ev_violent(c->code) &&
                     (ev_reported_toll(w, c->anchor) || (tgt >= 0 && w->units.v[tgt].b > c->anchor)))) {
            /* no doer named; yet violence a speech verb reports right before
            ** it is news whoever did it, and its teller is no doer: "أفادت مصادر أمنية
            ** بمقتل سبعة أشخاص في تفجير انتحاري", "وأكدت مصادر محلية أن
            ** الغارات استهدفت ..."; so is violence that names whom it hit
            ** after its word ("أسفر انفجار سيارة ملغومة عن إصابة ثلاثة من
            ** رجال الشرطة"; a victim before it may be another verb's) */
            conf *= 0.7f;
        }
    } else if (!noun) {
        *last_src_unit = src;
        *last_src_line = ev_line_of(w, c->anchor);
        *last_src_code = ev.source.code;
    }
    /* victims taken from the doer's place give the row no more certainty
    ** than it had with them there: a target raises it (confidence) */
    if (sd.victim) conf *= 0.9f;
    ev_counterpart_role(w, &ev.target, tgt, ev.source.code);
    ev_counterpart_role(w, &ev.source, src, ev.target.code);
    /* a news outlet does only what it says itself, as the verb's own subject
    ** ("انتقدت الصحيفة الحكومة": CAMEO 01x, 11x); what it reports ("وذكرت
    ** وكالة تونس إفريقيا للأنباء أن ...", "أفادت الوكالة بمقتل ...") was done by
    ** the clause's own subject, or by no one named */
    if (ev_outlet_actor(w, &ev.source) &&
        (!ev_speech_code(ev.cameo) || (ev.quote >= 0 && ev_in_speaker(&doc->quotes.v[ev.quote], &ev.source))))
        ev.source = (naba_actor){.entity = -1};
    /* place: a unit after "في"; a consultation abroad has the host as target */
    int pl = ev_place_of(w, c, ev.quad == 1 || ev.quad == 3);
    ev.place_entity = -1;
    if (pl >= 0) {
        ev.place_start = ev_name_start(doc, w->units.v[pl].b, w->units.v[pl].conj || w->units.v[pl].prep);
        ev.place_end = doc->tokens.v[w->units.v[pl].e - 1].end;
        ev.place_entity = w->units.v[pl].entity;
        char m1[4], m2[4];
        const char *pm = ev_code_main(w->units.v[pl].code, m1);
        const char *sm = ev_code_main(ev.source.code, m2);
        if (!ev.target.code && pm && sm && strcmp(pm, sm) && !strncmp(c->code, "04", 2))
            ev.target.code = ev_party_code(doc, pm);
    }
    /* no actor acts on itself */
    ev_not_itself(doc, &ev);
    /* evidence: from the first actor or anchor to the last matched word or actor */
    uint32_t b = c->anchor, e = c->last;
    if (src >= 0 && src != dropped && w->units.v[src].b < b) b = w->units.v[src].b; /* a dropped subject was told before */
    if (tgt >= 0 && w->units.v[tgt].e - 1 > e) e = w->units.v[tgt].e - 1;
    if (c->pat->flags & EV_SWALLOWS) {
        uint32_t r = c->anchor + EV_COMPLEMENT;
        if (r >= t->clause_end) r = t->clause_end - 1;
        if (r > e) e = r;
    }
    ev.start = doc->tokens.v[b].start;
    ev.end = doc->tokens.v[e].end;
    ev.timex = ev.count = -1;
    /* a count in the evidence; what is exchanged or released may follow it */
    naba_off count_end = ev.end;
    if (c->pat->flags & EVP_COUNT) {
        uint32_t r = c->last + 3;
        if (r >= t->clause_end) r = t->clause_end - 1;
        if (doc->tokens.v[r].end > count_end) count_end = doc->tokens.v[r].end;
    }
    ev.count = ev_count_in(w, ev.verb_start, count_end);
    /* police, soldiers or militias who gather, block or march are deployed,
    ** not protesting: "احتشدت الشرطة", "منعت قوة المتظاهرين" */
    if (!strncmp(ev.cameo, "14", 2) && ev_armed_actor(ev.source.code)) return 0;
    /* "أكثر من 45 ألف شخص وصلوا إلى إيطاليا", "المهاجرين الذين وصلوا": people
    ** or refugees who arrive somewhere migrate or travel; a visit (042) is
    ** made by an office, a party or a state; one whose arriver is not
    ** named at all ("يصل إلى المدينة المنورة جثمان الشهيد", "الراكب الذي
    ** يصل إلى مطار جدة") tells no visit a user can count */
    if (!strcmp(ev.cameo, "042") && ev_arrival(w, c) &&
        (ev_civilian_role(ev.source.code) || (!ev.source.code && ev.source.end <= ev.source.start)))
        return 0;
    ev.conf = confidence(w, c, &g, noun, light, &ev, conf);
    /* who did what to whom: talk, deals and plans with no party at all say
    ** nothing a user can count ("لا أعتقد أنهم سيوافقون"); a bombing or a
    ** killing is news even when nobody is named */
    if (!ev.source.code && !ev.target.code && ev.source.end <= ev.source.start && ev.target.end <= ev.target.start &&
        (ev.quad != 4 || (ev.modality & NABA_EVENT_HYPOTHETICAL)))
        return 0;
    ev.timex = ev_event_timex(w, ev.sent, !(ev.modality & NABA_EVENT_HYPOTHETICAL),
                              !noun && g.imperfect && !g.future && !g.habitual);
    /* the same event told twice is kept once, as told the more surely:
    ** "أصيب سفير بولندا عندما تعرضت قافلته لهجوم" */
    for (size_t k = first_of_sent(doc, ev.sent); k < doc->events.n; k++) {
        if (!same_event(&doc->events.v[k], &ev)) continue;
        if (ev.conf > doc->events.v[k].conf) doc->events.v[k] = ev;
        return 0;
    }
    naba_event *out = NABA_PUSH(doc, &doc->events);
    if (!out) return -1;
    *out = ev;
    return 0;
}

/* cache: the stage's memo of words, or NULL for one made for this document */
static naba_status code_doc(const ev_dict *d, ev_cache *cache, naba_doc *doc) {
    ev_work w;
    memset(&w, 0, sizeof w);
    w.dict = d;
    w.doc = doc;
    /* the article's day (the input's, else the text's first full date, as
    ** undated events take it) dates actor codes and tells history */
    w.today = ev_article_date(doc);
    w.has_day = cal_parse_article_date(w.today, &w.day);
    if (!doc->tokens.n) return NABA_OK;
    ev_cache *own = cache ? NULL : ev_cache_new();
    w.cache = cache ? cache : own;
    int bad = !w.cache || ev_prepare_tokens(&w) || ev_index_quotes(&w) || ev_find_units(&w);
    ev_cache_free(own);
    w.cache = NULL; /* tokens hold copies; the memo is not used past here */
    if (bad) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
    ev_parties dp;
    ev_find_parties(&w, &dp);
    int32_t last_src = -1;
    uint32_t last_line = UINT32_MAX;
    const char *last_code = NULL;
    for (size_t cs = 0; cs < w.n_toks;) {
        size_t ce = w.toks[cs].clause_end;
        if (ce <= cs) ce = cs + 1;
        ev_cand evs[64];
        size_t n = 0;
        for (size_t i = cs; i < ce && n < 64; i++) {
            if (w.toks[i].caption) break;
            if (w.toks[i].named) continue; /* "طالبان" is not "طالب" */
            memset(&evs[n], 0, sizeof evs[n]);
            if (!ev_best_at(&w, i, &evs[n])) continue;
            evs[n].modality = modality_of(evs[n].pat->flags);
            /* "طالَبَ أهالي قرى": a verb is no actor's word, whatever the
            ** dictionary spells with it (طالب, a student) */
            if (!(evs[n].pat->flags & EVP_NOUN) && ev_has_upos(doc, (uint32_t)i, NABA_UPOS_VERB)) w.toks[i].verb_anchor = 1;
            n++;
        }
        ev_absorb(&w, evs, n);
        for (size_t k = 0; k < n; k++) {
            if (evs[k].dropped) continue;
            if (emit(&w, &evs[k], &dp, &last_src, &last_line, &last_code))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory coding events");
        }
        cs = ce;
    }
    return NABA_OK;
}

naba_status ev_code_doc(const ev_dict *d, naba_doc *doc) { return code_doc(d, NULL, doc); }

/* ------------------------------------------------------------- stage */

typedef struct ev_state { ev_dict *dict; ev_cache *cache; } ev_state;

void *naba_events_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p, naba_error *err) {
    /* data/counts.tsv (currency names) and data/dates.tsv (weekdays) are
    ** loaded by the link stage: once per pipeline, link opened first, as for
    ** the counts and dates stages */
    const link_state *ls = naba_stage_state(p, "link");
    if (!ls) {
        naba_fail(err, NABA_ERR_MODEL, 0, "the events stage opens after the link stage");
        return NULL;
    }
    ev_state *s = calloc(1, sizeof *s);
    if (!s || !(s->dict = ev_dict_new()) || !(s->cache = ev_cache_new())) {
        if (s) ev_dict_free(s->dict);
        free(s);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    s->dict->counts = ls->counts;
    s->dict->dates = ls->dates;
    naba_status st = ev_dict_load_default(s->dict, data_dir, err);
    for (size_t i = 0; st == NABA_OK && opt && i < opt->n_events_dicts; i++)
        st = ev_dict_load_file(s->dict, opt->events_dicts[i], err);
    if (st != NABA_OK) {
        naba_events_close(s);
        return NULL;
    }
    return s;
}

naba_status naba_events_run(naba_doc *doc, void *state, const naba_options *opt) {
    ev_state *s = state;
    /* a sport, culture or technology page, unless the user asked for every page */
    if (!(opt && opt->events_every_topic) && topic_quiet_events(doc)) return NABA_OK;
    return code_doc(s->dict, s->cache, doc);
}

void naba_events_close(void *state) {
    ev_state *s = state;
    if (!s) return;
    ev_dict_free(s->dict);
    ev_cache_free(s->cache);
    free(s);
}
