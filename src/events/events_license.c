/*
** events_license.c — is a candidate event reported or only mentioned? News
** mentions far more violence and protest than it reports. An event noun
** needs a light or support verb to happen ("شن هجوما", "قام مسلحون بخطف");
** a chronology's verbless clause lists it; an attack or weapon named near it,
** a toll a speech verb reports, its depth under the speech verb, cue words
** before or around it (aims, courts, topics, habits) and a long roundup
** sentence tell how surely it is news. emit turns the answers into a
** dropped event or a lower confidence.
*/
#include "affix.h"
#include "events_int.h"
#include "syntax.h"

#include <string.h>

/* A plural noun, as the tagger has it; a form it may have misread as one is
** left out: a feminine plural in "ات" is a noun, but one opening with an
** imperfect prefix or ending in "ن" or "ت" may be a verb ("وتعرضن",
** "اعتدين", "انسحبت"). */
int ev_plural_noun(const naba_word *wd) {
    if (wd->upos != NABA_UPOS_NOUN || !wd->feats || !strstr(wd->feats, "Number=Plur") || !wd->form) return 0;
    size_t n = strlen(wd->form);
    const char *f = wd->form;
    if (str_ends(f, n, "ات")) return 1;
    if (ev_imperfect_prefix(f)) return 0;
    return n < 2 || (!str_ends(f, n, "ن") && !str_ends(f, n, "ت"));
}

/* Which words are inside a name the entity layer found, a bit each, once
** the mentions are many: reading every mention for each question was
** length x length on one long line, while an article's few dozen are read
** faster than a table of its words is made. */
enum { NAME_INDEX_MIN = 256 };
int ev_index_names(ev_work *w) {
    const naba_doc *doc = w->doc;
    if (doc->mentions.n < NAME_INDEX_MIN) return 0;
    uint8_t *bits = naba_arena_alloc(doc->arena, doc->words.n / 8 + 1);
    if (!bits) return -1;
    for (size_t m = 0; m < doc->mentions.n; m++) {
        const naba_mention *mn = &doc->mentions.v[m];
        for (size_t v = mn->word_first; v - mn->word_first < mn->word_count && v < doc->words.n; v++)
            bits[v / 8] |= (uint8_t)(1u << (v % 8));
    }
    w->in_name = bits;
    return 0;
}

/* Is word v (of doc->words) inside a name the entity layer found? */
int ev_in_name(const ev_work *w, uint32_t v) {
    const naba_doc *doc = w->doc;
    if (w->in_name) return v < doc->words.n && ((w->in_name[v / 8] >> (v % 8)) & 1);
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (v >= doc->mentions.v[m].word_first && v - doc->mentions.v[m].word_first < doc->mentions.v[m].word_count)
            return 1;
    return 0;
}

/* "* 21 مايو 2005: اغتيال الأمين العام ... بسيارة مفخخة": a clause with no
** verb at all that opens with the event noun is a headline or a chronology
** entry, and it reports the event. A word inside a name is no verb, whatever
** the tagger says of a name it does not know ("اغتيال النائب وليد عيدو"). */
int ev_verbless_clause(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (!doc->words.n || anchor == 0) return 0;
    const naba_token *colon = &doc->tokens.v[anchor - 1];
    if (colon->end - colon->start != 1 || doc->text[colon->start] != ':') return 0;
    for (size_t t = w->toks[anchor].clause_start; t < w->toks[anchor].clause_end; t++) {
        const naba_token *tk = &doc->tokens.v[t];
        for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++)
            if (doc->words.v[tk->word_first + k].upos == NABA_UPOS_VERB && !ev_in_name(w, tk->word_first + k))
                return 0;
    }
    return 1;
}

