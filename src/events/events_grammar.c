/*
** events_grammar.c — what the morphology and the parser say about an event
** word: is it a finite verb or a verbal noun, past or present, future or
** purpose ("ل" + verb, "أن" + verb), inside a relative clause ("الذي قتل"),
** inside a prepositional phrase ("إثر احتجاج", "بعد مقتل"); and who its
** subject and object are (naba_syn_arguments: subject -> source, object or
** oblique -> target, the subject of a passive verb -> target).
**
** News mentions far more violence and protest than it reports: a background
** mention is a noun after a preposition, a verb in a relative or purpose
** clause, a future or hypothetical act. These answers let the stage keep the
** reported events and lower the confidence of the mentions.
*/
#include "events_int.h"
#include "affix.h"
#include "dates.h"
#include "syntax.h"
#include "utf8.h"

#include <string.h>

/* Function words that never carry the event: conjunctions, prepositions,
** particles, the article; the first other word of a token is its main word. */
static int function_upos(int upos) {
    return upos == NABA_UPOS_CCONJ || upos == NABA_UPOS_ADP || upos == NABA_UPOS_PART ||
           upos == NABA_UPOS_SCONJ || upos == NABA_UPOS_DET || upos == NABA_UPOS_PUNCT;
}

static int form_is(const naba_word *w, const char *s) {
    return w->form && !strcmp(w->form, s);
}

static int key_is(const ev_tok *t, const char *s) { return !strcmp(t->key, s); }

/* Does a word open with "و" or "ف", the future's "س" and an imperfect's
** prefix, with a stem after them ("وسيشن", "فستستهدفه")? */
static int unsplit_future(const char *s) {
    if (strncmp(s, "و", 2) && strncmp(s, "ف", 2)) return 0;
    return !strncmp(s + 2, "س", 2) && ev_imperfect_prefix(s + 4) && strlen(s + 6) >= 4;
}

/* Keys of words after which an event noun names a known event as a point in
** time or a cause: "إثر احتجاج", "غداة هجوم", "منذ اغتيال", "ذكرى مقتل". */
static int background_word(const ev_tok *t) {
    static const char *const bg[] = {"اثر", "عقب", "غداه", "منذ", "بعد", "قبل", "ذكري", "بسبب",
                                     "جراء", "ضمن", "خلال", "ازاء", "حول", "عن", "مثل", "بين", "اعقاب", NULL};
    return ev_key_in(t, bg);
}

/* Keys of the past of "كان", alone or after "و"/"ف": with an imperfect, a past habit. */
static int past_be(const ev_tok *t) {
    static const char *const be[] = {"كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", NULL};
    return ev_key_in(t, be);
}

/* Does token t name a weekday (data/dates.tsv, as the dates stage reads it)? */
static int weekday(const ev_work *w, size_t t) {
    const naba_token *tk = &w->doc->tokens.v[t];
    return dates_weekday_word(w->dict->dates, w->doc->text + tk->start, tk->end - tk->start);
}

/* Does a token of a..b-1 name a time to come: "غدا", "يوم غد", "الأسبوع
** المقبل", "الخميس القادم"? Not after "قبل", "حتى": "يتعرض لبنان لضغوط
** ... قبل اجتماع للمانحين الشهر المقبل" dates the other act. */
static int future_time_in(const ev_work *w, size_t a, size_t b) {
    static const char *const tomorrow[] = {"غدا", "وغدا", "غد", NULL};
    static const char *const next[] = {"المقبل", "المقبله", "القادم", "القادمه", NULL};
    static const char *const span[] = {"الاسبوع", "الشهر", "العام", "السنه", "الايام", "الاسابيع", "الاشهر",
                                       "الشهور", "الاسبوعين", "الشهرين", "الصيف", "الخريف", "الشتاء",
                                       "الربيع", NULL};
    static const char *const until[] = {"قبل", "وقبل", "حتى", "لحين", "ريثما", NULL};
    for (size_t t = a; t < b && t < w->n_toks; t++) {
        if (ev_key_in(&w->toks[t], until)) return 0;
        if (ev_key_in(&w->toks[t], tomorrow)) return 1;
        if (t > a && ev_key_in(&w->toks[t], next) && (ev_key_in(&w->toks[t - 1], span) || weekday(w, t - 1))) return 1;
    }
    return 0;
}

/* "سيتم", "ستجري", "سوف يتم" (before: the token before t, or NULL): the
** verbs "be done", "take place" in the future. */
static int future_done(const ev_tok *t, const ev_tok *before) {
    static const char *const fut[] = {"سيتم", "ستتم", "وسيتم", "وستتم", "فسيتم", "سيجري", "ستجري", "وسيجري", "وستجري", NULL};
    static const char *const done[] = {"يتم", "تتم", "يجري", "تجري", NULL};
    static const char *const sawfa[] = {"سوف", "وسوف", NULL};
    return ev_key_in(t, fut) || (before && ev_key_in(t, done) && ev_key_in(before, sawfa));
}

/* Keys of words that open a relative clause or a question: what follows
** describes or asks, it does not report. */
static int relative_word(const ev_tok *t) {
    static const char *const rel[] = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
                                      "اللتان", "اللواتي", "اللاتي", "لماذا", "كيف", "هل", NULL};
    return ev_key_in(t, rel);
}

/* "محمد الزواري الذي اغتاله الكيان الصهيوني", "مسجد النبي يونس الذي فجره
** تنظيم داعش": a verb right after a relative word, carrying an object
** pronoun that agrees with it, has the antecedent as its object; its subject
** follows it or is unsaid. When the pronoun does not agree it is another's,
** and the antecedent is the subject: "الشعوب الأفريقية التي تتهمه". Needs
** the words layer (a verb may end in the letter: "واجه"). */
int ev_resumptive_object(const ev_work *w, size_t anchor) {
    static const char *const agree[][2] = {{"الذي", "ه"},    {"التي", "ها"},    {"الذين", "هم"},
                                           {"اللذين", "هما"}, {"اللذان", "هما"}, {"اللتين", "هما"},
                                           {"اللتان", "هما"}, {"اللواتي", "هن"}, {"اللاتي", "هن"}};
    const naba_doc *doc = w->doc;
    if (anchor == 0 || w->toks[anchor - 1].clause_end != w->toks[anchor].clause_end) return 0;
    const naba_token *tk = &doc->tokens.v[anchor];
    if (tk->word_count < 2 || tk->word_first + tk->word_count > doc->words.n) return 0;
    const naba_word *pron = &doc->words.v[tk->word_first + tk->word_count - 1];
    if (pron->upos != NABA_UPOS_PRON || !pron->form) return 0;
    for (size_t i = 0; i < sizeof agree / sizeof *agree; i++)
        if (!strcmp(w->toks[anchor - 1].key, agree[i][0])) return !strcmp(pron->form, agree[i][1]);
    return 0;
}

/* Is the verb at anchor followed by a preposition written apart or the
** clause's end, with no object right after it (not a comma either: "استهدف،
** مطلع الأسبوع الماضي، مدينة دوما"; nor "بعد", "قبل", nor a clitic "ب",
** adverbs before an object: "أحرقوا بعد ذلك مقر", "أطلقت بنجاح صاروخا")? A
** verb of force so told is mostly an unmarked passive: "اعتقل في أنقرة",
** "استهدف في تفجير", "قد قتلوا منذ بداية هذا الصراع". */
int ev_no_object(const ev_work *w, size_t anchor) { return ev_no_object_after(w, anchor, anchor); }

/* The same test for what follows token t, in the clause of the verb at anchor
** ("واعتقل 50 ألف شخص في تركيا": nothing after the counted group). */
int ev_no_object_after(const ev_work *w, size_t anchor, size_t t) {
    static const char *const adverbial[] = {"بعد", "قبل", NULL};
    const naba_doc *doc = w->doc;
    size_t nx = t + 1;
    if (nx >= w->toks[anchor].clause_end) return 1;
    const naba_token *tk = &doc->tokens.v[nx];
    return tk->word_count == 1 && tk->word_first < doc->words.n &&
           doc->words.v[tk->word_first].upos == NABA_UPOS_ADP && !ev_key_in(&w->toks[nx], adverbial);
}

