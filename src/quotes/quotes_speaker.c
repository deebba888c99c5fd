/*
** quotes_speaker.c — the speaker phrase: where the noun phrase that names a
** speaker starts and ends, and what it names (a person or organization
** mention, a document and its issuer, an unnamed official) (part of the
** quotes stage; quotes.c has the overview).
**
** Kept apart from the choice of which phrase speaks (quotes_subject.c): every
** way of finding a speaker — after the verb, before it, after a relative
** pronoun, after "according to" — reads its phrase through q_speaker_np and
** fills it through q_make_speaker, so the phrase ends the same way everywhere.
*/
#include "quotes_ctx.h"
#include "affix.h"
#include "namekey.h"

#include <string.h>

int q_has_person(const ctx *c, naba_off s, naba_off e) {
    const naba_doc *d = c->doc;
    for (size_t m = q_mentions_over(c, s); m < d->mentions.n && d->mentions.v[m].start < e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->end > s && mm->type == NABA_ENT_PER) return 1;
    }
    return 0;
}

/* A person's name within eight words after unit k, with no mark, speech cue
** or complementizer before it: "المدير التنفيذي للشركة ساندر بيتشاي", "نائب
** المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة المقدم محمد القرني" are a
** title with its name, not an audience (للصحفيين). */
static int name_follows(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    for (size_t j = k + 1; j < lx->n && j <= k + 8; j++) {
        const lx_unit *u = &lx->v[j];
        if (u->kind != LX_WORD || u->gap == 2 || c->seg_of[j] >= 0 || is_q(c, j, Q_COMP, 0) || cue_at(c, j)) return 0;
        const naba_mention *mm = q_mention_at(c, j);
        if (mm && mm->type == NABA_ENT_PER) return 1;
    }
    return 0;
}

/* Is unit k ل with the article after a definite noun and its definite
** adjectives ("المفوضية العليا للاجئين", "الرئاسة العامة للأرصاد", "الأمين
** العام للحزب", "الاتحاد العام التونسي للشغل")? There it is nearly always
** the genitive of a body's name or a title, which an audience would cut
** short; the press told is still an audience ("قال المتحدث الرسمي
** للصحفيين"). */
static int genitive_after_adjective(const ctx *c, size_t k) {
    static const char *const told[] = {"للصحفيين", "للصحافيين", "للصحافه", "للاعلاميين", "للمراسلين", "للحضور",
                                       "للحاضرين"};
    const lx_text *lx = c->lx;
    const char *key = lx->v[k].key;
    if (k < 2 || !str_has_prefix(key, "لل")) return 0;
    size_t noun = k - 1; /* back over the definite adjectives to their noun */
    while (noun > 0 && noun + 3 > k && str_has_prefix(lx->v[noun].key, "ال") && q_head_upos(c, noun) == NABA_UPOS_ADJ)
        noun--;
    if (noun + 1 == k || !(str_has_prefix(lx->v[noun].key, "ال") || str_has_prefix(lx->v[noun].key, "لل"))) return 0;
    /* a body's name the recognizer cut before its genitive (المنظمة الدولية
    ** | للهجرة) is read as its words; a medium after it is told (الجيش
    ** الإسرائيلي للوكالة) */
    int w = lx_head_word(lx, noun);
    const wt_entry *e;
    if (w < 0 || c->doc->words.v[w].upos != NABA_UPOS_NOUN ||
        (q_name_starts(c, noun) && vmatch(c, k, WT_BIT(Q_MEDIUM), WT_PREP | WT_DEF, &e)))
        return 0;
    for (size_t x = 0; x < sizeof told / sizeof *told; x++)
        if (!strcmp(key, told[x])) return 0;
    return 1;
}

/* Is unit k a demonstrative (with a clitic: لهذا, وهذه) before a definite
** noun (هذه الاتهامات, هذا الأسبوع)? With bare set, one written alone,
** before a definite noun or standing for a noun itself (نفى فيسبوك ذلك):
** a clitic ties it to what comes before. */
int q_demonstrative(const ctx *c, size_t k, int bare) {
    static const char *const dem[] = {"هذا", "هذه", "هولاء", "ذلك", "تلك", "اولئك"};
    const char *key = c->lx->v[k].key;
    size_t n = strlen(key), ok = 0;
    for (size_t x = 0; x < sizeof dem / sizeof *dem; x++)
        ok |= bare ? !strcmp(key, dem[x]) : str_ends(key, n, dem[x]);
    return ok && (bare || (k + 1 < c->lx->n && c->lx->v[k + 1].gap < 2 && str_has_prefix(c->lx->v[k + 1].key, "ال")));
}

/* Does the phrase before unit k end on a definite word or a name? Neither
** takes a genitive after it: what follows is no part of their phrase. */
static int after_definite(const ctx *c, size_t k) {
    if (c->seg_of[k - 1] >= 0) return 1; /* a name in quotation marks: "أوكسفام" */
    int p = lx_head_word(c->lx, k - 1);
    if (p < 0) return 0;
    const naba_word *prev = &c->doc->words.v[q_last_word(c, p, k - 1)];
    return (prev->feats && strstr(prev->feats, "Definite=Def")) || q_past_mention(c, k - 1) == k;
}

/* Can unit k open a speaker? Not when morphology finds no content word in
** it (عليها, بعدها, والتي, وذلك, ما, هناك, نحو: a preposition, pronoun,
** conjunction or adverb: "كما نص عليها القانون", "ما جعلها تقول"), nor when
** it is an indefinite accusative adverb or verbal noun (تنبيها, مثلاً,
** وفقاً, رداً: "أصدرت تنبيها يشير إلى أن" — what is said, not who says it).
** A name is a speaker whatever its tags. */
static int opens_speaker(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || q_name_starts(c, k)) return 1;
    int w = lx_word_at(d, u->start), content = 0;
    if (w < 0) return 1;
    for (int x = w; (size_t)x < d->words.n && d->words.v[x].start < u->end; x++) {
        int up = d->words.v[x].upos;
        content |= up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_ADJ || up == NABA_UPOS_NUM ||
                   up == NABA_UPOS_X || up == NABA_UPOS_VERB || up == NABA_UPOS_AUX; /* بسام as AUX */
    }
    /* a demonstrative before a definite noun: "رأى هؤلاء النقاد", "وفقا
    ** لهذا المصدر"; a title the morphology splits into و and a preposition
    ** ("أعلن والي القصرين": والي as و + إلى) */
    if (!content) return q_demonstrative(c, k, 0) || is_q(c, k, Q_APPOSED, 0);
    /* an adverbial accusative: a bare word ending in alef whose lemma does
    ** not, written with its tanwin (رداً, خطأ إملائياً) or a verbal noun of
    ** the form تفعيل (تنبيها, تعليقا) — a bare alef alone is also the end of
    ** foreign names (كاريكا, أنغيلا) — with no definite word after it (أبا
    ** الخيل is a name in construct) */
    const naba_word *h = &d->words.v[lx_head_word(c->lx, k)];
    size_t n = strlen(u->key);
    size_t nl = h->lemma ? strlen(h->lemma) : 0;
    const char *raw = d->text + u->start;
    size_t nr = u->end - u->start;
    int tanwin = nr >= 4 && (!memcmp(raw + nr - 4, "\u0627\u064B", 4) || !memcmp(raw + nr - 4, "\u064B\u0627", 4));
    int alef = str_ends(u->key, n, "ا") && nl >= 2 && !str_ends(h->lemma, nl, "ا") &&
               (tanwin || str_has_prefix(h->lemma, "ت"));
    if (!alef || !h->feats || !strstr(h->feats, "Case=Acc") || !strstr(h->feats, "Definite=Ind")) return 1;
    /* the counted noun after a number: "قال 20 مسؤولا"; a first name
    ** before a known surname: "أنغيلا ميركل" */
    if ((k + 1 < c->lx->n && q_name_starts(c, k + 1)) || (c->lx->v[k - 1].kind == LX_NUM || q_head_upos(c, k - 1) == NABA_UPOS_NUM)) return 1;
    return k + 1 < c->lx->n && str_has_prefix(c->lx->v[k + 1].key, "ال") && c->lx->v[k + 1].gap < 2;
}

/* Is unit k a noun with a possessive pronoun and no proclitic (مسؤوليتها,
** حديثها, رضاه) after a definite word or a name at unit k - 1? Such a noun is
** the verb's object: a genitive chain ends at its definite word and never
** goes on past it (أعلنت حركة الشباب مسؤوليتها, اختتمت العبودي حديثها).
** Only words of emphasis and quantity follow there (الرئيس نفسه, الأعضاء
** كلهم, المسؤولون أنفسهم); و and a preposition (ونائبه, باسمها) open units
** of their own and are not read here. A unit inside a name (عبدالله, موشيه:
** عبدال + ه to the morphology) or right before one (الألماني وقتها غابرييل
** زيغمار) is left to the name. */
static int object_after_definite(const ctx *c, size_t k) {
    static const char *const tags[] = {"نفس", "ذات", "عين", "كل", "جميع", "كلا", "كلتا", "بعض", "أحد", "معظم", "أغلب"};
    const naba_doc *d = c->doc;
    const lx_text *lx = c->lx;
    int w = lx_word_at(d, lx->v[k].start), p = lx_head_word(lx, k - 1);
    if (p < 0 || !q_possessed(c, k) || q_past_mention(c, k) != k || (k + 1 < lx->n && q_name_starts(c, k + 1)))
        return 0;
    const naba_word *n = &d->words.v[w];
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++)
        if (n->lemma && !strcmp(n->lemma, tags[t])) return 0;
    return after_definite(c, k);
}

/* Is unit k someone's own words: a noun of a statement or an interview with
** a possessive pronoun (حديثه, تصريحه, كلمتها)? It names what was said and
** whose, never who says it: "واختتم حديثه قائلا" (the object, the speaker is
** the one before), "وفق تصريحه" (his, the speaker's of the sentence). */
static int own_words(const ctx *c, size_t k) {
    if (c->lx->v[k].kind != LX_WORD || !q_possessed(c, k)) return 0;
    const char *l = c->doc->words.v[lx_word_at(c->doc, c->lx->v[k].start)].lemma;
    if (!l) return 0;
    char lemma[128];
    naba_fold(l, strlen(l), LX_FOLD, lemma, sizeof lemma);
    const wt_entry *e = wt_get(c->st->vt, lemma, WT_BIT(Q_MEDIUM));
    return e && (!strcmp(e->str, "statement") || !strcmp(e->str, "interview"));
}