/* Is the token before t, in its clause and with no comma between, an
** indefinite noun or adjective? */
static int indefinite_before(const ev_work *w, size_t t) {
    const naba_doc *doc = w->doc;
    const naba_token *pt = &doc->tokens.v[t - 1];
    if (w->toks[t - 1].brk_comma || !pt->word_count || pt->word_first + pt->word_count > doc->words.n) return 0;
    const naba_word *wd = &doc->words.v[pt->word_first + pt->word_count - 1];
    return (wd->upos == NABA_UPOS_NOUN || wd->upos == NABA_UPOS_ADJ) && wd->feats && strstr(wd->feats, "Definite=Ind");
}

/* Does a word of the token read as a verb? */
static int has_verb(const naba_doc *doc, size_t t) {
    const naba_token *tk = &doc->tokens.v[t];
    for (uint32_t k = 0; k < tk->word_count && tk->word_first + k < doc->words.n; k++)
        if (doc->words.v[tk->word_first + k].upos == NABA_UPOS_VERB) return 1;
    return 0;
}

/* The token before t, walking back to the verb of an event noun: past an
** aside between two bare commas, a few words with no verb ("قامت قوات
** الأمن، صباح اليوم، باعتقال", "واندلعت، مساء أمس، مظاهرات"), which sits
** between the verb and its noun without parting them. SIZE_MAX before the
** clause's start. */
enum { ASIDE_WORDS = 6 };
static size_t back(const ev_work *w, size_t t, size_t cs) {
    if (t <= cs) return SIZE_MAX;
    size_t p = t - 1;
    if (!w->toks[p].brk_comma || *w->toks[p].key) return p;
    for (size_t q = p; q-- > cs && p - q <= ASIDE_WORDS + 1;) {
        if (w->toks[q].brk_comma) {
            if (q + 1 == p || *w->toks[q].key) return p;
            return q > cs ? q - 1 : SIZE_MAX;
        }
        if (has_verb(w->doc, q)) return p;
    }
    return p;
}

/* "ونفذت قوات الاحتلال حملة اعتقالات", "شنت الطائرات عدة غارات", "سلسلة
** من الغارات": a noun of series or number heading the event noun (with "من"
** between or none) is part of the noun's phrase, not a word between it and
** its light verb. Token t, walking back from the event noun at anchor. */
static int series_head(const ev_work *w, size_t t, size_t anchor) {
    static const char *const heads[] = {"حمله", "سلسله", "موجه", "جوله", "عده", NULL};
    static const char *const of[] = {"من", NULL};
    if (t + 1 == anchor) return ev_key_in(&w->toks[t], heads) || (ev_key_in(&w->toks[t], of) && t > 0 &&
                                                                     ev_key_in(&w->toks[t - 1], heads));
    return t + 2 == anchor && ev_key_in(&w->toks[t], heads) && ev_key_in(&w->toks[t + 1], of);
}