/* "واتهم الصحافيون خصوصا بالتعاون مع ...", "واتهم تشافيز الذي يشغل منصب
** ... بالفساد", "اتهم بارتكابها جيش المهدي": an accusation verb (g, at
** anchor) with no object pronoun, whose actor unit u after it stands alone
** with the charge ("ب"), no object beside it, is an unmarked passive (u
** was accused) or has its subject named before ("واتهم لندن بممارسة ضغوط",
** Moscow's charge): either way u is the one accused. Another actor before
** the charge ("واتهم الرئيس الفرنسي روسيا بالتواطؤ"), or any word there
** that may be an object ("واتهم سياسيون معارضون كنايسل بتقويض": the parse
** cannot be trusted with it) keeps u the accuser. Needs the words layer. */
int ev_accused_alone(const ev_work *w, const ev_gram *g, size_t anchor, int u) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[anchor];
    const ev_unit *un = &w->units.v[u];
    uint32_t end = w->toks[anchor].clause_end;
    if (g->word < 0 || !g->verb || g->passive || g->plural || !tk->word_count || un->b <= anchor || un->e > end ||
        tk->word_first + tk->word_count > doc->words.n || ev_comma_in(w, anchor, un->b))
        return 0;
    if (tk->word_count > 1 && doc->words.v[tk->word_first + tk->word_count - 1].upos == NABA_UPOS_PRON) return 0;
    /* "وتتهم السلطات أبو تريكة", "وتتهم المعارضة وزيرة الخارجية": a unit of
    ** two pieces, one after the other, may hold the subject and its object */
    uint32_t covered = un->b;
    for (size_t i = ev_first_piece_at(w, un->b); i < w->pieces.n && w->pieces.v[i].b == un->b; i++)
        if (w->pieces.v[i].e > covered) covered = w->pieces.v[i].e;
    size_t next = ev_first_piece_at(w, covered);
    if (next < w->pieces.n && w->pieces.v[next].b < un->e) return 0;
    size_t charge = 0;
    for (size_t t = anchor + 1; t < end && !charge; t++) {
        const naba_token *ct = &doc->tokens.v[t];
        if (t >= un->b && t < un->e) continue; /* "بومبيو" read as "ب" + a name */
        if (ct->word_count && ct->word_first < doc->words.n && doc->words.v[ct->word_first].upos == NABA_UPOS_ADP &&
            form_is(&doc->words.v[ct->word_first], "ب"))
            charge = t;
    }
    if (!charge) return 0;
    /* between u and the charge: a relative clause on u, up to its comma, a
    ** date, or an adverb in the accusative ("أيضا", "خصوصا", "مجددا") */
    int relative = 0;
    for (size_t t = un->e; t < charge; t++) {
        relative = (relative && !(t > un->e && w->toks[t - 1].brk_comma)) || relative_word(&w->toks[t]);
        if (relative || w->toks[t].timex) continue;
        const char *k = w->toks[t].key;
        size_t n = strlen(k);
        if (ev_definite(k) || n < 4 || strcmp(k + n - 2, "ا")) return 0;
        for (size_t i = ev_first_unit_over(w, t); i < w->units.n && w->units.v[i].b <= t; i++)
            if (t < w->units.v[i].e) return 0; /* "روسيا": an actor */
    }
    return 1;
}

/* "بنيامين نتانياهو، والذي دعا في السابق لمنح الجندي عفوا", "الحادثة
** الإرهابية التي استهدفت رجال الأمن": a verb right after a relative word,
** carrying no object pronoun and followed by no word that carries one
** within six words ("التي شارك فيها الآلاف", "الأمر الذي رحب أمير قطر به",
** "فنزويلا التي تتهم إدارة ترامب نظامها": there the antecedent is an
** oblique or a genitive and the subject follows), has the antecedent as
** its subject. Returns the actor unit ending right before the relative word
** (or its comma),
** -1 when the antecedent is no actor (the subject is then no actor either),
** or -2 when the verb is not such a verb; *done_to says the antecedent is
** rather the object of an unmarked passive (force, a code 17-20, only), or
** of a passive the tagger or the vowels show (passive: then an oblique
** antecedent counts too, "وقال أقارب للمرأة، التي قُتلت").
** "في الوقت الذي تواصل القوات" is
** "while": its subject follows. Needs the words layer. */
int ev_relative_subject(const ev_work *w, size_t anchor, int force, int passive, int *done_to) {
    static const char *const rel[] = {"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان",
                                      "والذي", "والتي", "والذين", NULL};
    static const char *const when[] = {"الوقت", "الحين", "اللحظه", NULL};
    const naba_doc *doc = w->doc;
    *done_to = 0;
    if (anchor < 2 || !ev_key_in(&w->toks[anchor - 1], rel) || ev_key_in(&w->toks[anchor - 2], when) ||
        w->toks[anchor - 1].clause_start != w->toks[anchor].clause_start)
        return -2;
    for (size_t t = anchor; t <= anchor + 6 && t < w->toks[anchor].clause_end && !(t > anchor && w->toks[t - 1].brk_comma); t++) {
        const naba_token *tk = &doc->tokens.v[t];
        if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return -2;
        const naba_word *first = &doc->words.v[tk->word_first], *last = &doc->words.v[tk->word_first + tk->word_count - 1];
        if (tk->word_count > 1 && last->upos == NABA_UPOS_PRON && first->upos != NABA_UPOS_PRON) return -2;
    }
    /* "المتطرف الفرنسي، والذي اعتقل في 27 حزيران", "والذي استهدف في
    ** تفجير": force with no object is a passive the script does not show */
    *done_to = force && (passive || ev_no_object(w, anchor));
    /* such a unit ends before the anchor, so opens there at the latest */
    for (size_t i = ev_first_unit_from(w, w->toks[anchor].clause_start); i < w->units.n && w->units.v[i].b < anchor; i++) {
        const ev_unit *u = &w->units.v[i];
        if ((u->e == anchor - 1 || (u->e == anchor - 2 && w->toks[anchor - 2].brk_comma)) &&
            u->b >= w->toks[anchor].clause_start)
            return u->place || (u->oblique && !passive) || ev_town_unit(w, u) ? -1 : (int)i;
    }
    return -1;
}

/* Is the definiteness feature ("Definite=Def", "Definite=Ind") of words a and b the same? */
static int same_definiteness(const naba_word *a, const naba_word *b) {
    const char *x = strstr(a->feats, "Definite="), *y = strstr(b->feats, "Definite=");
    return x && y && !strncmp(x + 9, y + 9, 3);
}

/* "ودعت المجتمع الدولي إلى", "وانتقدت الرئيس الأمريكي": a perfect verb
** in "ت" the tagger reads as third person feminine singular, right before a
** singular noun whose adjective right after it is masculine singular, does
** not agree with it either. The adjective tells the noun's gender, which
** the tagger leaves off nouns. Not an imperfect: "تقدم الجيش اليمني"
** (advanced) reads as one. Not a noun in "ة" or "ات", whose masculine word
** after it is no adjective of its ("واعتقلت الشرطة المتهم", "ووقعت الجامعة
** العديد"), nor a name in "ا" ("ووافقت تيريزا ماي"), nor one in the
** construct state, which may own the adjective's noun ("قيادة الجيش السوري"). */
static int feminine_verb_masculine_noun(const ev_work *w, const naba_word *verb, const ev_unit *x) {
    static const char *const feminine_ends[] = {"ة", "ات", "ا", "اء"};
    const naba_doc *doc = w->doc;
    if (!verb->feats || !verb->form || !str_has_suffix(verb->form, "ت") || !strstr(verb->feats, "Aspect=Perf") ||
        !strstr(verb->feats, "Gender=Fem") || !strstr(verb->feats, "Number=Sing") || !strstr(verb->feats, "Person=3") ||
        x->b + 1 >= w->n_toks)
        return 0;
    const naba_token *tk = &doc->tokens.v[x->b], *next = &doc->tokens.v[x->b + 1];
    if (tk->word_count != 1 || next->word_count != 1 || next->word_first >= doc->words.n) return 0;
    const naba_word *noun = &doc->words.v[tk->word_first], *adj = &doc->words.v[next->word_first];
    if (noun->upos != NABA_UPOS_NOUN || !noun->form || !noun->feats || !adj->feats || adj->upos != NABA_UPOS_ADJ)
        return 0;
    for (size_t k = 0; k < sizeof feminine_ends / sizeof *feminine_ends; k++)
        if (str_has_suffix(noun->form, feminine_ends[k])) return 0;
    return strstr(noun->feats, "Number=Sing") && !strstr(noun->feats, "Definite=Cons") && same_definiteness(noun, adj) &&
           strstr(adj->feats, "Gender=Masc") && strstr(adj->feats, "Number=Sing");
}