/* Is unit k an indefinite accusative noun (بيانا, خيارا) after a definite
** word or a name ("الحساب الرسمي للمنتخب السعودي بموقع ... "تويتر" بيانا")?
** A word spelt with the accusative's alef that its lemma has not, outside
** any name: the verb's object, which no speaker's phrase holds. Not before
** a ل-genitive, which may name whose words the object is ("نقلت الوكالة
** تصريحاً لعمدة كيزليار قال فيه"). */
static int accusative_after_definite(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || c->seg_of[k] >= 0 || q_past_mention(c, k) != k || q_name_starts(c, k) ||
        q_head_upos(c, k) != NABA_UPOS_NOUN || (k + 1 < c->lx->n && str_has_prefix(c->lx->v[k + 1].key, "ل")))
        return 0;
    const naba_word *h = &c->doc->words.v[lx_head_word(c->lx, k)];
    size_t n = strlen(u->key), nl = h->lemma ? strlen(h->lemma) : 0;
    return str_ends(u->key, n, "ا") && nl >= 2 && !str_ends(h->lemma, nl, "ا") && h->feats &&
           strstr(h->feats, "Case=Acc") && strstr(h->feats, "Definite=Ind") && after_definite(c, k);
}

/* Does unit k follow an adjective without the article (ووصف محللون سياسيون
** أردنيون تصرفات): an adjective takes no genitive, so a noun after it opens
** a phrase of its own. Not one in the construct state, which heads its
** genitive (أكبر نقابة, أي طرف, أول أغنية). */
static int after_adjective(const ctx *c, size_t k) {
    const lx_unit *p = &c->lx->v[k - 1];
    return p->kind == LX_WORD && !p->latin && c->seg_of[k - 1] < 0 && !str_has_prefix(p->key, "ال") &&
           q_past_mention(c, k - 1) == k - 1 && q_head_upos(c, k - 1) == NABA_UPOS_ADJ &&
           lx_head_has(c->lx, k - 1, "Definite=Ind");
}

/* Is unit k a bare noun or adjective without the article after a definite
** word or a name (حث الشاهد شباب تونس إلى, حذر ... منطقة حائل شباب الوطن
** من, كتب بيدج ... لجوجل تدوينة)? Neither takes an indefinite genitive or
** adjective, so it opens the verb's object, unless it is a title in
** apposition or a particle of a name (class apposed: وزير التكوين, بن) or
** a name itself. A unit with a clitic (بالمناسبة, ونائبه) is not read. */
static int bare_after_definite(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || c->seg_of[k] >= 0 || str_has_prefix(u->key, "ال") || q_past_mention(c, k) != k ||
        q_name_starts(c, k) || is_q(c, k, Q_APPOSED, 0) || is_q(c, k, Q_QUANTITY, 0))
        return 0;
    int w = lx_word_at(d, u->start);
    if (w < 0 || d->words.v[w].start != u->start || q_last_word(c, w, k) != w) return 0;
    const naba_word *n = &d->words.v[w];
    return (n->upos == NABA_UPOS_NOUN || n->upos == NABA_UPOS_ADJ) && !(n->feats && strstr(n->feats, "Definite=Def")) &&
           (after_definite(c, k) || (n->upos == NABA_UPOS_NOUN && after_adjective(c, k)));
}

/* Is unit k a definite object after a definite word or a name: a country's
** or a body's name (اتهم الرئيس الفرنسي روسيا بالتواطؤ, طالب الأكراد دمشق
** بالتدخل), or a noun with the article (دعا رئيس الحكومة الشباب إلى, حذر
** اتحاد الكرة السعودي الجماهير من)? A noun with the article after a
** definite phrase is its apposition only when it is a title (الناطق الرسمي
** العقيد; before a name: name_follows); an adjective agrees with it
** (الحكومة الفرنسية), and so does a plural nisba noun (المسؤولون الروس).
** After a person's name the noun must be plural: a singular one is as often
** the surname the recognizer left out (الحبيب الصيد). A name with a
** preposition is a genitive (الأمين العام للأمم المتحدة). */
static int definite_after_definite(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    if (u->kind != LX_WORD || u->latin || c->seg_of[k] >= 0 || c->lx->v[k - 1].kind != LX_WORD || w < 0 ||
        d->words.v[w].upos == NABA_UPOS_ADP || is_q(c, k, Q_APPOSED, WT_DEF) || !after_definite(c, k) ||
        name_follows(c, k))
        return 0;
    const naba_mention *m = q_mention_at(c, k);
    if (m) return m->type == NABA_ENT_LOC || m->type == NABA_ENT_ORG;
    if (q_past_mention(c, k) != k || q_last_word(c, w, k) != w) return 0;
    const naba_word *n = &d->words.v[w];
    size_t nl = n->lemma ? strlen(n->lemma) : 0;
    return str_has_prefix(u->key, "ال") && n->upos == NABA_UPOS_NOUN && n->feats && strstr(n->feats, "Definite=Def") &&
           !(nl && str_ends(n->lemma, nl, "ي")) &&
           (strstr(n->feats, "Number=Plur") || !q_has_person(c, c->lx->v[k - 1].start, c->lx->v[k - 1].end));
}

size_t q_object_in(const ctx *c, size_t a, size_t e) {
    /* a demonstrative written alone before a definite noun opens the object
    ** too, after a phrase that takes no genitive: "ونفى مسؤولون سعوديون هذه
    ** الاتهامات" (not "زعماء هذه الدول") */
    for (size_t k = a + 1; k < e; k++)
        if (bare_after_definite(c, k) || definite_after_definite(c, k) ||
            (q_demonstrative(c, k, 1) && q_demonstrative(c, k, 0) && (after_definite(c, k) || after_adjective(c, k))))
            return k;
    return e;
}

void q_cut_at_object(ctx *c, speaker *sp) {
    if (!sp->have || sp->via_e != sp->via_s) return;
    size_t a = lx_find(c->lx, sp->s), e = lx_find(c->lx, sp->e - 1) + 1, o = q_object_in(c, a, e);
    speaker s = *sp;
    if (o < e && !q_make_speaker(c, a, o, sp)) *sp = s;
}

/* Is unit k a prepositional phrase with ب right after a person's name
** (الزريبي بالمناسبة, فلانري بمقابلة)? A name takes no complement: it is
** the clause's. باسم (المتحدث باسم) is a title's, and a title stands before
** the name. */
static int b_after_person(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    int w = lx_word_at(d, c->lx->v[k].start);
    if (w < 0 || d->words.v[w].upos != NABA_UPOS_ADP || !d->words.v[w].form || strcmp(d->words.v[w].form, "ب") ||
        !strcmp(c->lx->v[k].key, "باسم") || c->seg_of[k] >= 0 || q_past_mention(c, k) != k)
        return 0;
    naba_off s = c->lx->v[k - 1].end, e = c->lx->v[k].start;
    for (size_t m = q_mentions_over(c, s - 1); m < d->mentions.n && d->mentions.v[m].start <= e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->type == NABA_ENT_PER && mm->end <= e && mm->end >= s) return 1;
    }
    return 0;
}

/* Does a mention cover any of units [a, b)? */
static int names_any(const ctx *c, size_t a, size_t b) {
    for (size_t u = a; u < b; u++)
        if (q_past_mention(c, u) != u) return 1;
    return 0;
}

/* Is unit k an adjective outside a name that takes a ب complement: any
** but a nisba (lemma in ي), and معني (المعنية ب)? */
static int takes_b(const ctx *c, size_t k) {
    if (q_past_mention(c, k) != k || q_head_upos(c, k) != NABA_UPOS_ADJ) return 0;
    const char *lemma = c->doc->words.v[lx_head_word(c->lx, k)].lemma;
    size_t n = lemma ? strlen(lemma) : 0;
    return n && (!str_ends(lemma, n, "ي") || !strcmp(lemma, "معني"));
}

/* Does the speaker phrase from unit i run on at unit k into its clause: a
** finite verb ("مجلس الأمن التابع للأمم المتحدة أصدر", "سكاي نيوز جددت")
** or a ب-phrase ("واشنطن باستفزاز", "... بمشيئة الله تعالى") after a
** definite word or a name, which the parse hangs outside the phrase (on the
** cue or a later word)? A ب-phrase it hangs inside is the title's
** (المتحدث باسم الكرملين, مدير ... بالمؤسسة), a verb hung inside a relative
** clause (صاحب كتاب يتناول). With source set the phrase is a source after
** "according to" with no comma before its claim ("ووفقا للبيان تم حل",
** "وحسب المصادر قتل"): only a verb ends it, and a bare past after a document
** or unnamed sources is one too (no first name follows those). */
static int runs_on(const ctx *c, size_t i, size_t k, int source) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || c->seg_of[k] >= 0 || q_past_mention(c, k) != k || q_name_starts(c, k) ||
        !after_definite(c, k) || name_follows(c, k))
        return 0;
    int w = lx_word_at(d, u->start);
    if (w < 0) return 0;
    const naba_word *v = &d->words.v[w];
    if (q_opens_with_b(c, k)) {
        if (source) return 0;
        /* a title's (المتحدث باسم; the place of a named person's title:
        ** حسين بوشهوة المعتمد الأول بولاية سوسة — after a name it is the
        ** clause's: ظريف البحرين بمحاولة); a place with its name (كبير
        ** الصيادين بفرضة القطيف, مدير الكرة بنادي الاتحاد), but not a source
        ** (بحسب وكالة الأنباء); the complement of an adjective that takes
        ** one (التقرير الخاص بنسبة, البيانات الواردة بالتقرير, الجهات
        ** المعنية بالعملية). After a nisba adjective a body's or a country's
        ** name is complete (المندوبة الأمريكية بتحرك, اتحاد الكرة الإماراتي
        ** باعتذار). */
        if (str_has_prefix(u->key, "باسم") ||
            (k + 1 < c->lx->n && q_name_starts(c, k + 1) && !is_q(c, k, Q_SOURCE, WT_CONJ | WT_PREP)) ||
            (q_past_mention(c, k - 1) == k - 1 && q_has_person(c, c->lx->v[i].start, c->lx->v[k - 1].end)) ||
            takes_b(c, k - 1))
            return 0;
        v = &d->words.v[w + 1];
    } else if (v->upos != NABA_UPOS_VERB || !v->feats || !strstr(v->feats, "Aspect=") ||
               (v->lemma && v->form && !strcmp(v->form, v->lemma) && !names_any(c, i, k) &&
                !(source && (is_q(c, i, Q_DOCUMENT, WT_CONJ | WT_PREP | WT_DEF) || is_q(c, i, Q_ANON, WT_CONJ | WT_PREP | WT_DEF)))))
        /* a bare past after a title that names nobody is as often the first
        ** name the recognizer missed: العقيد الركن صادق الدويد, البروفسور
        ** ديك هابيما */
        return 0;
    if (v->head < 0) return 1;
    naba_off hs = d->words.v[v->head].start;
    return hs < c->lx->v[i].start || hs >= u->start;
}