/* An event noun reports an event when a "light" verb makes it happen: right
** before it ("اندلعت مظاهرات", "شن هجوما") or after it as its subject ("مظاهرة
** عنيفة اندلعت"), or the parser makes the noun the subject of such a verb. */
/* Returns 0 when not licensed, else 1 + the light verb's token when it comes
** before the noun ("قام مسلحون بخطف": its subject is the doer), else 1 + the
** noun's own token. */
size_t ev_licensed(const ev_work *w, size_t anchor, const ev_gram *g) {
    size_t cs = w->toks[anchor].clause_start, ce = w->toks[anchor].clause_end;
    if (w->toks[anchor].timex) return 0; /* "فجر اليوم" (dawn) is no bombing */
    for (size_t k = 1, t = back(w, anchor, cs); k <= 3 && t != SIZE_MAX; t = back(w, t, cs)) {
        if (w->toks[t].timex) continue; /* "شنت الطائرات فجر اليوم غارات" */
        if (series_head(w, t, anchor) || ev_has_upos(w->doc, (uint32_t)t, NABA_UPOS_NUM)) continue; /* "نفذت 16 غارة" */
        /* "نفذ طيران النظام السوري أمس 16 غارة": the light verb's subject,
        ** however many words name it, is one word between */
        int u = ev_unit_at(w, t);
        if (u >= 0 && w->units.v[u].b < t && w->units.v[u].b >= cs) t = w->units.v[u].b;
        k++;
        if (!(w->toks[t].cue & EVC_LIGHT)) continue;
        /* "لشن ضربات", "خيار شن ضربات": a light verb that is itself a verbal
        ** noun states a plan or an option, not what happened */
        ev_gram lg;
        ev_gram_of(w, t, &lg);
        if (lg.has_words && (!lg.verb || lg.prep || lg.future || lg.subjunctive)) continue;
        return t + 1;
    }
    /* "قامت امرأة بلجيكية اعتنقت الاسلام ... بتفجير نفسها", "نجح الجيش في
    ** قتل": a support verb takes its noun through a preposition past its
    ** subject and adverbs, in the same comma-free stretch with no other verb
    ** between; never through the "ل" of purpose ("نجحت في إحباط عملية لخطف
    ** جنود": the kidnapping was the foiled aim) */
    const naba_token *nt = &w->doc->tokens.v[anchor];
    const char *pf = nt->word_count && nt->word_first < w->doc->words.n ? w->doc->words.v[nt->word_first].form : NULL;
    int purpose = pf && !strcmp(pf, "ل");
    for (size_t k = 1, t = back(w, anchor, cs); g->prep && !purpose && k <= 8 && t != SIZE_MAX; k++, t = back(w, t, cs)) {
        if (w->toks[t].brk_comma) break;
        ev_gram lg;
        ev_gram_of(w, t, &lg);
        if (w->toks[t].cue & EVC_SUPPORT) {
            if (lg.has_words && lg.verb && !lg.prep && !lg.future && !lg.subjunctive && !lg.relative) return t + 1;
            break;
        }
        /* a verb right after an indefinite noun describes it, a relative
        ** clause with no relative word: "امرأة بلجيكية اعتنقت الاسلام" */
        if (lg.has_words && lg.verb && !(t > cs && indefinite_before(w, t))) break;
    }
    /* "غداة هجوم شنه مسلحون": a light verb after a noun in a time or cause
    ** phrase tells about that known event, it does not report a new one */
    if (g->background || g->prep) return 0;
    for (size_t k = 1; k <= 3 && anchor + k < ce; k++) {
        if (w->toks[anchor + k - 1].brk_comma) break;
        if (!(w->toks[anchor + k].cue & EVC_LIGHT)) continue;
        /* "هجوما بالقنبلة سينفذ": a light verb in the future plans the event */
        ev_gram lg;
        ev_gram_of(w, anchor + k, &lg);
        if (lg.has_words && (lg.future || lg.subjunctive)) break;
        return anchor + 1;
    }
    const naba_doc *doc = w->doc;
    if (anchor == cs && ev_verbless_clause(w, anchor)) return anchor + 1;
    if (g->word >= 0 && naba_syn_rel_is(&doc->words.v[g->word], "nsubj")) {
        int32_t h = doc->words.v[g->word].head;
        if (h >= 0 && (size_t)h < doc->words.n) {
            uint32_t ht = doc->words.v[h].token;
            ev_gram lg;
            if (ht < w->n_toks && (w->toks[ht].cue & EVC_LIGHT)) {
                ev_gram_of(w, ht, &lg);
                if (!(lg.has_words && (lg.future || lg.subjunctive))) return anchor + 1;
            }
        }
    }
    return 0;
}

/* "الهجوم الكيماوي الذي أسفر عن مقتل العشرات": the light verb of an event
** noun opens a relative clause; the clause describes a known event, it does
** not report the toll ("الأمر الذي أدى إلى مقتل" sums up the news just told). */
int ev_relative_light(const ev_work *w, size_t lt) {
    static const char *const rel[] = {"الذي", "التي", "والذي", "والتي", NULL};
    size_t cs = w->toks[lt].clause_start;
    if (lt < cs + 1) return 0;
    return ev_key_in(&w->toks[lt - 1], rel) && !(lt >= cs + 2 && !strcmp(w->toks[lt - 2].key, "الامر"));
}

