/*
** quotes.c — the quotes stage: who said what.
**
** First the quotation marks are paired into segments, per paragraph, the way
** machine-translated news really writes them: “ used as a closing mark, « »
** and " mixed, a closing mark missing at the end of a paragraph, and one quote
** broken into pieces by a stray word (“لم نتلق” نعم “روسية...”) or continued
** after a full stop (“...”. “...”) — such pieces are merged into one.
**
** Then every speech cue (data/speech_verbs.tsv) is read in text order:
**   “...” ، أضاف المسؤول        the segment before the verb is the quote
**   وقال X إن ...               reported content up to the end of the sentence
**   وقال X: “...”               the segment (or the rest of the sentence) after
**   أعلن نفسه “بالرضا”          words, then a short segment: a mixed quote
**   دعا X إلى ...               verbs that take a preposition
**   مضيفا أن ...                a participle: the speaker is the previous one
**   ...، وفقا لـ X / كما تقول X   the clause before is attributed to X
** The speaker is the noun phrase after the verb (up to إن/أن, a colon, a comma,
** a preposition or an audience like للصحفيين; a name in apposition after a
** title belongs to it; a relay "عن X" / "على لسان X" hands over to X); after
** a resumptive pronoun (قال فيها) the noun it points at; after a relative
** pronoun that agrees with the verb (عبد الله التي أوضحت) the phrase before
** it; before the verb when the verb has no و and a subject precedes it; the
** author of a post named earlier in the sentence (في تغريدة لـX ... قال);
** a name or an unnamed speaker after a date, an audience or a medium (قال
** اليوم متحدث, قال لـ"الشرق الأوسط" مسؤول), a quoted name before the content
** or a counted group (ذكرت "بلومبيرغ" في تقرير أن, طالب 14 خبيرا);
** else the previous speaker (implicit). "المتحدث" refers back; "قيل" names
** nobody; a report relayed inside reported speech (قالت X إن تقارير أشارت
** إلى أن, قالت X إن الملك قال إن) stays X's, and the words after the inner
** verb are also a nested quote of the inner speaker, relayed by X; a relay
** (نقلت X عن Y, X نقلا عن Y) gives the words to Y, relayed by X.
** Unnamed speakers (مسؤول أوكراني كبير) are kept as a description, and a later
** "المسؤول" refers back to it. Segments with no cue become direct quotes of the
** previous speaker when they are long enough to be speech, not a title.
**
** This file is the pass over the text: the cues, the content each one takes
** and the quotes it emits. The segments are paired in quotes_marks.c, the
** speaker is chosen in quotes_subject.c and its phrase bounded in
** quotes_speaker.c; quotes_words.c holds the tests on one unit they share,
** quotes_ctx.h what the files share.
*/
#include "quotes_ctx.h"
#include "affix.h"
#include "stage.h"
#include "dates.h"
#include "link.h"

#include <stdlib.h>
#include <string.h>

const char *const quotes_classes[] = {"verb", "verb_prep", "participle", "source", "as_cue", "comp",
                                      "prep", "anon", "medium", "mprep", "spk_stop", "namer", "lead",
                                      "reflexive", "passive", "resumptive", "relative", "pron_lead",
                                      "back_ref", "authored", "document", "beside", "speaks", "reporter",
                                      "norm", "adverbial", "quantity", "apposed", "relation", "varies", NULL};

enum { K_NONE, K_COMP, K_COLON, K_SEG, K_PREP };

typedef struct found {
    int kind;
    size_t at;        /* unit of the complementizer / colon / preposition; segment index */
    int words;        /* words passed over before it */
    size_t first;     /* first unit passed over */
} found;

/* Do the words after a speaker open with an aside — an audience (للصحفيين)
** or a stop word (في مقابلة, خلال) — rather than the speaker's own words? */
static int opens_aside(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    return u->kind == LX_WORD && ((str_has_prefix(u->key, "ل") && strlen(u->key) > 4) || is_q(c, k, Q_SPK_STOP, 0));
}

/* A short quoted name inside an aside: "في مقابلة مع "العربية"", "رحلتها
** رقم "كيو-آر 920"", "عن هوية «العشيق»", "لمراسل "الجوهرة أف أم"" — an
** aside before it whose last word governs it: after two words or more, a
** noun, a name or مع; after one, a medium or its reporter (لمراسل, لوكالة).
** A quote right after a preposition is the speaker's words (أعربت عن "خيبة
** أملها"), and so is one after an audience of people (قال للصحفيين "...")
** or after words that are not an aside (أعلن نفسه “بالرضا”). */
static int named_in_aside(const ctx *c, const seg *s, const found *f) {
    if (!f->words || !opens_aside(c, f->first) || q_words_between(c, s->a, s->b + 1) > 3) return 0;
    size_t p = s->a - 1;
    if (c->lx->v[p].kind != LX_WORD || c->seg_of[p] >= 0) return 0;
    const wt_entry *e;
    if (vmatch(c, p, WT_BIT(Q_MEDIUM) | WT_BIT(Q_REPORTER), WT_PREP | WT_DEF, &e)) return 1;
    int up = q_head_upos(c, p);
    return f->words >= 2 && (up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || q_name_starts(c, p) ||
                             !strcmp(c->lx->v[p].key, "مع"));
}

static found find_content(const ctx *c, size_t j, int takes_prep) {
    static const char *const likely[] = {"المرجح", "المتوقع", "المفترض", "الممكن", "المنتظر", "المقرر",
                                         "المحتمل", "المستبعد", "الضروري", "المهم", "الصعب", NULL};
    static const char *const glued_said[] = {"و", "ب", NULL};
    const lx_text *lx = c->lx;
    found f = {K_NONE, 0, 0, j};
    size_t lim = q_clause_end(c, j);
    for (size_t k = j; k < lx->n && k < j + 30; k++) {
        if (k > j && c->para[k] != c->para[j]) break;
        if (c->seg_of[k] >= 0) {
            const seg *s = &c->segs[c->seg_of[k]];
            /* a short quoted name inside an appositive: "، الذي استخدم علامة “Corsair”" */
            /* or one right before the complementizer: 'لصالون "سيات"، إن',
            ** 'ضيف بوليتيكا على "الجوهرة اف أم" إنه' (a name of four words
            ** at most: the words come after إن) */
            size_t after = s->b + 1;
            while (after < lim && lx_is(lx, after, ',')) after++;
            int before_comp = q_words_between(c, s->a, s->b + 1) <= 4 && after < lim && is_q(c, after, Q_COMP, WT_CONJ);
            /* the second of two names ('برنامج "روسيا 2018" على "العربية":') is
            ** passed over as the first was */
            int second_name = s->a >= 2 && c->seg_of[s->a - 2] >= 0 && (size_t)c->seg_of[s->a - 2] + 1 == (size_t)c->seg_of[k] &&
                              f.words > 0 && q_names_by_preposition(c, &c->segs[c->seg_of[s->a - 2]], s);
            if (((lx_is(lx, j, ',') && q_words_between(c, s->a, s->b + 1) <= 2) || q_name_seg(c, s) || before_comp ||
                 named_in_aside(c, s, &f) || second_name ||
                 (s->b + 2 < lx->n && c->seg_of[s->b + 2] >= 0 && q_labels(c, s, &c->segs[c->seg_of[s->b + 2]]))) &&
                s->b + 1 < lim) {
                f.words += q_words_between(c, s->a, s->b + 1);
                k = s->b;
                continue;
            }
            /* a short name closing the sentence (بحسب وكالة "فرانس برس".) holds
            ** no words; the cue's subject may be a namer (وأضافت الصحيفة "..."),
            ** and words glued to و or ب are said (اتهمها بـ"اتباع" بريطانيا) */
            if (s->a > j + 1 && q_words_between(c, s->a, s->b + 1) <= 4 && q_name_seg(c, s) &&
                !str_in(lx->v[s->a - 1].key, glued_said))
                break;
            f.kind = K_SEG; f.at = (size_t)c->seg_of[k]; return f;
        }
        if (k >= lim) break;
        /* a clock's colon ("الساعة 2:08 مساء") opens no words */
        if (lx_is(lx, k, ':') && !lx_digits_colon(lx, k)) { f.kind = K_COLON; f.at = k; return f; }
        /* "بيانات تظهر تباطؤا ... من المرجح أن": the أن of "it is likely"
        ** (من المتوقع, من المقرر) is that phrase's, and the cue says nothing */
        if (k >= j + 2 && is_q(c, k, Q_COMP, WT_CONJ) && !strcmp(lx->v[k - 2].key, "من") &&
            str_in(lx->v[k - 1].key, likely))
            break;
        /* "أقر مجلس الشيوخ قانونا يمكن بموجبه أن": a verb right after the
        ** cue's object (a noun in the accusative without the article, first
        ** after the subject) opens a clause of its own, and the أن after it
        ** is that verb's; عما and مما (عن ما, من ما) the tagger reads as
        ** nouns open an aside ("قال ... عما يشتبه أنها") */
        if (k == j + 1 && c->seg_of[j] < 0 && strcmp(lx->v[j].key, "عما") && strcmp(lx->v[j].key, "مما") &&
            q_head_upos(c, k) == NABA_UPOS_VERB && !cue_at(c, k) &&
            q_head_upos(c, k - 1) == NABA_UPOS_NOUN && lx_head_has(lx, k - 1, "Case=Acc") &&
            !lx_head_has(lx, k - 1, "Definite=Def"))
            break;
        /* "بعد أن أصدرت", "دون أن يثير": an adverbial clause, not the content */
        if (is_q(c, k, Q_COMP, WT_CONJ) && !(k > j && is_q(c, k - 1, Q_ADVERBIAL, WT_CONJ))) {
            f.kind = K_COMP; f.at = k; return f;
        }
        /* "تابع بالقول": the manner of the cue, not its content */
        if (!strcmp(lx->v[k].key, "بالقول")) continue;
        /* "ودعت فرنسا على لسان وزير خارجيتها، إيف لودريان، إلى التهدئة": who
        ** spoke for the subject, not the content */
        if (k + 1 < lx->n && !strcmp(lx->v[k].key, "علي") && !strcmp(lx->v[k + 1].key, "لسان")) {
            k++;
            continue;
        }
        if (takes_prep && lx->v[k].kind == LX_WORD && (is_q(c, k, Q_PREP, 0) || q_opens_with_b(c, k))) {
            int comp = k + 1 < lx->n && is_q(c, k + 1, Q_COMP, 0);
            f.kind = comp ? K_COMP : K_PREP; f.at = comp ? k + 1 : k; return f;
        }
        /* "وقال المسؤول طالبا عدم ذكر اسمه:", "طلب عدم كشف هويته إن": asking
        ** not to be named is an aside, no attribution of its own */
        if (cue_at(c, k) && !(k + 1 < lx->n && !strcmp(lx->v[k + 1].key, "عدم")) && strcmp(lx->v[k - 1].key, "عدم"))
            break;
        if (lx->v[k].kind != LX_PUNCT) f.words++;
    }
    return f;
}