/* Is token t punctuation written as one of marks? */
static int punct_in(const ev_work *w, size_t t, const char *const *marks) {
    const naba_token *b = &w->doc->tokens.v[t];
    return b->kind == NABA_TOK_PUNCT && mem_in(w->doc->text + b->start, b->end - b->start, marks);
}

/* Does token t open a list item, right after a dash or a bullet that opens
** its line ("- تعهد واشنطن بخفض إيرادات النفط")? Such items are noun
** phrases: a verbal noun there ("تعهد", a pledge) is read as no verb with
** the name after it its genitive, the pledge's maker. */
static int list_item(const ev_work *w, uint32_t t) {
    static const char *const bullets[] = {"-", "–", "•", "*", NULL};
    return t && (t == 1 || w->toks[t - 1].new_line) && punct_in(w, t - 1, bullets);
}

/* "وانتقد موسكو لدعمها", "وهاجم إيران": a masculine singular verb in the
** perfect does not take as its subject a town or a country named with no
** article (feminine: "وانتقدت موسكو"), so the name right after it is its
** object. Names with the article differ ("العراق", "الأردن" are masculine),
** and so does a title with its country ("رحب رئيس وزراء إيطاليا"): the name
** alone, and not one of two joined subjects. */
static int masculine_verb_bare_place(const ev_work *w, const naba_word *verb, const ev_unit *x) {
    const naba_doc *doc = w->doc;
    if (list_item(w, verb->token)) return 0;
    /* the tagger's imperative "وحث" in a report is the perfect it shares its letters with */
    int imperative = verb->feats && strstr(verb->feats, "Mood=Imp");
    if (!verb->feats || !verb->form || str_has_suffix(verb->form, "ت") ||
        !(imperative || (strstr(verb->feats, "Aspect=Perf") && strstr(verb->feats, "Person=3"))) ||
        !strstr(verb->feats, "Gender=Masc") || !strstr(verb->feats, "Number=Sing"))
        return 0;
    const naba_token *tk = &doc->tokens.v[x->b];
    if (x->conj || x->prep || x->e != x->b + 1 || tk->word_count != 1 || ev_entity_type(doc, x->entity) != NABA_ENT_LOC ||
        !strncmp(w->toks[x->b].key, "ال", strlen("ال")))
        return 0;
    /* "وافق كييف وموسكو على": two joined subjects agree less */
    int next = x->e < w->n_toks ? ev_unit_at(w, x->e) : -1;
    return next < 0 || !w->units.v[next].conj;
}

/* Is word wd written as its lemma and ending (after the article, when
** the lemma has none)? The tagger's case is often wrong on news; the
** ending is not. */
static int lemma_and(const naba_word *wd, const char *ending) {
    if (!wd->form || !wd->lemma) return 0;
    const char *form = !strncmp(wd->form, "ال", strlen("ال")) ? wd->form + strlen("ال") : wd->form;
    size_t n = strlen(wd->lemma);
    return n >= strlen("ابت") && !strncmp(form, wd->lemma, n) && !strcmp(form + n, ending);
}

/* The last word of unit x's first token, or NULL. */
static const naba_word *unit_head(const ev_work *w, const ev_unit *x) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[x->b];
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return NULL;
    return &doc->words.v[tk->word_first + tk->word_count - 1];
}

/* Is unit x a person's or a place's name (the entity layer's)? */
static int person_or_place(const ev_work *w, const ev_unit *x) {
    int type = ev_entity_type(w->doc, x->entity);
    return type == NABA_ENT_PER || type == NABA_ENT_LOC;
}

/* "وقتل شخصا وأصاب آخر": an actor in the indefinite accusative ("شخصا",
** "جنديا": the lemma and "ا", Case=Acc) can only be an object. Not a name
** ("أوباما", "تيريزا ماي"), nor a dual in the construct state, which is
** nominative ("رئيسا كوريا", "وزيرا خارجية": a noun follows it, or what
** the tagger takes for a feminine adjective). */
static int indefinite_accusative(const ev_work *w, const ev_unit *x) {
    const naba_doc *doc = w->doc;
    const naba_word *wd = unit_head(w, x);
    if (!wd || person_or_place(w, x) || wd->upos != NABA_UPOS_NOUN || !wd->feats || !strstr(wd->feats, "Case=Acc") ||
        !strstr(wd->feats, "Definite=Ind") || !lemma_and(wd, "ا"))
        return 0;
    size_t next = (size_t)(wd - doc->words.v) + 1;
    if (next >= doc->words.n) return 1;
    const naba_word *after = &doc->words.v[next];
    return after->upos != NABA_UPOS_NOUN && after->upos != NABA_UPOS_PROPN &&
           !(after->upos == NABA_UPOS_ADJ && after->form && str_has_suffix(after->form, "ة"));
}

/* "ودعت المواطنين إلى", "واعتقلت شخصين": a sound masculine plural or a
** dual in "ين" is in the accusative or the genitive (the subject writes
** "ون", "ان"), so right after a verb it is the object. The tagger often
** says Nom there and Sing for the dual, so the form is read. Not a name
** ("ياسين" is "ياس" and "ين" to the tagger, "البحرين" "بحر" and "ين"). */
static int oblique_plural(const ev_work *w, const ev_unit *x) {
    if (person_or_place(w, x)) return 0;
    const naba_word *wd = unit_head(w, x);
    /* the relative adjective's plural in "يين" is oblique whatever lemma the
    ** tagger gives it ("الحوثيين" as "حثيين"; the nominative is "يون") */
    return wd && (wd->upos == NABA_UPOS_NOUN || wd->upos == NABA_UPOS_ADJ) &&
           (lemma_and(wd, "ين") || (wd->form && str_has_suffix(wd->form, "يين")));
}

/* Does the perfect verb's written form show the passive: a damma on one of
** its first three letters ("اعتُقلت", "أُدين", "قُتل")? The tagger reads such
** a form as the active; a damma further on is an ending ("قلتُ"), and "قتلُوا"
** (the plural's "وا") is active. */
static int written_passive(const naba_word *wd) {
    if (!wd->form || str_has_suffix(wd->form, "وا") || ev_imperfect_prefix(wd->form) ||
        (wd->feats && strstr(wd->feats, "Aspect=Imp"))) /* "أُناشد": I appeal */
        return 0;
    size_t n = strlen(wd->form), letters = 0, len;
    for (size_t i = 0; i < n && letters <= 3; i += len ? len : 1) {
        uint32_t c = utf8_next(wd->form + i, n - i, &len);
        if (c == 0x064F) return letters >= 1;
        if (is_arabic_letter(c)) letters++;
    }
    return 0;
}

