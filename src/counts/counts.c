/*
** counts.c — the counts stage: numbers in news and what they count.
**
** At each unit: an optional qualifier (أكثر من, نحو), then a number in digits
** or words (numeral.c), then what makes it a percentage (%, في المئة), money
** (دولار, $), a duration (يوما, ساعتين) or a quantity of something: the noun
** phrase after it ("1000 سجين حرب", "عشرات الآلاف من الجنود"). The action is
** the nearest action word (قتل, اعتقال, تبادل) in the same clause. Numbers the
** dates stage already read (16 مايو 2025) are skipped, so run dates first.
** When the morph stage has run, the counted noun's lemma comes from its words.
*/
#include "counts.h"
#include "affix.h"
#include "arena.h"
#include "dates.h"
#include "lex.h"
#include "link.h"
#include "numeral.h"
#include "stage.h"

#include <stdlib.h>
#include <string.h>

const char *const counts_classes[] = {"qual", "currency", "percent", "action", "stop", "ident", "clock", "qualafter", "label", "era", "daypart", "idiom", "pitch", "state", "disease", NULL};

int counts_currency_word(const wordtab *ct, const char *text, size_t n) {
    char key[64];
    if (!ct || n == 0 || n >= sizeof key) return 0;
    size_t k = naba_fold(text, n, LX_FOLD, key, sizeof key), cut;
    if (!wt_get_stripped(ct, key, k, WT_BIT(C_CURRENCY), WT_CONJ | WT_PREP | WT_DEF, &cut)) return 0;
    return cut == 0 || k - cut > 4;
}

typedef struct ctx {
    const counts_state *st;
    const lx_text *lx;
    naba_doc *doc;
    const uint8_t *taken;   /* units inside a date expression */
} ctx;

static size_t cmatch(const ctx *c, size_t i, int cls, unsigned clitics, const wt_entry **e) {
    if (i >= c->lx->n || c->taken[i]) return 0;
    return wt_match(c->st->ct, c->lx, i, WT_BIT(cls), clitics, e, NULL);
}

static int is_stop(const ctx *c, size_t i) {
    const wt_entry *e;
    return cmatch(c, i, C_STOP, 0, &e) == 1;
}

/* A word that can be part of a counted noun phrase. */
static int nounish(const ctx *c, size_t i) {
    const lx_unit *u = &c->lx->v[i];
    return i < c->lx->n && u->kind == LX_WORD && u->gap < 2 && !c->taken[i] && !is_stop(c, i);
}

/* Adjective-looking endings: مدني, أوكرانية, الأوروبيين */
static int adjish(const char *key) {
    size_t n = strlen(key);
    static const char *const ends[] = {"يه", "يين", "يون", "ي"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 4 && !strcmp(key + n - m, ends[k])) return 1;
    }
    return 0;
}

/* Is unit k a number with و glued on ("وخمسين" of "أربعين وخمسين سنة")? */
static int number_after_and(const ctx *c, size_t k) {
    num_val v;
    return !strncmp(c->lx->v[k].key, "و", 2) && num_parse(c->st->nt, c->lx, k, &v);
}

static int pronoun_on(const ctx *c, size_t k);
static int tagged(const ctx *c, size_t k, int upos);
static int definite_unit(const ctx *c, size_t k);

/* With morphology: unit j after the counted noun at unit i says how or how
** much, no adjective of it: a qualifier ("20 كيلومترا تقريبا") or an
** adjective whose alif shows the indefinite accusative after a noun in
** another case, the clause's circumstantial participle ("تتجاوز 2500 طن
** مشيرا الى", "29 نقطة متقدماً"); an adjective with no such alif
** ("313 ألف وظيفة جديدة") shows no case, whatever its tag. */
static int circumstantial(const ctx *c, size_t i, size_t j) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    if (cmatch(c, j, C_QUALAFTER, WT_CONJ, &e)) return 1;
    return tagged(c, j, NABA_UPOS_ADJ) && str_has_suffix(lx->v[j].key, "ا") && lx_head_has(lx, j, "Case=Acc") &&
           lx_head_has(lx, j, "Definite=Ind") &&
           (lx_head_has(lx, i, "Case=Gen") || lx_head_has(lx, i, "Case=Nom"));
}

/* "اعتقلت 15 فلسطينيا فجرا", "قتل 3 مدنيين ليلا": a part of the day after
** the counted noun is when it happened, no adjective of it. */
static int time_of_day(const ctx *c, size_t j) {
    const wt_entry *e;
    return cmatch(c, j, C_DAYPART, WT_CONJ, &e) && strcmp(e->str, "zone");
}

/* The counted noun phrase from unit i: head plus an idafa noun or up to two
** adjectives. Sets the span and the head's lemma; returns units used. */
static size_t counted_phrase(const ctx *c, size_t i, naba_count *ct) {
    const lx_text *lx = c->lx;
    if (i < lx->n && !c->taken[i] && !strcmp(lx->v[i].key, "من") && i + 1 < lx->n &&
        lx->v[i + 1].gap < 2) {
        /* عشرات الآلاف من الجنود; but من أجل, من خلال, من قبل are prepositions */
        static const char *const compound[] = {"اجل", "خلال", "قبل", "جانب", "حيث", "دون", "بين", "جهه"};
        for (size_t q = 0; q < sizeof compound / sizeof *compound; q++)
            if (!strcmp(lx->v[i + 1].key, compound[q])) return 0;
        /* "12 من أوروبا", "وثلاثة من مصر": where they come from; what is
        ** counted is not named here */
        const naba_mention *m = dates_mention_at(c->doc, lx->v[i + 1].start);
        if (m && m->type == NABA_ENT_LOC) return 0;
        i++;
    }
    if (i >= lx->n || !nounish(c, i)) return 0;
    /* "أربعين وخمسين سنة", "800 مليون ومليار دولار": a number joined by و
    ** is no noun counted (range_start gives the first the second's noun) */
    if (number_after_and(c, i)) return 0;
    size_t j = i + 1;
    const naba_doc *d = c->doc;
    int w = lx_head_word(lx, i); /* للمرة counts مرة, not ل */
    /* "قتل 5 وأصيب 10": a verb after و starts the next clause (a verb alone
    ** may be a misread noun: 8.3 مليون تابع) */
    if (w >= 0 && d->words.v[w].upos == NABA_UPOS_VERB && d->words.v[w].start > lx->v[i].start) return 0;
    /* "43 منهم", "2157 لديهن": a preposition with a pronoun; the noun
    ** counted is further back */
    if (w >= 0 && d->words.v[w].upos == NABA_UPOS_ADP) return 0;
    if (w >= 0) {
        /* with morphology: following adjectives, or one noun in construct */
        while (j < lx->n && j < i + 3 && nounish(c, j)) {
            int wj = lx_word_at(d, lx->v[j].start);
            if (wj < 0) break;
            int up = d->words.v[wj].upos;
            if (up != NABA_UPOS_ADJ && !(j == i + 1 && (up == NABA_UPOS_NOUN || up == NABA_UPOS_X)))
                break;
            if (circumstantial(c, i, j) || time_of_day(c, j)) break;
            /* "سبعة آلاف شخص البلدتين", "15 غارة الأحياء السكنية", "7
            ** أشخاص مصرعهم": after a head without the article, a word with
            ** it is no adjective of a singular head (but "ذوي الجنسيات":
            ** a head in construct; the accusative singular of 11 to 99 is
            ** none), and a definite noun no genitive of a head read
            ** indefinite, when the head is singular (what 11 and up count)
            ** or the noun is made definite by a pronoun ("عشرات قذائف
            ** الهاون" is one phrase); it is the verb's object. After a
            ** definite number the phrase is definite ("الثلاث مباريات
            ** السابقة"). */
            if (j == i + 1 && !definite_unit(c, i) && !(i > 0 && lx->v[i].gap < 2 && lx_head_has(lx, i - 1, "Definite=Def"))) {
                /* the tagger's article: the folded key takes عالمية, ألمانية, آلاف for one */
                int art = lx_head_has(lx, j, "Definite=Def"), sing = lx_head_has(lx, i, "Number=Sing");
                if (up == NABA_UPOS_ADJ
                        ? sing && art && (!lx_head_has(lx, i, "Definite=Cons") || lx_head_has(lx, i, "Case=Acc"))
                        : lx_head_has(lx, i, "Definite=Ind") && (pronoun_on(c, j) || (sing && art)))
                    break;
            }
            /* "أدى مئات آلاف الفلسطينيين صلاة العيد": a head with the
            ** article (the tagger's Def alone takes ألوان, ألمع for one)
            ** governs no noun after it, which is without the article the
            ** verb's object ("الدول الأعضاء" stays one phrase) */
            if (j == i + 1 && up != NABA_UPOS_ADJ && lx_head_has(lx, i, "Definite=Def") &&
                d->words.v[w].form && !strncmp(d->words.v[w].form, "ال", 4) && !lx_head_has(lx, j, "Definite=Def"))
                break;
            j++;
        }
        ct->what = d->words.v[w].lemma;
        /* "النجم الساحلي 18 ن": league tables (JawharaFM) write نقطة as ن */
        if (!strcmp(lx->v[i].key, "ن")) ct->what = "نقطة";
    } else {
        if (j < lx->n && nounish(c, j) && !lx->v[j].latin) {
            const char *k = lx->v[j].key;
            int clitic = strlen(k) > 6 && (!strncmp(k, "و", 2) || !strncmp(k, "ل", 2) ||
                                            !strncmp(k, "ب", 2) || !strncmp(k, "ف", 2)) &&
                         strncmp(k, "ال", 4) != 0;
            if (!clitic) j++;
        }
        if (j < lx->n && j == i + 2 && nounish(c, j) && adjish(lx->v[j].key)) j++;
        const char *s = d->text + lx->v[i].start;
        size_t n = lx->v[i].end - lx->v[i].start;
        if (n > 4 && !strncmp(s, "ال", 4)) { s += 4; n -= 4; }
        ct->what = naba_arena_strndup(d->arena, s, n);
    }
    ct->what_start = lx->v[i].start;
    ct->what_end = lx->v[j - 1].end;
    return j - i;
}

/* Does unit k lie in a sentence holding a word of class cls? */
static int sentence_has(const ctx *c, size_t k, int cls) {
    const lx_text *lx = c->lx;
    size_t a = k, b = k;
    while (a > 0 && lx->v[a - 1].sent == lx->v[k].sent) a--;
    while (b < lx->n && lx->v[b].sent == lx->v[k].sent) b++;
    for (size_t u = a; u < b; u++) {
        const wt_entry *e;
        if (lx->v[u].kind == LX_WORD && cmatch(c, u, cls, WT_CONJ | WT_PREP | WT_DEF, &e)) return 1;
    }
    return 0;
}

/* Does unit k lie in a sentence about a match (a C_PITCH word in it:
** لاعبين, المباراة, بطاقة حمراء)? */
static int pitch_sentence(const ctx *c, size_t k) { return sentence_has(c, k, C_PITCH); }

/* Unit k names a place: a place's name, or a noun of one (المحافظة,
** المدن, أراضي). */
static int places_after(const ctx *c, size_t k) {
    static const char *const place_nouns[] = {"محافظه", "مدينه", "مدن", "منطقه", "مناطق", "اراضي", /* folded */
                                              "بلاد", "قريه", "قري", "بلده", "بلدات"};
    const naba_mention *m = dates_mention_at(c->doc, c->lx->v[k].start);
    if (m && m->type == NABA_ENT_LOC) return 1;
    const char *key = c->lx->v[k].key;
    if (str_has_prefix(key, "ال")) key += strlen("ال");
    for (size_t q = 0; q < sizeof place_nouns / sizeof *place_nouns; q++)
        if (!strcmp(key, place_nouns[q])) return 1;
    return 0;
}

/* "وشفيت 585 حالة", "تماثلت للشفاء منها 586", "التي شفيت إلى 581 حالة":
** a recovery (C_ACTION at unit k) befalls the number at unit a only right
** after it, past منها, منهم or إلى at most; the patients counted before it
** or beside it (1078 حالة تماثلت, ست حالات تحت العلاج) are not all healed;
** nor is what is near the noun (بلغت 500 كيلوغرام، بالتعافي). */
static int recovery_before(const ctx *c, size_t k, size_t a) {
    static const char *const links[] = {"منها", "منهم", "الي", NULL};
    const wt_entry *e;
    size_t end = k + cmatch(c, k, C_ACTION, WT_CONJ | WT_PREP | WT_DEF, &e);
    return k < a && (end == a || (end + 1 == a && str_in(c->lx->v[end].key, links)));
}

/* Is the action word e matched at unit k meant as that action, for the
** number whose first unit is a?
** - folding drops the hamza, so the expulsion إبعاد also matches the
**   dimensions أبعاد ("ثلاثية الأبعاد", "بأبعاد 150 مترا"): the spelling
**   with أ is no action;
** - a phrase of C_IDIOM holding it means something else: أجهزة الطرد
**   المركزي (centrifuges), لجان مراقبة الطرد (lay-offs);
** - in a sentence about a match, طرد is a sending-off (بعشرة لاعبين بعد طرد
**   X), رحل a coach leaving, خطف stealing a win (بخطف ثلاث نقاط), إيقاف
**   a ban (إيقاف بأربعة مقابلات);
** - إيقاف (Tunisian: arrest; also a stop) acts only on the number right
**   after it (إيقاف 5 أشخاص, not "إيقاف شاب وحجز 800 غرام"), القضاء على
**   on one close after it;
** - أسر is also "families": with the article (عشرات الأسر, أرباب الأسر) it is
**   families but after في (وقعوا في الأسر: captivity), and bare it is the
**   capture only when a definite word after it is not the number itself
**   (أسر 3 جنود, أسر العشرات; لأسر الضحايا are families);
** - تحرير, حرر before a number of fines or reports (مخالفة, محضر) write
**   them up. */
/* "أصيب مستخدمو الموقع بحالة من الارتباك", "أصيبوا بالذهول": does a state
** of mind follow the action word at unit k within four words of its
** sentence? Struck by a mood, not hurt; but بحالة alone is the wounded's
** state (أصيب 3 أشخاص بحالة خطيرة). */
static int struck_by_mood(const lx_text *lx, size_t k) {
    static const char *const states_of_mind[] = {"بحاله", "بالذهول", "بالذعر", "بالهلع", "بالصدمه", "بالاحباط", "بخيبه", "بالدهشه", NULL}; /* folded */
    for (size_t w = k + 1; w < k + 5 && w < lx->n && lx->v[w].sent == lx->v[k].sent; w++)
        if (str_in(lx->v[w].key, states_of_mind) &&
            (strcmp(lx->v[w].key, "بحاله") || (w + 1 < lx->n && !strcmp(lx->v[w + 1].key, "من"))))
            return 1;
    return 0;
}

static int action_meant(const ctx *c, size_t k, size_t a, const wt_entry *e) {
    const lx_text *lx = c->lx;
    const lx_unit *u = &lx->v[k];
    static const char dimensions[] = "\xd8\xa3\xd8\xa8\xd8\xb9\xd8\xa7\xd8\xaf"; /* أبعاد */
    if (memmem(c->doc->text + u->start, u->end - u->start, dimensions, sizeof dimensions - 1)) return 0;
    for (size_t p = k > 0 ? k - 1 : k; p <= k; p++) {
        const wt_entry *ie;
        size_t n = cmatch(c, p, C_IDIOM, WT_CONJ | WT_PREP | WT_DEF, &ie);
        /* the victims after a charge's crime were its victims (بتهم قتل
        ** عشرة قرويين) */
        if (n && p + n > k && !(ie->num == IDIOM_CHARGE && k < a)) return 0;
    }
    /* تحرير 52 مخالفة, حرر 8 محاضر: writing up fines and reports (Tunisian
    ** police news), not freeing, for them or for a number before (حجز 10
    ** دراجات وتحرير 8 محاضر) */
    if (!strcmp(e->str, "freed") && (!strcmp(e->key, "تحرير") || !strcmp(e->key, "حرر") || !strcmp(e->key, "حررت"))) {
        for (size_t w = k + 1; w < k + 4 && w < lx->n && lx->v[w].sent == u->sent; w++) {
            const char *key = str_skip_prefix(lx->v[w].key, "و");
            if (str_has_prefix(key, "محضر") || str_has_prefix(key, "محاضر") || str_has_prefix(key, "مخالف")) return 0;
        }
        /* تحرير المحافظة, لتحرير كوريا: liberating a place frees no one counted */
        if (k + 1 < lx->n && lx->v[k + 1].sent == u->sent && places_after(c, k + 1)) return 0;
    }
    /* "فقد حصل الحزب على 14 مقعدا": ف + قد before a verb, not "lost" */
    if (!strcmp(e->key, "فقد") && k + 1 < lx->n && lx->v[k + 1].sent == u->sent && tagged(c, k + 1, NABA_UPOS_VERB))
        return 0;
    int deported = !strcmp(e->str, "deported"), captured = !strcmp(e->str, "captured");
    int stopped = !strcmp(e->key, "ايقاف"); /* folded إيقاف */
    if ((deported || captured || stopped) && pitch_sentence(c, k)) return 0;
    if (stopped && k + 1 != a) return 0;
    /* القضاء على (putting an end to) kills only the count it reaches (تم
    ** القضاء على ثلاثة إرهابيين, القضاء على إرهابيين اثنين), not a number
    ** near an end put to a wrong (القانون عدد 60 المتعلق بالقضاء على العنف) */
    if (!strcmp(e->key, "القضاء علي") && !(k < a && a <= k + 3)) return 0; /* folded */
    if (!strcmp(e->str, "recovered") && !recovery_before(c, k, a)) return 0;
    /* "الإصابة بفيروس كورونا ... 22 إصابة": in a sentence naming a disease
    ** a إصابة is a case of it, no one injured; nor is one struck by a mood */
    if (!strcmp(e->str, "injured") && (sentence_has(c, k, C_DISEASE) || struck_by_mood(lx, k))) return 0;
    if (!captured || strcmp(e->key, "اسر")) return 1; /* أسر, folded */
    const char *key = u->key;
    if (str_has_prefix(key, "و") || str_has_prefix(key, "ف")) key += 2;
    if (str_has_prefix(key, "ال") || str_has_prefix(key, "لل") || str_has_prefix(key, "بال"))
        return k > 0 && !strcmp(lx->v[k - 1].key, "في");
    return k + 1 >= lx->n || k + 1 == a || !str_has_prefix(lx->v[k + 1].key, "ال");
}