/* Inside a clause تابع is "followed up" (السفارة تابعت الحادث), نقل "was
** moved" (نُقل إلى مستشفى) and جاء / ورد في "came in" (ورد في تحقيقات
** بدأت): speech only where they open a sentence. */
static int opens_only(const wt_entry *e) {
    return !strcmp(e->str, "تابع") || !strcmp(e->str, "نقل") || !strcmp(e->str, "جاء");
}

/* Reported content from unit a that opens with a subject who speaks and a
** speech verb of its own ("إن الملك قال", "أن وزارة الخارجية أعلنت"): the
** verb's unit (its length in *k, its entry in *e), 0 when there is none. */
static size_t inner_cue(const ctx *c, size_t a, size_t end, size_t *k, const wt_entry **e) {
    size_t v = q_speaker_np(c, a);
    *k = v > a && v < end && q_speaks(c, a) ? vmatch(c, v, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), 0, e) : 0;
    /* the subject is a noun phrase: "الأسعار ارتفعت حين قال", "الأدلة لا
    ** تشير" are clauses */
    for (size_t u = a; *k && u < v; u++) {
        int up = q_head_upos(c, u);
        if (q_has_verb(c, u) || up == NABA_UPOS_PART || up == NABA_UPOS_SCONJ || up == NABA_UPOS_AUX) *k = 0;
    }
    if (*k && opens_only(*e)) *k = 0;
    return *k ? v : 0;
}

/* Is the word after the cue at unit k a noun or a name, its subject? */
static int subject_follows(const ctx *c, size_t k) {
    if (k + 1 >= c->lx->n || c->lx->v[k + 1].kind != LX_WORD) return 0;
    int up = q_head_upos(c, k + 1);
    return up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || q_name_starts(c, k + 1);
}

/* Is the cue at unit k, with no conjunction before it, the verb of the
** content's own subject, a definite noun phrase from unit a run on by its
** relative clause with no mark or complementizer between ("أن الضربات
** الجوية التي نفذتها لندن وباريس وواشنطن أوضحت أن")? The words go on
** through it, as they do after a shorter subject (a relay), and it
** opens no words of its own there. So does a longer subject with no verb
** that names nobody who speaks ("أن الحصيلة الأولية لهذا الحادث تشير إلى",
** "إن البيانات الأخيرة الصادرة عن الشرطة تظهر أن"): a thing that shows.
** A demonstrative may open the subject and a comma set off its relative
** clause ("إن تلك البرامج، التي تزعم أنها قادرة ...، قد تكون"), unless
** the cue after that comma has a noun after it, a subject of its own ("،
** التي تقول السلطات إنها"). A subject with a demonstrative and no relative
** clause may be a topic the cue's own subject follows ("أن هذه الفئة
** الباغية حذر رسول الله منها"): not read so. */
static int predicate_cue(const ctx *c, size_t a, size_t k) {
    const lx_text *lx = c->lx;
    int w = lx_word_at(c->doc, lx->v[k].start), relative = 0;
    size_t h = a + (a + 1 < k && q_demonstrative(c, a, 0)); /* "إن تلك البرامج" */
    if (k <= a + 3 || k > a + 12 || w < 0 || c->doc->words.v[w].upos != NABA_UPOS_VERB ||
        q_head_upos(c, h) != NABA_UPOS_NOUN || !lx_head_has(lx, h, "Definite=Def"))
        return 0;
    int comma = 0, verbs = 0; /* the relative clause's one verb; a second is the subject's own (التي ساقها ترامب كانت) */
    for (size_t u = a; u < k; u++) {
        /* a comma before the relative pronoun: "تلك البرامج، التي تزعم أنها" */
        if (u > a && u + 1 < k && lx_is(lx, u, ',') && is_q(c, u + 1, Q_RELATIVE, 0)) {
            comma = 1;
            continue;
        }
        if (lx->v[u].kind != LX_WORD || c->seg_of[u] >= 0 || cue_at(c, u) || is_q(c, u, Q_COMP, WT_CONJ) ||
            is_q(c, u, Q_LEAD, WT_CONJ))
            return 0;
        relative |= is_q(c, u, Q_RELATIVE, 0);
        if (q_has_verb(c, u) && (!relative || ++verbs > 1)) return 0;
    }
    if (relative) return !(comma && subject_follows(c, k));
    return h == a && !q_speaks(c, a) && !q_has_person(c, lx->v[a].start, lx->v[k - 1].end);
}

/* Is the cue at unit k a verb of plural agreement right after a noun, with no
** و (كوادر الحزب الحاكم يطالبون الرئيس)? Its subject is the noun before it
** — a verb before its subject agrees in the singular — so it describes that
** noun inside the content; "، وأكدوا أن" after a comma is a new attribution. */
static int describes_noun(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    int w = lx_word_at(d, c->lx->v[k].start), up = q_head_upos(c, k - 1);
    return w >= 0 && d->words.v[w].upos == NABA_UPOS_VERB && d->words.v[w].feats &&
           strstr(d->words.v[w].feats, "Number=Plur") && c->lx->v[k - 1].kind == LX_WORD && c->seg_of[k - 1] < 0 &&
           (up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ || up == NABA_UPOS_PROPN);
}

/* Does a verb of varying stand before unit i in its clause, up to a comma
** or six words back ("تختلف أسعار العسل المعروض في المهرجان بحسب نوعه")?
** The "according to" at i then says what the thing depends on. */
static int varies_before(const ctx *c, size_t i) {
    size_t s0 = q_sentence_start(c, i);
    for (size_t k = i, n = 0; k-- > s0 && n < 6 && !lx_is(c->lx, k, ',') && c->seg_of[k] < 0; n++)
        if (is_q(c, k, Q_VARIES, WT_CONJ)) return 1;
    return 0;
}

/* "حسب عدد المسافرين": after "according to", the number of a definite
** plural is a measure things follow, no source; "بحسب عدد من المسؤولين"
** (some officials) is one. */
static int by_number_of(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    return j + 1 < lx->n && !strcmp(lx->v[j].key, "عدد") && lx->v[j + 1].kind == LX_WORD &&
           c->seg_of[j + 1] < 0 && str_has_prefix(lx->v[j + 1].key, "ال");
}

/* The source after "according to" at [i, i+k) (وفقا لـ X, بحسب X, وفق ما
** ذكرته X): the end of its phrase, from *j; 0 when it names none. */
static size_t source_np(const ctx *c, size_t i, size_t k, size_t *j_out) {
    const lx_text *lx = c->lx;
    if (!strcmp(lx->v[i].key, "فحسب")) return 0; /* "only" */
    size_t j = i + k;
    *j_out = j;
    if (varies_before(c, i)) return 0;
    if (j < lx->n && !strcmp(lx->v[j].key, "ل") && lx->v[j].gap < 2) j++; /* وفقا لـ X */
    /* "وفقا لما ذكرته السفيرة", "بحسب ما كشف شريكه": the speaker follows the verb */
    int after_verb = 0;
    if (j + 2 < lx->n && (!strcmp(lx->v[j].key, "ما") || !strcmp(lx->v[j].key, "لما")) &&
        lx->v[j + 1].kind == LX_WORD) {
        const wt_entry *v;
        size_t kv = vmatch(c, j + 1, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), WT_CONJ, &v);
        j += 1 + (kv ? kv : 1);
        if (j + 1 < lx->n && q_complement_pronoun(c, j)) j++; /* "لما أشارت إليه التقارير" */
        after_verb = 1;
    }
    *j_out = j;
    size_t se = q_speaker_np(c, j);
    /* "وفق ما أورده بلاغ للشركة الوطنية", "بحسب تقرير ل"فاينينشال تايمز"" */
    if (se > j) se = q_with_author(c, j, se);
    /* "وفقا لرويترز", "وفقا لوكالة رويترز", "وفقا للصحيفة": after "according
    ** to", a news medium or another who speaks is the source, not the
    ** audience it is after a verb (قال لرويترز); a law is none (وفقا للقانون) */
    if (se == j && q_audience(c, j) && (q_to_news_medium(c, j) || q_speaks(c, j))) se = q_source_np(c, j);
    /* "وفقا لقانون العقوبات", "بحسب الخطة": "in accordance with" a law, a
    ** rule or a plan attributes nothing */
    const wt_entry *norm;
    if (se == j || (!after_verb && (vmatch(c, j, WT_BIT(Q_NORM), WT_PREP | WT_DEF, &norm) || by_number_of(c, j))))
        return 0;
    return q_source_end(c, j, se);
}

