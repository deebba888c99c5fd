/*
** quotes_words.c — what one unit of the text is, for the quotes stage's rules:
** an audience (للصحفيين), a name's start, a preposition or a verb by the
** morphology, a complement pronoun (عليها), a mention it falls in (part of the
** quotes stage; quotes.c has the overview).
**
** These tests are shared by the speaker phrase (quotes_speaker.c), the search
** for a subject (quotes_subject.c) and the content (quotes.c), so each is
** written once here.
*/
#include "quotes_ctx.h"
#include "affix.h"

#include <string.h>

naba_status q_index_mentions(ctx *c) {
    const naba_doc *d = c->doc;
    c->reach = naba_arena_alloc(d->arena, (d->mentions.n ? d->mentions.n : 1) * sizeof *c->reach);
    if (!c->reach) return NABA_ERR_NOMEM;
    naba_off r = 0;
    for (size_t m = 0; m < d->mentions.n; m++) c->reach[m] = r = d->mentions.v[m].end > r ? d->mentions.v[m].end : r;
    return NABA_OK;
}

size_t q_mentions_over(const ctx *c, naba_off s) {
    size_t lo = 0, hi = c->doc->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->reach[mid] <= s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The first mention that starts at byte s, or NULL. */
static const naba_mention *mention_starting(const ctx *c, naba_off s) {
    size_t m = naba_mention_from(c->doc, s);
    return m < c->doc->mentions.n && c->doc->mentions.v[m].start == s ? &c->doc->mentions.v[m] : NULL;
}

/* Words (not marks) among units [a, b). */
int q_words_between(const ctx *c, size_t a, size_t b) {
    int w = 0;
    for (size_t k = a; k < b && k < c->lx->n; k++) w += c->lx->v[k].kind != LX_PUNCT;
    return w;
}

/* لي, له, لها, لنا, لهم: a pronoun audience ("وقال لي بأن"). */
int q_pronoun_audience(const lx_unit *u) {
    static const char *const pron[] = {"لي", "له", "لها", "لنا", "لهم", "لهما", "لكم", "لك"};
    for (size_t k = 0; k < sizeof pron / sizeof pron[0]; k++)
        if (!strcmp(u->key, pron[k])) return 1;
    return 0;
}

/* Is unit k ل + a news medium the link stage knows (لرويترز, لفرانس برس: a
** knowledge-base entity whose actor code has the role MED)? Not a word the
** medium list names (لوكالة, لصحيفة) nor للـ: those are audiences already. */
int q_to_news_medium(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل") || str_has_prefix(u->key, "لل") ||
        is_q(c, k, Q_MEDIUM, WT_PREP))
        return 0;
    const naba_mention *mm = mention_starting(c, u->start + sizeof "ل" - 1);
    if (!mm) return 0;
    const char *code = mm->entity >= 0 ? d->entities.v[mm->entity].actor_code : NULL;
    return code && str_has_suffix(code, "MED");
}

/* An audience: للصحفيين, لـ AP, لوكالة, لرويترز, لمراسل. Unit k may be the end of
** the text ("... وفقا" closing an article). */
int q_audience(const ctx *c, size_t k) {
    if (k >= c->lx->n) return 0;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل")) return 0;
    if (!strcmp(u->key, "ل") || str_has_prefix(u->key, "لل") || q_pronoun_audience(u)) return 1;
    /* لمراسل, لمراسلة: a medium's reporter is one who is told */
    const wt_entry *e;
    return vmatch(c, k, WT_BIT(Q_MEDIUM) | WT_BIT(Q_REPORTER), WT_PREP, &e) > 0 || q_to_news_medium(c, k);
}

/* Can unit k, after its ل or ال, name who speaks: a name the recognizer
** found there, an unnamed speaker (مصادر), a medium (وكالة, الصحيفة), a
** document that is not a table of figures (بيان, تقرير, not إحصاءات), a body
** or a title (الوزارة, الناطق)? Not a law, a plan or a treaty (القانون). */
int q_speaks(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    size_t m = naba_mention_from(c->doc, u->start);
    if (m < c->doc->mentions.n && c->doc->mentions.v[m].start < u->end) return 1;
    const wt_entry *e;
    if (vmatch(c, k, WT_BIT(Q_DOCUMENT), WT_PREP | WT_DEF, &e)) return strcmp(e->str, "data") != 0;
    return vmatch(c, k, WT_BIT(Q_ANON) | WT_BIT(Q_MEDIUM) | WT_BIT(Q_SPEAKS), WT_PREP | WT_DEF, &e) > 0;
}