/* "في مينسك لمناقشة تدريبات": a talk named as the purpose of a trip (a
** clitic "ل" on the noun) is what the trip was for; only consultations, since
** "للاحتجاج" and "لقتل" state aims that need not have happened. */
int ev_purpose_consult(const ev_work *w, const ev_cand *c, const ev_gram *g) {
    const char *k = w->toks[c->anchor].key;
    return g->prep && !strncmp(c->code, "04", 2) && !strncmp(k, "ل", 2);
}

/* Is the anchor where a clause starts (its start, or after a comma, a bare
** conjunction or "كما", "also": "كما خطف مسلحون")? A verbal noun rarely opens
** a clause; a verb often does, and there the tagger's NOUN for "رفض" in "،
** رفض بوتين" is more likely wrong. */
int ev_clause_initial(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    if (anchor == cs) return 1;
    const ev_tok *p = &w->toks[anchor - 1];
    return p->brk_comma || !strcmp(p->key, "و") || !strcmp(p->key, "ف") || !strcmp(p->key, "كما") ||
           !strcmp(p->key, "وكما");
}

/* A sentence of this many words or more is a roundup, a history or an
** argument: the protest or the violence it names past its first words is
** seldom its news ("خرج امس سكان الخرطوم في مظاهرة ..." opens with it). */
#define LONG_SENTENCE 50
#define HEAD_WORDS 10

/* The sentence's words are counted once for all its events (the last
** sentence's count is kept) and those before the anchor are read back only
** to HEAD_WORDS: reading the whole sentence for each event was the square
** of its length on a line with no full stop. */
int ev_long_sentence(ev_work *w, uint32_t sent, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (sent >= doc->sents.n) return 0;
    const naba_sentence *s = &doc->sents.v[sent];
    size_t end = s->tok_first + (size_t)s->tok_count;
    if (end > doc->tokens.n) end = doc->tokens.n;
    if (!w->words_known || w->words_sent != sent) {
        uint32_t words = 0;
        for (size_t t = s->tok_first; t < end; t++) words += doc->tokens.v[t].kind == NABA_TOK_WORD;
        w->words_known = 1;
        w->words_sent = sent;
        w->words_of_sent = words;
    }
    if (w->words_of_sent < LONG_SENTENCE) return 0;
    uint32_t before = 0;
    for (size_t t = anchor < end ? anchor : end; t-- > s->tok_first && before < HEAD_WORDS;)
        before += doc->tokens.v[t].kind == NABA_TOK_WORD;
    return before >= HEAD_WORDS;
}

/* Is a token key a word of cue class `bit` (data/events/cues.tsv: sport
** "مباراة", "الدوري", "اللاعبين"; nature "الفيضانات", "المرض"), with "و", "ب",
** "ل", "ف" and the article before it? */
static int class_word(const ev_dict *d, const char *key, uint32_t bit) {
    static const char *const pre[] = {"", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال"};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++) {
        size_t n = strlen(pre[i]);
        if (strncmp(key, pre[i], n)) continue;
        int32_t v = ev_map_get(&d->cues, key + n);
        if (v >= 0 && ((uint32_t)v & bit)) return 1;
    }
    return 0;
}

/* Does the sentence speak of a match, by two words of sport or more? Teams
** meet, host, demand a fee, accept an offer and score ("ويلتقي ليفربول مع
** ريال مدريد في المباراة النهائية"); none of it is a political event (in the
** session 19 samples, 21 of the 91 rows that were no event). One word is
** not enough: "تعهد الملك سلمان للعراق بتمويل بناء ملعب جديد", "هدد
** تنظيم داعش باستهداف لاعبي كأس العالم". The answer of the last sentence
** read is kept: candidates come clause by clause, so a sentence is asked of
** again and again, and reading it each time was the square of its length on
** a line with no full stop. */
int ev_sport_sentence(ev_work *w, uint32_t sent) {
    const naba_doc *doc = w->doc;
    if (sent >= doc->sents.n) return 0;
    if (w->sport_known && w->sport_sent == sent) return w->sport;
    const naba_sentence *s = &doc->sents.v[sent];
    int n = 0;
    for (uint32_t t = s->tok_first; t < s->tok_first + s->tok_count && t < w->n_toks; t++)
        n += class_word(w->dict, w->toks[t].key, EVC_SPORT);
    w->sport_known = 1;
    w->sport_sent = sent;
    w->sport = n >= 2;
    return w->sport;
}