/* Is the lemma a noun of saying, a post or a page (تعبير, قول, حساب)? */
static int saying_noun(const char *lemma) {
    static const char *const saying[] = {"تعبير", "قول", "رأي", "كلام", "زعم", "وصف", "تقدير", "رواية", "اعتقاد",
                                         "ترجيح", "حساب", "صفحة", NULL};
    return lemma && str_in(lemma, saying);
}

/* Is the source phrase [j, se) one noun of saying with a pronoun (وفق
** تعبيره, حسب قوله, بحسب حسابه): the words of the one the pronoun points
** at, not a source of their own? (مصادرنا, مراسلنا are sources.) */
static int own_words(const ctx *c, size_t j, size_t se) {
    if (se != j + 1 || !q_possessed(c, j)) return 0;
    return saying_noun(c->doc->words.v[lx_word_at(c->doc, c->lx->v[j].start)].lemma);
}

/* Is unit k, after a comma outside quotation marks, the writer's tail on
** reported words: "، دون أن يحدد ..." (what the speaker left unsaid) or
** "، وذلك بعد أيام من ...", "، وذلك قبل بضعة أشهر من", "، وذلك خلال
** زيارته", "، وذلك في إشارة إلى" (when and why it was said)? */
static int writer_tail(const ctx *c, size_t k) {
    static const char *const unsaid[] = {"يحدد", "تحدد", "يوضح", "توضح", "يذكر", "تذكر", "يكشف", "تكشف", "يشير", "تشير"};
    static const char *const span[] = {"ساعات", "ساعه", "ايام", "يوم", "يومين", "اسبوع", "اسابيع", "شهر", "اشهر", "ما",
                                       "بضعه", "بضع"};
    const lx_text *lx = c->lx;
    if (k + 2 >= lx->n || !lx_is(lx, k - 1, ',') || c->seg_of[k - 1] >= 0 || c->seg_of[k + 1] >= 0) return 0;
    const char *k0 = lx->v[k].key, *k1 = lx->v[k + 1].key, *k2 = lx->v[k + 2].key;
    if (!strcmp(k0, "دون") && !strcmp(k1, "ان")) {
        for (size_t x = 0; x < sizeof unsaid / sizeof *unsaid; x++)
            if (!strcmp(k2, unsaid[x])) return 1;
        return 0;
    }
    if (strcmp(k0, "وذلك")) return 0;
    if (!strcmp(k1, "خلال") || !strcmp(k1, "عقب") || (!strcmp(k1, "في") && !strcmp(k2, "اشاره"))) return 1;
    if (strcmp(k1, "بعد") && strcmp(k1, "قبل")) return 0;
    for (size_t x = 0; x < sizeof span / sizeof *span; x++)
        if (!strcmp(k2, span[x])) return 1;
    return 0;
}

/* Is unit k a day's name after a comma that ends the content at unit e
** ("طالبت المحكمة الولايات المتحدة بتخفيف العقوبات، الأربعاء."): when
** the words were said, the writer's, no part of them. The days are the
** weekdays of data/dates.tsv, as the dates stage reads them. */
static int day_tail(const ctx *c, size_t k, size_t e) {
    const lx_text *lx = c->lx;
    const wt_entry *day;
    size_t n;
    if (!c->st->dt || !lx_is(lx, k - 1, ',') || c->seg_of[k - 1] >= 0 ||
        !(n = wt_match(c->st->dt, lx, k, WT_BIT(D_WEEKDAY), 0, &day, NULL)))
        return 0;
    for (size_t x = k + n; x < e; x++)
        if (lx->v[x].kind != LX_PUNCT || c->seg_of[x] >= 0) return 0;
    return 1;
}

/* Does unit k open "على حد قوله" / "على حد تعبيرها" / "حسب قوله" / "وفق
** قولهم" (as he put it), with or without a comma, at the end of reported
** content that ends at unit e (or before the writer's tail): the speaker's
** own words named, no part of them? Inside the words ("تحول من منظمة
** فدائية على حد تعبيره إلى جيش") it is left alone. */
static int as_put(const ctx *c, size_t k, size_t e) {
    const lx_text *lx = c->lx;
    const wt_entry *src;
    size_t j, sk;
    if (k + 2 < e && !strcmp(lx->v[k].key, "علي") /* folded على */ && !strcmp(lx->v[k + 1].key, "حد")) j = k + 2;
    else if ((sk = vmatch(c, k, WT_BIT(Q_SOURCE), WT_CONJ | WT_PREP, &src))) j = k + sk;
    else return 0;
    if (j < e && !strcmp(lx->v[j].key, "ل") && lx->v[j].gap < 2) j++; /* وفقا لقوله */
    if (j >= e || c->seg_of[j] >= 0 || !own_words(c, j, j + 1)) return 0;
    return j + 1 == e || (j + 2 < e && lx_is(lx, j + 1, ',') && writer_tail(c, j + 2));
}

/* Is unit k, after a comma inside reported content that ends at unit e, an
** "according to" whose source runs to the end (قال إن ...، بحسب ما نقلت
** رويترز)? The attribution that closes the sentence is no part of the words.
** Only a source that speaks — after a verb (بحسب ما أوردته), a name, a body,
** a medium or a document — or the speaker's own words (، وفق تعبيره), not a
** figure or a toll (، بحسب حصيلة أولية). */
static int trailing_source(const ctx *c, size_t k, size_t e) {
    const wt_entry *se;
    size_t sk, j, end;
    if (!lx_is(c->lx, k - 1, ',') || c->seg_of[k - 1] >= 0 ||
        !(sk = vmatch(c, k, WT_BIT(Q_SOURCE), WT_CONJ | WT_PREP, &se)) || !(end = source_np(c, k, sk, &j)) ||
        (end < e && q_words_between(c, end, e) > 0))
        return 0;
    /* "، وفق ذات البلاغ", "، حسب نفس المصدر": the source named before */
    if (j + 1 < end && (!strcmp(c->lx->v[j].key, "ذات") || !strcmp(c->lx->v[j].key, "نفس"))) j++;
    return j >= k + sk + 2 || own_words(c, j, end) || q_speaks(c, j) || q_name_starts(c, j) || q_to_news_medium(c, j) ||
           is_q(c, j, Q_DOCUMENT, WT_PREP | WT_DEF) || is_q(c, j, Q_MEDIUM, WT_PREP | WT_DEF);
}

/* Where the clause of the cue at unit b opens, after unit a: the cue's own
** particles before it end the content with it — a lead of one or more words
** ("، في حين ذكرت", "بينما قال"; عندما, حينما, بعدما), the auxiliary قد with its lead ("، فقد
** أوضح", "، وكان قد أكد"), the writer's relative on what was said ("، ما
** يشير إلى", "وهو ما يشير", "، مما يعني") and a source's ما ("، بحسب ما
** أفاد", "وفق ما صرح"). Left in, they dangled at the end of the words. */
static size_t clause_opens(const ctx *c, size_t a, size_t b) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    const char *k1 = lx->v[b - 1].key;
    int qad = b > a + 1 && (!strcmp(k1, "قد") || !strcmp(k1, "فقد") || !strcmp(k1, "وقد") || !strcmp(k1, "لقد"));
    if (qad) b--; /* and a lead before it: "، وكان قد أكد" */
    for (size_t t = b; t > a && b - t < 3; t--)
        if (vmatch(c, t - 1, WT_BIT(Q_LEAD), WT_CONJ, &e) == b - t + 1) return t - 1;
    /* "تم فرزها عندما ذكرت الوكالة", "ودعمه، بعدما قال الحزب": a time
    ** clause with the next speaker */
    if (!qad && b > a + 1 && (!strcmp(k1, "عندما") || !strcmp(k1, "حينما") || !strcmp(k1, "بعدما"))) return b - 1;
    if (!qad && b > a + 1 && (!strcmp(k1, "ما") || !strcmp(k1, "مما") || !strcmp(k1, "لما"))) {
        const char *k2 = lx->v[b - 2].key;
        if (!strcmp(k2, "وهو") || !strcmp(k2, "وهي")) b -= 2;
        else if (b > a + 2 && is_q(c, b - 2, Q_SOURCE, WT_CONJ | WT_PREP)) b -= 2;
        else if (!strcmp(k1, "مما") || (lx_is(lx, b - 2, ',') && c->seg_of[b - 2] < 0)) b--;
    }
    return b;
}