/* Is the lemma of word h, a noun that may carry a pronoun (مكتبه, روايته),
** of one of the classes in mask? */
int q_lemma_in(const ctx *c, int h, unsigned mask) {
    const char *l = c->doc->words.v[h].lemma;
    if (!l) return 0;
    char lemma[128];
    naba_fold(l, strlen(l), LX_FOLD, lemma, sizeof lemma);
    return wt_get(c->st->vt, lemma, mask) != NULL;
}

/* Is the lemma of word h (مكتبه, أحدهم) one of those who speak: an unnamed
** source, a medium, a body or a title, a document, a relation or a reporter? */
int q_lemma_speaks(const ctx *c, int h) {
    return q_lemma_in(c, h,
                      WT_BIT(Q_ANON) | WT_BIT(Q_MEDIUM) | WT_BIT(Q_SPEAKS) | WT_BIT(Q_DOCUMENT) | WT_BIT(Q_APPOSED) |
                          WT_BIT(Q_RELATION) | WT_BIT(Q_REPORTER));
}

/* The mention that starts at unit k, or NULL. */
const naba_mention *q_mention_at(const ctx *c, size_t k) {
    return mention_starting(c, c->lx->v[k].start);
}

/* Does a mention start at unit k? Then the unit is a name, whatever the
** morphology split off it (بومبيو is no ب + ومبيو). */
int q_name_starts(const ctx *c, size_t k) {
    return q_mention_at(c, k) != NULL;
}

/* UPOS of the head word of unit k (after و, ب, ل...), or -1 without
** morphology or when a name starts there. */
int q_head_upos(const ctx *c, size_t k) {
    int w = lx_head_word(c->lx, k);
    return w < 0 || q_name_starts(c, k) ? -1 : c->doc->words.v[w].upos;
}

/* Does unit k open with a preposition (بالشفاء, في)? */
int q_opens_with_adp(const ctx *c, size_t k) {
    int w = lx_word_at(c->doc, c->lx->v[k].start);
    return w >= 0 && c->doc->words.v[w].upos == NABA_UPOS_ADP;
}

/* Does unit k open with the preposition ب (بمغادرة, بشن)? As morphology
** splits it off: a name that starts with the letter (بشار, بوتين) does not;
** without morphology, a word of more than two letters after it. */
int q_opens_with_b(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ب") || q_name_starts(c, k)) return 0;
    int w = lx_word_at(d, u->start);
    if (w < 0) return strlen(u->key) > 6;
    return d->words.v[w].upos == NABA_UPOS_ADP && d->words.v[w].form && !strcmp(d->words.v[w].form, "ب") &&
           (size_t)w + 1 < d->words.n && d->words.v[w + 1].start < u->end;
}

/* Is unit k a preposition with a pronoun and nothing else (عليها, عنه,
** به), or the demonstrative ذلك / هذا alone? After a cue it is the verb's
** complement and the subject, if any, follows: "علق عليها الناشط", "كشفت
** عنه صحيفة", "أكد ذلك مدير البرنامج". Before a definite word هذا opens
** the subject (هذا الناطق), ذلك the verb's object ("أوضح ذلك المهندس
** خالد ...": news points back at what it has just told with ذلك). */
int q_complement_pronoun(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    if (u->kind != LX_WORD || w < 0 || q_name_starts(c, k)) return 0;
    const naba_word *a = &d->words.v[w];
    if ((size_t)w + 1 >= d->words.n || d->words.v[w + 1].start >= u->end)
        return (a->upos == NABA_UPOS_PRON || a->upos == NABA_UPOS_DET) &&
               (!strcmp(u->key, "ذلك") || (!strcmp(u->key, "هذا") && k + 1 < c->lx->n &&
                                           !str_has_prefix(c->lx->v[k + 1].key, "ال")));
    const naba_word *b = &d->words.v[w + 1];
    return a->upos == NABA_UPOS_ADP && b->upos == NABA_UPOS_PRON &&
           ((size_t)w + 2 >= d->words.n || d->words.v[w + 2].start >= u->end);
}

/* The last word of unit k, from its word w (doc->words). */
int q_last_word(const ctx *c, int w, size_t k) {
    const naba_doc *d = c->doc;
    while ((size_t)w + 1 < d->words.n && d->words.v[w + 1].start < c->lx->v[k].end) w++;
    return w;
}

int q_possessed(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    int w = lx_word_at(d, c->lx->v[k].start);
    return w >= 0 && (size_t)w + 1 < d->words.n && q_last_word(c, w, k) == w + 1 &&
           d->words.v[w].upos == NABA_UPOS_NOUN && d->words.v[w + 1].upos == NABA_UPOS_PRON;
}

/* Does morphology find a verb among the words of unit k (ليرد: ل + يرد)? */
int q_has_verb(const ctx *c, size_t k) { return lx_has_upos(c->lx, k, NABA_UPOS_VERB); }