/* Unit k is an action word (C_ACTION) meant as that action for the number
** at unit a. */
static int action_at(const ctx *c, size_t k, size_t a, const wt_entry **e) {
    return cmatch(c, k, C_ACTION, WT_CONJ | WT_PREP | WT_DEF, e) && action_meant(c, k, a, *e);
}

/* "تهمة قتل الضحايا": unit k opens a charge (idiom 1), whose crime and
** victims are not what befell the counted before it. */
static int charge_at(const ctx *c, size_t k) {
    const wt_entry *e;
    return cmatch(c, k, C_IDIOM, WT_CONJ | WT_PREP | WT_DEF, &e) && e->num == IDIOM_CHARGE;
}

/* What happened to the counted: a casualty word of the counted phrase [ws, we)
** itself (جرحى, قتلى), else the nearest action word in the clause around
** units [a, b), else one of the phrase (سجناء). */
static const char *find_action(const ctx *c, size_t a, size_t b, size_t ws, size_t we) {
    const lx_text *lx = c->lx;
    uint32_t sent = lx->v[a].sent;
    /* a casualty noun counted says it: "أوقع قتيلا و5 جرحى" counts the
    ** injured; a prisoner or a hostage takes the clause's verb (تبادل 1000
    ** سجين: exchanged), and its own word only when there is none */
    const char *inner = NULL;
    for (size_t k = ws; k < we && !inner; k++) {
        const wt_entry *e;
        if (action_at(c, k, a, &e)) inner = e->str;
    }
    if (inner && (!strcmp(inner, "killed") || !strcmp(inner, "injured"))) return inner;
    for (size_t dist = 1; dist <= 8; dist++) {
        for (int side = 0; side < 2; side++) {
            size_t k;
            if (side == 0) {
                if (a < dist) continue;
                k = a - dist;
                /* do not look past a clause boundary */
                size_t t;
                for (t = k + 1; t <= a && t < lx->n; t++) if (lx_is_boundary(lx, t)) break;
                if (t <= a) continue;
            } else {
                k = b + dist - 1;
                if (k >= lx->n) continue;
                size_t t;
                for (t = b; t <= k; t++) if (lx_is_boundary(lx, t) || charge_at(c, t)) break;
                if (t <= k) continue;
            }
            if (lx->v[k].sent != sent || lx->v[k].kind != LX_WORD) continue;
            const wt_entry *e;
            if (!action_at(c, k, a, &e)) continue;
            if (k >= ws && k < we) continue;
            return e->str;
        }
    }
    return inner;
}

/* Unit k joins two numbers of a range: a dash, و or إلى. */
static int range_link(const lx_text *lx, size_t k) {
    return lx_is_dash(lx, k) || !strcmp(lx->v[k].key, "و") || !strcmp(lx->v[k].key, "الي");
}

/* "قتل 3 وجرح 4 في الهجوم", "اعتقل أكثر من 20", "مقارنة بمقتل 966": a number
** with no noun after it, right after an action verb or noun, counts the
** people it acted on; so does one after the verb and منهم ("1071 حالة توفي
** منها 471"). */
static const char *action_before(const ctx *c, size_t i, size_t after) {
    static const char *const of_them[] = {"منهم", "منها", "منهن", NULL};
    const lx_text *lx = c->lx;
    const wt_entry *e;
    /* "نسبة إصابة 20 إلى 25%": the first end of a range of something else */
    if (after + 1 < lx->n && lx->v[after + 1].kind == LX_NUM && range_link(lx, after)) return NULL;
    if (i == 0 || lx->v[i].gap > 1) return NULL;
    size_t k = i - 1;
    if (k > 0 && str_in(lx->v[k].key, of_them) && lx->v[k].gap < 2) k--;
    if (lx->v[k].kind != LX_WORD || lx->v[k].sent != lx->v[i].sent || !cmatch(c, k, C_ACTION, WT_CONJ | WT_PREP, &e) ||
        !action_meant(c, k, i, e))
        return NULL;
    return e->str;
}

static const char *unit_name(const char *code) {
    switch (code[0]) {
    case 'd': return "day";
    case 'w': return "week";
    case 'y': return "year";
    case 'h': return "hour";
    case 's': return "second";
    case 'm': return code[1] == 'i' ? "minute" : "month";
    default: return code;
    }
}

/* Unit i follows a noun in the same phrase (not a verb, a mark or a stop
** word); with morphology the word before must not be a verb. */
static int after_noun(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    if (i == 0 || lx->v[i].gap == 2 || !nounish(c, i - 1)) return 0;
    const naba_doc *d = c->doc;
    if (!d->words.n) return 1;
    int w = lx_word_at(d, lx->v[i - 1].start);
    if (w < 0) return 0;
    while ((size_t)w + 1 < d->words.n && d->words.v[w + 1].start < lx->v[i - 1].end) w++; /* last word of the token */
    int up = d->words.v[w].upos;
    return up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_PRON || up == NABA_UPOS_ADP ||
           up == NABA_UPOS_ADJ || up == NABA_UPOS_X;
}

/* With morphology: the word of unit k is a name (PROPN, X) or in Latin script. */
static int name_unit(const lx_text *lx, size_t k) {
    if (lx->v[k].latin) return 1;
    int h = lx_head_word(lx, k);
    return h >= 0 && (lx->doc->words.v[h].upos == NABA_UPOS_PROPN || lx->doc->words.v[h].upos == NABA_UPOS_X);
}

/* Digits glued to a Latin word or a hyphenated name (G20, كوفيد-19) are names,
** not counts, and so are digits after a dash glued to them that follows a
** short name and a space, a model's number ("إف -16", "إيه -321"). Glued to
** an Arabic word (مدته49, و8335) they lost a space, and after a one-letter
** preposition and a dash they are counted ("ب-3ر2 نقاط", by 2.3 points).
** One Latin letter glued after them makes a model or a name too ("iPhone
** 6S", "فالكون 7X", "مبادرة 10X"; a unit of two letters counts: "256GB"),
** and so does a plus sign joining them to digits ("مجموعة 5+1", "1+5").
** Digits between two Latin words are a name's too ("(THE BIG 5 DUBAI 2013)",
** "iPhone 8 Plus"). */
static int glued(const lx_text *lx, size_t i) {
    if (i > 0 && i + 1 < lx->n && lx->v[i - 1].latin && lx->v[i + 1].latin && lx->v[i].gap == 1 &&
        lx->v[i + 1].gap == 1 && lx->v[i - 1].sent == lx->v[i + 1].sent)
        return 1;
    if (i + 1 < lx->n && !lx->v[i + 1].gap && lx->v[i + 1].latin && lx->v[i + 1].klen == 1) return 1;
    if (i + 2 < lx->n && lx_is(lx, i + 1, '+') && !lx->v[i + 1].gap && !lx->v[i + 2].gap && lx->v[i + 2].kind == LX_NUM)
        return 1;
    if (i >= 2 && lx_is(lx, i - 1, '+') && !lx->v[i].gap && !lx->v[i - 1].gap && lx->v[i - 2].kind == LX_NUM) return 1;
    if (lx->v[i].gap) return 0;
    if (i > 0 && lx->v[i - 1].kind == LX_WORD) return lx->v[i - 1].latin;
    if (i < 2 || !lx_is_dash(lx, i - 1) || lx->v[i - 2].kind != LX_WORD) return 0;
    if (lx->v[i - 1].gap == 1) return lx->v[i - 2].klen <= 6 && name_unit(lx, i - 2);
    return lx->v[i - 1].gap == 0 && (lx->v[i - 2].latin || lx->v[i - 2].klen > 2);
}

/* "و-0.5% للفيلات", "ب-3ر2 نقاط", "(-0.48%)", "من -1.1%", "انخفاضها -1%":
** a dash glued to the digits after و or ب glued to it, after an opening
** bracket, or after a space and a preposition or a word of more than three
** letters that is no name, is a minus sign (a fall, a temperature below
** zero); a short word before the space may be a model's name the tagger
** missed ("(إيل -20)"). Is there one before unit j? */
static int minus_before(const lx_text *lx, size_t j) {
    if (j < 2 || lx->v[j].kind != LX_NUM || lx->v[j].gap || !lx_is_dash(lx, j - 1)) return 0;
    const lx_unit *b = &lx->v[j - 2];
    if (!lx->v[j - 1].gap) return (b->kind == LX_WORD && b->klen == 2) || lx_is(lx, j - 2, '(');
    int h = lx_head_word(lx, j - 2);
    return lx->v[j - 1].gap == 1 && b->kind == LX_WORD && h >= 0 && !name_unit(lx, j - 2) &&
           (b->klen > 6 || lx->doc->words.v[h].upos == NABA_UPOS_ADP);
}

/* The unit before i is a clock word (الساعة التاسعة, عند الساعة 10, الساعة
** الـ 12): a time
** of day, which the dates stage reads, not a count; and so is the fraction
** an hour after it lacks (الساعة الثامنة إلا ربع). */
static int after_clock(const ctx *c, size_t i) {
    const wt_entry *e;
    if (i > 2 && !strcmp(c->lx->v[i - 1].key, "الا") && (c->taken[i - 2] || after_clock(c, i - 2))) return 1;
    if (i > 1 && !strcmp(c->lx->v[i - 1].key, "ال")) i--; /* الساعة الـ 12 */
    return i > 0 && c->lx->v[i].gap && cmatch(c, i - 1, C_CLOCK, WT_CONJ | WT_PREP, &e) == 1;
}

/* A digit run written with a leading zero is a clock time (08:30, 08،00), a
** phone number or a code (0508586110), or the "00" of a time, not a count;
** but Tunisian news pads small counts ("06 إقتراحات", "09 كلغ"), and the
** group before the agency separator ر is a fraction or a thousands group
** (04ر1 = 1.04, 000ر88 = 88,000). */
static int zero_led(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    const lx_unit *u = &lx->v[j];
    const char *s = c->doc->text + u->start;
    if (u->kind != LX_NUM || u->ndigits < 2 || (s[0] != '0' && strncmp(s, "\xd9\xa0", 2))) return 0;
    if (j + 1 < lx->n && !lx->v[j + 1].gap && !strcmp(lx->v[j + 1].key, "ر")) return 0;
    if (u->ndigits >= 4 || u->value == 0) return 1;
    /* a clock time: a separator touching the hour, then two digits (a
    ** space after the separator in the input is let pass) */
    return j + 2 < lx->n && lx->v[j + 1].gap == 0 && lx->v[j + 2].gap < 2 && lx->v[j + 1].kind == LX_PUNCT &&
           lx->v[j + 2].kind == LX_NUM && lx->v[j + 2].ndigits == 2;
}

/* "بين 5 و9 أيلول", "من 5 إلى 9 أيلول", "5-9 أيلول": a day number joined to a
** date the dates stage read is the first day of a range, part of the date;
** so are the days of a list of choices, "أيام 8 أو9 أو10 سبتمبر" (up to
** three days before the date). */
static int joins_date(const ctx *c, size_t after, double v) {
    const lx_text *lx = c->lx;
    for (int days = 0; days < 3; days++) {
        if (v < 1 || v > 31 || v != (double)(long)v || after + 1 >= lx->n) return 0;
        const char *k = lx->v[after].key;
        int link = lx_is_dash(lx, after) || (lx->v[after].kind == LX_WORD &&
                   (!strcmp(k, "و") || !strcmp(k, "الى") || !strcmp(k, "حتى") || !strcmp(k, "او")));
        if (!link || lx->v[after + 1].kind != LX_NUM) return 0;
        if (c->taken[after + 1]) return 1;
        v = lx->v[after + 1].value;
        after += 2;
    }
    return 0;
}

/* "في 22 شوال", "للست من شوال", "الثاني والعشرين من رمضان", "ربيع الأول":
** a day of a Hijri month, or the ordinal of the month's own name; the dates
** stage reads a Hijri date only with its year, so without one the day is
** left to here, and it is no count. صفر is also zero (فائزا بنتيجة 3 صفر):
** it names the month only after من. Without the dates table (counts_state_from)
** none is known. */
static int hijri_day(const ctx *c, size_t i, size_t after, double v) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    if (!c->st->dt) return 0;
    if (i > 0 && lx->v[i].gap < 2 && wt_match(c->st->dt, lx, i - 1, WT_BIT(D_HMONTH), WT_CONJ, &e, NULL) == i + 1 - (i - 1))
        return 1; /* ربيع الأول, جمادى الثانية */
    if (v < 1 || v > 30 || v != (double)(long)v || after >= lx->n || lx->v[after].gap > 1) return 0;
    /* "النصف الثاني من رمضان", "الليالي العشر من رمضان": after a definite
    ** noun the number agrees with it and counts it (a weekday is none: الأحد
    ** 10 شوال) */
    if (i > 0 && lx->v[i].gap < 2 && !c->taken[i - 1] && definite_unit(c, i - 1) && tagged(c, i - 1, NABA_UPOS_NOUN)) return 0;
    int of = !strcmp(lx->v[after].key, "من");
    if (of && (after + 1 >= lx->n || lx->v[after + 1].gap > 1)) return 0;
    return wt_match(c->st->dt, lx, after + of, WT_BIT(D_HMONTH), 0, &e, NULL) && (of || e->num != 2);
}

/* "عام 1433", "سنة 1453", "لعام 1865": four digits after a word for the
** year (data/dates.tsv's yearword, as the dates stage reads them) are a
** year, a Hijri one without its era word or one before 1900, which the
** dates stage leaves; never a count. */
static int year_after_word(const ctx *c, size_t j, size_t kn) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    return c->st->dt && kn == 1 && j > 0 && lx->v[j].kind == LX_NUM && lx->v[j].ndigits == 4 && lx->v[j].gap == 1 &&
           wt_match(c->st->dt, lx, j - 1, WT_BIT(D_YEARWORD), WT_CONJ | WT_PREP, &e, NULL) == 1;
}

/* Is unit k a dash or a slash? */
static int dash_or_slash(const lx_text *lx, size_t k) {
    return lx_is_dash(lx, k) || lx_is(lx, k, '/');
}

/* Is unit k four digits of the Gregorian year that Hijri year h falls in
** (a Hijri year is 0.97 of a solar one, and 1 AH began in 622)? */
static int same_year_gregorian(const lx_text *lx, size_t k, double h) {
    double g = h * 0.970229 + 621.5643;
    return lx->v[k].kind == LX_NUM && lx->v[k].ndigits == 4 && lx->v[k].value - g <= 1.5 && g - lx->v[k].value <= 1.5;
}

/* "بنسخته التاسعة 1436 - 2015", "موسم 2015/1436": four digits of a Hijri
** year linked by a dash or a slash to the Gregorian year it falls in are
** that year in the other calendar, not a count ("1450 - 2000 شخص" counts). */
static int hijri_beside_year(const ctx *c, size_t j, size_t kn, size_t after) {
    const lx_text *lx = c->lx;
    double h = lx->v[j].value;
    if (kn != 1 || lx->v[j].kind != LX_NUM || lx->v[j].ndigits != 4 || h < 1300 || h > 1500) return 0;
    if (after + 1 < lx->n && dash_or_slash(lx, after) && same_year_gregorian(lx, after + 1, h)) return 1;
    return j >= 2 && dash_or_slash(lx, j - 1) && same_year_gregorian(lx, j - 2, h);
}