/* Is the cue at unit k a verb inside the words from unit a: after قد and a
** complementizer ("يعتقدان أنني قد أبلغت", "رغم أنه كان قد اعترف") or a
** relative ما ("عمّا قد يصدر"), or in the imperfect right after a
** complementizer ("وأتمنى أن يظهر لاعبونا"; not after an adverbial: "، قبل أن
** تضيف")? Such a clause is what is said (or described), no new attribution. */
static int verb_inside(const ctx *c, size_t a, size_t k) {
    const lx_text *lx = c->lx;
    if (k > a + 1 && is_q(c, k - 1, Q_COMP, 0) && lx_head_has(lx, k, "Aspect=Imp") &&
        !is_q(c, k - 2, Q_ADVERBIAL, WT_CONJ))
        return 1;
    if (k < a + 2 || (strcmp(lx->v[k - 1].key, "قد") && strcmp(lx->v[k - 1].key, "لقد"))) return 0;
    size_t t = k - 2;
    const char *kt = lx->v[t].key;
    if (!strcmp(kt, "ما") || !strcmp(kt, "عما") || !strcmp(kt, "مما")) return t == a || !lx_is(lx, t - 1, ',');
    if ((!strcmp(kt, "كان") || !strcmp(kt, "كانت")) && t > a) kt = lx->v[--t].key;
    return is_q(c, t, Q_COMP, WT_CONJ) || !strcmp(kt, "انني");
}

/* Is unit k the auxiliary تم "was done" (وتم, يتم, ليتم, سيتم), whose
** verbal noun after it ("وتم نقل إرهابي ثالث إلى مستشفى") is no cue? */
static int done_by(const ctx *c, size_t k) {
    int w = lx_head_word(c->lx, k);
    const char *lemma = w >= 0 ? c->doc->words.v[q_last_word(c, w, k)].lemma : NULL;
    return lemma && !strcmp(lemma, "تم");
}

/* Is the cue at unit k a verbal noun after a preposition ("تتباحث ... حول
** نقل سفارة هذا البلد", "عند ذكر المحاسن"), after تم, or in the genitive
** after a noun ("عن مسألة نقل المباراة")? The tagger reads no verb in it;
** the words go on through it, and it opens none of its own. A participle is
** never one (مشيرا after للمريض opens new words). */
static int verbal_noun(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    if (!c->doc->words.n || k == 0 || lx->v[k - 1].kind != LX_WORD || c->seg_of[k - 1] >= 0) return 0;
    int up = q_head_upos(c, k - 1);
    return (up == NABA_UPOS_ADP || done_by(c, k - 1) || (up == NABA_UPOS_NOUN && lx_head_has(c->lx, k, "Case=Gen"))) &&
           vmatch(c, k, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), WT_CONJ, &e) && !q_has_verb(c, k);
}

/* "نوايا معلنة للسيطرة عليها", "تقارير غير مؤكدة عن", "سيكون معلنا": a
** participle at unit k in the genitive (agreeing with the noun before it) or
** after كان is an adjective; one telling how the speaker went on is
** accusative (مضيفا) or, feminine, read as nominative (معربة عن). */
static int adjective_participle(const ctx *c, size_t k) {
    if (!is_q(c, k, Q_PARTICIPLE, WT_CONJ)) return 0;
    int last = lx_head_word(c->lx, k - 1); /* the verb of سيكون */
    const char *lemma = last >= 0 ? c->doc->words.v[q_last_word(c, last, k - 1)].lemma : NULL;
    return lx_head_has(c->lx, k, "Case=Gen") || (lemma && !strcmp(lemma, "كان"));
}

/* A speaker named at a cue becomes the one later cues with no subject carry. */
static void named_speaker(ctx *c, const speaker *sp, int implicit, const char *cue, size_t cue_a) {
    if (!implicit) { c->last = *sp; c->last_gender = cue ? q_naming_gender(c, cue, cue_a) : 0; }
    if (cue) c->last_at = cue_a;
}

/* "، ولكنه لم يؤكد ما إذا كان": at unit k a pronoun standing for the
** speaker and a cue after لم or لن — what the speaker did not say, the
** writer's words, not his; the cue makes no quote (q_negated) but still ends
** the words. */
static int denied_by_speaker(const ctx *c, size_t k) {
    const wt_entry *e;
    return k + 2 < c->lx->n && is_q(c, k, Q_PRON_LEAD, WT_CONJ) && c->seg_of[k + 2] < 0 && q_negated(c, k + 2) &&
           vmatch(c, k + 2, CUE_MASK, WT_CONJ, &e);
}

/* Content from unit a to the end of its sentence, absorbing quotes inside. */
static size_t content_to(ctx *c, size_t a, int *mixed) {
    size_t e = q_clause_end(c, a);
    *mixed = 0;
    /* a new attribution ends it: "، لكنه أضاف: ..." / "، مضيفا أن ..." — but
    ** not a relayed one right after the complementizer: in "قالت X إن تقارير
    ** أشارت إلى أن ..." or "إن وزير الخارجية الأمريكي قال" X still speaks
    ** (and inner_quote gives the inner speaker their words) */
    for (size_t k = a + 1; k < e; k++) {
        if (c->seg_of[k] < 0 && (trailing_source(c, k, e) || writer_tail(c, k) || day_tail(c, k, e))) { e = k - 1; break; }
        if (c->seg_of[k] < 0 && (as_put(c, k, e) || denied_by_speaker(c, k))) {
            e = lx_is(c->lx, k - 1, ',') && c->seg_of[k - 1] < 0 ? k - 1 : k;
            break;
        }
        if (c->seg_of[k] >= 0 || !cue_at(c, k) || describes_noun(c, k) || verb_inside(c, a, k) ||
            verbal_noun(c, k) || predicate_cue(c, a, k) || q_counted(c, k))
            continue;
        found f = find_content(c, k + 1, 1);
        /* "، وانتقد موسكو لدعمها", "، مؤكدة تلاحم أفراد المجتمع": after a
        ** comma a cue opens a clause of its own even where no content of
        ** its own is found */
        const wt_entry *ce;
        /* "، حسبما نقلت وكالة الأنباء": after a comma and "as" a cue, even
        ** one that is speech only opening a sentence, attributes the words */
        int as_after_comma = k > a + 1 && is_q(c, k - 1, Q_AS, WT_CONJ) && lx_is(c->lx, k - 2, ',') &&
                             c->seg_of[k - 2] < 0;
        int after_comma = lx_is(c->lx, k - 1, ',') && c->seg_of[k - 1] < 0;
        if (f.kind == K_NONE && !as_after_comma &&
            !(after_comma && vmatch(c, k, CUE_MASK, WT_CONJ, &ce) && !opens_only(ce)))
            continue;
        if (!after_comma && f.words > 1 && adjective_participle(c, k)) continue;
        /* "أصيبوا ... ونقلوا إلى المستشفى", "مخازن التبريد تابع لشركة": inside
        ** the words such a verb with a preposition moves or belongs; not
        ** "ونقل عن متحدث", "حسبما نقلت رويترز عن": a relay */
        if (f.kind == K_PREP && cue_len(c, k, &ce) && opens_only(ce) && !is_q(c, k - 1, Q_AS, WT_CONJ) &&
            strcmp(c->lx->v[k + 1].key, "عن"))
            continue;
        /* "حزب التجمع الذي وصفت عملية حله بالفضيحة", "الجدار الذي تعهد
        ** ترامب ببنائه": a cue after a relative pronoun whose content opens
        ** with a preposition describes the noun before it; one with إن
        ** (الذي تقول أنقرة إنه) is a claim of its own. After a preposition
        ** such a cue is a verbal noun, its object (بالإضافة إلى متابعة
        ** البضائع, يكثر من ذكر الله) */
        if (f.kind == K_PREP && (is_q(c, k - 1, Q_RELATIVE, WT_CONJ) || is_q(c, k - 1, Q_PREP, WT_CONJ))) continue;
        size_t ik;
        int relay = (k - a <= 3 && q_words_between(c, a, k) == (int)(k - a) &&
                     vmatch(c, k, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), WT_CONJ, &ce) &&
                     !is_q(c, a, Q_LEAD, WT_CONJ)) ||
                    inner_cue(c, a, e, &ik, &ce) == k;
        if (relay) break;
        size_t b = as_after_comma ? k - 1 : clause_opens(c, a, k);
        /* "...، قبل أن تضيف": an adverbial clause holds the next attribution */
        if (b == k && b > a + 1 && is_q(c, b - 1, Q_COMP, WT_CONJ) && is_q(c, b - 2, Q_ADVERBIAL, WT_CONJ)) b -= 2;
        /* "، أما رئيس البلاد فناشد": the topic before a cue after ف is its
        ** speaker's */
        else if (b == k && str_has_prefix(c->lx->v[k].key, "ف"))
            for (size_t t = k; t > a + 1 && k - t < 14 && c->seg_of[t - 1] < 0; t--)
                if (!strcmp(c->lx->v[t - 1].key, "اما") || !strcmp(c->lx->v[t - 1].key, "واما")) { b = t - 1; break; }
        while (b > a && c->lx->v[b - 1].kind == LX_PUNCT && c->seg_of[b - 1] < 0) b--;
        if (b > a) e = b;
        break;
    }
    for (size_t k = a; k < e; k++)
        if (c->seg_of[k] >= 0) {
            seg *s = &c->segs[c->seg_of[k]];
            s->used = 1;
            *mixed = 1;
            if (s->b + 1 > e) e = s->b + 1;
        }
    return e;
}