/* The unit after the mention that covers unit e, or e when none does. */
size_t q_past_mention(const ctx *c, size_t e) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    for (size_t m = q_mentions_over(c, lx->v[e].start); m < d->mentions.n && d->mentions.v[m].start < lx->v[e].end; m++)
        if (d->mentions.v[m].end > lx->v[e].start) return lx_find(lx, d->mentions.v[m].end - 1) + 1;
    return e;
}

/* Is a damma written on unit k (يُعتبر, نُقل): the passive, where the
** writer took care to mark it? */
int q_has_damma(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    return memmem(c->doc->text + u->start, u->end - u->start, "\u064F", strlen("\u064F")) != NULL;
}

/* Is unit k يعتبر / تعتبر read as the passive "is considered" (يُعتبر),
** which reports nobody's words? Written with its damma, or followed by its
** predicate rather than a subject: من (يعتبر من أهم), بمثابة, an adjective
** without the article (تعتبر ظالمة, يعتبر أكبر) or an elative with it
** (تعتبر الأكثر اضطرابا), or a noun without the article with no أن in the
** next three units before a lone و (ويعتبر مطعم شقيق; but ويعتبر مراقبون
** أن is active). */
int q_considered(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    const lx_unit *u = &lx->v[k];
    const char *key = str_has_prefix(u->key, "و") || str_has_prefix(u->key, "ف") ? u->key + 2 : u->key;
    if (strcmp(key, "يعتبر") && strcmp(key, "تعتبر")) return 0;
    if (q_has_damma(c, k)) return 1;
    size_t j = k + 1;
    if (j >= lx->n || lx->v[j].gap == 2 || lx->v[j].kind != LX_WORD || c->seg_of[j] >= 0) return 0;
    const char *nk = lx->v[j].key;
    if (!strcmp(nk, "من") || str_has_prefix(nk, "بمثاب")) return 1;
    int up = q_head_upos(c, j), def = str_has_prefix(nk, "ال");
    if (up == NABA_UPOS_ADJ) return !def || (strlen(nk) == 10 && str_has_prefix(nk + 4, "ا"));
    if (up != NABA_UPOS_NOUN || def) return 0;
    for (size_t t = j + 1; t <= j + 3 && t < lx->n && strcmp(lx->v[t].key, "و"); t++) /* "ظالمة و أن": another content */
        if (is_q(c, t, Q_COMP, WT_CONJ)) return 0;
    return 1;
}

static const char *const not_past[] = {"لم", "الم", "ولم", "فلم", NULL};

/* Is the unit before k a word outside quotation marks, one of words? */
static int word_before_in(const ctx *c, size_t k, const char *const *words) {
    return k > 0 && c->lx->v[k - 1].kind == LX_WORD && c->seg_of[k - 1] < 0 && str_in(c->lx->v[k - 1].key, words);
}

/* Is unit k نقل right after لم (ألم نقل, ولم نقل)? There it is the jussive of
** قال, "we (did not) say": the writer's own voice, not the relay نقل. */
int q_we_said(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    return k > 0 && !strcmp(lx->v[k].key, "نقل") && lx->v[k - 1].kind == LX_WORD && str_in(lx->v[k - 1].key, not_past);
}

/* Is unit k right after لم or لن ("ولم يذكر أي من المتحدثين ... أن", "لم
** يوضح ما اذا", "ولم تظهر أي ساحة")? What was not said is nobody's words;
** لا stays a cue: "لا يرى أن" is a view held. */
int q_negated(const ctx *c, size_t k) {
    static const char *const not_future[] = {"لن", "ولن", "فلن", NULL};
    return word_before_in(c, k, not_past) || word_before_in(c, k, not_future);
}

/* Is unit k a passive cue after لا or a condition ("حتى لا يقال: إن
** انحيازه ...", "فإن قيل لك: قال فلان", "ولو قيل إن")? What someone
** might say is the writer's hypothesis, nobody's words. */
int q_hypothetical(const ctx *c, size_t k) {
    static const char *const particles[] = {"لا", "ولا", "لئلا", "كيلا", "لكيلا", "ان", "فان", "وان",
                                            "اذا", "فاذا", "واذا", "لو", "ولو", "فلو", NULL};
    return word_before_in(c, k, particles) && is_q(c, k, Q_PASSIVE, WT_CONJ);
}

/* Is unit k a participle between a byline's dash and a colon ("سبق- متابعة:
** أكدت الكويت أن")? متابعة names the desk that compiled the story; a
** participle that speaks goes on a clause before it (". مضيفا: ..."). */
int q_byline(const ctx *c, size_t k) {
    return k + 1 < c->lx->n && lx_is(c->lx, k + 1, ':') && is_q(c, k, Q_PARTICIPLE, 0) &&
           k > 0 && lx_is_dash(c->lx, k - 1);
}