/* Is unit u ل + a reporter with the medium's possessive (لمراسلنا,
** لمراسلتنا, لمراسلها)? */
static int our_reporter(const lx_unit *u) {
    size_t n = strlen(u->key);
    return str_has_prefix(u->key, "لمراسل") && (str_ends(u->key, n, "نا") || str_ends(u->key, n, "ها"));
}

/* Is unit k the participle صادر (issued), with or without the article? */
static int issued_by(const ctx *c, size_t k) {
    return str_has_prefix(c->lx->v[k].key, "صادر") || str_has_prefix(c->lx->v[k].key, "الصادر");
}

static int32_t entity_in(const ctx *c, naba_off s, naba_off e);

/* "دعا سموه الباري عز وجل أن", "طالب معاليه المجتمع الدولي": an
** honorific with its pronoun is the whole subject; the object follows. */
static int honorific_pronoun(const char *key) {
    static const char *const forms[] = {"سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سماحته",
                                        "جلالته", "فخامته", "سعادته", "سيادته", NULL};
    return str_in(key, forms);
}

/* Is unit k a stop word that opens a person's name of more words
** (علي العريض: علي is على folded; صباح خالد الحمد الصباح: a time word)? */
static int first_name_stop(const ctx *c, size_t k) {
    const naba_mention *mm = q_mention_at(c, k);
    return mm && mm->type == NABA_ENT_PER && mm->end > c->lx->v[k].end;
}

/* Is unit k the adverb "now" spelt with its madda ("ولكنها تقول الآن إن")?
** Folded it is the name Alan (آلان, ألان), which stays in a phrase. */
static int now_adverb(const ctx *c, size_t k) {
    static const char now[] = "الآن";
    const lx_unit *u = &c->lx->v[k];
    return u->end - u->start == sizeof now - 1 && !memcmp(c->doc->text + u->start, now, sizeof now - 1);
}

/* The speaker's noun phrase from unit i: [i, end). A short quoted name after
** its first word belongs to it: صحيفة "واشنطن بوست", مصادر «عكاظ»; so does
** one standing first when a relay or a complementizer follows it (ونقلت
** "فرانس برس" عن, ذكرت "رويترز" أن), or a colon and the words (وأردف
** "الملا": "..."). A hashtag name (#أليكسي_نافالني) is
** read through its marks. With source set, unit i is the source after
** "according to", known to name one who speaks (q_speaks): no stop word ends
** it there (وفقا للصحيفة, وفقا لوكالة "بلومبرغ"), and a source has no
** audience: ل is a genitive in it (وفقا للإدارة المركزية للإحصاء). */
static size_t speaker_np(const ctx *c, size_t i, int source) {
    const lx_text *lx = c->lx;
    size_t k = i;
    if (i < lx->n && lx->v[i].kind == LX_WORD && honorific_pronoun(lx->v[i].key)) return i + 1;
    while (k < lx->n && k < i + 16) {
        const lx_unit *u = &lx->v[k];
        if (c->seg_of[k] >= 0 && c->segs[c->seg_of[k]].a == k) {
            const seg *s = &c->segs[c->seg_of[k]];
            if (!s->closed || q_words_between(c, s->a, s->b + 1) > 4) break;
            /* "أكد «المرصد السوري لحقوق الإنسان»، أن": a name in marks, a
            ** comma and the complementizer */
            int comma_comp = s->b + 2 < lx->n && lx_is(lx, s->b + 1, ',') &&
                             is_q(c, s->b + 2, Q_COMP, 0) &&
                             (q_speaks(c, s->a + 1) || entity_in(c, lx->v[s->a].start, lx->v[s->b].end) >= 0);
            if (k == i && (s->b + 2 >= lx->n || !(!strcmp(lx->v[s->b + 1].key, "عن") || is_q(c, s->b + 1, Q_COMP, 0) || comma_comp ||
                                                  (lx_is(lx, s->b + 1, ':') && c->seg_of[s->b + 2] >= 0 &&
                                                   q_labels(c, s, &c->segs[c->seg_of[s->b + 2]])))))
                break;
            k = s->b + 1;
            continue;
        }
        if ((lx_is(lx, k, '#') || (k > i && lx_is(lx, k, '_'))) && lx_adjacent(lx, k) &&
            lx->v[k + 1].kind == LX_WORD) {
            k++;
            continue;
        }
        /* "د. خليلي الدليمي": the point of the doctor's title (lx_scan ends
        ** no sentence there) */
        if (k > i && k + 1 < lx->n && u->kind == LX_PUNCT && !u->sent_end && lx_is(lx, k, '.') &&
            lx->v[k + 1].kind == LX_WORD) {
            k++;
            continue;
        }
        if (u->kind != LX_WORD || (k > i && u->gap == 2) || c->seg_of[k] >= 0) break;
        /* "المنظمة الدولية للهجرة", "أحمد بن علي الدوسري": a ل-word or علي
        ** inside a name that began before it is the name's, not an audience
        ** or the preposition على (a day the recognizer ran a name over
        ** still ends the phrase) */
        if (k > i && q_past_mention(c, k - 1) > k && (str_has_prefix(u->key, "ل") || !strcmp(u->key, "علي"))) {
            k++;
            continue;
        }
        /* "نوه بجهود اللجنة": a ب-phrase first is the verb's complement,
        ** unless a name (باسم التميمي, بنجوين راندم هاوس) or an unnamed
        ** speaker (باحثون) the parse split */
        if (k == i && !source && q_opens_with_b(c, k) && !is_q(c, k, Q_ANON, 0) &&
            entity_in(c, u->start, u->end) < 0 &&
            !(k + 1 < lx->n && q_has_person(c, lx->v[k + 1].start, lx->v[k + 1].end)))
            break;
        /* "بيان صادر عن الحكومة": the issuer is part of the phrase */
        if (k > i && !strcmp(u->key, "عن") && issued_by(c, k - 1) && k + 1 < lx->n &&
            lx->v[k + 1].kind == LX_WORD && !is_q(c, k + 1, Q_COMP, WT_CONJ)) {
            k++;
            continue;
        }
        /* "عدد من المتضررين", "كثير من المحللين": a partitive من; "كل من
        ** ألمانيا وفرنسا": each of those named (كل alone before a noun, كل
        ** الأطراف, is an object, so it is no quantity) */
        if (k > i && !strcmp(u->key, "من") && (is_q(c, k - 1, Q_QUANTITY, WT_CONJ) || !strcmp(lx->v[k - 1].key, "كل")) &&
            k + 1 < lx->n &&
            lx->v[k + 1].kind == LX_WORD) {
            k++;
            continue;
        }
        int head = source && k == i; /* a source's first word is known to speak */
        /* a person's name is read through a word spelled as a cue: "المخرج
        ** امين طالب ان" (طالب) */
        int name = k > i && q_has_person(c, u->start, u->end);
        if (!head && ((is_q(c, k, Q_SPK_STOP, 0) && !first_name_stop(c, k)) || is_q(c, k, Q_COMP, 0) || now_adverb(c, k) ||
                      (!name && cue_at(c, k))))
            break;
        /* "شركة «بيجو» واحدة من رواد صناعة السيارات": "one of" after the
        ** subject opens an apposition */
        if (k > i && k + 1 < lx->n && (!strcmp(u->key, "واحده") || !strcmp(u->key, "واحد")) &&
            !strcmp(lx->v[k + 1].key, "من"))
            break;
        /* "وفقا للمصادر العسكرية فقد تقدمت": a stop word after ف opens the claim */
        if (k > i && str_has_prefix(u->key, "ف") && is_q(c, k, Q_SPK_STOP, WT_CONJ)) break;
        /* "وفقا للدراسة فإن": a complementizer after ف or و, unless it is a
        ** name's (لويس فان خال) */
        if (k > i && is_q(c, k, Q_COMP, WT_CONJ) && !q_has_person(c, u->start, u->end)) break;
        /* "تقرير لرويترز", "استطلاع لرويترز": a news medium after a document
        ** is its author, not an audience; after a correspondent it is whose
        ** he is ("مراسل لرويترز", "مراسلة لقناة الجزيرة") */
        int medium = k > i && (q_to_news_medium(c, k) || is_q(c, k, Q_MEDIUM, WT_PREP));
        if (q_audience(c, k) && !source && !(k > i && !q_has_person(c, lx->v[i].start, lx->v[k - 1].end) && name_follows(c, k)) &&
            !(k >= i + 2 && genitive_after_adjective(c, k)) &&
            !(medium && q_to_news_medium(c, k) && is_q(c, i, Q_DOCUMENT, WT_CONJ | WT_PREP | WT_DEF)) &&
            !(medium && is_q(c, k - 1, Q_REPORTER, WT_CONJ | WT_DEF)))
            break;
        if (k == i && !head && (is_q(c, k, Q_REFLEXIVE, 0) || !opens_speaker(c, k))) break;
        if (k == i && own_words(c, k)) break;
        if (k > i && !source && (object_after_definite(c, k) || accusative_after_definite(c, k))) break;
        /* "نفى ... سفيان طوبال هذه الاتهامات", "نفى فيسبوك ذلك": a
        ** demonstrative after a definite word or a name, which take no
        ** genitive, opens the verb's object (or a time: هذا الأسبوع); after an
        ** indefinite noun it is its genitive (رئيس هذه اللجنة), after a
        ** preposition its object (في هذه القضية) */
        if (k > i && q_demonstrative(c, k, 1) && after_definite(c, k)) break;
        if (k > i && !source && b_after_person(c, k)) break;
        /* the reporter told, after the speaker: with the medium's possessive
        ** ("ذات المصدر لمراسلنا"; first, "حسب مراسلنا", he is a source), or
        ** after an unnamed source without the ل ("وفق ما صرح به مصدر أمني
        ** مراسل الجوهرة أف أم") */
        if (k > i && (our_reporter(u) || (is_q(c, k, Q_REPORTER, 0) && is_q(c, i, Q_ANON, WT_CONJ | WT_DEF)))) break;
        if (k > i && !source && runs_on(c, i, k, 0)) break;
        /* a name in Latin script ends the phrase: "Fidan مبادلة POW" */
        if (k > i && !u->latin && lx->v[k - 1].latin) break;
        k++;
    }
    return k;
}