/* The unit after a run of digits ending at after, past up to two links (a
** dash, و, إلى, /) each to another run of digits: "645 – 688 م", "من 7 إلى
** 11 صباحا", "27 / 8 / 1412هـ". */
static size_t past_linked_runs(const lx_text *lx, size_t after) {
    for (int link = 0; link < 2 && after + 2 < lx->n && lx->v[after + 1].kind == LX_NUM &&
                       (range_link(lx, after) || lx_is(lx, after, '/'));
         link++)
        after += 2;
    return after;
}

/* The Tunisian "551 م د", "996 م.د" (agency copy's مليون دينار): units
** from k spelling "million dinars"; returns how many (0: none). */
static size_t million_dinars(const lx_text *lx, size_t k) {
    if (k + 1 >= lx->n || strcmp(lx->v[k].key, "م")) return 0;
    size_t d = k + 1 + lx_is(lx, k + 1, '.');
    return d < lx->n && lx->v[d].gap < 2 && !strcmp(lx->v[d].key, "د") ? d + 1 - k : 0;
}

/* "1436 هـ", "68 هجرية", "1293م", "645 – 688 م", "من 158 إلى 169 هجرية",
** "27 / 8 / 1412هـ": a run of digits before an era word, or before linked
** runs the last of which is before an era word, is a year or a part of a
** date, not a count. A bare م is also "metre" (35م) and "million" (م د): a
** year only after 3 or 4 digits. */
static int era_year(const ctx *c, size_t j, size_t kn, size_t after) {
    const lx_text *lx = c->lx;
    if (kn != 1 || lx->v[j].kind != LX_NUM) return 0;
    after = past_linked_runs(lx, after);
    const wt_entry *e;
    if (!wt_match(c->st->ct, lx, after, WT_BIT(C_ERA), 0, &e, NULL)) return 0;
    if (!strcmp(e->str, "year")) return 1;
    if (million_dinars(lx, after)) return 0;
    size_t nd = lx->v[after - 1].ndigits;
    return nd >= 3 && nd <= 4;
}

/* "7 صباحا", "من 7 إلى 11 صباحًا", "10 مساء بالتوقيت المحلي": an hour in
** digits before a part of the day, or before linked runs the last of which
** is, is a time of day, not a count; before a time zone, so is an hour and
** its minutes run together ("(1200 بتوقيت جرينتش)", agency copy's 12:00 GMT)
** or split by a comma or a point, which lx_number reads as decimals ("17,00
** ت غ", "23.53 بتوقيت غرينيتش"). */
static int day_part_time(const ctx *c, size_t j, size_t kn, size_t after) {
    const lx_text *lx = c->lx;
    const lx_unit *u = &lx->v[j];
    const wt_entry *e;
    if (u->kind != LX_NUM || !cmatch(c, past_linked_runs(lx, after), C_DAYPART, WT_CONJ | WT_PREP, &e)) return 0;
    int zone = !strcmp(e->str, "zone");
    if (kn == 3)
        return zone && u->ndigits <= 2 && u->value <= 24 && lx->v[j + 2].ndigits == 2 && lx->v[j + 2].value < 60;
    int hhmm = (u->ndigits == 3 || u->ndigits == 4) && u->value <= 2400 && (long)u->value % 100 < 60 && zone;
    return kn == 1 && (u->value <= 24 || hhmm);
}

/* Unit i opens a line or a sentence. */
static int opens_line(const lx_text *lx, size_t i) {
    return i == 0 || lx->v[i].gap == 2 || lx->v[i - 1].sent_end;
}

/* Unit k is digits of value v alone in brackets. */
static int bracketed(const lx_text *lx, size_t k, double v) {
    return k > 0 && k + 1 < lx->n && lx->v[k].kind == LX_NUM && lx->v[k].value == v && lx_is(lx, k - 1, '(') &&
           lx_is(lx, k + 1, ')');
}

/* "لمبلغ (274) مليون دولار": digits alone in brackets before a lone scale
** word are multiplied by it, as written out of brackets (a scale with a
** number of its own, "(2.670.395) مليونين وستمائة", restates the digits and
** is left to be read apart). The scale's units after the bracket are
** returned, 0 when there is none, and nv is scaled. */
static size_t bracketed_scale(const ctx *c, size_t j, size_t kn, num_val *nv) {
    const lx_text *lx = c->lx;
    num_val scale;
    if (kn != 1 || !bracketed(lx, j, nv->lo) || j + 2 >= lx->n || lx->v[j + 2].gap == 2) return 0;
    size_t ks = num_parse(c->st->nt, lx, j + 2, &scale);
    if (ks != 1 || scale.lo != scale.hi || !(scale.flags & NUM_F_WORDS) || (scale.flags & (NUM_F_VAGUE | NUM_F_DEF)) ||
        (scale.lo != 1e3 && scale.lo != 1e6 && scale.lo != 1e9))
        return 0;
    nv->lo *= scale.lo;
    nv->hi *= scale.lo;
    nv->flags |= NUM_F_SCALED;
    return ks;
}

/* "فتقوم بما يلي: (1) إنشاء المستودعات ... (2) رصد ومعاينة": the bracketed
** digits at unit j (in brackets) have the next number or the one before
** bracketed a few words away on their line, the items of a list run on. */
static int bracketed_next(const lx_text *lx, size_t j) {
    double v = lx->v[j].value;
    if (j < 2 || v > 30 || v != (double)(long)v) return 0;
    for (size_t u = j + 2; u < lx->n && u < j + 60 && lx->v[u].gap < 2; u++)
        if (bracketed(lx, u, v + 1)) return 1;
    for (size_t u = j - 1; u > 1 && u + 60 > j && lx->v[u + 1].gap < 2; u--)
        if (bracketed(lx, u, v - 1)) return 1;
    return 0;
}

/* "فانسان كومباني (25) والالماني إلكاي غوندوغان (31)", "سدد خارج المرمى
** (89).": in a match report, a whole number up to 120 alone in brackets
** after a scorer or a move, with no noun after it, is the minute it came in
** (a sport page, or a sentence of the pitch); not after a club or a country
** ("أولمبياكوس (44)": its titles), a name of no person. */
static int match_minute(const ctx *c, size_t j, size_t kn, size_t after) {
    const lx_text *lx = c->lx;
    double v = lx->v[j].value;
    if (kn != 1 || j < 2 || !bracketed(lx, j, v) || v < 1 || v > 120 || v != (double)(long)v) return 0;
    if (after + 1 < lx->n && lx->v[after + 1].gap < 2 && lx->v[after + 1].kind == LX_WORD &&
        strncmp(lx->v[after + 1].key, "و", 2) && strcmp(lx->v[after + 1].key, "ثم") &&
        strcmp(lx->v[after + 1].key, "بدلا"))
        return 0;
    const naba_mention *m = dates_mention_at(c->doc, lx->v[j - 2].start);
    if (m ? m->type != NABA_ENT_PER : tagged(c, j - 2, NABA_UPOS_PROPN)) return 0;
    const char *topic = c->doc->topic.label;
    return (topic && !strcmp(topic, "sport")) || pitch_sentence(c, j);
}

/* "(7)", "(5+1)", "3 - حادث" or "6. تطبيق" opening a line or a
** sentence (or run on in a table or a list: "9- هاري"): a run of digits that numbers an item, a part or a group, with
** nothing counted after it, is not a count; but "(190) موقوفا" counts the
** noun after the parenthesis. */
static int numbering(const ctx *c, size_t j, size_t kn, size_t after) {
    const lx_text *lx = c->lx;
    if (kn != 1 || lx->v[j].kind != LX_NUM || after >= lx->n) return 0;
    int dash = lx_is_dash(lx, after);
    int other = after + 1 < lx->n && lx->v[after + 1].kind == LX_NUM;
    if (j > 0 && lx_is(lx, j - 1, '+') && lx_is(lx, after, ')')) return 1; /* the 1 of (5+1) */
    if (j > 0 && lx_is(lx, j - 1, '(')) {
        /* a part or a group named: "(5+1)", "مذكرات فاتن حمامة (7):"; but
        ** "افريقيا (54)،" and "(3000 - 3750 دولارا)" count */
        if (lx_is(lx, after, '+')) return 1;
        size_t close = dash && other ? after + 2 : after;
        if (close >= lx->n || !lx_is(lx, close, ')')) return 0;
        return opens_line(lx, j - 1) || close + 1 == lx->n || lx_is(lx, close + 1, ':') ||
               lx->v[close + 1].gap == 2 || (close == after && bracketed_next(lx, j));
    }
    /* a table run on in one line: "الترتيب: 1- النجم الساحلي 7 ن 2- فيروفيارو"
    ** (after a colon, or after the points, ن, of the item before) */
    int run_on = j > 0 && (lx_is(lx, j - 1, ':') || !strcmp(lx->v[j - 1].key, "ن"));
    /* a list run on in a line after its item before ("... 2.5 مليار دولار 9-
    ** هاري ستاين"): one or two digits, the dash glued to them, then a space
    ** and a word */
    if (dash && lx->v[j].ndigits <= 2 && !lx->v[after].gap && after + 1 < lx->n && lx->v[after + 1].gap == 1 &&
        lx->v[after + 1].kind == LX_WORD)
        return 1;
    if (!opens_line(lx, j) && !run_on) return 0;
    /* but "5 - 6 آلاف" is a range */
    return lx_is(lx, after, '.') || lx_is(lx, after, ')') || (dash && !other);
}

static int qualifier_of(const wt_entry *e) {
    return !strcmp(e->str, "more") ? NABA_QUAL_MORE_THAN
         : !strcmp(e->str, "less") ? NABA_QUAL_LESS_THAN : NABA_QUAL_ABOUT;
}

/* A qualifier after the number or its counted phrase at unit i ("23 على
** الأقل", "40 بالمئة تقريبا") when none came before. */
static void qualifier_after(const ctx *c, size_t i, naba_count *ct) {
    const wt_entry *e;
    if (ct->qualifier == NABA_QUAL_EXACT && cmatch(c, i, C_QUALAFTER, WT_CONJ, &e)) ct->qualifier = qualifier_of(e);
}

/* With morphology: does a pronoun glued to word h of unit k follow it
** (أعمارهم, عددهم: the noun made definite by its possessor)? */
static int pronoun_after(const ctx *c, size_t k, size_t h) {
    const naba_doc *d = c->doc;
    return h + 1 < d->words.n && d->words.v[h + 1].start < c->lx->v[k].end && d->words.v[h + 1].upos == NABA_UPOS_PRON;
}

/* With morphology: does a pronoun on unit k make it definite (بدوله)? */
static int pronoun_on(const ctx *c, size_t k) {
    int h = lx_head_word(c->lx, k);
    return h >= 0 && pronoun_after(c, k, (size_t)h);
}

/* Is unit k a definite noun: the article (الدول, بالدول, والسنوات) or, with
** morphology, a pronoun on it (بدوله)? */
static int definite_unit(const ctx *c, size_t k) {
    const char *key = c->lx->v[k].key;
    /* و, ب, ل, ف, ك before it; ل before ال drops the alif (للممثلات) */
    for (int skip = 0; skip < 2 && strncmp(key, "ال", 4) && strncmp(key, "لل", 4); skip++)
        if (strlen(key) > 6) key += 2;
    return !strncmp(key, "ال", 4) || !strncmp(key, "لل", 4) || pronoun_on(c, k);
}

/* With morphology: the head word of unit k is tagged upos. */
static int tagged(const ctx *c, size_t k, int upos) {
    int h = lx_head_word(c->lx, k);
    return h >= 0 && c->doc->words.v[h].upos == upos;
}

/* The noun an ordinal at unit i describes, written before it: the unit
** before, or with morphology the noun before up to two adjectives or
** ordinals between (المؤتمر الوطني السادس, المرحلتين الأولى والثانية,
** بطاقة صفراء ثانية). An adjective after no noun or adjective, or after a
** number or a time word, is the noun the tagger missed (إلى اللقب الرابع,
** كانت الأنثى الأولى, السبعة الأشهر الأولى, اليوم الدفعة الأولى). lx->n
** when there is none. */
static size_t noun_back(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    if (i == 0 || lx->v[i].gap == 2) return lx->n;
    size_t w = i - 1;
    num_val nv;
    const char *code;
    int dual;
    for (int steps = 0; steps < 2 && w > 0 && tagged(c, w, NABA_UPOS_ADJ) && lx->v[w].gap < 2 &&
                        nounish(c, w - 1) && (tagged(c, w - 1, NABA_UPOS_NOUN) || tagged(c, w - 1, NABA_UPOS_ADJ)) &&
                        !num_parse(c->st->nt, lx, w - 1, &nv) && !num_time_unit(c->st->nt, lx, w - 1, &code, &dual);
         steps++)
        w--;
    return w;
}

/* Is unit k a noun whose number feature is feat ("Number=Sing")? */
static int number_is(const ctx *c, size_t k, const char *feat) {
    return tagged(c, k, NABA_UPOS_NOUN) && lx_head_has(c->lx, k, feat);
}

/* Is unit k a plural noun, not a verbal noun the tagger reads plural? A
** verbal noun of the derived stems ends in alif and one letter (استهداف,
** اجتماع, إطلاق) and is its own lemma ("بعد استهداف المواقع الثلاث"),
** where a plural's lemma is mostly its singular (أعضاء: عضو) and a broken
** plural left as its own lemma has the alif earlier (عجائب, مقاعد) or
** ends in ات (عشرينيات). */
static int plural_not_verbal_noun(const ctx *c, size_t k) {
    if (!number_is(c, k, "Number=Plur")) return 0;
    const naba_word *wd = &c->doc->words.v[lx_head_word(c->lx, k)];
    if (!wd->lemma || !wd->form || strcmp(wd->lemma, wd->form)) return 1;
    size_t n = strlen(wd->form); /* Arabic letters: two bytes each */
    return n < 10 || strncmp(wd->form + n - 4, "ا", 2) || str_has_suffix(wd->form, "ات");
}

/* What is counted is the noun of unit nb - 1, before the number. */
static void noun_before(const ctx *c, size_t nb, naba_count *ct) {
    naba_count tmp = *ct;
    if (!counted_phrase(c, nb - 1, &tmp)) return;
    ct->what = tmp.what;
    ct->what_start = c->lx->v[nb - 1].start;
    ct->what_end = c->lx->v[nb - 1].end;
}

/* "يبلغ عدد صفحاتها 900", "تجاوز عدد اللاجئين السوريين 5 ملايين", "بلغ
** عدد الجرحى أكثر من 1350": a number [i, after) with no noun after it is
** the number (عدد) of the noun after عدد a few words back in its clause,
** and what happened to it (الجرحى) is that noun's; "عدد من" (a number of)
** names none. */
static void number_of(const ctx *c, size_t i, size_t after, naba_count *ct) {
    const lx_text *lx = c->lx;
    for (size_t u = i; u-- > 0 && u + 5 > i && !lx_is_boundary(lx, u + 1);) {
        if (strcmp(str_skip_prefix(lx->v[u].key, "و"), "عدد")) continue;
        if (u + 1 < i && strcmp(lx->v[u + 1].key, "من")) {
            noun_before(c, u + 2, ct);
            if (ct->what && !ct->action) ct->action = find_action(c, i, after, u + 1, u + 2);
        }
        return;
    }
}

/* Is unit k a number of one or two digits? */
static int small_number(const lx_text *lx, size_t k) {
    return k < lx->n && lx->v[k].kind == LX_NUM && lx->v[k].ndigits <= 2;
}