static void find_medium(const ctx *c, size_t from, size_t to, naba_quote *q) {
    const lx_text *lx = c->lx;
    for (size_t k = from; k < to && k + 1 < lx->n; k++) {
        if (!is_q(c, k, Q_MPREP, WT_CONJ)) continue;
        const wt_entry *e;
        size_t m = vmatch(c, k + 1, WT_BIT(Q_MEDIUM), WT_DEF, &e);
        if (!m) continue;
        size_t end = k + m;
        /* في منشور على x */
        if (end + 1 < lx->n && !strcmp(lx->v[end + 1].key, "علي") /* folded على */ && end + 2 < lx->n &&
            vmatch(c, end + 2, WT_BIT(Q_MEDIUM), WT_DEF, &e))
            end += 2;
        q->medium_start = lx->v[k].start;
        q->medium_end = lx->v[end].end;
        return;
    }
}

static naba_status emit(ctx *c, naba_off s, naba_off e, int kind, const char *cue, size_t cue_a,
                        size_t cue_b, const speaker *sp, int implicit, unsigned flags, float conf,
                        size_t ctx_from, size_t ctx_to) {
    const lx_text *lx = c->lx;
    if (e <= s) return NABA_OK;
    naba_quote *q = NABA_PUSH(c->doc, &c->doc->quotes);
    if (!q) return NABA_ERR_NOMEM;
    q->start = s;
    q->end = e;
    q->kind = (uint8_t)kind;
    q->flags = (uint8_t)flags;
    q->sent_first = lx->v[lx_find(lx, s)].sent;
    q->sent_last = lx->v[lx_find(lx, e - 1)].sent;
    q->cue = cue;
    if (cue) { q->cue_start = lx->v[cue_a].start; q->cue_end = lx->v[cue_b - 1].end; }
    q->speaker_entity = -1;
    q->via_entity = -1;
    q->speaker_related = -1;
    if (sp && sp->have) {
        q->speaker_start = sp->s;
        q->speaker_end = sp->e;
        q->speaker_entity = sp->entity;
        q->speaker_desc = sp->desc;
        q->speaker_doc = sp->doc;
        q->speaker_related = sp->entity < 0 ? sp->related : -1;
        q->speaker_name = q_source_name(c, sp->s, sp->e);
        /* the description was the span's text: the name is the better one */
        if (q->speaker_name && q->speaker_desc && strlen(q->speaker_desc) == sp->e - sp->s &&
            !memcmp(q->speaker_desc, c->doc->text + sp->s, sp->e - sp->s))
            q->speaker_desc = q->speaker_name;
        if (sp->resolved && sp->entity >= 0) q->flags |= NABA_QUOTE_RESOLVED;
        if (implicit) q->flags |= NABA_QUOTE_IMPLICIT;
        if (sp->via_e > sp->via_s) {
            q->via_start = sp->via_s;
            q->via_end = sp->via_e;
            q->via_entity = sp->via_entity;
        }
        named_speaker(c, sp, implicit, cue, cue_a);
    }
    q->conf = conf * (implicit ? 0.8f : 1.0f);
    find_medium(c, ctx_from, ctx_to, q);
    size_t last = lx_find(lx, e - 1);
    if (last + 1 > c->quoted_to) c->quoted_to = last + 1;
    c->last_para = c->para[last];
    return NABA_OK;
}

/* Later quotes of the same sentence with a few words between belong to the
** same utterance: حث “عقوبات صعبة” ضد موسكو إذا رفضت “وقف إطلاق النار...” */
static seg *extend_segs(ctx *c, seg *s) {
    const lx_text *lx = c->lx;
    seg *last = s;
    for (size_t t = (size_t)(s - c->segs) + 1; t < c->nseg; t++) {
        seg *n = &c->segs[t];
        if (n->used || n->para != s->para || !last->closed) break;
        int words = 0, stop = 0;
        for (size_t k = last->b + 1; k < n->a; k++) {
            words += lx->v[k].kind != LX_PUNCT;
            if ((lx->v[k].sent_end) || cue_at(c, k) || is_q(c, k, Q_SOURCE, WT_CONJ)) stop = 1;
        }
        if (stop || words == 0 || words > 8) break;
        n->used = 1;
        last = n;
    }
    return last;
}

static naba_status emit_seg(ctx *c, seg *s, int kind, size_t content_from, const char *cue,
                            size_t ca, size_t cb, const speaker *sp, int implicit, unsigned flags,
                            float conf, size_t ctx_from) {
    s->used = 1;
    seg *last = extend_segs(c, s);
    /* one quoted word standing alone, not after a colon, is a name (اعتبرت
    ** "تويتر", نقلت عن "وفا"), not words said (قال: "نعم" is) */
    if (last == s && kind == NABA_QUOTE_DIRECT && s->a > 0 && !lx_is(c->lx, s->a - 1, ':') &&
        q_words_between(c, s->a, s->b + 1) == 1) {
        if (sp && sp->have) named_speaker(c, sp, implicit, cue, ca);
        return NABA_OK;
    }
    if (last != s && kind == NABA_QUOTE_DIRECT) kind = NABA_QUOTE_MIXED;
    naba_off a = content_from ? c->lx->v[content_from].start : seg_start(c, s);
    if (!last->closed) flags |= NABA_QUOTE_UNBALANCED;
    return emit(c, a, seg_end(c, last), kind, cue, ca, cb, sp, implicit, flags, conf, ctx_from, last->b);
}

/* The claim before unit b that a cue or an "according to" after it
** attributes: from the start of its sentence (sent_from) or the end of the
** last quote, whichever is later (*a), to b without its trailing marks and
** the writer's وذلك that ties the claim to its source ("...، وذلك وفقا
** لمصدر أمني": "and that"). Its end, or 0 when it has fewer than three words. */
static size_t claim_before(const ctx *c, size_t sent_from, size_t b, size_t *a) {
    *a = sent_from > c->quoted_to ? sent_from : c->quoted_to;
    while (b > *a && c->lx->v[b - 1].kind == LX_PUNCT) b--;
    if (b > *a && c->seg_of[b - 1] < 0 && !strcmp(c->lx->v[b - 1].key, "وذلك"))
        for (b--; b > *a && lx_is(c->lx, b - 1, ','); b--) {}
    return b > *a && q_words_between(c, *a, b) >= 3 ? b : 0;
}

/* "وقالت الصحيفة إن الملك قال إن ...": reported content [a, end) that opens
** with a subject and a speech verb of its own holds the subject's words as the
** outer speaker (outer) reports them. They become an inner quote, flagged
** nested, whose speaker is that subject, relayed by the outer one; the outer
** quote keeps its speaker and its whole content, and the last speaker stays
** the outer one (a later "وأضافت" is the paper's). */
static naba_status inner_quote(ctx *c, size_t a, size_t end, const speaker *outer) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    size_t k, v = inner_cue(c, a, end, &k, &e);
    if (!v) return NABA_OK;
    found f = find_content(c, v + k, e->cls == Q_VERB_PREP);
    size_t from = f.kind == K_COMP || f.kind == K_COLON ? f.at + 1 : f.kind == K_PREP ? f.at : end;
    if (from >= end || q_words_between(c, from, end) < 2) return NABA_OK;
    speaker in;
    if (!q_make_speaker(c, a, v, &in)) return NABA_OK;
    q_relayed_by(&in, outer);
    int mixed = 0;
    for (size_t u = from; u < end; u++) mixed |= c->seg_of[u] >= 0;
    int kind = mixed ? NABA_QUOTE_MIXED : f.kind == K_COLON ? NABA_QUOTE_DIRECT : NABA_QUOTE_INDIRECT;
    speaker last = c->last;
    int gender = c->last_gender;
    size_t at = c->last_at;
    naba_status st = emit(c, lx->v[from].start, lx->v[end - 1].end, kind, e->str, v, v + k, &in, 0,
                          NABA_QUOTE_NESTED, 0.7f, a, end);
    c->last = last;
    c->last_gender = gender;
    c->last_at = at;
    return st;
}

/* A quote of reported content [a, end), and the inner quote it may hold. A
** colon after the complementizer is no word of it (والذي يوضح أنه: «...»). */
static naba_status emit_reported(ctx *c, size_t a, size_t end, int kind, const char *cue, size_t cue_a,
                                 size_t cue_b, const speaker *sp, int implicit, unsigned flags, float conf,
                                 size_t ctx_from) {
    while (a + 1 < end && lx_is(c->lx, a, ':')) a++;
    naba_status st = emit(c, c->lx->v[a].start, c->lx->v[end - 1].end, kind, cue, cue_a, cue_b, sp, implicit,
                          flags, conf, ctx_from, end);
    return st == NABA_OK ? inner_quote(c, a, end, sp) : st;
}