/* Is the verb word wd, of token tok, one that takes what it is about with a
** preposition only ("ندد بـ", "رحب بـ", "احتج على"), with something other
** than that preposition after it? Such a verb has no passive with a subject
** of its own, only the impersonal one its preposition follows ("وندد بالدعم"
** may be that); the tagger's passive before an actor or an adverb ("ندد
** سياسيون ألمان بتصريحات", "قد ندد مرارا وبشدة") is the active. */
static int no_personal_passive(const ev_work *w, const naba_word *wd, size_t tok) {
    static const char *const lemmas[] = {"ندد", "رحب", "أشاد", "احتج", "تظاهر", NULL};
    const naba_doc *doc = w->doc;
    if (!wd->lemma || !str_in(wd->lemma, lemmas) || tok + 1 >= doc->tokens.n) return 0;
    const naba_token *next = &doc->tokens.v[tok + 1];
    return next->sent == doc->tokens.v[tok].sent && next->word_count && next->word_first < doc->words.n &&
           doc->words.v[next->word_first].upos != NABA_UPOS_ADP;
}

/* Is the token after tok the opening of an actor in the indefinite
** accusative? Then the verb at tok is active, whatever voice the tagger
** reads in its unvowelled form: a passive's subject is nominative ("قتل
** شخص"). Only an actor: an adverb in the accusative ("صباحا", "رميا
** بالرصاص") may follow a passive. */
static int accusative_actor_after(const ev_work *w, size_t tok) {
    size_t next = tok + 1;
    if (next >= w->n_toks || w->doc->tokens.v[next].sent != w->doc->tokens.v[tok].sent) return 0;
    size_t u = ev_first_unit_from(w, next);
    if (u >= w->units.n || w->units.v[u].b != next) return 0;
    if (indefinite_accusative(w, &w->units.v[u])) return 1;
    /* "وقتل مفجرون انتحاريون 32 شخصا": the actor after the verb is its
    ** subject when an actor in the indefinite accusative, its count
    ** between, comes right after it: a passive has no object */
    const ev_unit *object = u + 1 < w->units.n ? &w->units.v[u + 1] : NULL;
    return object && object->b >= w->units.v[u].e && object->b <= w->units.v[u].e + 1 &&
           indefinite_accusative(w, object);
}

/* The one word of token t when it is a bare noun: no clitic, no comma after
** it, no time, opening no actor; else NULL. */
static const naba_word *bare_noun(const ev_work *w, size_t t) {
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[t];
    if (w->toks[t].timex || w->toks[t].brk_comma || tk->word_count != 1 || tk->word_first >= doc->words.n) return NULL;
    size_t u = ev_first_unit_from(w, t);
    if (u < w->units.n && w->units.v[u].b == t) return NULL;
    const naba_word *noun = &doc->words.v[tk->word_first];
    return noun->upos == NABA_UPOS_NOUN && noun->form ? noun : NULL;
}

/* "وطالب البيان المجتمع الدولي", "وحثت الرسالة الحكومة العراقية": a
** definite noun no actor names, right before the actor, is the verb's
** subject, and the actor its object: two definite nouns make no genitive
** (the parser's nmod), and the actor's noun is no adjective. Not a time
** ("وقصفت اليوم الطائرات"), nor a noun with a clitic or a comma after it.
** The noun may own one before it in the construct state, the subject then
** two words long ("دعت بعض الأطراف الحكومة الإسرائيلية إلى"). The subject
** opens right after the verb at anchor. */
int ev_definite_noun_before(const ev_work *w, size_t anchor, const ev_unit *x) {
    if (x->b < anchor + 2 || x->b > anchor + 3) return 0;
    const naba_word *noun = bare_noun(w, x->b - 1);
    if (!noun || strncmp(noun->form, "ال", strlen("ال"))) return 0;
    if (x->b == anchor + 3) {
        const naba_word *owner = bare_noun(w, anchor + 1);
        if (!owner || !owner->feats || !strstr(owner->feats, "Definite=Cons")) return 0;
    }
    const naba_word *head = unit_head(w, x);
    return head && head->upos == NABA_UPOS_NOUN && head->form && !strncmp(head->form, "ال", strlen("ال"));
}

/* The token after the verb at anchor where its object would stand: past
** "فيه" (in it, the statement: "بيانا دعا فيه الحوثيين إلى"), "أيضا" or
** "كذلك" (also: "ودعا أيضا الحكومة التركية إلى", the subject said in the
** sentence before) and an opening quote ("ودعا "الحكومة التركية إلى"). */
static size_t object_slot(const ev_work *w, size_t anchor) {
    static const char *const between[] = {"فيه", "فيها", "فيهم", "فيهما", "ايضا", "أيضا", "كذلك", NULL};
    static const char *const quotes[] = {"\"", "«", "“", NULL};
    size_t t = anchor + 1;
    if (t < w->n_toks && ev_key_in(&w->toks[t], between)) t++;
    return t < w->n_toks && punct_in(w, t, quotes) ? t + 1 : t;
}

/* "وناشد وزارة الصحة", "يحث الحكومة على": a verb whose form says a
** masculine subject (no feminine "ت" at its end, no imperfect in "ت")
** right before a singular noun in "ة" that is no person's name does not
** agree with it: the noun is its object, the subject said before or left
** unsaid ("ودعا متحدث ... كل الأطراف" agrees and keeps its subject; a
** broken plural, "ودعا قادة الدول", is no singular); nor does a feminine
** verb before a masculine noun (feminine_verb_masculine_noun). The noun in
** "ة" was tested with calls only until session 31, which measured it with
** every verb ("واتهم الإدارة الأمريكية", "زار الجمهورية الإسلامية": 12
** rows better, 1 worse on the second slices). Needs the words layer. */
int ev_disagreeing_subject(const ev_work *w, const ev_gram *g, size_t anchor, int u) {
    /* men's titles in "ة": "وحث عمدة المدينة كازومي ماتسوي قادة العالم"; broken
    ** plurals of people in "ة", which the tagger may take for singulars
    ** with the article ("يناقش القادة", the leaders discuss: events38b; in
    ** construct the tagger reads them plural, and "يُمنع قضاة المحكمة" is
    ** a passive it misses) */
    static const char *const masculine[] = {"عمده", "خليفه", "داعيه", "علامه", "رحاله", NULL};
    static const char *const people[] = {"قاده", "ولاه", "قضاه", "دعاه", "رعاه", "غزاه", "جناه", "رماه", "ساسه",
                                         "طلبه", "اساتذه", "بحاره", "سعاه", "هواه", NULL};
    const naba_doc *doc = w->doc;
    const ev_unit *x = &w->units.v[u];
    if (g->word < 0 || !g->verb || g->plural || g->speaker || g->passive) return 0;
    if (ev_definite_noun_before(w, anchor, x)) return 1;
    if (x->b != object_slot(w, anchor)) return 0;
    if (feminine_verb_masculine_noun(w, &doc->words.v[g->word], x) ||
        masculine_verb_bare_place(w, &doc->words.v[g->word], x) || oblique_plural(w, x) ||
        indefinite_accusative(w, x))
        return 1;
    if (ev_entity_type(doc, x->entity) == NABA_ENT_PER || ev_key_in(&w->toks[x->b], masculine) ||
        (!strncmp(w->toks[x->b].key, "ال", strlen("ال")) && str_in(ev_no_article(w->toks[x->b].key), people)))
        return 0;
    const char *verb = doc->words.v[g->word].form;
    /* "تحث" may be she or you; the tagger takes "ناشد" for "we" (ev_imperfect_prefix) */
    if (!verb || str_has_suffix(verb, "ت") || (g->imperfect && !strncmp(verb, "ت", 2))) return 0;
    const naba_token *tk = &doc->tokens.v[x->b];
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n) return 0;
    const naba_word *noun = &doc->words.v[tk->word_first + tk->word_count - 1];
    return noun->upos == NABA_UPOS_NOUN && noun->form && str_has_suffix(noun->form, "ة") && noun->feats &&
           strstr(noun->feats, "Number=Sing");
}