/* "أمام إنجلترا 1-2", "بنتيجة 9 - 1", "تفاصيلهما 2-6 و 2-6": two numbers of
** one or two digits joined by a dash, with nothing counted after them, are a
** score or a result, not two counts. Is unit j one of them? A noun, a percent,
** a currency or a time unit after the pair makes it a range ("بين 10-15
** شخصا", "10-15 بالمائة", "20- 28%"), and so do the digits of decimals
** ("9.5-9.7%"; a point after a space is a typo's stop: "6-1 .3-6"). A noun after the pair is no counted noun, and the pair a
** score, when the pair does not go up (a range does: "تعادله 1-1 أمام ضيفه",
** "فاز 2-1 ذهابا"), or when the noun is definite or carries a preposition or
** و (counted nouns after digits are bare: "0 - 3 النادي الإفريقي", "خسر 1-2
** بهدف قاتل", "5-1 وريال بيتيس"). */
static int score_pair(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    /* "ليفوز 1 - صفر", "بنتيجة 3-صفر": nought in words against digits is a
    ** score (no range starts or ends at صفر) */
    if (small_number(lx, j) && ((j >= 2 && lx_is_dash(lx, j - 1) && !strcmp(lx->v[j - 2].key, "صفر")) ||
                                (j + 2 < lx->n && lx_is_dash(lx, j + 1) && !strcmp(lx->v[j + 2].key, "صفر"))))
        return 1;
    size_t a;
    if (j >= 2 && lx_is_dash(lx, j - 1) && small_number(lx, j - 2)) a = j - 2;
    else if (j + 2 < lx->n && lx_is_dash(lx, j + 1) && small_number(lx, j + 2)) a = j;
    else return 0;
    size_t after = a + 3;
    /* digits of a decimal (9.5-9.7%) or before a percent sign (20- 28%) */
    if (!small_number(lx, a) ||
        (a > 1 && !lx->v[a].gap && (lx_is(lx, a - 1, '.') || lx_is(lx, a - 1, ',')) && !lx->v[a - 1].gap &&
         lx->v[a - 2].kind == LX_NUM) ||
        (after < lx->n && (lx_is(lx, after, '%') || (!lx->v[after].gap && (lx_is(lx, after, '.') || lx_is(lx, after, ',')) &&
                                                      after + 1 < lx->n && lx->v[after + 1].kind == LX_NUM &&
                                                      !lx->v[after + 1].gap))))
        return 0;
    if (after >= lx->n || lx->v[after].kind != LX_WORD) return 1;
    naba_count scratch;
    const wt_entry *e;
    const char *code;
    int dual;
    num_val nv;
    if (cmatch(c, after, C_PERCENT, 0, &e) || cmatch(c, after, C_CURRENCY, WT_DEF, &e) ||
        num_time_unit(c->st->nt, lx, after, &code, &dual) || num_parse(c->st->nt, lx, after, &nv))
        return 0;
    /* "7-8 منها": a part of what was named, a range */
    if (lx->v[a].value && !strncmp(lx->v[after].key, "من", 4) && lx->v[after].klen <= 8) return 0;
    if (!counted_phrase(c, after, &scratch)) return 1;
    /* "0-2 مقابلة الإياب": a range of things does not start at nought */
    if (lx->v[a].value == 0) return 1;
    int h = lx_head_word(lx, after);
    return lx->v[a].value >= lx->v[a + 2].value || definite_unit(c, after) ||
           (h >= 0 && c->doc->words.v[h].start > lx->v[after].start);
}

/* Is unit k a goal word (هدفا, أهداف, بهدف, هدفين: the lemma هدف)? */
static int goal_word(const ctx *c, size_t k) {
    int h = k < c->lx->n ? lx_head_word(c->lx, k) : -1;
    return h >= 0 && c->doc->words.v[h].lemma && !strcmp(c->doc->words.v[h].lemma, "هدف");
}

/* "بخمسة أهداف مقابل هدفين", "بنتيجة ثلاثة عشر هدفا مقابل خمسة أهداف",
** "بأربعة أهداف مقابل لا شيء": goals against goals (a number, a goal word
** or لا شيء after مقابل) are a score in words, not counts; "تسجيل 16 هدفا
** مقابل الحصول على هدية" is a count. Is the number at j, ending before
** unit after, either side of such a score? */
static int goals_against(const ctx *c, size_t j, size_t after) {
    const lx_text *lx = c->lx;
    if (j >= 2 && !strcmp(lx->v[j - 1].key, "مقابل") && goal_word(c, j - 2)) return 1;
    if (after + 2 >= lx->n || !goal_word(c, after) || strcmp(lx->v[after + 1].key, "مقابل")) return 0;
    size_t o = after + 2;
    num_val nv;
    return goal_word(c, o) || num_parse(c->st->nt, lx, o, &nv) ||
           (o + 1 < lx->n && !strcmp(lx->v[o].key, "لا") && !strcmp(lx->v[o + 1].key, "شيء"));
}

/* "ربع النهائي", "نصف نهائي كأس", "ربع سنوي", "نصف السنوية": a fraction in
** words before نهائي names a round (the quarter- and semi-finals), before
** سنوي a period (quarterly, half-yearly); neither counts a part of
** anything. Is unit k such a word? */
static int round_or_period(const lx_text *lx, size_t k) {
    if (k >= lx->n || lx->v[k].kind != LX_WORD) return 0;
    const char *key = lx->v[k].key;
    if (!strncmp(key, "ال", 4)) key += 4;
    return !strncmp(key, "نهايي", 10) || !strncmp(key, "سنوي", 8);
}

/* A unit that can be part of a code: marks, digits, a Latin word, one
** letter that is no clitic (the أ of "أ/21", not the و of "و30"). */
static int code_unit(const lx_text *lx, size_t k) {
    const lx_unit *u = &lx->v[k];
    if (u->kind != LX_WORD) return !u->sent_end;
    if (u->latin) return 1;
    static const char *const clitics[] = {"و", "ب", "ل", "ف", "ك"};
    for (size_t q = 0; q < sizeof clitics / sizeof *clitics; q++)
        if (!strcmp(u->key, clitics[q])) return 0;
    return u->klen == 2;
}

/* Unit k names the number after it (الدعوى رقم, القرار, الفصلين); a title
** (سيدة) does not: "سيدة 45 عاما" counts. */
static int names_number(const ctx *c, size_t k) {
    const wt_entry *e;
    return cmatch(c, k, C_IDENT, WT_CONJ | WT_PREP | WT_DEF, &e) && (e->num == IDENT_NAME || e->num == IDENT_DIGITS);
}

/* "في الدقائق 45 و60 و75", "عيار 9 او 18 او 24", "بوينغ 737-800": digits
** joined by و, أو or a dash to digits that a label (not a rank's) or a name
** word names, name as well. Is the digits' unit j so? */
static int named_list(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    static const char *const joiners[] = {"و", "او", "x", NULL}; /* x: عيار 7.62 x 54 */
    for (size_t p = j, hops = 0; hops < 8 && p >= 3 && lx->v[p].kind == LX_NUM; hops++) {
        const lx_unit *joint = &lx->v[p - 1];
        int dash = lx_is_dash(lx, p - 1) && !joint->gap && !lx->v[p].gap;
        if (!dash && !(joint->kind == LX_WORD && joint->gap < 2 && str_in(joint->key, joiners))) return 0;
        p -= 2;
        if (lx->v[p].kind != LX_NUM) return 0;
        /* the digits before a decimal point: "7.62" */
        if (p >= 2 && !lx->v[p].gap && !lx->v[p - 1].gap && lx_is(lx, p - 1, '.') && lx->v[p - 2].kind == LX_NUM)
            p -= 2;
        if (lx->v[p].gap && (names_number(c, p - 1) ||
                             (cmatch(c, p - 1, C_LABEL, WT_CONJ | WT_PREP | WT_DEF, &e) && e->num != LABEL_RANK &&
                              e->num != LABEL_GROUP)))
            return 1;
    }
    return 0;
}

/* "القناة الوطنية 1", "الطريق الوطنية 3", "القرار الأممي 2254": a word that
** names the digits at unit j, with one definite adjective of its own between;
** an indefinite noun after the digits is counted ("القانون الجديد 126 فصلا"),
** and so is a scale word */
static int names_past_adjective(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    size_t k = j - 1;
    if (k == 0 || lx->v[k].kind != LX_WORD || lx->v[k].gap > 1 || !definite_unit(c, k) ||
        !tagged(c, k, NABA_UPOS_ADJ) || !names_number(c, k - 1))
        return 0;
    /* a scale word after the digits counts too ("القانون الحكومي 10 ملايين جنيه") */
    double v;
    num_val nv;
    size_t after = j + lx_number(lx, j, &v);
    if (j + num_parse(c->st->nt, lx, j, &nv) > after) return 0;
    /* (a time the dates stage read is no counted noun: "القناة الوطنية 1 مساء السبت") */
    return after >= lx->n || lx->v[after].kind != LX_WORD || !tagged(c, after, NABA_UPOS_NOUN) || definite_unit(c, after) ||
           c->taken[after];
}

/* "52' أنيس البدري", "73' فراس شواط": digits with an apostrophe glued after
** them and a space after it are a match minute in a goal list, no count
** (unit a is the first unit after the digits) */
static int minute_mark(const lx_text *lx, size_t a) {
    return a < lx->n && !lx->v[a].gap && (lx_is(lx, a, '\'') || lx_is(lx, a, 0x2019) || lx_is(lx, a, 0x2032)) &&
           (a + 1 >= lx->n || lx->v[a + 1].gap);
}

/* "في زمن بلغ 00:39:49", "2:03:38 ساعة": the digits at j are one part of
** three or more glued by colons, a race's time (the dates stage leaves it
** as no time of day), no count. */
static int colon_run(const lx_text *lx, size_t j) {
    size_t k = j, parts = 1;
    while (k >= 2 && lx_digits_colon(lx, k - 1)) k -= 2;
    for (; lx_digits_colon(lx, k + 1); k += 2) parts++;
    return parts >= 3;
}

/* "{إِنَّ اللّهَ أَعَدَّ ... عَذَابًا مُّهِينًا} (102) سورة النساء": the
** number of a verse in brackets after the verse's closing brace or mark,
** or before the name of its sura, and "سورة النساء 102" after it: a
** reference, no count. kn: the number's units at j. */
static int verse_number(const lx_text *lx, size_t j, size_t kn) {
    size_t e = j + kn;
    if (j >= 2 && e + 1 < lx->n && lx_is(lx, j - 1, '(') && lx_is(lx, e, ')'))
        return lx_is(lx, j - 2, '}') || lx_is(lx, j - 2, 0xFD3E) || lx_is(lx, j - 2, 0xFD3F) ||
               !strcmp(lx->v[e + 1].key, "سوره");
    return j >= 2 && lx->v[j].gap < 2 && lx->v[j - 1].gap < 2 && !strcmp(lx->v[j - 2].key, "سوره");
}

/* "رقم (أ/21)", "رقم 2014/178-55643277", "رحلتها رقم "كيو-آر 920"": digits
** ending a code written without spaces, or a short quoted code, after a
** word that names (رقم, القرار) name too, as digits right after it do. */
static int code_after_ident(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    size_t k = j;
    while (k > 0 && j - k < 6 && !lx->v[k].gap && code_unit(lx, k - 1)) k--;
    if (k < j && k > 0 && lx->v[k].gap && names_number(c, k - 1)) return 1;
    if (j + 1 >= lx->n || lx->v[j + 1].gap || !lx->v[j + 1].quote || lx->v[j + 1].quote == LX_Q_OPEN) return 0;
    for (k = j; k > 0 && j - k < 6 && !lx->v[k].sent_end; k--)
        if (lx->v[k].quote)
            return lx->v[k].quote != LX_Q_CLOSE && names_number(c, k - 1);
    return 0;
}

/* "فندق خمس نجوم", "حركة خمس نجوم": a number word in the feminine form
** (no ة) before نجوم, which as a count of stars or celebrities (masculine)
** would take خمسة, is a hotel's rating or the Italian party's name; digits
** before نجوم are a rating after a hotel's noun. */
static int star_rating(const ctx *c, size_t j, size_t kn, size_t after, const num_val *nv) {
    const lx_text *lx = c->lx;
    if (kn != 1 || nv->lo < 3 || nv->hi > 10 || after >= lx->n || strcmp(lx->v[after].key, "نجوم")) return 0;
    if (!(nv->flags & NUM_F_WORDS)) {
        /* digits tell no gender: "فندق 5 نجوم", "فنادق فئة 5 نجوم" (فئة folds to
        ** فيه) by the noun before */
        if (j == 0) return 0;
        const char *b = lx->v[j - 1].key;
        return !strcmp(b, "فندق") || !strcmp(b, "فنادق") || !strcmp(b, "فيه") || !strcmp(b, "الفندق");
    }
    const char *k = lx->v[j].key;
    size_t n = lx->v[j].klen;
    return n < 2 || strcmp(k + n - 2, "ه");
}

/* Unit k ends in the accusative's alif (متأكدا, خائفاً; not ضحايا). */
static int accusative_alif(const lx_text *lx, size_t k) {
    const char *t = lx->doc->text + lx->v[k].start;
    size_t n = lx->v[k].end - lx->v[k].start;
    if (n >= 2 && !memcmp(t + n - 2, "\xd9\x8b", 2)) n -= 2;   /* the tanwin fathatan */
    return n >= 4 && !memcmp(t + n - 2, "ا", 2) && memcmp(t + n - 4, "ي", 2);
}

/* With morphology: unit k's word is a noun, not a name, an adjective or a
** particle, nor one after a glued preposition ("وست بروميتش" read as ب +
** روميتش, "لست بصدد", "بالمرتبة 14 بوزارة المالية"). */
static int plain_noun(const lx_text *lx, size_t k) {
    int h = lx_head_word(lx, k), first = lx_word_at(lx->doc, lx->v[k].start);
    return h >= 0 && lx->doc->words.v[h].upos == NABA_UPOS_NOUN &&
           !(first >= 0 && lx->doc->words.v[first].upos == NABA_UPOS_ADP);
}

/* Unit k is a bare noun in the genitive that digits before it count ("500
** سلة"), not an accusative after a rank, which is as often a state or an
** adverb ("المركز 19 متوقعا", "بالمركز 67 خلفا لنظيره"). */
static int bare_noun(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    return k < lx->n && lx->v[k].kind == LX_WORD && lx->v[k].gap < 2 && nounish(c, k) && !definite_unit(c, k) &&
           plain_noun(lx, k) && !accusative_alif(lx, k);
}

/* "الأمر عدد 161 لسنة 2017", "القانون عدد 52", "الرحلة عدد 725": Tunisian
** copy writes عدد for "No." before the digits of a decree, a law, a flight or
** a road, which name it; digits at j before a bare indefinite noun (ending
** before unit after) count it ("ايقاف عدد 107 أشخاص", "غلق عدد 3 محلات"). */
static int numbered(const ctx *c, size_t j, size_t after) {
    const lx_text *lx = c->lx;
    if (j == 0 || lx->v[j].kind != LX_NUM || !lx->v[j].gap || strcmp(lx->v[j - 1].key, "عدد")) return 0;
    /* the tagger's Definite=Def, not the article's look (حالة folds to حاله) */
    return !(after < lx->n && nounish(c, after) && plain_noun(lx, after) && !lx_head_has(lx, after, "Definite=Def"));
}

/* "وست هام", "وست بروميتش" (West), "لست متأكدا" (I am not), "تاديوس بست"
** (Best), "ست الستات" (a lady): six written ست, bare or with و, ل or ب glued
** on, before no counted noun ("وست دول", "لست سنوات", "بست نقاط", "وست من
** الدول" count). A noun with the article after it is none: six counts an
** indefinite plural. */
static int six_homograph(const ctx *c, size_t j, size_t kn, size_t after, const num_val *nv) {
    const lx_text *lx = c->lx;
    static const char *const spellings[] = {"ست", "وست", "لست", "بست", NULL};
    if (kn != 1 || !(nv->flags & NUM_F_WORDS) || nv->lo != 6 || nv->hi != 6 || !str_in(lx->v[j].key, spellings))
        return 0;
    if (after < lx->n && !strcmp(lx->v[after].key, "من")) return 0;   /* وست من الدول */
    int h = after < lx->n && lx->v[after].kind == LX_WORD && lx->v[after].gap < 2 ? lx_head_word(lx, after) : -1;
    int definite_after = h >= 0 && !strncmp(lx->v[after].key, "ال", 4) && plain_noun(lx, after);
    /* "من ست إلى أربع سنوات", "ست أو سبع": bare, only before a definite noun */
    if (definite_after || !strcmp(lx->v[j].key, "ست")) return definite_after;
    if (h < 0) return 1;
    /* "بست تهم", "بست ميجا", "بست بطاقات" count: with ب, a noun (the
    ** tagger's verb takes تهم, its accusative ميجا) or a number may follow
    ** six; a name's (بست باي, تاديوس بست إن) is something else */
    if (!strcmp(lx->v[j].key, "بست")) {
        int up = lx->doc->words.v[h].upos;
        return up != NABA_UPOS_NOUN && up != NABA_UPOS_VERB && up != NABA_UPOS_NUM;
    }
    /* "لست متأكدا", "لست خائفاً": the predicate's accusative alif, which no
    ** counted noun ends in but a plural like ضحايا */
    if (accusative_alif(lx, after)) return 1;
    /* the tagger's number is no help: it takes نساء for a singular */
    return !plain_noun(lx, after);
}

/* Nouns that open an adverbial phrase after a count and take nothing from
** the half before them ("أربعة مواسم ونصف مقابل 1.5 مليون", "ساعة ونصف
** بعد"); folded. */
static const char *const adverbial_nouns[] = {"مقابل", "بعد", "قبل", "خلال", "منذ", NULL};

/* "ونصف", "ونصف العام", "ونصف سنة" at unit k, after a duration's unit ("5
** سنوات ونصف", "ستة أعوام ونصف العام", "ساعة ونصف"): half a unit more, one
** count with the number before; the units it covers (0: none). */
static size_t and_a_half(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    if (k >= lx->n || lx->v[k].gap == 2 || c->taken[k] || strcmp(lx->v[k].key, "ونصف")) return 0;
    const char *code;
    int dual = 0;
    size_t ku = k + 1 < lx->n && lx->v[k + 1].gap < 2 ? num_time_unit(c->st->nt, lx, k + 1, &code, &dual) : 0;
    return 1 + (dual == 1 ? ku : 0);
}