size_t q_speaker_np(const ctx *c, size_t i) {
    return speaker_np(c, i, 0);
}

/* The end of a source's phrase [j, se) after "according to" at the first
** verb that opens its claim (runs_on with source): "وحسب المصادر قتل". */
size_t q_source_end(const ctx *c, size_t j, size_t se) {
    for (size_t k = j + 1; k < se; k++)
        if (runs_on(c, j, k, 1)) return k;
    return se;
}

/* The source's phrase after "according to" from unit i, which names one who
** speaks behind its ل (q_speaks): [i, end). */
size_t q_source_np(const ctx *c, size_t i) {
    return speaker_np(c, i, 1);
}


static int32_t entity_in(const ctx *c, naba_off s, naba_off e) {
    const naba_doc *d = c->doc;
    int32_t any = -1;
    for (size_t m = q_mentions_over(c, s); m < d->mentions.n && d->mentions.v[m].start < e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->end <= s) continue;
        if (mm->type == NABA_ENT_PER) return mm->entity;
        if (any < 0) any = mm->entity;
    }
    return any;
}

/* The end of a speaker phrase [a, b) at its person's name: words after the
** name that no mention covers are the rest of the clause, not the speaker
** ("افتتح وزير الخارجية هاكان فيان المحادثات", "وبدا أردوغان غير قلق"). */
static size_t end_at_name(const ctx *c, size_t a, size_t b) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    naba_off s = lx->v[a].start, e = lx->v[b - 1].end, name_end = 0;
    for (size_t m = q_mentions_over(c, s); m < d->mentions.n && d->mentions.v[m].start < e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->end <= s) continue;
        if (mm->start >= name_end && mm->type != NABA_ENT_PER) return b; /* more names: a longer phrase */
        if (mm->type == NABA_ENT_PER && mm->end > name_end) name_end = mm->end;
    }
    if (!name_end || name_end >= e) return b;
    size_t k = lx_find(lx, name_end - 1) + 1;
    /* the word after the name ends the speaker when the parse hangs it
    ** outside the phrase (المحادثات, the object of افتتح; أسفه, of أبدى);
    ** a title in apposition (تيري فيرمو المدير) or a word the recognizer
    ** left out (لورا سميت) hangs on the name and stays */
    int h = lx_head_word(lx, k);
    if (h < 0 || lx->v[k].kind != LX_WORD || lx->v[k].latin || q_name_starts(c, k) || !d->words.v[h].deprel)
        return b;
    /* and only a word that cannot go on a name: definite (المحادثات), with a
    ** pronoun (أسفه) or a preposition (بمؤتمر), or a particle or verb; a bare
    ** noun is a title (مدير إدارة) or the rest of the name (أيمن بهجت قمر) */
    int last = q_last_word(c, h, k), up = d->words.v[h].upos;
    int bound = str_has_prefix(lx->v[k].key, "ال") || (last > h && d->words.v[last].upos == NABA_UPOS_PRON) ||
                d->words.v[h].start > lx->v[k].start;
    if (!bound && (up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_ADJ || up == NABA_UPOS_X))
        return b;
    int32_t hd = d->words.v[h].head;
    if (hd < 0) return b;
    naba_off hs = d->words.v[hd].start;
    if (hs < s || hs >= lx->v[k].start) return k;
    /* a definite plural or dual hung on a name as nmod is no title of the
    ** one person named (المدير, المتحدث agree with him) but the clause's:
    ** هاكان فيان المحادثات, فيان PROPN since the ner stage gives names back
    ** to the words layer (docs/morph.md, session 32) */
    const char *hf = d->words.v[h].feats;
    if (bound && d->words.v[hd].upos == NABA_UPOS_PROPN && !strncmp(d->words.v[h].deprel, "nmod", 4) && hf &&
        (strstr(hf, "Number=Plur") || strstr(hf, "Number=Dual")))
        return k;
    /* inside the phrase, only a noun phrase's own relations keep it (a
    ** misread name can take an object: فيان as a verb, المحادثات its obj) */
    static const char *const np_rel[] = {"appos", "nmod", "amod", "flat", "compound", "det", "nummod", "conj", "cc"};
    for (size_t r = 0; r < sizeof np_rel / sizeof *np_rel; r++)
        if (!strncmp(d->words.v[h].deprel, np_rel[r], strlen(np_rel[r]))) return b;
    return k;
}

/* Who issued the document named before unit k, inside the speaker phrase
** [.., b): a person or an organization named right after it (بيان وزارة
** الخارجية, past adjectives: تقرير أممي جديد, after صادر عن: بيان صادر عن
** الحكومة), or the agent of a relative verb that carries the document as its
** object pronoun (تقرير نشرته صحيفة, دراسة أجرتها شركة, قامت بها). 0 when the phrase
** names none. */
static size_t issuer(const ctx *c, size_t k, size_t b) {
    const naba_doc *d = c->doc;
    const lx_text *lx = c->lx;
    while (k < b && q_head_upos(c, k) == NABA_UPOS_ADJ) k++;
    if (k > 0 && k + 1 < b && !strcmp(lx->v[k].key, "عن") && issued_by(c, k - 1)) return k + 1;
    if (k >= b || lx->v[k].kind != LX_WORD) return 0;
    const naba_mention *mm = q_mention_at(c, k);
    if (mm) return mm->type == NABA_ENT_PER || mm->type == NABA_ENT_ORG ? k : 0;
    int w = lx_head_word(lx, k);
    if (k + 1 >= b || w < 0 || d->words.v[w].upos != NABA_UPOS_VERB || (size_t)w + 1 >= d->words.n) return 0;
    const naba_word *p = &d->words.v[w + 1];
    if (p->start < lx->v[k].end && p->upos == NABA_UPOS_PRON) return k + 1;
    /* "إحصائية قامت بها "العربية. نت"": the pronoun after a preposition */
    return k + 2 < b && (!strcmp(lx->v[k + 1].key, "بها") || !strcmp(lx->v[k + 1].key, "به")) ? k + 2 : 0;
}

/* Is unit k the verb نقل with the document as its object pronoun (بيان
** نقلته وكالة)? Who relays a document did not issue it. */
static int relays_document(const ctx *c, size_t k) {
    int w = lx_head_word(c->lx, k);
    return w >= 0 && c->doc->words.v[w].upos == NABA_UPOS_VERB && c->doc->words.v[w].lemma &&
           !strcmp(c->doc->words.v[w].lemma, "نقل");
}

/* Where the issuer named from unit k ends: a name in quotation marks, or its
** first word, the names that follow (mentions, quoted names), their
** adjectives and definite words (وزارة الخارجية, منظمة الصحة), a body's
** ل-genitive after its adjective (الهيئة الإدارية للاتحاد); what comes
** after is the clause's (منظمة العمل الدولية عشية, شركة "كورن فيري" بعنوان,
** رويترز شمل اقتصاديين, معهد يوغوف ونشرته). */
static size_t issuer_end(const ctx *c, size_t k, size_t b) {
    const lx_text *lx = c->lx;
    /* a name in quotation marks: قرأتها "العربية. نت", جمعتها "بلومبرغ" */
    for (size_t o = k > 0 ? k - 1 : k; o <= k; o++) {
        if (c->seg_of[o] < 0) continue;
        const seg *s = &c->segs[c->seg_of[o]];
        if (s->a == o && s->closed && s->b <= b) return s->b + 1;
    }
    size_t e = k + 1;
    while (e < b) {
        size_t n = q_past_mention(c, e);
        if (n == e && c->seg_of[e] >= 0 && c->segs[c->seg_of[e]].a == e && c->segs[c->seg_of[e]].closed)
            n = c->segs[c->seg_of[e]].b + 1; /* صحيفة "الشرق الأوسط" */
        if (n == e && (q_head_upos(c, e) == NABA_UPOS_ADJ || str_has_prefix(lx->v[e].key, "ال")) &&
            !is_q(c, e, Q_SPK_STOP, 0))
            n = e + 1;
        if (n == e && genitive_after_adjective(c, e)) n = e + 1; /* الهيئة الإدارية للاتحاد */
        if (n == e) break;
        e = n < b ? n : b; /* a mention may run on past the phrase: منظمة الصحة فإن */
    }
    return e;
}