/* Does a condition ("إذا رفضت", "لو قتل", "في حال تعرض إيران لهجوم") open
** the comma-free stretch before the anchor, with no other verb between but
** "كان" ("إذا كانت كوريا الشمالية تعهدت", "إذا لم تلتزم", "ما إذا كان":
** whether), or stand within two words before it ("ما لم تفرج", unless)? The
** act is a condition or a question, not a fact. Returns the
** condition word's token + 1, else 0. Without the words layer only the
** words before the anchor are read, verbs or not. */
static size_t in_condition(const ev_work *w, size_t tok) {
    static const char *const cond[] = {"اذا", "واذا", "فاذا", "لو", "ولو", NULL};
    const naba_doc *doc = w->doc;
    size_t cs = w->toks[tok].clause_start;
    /* "ما لم تفرج", "ما لم يتم تحقيق": unless, within two words as a negation */
    for (size_t k = 1; k <= 2 && tok >= cs + k; k++)
        if (ev_unless(w, tok - k)) return tok - k;
    for (size_t k = tok; k-- > cs;) {
        const ev_tok *p = &w->toks[k];
        if (p->brk_comma) return 0;
        if (ev_key_in(p, cond)) return k + 1;
        if (k > cs && (key_is(p, "حال") || key_is(p, "حاله")) && key_is(&w->toks[k - 1], "في")) return k;
        const naba_token *tk = &doc->tokens.v[k];
        if (past_be(p) || !tk->word_count || tk->word_first + tk->word_count > doc->words.n) continue;
        for (uint32_t j = 0; j < tk->word_count; j++)
            if (doc->words.v[tk->word_first + j].upos == NABA_UPOS_VERB) return 0;
    }
    return 0;
}

/* Has word v a subordinating conjunction ("أن", "بأن") of its own? */
static int has_mark(const naba_doc *doc, int32_t v) {
    for (int32_t k = v - 1; k >= 0 && k >= v - 6; k--)
        if (doc->words.v[k].head == v && naba_syn_rel_is(&doc->words.v[k], "mark")) return 1;
    return 0;
}

/* The clause of verb word v, another than the event verb's at token anchor:
** 2 for a clause of its own (advcl, ccomp, or joined to the event verb by
** "و" and a subordinating word: "ودعا ... لان الشعب أصبح"), 1 for a relative
** clause (acl), 0 for the event verb's conjunct ("ضرب وقتل") or a clause
** the parser attached as no clause (a verb read as an object or a noun's
** dependent: the parse is no guide there). Conjuncts share their first's
** relation. */
static int verb_clause(const naba_doc *doc, int32_t v, size_t anchor) {
    int marked = 0;
    for (int step = 0; step < 4 && naba_syn_rel_is(&doc->words.v[v], "conj"); step++) {
        marked |= has_mark(doc, v);
        int32_t h = doc->words.v[v].head;
        if (h < 0 || (size_t)h >= doc->words.n || doc->words.v[h].upos != NABA_UPOS_VERB) return 0;
        if (doc->words.v[h].token == anchor) return marked ? 2 : 0;
        v = h;
    }
    const naba_word *wd = &doc->words.v[v];
    if (naba_syn_rel_is(wd, "acl")) return 1;
    return naba_syn_rel_is(wd, "advcl") || naba_syn_rel_is(wd, "ccomp") ? 2 : 0;
}

int ev_other_subject(const ev_work *w, size_t anchor, const ev_unit *u) {
    const naba_doc *doc = w->doc;
    /* a parse that reads the event verb as no verb is no guide to its clause
    ** ("رفض بوتين عرض قدمه زيلنسكي": رفض a noun, عرض the verb) */
    const naba_token *at = &doc->tokens.v[anchor];
    int verb = 0;
    for (uint32_t j = 0; j < at->word_count && at->word_first + j < doc->words.n; j++)
        verb |= doc->words.v[at->word_first + j].upos == NABA_UPOS_VERB;
    if (!verb) return 0;
    for (uint32_t t = u->b; t < u->e; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        for (uint32_t j = 0; j < tk->word_count && tk->word_first + j < doc->words.n; j++) {
            const naba_word *wd = &doc->words.v[tk->word_first + j];
            if (!naba_syn_rel_is(wd, "nsubj") || wd->head < 0 || (size_t)wd->head >= doc->words.n) continue;
            const naba_word *h = &doc->words.v[wd->head];
            /* a name the tagger read as a verb ("أبو مازن") is no clause */
            if (h->upos == NABA_UPOS_VERB && h->token > anchor && h->token < u->b && ev_unit_at(w, h->token) < 0)
                return verb_clause(doc, wd->head, anchor);
        }
    }
    return 0;
}

/* Is lemma the form read without a hamza the form writes? Letter by letter
** the two agree, but where the form writes "أ", "إ" or "آ" and the lemma a
** bare "ا" (final "ى"/"ي" and "ة"/"ه" agree too): "وأدى" (و + أدى, "led
** to") read as the one word "وادي" (a valley), "كأن" (as if) as "كان". A
** writer drops hamzas, seldom adds one, so such a reading is a misreading;
** but not at the first letter, where news often writes a hamza on the
** alif that has none ("إتفاق", "أعتبر": 32 of the 101 such words in the
** first 2,000 ANT articles; the other 69 are all misreadings). */
static int hamza_misread(const char *form, const char *lemma) {
    int dropped = 0;
    size_t i = 0, j = 0, n = strlen(form), m = strlen(lemma);
    while (i < n && j < m) {
        size_t at = i;
        size_t a, b;
        uint32_t x = utf8_next(form + i, n - i, &a), y = utf8_next(lemma + j, m - j, &b);
        i += a;
        j += b;
        if (x == y || (x == 0x0649 && y == 0x064A) || (x == 0x064A && y == 0x0649) ||
            (x == 0x0629 && y == 0x0647) || (x == 0x0647 && y == 0x0629))
            continue;
        if ((x == 0x0623 || x == 0x0625 || x == 0x0622) && y == 0x0627 && at > 0) { dropped = 1; continue; }
        return 0;
    }
    return dropped && i == n && j == m;
}

/* "وأدى" as one foreign name, or as a word that erases its hamza: an Arabic
** word the tagger could not analyse says nothing; the dictionary keys decide,
** as without morphology. */
static int unanalysed(const naba_doc *doc, const naba_token *tk) {
    const naba_word *wd = &doc->words.v[tk->word_first];
    if (tk->word_count != 1 || tk->script != NABA_SCRIPT_ARABIC) return 0;
    return (wd->upos == NABA_UPOS_PROPN && wd->feats && strstr(wd->feats, "Foreign=Yes")) ||
           (wd->form && wd->lemma && hamza_misread(wd->form, wd->lemma));
}

/* Does a comma close what comes before the verb at tok, its particles
** aside ("، سوف يجتمع")? A clause after a comma is a new one, not a
** relative clause the parser hung on the noun before it. */
static int after_comma(const ev_work *w, size_t tok, size_t cs) {
    static const char *const particles[] = {"سوف", "وسوف", "قد", "وقد", "لن", "ولن", NULL};
    while (tok > cs && ev_key_in(&w->toks[tok - 1], particles)) tok--;
    return tok > cs && w->toks[tok - 1].brk_comma;
}

/* Is the parser's head of the verb wd a name ("خديجة جنكيز تطلب من ترامب")?
** A clause with no relative word describes only an indefinite noun; after
** a name it is the headline's verb, with the name its subject. */
static int after_name(const naba_doc *doc, const naba_word *wd) {
    return wd->head >= 0 && (size_t)wd->head < doc->words.n && doc->words.v[wd->head].upos == NABA_UPOS_PROPN;
}