/* "لا يجب أن يقل عن 166", "لا ينبغي أن تتجاوز": a bound in a bare verb
** (its entry e starts ي or ت), after أن and a verb negated by لا, لم or لن,
** is negated: "must not be under 166" is at least 166. Is the bound at unit
** i so? */
static int negated_modal(const ctx *c, size_t i, const wt_entry *e) {
    const lx_text *lx = c->lx;
    if (i < 3 || (strncmp(e->key, "ي", 2) && strncmp(e->key, "ت", 2)) || strcmp(lx->v[i - 1].key, "ان") ||
        !tagged(c, i - 2, NABA_UPOS_VERB))
        return 0;
    const char *neg = lx->v[i - 3].key;
    return !strcmp(neg, "لا") || !strcmp(neg, "لم") || !strcmp(neg, "لن");
}

/* "لا تتجاوز أعمارهم 35 عاما", "تتجاوز مؤقتا 60 كلم/س": a bound that ends
** in a verb may have its subject (a noun with a pronoun) or an adverb
** between it and the number. Is unit j, after such a bound, that word? */
static int verb_bound_subject(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    if (j == 0 || j + 1 >= lx->n || lx->v[j].kind != LX_WORD || lx->v[j + 1].kind != LX_NUM ||
        lx->v[j].gap == 2 || lx->v[j + 1].gap == 2 || !tagged(c, j - 1, NABA_UPOS_VERB) || is_stop(c, j))
        return 0;
    if (tagged(c, j, NABA_UPOS_ADV)) return 1;
    int h = lx_head_word(lx, j);
    return h >= 0 && c->doc->words.v[h].upos == NABA_UPOS_NOUN && pronoun_after(c, j, (size_t)h);
}

/* "إضرابين عامين", "مديرين عامين": عامين after an indefinite dual noun
** agrees with it, the adjective "general", not two years. Is the dual
** time unit at j so? */
static int general_dual(const ctx *c, size_t j) {
    const lx_text *lx = c->lx;
    const char *k = lx->v[j].key;
    if (j == 0 || (strcmp(k, "عامين") && strcmp(k, "عامان")) || lx->v[j].gap == 2 ||
        !tagged(c, j - 1, NABA_UPOS_NOUN) || definite_unit(c, j - 1))
        return 0;
    const char *b = lx->v[j - 1].key;
    return lx->v[j - 1].klen >= 8 && (str_has_suffix(b, "ين") || str_has_suffix(b, "ان"));
}

/* "مرتين", "المرتين", "بمرتين": twice counts times, no noun after it
** ("مرتين لشن غارات", "مرتين صدور بيانات"); unit k is a one-word number. */
static int times_word(const lx_text *lx, size_t k) {
    return str_has_suffix(lx->v[k].key, "مرتين") || str_has_suffix(lx->v[k].key, "مرتان");
}

/* With morphology: unit k opens with a preposition glued to its noun
** ("بينهم 85 بالرصاص الحي", "أصيب 10 بجروح"): the noun says how, not what
** the number before it counts. Only a definite noun: an indefinite one may
** have its first letter misread as ب or ل ("لاعبين", "بطاقة", "باكستاني").
** Sets *action from the phrase ("إصابة المئات بالرصاص الحي"). */
static int preposition_led(const ctx *c, size_t i, size_t k, const char **action) {
    if (k >= c->lx->n || c->lx->v[k].kind != LX_WORD) return 0;
    int h = lx_head_word(c->lx, k), w = lx_word_at(c->doc, c->lx->v[k].start);
    if (h < 0 || w < 0 || w == h || c->doc->words.v[w].upos != NABA_UPOS_ADP) return 0;
    naba_count how = {0};
    if (!definite_unit(c, k) || !counted_phrase(c, k, &how)) return 0;
    *action = find_action(c, i, k, k, lx_find(c->lx, how.what_end - 1) + 1);
    return 1;
}

/* With morphology: does unit k open with a glued و or ف before a word that
** starts the next item: no noun ("وهو", "والذي", "ولم", "وبفارق"), a
** definite noun ("والقانون", "وغالبيتهم"), or one in a construct chain
** ("مرتين وبطولة دوري أبطال أوروبا", "وكأس الملك")? What the number before
** counts is written right after it. A bare noun, an adjective or a name
** after the split is left: the morph stage splits و and ف off words that
** begin with them ("فردا", "وفيات", "واليا", "فلوس", "وساما" as و + س). */
static int conjunction_led(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    int w = k < lx->n ? lx_word_at(d, lx->v[k].start) : -1;
    if (w < 0 || d->words.v[w].upos != NABA_UPOS_CCONJ || (size_t)w + 1 >= d->words.n ||
        d->words.v[w + 1].start >= lx->v[k].end)
        return 0;
    const naba_word *rest = &d->words.v[w + 1];
    switch (rest->upos) {
    case NABA_UPOS_PROPN: case NABA_UPOS_ADJ: case NABA_UPOS_NUM: return 0;
    case NABA_UPOS_PART: return rest->form && strcmp(rest->form, "س") != 0;
    case NABA_UPOS_NOUN: case NABA_UPOS_X: break;
    default: return 1;
    }
    if (!strncmp(lx->v[k].key + 2, "ال", 4) || pronoun_on(c, k)) return 1;
    return k + 1 < lx->n && lx->v[k + 1].gap < 2 && (tagged(c, k + 1, NABA_UPOS_NOUN) || tagged(c, k + 1, NABA_UPOS_PROPN)) &&
           (lx_head_has(lx, k, "Definite=Cons") || lx_head_has(lx, k + 1, "Definite=Cons"));
}

/* "ماتوا فوق الثمانين من العمر", "توفي عن عمر ناهز 80 عاما", "بعمر 70
** عاما": an age, whose years befell no one; unit i opens the count. */
static int age_count(const ctx *c, size_t i, const naba_count *ct) {
    static const char *const near[] = {"ناهز", "يناهز", "فوق", "تجاوز", "يتجاوز", "يقارب", NULL};
    static const char *const age[] = {"بعمر", "العمر", "بالعمر", NULL};
    const lx_text *lx = c->lx;
    if (ct->what && !strcmp(ct->what, "عمر")) return 1;
    if (i == 0) return 0;
    size_t k = i - 1;
    if (str_in(lx->v[k].key, near) && k > 0) k--;
    if (lx->v[k].sent != lx->v[i].sent) return 0;
    return str_in(lx->v[k].key, age) || (!strcmp(lx->v[k].key, "عمر") && k > 0 && !strcmp(lx->v[k - 1].key, "عن"));
}

/* "5 لكل 100 امرأة": the base of a rate; an age; "14 دولة أوروبية على طرد
** دبلوماسيين", "رعايا 7 دول ... اللاجئين": states, who act or are where
** people come from; neither is what the action befell. */
static int befalls_no_one(const ctx *c, size_t i, const naba_count *ct) {
    const wt_entry *e;
    if (i > 0 && !strcmp(c->lx->v[i - 1].key, "لكل")) return 1;
    if (age_count(c, i, ct)) return 1;
    /* "القبض عليه وبحوزتهم نحو 30 صفيحة": what was held, not who */
    if (i > 0) {
        const char *key = str_skip_prefix(c->lx->v[i - 1].key, "و");
        if (str_has_prefix(key, "بحوز") || str_has_prefix(key, "بحياز")) return 1;
    }
    return ct->what && cmatch(c, lx_find(c->lx, ct->what_start), C_STATE, WT_CONJ | WT_PREP | WT_DEF, &e);
}

/* "فقد ملايين الأميركيين وظائفهم", "فقد 5 أشخاص حياتهم": after the verb
** "lost" the people counted lost what the noun with their pronoun after
** them names; their lives are deaths, anything else befalls no one (the
** verb alone, "فقد سبعة جنود", still reads "went missing"). */
static const char *lost_what(const ctx *c, const naba_count *ct) {
    static const char *const lives[] = {"حياتهم", "ارواحهم", "حياته", "روحه", "حياتهن", "ارواحهن", NULL};
    if (!ct->action || strcmp(ct->action, "missing") || !ct->what) return ct->action;
    size_t k = lx_find(c->lx, ct->what_end - 1) + 1;
    if (k >= c->lx->n || c->lx->v[k].gap == 2 || !tagged(c, k, NABA_UPOS_NOUN) || !pronoun_on(c, k)) return ct->action;
    return str_in(c->lx->v[k].key, lives) ? "killed" : NULL;
}

/* "فقدت 27 من عناصرها", "ففقد 103 من عناصره", "فقدت 4 من عناصرها،
** وأصيب 12 آخرون": a force that lost a number of its own members (a
** pronoun on them), the number right after the verb "lost" and من before
** them, lost them to death, whatever action word stands further off (the
** ف of ففقد read as "missing", أصيب after the comma); not members without
** the pronoun ("فقدت 7 آلاف من ضباط الصف الأولى منذ عام 2010": staff), a
** number with a noun of its own ("فقدت 5 كيلوغرامات من وزني"), nor players
** in a match. i: the count's first unit. */
static int lost_members(const ctx *c, size_t i, const naba_count *ct) {
    static const char *const lost[] = {"فقد", "فقدت", "وفقد", "وفقدت", "ففقد", "ففقدت", "فقدوا", NULL};
    static const char *const members[] = {"عناصر", "جنود", "ضباط", "مقاتل", "افراد", "اعضاء", "رجال", "ابناء",
                                          "عسكري", "منتسب", "قاده", "حراس", NULL};
    const lx_text *lx = c->lx;
    if (ct->kind != NABA_COUNT_QUANTITY || !ct->what || i == 0 || !str_in(lx->v[i - 1].key, lost)) return 0;
    size_t w = lx_find(lx, ct->what_start);
    if (w == 0 || w >= lx->n || strcmp(lx->v[w - 1].key, "من") || !pronoun_on(c, w) || pitch_sentence(c, i)) return 0;
    const char *key = str_skip_prefix(lx->v[w].key, "ال");
    for (const char *const *m = members; *m; m++)
        if (str_has_prefix(key, *m)) return 1;
    return 0;
}

/* Read one count starting at unit i; returns units used (0: none). */
/* "لا يختلف اثنان", "لا يختلف عليه اثنان" (no two would disagree): the
** two at unit j after يختلف, past a pronoun on على or في, are nobody
** counted. */
static int two_disagree(const lx_text *lx, size_t j, const num_val *nv) {
    static const char *const on[] = {"عليه", "عليها", "فيه", "فيها", NULL};
    if (!(nv->flags & NUM_F_WORDS) || nv->lo != 2 || nv->hi != 2 || j == 0) return 0;
    size_t v = j - 1;
    for (size_t q = 0; on[q] && v > 0; q++)
        if (!strcmp(lx->v[v].key, on[q])) { v--; break; }
    return !strcmp(lx->v[v].key, "يختلف");
}