/* "وقال بيان للخارجية الأميركية", "وفق ما أورده بلاغ للشركة الوطنية",
** "وأظهرت بيانات للشرطة": a statement, post or other document alone after the
** verb, [j, e), with a ل-complement that
** speaks (a name, a body) — its author; the phrase runs on through the author
** (its name, adjectives and definite words, as issuer_end reads them). Else e. */
size_t q_with_author(const ctx *c, size_t j, size_t e) {
    const lx_text *lx = c->lx;
    const wt_entry *w;
    size_t m = vmatch(c, j, WT_BIT(Q_AUTHORED) | WT_BIT(Q_DOCUMENT), WT_CONJ | WT_DEF, &w);
    if (!m || j + m != e || e + 1 >= lx->n) return e;
    const lx_unit *u = &lx->v[e];
    /* "تقرير ل"فاينينشال تايمز"": ل alone before a name in quotation marks */
    if (u->kind == LX_WORD && !strcmp(u->key, "ل") && c->seg_of[e + 1] >= 0 &&
        c->segs[c->seg_of[e + 1]].a == e + 1 && c->segs[c->seg_of[e + 1]].closed)
        return issuer_end(c, e + 1, lx->n);
    if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل") || strlen(u->key) <= 6 || c->seg_of[e] >= 0 ||
        vmatch(c, e, WT_BIT(Q_MEDIUM) | WT_BIT(Q_REPORTER), WT_PREP, &w) || /* بيان لوكالة: told */
        !(q_speaks(c, e) || str_has_prefix(u->key, "لل")))
        return e;
    return issuer_end(c, e, lx->n);
}

/* Where a document phrase with no issuer ends, from unit k after the
** document's noun: at a verb (دراسة نشرت, استطلاع شمل, أرقام رسمية نشرت),
** and after a definite noun at the first indefinite word — the verb's object,
** not a genitive (أظهرت الدراسة رغبة كبيرة, البيان الرسمي عبارات حادة).
** Names, and whatever follows a preposition (دراسة لشركة جلف تالنت, التحليل
** الدقيق لطرائف أشعب), stay. */
static size_t document_end(const ctx *c, size_t k, size_t b, int definite) {
    const lx_text *lx = c->lx;
    for (size_t e = k; e < b; e++) {
        const lx_unit *u = &lx->v[e];
        if (u->kind != LX_WORD || u->latin || c->seg_of[e] >= 0 || q_past_mention(c, e) > e) continue;
        if (q_opens_with_adp(c, e)) return b;
        if (issued_by(c, e)) return e; /* النشرة الشهرية الصادرة, its issuer outside the phrase */
        if (q_head_upos(c, e) == NABA_UPOS_ADJ || str_has_prefix(u->key, "ال")) continue;
        if (q_has_verb(c, e) || definite) return e;
    }
    return b;
}

/* A unit's key without the article, or و/ف and the article (والوزارة,
** الوزارة -> وزارة), as the link layer strips names (name_article_len). */
static const char *bare_key(const char *key) {
    size_t n = strlen(key);
    if ((str_has_prefix(key, "و") || str_has_prefix(key, "ف")) && name_article_len(key + 2, n - 2)) return key + 6;
    return key + name_article_len(key, n);
}

/* Do units [a, a + n) and [t, t + n) read alike, the article aside? */
static int same_words(const ctx *c, size_t a, size_t t, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (strcmp(bare_key(c->lx->v[a + k].key), bare_key(c->lx->v[t + k].key))) return 0;
    return 1;
}

/* Is unit k a quotation mark that may open a name (" « “)? */
static int name_mark(const ctx *c, size_t k) {
    uint32_t mark = lx_punct(c->lx, k);
    return mark == '"' || mark == 0xAB || mark == 0x201C;
}

/* Are units [s, e) words of one phrase: no name, preposition, verb or mark
** but a quotation mark right before the name (وكالة "فرانس برس")? */
static int plain_words(const ctx *c, size_t s, size_t e) {
    for (size_t k = s; k < e; k++) {
        if (k + 1 == e && name_mark(c, k)) continue;
        int upos = q_head_upos(c, k);
        if (c->lx->v[k].kind != LX_WORD || upos == NABA_UPOS_ADP || upos == NABA_UPOS_VERB || upos < 0) return 0;
    }
    return 1;
}

/* Does a title with the article open the name at unit ma or stand up to
** three words before it, in its sentence (صاحب السمو الملكي الأمير
** عبدالعزيز, معالي الوزير), or an honorific's noun (فضيلة الدكتور)? An honorific (سموه, معاليه) stands for a titled
** person, not any name the recognizer found (بأيدٍ أمينةٍ بفضل) nor the
** last one named beside him (الأمير فيصل بن خالد مع محمد العتيبي). */
static int titled(const ctx *c, size_t ma) {
    /* the honorifics' nouns, folded: فضيلة الدكتور, صاحب السمو */
    static const char *const nouns[] = {"سمو", "السمو", "معالي", "فضيله", "جلاله", "فخامه", "سماحه", "سعاده", "سياده", NULL};
    const lx_text *lx = c->lx;
    for (size_t t = ma + 1; t-- > 0 && ma - t <= 3;) {
        if (lx->v[t].kind != LX_WORD || lx->v[t].sent != lx->v[ma].sent) return 0;
        if (bare_key(lx->v[t].key) != lx->v[t].key && is_q(c, t, Q_APPOSED, WT_CONJ | WT_DEF)) return 1;
        if (str_in(lx->v[t].key, nouns)) return 1;
        if (t < ma && !plain_words(c, t, t + 1)) return 0;
    }
    return 0;
}

/* How far back a back-reference looks, in mentions: far enough for an
** article's paragraphs, bounded for a line of thousands of names. */
#define REFER_BACK_MENTIONS 400

/* The entity a speaker phrase of units [a, b) that names none refers back
** to: the nearest linked mention before it that fits. An honorific pronoun
** (سموه): the last person named with a title; الأخير: the last person named. A title (class apposed: رئيس
** الحكومة, الرئيس): a person it stood before (رئيس الحكومة يوسف الشاهد); a
** body's noun (class speaks: الوزارة, الشركة): a body named by it (وزارة
** الداخلية) or right after it (شركة أبل; شرطة دالاس names a place); one
** word: the person whose longer name ends in it (السبسي of الباجي قائد
** السبسي), or the body whose name is a body's noun and it (الداخلية of
** وزارة الداخلية). -1 when none fits. */
static int32_t refers_back(const ctx *c, size_t a, size_t b) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    size_t n = b - a;
    if (n >= 2 && str_has_prefix(lx->v[b - 1].key, "نفس")) n--; /* الوكالة نفسها, the agency itself */
    /* "اخير": الأخير (the latter) folded, without its article, as bare_key gives it */
    int honorific = n == 1 && honorific_pronoun(lx->v[a].key);
    int anyone = honorific || (n == 1 && !strcmp(bare_key(lx->v[a].key), "اخير"));
    int title = is_q(c, a, Q_APPOSED, WT_CONJ | WT_DEF), body = !title && is_q(c, a, Q_SPEAKS, WT_CONJ | WT_DEF);
    size_t m = q_mentions_over(c, lx->v[a].start);
    for (size_t seen = 0; m-- > 0 && seen < REFER_BACK_MENTIONS; seen++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->entity < 0 || mm->end > lx->v[a].start) continue;
        int person = mm->type == NABA_ENT_PER;
        size_t ma = lx_find(lx, mm->start), mb = lx_find(lx, mm->end - 1) + 1;
        if (anyone) {
            if (person && (!honorific || titled(c, ma))) return mm->entity;
            continue;
        }
        if (n == 1 && person && mb - ma >= 2 && !title && !body && same_words(c, a, mb - 1, 1)) return mm->entity;
        /* الداخلية, الخارجية: the body named before by its noun and this
        ** adjective (وزارة الداخلية); a noun after the body's is its
        ** genitive, another body (مجلس الحلف is not الحلف) */
        if (n == 1 && !person && !title && !body && mb - ma >= 2 && mm->type == NABA_ENT_ORG &&
            str_has_suffix(lx->v[a].key, "يه") &&
            is_q(c, ma, Q_SPEAKS, WT_CONJ | WT_PREP | WT_DEF) && same_words(c, a, ma + 1, 1))
            return mm->entity;
        if (!title && !body) continue;
        if (title != person || (body && mm->type != NABA_ENT_ORG)) continue;
        if (body && mb - ma >= n && same_words(c, a, ma, n)) return mm->entity;
        /* a title stands before its holder's name through the article (رئيس
        ** الحكومة يوسف الشاهد); without it the name is its genitive (محامي ترامب) */
        if (title && (ma == 0 || bare_key(lx->v[ma - 1].key) == lx->v[ma - 1].key)) continue;
        /* a body's noun right before its name, maybe through its quotation
        ** mark; a title before the name, maybe through its adjectives
        ** (الرئيس الأمريكي دونالد ترامب) */
        size_t gap = body ? (ma > 0 && name_mark(c, ma - 1)) : 2;
        for (size_t t = ma >= n + gap ? ma - n - gap : 0; t + n <= ma; t++)
            if (lx->v[t].sent == lx->v[ma].sent && same_words(c, a, t, n) && plain_words(c, t + n, ma)) return mm->entity;
    }
    return -1;
}

/* The mention that ends in unit k, or NULL. */
static const naba_mention *mention_ending(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    for (size_t m = q_mentions_over(c, u->start); m < d->mentions.n && d->mentions.v[m].start < u->end; m++)
        if (d->mentions.v[m].end > u->start && d->mentions.v[m].end <= u->end) return &d->mentions.v[m];
    return NULL;
}

/* How many units a title may take on either side of its holder's name
** (المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية الشيخ
** عبدالمجيد العمري; محمد بوسعيد، وزير المالية المغربي،). */
#define TITLE_UNITS 16

/* Is unit k a word a title may hold: a noun, adjective, name, number or
** preposition (كاتب الدولة لدى وزير الصناعة), no verb, particle, mark or
** other person's name? */
static int title_unit(const ctx *c, size_t k, uint32_t sent) {
    const lx_unit *u = &c->lx->v[k];
    int upos = q_head_upos(c, k);
    return u->kind == LX_WORD && u->sent == sent && c->seg_of[k] < 0 && !q_has_person(c, u->start, u->end) &&
           !is_q(c, k, Q_COMP, WT_CONJ) &&
           (upos < 0 || upos == NABA_UPOS_NOUN || upos == NABA_UPOS_PROPN || upos == NABA_UPOS_ADJ ||
            upos == NABA_UPOS_ADP || upos == NABA_UPOS_NUM || upos == NABA_UPOS_X);
}