/* "تعهدت فرقة الأبحاث ... بالبحث في القضية": in Tunisian news تعهد
** with بالبحث is a unit taking up a case (the investigation), not a pledge:
** the words from the verb at unit j to two units past the content's opening
** hold بالبحث. */
static int took_up_case(const ctx *c, const char *lemma, size_t j, found f) {
    if (strcmp(lemma, "تعهد") || f.kind == K_NONE || f.kind == K_SEG) return 0;
    for (size_t k = j; k < c->lx->n && k <= f.at + 2; k++)
        if (!strcmp(c->lx->v[k].key, "بالبحث")) return 1;
    return 0;
}

/* "محققان ... يظهران الطفلة "...", "لم تظهر أي ساحة أخرى "...": أظهر shows
** and يظهر also appears; only with أن does it report what a study or figures
** show. A quotation after it is what is shown, or a name, no words; a colon
** still opens words ("ويظهر كوفي حسرته ...: يجب علينا"). */
static int shows_no_words(const char *lemma, found f) {
    return !strcmp(lemma, "أظهر") && f.kind == K_SEG;
}

static int relays_before(ctx *c, size_t i, const speaker *sp, int relay);

/* "نافيا أي احتمال لانتقال "الملك المصري" إلى ريال مدريد", "اتهم كندا
** "بالإفراج الفوري" عن الموقوفين": the words of a short quote's phrase go on
** after its closing mark up to the next mark (not a quotation mark), when they open no clause of
** their own — no verb, pronoun, lead particle or ف (وفعل المثل, لكنه رفض,
** وهي الجملة, فالدخول) — and are few. The phrase's end, 0 none. */
static size_t phrase_after(const ctx *c, const seg *s) {
    const lx_text *lx = c->lx;
    size_t k = s->b + 1;
    if (!s->closed || k >= lx->n || lx->v[k].kind != LX_WORD || lx->v[k].gap == 2) return 0;
    for (; k < lx->n && k <= s->b + 12; k++) {
        const lx_unit *u = &lx->v[k];
        if (c->seg_of[k] >= 0) return 0; /* more quotes: their pieces join (emit_seg) */
        if (u->kind == LX_PUNCT || u->gap == 2) return k;
        int w = lx_word_at(c->doc, u->start), up = q_head_upos(c, k);
        if (q_past_mention(c, k) > k) continue;
        if (cue_at(c, k) || q_has_verb(c, k) || up == NABA_UPOS_PRON || is_q(c, k, Q_LEAD, WT_CONJ) ||
            (w >= 0 && c->doc->words.v[w].form && !strcmp(c->doc->words.v[w].form, "ف")))
            return 0;
    }
    return k >= lx->n ? k : 0;
}

/* "«المرصد السوري لحقوق الإنسان» أعلن أمس أن": a short name in marks
** opening the sentence right before a cue whose own content follows (أن,
** إن) is its subject, not its words; a quote is followed by its cue with no
** content of its own. Inside a sentence the marks end the clause before
** (يعزو الوزير الأزمة إلى "مؤامرة خارجية" يقول إن), and a cue with و opens
** a clause of its own (a byline: «واس» وأكد أن). */
static int subject_in_marks(const ctx *c, const seg *s, size_t p, size_t i, size_t j, const wt_entry *e) {
    return p == i && s->a == q_sentence_start(c, s->a) && q_words_between(c, s->a, s->b + 1) <= 4 &&
           !(str_has_prefix(c->lx->v[i].key, "و") && !str_has_prefix(e->key, "و")) &&
           find_content(c, j, 0).kind == K_COMP;
}

static naba_status handle_cue(ctx *c, size_t i, size_t k, const wt_entry *e) {
    const lx_text *lx = c->lx;
    int participle = e->cls == Q_PARTICIPLE;
    const char *lemma = e->str;
    speaker sp;
    int implicit;
    size_t sent_from = q_sentence_start(c, i);
    const seg *named = NULL; /* a name in marks before the cue, its subject */
    /* “...” ، أضاف المسؤول */
    if (!participle) {
        size_t p = i;
        while (p > 0 && i - p < 3 && lx->v[p - 1].kind == LX_PUNCT && c->seg_of[p - 1] < 0) p--;
        if (p > 0 && c->seg_of[p - 1] >= 0) {
            seg *s = &c->segs[c->seg_of[p - 1]];
            size_t j = i + k, se = q_subject_after(c, i, j);
            if (!s->used && s->b == p - 1 && se == j && subject_in_marks(c, s, p, i, j, e)) named = s;
            else if (!s->used && s->b == p - 1 && (p < i || lx->v[i].gap < 2) && !q_name_seg(c, s) &&
                q_words_between(c, s->a, s->b + 1) > 2) {
                if (se > j) { q_make_speaker(c, j, se, &sp); implicit = 0; }
                else { q_carried_speaker(c, i, &sp); implicit = 1; }
                return emit_seg(c, s, NABA_QUOTE_DIRECT, 0, lemma, i, i + k, &sp, implicit,
                                NABA_QUOTE_AFTER, 0.9f, q_sentence_start(c, s->a));
            }
        }
    }
    size_t j;
    if (e->cls == Q_PASSIVE) { /* "وقيل إن": nobody named */
        memset(&sp, 0, sizeof sp);
        sp.entity = sp.related = -1;
        implicit = 0;
        j = i + k;
    } else
        j = q_read_speaker(c, i, k, participle, lemma, &sp, &implicit);
    if (named && q_make_speaker(c, named->a + 1, named->b, &sp)) implicit = 0;
    found f = find_content(c, j, e->cls == Q_VERB_PREP);
    if (took_up_case(c, lemma, i + k, f) || shows_no_words(lemma, f)) return NABA_OK;
    int mixed;
    switch (f.kind) {
    case K_COMP: {
        size_t a = f.at + 1;
        if (a >= lx->n) return NABA_OK;
        size_t end = content_to(c, a, &mixed);
        if (end <= a) return NABA_OK;
        return emit_reported(c, a, end, mixed ? NABA_QUOTE_MIXED : NABA_QUOTE_INDIRECT, lemma, i, i + k, &sp,
                             implicit, 0, 0.85f, sent_from);
    }
    case K_PREP: {
        size_t end = content_to(c, f.at, &mixed);
        if (end <= f.at) return NABA_OK;
        return emit(c, lx->v[f.at].start, lx->v[end - 1].end, mixed ? NABA_QUOTE_MIXED : NABA_QUOTE_INDIRECT,
                    lemma, i, i + k, &sp, implicit, 0, 0.7f, sent_from, end);
    }
    case K_COLON: {
        size_t a = f.at + 1;
        if (a < lx->n && c->seg_of[a] >= 0 && !c->segs[c->seg_of[a]].used)
            return emit_seg(c, &c->segs[c->seg_of[a]], NABA_QUOTE_DIRECT, 0, lemma, i, i + k, &sp,
                            implicit, 0, 0.9f, sent_from);
        size_t end = content_to(c, a, &mixed);
        if (end <= a || q_words_between(c, a, end) < 2) return NABA_OK;
        return emit_reported(c, a, end, NABA_QUOTE_DIRECT, lemma, i, i + k, &sp, implicit, 0, 0.75f, sent_from);
    }
    case K_SEG: {
        seg *s = &c->segs[f.at];
        if (s->used) return NABA_OK;
        /* words before a short quote make it part of reported speech: أعلن نفسه “بالرضا” */
        if (f.words > 0 && f.words <= 6 && !opens_aside(c, f.first) && lx_is(lx, f.first, ',') == 0) {
            size_t end = phrase_after(c, s);
            if (end) {
                content_to(c, f.first, &mixed); /* the quotes in it are used */
                return emit_reported(c, f.first, end, NABA_QUOTE_MIXED, lemma, i, i + k, &sp, implicit, 0, 0.8f,
                                     sent_from);
            }
            return emit_seg(c, s, NABA_QUOTE_MIXED, f.first, lemma, i, i + k, &sp, implicit, 0, 0.8f, sent_from);
        }
        if (f.words > 0 && lx_is(lx, f.first, ',')) {
            /* an appositive: "وقال ترامب ، الذي ضغط ... ، سوف يجتمع ... “...”" */
            size_t k2 = f.first + 1;
            while (k2 < s->a && !lx_is(lx, k2, ',')) k2++;
            if (k2 + 1 < s->a && q_words_between(c, k2 + 1, s->a) > 0 && q_words_between(c, k2 + 1, s->a) <= 6)
                return emit_seg(c, s, NABA_QUOTE_MIXED, k2 + 1, lemma, i, i + k, &sp, implicit, 0, 0.75f, sent_from);
        }
        return emit_seg(c, s, NABA_QUOTE_DIRECT, 0, lemma, i, i + k, &sp, implicit, 0, 0.85f, sent_from);
    }
    default: break;
    }
    /* "...، كما تقول الأمم المتحدة": the clause before is the claim */
    size_t a, b;
    if (i > 0 && is_q(c, i - 1, Q_AS, WT_CONJ) && !implicit && (b = claim_before(c, sent_from, i - 1, &a)))
        return emit(c, lx->v[a].start, lx->v[b - 1].end, NABA_QUOTE_INDIRECT, lemma, i, i + k, &sp, 0,
                    NABA_QUOTE_AFTER, 0.6f, sent_from, j);
    /* "وأضاف ترامب قائلا:": no content here, but the participle after it
    ** (or a later implicit cue) speaks for this subject; the verb took an
    ** object instead, which follows the subject (نفى أوباما اتهامات ترامب) */
    /* "لعزم بارغواي نقل سفارتها إلى القدس، مؤكدا": inside a clause, with no
    ** words, the verbal noun of نقل, تابع or جاء (opens_only) moves, follows
    ** or comes; what follows it is its object, no speaker to carry (the
    ** verbs, "إلا أن الأخيرة تابعت قائلة", "بحسبما نقلت", still speak) */
    if (opens_only(e) && c->doc->words.n && !q_has_verb(c, i) && i > sent_from && !lx_is(lx, i - 1, ','))
        return NABA_OK;
    if (!implicit && sp.have) {
        /* "...، حسبما نقلت وكالة الأنباء": the words before end at the comma
        ** (content_to); the one "as" names relays them and speaks no further.
        ** Not كما, as often "also" (كما اعتبرت الغرب منحازا: her own words) */
        if (i > 1 && is_q(c, i - 1, Q_AS, WT_CONJ)) {
            const char *as = lx->v[i - 1].key;
            if (relays_before(c, i - 1, &sp, strcmp(as, "كما") && strcmp(as, "وكما"))) return NABA_OK;
        }
        /* "لكن الاتحاد المصري أعلن إقالة المدرب": a phrase that names
        ** nobody is the verb's object; its subject is the one before it, if
        ** any, else the speaker goes on unchanged */
        if (q_names_nobody(c, &sp) && !q_subject_before(c, i, &sp)) return NABA_OK;
        q_cut_at_object(c, &sp);
        c->last = sp;
        c->last_gender = q_naming_gender(c, lemma, i);
        c->last_at = i;
    }
    return NABA_OK;
}