static size_t read_count(const ctx *c, size_t i, naba_count *ct) {
    const lx_text *lx = c->lx;
    const counts_state *st = c->st;
    memset(ct, 0, sizeof *ct);
    size_t j = i;
    const wt_entry *e;
    size_t k = cmatch(c, j, C_QUAL, WT_CONJ | WT_PREP, &e);
    if (k) {
        ct->qualifier = qualifier_of(e);
        if (negated_modal(c, i, e) && ct->qualifier != NABA_QUAL_ABOUT)
            ct->qualifier = ct->qualifier == NABA_QUAL_MORE_THAN ? NABA_QUAL_LESS_THAN : NABA_QUAL_MORE_THAN;
        j += k;
        if (verb_bound_subject(c, j)) j++;
    }
    if (j >= lx->n || c->taken[j]) return 0;
    if (score_pair(c, j)) return 0;
    /* "البابا بيوس الثاني عشر", "دور الستة عشر": the teen word of an
    ** ordinal left as a name (read_ordinal) or of a number left as one (a
    ** label's) is no ten of its own */
    if (j > 0 && lx->v[j].gap < 2 && wt_match(st->nt, lx, j, WT_BIT(NUM_TEEN), 0, &e, NULL) &&
        wt_match(st->nt, lx, j - 1, WT_BIT(NUM_ORDINAL) | WT_BIT(NUM_UNIT), WT_CONJ | WT_PREP | WT_DEF, &e, NULL))
        return 0;
    /* الدعوى رقم 987, القرار 2254: a number that names, not counts (a number
    ** glued to the word before, as in "ال40", is not after a name word) */
    if (j > 0 && lx->v[j].kind == LX_NUM && lx->v[j].gap && (names_number(c, j - 1) || names_past_adjective(c, j)))
        return 0;
    if (lx->v[j].kind == LX_NUM && code_after_ident(c, j)) return 0;
    /* a dual time unit is a number by itself: أقل من ساعتين; a unit that
    ** starts neither is refused before the clock and leading-zero tests (all
    ** four only read the text, so their order changes no answer) */
    num_val nv;
    const char *code;
    int dual = 0;
    size_t kn = num_parse(st->nt, lx, j, &nv), ku = 0, kh = 0;
    if (!kn) {
        /* a bare unit needs its half (ساعة ونصف: 1.5); a dual may take one
        ** ("ساعتين ونصف", "شهرين ونصف": 2.5) */
        if (!(ku = num_time_unit(st->nt, lx, j, &code, &dual)) || general_dual(c, j)) return 0;
        kh = and_a_half(c, j + ku);
        if (dual == 1 && !kh) return 0;
        /* "في الدقيقتين 29 و 89": a definite dual before figures labels
        ** them (the minutes of two goals), no span of two */
        if (dual == 2 && !strncmp(str_skip_prefix(lx->v[j].key, "و"), "ال", 4) && j + ku < lx->n &&
            lx->v[j + ku].kind == LX_NUM && lx->v[j + ku].gap < 2)
            return 0;
    }
    /* "بنحو بالمئة": the sign of a percent after no number is no hundred
    ** (ب + المئة) */
    if ((nv.flags & NUM_F_WORDS) && cmatch(c, j, C_PERCENT, 0, &e)) return 0;
    if (after_clock(c, j) || zero_led(c, j) ||
        (kn && lx->v[j].kind == LX_NUM && (minute_mark(lx, j + kn) || verse_number(lx, j, kn) || colon_run(lx, j))))
        return 0;
    int dollar_before = j > 0 && lx_is(lx, j - 1, '$');
    /* "٪35": the sign before the digits, as right-to-left typing leaves it */
    int percent_before = j > 0 && lx->v[j].gap == 0 && lx_is(lx, j - 1, '%');
    if (!kn) {
        ct->kind = NABA_COUNT_DURATION;
        ct->value = ct->value_max = dual + (kh ? 0.5 : 0);
        ct->unit = unit_name(code);
        ct->start = lx->v[i].start;
        ct->end = lx->v[j + ku + kh - 1].end;
        return j + ku + kh - i;
    }
    for (size_t t = j; t < j + kn; t++) if (c->taken[t]) return 0;
    if (lx->v[j].kind == LX_NUM && glued(lx, j)) return 0;
    size_t after = j + kn;
    if (numbered(c, j, after)) return 0;
    size_t ks = bracketed_scale(c, j, kn, &nv);
    if (ks) after += 1 + ks;
    ct->value = nv.lo;
    ct->value_max = nv.hi;
    int minus = minus_before(lx, j);
    if (minus) ct->value = ct->value_max = -nv.lo;
    if (nv.flags & NUM_F_VAGUE) {
        /* بضعة أيام: "a few" is a count only as a multiple of a scale
        ** (بضعة آلاف) */
        if (nv.hi < 10) return 0;
        ct->qualifier = NABA_QUAL_RANGE;
    }
    if (lx->v[j].kind == LX_NUM && joins_date(c, after, nv.lo)) return 0;
    if (era_year(c, j, kn, after) || year_after_word(c, j, kn) || hijri_beside_year(c, j, kn, after) ||
        day_part_time(c, j, kn, after) || goals_against(c, j, after) || hijri_day(c, j, after, nv.lo))
        return 0;
    /* a lone number word of value one, or "the three" standing for people
    ** already named, is not a count; after a noun it restates a number
    ** ("المشتبه بهم العشرة", "بلوغ الأربعين"); a definite vague plural
    ** ("تشريد الآلاف", "المئات من") always counts, and so does a definite
    ** number a scale word multiplies ("تجاوزت الأربعة ملايين،") */
    if ((nv.flags & NUM_F_WORDS) && nv.lo == 1 && nv.hi == 1 && !lx_is(lx, after, '%') &&
        !cmatch(c, after, C_PERCENT, 0, &e))
        return 0; /* but "واحد بالمئة" is one percent */
    if ((nv.flags & NUM_F_WORDS) && nv.hi < 1 && round_or_period(lx, after)) return 0;
    if (two_disagree(lx, j, &nv)) return 0;
    if (star_rating(c, j, kn, after, &nv) || six_homograph(c, j, kn, after, &nv)) return 0;
    if ((nv.flags & NUM_F_DEF) && !(nv.flags & (NUM_F_VAGUE | NUM_F_SCALED)) && (after >= lx->n || !nounish(c, after)) && !after_noun(c, j) &&
        !(after + 1 < lx->n && !strcmp(lx->v[after].key, "من") && nounish(c, after + 1)))
        return 0;
    /* digits inside a short quoted name: "ذي جاكسون 5", "3 إف" */
    if (lx->v[j].kind == LX_NUM && (lx_ends_quoted_name(lx, after - 1) || lx_ends_quoted_name(lx, after)))
        return 0;
    if (lx_is(lx, after, '%') || percent_before) {
        ct->kind = NABA_COUNT_PERCENT;
        ct->unit = "percent";
        after += !percent_before;
    } else if ((k = cmatch(c, after, C_PERCENT, 0, &e))) {
        ct->kind = NABA_COUNT_PERCENT;
        ct->unit = "percent";
        after += k;
    } else if ((k = million_dinars(lx, after))) {
        ct->kind = NABA_COUNT_MONEY;
        ct->unit = "dinar";
        ct->value *= 1e6;
        ct->value_max *= 1e6;
        after += k;
    } else if ((k = cmatch(c, after, C_CURRENCY, WT_DEF, &e)) || dollar_before) {
        ct->kind = NABA_COUNT_MONEY;
        ct->unit = k ? e->str : "USD";
        after += k;
    } else if ((k = num_time_unit(st->nt, lx, after, &code, &dual)) && dual == 1 && !c->taken[after]) {
        ct->kind = NABA_COUNT_DURATION;
        ct->unit = unit_name(code);
        after += k;
        if ((kh = and_a_half(c, after))) {
            ct->value += 0.5;
            ct->value_max += 0.5;
            after += kh;
        }
    } else {
        /* a bare year-like number with nothing counted after it is a year */
        const lx_unit *u = &lx->v[j];
        int yearish = u->kind == LX_NUM && kn == 1 && u->ndigits == 4 && u->value >= 1900 &&
                      u->value <= 2100;
        ct->kind = NABA_COUNT_QUANTITY;
        /* "ال10": digits glued to the article are a definite number, and
        ** so are digits after a lone article ("الشركات ال 15 الأخرى") */
        int art = lx->v[j].kind == LX_NUM && j > 0 && lx->v[j].gap < 2 &&
                  (!strcmp(lx->v[j - 1].key, "ال") || !strcmp(lx->v[j - 1].key, "وال"));
        size_t nb = j - (size_t)art; /* the unit after the noun before the number */
        /* الدورة 38, الدقيقة 44, الدورة الـ71, دور الستة عشر: an edition, a
        ** minute or a round named, not counted (a definite number after the
        ** noun names as the digits do) */
        int names = art || (nv.flags & NUM_F_DEF) || (lx->v[j].kind == LX_NUM && lx->v[j].gap);
        /* a label of value 1 (الدقائق 45 و60) names digits only: الدقائق
        ** العشر الأخيرة is a duration */
        if (names && !ct->qualifier && nb > 0 && cmatch(c, nb - 1, C_LABEL, WT_CONJ | WT_PREP | WT_DEF, &e) &&
            (e->num != LABEL_LIST || lx->v[j].kind == LX_NUM) && (e->num != LABEL_GROUP || art || (nv.flags & NUM_F_DEF)) &&
            (e->num != LABEL_RANK || (lx->v[j].kind == LX_NUM && kn == 1 && !bare_noun(c, after)))) {
            if (e->num != LABEL_RANK) return 0;
            /* "في المركز 21 عالمياً", "المرتبة 161 من بين 180": the
            ** digits are the place the noun ranks, nothing counted after
            ** (but "وزع المركز 500 سلة", "المركز 100 ألف": the centre
            ** counts) */
            ct->kind = NABA_COUNT_ORDINAL;
            noun_before(c, nb, ct);
            qualifier_after(c, after, ct);
            ct->start = lx->v[i].start;
            ct->end = lx->v[after - 1].end;
            return after - i;
        }
        /* "لم تسعهم ال 500 ألف وحدة": digits a scale word multiplies count
        ** the noun after them */
        if (((nv.flags & NUM_F_DEF) || art) && !(nv.flags & NUM_F_VAGUE) && !(art && (nv.flags & NUM_F_SCALED)) && nb > 0 &&
                   definite_unit(c, nb - 1) && after_noun(c, nb)) {
            /* المصابين الثلاثة, بالدول ال15: a definite number counts the
            ** definite noun before it */
            if (num_time_unit(st->nt, lx, nb - 1, &code, &dual)) { /* السنوات الثلاث */
                ct->kind = NABA_COUNT_DURATION;
                ct->unit = unit_name(code);
                /* "بحلول العام ال13", "الشهر ال 5": digits on the article
                ** after a singular time unit rank it (the 13th year) */
                if (art && dual == 1 && number_is(c, nb - 1, "Number=Sing")) {
                    ct->kind = NABA_COUNT_ORDINAL;
                    ct->unit = NULL;
                    noun_before(c, nb, ct);
                }
            } else {
                /* الاعتداءات الدموية الثلاثة: the noun before its adjectives */
                size_t w = noun_back(c, nb);
                if (w == lx->n) w = nb - 1;
                /* a singular noun in construct with the plural before it
                ** ("دول الاتحاد الأوروبي الـ28", "أدوية الاكتئاب الـ21",
                ** "أعضاء الكونغرس الثلاثة"): the plural is counted */
                int plural_head = number_is(c, w, "Number=Sing") && w > 0 && lx->v[w].gap < 2 &&
                                  !definite_unit(c, w - 1) && plural_not_verbal_noun(c, w - 1);
                noun_before(c, w + !plural_head, ct);
                if (ct->what) ct->action = find_action(c, i, after, w - plural_head, nb);
                /* "الاجتماع ال41", "القمة الـ29": digits on the article
                ** after a singular noun rank it (the 41st meeting), and so
                ** do words from eleven to 99 ("القرن العشرين", "القرن الواحد
                ** والعشرين": the cardinal is the ordinal of tens, where from
                ** 11 to 19 the ordinal has its own words, الثامن عشر, and
                ** the cardinal counts, "المواقع الثمانية عشر"); after a
                ** plural they count it ("بالدول ال15"), and after a broken
                ** plural the tagger reads singular that a plural adjective
                ** after the number shows ("الفتية ال 12 العالقين") */
                int tens = !(nv.flags & NUM_F_SCALED) && nv.lo >= 20 && nv.hi < 100;
                int plural_adjective = tagged(c, after, NABA_UPOS_ADJ) && lx_head_has(lx, after, "Number=Plur");
                if ((art || tens) && ct->what && !plural_head && !plural_adjective && number_is(c, w, "Number=Sing"))
                    ct->kind = NABA_COUNT_ORDINAL;
            }
        } else {
            /* "واثنان بحروق بسيطة": no noun counted, but the wound says
            ** what happened to them */
            const char *how = NULL;
            size_t kw = (kn == 1 && times_word(lx, j)) || preposition_led(c, i, after, &how) || conjunction_led(c, after)
                            ? 0 : counted_phrase(c, after, ct);
            if (!kw) ct->action = how;
            num_val scale;
            const naba_mention *m;
            /* "وعددهم (190) موقوفا", "بعدد (33) وظيفة": digits in brackets
            ** with the bare counted noun after them; from 11 up, since a
            ** list numbers its items "(1) إنشاء", "(7) أربع قذائف" (a
            ** scale, a duration or money there is left: "(612) مليون",
            ** "(34) عاما"), and so are brackets in a match report or after
            ** a person, which hold a goal's minute ("فالكاو (70) وخوان",
            ** "(90) بدلا من") */
            if (!kw && kn == 1 && lx->v[j].kind == LX_NUM && nv.lo >= 11 && j > 0 && lx_is(lx, j - 1, '(') &&
                lx_is(lx, after, ')') && after + 1 < lx->n && lx->v[after + 1].gap < 2 && !definite_unit(c, after + 1) &&
                !num_parse(st->nt, lx, after + 1, &scale) && !num_time_unit(st->nt, lx, after + 1, &code, &dual) &&
                !cmatch(c, after + 1, C_CURRENCY, WT_DEF, &e) && !pitch_sentence(c, j) &&
                !(j >= 2 && (m = dates_mention_at(c->doc, lx->v[j - 2].start)) && m->type == NABA_ENT_PER))
                kw = counted_phrase(c, after + 1, ct);
            /* "المرتبة 23 عالميا": a ranking's scope after the digits; the
            ** rank is the definite noun before them, but not the participle
            ** "ranked" (المصنفة 171 عالميا), which ranks the player before it */
            if (!kw && kn == 1 && lx->v[j].kind == LX_NUM && nb > 0 && lx->v[nb].gap < 2 &&
                cmatch(c, after, C_STOP, 0, &e) == 1 && e->num == STOP_SCOPE && definite_unit(c, nb - 1) &&
                strncmp(str_skip_prefix(lx->v[nb - 1].key, "و"), "المصنف", strlen("المصنف")))
                noun_before(c, nb, ct);
            if (yearish && !ct->qualifier) return 0;
            if (!kw && !ct->qualifier && (numbering(c, j, kn, after) || match_minute(c, j, kn, after))) return 0;
            /* "الفصول 31 و32 من الدستور": no count of the article's source;
            ** "بوينغ 737-800 تابعة للشركة", "عيار 7.62 x 54 خاصة": no count
            ** of a model's part */
            if (!ct->qualifier && kn == 1 &&
                (!kw || !strcmp(lx->v[after].key, "من") || (j > 0 && (lx_is_dash(lx, j - 1) || !strcmp(lx->v[j - 1].key, "x")))) &&
                named_list(c, j))
                return 0;
            /* "جثتي ارهابيين اثنين", "لمتهمين اثنين": اثنين after an
            ** indefinite dual or plural agrees with it as its adjective;
            ** that noun is counted (other number words after a noun are as
            ** often the next item's: "ستة في هندوراس وأربعة في نيكاراغوا",
            ** "جروح ثلاثة منهم") */
            if (!kw && i == j && nv.lo == 2 && nv.hi == 2 && !strncmp(lx->v[j].key, "اثن", 6) &&
                nb > 0 && lx->v[nb].gap < 2 && nounish(c, nb - 1) && !definite_unit(c, nb - 1) &&
                (number_is(c, nb - 1, "Number=Plur") || number_is(c, nb - 1, "Number=Dual")) &&
                !num_time_unit(st->nt, lx, nb - 1, &code, &dual))
                noun_before(c, nb, ct);
            if (!kw && !ct->action) ct->action = action_before(c, i, after);
            if (!kw && !ct->what) number_of(c, i, after, ct);
            if (kw) {
                size_t ws = lx_find(lx, ct->what_start), we = lx_find(lx, ct->what_end - 1) + 1;
                ct->action = find_action(c, i, after, ws, we);
                qualifier_after(c, we, ct);
                /* "3 أمتار ونصف", "كيلومتر ونصف": half the counted unit
                ** more (GUIDELINES: متر ونصف is 1.5); not a half of
                ** something else ("20 شخصا ونصف المصابين") */
                if (and_a_half(c, we) == 1 && after == we - kw &&
                    (we + 1 >= lx->n || lx->v[we + 1].gap == 2 || !nounish(c, we + 1) ||
                     str_in(lx->v[we + 1].key, adverbial_nouns))) {
                    ct->value += 0.5;
                    ct->value_max += 0.5;
                    after = we + 1;
                }
            }
        }
    }
    qualifier_after(c, after, ct);
    ct->start = lx->v[i == j && minus ? j - 1 : i].start;
    ct->end = lx->v[after - 1].end;
    return after - i;
}

/* "من 2018", "من العام": unit i starts "of" a date the dates stage read, a
** year, or "the year". */
static int of_date(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    if (i + 1 >= lx->n || strcmp(lx->v[i].key, "من")) return 0;
    const lx_unit *y = &lx->v[i + 1];
    return c->taken[i + 1] || !strcmp(y->key, "العام") || !strcmp(y->key, "السنه") ||
           (y->kind == LX_NUM && y->ndigits == 4 && y->value >= 1900 && y->value <= 2100);
}

/* With morphology: the word before unit i is a verb. */
static int prev_is_verb(const ctx *c, size_t i) {
    const naba_doc *d = c->doc;
    if (i == 0 || !d->words.n || c->lx->v[i - 1].kind != LX_WORD) return 0;
    int w = lx_word_at(d, c->lx->v[i - 1].start);
    return w >= 0 && d->words.v[w].upos == NABA_UPOS_VERB;
}

/* With morphology: an ordinal before unit n governs it, in construct (أول
** زعيم, ثاني أكبر, وثالث فلسطيني): a word of a noun phrase, but no verb
** (هجوم ثالث استهدف) and nothing a preposition is glued to (كمدرب أول
** للفريق, لطرف ثالث بالاطلاع, فرصة أولى لاستعادة). */
static int governed(const ctx *c, size_t n) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    if (n >= lx->n || lx->v[n].gap == 2 || !nounish(c, n) || tagged(c, n, NABA_UPOS_VERB)) return 0;
    int h = lx_head_word(lx, n), first = lx_word_at(d, lx->v[n].start);
    return h < 0 || h == first || d->words.v[first].upos != NABA_UPOS_ADP;
}

/* With morphology: the word right before unit i, when unit i - 1 holds it,
** or -1. Asked rather than unit i - 1's head word: the tagger may take a
** clitic ك for a pronoun (كمدرب, كخطوة: ك + the noun), which the head
** word would then be. */
static int word_before(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    if (i == 0 || lx->v[i].gap == 2 || !c->doc->words.n) return -1;
    int w = lx_word_at(c->doc, lx->v[i].start) - 1;
    return w >= 0 && c->doc->words.v[w].start >= lx->v[i - 1].start ? w : -1;
}

/* With morphology: the ordinal at unit i is written feminine and without
** the article (أولى, ثانية) after a noun or an adjective, as an adjective
** follows its noun; but أولى before a noun governs it (أولى تجارب, لأولى
** الطقوس, أولى ضرباتها: the first trials, rituals, strikes), while the
** other forms rarely do (لولاية ثانية مدتها). */
static int feminine_after_noun(const ctx *c, size_t i) {
    const lx_unit *u = &c->lx->v[i];
    const char *end = c->doc->text + u->end;
    int before = word_before(c, i);
    if (before < 0 || u->end - u->start < 4 || (memcmp(end - 2, "\xd8\xa9", 2) && memcmp(end - 2, "\xd9\x89", 2)))
        return 0;
    if (!memcmp(end - 2, "\xd9\x89", 2) && tagged(c, i + 1, NABA_UPOS_NOUN) && governed(c, i + 1)) return 0;
    int up = c->doc->words.v[before].upos;
    return up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ;
}

/* With morphology: unit n is an indefinite masculine adjective that is no
** elative (أفعل, "ثاني أكبر اقتصاد"): after a masculine ordinal it agrees
** with the noun before them, the ordinal governs it not ("إدراج شخص خامس
** مورّط في القضية"); a feminine one may be a noun the tagger took for an
** adjective ("على أعتاب رابع ثنائية محلية"). */
static int indefinite_adjective(const ctx *c, size_t n) {
    const lx_unit *u = &c->lx->v[n];
    const char *end = c->doc->text + u->end;
    return tagged(c, n, NABA_UPOS_ADJ) && !definite_unit(c, n) && !(u->klen == 8 && !strncmp(u->key, "ا", 2)) &&
           memcmp(end - 2, "\xd8\xa9", 2) && memcmp(end - 2, "\xd9\x89", 2);
}

/* With morphology: the ordinal at unit i (k units, written masculine and
** without the article: أول, ثالث) follows an indefinite noun and governs no
** bare noun after it, so it describes the noun before, as an adjective
** (كقسط اول على, كمدرب أول للفريق: the first instalment, the head coach;
** past one adjective, لاعب آسيوي رابع);
** before a bare noun it governs that noun (أول زعيم, ثالث أكبر). The noun's
** word, or -1. */
static int masculine_after_noun(const ctx *c, size_t i, size_t k, size_t *unit) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    const char *end = d->text + lx->v[i].end;
    int before = word_before(c, i);
    size_t n = i - 1;
    /* "لاعب آسيوي رابع": one indefinite adjective between the noun and it */
    if (before >= 0 && d->words.v[before].upos == NABA_UPOS_ADJ && i >= 2 && lx->v[i - 1].gap < 2 &&
        !definite_unit(c, i - 1)) {
        before = word_before(c, i - 1);
        n = i - 2;
    }
    if (before < 0 || !memcmp(end - 2, "\xd8\xa9", 2) || !memcmp(end - 2, "\xd9\x89", 2) ||
        d->words.v[before].upos != NABA_UPOS_NOUN || !nounish(c, n) || definite_unit(c, n) ||
        dates_mention_at(d, lx->v[n].start)) /* غوارديولا أول لقب: a name the tagger took for a noun */
        return -1;
    *unit = n;
    return governed(c, i + k) && !indefinite_adjective(c, i + k) ? -1 : before;
}