/* Is a disaster or a disease the subject just before a killing or a wounding
** ("وأدت الفيضانات إلى مقتل 13 شخصا", "التهاب الكبد الوبائي الذي يصيب نحو 400
** مليون شخص", "المرض يصيب الأطفال")? Up to NATURE_REACH words back, in the
** clause (a comma or a full stop ends the search): no one attacked anyone. */
#define NATURE_REACH 4
int ev_nature_before(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    uint32_t sent = doc->tokens.v[anchor].sent;
    int words = 0;
    for (size_t t = anchor; t-- > 0 && words < NATURE_REACH && t < w->n_toks;) {
        const naba_token *k = &doc->tokens.v[t];
        if (k->sent != sent || k->kind == NABA_TOK_PUNCT) return 0;
        if (k->kind != NABA_TOK_WORD) continue;
        words++;
        if (class_word(w->dict, w->toks[t].key, EVC_NATURE)) return 1;
    }
    return 0;
}

/* Does a chemical agent follow the attack or killing c closely, in its
** comma-free stretch, as its means: after an attack noun ("هجوم كيميائي",
** "هجوم "بالسلاح الكيميائي""), on a weapon or a gas after "ب" ("بالأسلحة
** الكيماوية", "بغاز السارين") or used ("استخدام السلاح الكيماوي")? A toll
** (a count pattern: "مقتل العشرات في هجوم بالسلاح الكيميائي") takes the
** attack that follows it; an attack only its own words ("نفذت الهجوم
** الكيميائي"), and none past "ردا" ("ضربة ... ردا على هجوم كيميائي"). Not a
** site or a capacity struck ("المنشآت الكيميائية", "تصنيع الأسلحة
** الكيمياوية"). */
#define CHEMICAL_REACH 8 /* words after the event's own */
int ev_chemical_means(const ev_work *w, const ev_cand *c) {
    static const char *const with[] = {"بالسلاح", "بسلاح", "بالاسلحه", "باسلحه", "بالغاز", "بغاز", "بالغازات", "بغازات",
                                       "بالمواد", "بمواد", NULL};
    static const char *const arms[] = {"السلاح", "سلاح", "الاسلحه", "اسلحه", "الغاز", "غاز", NULL};
    static const char *const use[] = {"استخدام", "باستخدام", "استخدم", "استخدمت", NULL};
    static const char *const answer[] = {"ردا", "رد", NULL};
    const naba_doc *doc = w->doc;
    uint32_t sent = doc->tokens.v[c->anchor].sent, toll = c->pat->flags & EVP_COUNT;
    for (size_t t = c->anchor + 1, words = 0; words < CHEMICAL_REACH && t < w->n_toks; t++) {
        if (doc->tokens.v[t].sent != sent || w->toks[t - 1].brk_comma || ev_key_in(&w->toks[t], answer)) return 0;
        if (t > c->last && doc->tokens.v[t].kind != NABA_TOK_PUNCT) words++;
        if (!class_word(w->dict, w->toks[t].key, EVC_CHEMICAL)) continue;
        size_t p = t - 1;
        while (p > c->anchor && doc->tokens.v[p].kind == NABA_TOK_PUNCT) p--;
        int means = !strncmp(w->toks[t].key, "ب", strlen("ب")) || (w->toks[p].cue & EVC_MEANS) ||
                    ev_key_in(&w->toks[p], with) ||
                    (ev_key_in(&w->toks[p], arms) && p > c->anchor && ev_key_in(&w->toks[p - 1], use));
        if (means) return toll || p <= c->last;
    }
    return 0;
}