/* Does every word of the speaker phrase [a, b) (هذا, هذه aside) stand
** among units [s, e), the article aside? "المسؤول" with more words stands
** for any title (المسؤول الإماراتي: وزير الدولة الإماراتي للشؤون الخارجية). */
static int words_among(const ctx *c, size_t a, size_t b, size_t s, size_t e) {
    for (size_t k = a; k < b; k++) {
        if (!strcmp(c->lx->v[k].key, "هذا") || !strcmp(c->lx->v[k].key, "هذه")) continue;
        int official = k == a && b > a + 1 && !strcmp(bare_key(c->lx->v[k].key), "مسوول");
        size_t t = s;
        while (t < e && !(official ? is_q(c, t, Q_APPOSED, WT_CONJ | WT_DEF) : same_words(c, k, t, 1))) t++;
        if (t == e) return 0;
    }
    return 1;
}

/* Does the key carry the article, maybe behind a preposition (بالتجارة,
** للشؤون)? */
static int has_article(const char *key) {
    static const char *const with[] = {"بال", "لل", "كال", "وبال", "ولل", "فبال", "فلل"};
    if (bare_key(key) != key) return 1;
    for (size_t k = 0; k < sizeof with / sizeof *with; k++)
        if (str_has_prefix(key, with[k])) return 1;
    return 0;
}

/* Do units [s, e) make the title former (الرئيس الأمريكي السابق باراك
** أوباما) where the phrase [a, b) does not? */
static int former(const ctx *c, size_t a, size_t b, size_t s, size_t e) {
    static const char *const was[] = {"سابق", "اسبق", NULL};
    for (size_t k = a; k < b; k++)
        if (str_in(bare_key(c->lx->v[k].key), was)) return 0;
    for (size_t k = s; k < e; k++)
        if (str_in(bare_key(c->lx->v[k].key), was)) return 1;
    return 0;
}

/* Does the title [a, b) stand by the person's name at units [ma, mb): in the
** words before it in its sentence, through a comma (كشف الدبلوماسي القطري
** محمد العمادي; وزير الداخلية، الهادي مجدوب), or after it between commas or
** as a bare title (لي هسين لونج، رئيس وزراء سنغافورة كان; المهدي بن غربية
** وزير العلاقة مع ...)? */
static int title_by_name(const ctx *c, size_t a, size_t b, size_t ma, size_t mb) {
    const lx_text *lx = c->lx;
    uint32_t sent = lx->v[ma].sent;
    size_t t = ma > 0 && lx_is(lx, ma - 1, ',') ? ma - 1 : ma, s = t;
    /* a bare noun right before the name has it as its genitive (وأمر قاضي
    ** المحكمة العليا بحصول ريتشارد), unless it is a title (قال وزير) or a
    ** name (مدرب توتنهام ماوريسيو); so does a relation (محامي القس برانسون) */
    const lx_unit *before = t > 0 ? &lx->v[t - 1] : NULL;
    if (t == ma && before && !has_article(before->key) && !is_q(c, t - 1, Q_APPOSED, WT_CONJ) &&
        !q_has_person(c, before->start, before->end) && entity_in(c, before->start, before->end) < 0)
        t = s = 0; /* no window before */
    while (s > 0 && t - s < TITLE_UNITS && title_unit(c, s - 1, sent) &&
           !is_q(c, s - 1, Q_RELATION, WT_CONJ | WT_DEF))
        s--;
    if (s < t && words_among(c, a, b, s, t) && !former(c, a, b, s, t)) return 1;
    size_t f = mb < lx->n && lx_is(lx, mb, ',') ? mb + 1 : mb, e = f;
    /* after it, only a title in apposition (أنور معروف، اليوم الثلاثاء
    ** للتهجم من قبل مواطن is none) */
    if (f >= a || !is_q(c, f, Q_APPOSED, f == mb ? 0 : WT_DEF)) return 0;
    while (e < a && e - f < TITLE_UNITS && title_unit(c, e, sent)) e++;
    return e > f && words_among(c, a, b, f, e) && !former(c, a, b, f, e);
}

/* The person a definite title or description with no name refers back to
** (الوزير, الدبلوماسي القطري, كاتب الدولة, رئيس وزراء سنغافورة): the one
** named before with those words by his name. When persons of more than one
** identity fit (وزير الخارجية X ... وزير الداخلية Y, then الوزير), only the
** last speaker among them; else -1. */
static int32_t titled_before(const ctx *c, size_t a, size_t b) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    /* definite: the article on the head, or a genitive that has it or is a
    ** name (كاتب الدولة, رئيس وزراء سنغافورة); not مسؤول أمريكي */
    const lx_unit *last = &lx->v[b - 1];
    int definite = bare_key(lx->v[a].key) != lx->v[a].key ||
                   (b - a >= 2 && (bare_key(last->key) != last->key || entity_in(c, last->start, last->end) >= 0));
    if (b - a > 4 || !definite || q_has_person(c, lx->v[a].start, last->end)) return -1;
    int32_t found = -1, other = -1;
    size_t m = q_mentions_over(c, lx->v[a].start);
    for (size_t seen = 0; m-- > 0 && seen < REFER_BACK_MENTIONS; seen++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->entity < 0 || mm->type != NABA_ENT_PER || mm->end > lx->v[a].start || mm->entity == found ||
            mm->entity == other)
            continue;
        if (!title_by_name(c, a, b, lx_find(lx, mm->start), lx_find(lx, mm->end - 1) + 1)) continue;
        if (found < 0) found = mm->entity;
        else other = mm->entity;
    }
    if (other < 0) return found;
    return c->last.have && (c->last.entity == found || c->last.entity == other) ? c->last.entity : -1;
}

/* "وأضاف البيان", "وأشار التقرير", "وجاء في هذا البيان": a document with no
** issuer refers back to the last one of its kind named before, whose issuer
** is the one named right after it (تقرير هيومن رايتس ووتش, بيان لوزارة
** الداخلية, بيان صادر عن ...), or the speaker of the quote it carried (قالت
** الشركة في بيان إن). -1 when that one names none. */
static int32_t document_before(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    /* quotes are emitted in reading order: one whose cue lies well before the
    ** units looked at told none of them (a 10 MB line holds thousands) */
    naba_off far = lx->v[k > 8 * REFER_BACK_MENTIONS ? k - 8 * REFER_BACK_MENTIONS : 0].start;
    for (size_t t = k; t-- > 0 && k - t < 4 * REFER_BACK_MENTIONS;) {
        if (lx->v[t].kind != LX_WORD || !same_words(c, k, t, 1)) continue;
        naba_off ts = lx->v[t].start, te = lx->v[t].end;
        for (size_t i = d->quotes.n; i-- > 0;) {
            const naba_quote *q = &d->quotes.v[i];
            if (q->cue && q->cue_end < far) break;
            int medium = q->medium_start <= ts && te <= q->medium_end;
            int resolved = (q->flags & NABA_QUOTE_RESOLVED) && q->speaker_start <= ts && te <= q->speaker_end;
            if ((medium || resolved) && q->speaker_entity >= 0) return q->speaker_entity;
        }
        /* a definite one is itself a reference back (ما ذكره التقرير) */
        if (bare_key(lx->v[t].key) != lx->v[t].key) continue;
        /* "حذر الحزب الجمهوري في بيان": the name right before في, maybe
        ** through a comma; a name after it is the verb's object (دعت
        ** المجموعة في تقرير السعودية) */
        if (t >= 2 && !strcmp(lx->v[t - 1].key, "في")) {
            size_t n = t - 2 > 0 && lx_is(lx, t - 2, ',') ? t - 3 : t - 2;
            const naba_mention *mm = mention_ending(c, n);
            return mm && (mm->type == NABA_ENT_ORG || mm->type == NABA_ENT_PER) ? mm->entity : -1;
        }
        /* the issuer after it, or its ل-author's own name (لوزارة الداخلية;
        ** not the place of للسفارة الأمريكية بالقاهرة) */
        size_t is = issuer(c, t + 1, lx->n);
        if (!is && q_with_author(c, t, t + 1) > t + 1) is = t + 1;
        if (is) return entity_in(c, lx->v[is].start, lx->v[is].end);
        /* "تقرير المنظمة": the body its genitive refers back to */
        if (is_q(c, t + 1, Q_SPEAKS, WT_DEF) && bare_key(lx->v[t + 1].key) != lx->v[t + 1].key)
            return refers_back(c, t + 1, t + 2);
        return -1;
    }
    return -1;
}

/* Is unit k a noun of a class that speaks for someone: a title, a body, a
** medium, a document, an unnamed source, a reporter, a number of people or
** a back-reference? */
static int speaking_head(const ctx *c, size_t k) {
    static const int speaking[] = {Q_APPOSED, Q_SPEAKS, Q_MEDIUM, Q_DOCUMENT, Q_ANON, Q_REPORTER, Q_QUANTITY, Q_BACK_REF};
    for (size_t x = 0; x < sizeof speaking / sizeof *speaking; x++)
        if (is_q(c, k, speaking[x], WT_CONJ | WT_DEF)) return 1;
    return 0;
}

/* Does sp's phrase name nobody: no entity, no name, a common noun at its
** head of no class that speaks, with a pronoun or a noun after it ("أكد
** دعمه التام", "نفى شائعة تأجيل", "تؤكد إصابة الفنانة")? After a verb with
** no words of its own it is the verb's object, whose subject came before. A
** bare word may be a name the recognizer missed (غولن, أحلام; a hashtag:
** #إليسا) and a noun with its adjective a group (الأطراف الأخرى, القيادة
** الفلسطينية). */
int q_names_nobody(const ctx *c, const speaker *sp) {
    if (!sp->have || sp->entity >= 0 || sp->related >= 0 || sp->desc || sp->doc || c->doc->text[sp->s] == '#')
        return 0;
    size_t a = lx_find(c->lx, sp->s), b = lx_find(c->lx, sp->e - 1) + 1;
    int h = lx_head_word(c->lx, a);
    return !c->lx->v[a].latin && q_head_upos(c, a) == NABA_UPOS_NOUN && !q_lemma_speaks(c, h) && (q_possessed(c, a) || (b > a + 1 && q_head_upos(c, a + 1) == NABA_UPOS_NOUN)) &&
           !names_any(c, a, b) && !q_has_person(c, sp->s, sp->e) && !is_q(c, a, Q_RELATION, WT_CONJ) &&
           !speaking_head(c, a);
}