/* "فائض أولي", "تحقيق أولي", "بشكل أولي": أولي written with ي after an
** indefinite noun that is not feminine (no ة, no ات) is the adjective
** "primary, initial", no first of anything; the feminine ordinal أولى,
** which Egyptian copy also writes أولي, agrees with a feminine noun (مرة
** أولي, خطوات أولي). So is الأولي after a definite noun (الرأسمال
** الأولي, the initial capital). */
static int primary(const ctx *c, size_t i, int definite) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    const lx_unit *u = &lx->v[i];
    int before = word_before(c, i);
    size_t n = strlen(u->key);
    /* أولي itself (الحادي, the one of الحادي والعشرين, ends in ي too) */
    if (before < 0 || memcmp(d->text + u->end - 2, "\xd9\x8a", 2) || n < 8 || strcmp(u->key + n - 8, "اولي") ||
        d->words.v[before].upos != NABA_UPOS_NOUN ||
        !definite_unit(c, i - 1) != !definite)
        return 0;
    const naba_word *w = &d->words.v[before];
    const char *end = d->text + w->end;
    return w->end - w->start >= 4 && memcmp(end - 2, "\xd8\xa9", 2) &&
           (w->end - w->start < 6 || memcmp(end - 4, "\xd8\xa7\xd8\xaa", 4));
}

/* "المركز الأول و الثاني", "الفصلين الأول والثاني": a definite ordinal
** joined by و to a definite ordinal right before it shares that one's noun.
** Returns the unit of the ordinal before, or lx->n. */
static size_t ordinal_before(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    size_t p;
    if (lx->v[i].gap == 2) return lx->n;
    if (!strncmp(lx->v[i].key, "وال", 6) && i > 0) p = i - 1;
    else if (i > 1 && !strcmp(lx->v[i - 1].key, "و") && lx->v[i - 1].gap < 2) p = i - 2;
    else return lx->n;
    const wt_entry *e;
    return wt_match(c->st->nt, lx, p, WT_BIT(NUM_ORDINAL), 0, &e, NULL) == 1 && !strncmp(e->key, "ال", 4) ? p : lx->n;
}

/* "السيدة الأولى ميلانيا", "الوزير الأول الجزائري": a title's first (the
** First Lady, the prime minister), no rank; but the first minister who did
** something ranks ("الوزير الأول الذي باع"). */
static const char *const relatives[] = {"الذي", "التي", NULL};

static size_t read_ordinal(const ctx *c, size_t i, naba_count *ct) {
    const lx_text *lx = c->lx;
    const wt_entry *e;
    size_t stripped = 0;
    if (c->taken[i]) return 0;
    size_t k = wt_match(c->st->nt, lx, i, WT_BIT(NUM_ORDINAL), WT_CONJ | WT_PREP, &e, &stripped);
    if (!k) return 0;
    if (lx_ends_quoted_name(lx, i + k - 1)) return 0; /* "اليوم السابع" */
    if (after_clock(c, i)) return 0;
    int definite = strncmp(e->key, "ال", 4) == 0;
    /* ordinal units compose with a teen word: الثالثة عشرة = 13 */
    const wt_entry *t;
    double value = e->num;
    if (e->num < 10 && i + k < lx->n && lx->v[i + k].gap < 2 &&
        wt_match(c->st->nt, lx, i + k, WT_BIT(NUM_TEEN), 0, &t, NULL)) {
        value += 10;
        k++;
    }
    /* "الثاني والعشرين من رمضان": its tens after و (the day's value is left
    ** to the dates stage; any one of 1 to 30 says a day) */
    if (hijri_day(c, i, i + k + (i + k < lx->n && number_after_and(c, i + k)), value)) return 0;
    /* "في السابعة مساء", "(الثالثة بتوقيت غرينتش)": an hour's ordinal
    ** before a part of the day or a time zone is a time of day; but after a
    ** noun or a name it agrees with them, and counts ("مباراته الودية الثانية
    ** مساء اليوم", "الهلال الكروي الأول مساء أمس") */
    const wt_entry *id;
    /* a qualifier's noun (إلى حدود الرابعة مساء, "until about four") is
    ** no noun the ordinal agrees with */
    int modifies = i > 0 && lx->v[i].gap < 2 &&
                   (tagged(c, i - 1, NABA_UPOS_NOUN) || tagged(c, i - 1, NABA_UPOS_ADJ) || tagged(c, i - 1, NABA_UPOS_PROPN)) &&
                   cmatch(c, i - 1, C_QUAL, WT_CONJ | WT_PREP, &id) != 1;
    if (definite && value <= 12 && !modifies && cmatch(c, i + k, C_DAYPART, WT_CONJ | WT_PREP, &id)) return 0;
    /* الحرب العالمية الثانية: an ordinal that is part of a name; but
    ** "الفصل الأول من 2018" is a period of a dated year; a dual names
    ** digits only ("الفصلين الأول والثاني من السنة", two quarters) */
    if (i > 0 && cmatch(c, i - 1, C_IDENT, WT_CONJ | WT_PREP | WT_DEF, &id) && id->num != IDENT_DIGITS && !of_date(c, i + k) &&
        !(id->num == IDENT_TITLE && (value != 1 || (i + k < lx->n && str_in(lx->v[i + k].key, relatives)))))
        return 0;
    /* آل ثاني (a family): folding makes آل the article ال, so the written
    ** word is compared */
    if (i > 0 && c->lx->v[i - 1].end - c->lx->v[i - 1].start == 4 &&
        !memcmp(c->doc->text + c->lx->v[i - 1].start, "آل", 4))
        return 0;
    /* الملك عبدالله الثاني, الملكة إليزابيث الثانية: inside a person's
    ** name after its first word, a regnal number, not a count */
    /* and "جيروم باول" (Powell, folded as ب + أول; not "صلاح أول لاعب",
    ** the tagger's name run on) */
    const naba_mention *m = definite || stripped ? dates_mention_at(c->doc, lx->v[i].start) : NULL;
    if (m && m->type == NABA_ENT_PER && m->start < lx->v[i].start) return 0;
    /* يؤكد الأول أنه: after a verb and before no noun, "the former" */
    if (definite && prev_is_verb(c, i) && (i + k >= lx->n || !nounish(c, i + k))) return 0;
    /* "يرتدي قميص المنتخب ثانية", "عادت الأجواء لسبورتينغ لشبونة ثانية":
    ** ثانية without the article after a definite noun or a name does not
    ** agree with it, an adverb, "again" */
    if (e->num == 2 && !definite && !strcmp(lx->v[i].key, "ثانيه") && i > 0 && lx->v[i].gap < 2 &&
        lx->v[i - 1].kind == LX_WORD && (definite_unit(c, i - 1) || tagged(c, i - 1, NABA_UPOS_PROPN)))
        return 0;
    /* "من جهة ثانية": "on the other hand", no second of anything */
    if (e->num == 2 && !definite && i > 1 && !strcmp(lx->v[i - 1].key, "جهه") &&
        (!strcmp(lx->v[i - 2].key, "من") || !strcmp(lx->v[i - 2].key, "ومن")))
        return 0;
    if (e->num == 1 && primary(c, i, definite)) return 0;
    /* "الرقيب أول آمان", "والجندي أول معتز", "ملازم أول": a rank's grade
    ** (staff sergeant, private first class, first lieutenant), no first */
    static const char *const ranks[] = {"رقيب", "جندي", "ملازم", "عريف", "مساعد", "وكيل", NULL};
    if (e->num == 1 && !definite && i > 0 && lx->v[i].gap < 2 &&
        str_in(str_skip_prefix(str_skip_prefix(lx->v[i - 1].key, "و"), "ال"), ranks))
        return 0;
    /* "ثاني أكسيد الكربون": a chemical's name (dioxide), no second */
    static const char *const oxide[] = {"اكسيد", "اوكسيد", NULL};
    if (!definite && i + k < lx->n && str_in(lx->v[i + k].key, oxide)) return 0;
    memset(ct, 0, sizeof *ct);
    ct->kind = NABA_COUNT_ORDINAL;
    ct->value = ct->value_max = value;
    /* الخامسة والأربعين, الحادي والعشرين: an ordinal unit and tens */
    size_t kt;
    if (value < 10 && i + k < lx->n && !strncmp(lx->v[i + k].key, "و", 2) &&
        (kt = wt_match(c->st->nt, lx, i + k, WT_BIT(NUM_TENS), WT_CONJ | WT_DEF, &t, NULL))) {
        ct->value = ct->value_max = value + t->num;
        k += kt;
    }
    ct->start = lx->v[i].start;
    ct->end = lx->v[i + k - 1].end;
    /* "طفل في التاسعة من عمره", "دون السابعة من العمر": an age in years
    ** (not "السنوات الأولى من العمر", "العقد الرابع من العمر") */
    if (definite && i > 0 && tagged(c, i - 1, NABA_UPOS_ADP) && i + k + 1 < lx->n && !strcmp(lx->v[i + k].key, "من") &&
        (!strncmp(lx->v[i + k + 1].key, "عمر", 6) || !strncmp(lx->v[i + k + 1].key, "العمر", 10))) {
        ct->kind = NABA_COUNT_DURATION;
        ct->unit = "year";
        return k;
    }
    /* القمة السادسة: the noun before; أول محادثات: the noun after; but an
    ** indefinite feminine ordinal after a noun describes it (تجربة أولى,
    ** لدورة ثانية وأخيرة), and so does a masculine one after an indefinite
    ** noun when no noun follows (كقسط اول) */
    size_t noun_unit = 0;
    int noun_word = definite ? -1 : masculine_after_noun(c, i, k, &noun_unit);
    if (noun_word >= 0) {
        ct->what = c->doc->words.v[noun_word].lemma;
        ct->what_start = lx->v[noun_unit].start;
        ct->what_end = lx->v[noun_unit].end;
        return k;
    }
    size_t w = definite || feminine_after_noun(c, i) ? noun_back(c, i) : i + k;
    size_t first = definite ? ordinal_before(c, i) : lx->n;
    if (first < lx->n) w = noun_back(c, first);
    /* "بزيارة هي الأولى من نوعها", "والاتفاق النفطي هو الثاني": the noun
    ** before the pronoun of a nominal sentence */
    if (definite && w == i - 1 && i >= 2 && lx->v[i].gap < 2 && lx->v[i - 1].gap < 2 &&
        str_in(str_skip_prefix(lx->v[i - 1].key, "و"), (const char *const[]){"هي", "هو", NULL})) {
        /* "في مكالمة هاتفية، هي الثانية": a comma may stand before the pronoun */
        size_t p = i >= 3 && lx_is(lx, i - 2, ',') ? i - 2 : i - 1;
        size_t v = noun_back(c, p);
        if (v < lx->n && tagged(c, v, NABA_UPOS_NOUN)) w = v;
    }
    /* "ثاني أكبر اقتصاد": an elative (أفعل, tagged ADJ) between the ordinal
    ** and its noun */
    if (w == i + k && w + 1 < lx->n && lx->v[w].klen == 8 && !strncmp(lx->v[w].key, "ا", 2) &&
        tagged(c, w, NABA_UPOS_ADJ) && lx->v[w + 1].gap < 2 && nounish(c, w + 1))
        w++;
    /* "على أن يترشح الأول والثاني من كل مجموعة": a verb before is no noun
    ** (but one with a pronoun on it may be a noun the tagger took for a verb:
    ** "طفلها الخامس", "مواجهتهما الأولى") */
    if (w < lx->n && nounish(c, w) && (!definite || lx->v[i].gap < 2) && !(w < i && tagged(c, w, NABA_UPOS_VERB) && !pronoun_on(c, w))) {
        naba_count tmp = *ct;
        if (counted_phrase(c, w, &tmp)) {
            ct->what = tmp.what;
            ct->what_start = lx->v[w].start;
            ct->what_end = lx->v[w].end;
        }
    }
    return k;
}

/* Units written short, which the tagger rarely calls nouns ("بسرعة 18-38
** كم/ساعة"); folded. */
static const char *const unit_abbreviations[] = {"كم", "كلم", "سم", "مم", "ملم", "كغ", "كلغ", "كجم", "كم2", NULL};

/* "3500-4500 شخص", "من 5-6 عقود", "2-3 ملايين دولار": beyond percents a
** dash joins two ends when the second goes up and says what is counted,
** money or a common noun right after it (a bare "1999-2007" does not) */
static int dashed_range_end(const ctx *c, size_t second, const naba_count *end, double first) {
    if (end->value <= first) return 0;
    if (end->kind == NABA_COUNT_MONEY) return 1;
    /* a common noun: "نتيجة مباراة الذهاب : 1 - 3 أرسنال" is a score */
    return end->kind == NABA_COUNT_QUANTITY && end->what && lx_find(c->lx, end->what_start) == second + 1 &&
           (tagged(c, second + 1, NABA_UPOS_NOUN) || str_in(c->lx->v[second + 1].key, unit_abbreviations));
}

/* "بين 10 و17 عاما", "بين ال10 وال17", "ما بين 1,8 و2,6%", "من 5 إلى 9
** آلاف", "2 - 3%": a bare number ct read at [i, i + k) is the first end of a range
** whose other end says what is counted. The two ends stay two counts (as
** eval/dev/GUIDELINES.md has them); the first takes the kind, unit, what is
** counted and the scale of the second (5 إلى 9 آلاف: 5000). */
static void range_start(const ctx *c, size_t i, size_t k, naba_count *ct) {
    const lx_text *lx = c->lx;
    if (ct->kind != NABA_COUNT_QUANTITY || ct->what ||
        (ct->qualifier != NABA_QUAL_EXACT && ct->qualifier != NABA_QUAL_ABOUT) || i + k + 1 >= lx->n)
        return;
    size_t b = i > 0 && lx->v[i].gap == 0 && !strcmp(lx->v[i - 1].key, "ال") ? i - 1 : i;
    if (b == 0) return;
    const char *before = lx->v[b - 1].key, *join = lx->v[i + k].key;
    /* the second end after و, or with و on it ("أربعين وخمسين سنة") */
    int glued_and = lx->v[i].kind == LX_WORD && lx->v[i + k].kind == LX_WORD && number_after_and(c, i + k);
    size_t second = i + k + !glued_and;
    int and_ = glued_and || !strcmp(join, "و") || !strcmp(join, "وال");
    int to = !strcmp(join, "الي") || !strcmp(join, "حتي");
    /* "البالغين من العمر 14 و15 عاماً", "31 أو 32 لاعبا", "أربعة أو خمسة
    ** أشهر": two near numbers, both in digits or both one word, share the
    ** second's noun */
    /* "نحو 70 أو 80": the qualifier before the first end is both ends' */
    size_t lead = ct->qualifier == NABA_QUAL_ABOUT ? k - 1 : 0;
    double v;
    int one_number = k == lead + 1 || (lx->v[i + lead].kind == LX_NUM && lx_number(lx, i + lead, &v) == k - lead);
    int pair = (and_ || !strcmp(join, "او")) && one_number && lx->v[i + lead].kind == lx->v[second].kind;
    /* "أن 15 إلى 30 شخصا توفوا": إلى joins the ends without من or بين
    ** too, but then the ends must be near each other: "إرسال 6 إلى 806655"
    ** (a code), "نزل بواقع 4 إلى 796 حفارا" (a change, then a level) */
    int opened = !strcmp(before, "من") || !strcmp(before, "بين");
    /* "2 - 3%", "30-40%": a dash joins the ends of a range of percents (not
    ** from the tail of a decimal the number reader left: "5.7-7.4") */
    int dash = lx_is_dash(lx, i + k) && !(lx->v[i].gap == 0 && (lx_is(lx, i - 1, '.') || lx_is(lx, i - 1, ',')));
    if (!((!strcmp(before, "بين") && and_) || to || dash || pair)) return;
    naba_count end;
    /* "بنسبة 10.3 و10.2 بالمائة على التوالي": two percents of a list go either way */
    if (!read_count(c, second, &end) || end.qualifier != NABA_QUAL_EXACT ||
        (end.value < ct->value && !(pair && end.kind == NABA_COUNT_PERCENT)) ||
        end.kind == NABA_COUNT_ORDINAL || (dash && end.kind != NABA_COUNT_PERCENT && !dashed_range_end(c, second, &end, ct->value)))
        return;
    double first = ct->value;
    for (double scale = 1e9; scale >= 1e3; scale /= 1e3)
        if (end.value >= scale && end.value / scale < 1000 && end.value / scale >= first) {
            first *= scale;
            break;
        }
    if (!opened && end.value > 10 * first) return;
    /* the second's noun right after it, a bare noun ("Windows 8 أو 8.1
    ** الأكثر حداثة", "26 و27 و28 من الشهر ذاته", "الفصول 31 و32 وغيرها"
    ** share none) */
    /* "نحو 70 أو 80 من كبار المسؤولين": an estimate's noun after من (not
    ** "26 و27 و28 من الشهر ذاته", "الفصلين 11 و12 من القانون") */
    size_t noun_at = second + 1 + (lead && second + 1 < lx->n && !strcmp(lx->v[second + 1].key, "من"));
    if (pair && !opened &&
        (end.value > 2 * first ||
         (end.kind == NABA_COUNT_QUANTITY &&
          (!end.what || lx_find(lx, end.what_start) != noun_at ||
           !(tagged(c, noun_at, NABA_UPOS_NOUN) || (noun_at > second + 1 && tagged(c, noun_at, NABA_UPOS_ADJ))) ||
           c->doc->words.v[lx_head_word(lx, noun_at)].start > lx->v[noun_at].start))))
        return;
    ct->value = ct->value_max = first;
    ct->kind = end.kind;
    ct->unit = end.unit;
    ct->what = end.what;
    ct->what_start = end.what_start;
    ct->what_end = end.what_end;
    ct->action = end.action;
}