/* "أصيب سبعة جنود صوماليين في تفجير انتحاري", "مقتل 4 سياح ... إثر انفجار
** حافلة", "قتل 7 أشخاص، وأصيب 18 آخرون، الأربعاء، في هجوم بقنبلة": the
** bombing code (183x) of the bombing, or the air strike (195) of the raid
** ("قتل عشرة مدنيين في غارة جوية"), a toll or an attack ("استهدف في تفجير
** إرهابي") names as its cause (after "في", "إثر", "جراء", "بسبب", a number
** between, or with "ب") or as the verb's subject right after it ("استهدفت
** غارة تركية المشفى"), up to BOMBING_REACH words on in its
** sentence and past the tolls joined to it, not past another verb nor
** another means (the first one named is the cause); or NULL.
** A killing is told by its toll, the bombing as its means, unlicensed, so
** the toll's own code (190) would say less than the text does; so would an
** attack's. */
#define BOMBING_REACH 12

/* Do the words right after a bombing's pattern (ending at last) say tear gas
** ("بانفجار قنبلة غاز (مسيلة للدموع)")? A canister's blast is no bombing. */
static int tear_gas(const ev_work *w, uint32_t last) {
    static const char *const gas[] = {"غاز", "الغاز", "مسيله", "المسيله", "مسيل", "المسيل", "للدموع", NULL};
    uint32_t sent = w->doc->tokens.v[last].sent;
    for (size_t t = last + 1, words = 0; words < 3 && t < w->n_toks && w->doc->tokens.v[t].sent == sent; t++) {
        if (w->doc->tokens.v[t].kind == NABA_TOK_PUNCT) continue;
        words++;
        if (ev_key_in(&w->toks[t], gas)) return 1;
    }
    return 0;
}

/* The word before the number that counts token t, or before t when none
** does ("في ثلاثة تفجيرات", "إثر 3 انفجارات": the cause word stands before
** the number). */
static size_t before_count(const ev_work *w, size_t t) {
    size_t p = t - 1;
    while (p > 0 && (w->doc->tokens.v[p].kind == NABA_TOK_NUMBER ||
                     ev_count_in(w, w->doc->tokens.v[p].start, w->doc->tokens.v[p].end) >= 0))
        p--;
    return p;
}

const char *ev_bombing_cause(const ev_work *w, const ev_cand *c) {
    static const char *const cause[] = {"في", "اثر", "جراء", "بسبب", NULL};
    const naba_doc *doc = w->doc;
    uint32_t sent = doc->tokens.v[c->anchor].sent;
    for (size_t t = c->last + 1, words = 0; words < BOMBING_REACH && t < w->n_toks; t++) {
        if (doc->tokens.v[t].sent != sent) return NULL;
        if (doc->tokens.v[t].kind == NABA_TOK_PUNCT) continue;
        words++;
        ev_cand at;
        memset(&at, 0, sizeof at);
        int cand = ev_best_at(w, t, &at);
        if (w->toks[t].opens && !w->toks[t].named && !(cand && (at.pat->flags & EVP_COUNT))) return NULL;
        int bombing = cand && (at.pat->flags & EVP_NOUN) && (!strncmp(at.code, "183", 3) || !strcmp(at.code, "195"));
        /* "استهدفت غارة تركية المشفى": the raid right after the verb is its subject */
        if (bombing && words == 1 && !(c->pat->flags & EVP_NOUN) && t == c->last + 1) return at.code;
        /* the first means named is the cause: "في غارة جوية، وأصيب آخرون في تفجير" */
        if (!bombing && (w->toks[t].cue & (EVC_MEANS | EVC_WEAPON))) return NULL;
        if (bombing && (!strncmp(w->toks[t].key, "ب", strlen("ب")) || ev_key_in(&w->toks[before_count(w, t)], cause)))
            return tear_gas(w, at.last) ? NULL : at.code;
    }
    return NULL;
}