/* Does the speaker phrase [a, b) name its entity only in a complement of its
** head, so that the head is not that entity: a person's name right after
** one of those around a person in the construct state (class relation:
** محامو بوستيك, حملة ماكرون; not any noun: the recognizer often leaves a
** first name out, عايدة رياض, and a body or place is named so, مملكة
** البحرين), or any name right after a preposition, a separate one or one
** the recognizer left out of the mention (المتفقدة الجهوية للصحة بسوسة)? A
** title, a body's noun, a medium, a document, an unnamed source or an
** honorific heads a phrase that speaks for the name (وزير الخارجية جواد
** ظريف, صحيفة واشنطن بوست). */
static int head_not_entity(const ctx *c, size_t a, size_t b, int32_t entity) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    if (lx->v[a].kind != LX_WORD || lx->v[a].latin || q_name_starts(c, a) || honorific_pronoun(lx->v[a].key)) return 0;
    int relation = is_q(c, a, Q_RELATION, WT_CONJ); /* محامي ترامب, though محامي is a title */
    if (!relation && speaking_head(c, a)) return 0;
    for (size_t m = q_mentions_over(c, lx->v[a].start); m < d->mentions.n && d->mentions.v[m].start < lx->v[b - 1].end; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        size_t k = lx_find(lx, mm->start);
        if (mm->entity != entity || k <= a || k >= b) continue;
        /* a place or body after the ب or ل the recognizer left out (و is no
        ** preposition; a person's name may begin with ب: بصفر) */
        if (mm->start > lx->v[k].start)
            return mm->type != NABA_ENT_PER && (str_has_prefix(lx->v[k].key, "ب") || str_has_prefix(lx->v[k].key, "ل"));
        if (q_head_upos(c, k - 1) == NABA_UPOS_ADP) return !(k >= a + 2 && issued_by(c, k - 2)); /* مرسوم صادر عن X */
        return mm->type == NABA_ENT_PER && k == a + 1 && relation;
    }
    return 0;
}

/* The person named in [s, e) after the mentions of entity `other`: the
** head's name in apposition after its genitive (محامي كوسبي توم ميسيرو), or
** -1. */
static int32_t apposed_person(const ctx *c, naba_off s, naba_off e, int32_t other) {
    const naba_doc *d = c->doc;
    naba_off past = s;
    for (size_t m = q_mentions_over(c, s); m < d->mentions.n && d->mentions.v[m].start < e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->end <= s) continue;
        if (mm->entity == other) past = mm->end;
        else if (mm->type == NABA_ENT_PER && mm->entity >= 0 && mm->start >= past && past > s) return mm->entity;
    }
    return -1;
}

/* Does unit k end in ة as a feminine word does? Not a title whose ة names
** men (the apposed row of value masc: "وحث عمدة المدينة قادة العالم على",
** the mayor is the subject of the masculine verb, not its object). */
int q_ends_feminine(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    const wt_entry *e;
    return u->kind == LX_WORD && str_ends(c->doc->text + u->start, u->end - u->start, "ة") &&
           !(vmatch(c, k, WT_BIT(Q_APPOSED), WT_DEF, &e) && !strcmp(e->str, "masc"));
}

/* Is the last speaker of the other gender than "the speaker" at unit a
** (المتحدث, المتحدثة)? Their gender is the verb's that named them, else
** their phrase's head's when it names no person (رئيسة الحكومة, but أسامة
** is a man's name). */
static int back_ref_other_gender(const ctx *c, size_t a) {
    int g = q_ends_feminine(c, a) ? 'F' : 'M', last = c->last_gender;
    size_t h = lx_find(c->lx, c->last.s);
    if (!last && h < c->lx->n && !q_has_person(c, c->lx->v[h].start, c->lx->v[h].end))
        last = q_ends_feminine(c, h) ? 'F' : 0;
    return last && last != g;
}

/* "ووفقا للبيان، تم": the preposition ل of "according to" is written into its
** source's first word and has taken the alef of its article, so no span of
** the text spells the source alone (handle_source moves the span past a ل
** that took none: لديليب كومار); its name is the morphology's form of the
** word after ل ("البيان") followed by the rest of the span ("المصدر ذاته").
** Only right after a word of the source class: elsewhere a speaker's ل is
** part of its word (لجنة, لوبيز). */
const char *q_source_name(const ctx *c, naba_off s, naba_off e) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    size_t u = lx_find(lx, s);
    int w = lx_word_at(d, s);
    if (u == 0 || u >= lx->n || lx->v[u].start != s || !is_q(c, u - 1, Q_SOURCE, WT_CONJ) || w < 0 ||
        (size_t)w + 1 >= d->words.n)
        return NULL;
    const naba_word *prep = &d->words.v[w], *noun = prep + 1;
    if (prep->start != s || prep->upos != NABA_UPOS_ADP || !prep->form || strcmp(prep->form, "ل") ||
        noun->token != prep->token || noun->end > e || !noun->form || !*noun->form)
        return NULL;
    size_t nf = strlen(noun->form), rest = e - noun->end;
    char *name = naba_arena_alloc(d->arena, nf + rest + 1);
    if (!name) return NULL;
    memcpy(name, noun->form, nf);
    memcpy(name + nf, d->text + noun->end, rest);
    name[nf + rest] = 0;
    return name;
}

/* Fill a speaker from units [a, b). */
int q_make_speaker(ctx *c, size_t a, size_t b, speaker *sp) {
    const lx_text *lx = c->lx;
    memset(sp, 0, sizeof *sp);
    sp->entity = sp->related = -1;
    if (b <= a) return 0;
    b = end_at_name(c, a, b);
    /* "واعتبر المتحدث أن": "the speaker" is the one named before, when the
    ** gender agrees ("قالت رئيسة الحكومة ... . كما أضاف المتحدث" is
    ** someone else) */
    if (b == a + 1 && c->last.have && is_q(c, a, Q_BACK_REF, WT_CONJ) && !back_ref_other_gender(c, a)) {
        *sp = c->last;
        return 1;
    }
    sp->s = lx->v[a].start;
    sp->e = lx->v[b - 1].end;
    sp->have = 1;
    sp->entity = entity_in(c, sp->s, sp->e);
    int latin = 0;
    for (size_t k = a; k < b; k++) latin |= lx->v[k].latin;
    const wt_entry *e;
    size_t stripped = 0;
    /* a document as the source: "ذكر تقرير", "أفاد بيان وزارة الخارجية" */
    /* "هذا البيان": the document the words before told */
    int this = b > a + 1 && (!strcmp(lx->v[a].key, "هذا") || !strcmp(lx->v[a].key, "هذه"));
    size_t da = a + this;
    size_t dn = latin || entity_in(c, lx->v[da].start, lx->v[da].end) >= 0 /* أرقام كابيتال */
                    ? 0
                    : wt_match(c->st->vt, lx, da, WT_BIT(Q_DOCUMENT), WT_CONJ | WT_PREP | WT_DEF, &e, NULL);
    if (dn) {
        sp->doc = e->str;
        int definite = this || str_has_prefix(lx->v[da + dn - 1].key, "ال") || str_has_prefix(lx->v[da].key, "ال");
        size_t is = issuer(c, da + dn, b);
        size_t end = is ? issuer_end(c, is, b) : document_end(c, da + dn, b, definite);
        /* "وقال بيان نقلته قناة دويتشه فيله": the medium that relays the
        ** document is no issuer; the document speaks, the medium relays */
        if (is > da + dn && relays_document(c, is - 1)) {
            speaker medium;
            sp->e = lx->v[da + dn - 1].end;
            sp->entity = definite && dn == 1 ? document_before(c, da) : -1;
            sp->resolved = sp->entity >= 0;
            if (q_make_speaker(c, is, end, &medium)) q_relayed_by(sp, &medium);
            return 1;
        }
        /* "بيان صادر عن الحكومة" stays whole: the statement and its issuer */
        if (is && !(is >= da + 2 && !strcmp(lx->v[is - 1].key, "عن") && issued_by(c, is - 2))) sp->s = lx->v[is].start;
        sp->e = lx->v[end - 1].end;
        sp->entity = entity_in(c, sp->s, sp->e);
        if (sp->entity < 0 && !is && end == da + dn && definite && dn == 1)
            sp->resolved = (sp->entity = document_before(c, da)) >= 0;
        return 1;
    }
    if (!latin && !q_has_person(c, sp->s, sp->e) &&
        wt_match(c->st->vt, lx, a, WT_BIT(Q_ANON), WT_CONJ | WT_PREP | WT_DEF, &e, &stripped)) {
        /* "المسؤول بالأمم المتحدة", "مصادر في الوزارة": an unnamed source
        ** of a body or place speaks for himself, related to it */
        if (sp->entity >= 0 && c->doc->entities.v[sp->entity].type != NABA_ENT_PER) {
            sp->related = sp->entity;
            sp->entity = -1;
        }
        /* "الدبلوماسي القطري": the diplomat named so before */
        int32_t named = sp->entity < 0 ? titled_before(c, a, b) : -1;
        if (named >= 0) {
            sp->entity = named;
            sp->resolved = 1;
            return 1;
        }
        /* "المسؤول" refers back to the unnamed official described before */
        if (stripped >= 4) {
            for (size_t h = c->ndescs; h-- > 0;) {
                char folded[256];
                naba_fold(c->descs[h], strlen(c->descs[h]), LX_FOLD, folded, sizeof folded);
                if (str_has_prefix(folded, e->key)) { sp->desc = c->descs[h]; return 1; }
            }
        }
        sp->desc = naba_arena_strndup(c->doc->arena, c->doc->text + sp->s, sp->e - sp->s);
        if (sp->desc && c->ndescs < 16) c->descs[c->ndescs++] = sp->desc;
        return 1;
    }
    if (latin) return 1;
    if (sp->entity >= 0 && head_not_entity(c, a, b, sp->entity)) {
        sp->related = sp->entity;
        sp->entity = apposed_person(c, sp->s, sp->e, sp->related);
    } else if (sp->entity < 0 && b - a <= 3 && (sp->entity = refers_back(c, a, b)) >= 0) {
        sp->resolved = 1;
    }
    /* a title with no name, or with only its place's (رئيس وزراء سنغافورة):
    ** the person named before with it */
    int title = is_q(c, a, Q_APPOSED, WT_CONJ | WT_DEF);
    int place = title && sp->entity >= 0 && c->doc->entities.v[sp->entity].type != NABA_ENT_PER;
    int32_t holder = title && (sp->entity < 0 || place) ? titled_before(c, a, b) : -1;
    if (holder >= 0) {
        if (place) sp->related = sp->entity;
        sp->entity = holder;
        sp->resolved = 1;
    }
    return 1;
}