/* "اعتقلت 30 متظاهرا وأفرجت عن 12 منهم": a count with no noun of its own
** before منهم (منها, منهن, منهما) counts part of the group an earlier count
** of its sentence named; it takes that count's noun. A count after بينهم is
** itself a part ("مقتل 17 مدنيا بينهم ستة أطفال، عشرة منهم": of the 17),
** and a verb read as a group's noun ("لجأ مليون منهم") is none to pass on.
** A bare count right after بينهم is a part of the group too, and shares its
** action when it has none. */
static void group_before(const naba_doc *doc, const lx_text *lx, size_t i, size_t after, naba_count *ct) {
    static const char *const of_them[] = {"منهم", "منها", "منهن", "منهما"};
    static const char *const among_them[] = {"بينهم", "بينها", "بينهن", "بينهما"};
    if (ct->kind != NABA_COUNT_QUANTITY || ct->what) return;
    /* "إصابة 307 أشخاص، بينهم 85 بالرصاص", "24 فريقا، بينها 12 من
    ** أوروبا": a bare count after بينهم is part of the group before too */
    int among = 0;
    for (size_t q = 0; i > 0 && lx->v[i].gap < 2 && q < sizeof among_them / sizeof *among_them; q++)
        among |= !strcmp(lx->v[i - 1].key, among_them[q]);
    int part = among;
    for (size_t q = 0; after < lx->n && lx->v[after].gap < 2 && q < sizeof of_them / sizeof *of_them; q++)
        part |= !strcmp(lx->v[after].key, of_them[q]);
    if (!part) return;
    for (size_t n = doc->counts.n; n-- > 0 && doc->counts.v[n].sent == ct->sent;) {
        const naba_count *group = &doc->counts.v[n];
        size_t g = lx_find(lx, group->start);
        if (g > 0 && (!strcmp(lx->v[g - 1].key, "بينهم") || !strcmp(lx->v[g - 1].key, "بينهن"))) continue;
        if (group->kind == NABA_COUNT_QUANTITY && group->what) {
            int w = lx_word_at(doc, group->what_start);
            if (w >= 0 && doc->words.v[w].upos == NABA_UPOS_VERB) return;
            ct->what = group->what;
            ct->what_start = group->what_start;
            ct->what_end = group->what_end;
            if (among && !ct->action) ct->action = group->action;
            return;
        }
    }
}

/* "ما بين 7 سنوات و6 و5", "في غضون ثانيتين أو 3": a bare number right
** after و or أو that follows a count with its noun or unit (ending at unit
** prev_last) is the next item of a list and shares them. The item before
** must be near in size (not "نحو 5 آلاف شخص و300"), and the number end its
** item: a word after it other than the next و is a noun of its own ("38
** تلميذا و7 بالغين", "30 كتيبة و30 سرب", "531 بمكة و255 بالطائف"). */
static void list_item(const lx_text *lx, size_t i, size_t after, size_t prev_last, const naba_count *prev,
                      naba_count *ct) {
    if (after < lx->n && lx->v[after].kind == LX_WORD && lx->v[after].gap < 2 && strncmp(lx->v[after].key, "و", 2))
        return;
    if (ct->kind != NABA_COUNT_QUANTITY || ct->what || ct->unit || ct->qualifier != NABA_QUAL_EXACT || i < 2 ||
        prev_last != i - 2 || prev->sent != lx->v[i].sent || (!prev->what && !prev->unit) ||
        prev->kind == NABA_COUNT_ORDINAL || prev->kind == NABA_COUNT_PERCENT || ct->value > 10 * prev->value ||
        10 * ct->value < prev->value)
        return;
    if (strcmp(lx->v[i - 1].key, "و") && strcmp(lx->v[i - 1].key, "او")) return;
    ct->kind = prev->kind;
    ct->unit = prev->unit;
    ct->what = prev->what;
    ct->what_start = prev->what_start;
    ct->what_end = prev->what_end;
    if (!ct->action) ct->action = prev->action;
}

/* "نسبة 5 فاصل 7 بالمائة", "1 فاصل 5 مليار دينار": a decimal spoken as
** digits, فاصل (comma) and digits, as Tunisian dispatches write it; the
** count is read from the digits after فاصل, and the whole part and the
** fraction taken together at its scale. The units read from i, or 0. */
static size_t spoken_decimal(const ctx *c, size_t q, naba_count *ct) {
    const lx_text *lx = c->lx;
    /* a qualifier before it: "بنحو 2 فاصل 5 بالمائة" */
    const wt_entry *e = NULL;
    size_t i = q + cmatch(c, q, C_QUAL, WT_CONJ | WT_PREP, &e);
    if (i + 2 >= lx->n || lx->v[i].kind != LX_NUM || lx->v[i + 2].kind != LX_NUM || lx->v[i + 2].gap == 0 ||
        strcmp(lx->v[i + 1].key, "فاصل") || (i > 0 && !lx->v[i].gap && lx->v[i - 1].kind != LX_WORD))
        return 0;
    const lx_unit *frac = &lx->v[i + 2];
    size_t k = read_count(c, i + 2, ct);
    if (!k || frac->value <= 0 || ct->value < frac->value || ct->kind == NABA_COUNT_ORDINAL) return 0;
    double scale = ct->value / frac->value, part = frac->value;
    for (int d = 0; d < frac->ndigits; d++) part /= 10;
    ct->value = ct->value_max = (lx->v[i].value + part) * scale;
    ct->start = lx->v[q].start;
    if (i > q) ct->qualifier = qualifier_of(e);
    return k + 2 + (i - q);
}

/* "بلغت المشتريات 22.8 مليون ريال ... بصافي شراء قيمته 18.2 مليون", "غرامات
** وصلت الى 60 مليون يورو تم تعليق 40 مليونا منها": a bare amount ending in a
** scale word, counting nothing, after an amount of money in the same sentence
** is money in that currency, unless a number of things is told between ("عدد
** هذه المصانع يقدر ب 8 آلاف"); ct is the count read at [i, after), prev the
** count before. */
static void shared_currency(const lx_text *lx, size_t i, size_t after, const naba_count *prev, naba_count *ct) {
    if (ct->kind != NABA_COUNT_QUANTITY || ct->what || ct->unit || ct->value < 1000 || prev->kind != NABA_COUNT_MONEY ||
        !prev->unit || prev->sent != ct->sent || after == 0 || lx->v[after - 1].kind != LX_WORD)
        return;
    static const char *const number_of[] = {"عدد", "العدد", "وعدد", NULL};
    for (size_t k = lx_find(lx, prev->end); k < i; k++)
        if (str_in(lx->v[k].key, number_of)) return;
    ct->kind = NABA_COUNT_MONEY;
    ct->unit = prev->unit;
}

/* "مقتل 1433 مدنيا، بينهم 291 طفلا و223 سيدة", "مقتل 23 عنصرا، هم خمسة من
** قوات النظام و18 عنصرا": the next item, after و, of a list of the parts of
** a group (after بينهم or هم, within eight units before the item just
** before), with a noun of its own and no action found near it, shares that
** item's action; a list of things ("65 غارة و80 برميل") shares none. */
static void list_action(const lx_text *lx, size_t i, size_t prev_last, const naba_count *prev, naba_count *ct) {
    static const char *const parts[] = {"بينهم", "بينها", "بينهن", "بينهما", "هم", NULL};
    if (ct->action || !ct->what || ct->kind != NABA_COUNT_QUANTITY || !prev->action || !prev->what ||
        prev->kind != NABA_COUNT_QUANTITY || i < 2 || prev_last != i - 2 || prev->sent != lx->v[i].sent ||
        strcmp(lx->v[i - 1].key, "و"))
        return;
    size_t p = lx_find(lx, prev->start);
    for (size_t k = p, steps = 0; k > 0 && steps < 8 && lx->v[k - 1].sent == prev->sent; k--, steps++)
        if (str_in(lx->v[k - 1].key, parts)) {
            ct->action = prev->action;
            return;
        }
}

/* "53 من أصل 54 اتحادا": a part of a whole counts the whole's noun, not
** أصل; ct is the whole's count read at unit i, prev the part's. */
static void part_of_whole(const lx_text *lx, size_t i, naba_count *prev, const naba_count *ct) {
    if (!ct->what || i < 3 || prev->kind != NABA_COUNT_QUANTITY || !prev->what || strcmp(prev->what, "أصل") ||
        strcmp(lx->v[i - 1].key, "اصل") || strcmp(lx->v[i - 2].key, "من") || lx->v[i - 1].start != prev->what_start)
        return;
    prev->what = ct->what;
    prev->what_start = ct->what_start;
    prev->what_end = ct->what_end;
}

/* "المصنفة 44 عالميا", "مصر (46 عالميا)", "عند 151 عالميا": a number with
** no noun after it before "worldwide" (عربيا, أفريقيا: in the Arab world,
** in Africa) is a rank; ct read at [i, end). */
static void world_rank(const lx_text *lx, size_t i, size_t end, naba_count *ct) {
    static const char *const scopes[] = {"عالميا", "عربيا", "افريقيا", NULL};
    if (ct->kind != NABA_COUNT_QUANTITY || ct->qualifier != NABA_QUAL_EXACT || end >= lx->n || lx->v[end].gap > 1 ||
        (ct->what && ct->what_start >= lx->v[i].start))
        return;
    if (str_in(lx->v[end].key, scopes)) ct->kind = NABA_COUNT_ORDINAL;
}

/* "إيما ستون", "بئر السبع", "ملعب لويس الثاني": a number word inside a
** person's or place's name, after its first word, is the name's, no count;
** not before a bare noun it counts or ranks, where the tagger ran the name
** on ("وأصبح صلاح أول لاعب"), nor digits ("صلاح 36 هدفا"). */
static int name_word(const ctx *c, size_t i) {
    const naba_mention *m = c->lx->v[i].kind == LX_WORD ? dates_mention_at(c->doc, c->lx->v[i].start) : NULL;
    return m && m->start < c->lx->v[i].start && (m->type == NABA_ENT_PER || m->type == NABA_ENT_LOC) &&
           !bare_noun(c, i + 1);
}

/* Is unit i a weekday's name (الاثنين, والجمعة)? */
static int weekday_unit(const counts_state *st, const lx_text *lx, size_t i) {
    const lx_unit *u = &lx->v[i];
    return u->kind == LX_WORD && dates_weekday_key(st->dt, u->key, u->klen);
}

/* A weekday after يوم or أيام, or in a list of weekdays ("أيام السبت
** والاثنين والأربعاء من كل أسبوع"): a day, which the dates stage leaves out
** as a habit, never the number اثنين. */
static int listed_weekday(const counts_state *st, const lx_text *lx, size_t i) {
    static const char *const days[] = {"يوم", "يومي", "ايام", NULL}; /* folded */
    if (!weekday_unit(st, lx, i)) return 0;
    return (i > 0 && (weekday_unit(st, lx, i - 1) || str_in(lx->v[i - 1].key, days))) ||
           (i + 1 < lx->n && weekday_unit(st, lx, i + 1));
}

naba_status naba_counts_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    lx_text lx;
    naba_status st = lx_scan(doc, &lx);
    if (st != NABA_OK || !lx.n) return st;
    uint8_t *taken = naba_arena_alloc(doc->arena, lx.n);
    if (!taken) return NABA_ERR_NOMEM;
    for (size_t t = 0; t < doc->timexes.n; t++) {
        size_t a = lx_find(&lx, doc->timexes.v[t].start), b = a;
        while (b < lx.n && lx.v[b].start < doc->timexes.v[t].end) b++;
        /* "قبل ثلاثة أشهر من كأس العالم": a span before an event, not a
        ** date; its number is a count */
        if (b < lx.n && !strcmp(lx.v[b].key, "من") && a < b &&
            (!strcmp(lx.v[a].key, "قبل") || !strcmp(lx.v[a].key, "بعد")))
            continue;
        for (size_t u = a; u < b; u++) taken[u] = 1;
    }
    for (size_t u = 0; u < lx.n; u++)
        if (listed_weekday(state, &lx, u)) taken[u] = 1;
    ctx c = {state, &lx, doc, taken};
    size_t prev_last = SIZE_MAX;   /* the last unit of the count before, its noun's included */
    for (size_t i = 0; i < lx.n;) {
        naba_count ct;
        /* both readers begin with a number, or a phrase of counts.tsv or
        ** numbers.tsv, at unit i: where there is none (most units), neither
        ** reads, and the unit is passed as the loop's end passes it */
        if (lx.v[i].kind != LX_NUM && !wt_starts(c.st->ct, &lx, i) && !wt_starts(c.st->nt, &lx, i)) {
            NUM_SKIP_CHECK(read_count(&c, i, &ct) || read_ordinal(&c, i, &ct));
            i++;
            continue;
        }
        if (name_word(&c, i)) {
            i++;
            continue;
        }
        size_t k = spoken_decimal(&c, i, &ct);
        if (!k) k = read_count(&c, i, &ct);
        if (!k) k = read_ordinal(&c, i, &ct);
        if (!k) {
            /* a number in digits that is not a count is skipped whole, so
            ** the "30" of a time "1.30" is not read on its own */
            double v;
            size_t kn = lx.v[i].kind == LX_NUM ? lx_number(&lx, i, &v) : 0;
            i += kn ? kn : 1;
            continue;
        }
        range_start(&c, i, k, &ct);
        world_rank(&lx, i, i + k, &ct);
        ct.sent = lx.v[i].sent;
        group_before(doc, &lx, i, i + k, &ct);
        if (doc->counts.n) {
            list_item(&lx, i, i + k, prev_last, &doc->counts.v[doc->counts.n - 1], &ct);
            list_action(&lx, i, prev_last, &doc->counts.v[doc->counts.n - 1], &ct);
            part_of_whole(&lx, i, &doc->counts.v[doc->counts.n - 1], &ct);
            shared_currency(&lx, i, i + k, &doc->counts.v[doc->counts.n - 1], &ct);
        }
        if (befalls_no_one(&c, i, &ct)) ct.action = NULL;
        ct.action = lost_what(&c, &ct);
        if (lost_members(&c, i, &ct)) ct.action = "killed";
        naba_count *out = NABA_PUSH(doc, &doc->counts);
        if (!out) return NABA_ERR_NOMEM;
        *out = ct;
        i += k;
        prev_last = i - 1;
        /* the noun after the number is the item's end ("7 سنوات و6"), not one shared from before */
        if (ct.what && ct.what_end > lx.v[prev_last].end && lx_find(&lx, ct.what_start) >= i)
            while (prev_last + 1 < lx.n && lx.v[prev_last + 1].start < ct.what_end) prev_last++;
    }
    return NABA_OK;
}

static counts_state *finish(const wordtab *ct, const wordtab *nt, const wordtab *dt, wordtab *own_ct,
                            wordtab *own_nt, naba_error *err) {
    counts_state *s = malloc(sizeof *s);
    if (!s) {
        wt_free(own_ct); wt_free(own_nt);
        naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    *s = (counts_state){.ct = ct, .nt = nt, .dt = dt, .own_ct = own_ct, .own_nt = own_nt};
    return s;
}

counts_state *counts_state_from(const char *d1, size_t n1, const char *d2, size_t n2, naba_error *err) {
    wordtab *ct = wt_load_buf(d1, n1, "counts.tsv", counts_classes, err);
    if (!ct) return NULL;
    wordtab *nt = wt_load_buf(d2, n2, "numbers.tsv", num_classes, err);
    if (!nt) { wt_free(ct); return NULL; }
    return finish(ct, nt, NULL, ct, nt, err);
}

void *naba_counts_open(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                       naba_error *err) {
    (void)data_dir; (void)opt;
    /* data/counts.tsv and data/numbers.tsv are loaded by the link stage (for
    ** its currency names and scale words): once per pipeline, link opened first */
    const link_state *ls = naba_stage_state(p, "link");
    if (!ls) {
        naba_fail(err, NABA_ERR_MODEL, 0, "the counts stage opens after the link stage");
        return NULL;
    }
    return finish(ls->counts, ls->numbers, ls->dates, NULL, NULL, err);
}

void naba_counts_close(void *state) {
    counts_state *s = state;
    if (!s) return;
    wt_free(s->own_ct);
    wt_free(s->own_nt);
    free(s);
}