/* Is unit u an air force's aircraft: a state's or a military actor whose
** first word is a plane, a fighter, a helicopter or the air force ("مقاتلات
** التحالف العربي", "الطائرات الحربية", "طيران النظام السوري", "طائرة
** مسيرة")? Not airlines: the dictionary codes those BUS ("الطيران المدني");
** nor women fighters, whose adjective is a plural in "يات" ("المقاتلات
** الكرديات"; fighter jets take a singular: "المقاتلات الإسرائيلية"). */
int ev_aircraft_unit(const ev_work *w, int u) {
    /* keys write "ئ" as "ي" and "ة" as "ه" */
    static const char *const aircraft[] = {"طايره", "طايرات", "مقاتله", "مقاتلات", "طيران", "مروحيه", "مروحيات", NULL};
    if (u < 0) return 0;
    const ev_unit *x = &w->units.v[u];
    if (!x->code || !(strstr(x->code, "MIL") || strstr(x->code, "GOV")) ||
        !str_in(ev_no_article(w->toks[x->b].key), aircraft))
        return 0;
    const naba_token *next = x->b + 1 < w->n_toks ? &w->doc->tokens.v[x->b + 1] : NULL;
    return !next || next->end - next->start < strlen("يات") ||
           memcmp(w->doc->text + next->end - strlen("يات"), "يات", strlen("يات"));
}

/* How many heads sit above word v, up to EV_DEEP, counted from the speech verb
** that reports it when there is one: "قال مصدر إن «عبوة ناسفة انفجرت على
** دورية»" tells the bombing as the statement's content, the news, not as a
** clause buried under others. */
static int is_report_verb(const naba_doc *doc, int32_t h, const void *ctx) {
    const ev_work *w = ctx;
    uint32_t t = doc->words.v[h].token;
    return t < w->n_toks && (w->toks[t].cue & EVC_REPORT);
}

int ev_depth_in_report(const ev_work *w, int32_t v) { return naba_syn_depth_below(w->doc, v, EV_DEEP, is_report_verb, w); }

/* "وقد نظمت هذه المظاهرات", "تلك الهجمات": a demonstrative points back to an
** event the reader knows of. */
int ev_known_event(const ev_work *w, const ev_cand *c) {
    uint32_t at[EV_MAX_ELEMS + 1];
    uint32_t n = 0;
    at[n++] = c->anchor;
    for (uint32_t k = 0; k < c->pat->n_elems && k < EV_MAX_ELEMS; k++) at[n++] = c->elem_tok[k];
    for (uint32_t k = 0; k < n; k++) {
        if (at[k] == 0 || w->toks[at[k] - 1].clause_end != w->toks[at[k]].clause_end) continue;
        if (w->toks[at[k] - 1].cue & EVC_DEMONSTRATIVE) return 1;
    }
    return 0;
}

/* Is an attack or a weapon named after the anchor in its clause? */
int ev_means_after(const ev_work *w, size_t anchor) {
    for (size_t t = anchor + 1; t < w->toks[anchor].clause_end; t++)
        if (w->toks[t].cue & (EVC_MEANS | EVC_WEAPON)) return 1;
    return 0;
}

/* "وأفادت مصادر أمنية بمقتل سبعة أشخاص", "أعلن عن مقتل": a toll under a
** preposition is what a speech verb before it (past its subject, with no
** other verb or comma between) reports. */
int ev_reported_toll(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    for (size_t k = 1, t = back(w, anchor, cs); k <= 6 && t != SIZE_MAX; k++, t = back(w, t, cs)) {
        if (w->toks[t].brk_comma) break;
        ev_gram lg;
        ev_gram_of(w, t, &lg);
        if (w->toks[t].cue & EVC_REPORT) return !lg.has_words || (lg.verb && !lg.prep && !lg.future && !lg.subjunctive);
        if (lg.has_words && lg.verb) break;
    }
    return 0;
}