void ev_gram_of(const ev_work *w, size_t tok, ev_gram *g) {
    memset(g, 0, sizeof *g);
    g->word = -1;
    int after_an = 0, after_qad = 0, after_in = 0;
    const naba_doc *doc = w->doc;
    const naba_token *tk = &doc->tokens.v[tok];
    /* previous tokens: "سوف", "لن" (future), "أن"/"كي" (subjunctive), a relative word */
    size_t cs = w->toks[tok].clause_start;
    for (size_t k = 1; k <= 2 && tok >= cs + k; k++) {
        const ev_tok *p = &w->toks[tok - k];
        if (k == 1 && (key_is(p, "سوف") || key_is(p, "لن") || key_is(p, "وسوف") || key_is(p, "ولن")))
            g->future = 1;
        if (k == 1 && (key_is(p, "ان") || key_is(p, "لكي") || key_is(p, "كي") || key_is(p, "بان")))
            after_an = 1;
        if (relative_word(p)) g->relative = 1;
        /* "لولا", "ربما قتل": not happened, or not known to (conditions: in_condition) */
        if (key_is(p, "لولا") || key_is(p, "ربما")) g->future = 1;
        if (k == 1 && key_is(p, "قد")) after_qad = 1; /* "قد يهاجم": may attack */
        /* "سيتم قتل البغدادي", "سوف يتم شن": the future of the verb "will be
        ** done" is the future of the act it introduces */
        if (k == 1 && future_done(p, tok >= cs + 2 ? &w->toks[tok - 2] : NULL)) g->future = 1;
    }
    /* "أنهم إن قتلوا": "إن" written with its hamza below, before a verb, is
    ** "if" (the emphatic "إنّ" takes a noun or a pronoun) */
    if (tok > cs) {
        const naba_token *pt = &doc->tokens.v[tok - 1];
        size_t n = pt->end - pt->start;
        const char *s = doc->text + pt->start;
        if ((n == 4 && !memcmp(s, "إن", 4)) || (n == 6 && !memcmp(s, "وإن", 6))) after_in = 1;
    }
    g->condition = (uint32_t)in_condition(w, tok);
    if (g->condition) g->future = 1;
    if (!tk->word_count || tk->word_first + tk->word_count > doc->words.n || unanalysed(doc, tk)) {
        g->subjunctive = 0;
        return;
    }
    g->has_words = 1;
    int main_seen = 0;
    for (uint32_t k = 0; k < tk->word_count; k++) {
        int32_t v = (int32_t)(tk->word_first + k);
        const naba_word *wd = &doc->words.v[v];
        if (!main_seen && function_upos(wd->upos)) {
            if (wd->upos == NABA_UPOS_ADP) g->prep = 1;
            if (form_is(wd, "س")) g->future = 1;
            if (form_is(wd, "ل") && wd->upos != NABA_UPOS_ADP) g->subjunctive = 1;
            continue;
        }
        if (main_seen) continue;
        main_seen = 1;
        g->word = v;
        g->verb = wd->upos == NABA_UPOS_VERB || wd->upos == NABA_UPOS_AUX;
        const char *f = wd->feats ? wd->feats : "";
        /* an imperfect opens with its prefix: the tagger may call the perfect
        ** "فجر" (blew up) an imperfect, never a verb news tells in the third
        ** person ("يفجر", "تفجر") or the first plural */
        g->imperfect = strstr(f, "Aspect=Imp") != NULL && wd->form &&
                       ev_imperfect_prefix(wd->form);
        /* "متظاهرون غاضبون": a plural "imperfect" with no prefix that ends in
        ** "ون" is a sound plural noun or adjective; a verb in the plural has
        ** its prefix (يقتلون) or the perfect's "وا" (قتلوا) */
        if (g->verb && !g->imperfect && strstr(f, "Aspect=Imp") && strstr(f, "Number=Plur") && wd->form &&
            str_has_suffix(wd->form, "ون"))
            g->verb = 0;
        /* "وسيشن الهجوم": a future the tagger did not know, left whole with
        ** its conjunction (its lemma is the form); the keys strip "وسي" */
        if (wd->form && wd->lemma && !strcmp(wd->form, wd->lemma) && unsplit_future(wd->form)) g->future = 1;
        g->written_passive = g->verb && written_passive(wd);
        g->passive = (strstr(f, "Voice=Pass") != NULL || g->written_passive) && !accusative_actor_after(w, tok) &&
                     !no_personal_passive(w, wd, tok);
        g->plural = g->verb && (strstr(f, "Number=Plur") || strstr(f, "Number=Dual"));
        /* "وسنلتقي هناك": the speaker is the subject, no actor after the verb;
        ** the quote's speaker stands for it. Only an imperfect whose prefix
        ** says so ("ن", "أ"): the tagger reads many a perfect in "ت" ("هاجمت
        ** إسرائيل", she attacked) as the first or second person */
        g->speaker = g->imperfect && strstr(f, "Person=1") &&
                     (!strncmp(wd->form, "ن", 2) || !strncmp(wd->form, "أ", 2));
        if (strstr(f, "Mood=Sub") && g->prep) g->subjunctive = 1;
        /* a relative clause, unless "أن" opens it: "أفاد مسؤولون بأن مهاجما
        ** فجر نفسه" is what was said, the parser's acl notwithstanding */
        if (wd->deprel && naba_syn_rel_is(wd, "acl") && !has_mark(doc, v) && !after_comma(w, tok, cs) &&
            !after_name(doc, wd))
            g->relative = 1;
        /* "اختطاف السفير وقتله", "قتل وخطف": conjoined with a verbal noun, a noun too */
        if (g->verb && naba_syn_rel_is(wd, "conj") && wd->head >= 0 && (size_t)wd->head < doc->words.n &&
            doc->words.v[wd->head].upos == NABA_UPOS_NOUN)
            g->verb = 0;
    }
    /* "هي التي غزت أوسيتيا ودمرت عاصمتها", "سيهاجمون ويقتلون": a verb
    ** conjoined to an earlier verb, with no comma between, shares the relative
    ** word, the future or the purpose before it (not a relative clause the
    ** parser only guessed) */
    if (g->verb && g->word >= 0 && naba_syn_rel_is(&doc->words.v[g->word], "conj")) {
        int32_t h = doc->words.v[g->word].head;
        uint32_t ht = h >= 0 && (size_t)h < doc->words.n ? doc->words.v[h].token : UINT32_MAX;
        if (ht < tok && ht >= cs && doc->words.v[h].upos == NABA_UPOS_VERB && !ev_comma_in(w, ht, tok)) {
            ev_gram hg;
            ev_gram_of(w, ht, &hg);
            for (size_t k = 1; k <= 2 && ht >= cs + k; k++) g->relative |= relative_word(&w->toks[ht - k]);
            g->future |= hg.future;
            g->subjunctive |= hg.subjunctive;
        }
    }
    /* "الى قتل وجرح": an event word joined by "و" to an event word a
    ** preposition governs is governed by it too */
    if (tok >= cs + 2 && g->has_words && tk->word_count > 1 && form_is(&doc->words.v[tk->word_first], "و") &&
        (w->toks[tok - 1].kinds & EVW_ANCHOR)) {
        const naba_token *p1 = &doc->tokens.v[tok - 2];
        if (p1->word_count == 1 && p1->word_first < doc->words.n && doc->words.v[p1->word_first].upos == NABA_UPOS_ADP)
            g->prep = 1, g->verb = 0;
    }
    /* a preposition word right before: "في قتل", "إلى مقتل", "بعد اندلاع" */
    if (tok > cs && background_word(&w->toks[tok - 1])) g->prep = g->background = 1;
    if (tok > cs) {
        const naba_token *pt = &doc->tokens.v[tok - 1];
        if (pt->word_count == 1 && pt->word_first < doc->words.n &&
            doc->words.v[pt->word_first].upos == NABA_UPOS_ADP)
            g->prep = 1;
    }
    /* "أن يقتل", "ليفجر": an imperfect verb after "أن" or a clitic "ل" is
    ** subjunctive, a purpose or a wish; after "أن" a perfect verb is a fact */
    if ((after_an || g->prep) && g->verb && g->imperfect) g->subjunctive = 1;
    if (after_qad && g->imperfect) g->future = 1;
    if (after_in && g->verb) g->future = 1;
    /* "كان المتظاهرون يلجأون", "كانت تجري تظاهرات": a past habit or a scene */
    for (size_t k = 1; k <= 3 && g->imperfect && tok >= cs + k; k++) g->habitual |= past_be(&w->toks[tok - k]);
    /* "تجتمع اللجنة غدا", "يزور الرئيس القاهرة الأسبوع المقبل": an imperfect
    ** whose clause names a time to come tells a plan, as "س" does */
    if (g->verb && g->imperfect && !g->habitual && future_time_in(w, cs, w->toks[tok].clause_end)) g->future = 1;
}