/* "قال X إن ...، بحسب ما نقلت رويترز": the source after a comma relays the
** quotes that end right before it (content_to ends them there), unless they
** have a relay of their own; with relay 0 only counts them. */
static int relays_before(ctx *c, size_t i, const speaker *sp, int relay) {
    const lx_text *lx = c->lx;
    if (i < 2 || !sp->have || !lx_is(lx, i - 1, ',')) return 0;
    int n = 0;
    for (size_t x = c->doc->quotes.n; x-- > 0;) {
        naba_quote *q = &c->doc->quotes.v[x];
        if (q->end < lx->v[i - 2].start || q->end > lx->v[i - 1].start || q->via_end > q->via_start) continue;
        n++;
        if (!relay) continue;
        q->via_start = sp->s;
        q->via_end = sp->e;
        q->via_entity = sp->entity;
    }
    return n;
}

/* "طبقا لإمكاناته وخبراته", "حسب أهميتها": is the source phrase from unit
** j (after "according to", from unit f) a noun of its own that neither
** speaks (مكتبه, موقعه الرسمي, مصادرنا) nor is a noun of saying (وفق تعبيره),
** nor the subject of a verb (بحسب ما قاله محاميه)? It is what the claim goes
** by, no source. */
static int own_thing(const ctx *c, size_t f, size_t j) {
    const naba_doc *d = c->doc;
    int h = lx_head_word(c->lx, j);
    if (h < 0 || d->words.v[h].upos != NABA_UPOS_NOUN || !d->words.v[h].lemma) return 0;
    int last = q_last_word(c, h, j);
    if (last == h || d->words.v[last].upos != NABA_UPOS_PRON || q_speaks(c, j)) return 0;
    for (size_t t = f; t < j; t++)
        if (!strcmp(c->lx->v[t].key, "ما") || !strcmp(c->lx->v[t].key, "لما")) return 0;
    return !saying_noun(d->words.v[h].lemma) && !q_lemma_speaks(c, h);
}

/* وفقا لـ X / بحسب X: the claim is the clause before, or after at a sentence start. */
static naba_status handle_source(ctx *c, size_t i, size_t k, const wt_entry *e) {
    const lx_text *lx = c->lx;
    size_t j, se = source_np(c, i, k, &j), from;
    if (!se) return NABA_OK;
    if (own_thing(c, i + k, j)) return NABA_OK;
    /* "وبحسب نشطاء مساندين له، فإن": the pronoun's preposition before the
    ** comma is the source's complement, not the claim's first word */
    if (se + 1 < c->lx->n && q_complement_pronoun(c, se) && lx_is(c->lx, se + 1, ',') && c->seg_of[se] < 0) se++;
    /* "وفق ما نقلته الوكالة عن مصادر": the relayed source */
    size_t se2 = q_relayed(c, se, &from, 1), via = j, via_end = se;
    if (se2) { j = from; se = se2; }
    /* "وفق ما أفاد وكيل الجمهورية بالمحكمة الابتدائية بجندوبة، الطاهر
    ** المناعي، وكالة ...": a name between commas, as after a verb; not
    ** the claim opening after the comma ("، فإن الوشلي", "، اكتشف") nor a
    ** preposition's phrase ("، بجورج بابادوبولوس") */
    else if (se + 2 < lx->n && lx_is(lx, se, ',') && lx->v[se + 1].kind == LX_WORD &&
             !is_q(c, se + 1, Q_COMP, WT_CONJ) && !q_opens_with_adp(c, se + 1) && !cue_at(c, se + 1) &&
             !(q_has_verb(c, se + 1) && q_past_mention(c, se + 1) == se + 1))
        se = q_apposition(c, se);
    speaker sp;
    q_make_speaker(c, j, se, &sp);
    if (se2) q_set_via(c, via, via_end, &sp);
    /* "وفق تعبيره", "حسب قوله": a noun of saying with a pronoun is the
    ** words of the one the pronoun points at, the last speaker */
    int own = !se2 && own_words(c, j, se);
    if (own) sp = c->last; /* none yet: the claim with no speaker */
    /* "وفقا لديليب كومار": the preposition the morphology split off is no
    ** part of the speaker (لجنة keeps its ل; للشركة too: the article's alef
    ** went with it) */
    int hw = lx_head_word(lx, j);
    if (hw >= 0 && sp.s == lx->v[j].start && str_has_prefix(c->doc->text + sp.s, "ل")) {
        const naba_word *w = &c->doc->words.v[hw];
        int elided = w->form && str_has_prefix(w->form, "ال") && !str_has_prefix(c->doc->text + w->start, "ال");
        int noun = w->upos == NABA_UPOS_NOUN || w->upos == NABA_UPOS_PROPN || w->upos == NABA_UPOS_X;
        if (w->start > sp.s && w->start < sp.e && !elided && noun) sp.s = w->start;
    }
    /* "حسب مصادر «عكاظ» تشير إلى أن": the verb after it carries the content */
    if (se < lx->n && cue_at(c, se)) { c->last = sp; c->last_gender = 0; return NABA_OK; }
    size_t sent_from = q_sentence_start(c, i);
    /* "، وحسب الأبحاث الأولية، فمن المرجح أن": a source and then ف opens the
    ** clause after it, which holds the claim */
    size_t fa = se;
    while (fa < lx->n && lx_is(lx, fa, ',')) fa++;
    /* "حسب ما أفاد به مصدر بالحماية المدنية، مراسل الجوهرة أف أم في قفصة،
    ** فإن": the reporter an unnamed source told, set off by commas without
    ** his ل, is neither the source nor the claim */
    if (fa > se && fa < lx->n && is_q(c, fa, Q_REPORTER, 0) && is_q(c, j, Q_ANON, WT_CONJ | WT_DEF)) {
        size_t r = fa;
        while (r < lx->n && r < fa + 10 && !lx_is(lx, r, ',') && !lx->v[r].sent_end) r++;
        if (r < lx->n && lx_is(lx, r, ','))
            for (fa = r; fa < lx->n && lx_is(lx, fa, ','); fa++) {}
    }
    int opens = fa < lx->n && str_has_prefix(lx->v[fa].key, "ف") &&
                (is_q(c, fa, Q_COMP, WT_CONJ) || is_q(c, fa, Q_PREP, WT_CONJ));
    size_t a, b = opens ? 0 : claim_before(c, sent_from, i, &a);
    /* "نفت جبهة البوليساريو على لسان ممثلها ... اتهام المغرب": a past cue and
    ** its subject, a name or a noun, before the source are no claim; who
    ** spoke for the subject is named, and the cue's own words follow (but
    ** "تعتبر الأعلى المسجلة حسب الوكالة" is one) */
    if (b && cue_at(c, a) && lx_head_has(lx, a, "Aspect=Perf") &&
        (q_name_starts(c, a + 1) || q_speaks(c, a + 1) || q_head_upos(c, a + 1) == NABA_UPOS_NOUN ||
         q_head_upos(c, a + 1) == NABA_UPOS_ADJ) &&
        q_speaker_np(c, a + 1) >= b)
        return NABA_OK;
    if (b)
        return emit(c, lx->v[a].start, lx->v[b - 1].end, NABA_QUOTE_INDIRECT, e->str, i, i + k, &sp, own,
                    NABA_QUOTE_AFTER, 0.6f, sent_from, se);
    if (own || relays_before(c, i, &sp, 1)) return NABA_OK;
    /* "...عام 2011.وفقا لوكالة رويترز. وللكاتب": a source closed by a full
    ** stop credits what came before it, never the sentence after (a stop
    ** inside a name, إي.واي, Bonbast.com, closes nothing) */
    int closed = lx_is(lx, se, '.') && (se + 1 >= lx->n || lx->v[se + 1].gap > 0);
    if ((q_words_between(c, sent_from, i) == 0 || opens) && !closed) {
        size_t from = fa;
        while (from < lx->n && lx->v[from].kind == LX_PUNCT && c->seg_of[from] < 0) from++;
        if (from < lx->n && is_q(c, from, Q_COMP, WT_CONJ)) from++;
        int mixed;
        size_t end = content_to(c, from, &mixed);
        if (end > from && q_words_between(c, from, end) >= 3)
            return emit_reported(c, from, end, mixed ? NABA_QUOTE_MIXED : NABA_QUOTE_INDIRECT, e->str, i, i + k,
                                 &sp, 0, 0, 0.6f, sent_from);
    }
    return NABA_OK;
}