/* Is an attack or its means named in the anchor's clause ("في هجوم
** انتحاري", "بانفجار سيارة"), at most reach words from it? Not the words of
** the pattern own (NULL: none) requires: the attack "شن هجوما" launches is
** no means told beside it. */
int ev_means_within(const ev_work *w, size_t anchor, size_t reach, const ev_cand *own) {
    size_t b = w->toks[anchor].clause_start, e = w->toks[anchor].clause_end;
    if (anchor - b > reach) b = anchor - reach;
    if (e - anchor - 1 > reach) e = anchor + reach + 1;
    for (size_t t = b; t < e; t++) {
        if (t == anchor || !(w->toks[t].cue & (EVC_MEANS | EVC_WEAPON))) continue;
        int required = 0;
        for (uint32_t k = 0; own && k < own->pat->n_elems && k < EV_MAX_ELEMS; k++) required |= own->elem_tok[k] == t;
        if (!required) return 1;
    }
    return 0;
}

int ev_means_in_clause(const ev_work *w, size_t anchor) { return ev_means_within(w, anchor, SIZE_MAX, NULL); }

/* Is a word of that cue class before the anchor in its clause? With
** stretch, only in the stretch of the clause no comma cuts: in "بهدف القبض
** على زعماء القاعدة أو قتلهم" the killing is an aim, a comma ends the aim. */
int ev_cue_before(const ev_work *w, size_t anchor, uint32_t cue, int stretch) {
    for (size_t t = anchor; t-- > w->toks[anchor].clause_start;) {
        if (stretch && w->toks[t].brk_comma) return 0;
        if (w->toks[t].cue & cue) return 1;
    }
    return 0;
}

/* "وشن هجوما متعدد الاتجاهات، وقال: إن جهات ... تتآمر", "شن هجوما على
** الحكومة، وأكد أنها فشلت": an attack its doer goes on to explain, a speech
** verb joined to it by "و" whose content follows at once ("إن", "أن", a
** colon, a quote: no subject of its own, so the same doer) up to SAYS_REACH
** words on in its clause, was made in words. */
enum { SAYS_REACH = 20 };
int ev_then_says(const ev_work *w, size_t anchor) {
    static const char *const that[] = {"إن", "ان", "أن", "إنه", "انه", "أنه", "إنها", "انها", "أنها", "إنهم", "انهم", "أنهم", NULL};
    const naba_doc *doc = w->doc;
    size_t e = w->toks[anchor].clause_end;
    for (size_t t = anchor + 1; t + 1 < e && t <= anchor + SAYS_REACH; t++) {
        if (!(w->toks[t].cue & EVC_REPORT) || strncmp(doc->text + doc->tokens.v[t].start, "و", strlen("و"))) continue;
        ev_gram g;
        ev_gram_of(w, t, &g);
        if (g.has_words && (!g.verb || g.prep || g.imperfect)) continue;
        return doc->tokens.v[t + 1].kind == NABA_TOK_PUNCT || ev_key_in(&w->toks[t + 1], that);
    }
    return 0;
}

/* Is a word of that cue class in the comma-free stretch of the anchor's
** clause, before it or up to OFTEN_REACH words after it? "وهاجمت إسرائيل
** مواقع للجيش السوري كثيرا خلال الصراع": "often" tells a habit wherever it
** stands. */
enum { OFTEN_REACH = 6 };
int ev_cue_around(const ev_work *w, size_t anchor, uint32_t cue) {
    for (size_t t = anchor; t-- > w->toks[anchor].clause_start && !w->toks[t].brk_comma;)
        if (w->toks[t].cue & cue) return 1;
    for (size_t t = anchor; t < w->toks[anchor].clause_end && t <= anchor + OFTEN_REACH; t++) {
        if (t > anchor && (w->toks[t].cue & cue)) return 1;
        if (w->toks[t].brk_comma) break;
    }
    return 0;
}