/* The actor unit of word v: the unit holding its token, or that of the noun
** heading its phrase ("أحد الجنود"). */
static int unit_of_word(const ev_work *w, int32_t v, uint32_t anchor, int subject) {
    const naba_doc *doc = w->doc;
    for (int step = 0; step < 2 && v >= 0 && (size_t)v < doc->words.n; step++) {
        uint32_t tok = doc->words.v[v].token;
        for (size_t i = ev_first_unit_over(w, tok); i < w->units.n && w->units.v[i].b <= tok; i++) {
            const ev_unit *u = &w->units.v[i];
            if (tok >= u->e) continue;
            if (u->b <= anchor && anchor < u->e) return -1; /* the event word is no actor */
            /* a phrase after "مع", "على", "لـ" is never the subject, whatever the
            ** parse says; nor is a town (a place the parser misread), while a
            ** country or a capital standing for its government may be */
            if (u->place || (subject && (u->oblique || u->prep))) return -1;
            if (subject && ev_town_unit(w, u)) return -1;
            return (int)i;
        }
        int32_t h = naba_syn_head_noun(doc, v);
        if (h == v) break;
        v = h;
    }
    return -1;
}

/* "دعا المرجع الأعلى للشيعة في العراق، آية الله علي السيستاني، العراقيين",
** "طلبت خديجة جنكيز، خطيبة الإعلامي جمال خاشقجي من ترامب": a phrase right
** after a comma that closes the subject's own phrase (the word before the
** comma hangs on the subject) describes the subject; the parser, since
** morph32 tags the names in it PROPN, may take it for the verb's object. A
** comma after a time ("استقبل الرئيس، يوم الاثنين، الوزير") closes no
** subject's phrase; nor does a name ("وزار كيم، بكين") or a phrase with
** the article ("حث ناشر الصحيفة، سولزبرغر، الرئيس الأمريكي"), nor one
** after a preposition the parser left an object ("، بريطانيا، بصناعة"):
** the description is a bare noun in the construct state, "خطيبة", "آية". */
static int subject_apposition(const ev_work *w, int32_t subj, int32_t obj) {
    const naba_doc *doc = w->doc;
    uint32_t t = doc->words.v[obj].token;
    const naba_word *o = &doc->words.v[obj];
    int common = o->upos == NABA_UPOS_NOUN || o->upos == NABA_UPOS_ADJ;
    if (subj < 0 || subj >= obj || t < 2 || !common || !o->form || !strncmp(o->form, "ال", 4) ||
        (o->feats && strstr(o->feats, "Definite=Def")) || naba_syn_case(doc, obj) >= 0)
        return 0;
    if (!w->toks[t - 1].brk_comma) return 0;
    /* the word before the comma, which may be a token of its own */
    uint32_t k = doc->tokens.v[t - 1].kind == NABA_TOK_PUNCT ? t - 2 : t - 1;
    const naba_token *tk = &doc->tokens.v[k];
    if (!tk->word_count) return 0;
    int32_t v = (int32_t)(tk->word_first + tk->word_count - 1);
    for (int step = 0; step < 8 && v >= 0 && (size_t)v < doc->words.n; step++, v = doc->words.v[v].head)
        if (v == subj) return 1;
    return 0;
}

/* "وقتل الجيش الإسرائيلي يوم الجمعة الماضي، 16 فلسطينيا": a passive has one
** subject; a second the parser gave it, an actor in the indefinite
** accusative (its count before it), is the verb's object, and the verb the
** active with the first for its doer. Returns that object's unit, or -1. */
static int accusative_second_subject(const ev_work *w, const naba_syn_args *a, uint32_t at) {
    for (int i = 1; i < a->n_subj; i++) {
        int u = unit_of_word(w, a->subj[i], at, 0);
        if (u >= 0 && indefinite_accusative(w, &w->units.v[u])) return u;
    }
    return -1;
}

void ev_syn_actors(const ev_work *w, ev_gram *g, int *src, int *tgt) {
    if (g->word < 0 || !g->verb || !w->doc->words.v[g->word].deprel) return;
    naba_syn_args a;
    naba_syn_arguments(w->doc, g->word, &a);
    uint32_t at = w->doc->words.v[g->word].token;
    int subj = -1;
    for (int i = 0; i < a.n_subj && subj < 0; i++) subj = unit_of_word(w, a.subj[i], at, 1);
    int obj = -1;
    for (int i = 0; i < a.n_obj && obj < 0; i++)
        if (!(a.n_subj && subject_apposition(w, a.subj[0], a.obj[i]))) obj = unit_of_word(w, a.obj[i], at, 0);
    for (int i = 0; i < a.n_iobj && obj < 0; i++) obj = unit_of_word(w, a.iobj[i], at, 0);
    for (int i = 0; i < a.n_obl && obj < 0; i++) {
        int u = unit_of_word(w, a.obl[i], at, 0);
        if (u >= 0 && u != subj) obj = u;
    }
    /* a verb with an object is active, whatever its voice feature says
    ** ("لقد قتل غزو روسيا أكثر من 12000 مدني"), unless the parser gave it a
    ** passive subject: then the "object" is an adverbial accusative
    ** ("قتل 6500 مسلم ... وحدها") */
    int written = g->written_passive; /* the writer's damma outweighs the parse */
    if (a.n_obj > 0 && !a.obj_clitic && !a.subj_pass && !written) a.passive = g->passive = 0;
    /* "وقتل شخصا": the parser's passive subject in the accusative is the object */
    if (a.subj_pass && accusative_actor_after(w, at)) {
        a.passive = g->passive = 0;
        if (obj < 0) obj = subj;
        subj = -1;
    }
    if (!a.subj_pass && !written && no_personal_passive(w, &w->doc->words.v[g->word], at)) a.passive = g->passive = 0;
    int second = a.subj_pass && !written && subj >= 0 ? accusative_second_subject(w, &a, at) : -1;
    if (second >= 0) {
        a.passive = g->passive = 0;
        if (obj < 0 || obj == subj) obj = second;
    }
    if (a.passive || g->passive || written) {
        g->passive = 1;
        /* "قتل 4 جنود": the subject of a passive verb is what was done to */
        if (*tgt < 0 && subj >= 0) *tgt = subj;
        return;
    }
    if (*src < 0 && subj >= 0) *src = subj;
    if (*tgt < 0 && obj >= 0 && obj != *src) *tgt = obj;
}

/* Do two words' features disagree in gender ("Gender=Fem" beside "Gender=Masc")? */
static int gender_clash(const naba_word *a, const naba_word *b) {
    const char *x = a->feats ? strstr(a->feats, "Gender=") : NULL, *y = b->feats ? strstr(b->feats, "Gender=") : NULL;
    return x && y && strncmp(x + 7, y + 7, 3);
}

/* Does word v's token open with "و" or "ف" ("وبحث", "فهاجم")? */
static int coordinated(const naba_doc *doc, int32_t v) {
    const naba_token *tk = &doc->tokens.v[doc->words.v[v].token];
    return tk->word_count >= 2 && doc->words.v[tk->word_first].upos == NABA_UPOS_CCONJ;
}

/* Does a quotation mark stand in the text between offsets a and b? */
int ev_quote_between(const naba_doc *doc, naba_off a, naba_off b) {
    static const char *const marks[] = {"\"", "«", "»", "“", "”"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        size_t n = strlen(marks[i]);
        for (naba_off k = a; k + n <= b; k++)
            if (!memcmp(doc->text + k, marks[i], n)) return 1;
    }
    return 0;
}