/* "المدير التنفيذي للشؤون الأكاديمية في المدينة الدكتور عبد الناصر باطوق،
** أن", "مسؤول الحياة البرية في ولاية صباح ويليام بايا إن": a title with no
** name, cut at the preposition of its place, is the person named a few words
** on, right before the content (a comma, a complementizer or a colon) or
** its audience ("وزير الصحة في حكومة الحوثيين طه المتوكل للصحافيين، إن").
** The phrase's new end, else e. */
size_t q_title_place_name(const ctx *c, size_t j, size_t e) {
    const lx_text *lx = c->lx;
    const wt_entry *w;
    if (e <= j || e + 2 >= lx->n || q_has_person(c, lx->v[j].start, lx->v[e - 1].end) || q_head_upos(c, e) != NABA_UPOS_ADP)
        return e;
    /* a title or an unnamed source, not a name (القصر الملكي في بريطانيا
    ** نبأ ...), a medium or an honorific; a place after في, عن, على, لدى,
    ** من or ب (not قبل قرار ترامب), not the occasion or the medium (في مؤتمر
    ** صحفي مشترك مع العامري, في تصريح لمراسلة ...) */
    static const char *const place_preps[] = {"في", "عن", "علي", "لدي", "من"};
    int place = q_opens_with_b(c, e);
    for (size_t p = 0; p < sizeof place_preps / sizeof *place_preps; p++) place |= !strcmp(lx->v[e].key, place_preps[p]);
    if (!place || q_mention_at(c, j) || honorific_pronoun(lx->v[j].key) ||
        vmatch(c, j, WT_BIT(Q_MEDIUM) | WT_BIT(Q_DOCUMENT), WT_CONJ | WT_DEF, &w) ||
        vmatch(c, e + 1, WT_BIT(Q_MEDIUM) | WT_BIT(Q_DOCUMENT), WT_DEF, &w) ||
        vmatch(c, e, WT_BIT(Q_MEDIUM) | WT_BIT(Q_DOCUMENT), WT_PREP | WT_DEF, &w))
        return e;
    for (size_t k = e + 1; k < lx->n && k <= e + 6; k++) {
        /* the name between commas: "النائب عن حزب صوت الفلاحين، فيصل التبيني،
        ** إن", "الباحثة في علم النفس بجامعة أوتاغو النيوزيلندية، جيسي بيرينغ، أن" */
        if (lx_is(lx, k, ',') && k + 1 < lx->n && q_mention_at(c, k + 1) &&
            q_mention_at(c, k + 1)->type == NABA_ENT_PER)
            k++;
        const lx_unit *u = &lx->v[k];
        if (u->kind != LX_WORD || c->seg_of[k] >= 0 || is_q(c, k, Q_COMP, WT_CONJ) || cue_at(c, k)) return e;
        const naba_mention *m = q_mention_at(c, k);
        if (!m || m->type != NABA_ENT_PER) continue;
        size_t me = lx_find(lx, m->end - 1) + 1;
        return me < lx->n && (lx_is(lx, me, ',') || lx_is(lx, me, ':') || is_q(c, me, Q_COMP, WT_CONJ) ||
                                (q_audience(c, me) && strcmp(lx->v[me].key, "ل"))) ? me : e;
    }
    return e;
}

/* Does a medium's word (وكالة, صحيفة, قناة) open one of the few words
** before unit e? */
static int medium_before(const ctx *c, size_t e) {
    const wt_entry *w;
    for (size_t k = e; k > 0 && k + 6 > e; k--)
        if (vmatch(c, k - 1, WT_BIT(Q_MEDIUM), WT_CONJ | WT_DEF, &w)) return 1;
    return 0;
}

/* "رئيس الهيئة، شوقي الطبيب أن": a name in apposition after a comma, right
** before the reported content, belongs to the speaker; so does a person's
** name between commas or before a time word ("المستشارة الألمانية، أنغيلا
** ميركل، الأربعاء، إن", "المتحدث باسم الخارجية، راينر برويل، إلى"). */
size_t q_apposition(const ctx *c, size_t e) {
    const lx_text *lx = c->lx;
    if (e + 1 >= lx->n || !lx_is(lx, e, ',')) return e;
    size_t e2 = q_speaker_np(c, e + 1);
    if (e2 == e + 1 || e2 - (e + 1) > 4 || e2 >= lx->n) return e;
    if (is_q(c, e2, Q_COMP, WT_CONJ) || lx_is(lx, e2, ':')) return e2;
    if (!lx_is(lx, e2, ',') && !is_q(c, e2, Q_SPK_STOP, 0)) return e;
    if (q_has_person(c, lx->v[e + 1].start, lx->v[e2 - 1].end) || lx->v[e + 1].latin) return e2;
    /* a news medium between commas after one who is not a medium is the one
    ** told: "مصدر أمني، الجوهرة أف أم، أن" (but "وكالة الأنباء السورية، سانا") */
    const naba_mention *told = q_mention_at(c, e + 1);
    const char *code = told && told->entity >= 0 ? c->doc->entities.v[told->entity].actor_code : NULL;
    if (code && str_has_suffix(code, "MED") && !medium_before(c, e)) return e;
    /* without a person mention: only when the content follows a short aside */
    for (size_t k = e2; k < lx->n && k < e2 + 5; k++) {
        if (is_q(c, k, Q_COMP, WT_CONJ) || lx_is(lx, k, ':')) return e2;
        if (!lx_is(lx, k, ',') && !is_q(c, k, Q_SPK_STOP, 0)) break;
    }
    return e;
}

/* "ونقلت وكالة فرانس برس للأنباء عن مصدر طبي قوله", "نقلت وسائل إعلام
** رسمية في كوريا الشمالية الأحد عن الأسد قوله": the medium's phrase ended at
** j before its tail (للأنباء, (سانا), a place, a day). An عن a few words on,
** with no comma, cue, clause or quotation between, still names the one
** quoted when his قوله follows him: the end of X (from *from), 0 none. */
static size_t relayed_saying(const ctx *c, size_t j, size_t *from) {
    const lx_text *lx = c->lx;
    size_t t = j;
    for (; t < lx->n && t < j + 8 && strcmp(lx->v[t].key, "عن"); t++)
        if (lx->v[t].sent_end || c->seg_of[t] >= 0 || lx_is(lx, t, ',') || cue_at(c, t) || is_q(c, t, Q_COMP, WT_CONJ))
            return 0;
    if (t + 2 >= lx->n || strcmp(lx->v[t].key, "عن")) return 0;
    size_t e2 = q_speaker_np(c, t + 1), q = e2;
    if (e2 == t + 1) return 0;
    /* his قوله may follow a place or an office: "عن مصدر طبي في المدينة قوله" */
    for (; q < lx->n && q < e2 + 6 && !lx->v[q].sent_end && c->seg_of[q] < 0 && !is_q(c, q, Q_COMP, WT_CONJ); q++)
        if (!strncmp(lx->v[q].key, "قول", strlen("قول")) && q_possessed(c, q)) {
            *from = t + 1;
            return e2;
        }
    return 0;
}

/* "نقلت الوكالة عن X", "على لسان X": the phrase after the relay word, from
** unit e (the end of the relaying phrase); 0 when there is none. After a
** verb that relays nothing itself (relay 0), only "نقلا عن X" hands over:
** "ذكرت الوكالة نقلا عن مصادر أن" (a bare عن is its object: أعرب عن). */
size_t q_relayed(const ctx *c, size_t e, size_t *from, int relay) {
    const lx_text *lx = c->lx;
    size_t j = e;
    /* over an aside: "نقلت وسائل الإعلام، مساء الخميس، عن مصادر" */
    while (j < lx->n && j < e + 5 && (lx_is(lx, j, ',') || (is_q(c, j, Q_SPK_STOP, 0) && strcmp(lx->v[j].key, "عن") &&
                                                            strcmp(lx->v[j].key, "علي") && strcmp(lx->v[j].key, "نقلا"))))
        j++;
    if (j + 2 < lx->n && !strcmp(lx->v[j].key, "نقلا") && !strcmp(lx->v[j + 1].key, "عن")) j += 2;
    else if (!relay) return 0;
    else if (j + 1 < lx->n && !strcmp(lx->v[j].key, "عن")) j++;
    else if (j + 2 < lx->n && !strcmp(lx->v[j].key, "علي") && !strcmp(lx->v[j + 1].key, "لسان")) j += 2;
    else return relayed_saying(c, j, from);
    /* "نقلت الوكالة عن بيان للديوان الملكي": a document's author, as after the verb */
    size_t e2 = q_with_author(c, j, q_speaker_np(c, j));
    if (e2 == j) return 0;
    *from = j;
    return e2;
}

void q_relayed_by(speaker *sp, const speaker *relay) {
    if (!sp->have || !relay->have) return;
    sp->via_s = relay->s;
    sp->via_e = relay->e;
    sp->via_entity = relay->entity;
}

void q_set_via(ctx *c, size_t a, size_t b, speaker *sp) {
    speaker r;
    if (sp->have && q_make_speaker(c, a, b, &r)) q_relayed_by(sp, &r);
}