/* Is unit k right after a number written in digits ("حوالي 700 طالب
** تجمعوا")? It is the noun counted; not with و nor a participle (a new
** clause: "لموسم 2018-2019 ومشيرا", "لسنة 2016 مشيرا") nor after a year
** ("وفي 2016 قال", "عام 2016 أعلن": the number after في or a year word). */
int q_counted(const ctx *c, size_t k) {
    static const char *const year[] = {"عام", "العام", "سنه", "السنه", "وفي", "في", "منذ", "خلال", NULL};
    const lx_text *lx = c->lx;
    return k > 1 && lx->v[k - 1].kind == LX_NUM && lx->v[k].gap < 2 && !str_has_prefix(lx->v[k].key, "و") &&
           !str_in(lx->v[k - 2].key, year) && !is_q(c, k, Q_PARTICIPLE, 0);
}

/* Is unit k the noun طالب, a student: followed by a nisba adjective (طالب
** جامعي كندي), by an imperfect verb (طالب يدرس بإحدى كليات الطب) or by ب
** with a place of study (طالب بجامعة جندوبة), or counted (10 ملايين طالب,
** 250 ألف طالب وطالبة)? The verb طالب takes a noun,
** أن or ب with a verbal noun (طالب بالإفراج). */
int q_student(const ctx *c, size_t k) {
    static const char *const studies[] = {"بجامعه", "بالجامعه", "بكليه", "بالكليه", "بمعهد", "بالمعهد",
                                          "بمدرسه", "بالمدرسه", "بالسنه", "بقسم", NULL};
    static const char *const scales[] = {"الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "مئات", NULL};
    const lx_text *lx = c->lx;
    if (!strcmp(lx->v[k].key, "طالب") && k > 0 && (q_counted(c, k) || str_in(lx->v[k - 1].key, scales)))
        return 1;
    if (strcmp(lx->v[k].key, "طالب") || k + 1 >= lx->n || lx->v[k + 1].kind != LX_WORD || lx->v[k + 1].gap > 1)
        return 0;
    const char *next = lx->v[k + 1].key;
    int up = q_head_upos(c, k + 1);
    return str_in(next, studies) || !strcmp(next, "وطالبه") || (up == NABA_UPOS_ADJ && str_has_suffix(next, "ي")) ||
           (up == NABA_UPOS_VERB && lx_head_has(lx, k + 1, "Aspect=Imp"));
}

/* Is the cue at unit k asked after هل ("هل ترى أن ...؟", an interviewer's
** question): nobody says what follows. */
int q_asked(const ctx *c, size_t k) {
    static const char *const ask[] = {"هل", "وهل", "فهل", NULL};
    return k > 0 && c->lx->v[k - 1].kind == LX_WORD && str_in(c->lx->v[k - 1].key, ask);
}

/* Is unit k نقل moving someone or something ("ونقل المهاجرون إلى سفينة",
** were moved), not relaying: إلى comes within a few words after it, before
** any عن, complementizer, colon, comma or mark of a relay ("ونقلت الوكالة
** عن مصدر أن"). */
int q_moved(const ctx *c, size_t k) {
    static const char *const stops[] = {"عن", "ان", "انه", "انها", "بان", NULL};
    const lx_text *lx = c->lx;
    int hw = lx_head_word(lx, k);
    if (hw < 0 || !c->doc->words.v[hw].lemma || strcmp(c->doc->words.v[hw].lemma, "نقل")) return 0;
    for (size_t j = k + 1; j < lx->n && j <= k + 4; j++) {
        if (lx->v[j].kind != LX_WORD || c->seg_of[j] >= 0 || str_in(lx->v[j].key, stops)) return 0;
        if (!strcmp(lx->v[j].key, "الي")) return 1;
        if (lx->v[j].sent_end) return 0;
    }
    return 0;
}

/* Is the verb cue at unit k, in the perfect right after a separate pronoun,
** that pronoun's predicate: a noun ("وهو طالب بالسنة الأولى", a student) or
** no speech ("وهي أضافت غنى إلى أرشيفه")? News writes a verb after its
** pronoun in the imperfect (وهو يقول), and "وهو ما أكده" has its ما. */
int q_pronoun_predicate(const ctx *c, size_t k) {
    static const char *const pronouns[] = {"هو", "وهو", "هي", "وهي", NULL};
    const lx_text *lx = c->lx;
    return k > 0 && lx->v[k].gap < 2 && lx->v[k - 1].kind == LX_WORD && str_in(lx->v[k - 1].key, pronouns) &&
           lx_head_has(lx, k, "Aspect=Perf");
}