/* The actor subject of verb v, with its word in *subj_word; -1 if none. */
static int verb_subject(const ev_work *w, int32_t v, int32_t *subj_word, int *obj) {
    naba_syn_args a;
    naba_syn_arguments(w->doc, v, &a);
    uint32_t at = w->doc->words.v[v].token;
    *obj = -1;
    if (a.passive) return -1;
    for (int i = 0; i < a.n_obj && *obj < 0; i++) *obj = unit_of_word(w, a.obj[i], at, 0);
    for (int i = 0; i < a.n_subj; i++) {
        int u = unit_of_word(w, a.subj[i], at, 1);
        uint32_t st = w->doc->words.v[a.subj[i]].token;
        /* the subject word itself, not a name it governs: "مؤسس فيسبوك" is no Facebook */
        if (u >= 0 && w->units.v[u].b <= st && st < w->units.v[u].e) {
            *subj_word = naba_syn_head_noun(w->doc, a.subj[i]);
            return u;
        }
    }
    return -1;
}

/* "استهدف الطيران الحربي قرية الإمام، مما أدى إلى مقتل شخصين", "مجموعة
** مسلحة اعترضت طريق السيارة ...، مما أسفر عن مقتل أحد موظفي المصرف": a toll
** told as what the act before it brought about ("ما"/"مما" and "أسفر عن",
** "أدى إلى", "خلف", "أوقع", "تسبب في", at most "سقوط" between) was caused by
** the subject of that act: the nearest verb before "ما" in the sentence, past
** at most two verbs whose subjects are no actors (a relative clause, "التي
** كانت تقوم بنقل"), never a speech verb (its subject told, not did). The
** unit, else -1. */
int ev_cause_doer(const ev_work *w, size_t anchor) {
    static const char *const which[] = {"ما", "مما", NULL};
    static const char *const brought[] = {"اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب", "تسببت", NULL};
    static const char *const to[] = {"عن", "الي", "في", NULL};
    const naba_doc *doc = w->doc;
    size_t t = anchor;
    if (t > 0 && !strcmp(w->toks[t - 1].key, "سقوط")) t--;
    if (t > 0 && ev_key_in(&w->toks[t - 1], to)) t--;
    if (t < 3 || !ev_key_in(&w->toks[t - 1], brought) || !ev_key_in(&w->toks[t - 2], which) || !doc->words.n) return -1;
    const naba_token *what = &doc->tokens.v[t - 2];
    const naba_sentence *s = &doc->sents.v[doc->words.v[what->word_first].sent];
    int verbs = 0;
    for (int32_t v = (int32_t)what->word_first - 1; v >= (int32_t)s->word_first && verbs < 3; v--) {
        if (doc->words.v[v].upos != NABA_UPOS_VERB) continue;
        uint32_t vt = doc->words.v[v].token;
        if ((w->toks[vt].cue & EVC_REPORT) || ev_quote_between(doc, doc->words.v[v].end, what->start)) return -1;
        verbs++;
        int32_t subj_word = -1;
        int obj;
        int u = verb_subject(w, v, &subj_word, &obj);
        if (u < 0) continue;
        /* an act done to something or with arms, not a crash ("تحطمت طائرة
        ** هليكوبتر عسكرية ..., ما أسفر عن مقتل جميع الركاب") */
        naba_syn_args a;
        naba_syn_arguments(doc, v, &a);
        int armed = a.n_obj > 0;
        for (uint32_t k = vt; k < t - 2 && !armed; k++) armed = (w->toks[k].cue & (EVC_MEANS | EVC_WEAPON)) != 0;
        return armed ? u : -1;
    }
    return -1;
}

/* Has verb v a subject of its own: one the parser gives it (not taken from
** the verb it is conjoined to), a nominative, a definite noun in no other
** case, "أكثر" or an actor right after it ("وتنفي وحدات حماية الشعب",
** "ودعا المعهد الوطني")? */
static int own_subject(const ev_work *w, int32_t v) {
    const naba_doc *doc = w->doc;
    naba_syn_args a;
    naba_syn_arguments(doc, v, &a);
    uint32_t next = doc->words.v[v].token + 1;
    if (accusative_actor_after(w, next - 1)) return 0; /* "وقتل شخصا": its object */
    if (a.n_subj > 0 && !a.subj_inherited) return 1;
    if (next >= doc->tokens.n || doc->tokens.v[next].sent != doc->words.v[v].sent) return 0;
    const naba_token *tk = &doc->tokens.v[next];
    for (uint32_t k = tk->word_first; k < tk->word_first + tk->word_count && k < doc->words.n; k++) {
        const char *f = doc->words.v[k].feats;
        if (doc->words.v[k].upos == NABA_UPOS_ADP || doc->words.v[k].upos == NABA_UPOS_PRON || !f) break;
        /* "وطالب الادعاء": a definite noun the tagger gives no oblique case */
        if (strstr(f, "Case=Nom") || (strstr(f, "Definite=Def") && !strstr(f, "Case=Acc") && !strstr(f, "Case=Gen")))
            return 1;
    }
    if (!strcmp(w->toks[next].key, "اكثر")) return 1; /* "ويقاتل أكثر من ثلاثة آلاف تونسي" */
    for (size_t i = ev_first_unit_from(w, next); i < w->units.n && w->units.v[i].b == next; i++)
        if (!w->units.v[i].oblique && !w->units.v[i].place) return 1;
    return 0;
}

int ev_dropped_subject(const ev_work *w, const ev_gram *g, int *prev_obj) {
    const naba_doc *doc = w->doc;
    *prev_obj = -1;
    if (g->word < 0 || g->passive || g->plural || g->speaker || !coordinated(doc, g->word)) return -1;
    const naba_word *verb = &doc->words.v[g->word];
    if (own_subject(w, g->word)) return -1;
    const naba_sentence *s = &doc->sents.v[verb->sent];
    int32_t v = g->word - 1, found = -1, subj_word = -1;
    int u = -1, verbs = 0;
    for (; v >= (int32_t)s->word_first && verbs < 3; v--) {
        if (doc->words.v[v].upos != NABA_UPOS_VERB || doc->words.v[v].token == verb->token) continue;
        verbs++;
        uint32_t t = doc->words.v[v].token;
        if (t > 0 && relative_word(&w->toks[t - 1])) return -1; /* "الذي التقاه": another's clause */
        u = verb_subject(w, v, &subj_word, prev_obj);
        if (u >= 0) { found = v; break; }
        if (!coordinated(doc, v)) return -1;
    }
    /* "وبحث معه" opening a sentence: the subject of the sentence before */
    if (found < 0 && verbs == 0 && verb->token == s->tok_first && verb->sent > 0) {
        const naba_sentence *p = &doc->sents.v[verb->sent - 1];
        for (uint32_t k = p->word_first; k < p->word_first + p->word_count && found < 0; k++) {
            const naba_word *r = &doc->words.v[k];
            if (r->upos != NABA_UPOS_VERB || !r->deprel || strcmp(r->deprel, "root")) continue;
            u = verb_subject(w, (int32_t)k, &subj_word, prev_obj);
            if (u < 0) return -1;
            found = (int32_t)k;
        }
    }
    if (found < 0 || ev_quote_between(doc, doc->words.v[found].end, verb->start)) return -1;
    const ev_unit *x = &w->units.v[u];
    if (x->both || (x->code && strstr(x->code, "MED"))) return -1;
    if (subj_word >= 0) {
        const naba_word *sw = &doc->words.v[subj_word];
        if (gender_clash(sw, verb) || (sw->feats && strstr(sw->feats, "Number=Plur"))) return -1;
    }
    /* the object is the target only through a pronoun: "التقاه", "وبحث معه" */
    static const char *const pointing[] = {"معه", "معها", "له", "لها", "به", "بها", "عليه", "عليها", "اليه", "اليها", NULL};
    const naba_token *tk = &doc->tokens.v[verb->token];
    size_t next = verb->token + 1;
    if (!(doc->words.v[tk->word_first + tk->word_count - 1].upos == NABA_UPOS_PRON ||
          (next < w->n_toks && ev_key_in(&w->toks[next], pointing))))
        *prev_obj = -1;
    return u;
}