/* A quote no cue claimed: a long one is the previous speaker's words (unless
** a cue right after it will claim it, a noun before it makes it a name, or
** it follows a quoted name: برنامج «تكامل لصالح وطن» هي «الاستفادة ...», the
** named thing's aim). */
/* "في روايته الأخيرة «يقظة فنيجان»", "في كتابها «قصة قصيرة»": a namer
** with its pronoun, an adjective after it or none, names the work in the
** marks (q_name_seg takes the namer's bare forms right before them; a bare
** namer with an adjective is often no name's: بالعمل الجاد "لتيسير ...") */
static int namer_before(const ctx *c, const seg *g) {
    size_t k = g->a;
    if (k < 2 || c->lx->v[k - 1].kind != LX_WORD) return 0;
    int h = lx_head_word(c->lx, k - 1);
    if (h >= 0 && c->doc->words.v[h].upos == NABA_UPOS_ADJ && c->lx->v[k - 2].kind == LX_WORD) {
        k--;
        h = lx_head_word(c->lx, k - 1);
    }
    return h >= 0 && c->doc->words.v[h].upos == NABA_UPOS_NOUN && q_possessed(c, k - 1) &&
           q_lemma_in(c, h, WT_BIT(Q_NAMER));
}

static naba_status leftover_segment(ctx *c, seg *g) {
    const lx_text *lx = c->lx;
    size_t p = g->b + 1;
    while (p < lx->n && p < g->b + 3 && lx->v[p].kind == LX_PUNCT && c->seg_of[p] < 0) p++;
    if (p < lx->n && cue_at(c, p)) return NABA_OK;
    if (q_name_seg(c, g) || g->after_name || namer_before(c, g)) return NABA_OK;
    int words = q_words_between(c, g->a + 1, g->b + 1);
    int near = c->last.have && g->para <= c->last_para + 1 && g->para >= c->last_para;
    if (words < 5 || (!near && words < 8)) return NABA_OK;
    return emit_seg(c, g, NABA_QUOTE_DIRECT, 0, NULL, 0, 0, near ? &c->last : NULL, near, 0, 0.5f,
                    q_sentence_start(c, g->a));
}

static int by_start(const void *a, const void *b) {
    const naba_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The quotes of the document, c's per-unit arrays given. */
/* Is unit k إلى with a pronoun (إليه, إليها)? After a cue it is a relative
** clause's resumptive ("الاجتماع الذي دعت إليه الأمانة", "القضايا التي
** أشارت إليها النيابة"): the verb convenes or refers, nobody speaks. */
static int resumptive_to(const ctx *c, size_t k) {
    static const char *const forms[] = {"اليه", "اليها", "اليهم", "اليهما", NULL};
    return k < c->lx->n && str_in(c->lx->v[k].key, forms);
}

static naba_status read_quotes(ctx *c) {
    naba_doc *doc = c->doc;
    const lx_text *lx = c->lx;
    naba_status st = NABA_OK;
    if (q_index_mentions(c) != NABA_OK) return NABA_ERR_NOMEM;
    c->last.entity = c->last.related = -1;
    c->timexes_sorted = 1;
    for (size_t k = 1; k < doc->timexes.n; k++)
        if (doc->timexes.v[k].start < doc->timexes.v[k - 1].start) c->timexes_sorted = 0;
    uint32_t para = 0;
    size_t marks = 0;
    for (size_t k = 0; k < lx->n; k++) {
        if (k && lx->v[k].gap == 2) para++;
        c->para[k] = para;
        c->seg_of[k] = -1;
        marks += lx->v[k].quote != LX_Q_NONE;
    }
    /* a segment opens at a quotation mark, each mark opens one at most: room
    ** for a segment per unit was 32 bytes a unit (34 MB on a 9.9 MB line) */
    c->segs = naba_arena_alloc(doc->arena, (marks ? marks : 1) * sizeof *c->segs);
    if (!c->segs) return NABA_ERR_NOMEM;
    q_read_segments(c);
    size_t first_quote = doc->quotes.n;
    for (size_t i = 0; i < lx->n; i++) {
        if (i < c->quoted_to) continue;
        if (c->seg_of[i] >= 0) {
            seg *g = &c->segs[c->seg_of[i]];
            if (g->a == i && !g->used) st = leftover_segment(c, g);
            if (st != NABA_OK) return st;
            continue;
        }
        const wt_entry *e;
        size_t k = cue_len(c, i, &e);
        /* "ويذكر أن", "يشار إلى أن": the writer's background, nobody's words */
        if (k && e->cls == Q_VERB && !strcmp(lx->v[i].key + (str_has_prefix(lx->v[i].key, "و") ? 2 : 0), "يذكر") &&
            i + 1 < lx->n && is_q(c, i + 1, Q_COMP, 0))
            k = 0;
        /* "لا يوجد ما يدعو", "نفى ما قاله": a relative ما makes the verb a noun clause */
        if (k && i > 0 && lx->v[i].gap < 2 && (!strcmp(lx->v[i - 1].key, "ما") || !strcmp(lx->v[i - 1].key, "مما")))
            k = 0;
        if (k && resumptive_to(c, i + k)) k = 0;
        /* "طالبا عدم ذكر اسمه", "عدم نقل": a verbal noun after عدم */
        if (k && i > 0 && c->seg_of[i - 1] < 0 && !strcmp(lx->v[i - 1].key, "عدم")) k = 0;
        /* "ليتم نقل البطولة": the verbal noun after تم is nobody's words */
        if (k && i > 0 && c->seg_of[i - 1] < 0 && done_by(c, i - 1) && !q_has_verb(c, i)) k = 0;
        if (k) st = handle_cue(c, i, k, e);
        else if ((k = vmatch(c, i, WT_BIT(Q_SOURCE), WT_CONJ | WT_PREP, &e))) st = handle_source(c, i, k, e);
        if (st != NABA_OK) return st;
    }
    if (doc->quotes.n > first_quote)
        qsort(doc->quotes.v + first_quote, doc->quotes.n - first_quote, sizeof *doc->quotes.v, by_start);
    return NABA_OK;
}

naba_status naba_quotes_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    lx_text lx;
    naba_status st = lx_scan(doc, &lx);
    if (st != NABA_OK || !lx.n) { lx_done(doc); return st; }
    /* the per-unit arrays die with the stage: kept in the document's arena
    ** they stayed to its end, through the events stage where a long line's
    ** peak falls (8 bytes a unit, 8 MB on a 9.9 MB line) */
    int32_t *seg_of = malloc(lx.n * (sizeof *seg_of + sizeof(uint32_t)));
    if (seg_of) {
        ctx c = {.st = state, .lx = &lx, .doc = doc, .seg_of = seg_of, .para = (uint32_t *)(seg_of + lx.n)};
        st = read_quotes(&c);
        free(seg_of);
    } else {
        st = NABA_ERR_NOMEM;
    }
    /* so are the units: the dates, counts and this stage are their only
    ** readers (the quotes keep copies, not keys), and the events stage that
    ** follows would carry them (about 60 MB on a 10 MB line) to its peak */
    lx_done(doc);
    return st;
}

/* The state around a loaded word list (NULL: the load failed, err set). */
static quotes_state *state_of(wordtab *vt, naba_error *err) {
    if (!vt) return NULL;
    quotes_state *s = malloc(sizeof *s);
    if (!s) { wt_free(vt); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    s->vt = vt;
    s->dt = NULL;
    return s;
}

quotes_state *quotes_state_from(const char *tsv, size_t n, naba_error *err) {
    return state_of(wt_load_buf(tsv, n, "speech_verbs.tsv", quotes_classes, err), err);
}

void *naba_quotes_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p, naba_error *err) {
    (void)opt;
    char path[1200];
    /* data/dates.tsv, loaded once per pipeline by the link stage (opened first), as the dates stage reads it */
    const link_state *ls = naba_stage_state(p, "link");
    if (!ls) { naba_fail(err, NABA_ERR_MODEL, 0, "the quotes stage opens after the link stage"); return NULL; }
    quotes_state *s = state_of(wt_load_file(naba_data_path(data_dir, "data/speech_verbs.tsv", path, sizeof path),
                                            quotes_classes, err), err);
    if (s) s->dt = ls->dates;
    return s;
}

void naba_quotes_close(void *state) {
    quotes_state *s = state;
    if (!s) return;
    wt_free(s->vt);
    free(s);
}
