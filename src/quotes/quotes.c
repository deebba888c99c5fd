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
** إلى أن) stays X's.
** Unnamed speakers (مسؤول أوكراني كبير) are kept as a description, and a later
** "المسؤول" refers back to it. Segments with no cue become direct quotes of the
** previous speaker when they are long enough to be speech, not a title.
*/
#include "quotes.h"
#include "affix.h"
#include "lex.h"
#include "stage.h"

#include <stdlib.h>
#include <string.h>

const char *const quotes_classes[] = {"verb", "verb_prep", "participle", "source", "as_cue", "comp",
                                      "prep", "anon", "medium", "mprep", "spk_stop", "namer", "lead",
                                      "reflexive", "passive", "resumptive", "relative", "pron_lead",
                                      "back_ref", "authored", "document", "beside", NULL};

enum { F_NONE = 0, F_CURLY, F_GUILL, F_SGUILL, F_DQ, F_SQ };

typedef struct seg {
    size_t a, b;       /* units of the opening and the closing mark (b: last unit if unclosed) */
    int closed;
    int used;
    uint32_t para;     /* paragraph number in units' terms */
} seg;

typedef struct speaker {
    naba_off s, e;
    int32_t entity;
    const char *desc;
    const char *doc;   /* kind of document (data/speech_verbs.tsv class document) */
    int have;
} speaker;

typedef struct ctx {
    const quotes_state *st;
    const lx_text *lx;
    naba_doc *doc;
    seg *segs;
    size_t nseg;
    int32_t *seg_of;   /* unit -> segment index, -1 outside */
    uint32_t *para;    /* unit -> paragraph number */
    speaker last;
    int last_gender;   /* 'M' / 'F': the singular verb that named the last speaker, 0 unknown */
    size_t last_at;    /* unit of the cue of the last quote with a speaker */
    uint32_t last_para;
    const char *descs[16]; /* unnamed speakers so far, for "المسؤول" referring back */
    size_t ndescs;
    size_t quoted_to;  /* units before this are inside an emitted quote */
} ctx;

static size_t vmatch(const ctx *c, size_t i, unsigned mask, unsigned clitics, const wt_entry **e) {
    if (i >= c->lx->n) return 0;
    return wt_match(c->st->vt, c->lx, i, mask, clitics, e, NULL);
}

static int is_q(const ctx *c, size_t i, int cls, unsigned clitics) {
    const wt_entry *e;
    return vmatch(c, i, WT_BIT(cls), clitics, &e) > 0;
}

static int family(uint32_t cp) {
    switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: return F_CURLY;
    case 0x00AB: case 0x00BB: return F_GUILL;
    case 0x2039: case 0x203A: return F_SGUILL;
    case '"': case 0xFF02: return F_DQ;
    default: return F_SQ;
    }
}

static int words_between(const ctx *c, size_t a, size_t b) {
    int w = 0;
    for (size_t k = a; k < b && k < c->lx->n; k++) w += c->lx->v[k].kind != LX_PUNCT;
    return w;
}

#define CUE_MASK (WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP) | WT_BIT(Q_PARTICIPLE) | WT_BIT(Q_PASSIVE))

static int cue_at(const ctx *c, size_t i) {
    const wt_entry *e;
    return vmatch(c, i, CUE_MASK, WT_CONJ, &e) > 0;
}

/* ---------------------------------------------------------- segments */

static int push_seg(ctx *c, size_t a, size_t b, int closed) {
    const lx_text *lx = c->lx;
    /* single quotes only for short spans: they are also apostrophes */
    if (family(lx_punct(lx, a)) == F_SQ && (!closed || b - a > 40)) return 0;
    if (b <= a + 1) return 0; /* nothing inside */
    c->segs[c->nseg++] = (seg){a, b, closed, 0, c->para[a]};
    return 1;
}

static void pair_marks(ctx *c) {
    const lx_text *lx = c->lx;
    size_t open = SIZE_MAX;
    int fam = F_NONE;
    for (size_t k = 0; k <= lx->n; k++) {
        if (k == lx->n || (k > 0 && c->para[k] != c->para[k - 1])) {
            /* an unclosed quote ends with its paragraph */
            if (open != SIZE_MAX && (fam == F_CURLY || fam == F_GUILL) && k - open > 2)
                push_seg(c, open, k - 1, 0);
            open = SIZE_MAX;
            if (k == lx->n) break;
        }
        const lx_unit *u = &lx->v[k];
        if (!u->quote) continue;
        int f = family(lx_punct(lx, k));
        int glued_left = u->gap == 0 && k > 0 && lx->v[k - 1].kind != LX_PUNCT;
        int glued_right = k + 1 < lx->n && lx->v[k + 1].gap == 0 && lx->v[k + 1].kind != LX_PUNCT;
        if (open == SIZE_MAX) {
            /* a closing mark glued to the word after it opens (MT output) */
            if (u->quote == LX_Q_OPEN || u->quote == LX_Q_EITHER || (glued_right && !glued_left)) {
                open = k;
                fam = f;
            }
            continue;
        }
        int closes = f == fam && (u->quote == LX_Q_CLOSE || u->quote == LX_Q_EITHER ||
                                  (glued_left && !glued_right));
        if (!closes && f != fam && u->quote == LX_Q_CLOSE && glued_left) closes = 1;
        if (closes) {
            push_seg(c, open, k, 1);
            open = SIZE_MAX;
        }
    }
}

/* Join pieces of one quote: only punctuation between them, or a few words
** with no speech verb and no sentence end (“لم نتلق” نعم “روسية...”). */
static void merge_segments(ctx *c) {
    const lx_text *lx = c->lx;
    size_t out = 0;
    for (size_t s = 0; s < c->nseg; s++) {
        if (out > 0) {
            seg *p = &c->segs[out - 1];
            const seg *q = &c->segs[s];
            int ok = p->para == q->para && p->closed && q->a > p->b;
            int words = 0, ends = 0;
            for (size_t k = p->b + 1; ok && k < q->a; k++) {
                if (lx->v[k].kind != LX_PUNCT) words++;
                if (lx->v[k].sent_end) ends++;
                if (cue_at(c, k) || is_q(c, k, Q_SOURCE, WT_CONJ)) ok = 0;
            }
            if (ok && (words == 0 || (words == 1 && !ends))) {
                p->b = q->b;
                p->closed = q->closed;
                continue;
            }
        }
        c->segs[out++] = c->segs[s];
    }
    c->nseg = out;
    for (size_t s = 0; s < c->nseg; s++)
        for (size_t k = c->segs[s].a; k <= c->segs[s].b; k++) c->seg_of[k] = (int32_t)s;
}

/* A quoted name rather than speech: after a noun like برنامج, or glued to the
** word before it (لـ"العربية.نت"). */
static int name_seg(const ctx *c, const seg *s) {
    const lx_text *lx = c->lx;
    if (s->a == 0) return 0;
    if (is_q(c, s->a - 1, Q_NAMER, WT_CONJ | WT_PREP | WT_DEF)) return 1;
    return lx->v[s->a].gap == 0 && lx->v[s->a - 1].kind == LX_WORD && words_between(c, s->a, s->b + 1) <= 4;
}

static naba_off seg_start(const ctx *c, const seg *s) { return c->lx->v[s->a].end; }
static naba_off seg_end(const ctx *c, const seg *s) {
    return s->closed ? c->lx->v[s->b].start : c->lx->v[s->b].end;
}

/* ---------------------------------------------------------- spans */

/* End (exclusive unit) of the sentence from unit i, stepping over quotes. */
static size_t clause_end(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    size_t k = i;
    while (k < lx->n) {
        if (k > i && c->para[k] != c->para[i]) break;
        if (c->seg_of[k] >= 0) {
            const seg *s = &c->segs[c->seg_of[k]];
            k = s->b + 1;
            continue;
        }
        if (lx->v[k].sent_end) return k;
        k++;
    }
    return k;
}

/* Start of the sentence that holds unit i. */
static size_t sentence_start(const ctx *c, size_t i) {
    size_t k = i;
    while (k > 0 && c->para[k - 1] == c->para[i] && !(c->lx->v[k - 1].sent_end && c->seg_of[k - 1] < 0))
        k--;
    return k;
}


/* لي, له, لها, لنا, لهم: a pronoun audience ("وقال لي بأن"). */
static int pronoun_audience(const lx_unit *u) {
    static const char *const pron[] = {"لي", "له", "لها", "لنا", "لهم", "لهما", "لكم", "لك"};
    for (size_t k = 0; k < sizeof pron / sizeof pron[0]; k++)
        if (!strcmp(u->key, pron[k])) return 1;
    return 0;
}

/* An audience: للصحفيين, لـ AP, لوكالة. */
static int audience(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل")) return 0;
    if (!strcmp(u->key, "ل") || str_has_prefix(u->key, "لل") || pronoun_audience(u)) return 1;
    return wt_match(c->st->vt, c->lx, k, WT_BIT(Q_MEDIUM), WT_PREP, &(const wt_entry *){0}, NULL) > 0;
}

static int has_person(const naba_doc *d, naba_off s, naba_off e) {
    for (size_t m = 0; m < d->mentions.n; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->start < e && mm->end > s && mm->type == NABA_ENT_PER) return 1;
    }
    return 0;
}

/* A person's name within five words after unit k, with no mark, speech cue
** or complementizer before it: "المدير التنفيذي للشركة ساندر بيتشاي" is a
** title with its name, not an audience (للصحفيين). */
static int name_follows(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    for (size_t j = k + 1; j < lx->n && j <= k + 5; j++) {
        const lx_unit *u = &lx->v[j];
        if (u->kind != LX_WORD || u->gap == 2 || c->seg_of[j] >= 0 || is_q(c, j, Q_COMP, 0) || cue_at(c, j)) return 0;
        for (size_t m = 0; m < c->doc->mentions.n; m++) {
            const naba_mention *mm = &c->doc->mentions.v[m];
            if (mm->start == u->start && mm->type == NABA_ENT_PER) return 1;
        }
    }
    return 0;
}

/* Does a mention start at unit k? Then the unit is a name, whatever the
** morphology split off it (بومبيو is no ب + ومبيو). */
static int name_starts(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    naba_off s = c->lx->v[k].start;
    for (size_t m = 0; m < d->mentions.n; m++)
        if (d->mentions.v[m].start == s) return 1;
    return 0;
}

/* UPOS of the head word of unit k (after و, ب, ل...), or -1 without
** morphology or when a name starts there. */
static int head_upos(const ctx *c, size_t k) {
    int w = lx_head_word(c->lx, k);
    return w < 0 || name_starts(c, k) ? -1 : c->doc->words.v[w].upos;
}

/* Does unit k open with a preposition (بالشفاء, في)? */
static int opens_with_adp(const ctx *c, size_t k) {
    int w = lx_word_at(c->doc, c->lx->v[k].start);
    return w >= 0 && c->doc->words.v[w].upos == NABA_UPOS_ADP;
}

/* Does the phrase at unit k follow a noun used as a preposition of place
** ("إلى جوار حميد الشاعري", "بجانب X": the person is beside the subject)? */
static int beside(const ctx *c, size_t k) {
    return k > 0 && is_q(c, k - 1, Q_BESIDE, WT_CONJ);
}

/* Is unit k a preposition with a pronoun and nothing else (عليها, عنه,
** به), or the demonstrative ذلك / هذا alone? After a cue it is the verb's
** complement and the subject, if any, follows: "علق عليها الناشط", "كشفت
** عنه صحيفة", "أكد ذلك مدير البرنامج". */
static int complement_pronoun(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    if (u->kind != LX_WORD || w < 0 || name_starts(c, k)) return 0;
    const naba_word *a = &d->words.v[w];
    if ((size_t)w + 1 >= d->words.n || d->words.v[w + 1].start >= u->end)
        return (a->upos == NABA_UPOS_PRON || a->upos == NABA_UPOS_DET) &&
               (!strcmp(u->key, "ذلك") || !strcmp(u->key, "هذا")) && k + 1 < c->lx->n &&
               !str_has_prefix(c->lx->v[k + 1].key, "ال"); /* هذا الناطق: one phrase */
    const naba_word *b = &d->words.v[w + 1];
    return a->upos == NABA_UPOS_ADP && b->upos == NABA_UPOS_PRON &&
           ((size_t)w + 2 >= d->words.n || d->words.v[w + 2].start >= u->end);
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
    if (u->kind != LX_WORD || u->latin || name_starts(c, k)) return 1;
    int w = lx_word_at(d, u->start), content = 0;
    if (w < 0) return 1;
    for (int x = w; (size_t)x < d->words.n && d->words.v[x].start < u->end; x++) {
        int up = d->words.v[x].upos;
        content |= up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_ADJ || up == NABA_UPOS_NUM ||
                   up == NABA_UPOS_X || up == NABA_UPOS_VERB || up == NABA_UPOS_AUX; /* بسام as AUX */
    }
    /* a demonstrative before a definite noun: "رأى هؤلاء النقاد", "وفقا
    ** لهذا المصدر" */
    if (!content) {
        static const char *const dem[] = {"هذا", "هذه", "هولاء", "ذلك", "تلك", "اولئك"};
        size_t n = strlen(u->key), ok = 0;
        for (size_t x = 0; x < sizeof dem / sizeof *dem; x++)
            ok |= str_ends(u->key, n, dem[x]);
        return ok && k + 1 < c->lx->n && c->lx->v[k + 1].gap < 2 && str_has_prefix(c->lx->v[k + 1].key, "ال");
    }
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
    if ((k + 1 < c->lx->n && name_starts(c, k + 1)) || (c->lx->v[k - 1].kind == LX_NUM || head_upos(c, k - 1) == NABA_UPOS_NUM)) return 1;
    return k + 1 < c->lx->n && str_has_prefix(c->lx->v[k + 1].key, "ال") && c->lx->v[k + 1].gap < 2;
}

/* Is unit k the participle صادر (issued), with or without the article? */
static int issued_by(const ctx *c, size_t k) {
    return str_has_prefix(c->lx->v[k].key, "صادر") || str_has_prefix(c->lx->v[k].key, "الصادر");
}

/* The speaker's noun phrase from unit i: [i, end). A short quoted name after
** its first word belongs to it: صحيفة "واشنطن بوست", مصادر «عكاظ»; so does
** one standing first when a relay or a complementizer follows it (ونقلت
** "فرانس برس" عن, ذكرت "رويترز" أن). A hashtag name (#أليكسي_نافالني) is
** read through its marks. */
static size_t speaker_np(const ctx *c, size_t i) {
    const lx_text *lx = c->lx;
    size_t k = i;
    while (k < lx->n && k < i + 16) {
        const lx_unit *u = &lx->v[k];
        if (c->seg_of[k] >= 0 && c->segs[c->seg_of[k]].a == k) {
            const seg *s = &c->segs[c->seg_of[k]];
            if (!s->closed || words_between(c, s->a, s->b + 1) > 4) break;
            if (k == i && (s->b + 1 >= lx->n || !(!strcmp(lx->v[s->b + 1].key, "عن") ||
                                                  is_q(c, s->b + 1, Q_COMP, 0))))
                break;
            k = s->b + 1;
            continue;
        }
        if ((lx_is(lx, k, '#') || (k > i && lx_is(lx, k, '_'))) && lx_adjacent(lx, k) &&
            lx->v[k + 1].kind == LX_WORD) {
            k++;
            continue;
        }
        if (u->kind != LX_WORD || (k > i && u->gap == 2) || c->seg_of[k] >= 0) break;
        /* "بيان صادر عن الحكومة": the issuer is part of the phrase */
        if (k > i && !strcmp(u->key, "عن") && issued_by(c, k - 1) && k + 1 < lx->n &&
            lx->v[k + 1].kind == LX_WORD && !is_q(c, k + 1, Q_COMP, WT_CONJ)) {
            k++;
            continue;
        }
        if (is_q(c, k, Q_SPK_STOP, 0) || is_q(c, k, Q_COMP, 0) || cue_at(c, k)) break;
        /* "وفقا للدراسة فإن": a complementizer after ف or و, unless it is a
        ** name's (لويس فان خال) */
        if (k > i && is_q(c, k, Q_COMP, WT_CONJ) && !has_person(c->doc, u->start, u->end)) break;
        if (audience(c, k) && !(k > i && !has_person(c->doc, lx->v[i].start, lx->v[k - 1].end) && name_follows(c, k)))
            break;
        if (k == i && (is_q(c, k, Q_REFLEXIVE, 0) || !opens_speaker(c, k))) break;
        /* a name in Latin script ends the phrase: "Fidan مبادلة POW" */
        if (k > i && !u->latin && lx->v[k - 1].latin) break;
        k++;
    }
    return k;
}

static int32_t entity_in(const naba_doc *d, naba_off s, naba_off e) {
    int32_t any = -1;
    for (size_t m = 0; m < d->mentions.n; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->start >= e || mm->end <= s) continue;
        if (mm->type == NABA_ENT_PER) return mm->entity;
        if (any < 0) any = mm->entity;
    }
    return any;
}

/* Unit k is ب + a noun + a pronoun (بموقعه, بحسابه): "by his ...", no
** subject. Names that open with ب or ل (بوتين, لاغارد) have no pronoun. */
static int on_his(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    int w = lx_word_at(d, c->lx->v[k].start), last = w;
    if (w < 0 || d->words.v[w].upos != NABA_UPOS_ADP || !d->words.v[w].form || strcmp(d->words.v[w].form, "ب"))
        return 0;
    while ((size_t)last + 1 < d->words.n && d->words.v[last + 1].start < c->lx->v[k].end) last++;
    return last >= w + 2 && d->words.v[last].upos == NABA_UPOS_PRON;
}

/* The end of a speaker phrase [a, b) at its person's name: words after the
** name that no mention covers are the rest of the clause, not the speaker
** ("افتتح وزير الخارجية هاكان فيان المحادثات", "وبدا أردوغان غير قلق"). */
static size_t end_at_name(const ctx *c, size_t a, size_t b) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    naba_off s = lx->v[a].start, e = lx->v[b - 1].end, name_end = 0;
    for (size_t m = 0; m < d->mentions.n; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->start >= e || mm->end <= s) continue;
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
    if (h < 0 || lx->v[k].kind != LX_WORD || lx->v[k].latin || name_starts(c, k) || !d->words.v[h].deprel)
        return b;
    /* and only a word that cannot go on a name: definite (المحادثات), with a
    ** pronoun (أسفه) or a preposition (بمؤتمر), or a particle or verb; a bare
    ** noun is a title (مدير إدارة) or the rest of the name (أيمن بهجت قمر) */
    int last = h, up = d->words.v[h].upos;
    while ((size_t)last + 1 < d->words.n && d->words.v[last + 1].start < lx->v[k].end) last++;
    int bound = str_has_prefix(lx->v[k].key, "ال") || (last > h && d->words.v[last].upos == NABA_UPOS_PRON) ||
                d->words.v[h].start > lx->v[k].start;
    if (!bound && (up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN || up == NABA_UPOS_ADJ || up == NABA_UPOS_X))
        return b;
    int32_t hd = d->words.v[h].head;
    if (hd < 0) return b;
    naba_off hs = d->words.v[hd].start;
    if (hs < s || hs >= lx->v[k].start) return k;
    /* inside the phrase, only a noun phrase's own relations keep it (a
    ** misread name can take an object: فيان as a verb, المحادثات its obj) */
    static const char *const np_rel[] = {"appos", "nmod", "amod", "flat", "compound", "det", "nummod", "conj", "cc"};
    for (size_t r = 0; r < sizeof np_rel / sizeof *np_rel; r++)
        if (!strncmp(d->words.v[h].deprel, np_rel[r], strlen(np_rel[r]))) return b;
    return k;
}

/* Does morphology find a verb among the words of unit k (ليرد: ل + يرد)? */
static int has_verb(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    for (size_t x = w < 0 ? d->words.n : (size_t)w; x < d->words.n && d->words.v[x].start < u->end; x++)
        if (d->words.v[x].upos == NABA_UPOS_VERB) return 1;
    return 0;
}

/* Does the verb at unit i open its sentence (after و and a lead particle)? */
static int opens_sentence(const ctx *c, size_t i) {
    size_t s0 = sentence_start(c, i);
    const wt_entry *e0;
    return s0 + vmatch(c, s0, WT_BIT(Q_LEAD), WT_CONJ, &e0) == i;
}

/* The gender of the singular past verb opening its sentence at unit k ('M'
** for وأضاف, 'F' for وأضافت), 0 otherwise. Only the past: the tagger reads
** past verbs of the تفاعل form as feminine presents (تساءل); and only a verb
** opening its sentence, which agrees with the subject after it. */
static int verb_gender(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    if (!opens_sentence(c, k)) return 0;
    for (size_t x = w < 0 ? d->words.n : (size_t)w; x < d->words.n && d->words.v[x].start < u->end; x++) {
        const char *f = d->words.v[x].feats;
        if (d->words.v[x].upos != NABA_UPOS_VERB || !f || !strstr(f, "Aspect=Perf") || !strstr(f, "Number=Sing"))
            continue;
        return strstr(f, "Gender=Fem") ? 'F' : strstr(f, "Gender=Masc") ? 'M' : 0;
    }
    return 0;
}

/* The gender a cue verb (lemma, at unit k) gives the speaker it names; none
** for a relay ("وتنقل الصحيفة عن الزوجة": the verb agrees with the paper). */
static int naming_gender(const ctx *c, const char *lemma, size_t k) {
    return strcmp(lemma, "نقل") ? verb_gender(c, k) : 0;
}

/* The previous speaker for a verb at unit i with no subject of its own: none
** when the verb opens its sentence ("وأضاف", "وتابعت") and its gender is not
** that of the verb that named them ("قالت الوزيرة ... . وأضاف" is someone
** else). A verb inside the sentence is left alone: in "وأوضح أن ماجدة ...،
** وكانت تؤكد أن" the speaker is still the one reporting. */
static void carried_speaker(ctx *c, size_t i, speaker *sp) {
    int g = verb_gender(c, i);
    *sp = c->last;
    if (g && c->last_gender && g != c->last_gender) {
        memset(sp, 0, sizeof *sp);
        sp->entity = -1;
    }
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
    while (k < b && head_upos(c, k) == NABA_UPOS_ADJ) k++;
    if (k > 0 && k + 1 < b && !strcmp(lx->v[k].key, "عن") && issued_by(c, k - 1)) return k + 1;
    if (k >= b || lx->v[k].kind != LX_WORD) return 0;
    for (size_t m = 0; m < d->mentions.n; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->start == lx->v[k].start) return mm->type == NABA_ENT_PER || mm->type == NABA_ENT_ORG ? k : 0;
    }
    int w = lx_head_word(lx, k);
    if (k + 1 >= b || w < 0 || d->words.v[w].upos != NABA_UPOS_VERB || (size_t)w + 1 >= d->words.n) return 0;
    const naba_word *p = &d->words.v[w + 1];
    if (p->start < lx->v[k].end && p->upos == NABA_UPOS_PRON) return k + 1;
    /* "إحصائية قامت بها "العربية. نت"": the pronoun after a preposition */
    return k + 2 < b && (!strcmp(lx->v[k + 1].key, "بها") || !strcmp(lx->v[k + 1].key, "به")) ? k + 2 : 0;
}

/* The unit after the mention that covers unit e, or e when none does. */
static size_t past_mention(const ctx *c, size_t e) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    for (size_t m = 0; m < d->mentions.n; m++)
        if (d->mentions.v[m].start < lx->v[e].end && d->mentions.v[m].end > lx->v[e].start)
            return lx_find(lx, d->mentions.v[m].end - 1) + 1;
    return e;
}

/* Where the issuer named from unit k ends: a name in quotation marks, or its
** first word, the names that follow (mentions, quoted names), their
** adjectives and definite words (وزارة الخارجية, منظمة الصحة); what comes
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
        size_t n = past_mention(c, e);
        if (n == e && c->seg_of[e] >= 0 && c->segs[c->seg_of[e]].a == e && c->segs[c->seg_of[e]].closed)
            n = c->segs[c->seg_of[e]].b + 1; /* صحيفة "الشرق الأوسط" */
        if (n == e && (head_upos(c, e) == NABA_UPOS_ADJ || str_has_prefix(lx->v[e].key, "ال")) &&
            !is_q(c, e, Q_SPK_STOP, 0))
            n = e + 1;
        if (n == e) break;
        e = n < b ? n : b; /* a mention may run on past the phrase: منظمة الصحة فإن */
    }
    return e;
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
        if (u->kind != LX_WORD || u->latin || c->seg_of[e] >= 0 || past_mention(c, e) > e) continue;
        if (opens_with_adp(c, e)) return b;
        if (issued_by(c, e)) return e; /* النشرة الشهرية الصادرة, its issuer outside the phrase */
        if (head_upos(c, e) == NABA_UPOS_ADJ || str_has_prefix(u->key, "ال")) continue;
        if (has_verb(c, e) || definite) return e;
    }
    return b;
}

/* Fill a speaker from units [a, b). */
static int make_speaker(ctx *c, size_t a, size_t b, speaker *sp) {
    const lx_text *lx = c->lx;
    memset(sp, 0, sizeof *sp);
    sp->entity = -1;
    if (b <= a) return 0;
    b = end_at_name(c, a, b);
    /* "واعتبر المتحدث أن": "the speaker" is the one named before */
    if (b == a + 1 && c->last.have && is_q(c, a, Q_BACK_REF, WT_CONJ)) {
        *sp = c->last;
        return 1;
    }
    sp->s = lx->v[a].start;
    sp->e = lx->v[b - 1].end;
    sp->have = 1;
    sp->entity = entity_in(c->doc, sp->s, sp->e);
    int latin = 0;
    for (size_t k = a; k < b; k++) latin |= lx->v[k].latin;
    const wt_entry *e;
    size_t stripped = 0;
    /* a document as the source: "ذكر تقرير", "أفاد بيان وزارة الخارجية" */
    size_t dn = latin || entity_in(c->doc, lx->v[a].start, lx->v[a].end) >= 0 /* أرقام كابيتال */
                    ? 0
                    : wt_match(c->st->vt, lx, a, WT_BIT(Q_DOCUMENT), WT_CONJ | WT_PREP | WT_DEF, &e, NULL);
    if (dn) {
        sp->doc = e->str;
        size_t is = issuer(c, a + dn, b);
        size_t end = is ? issuer_end(c, is, b) : document_end(c, a + dn, b, str_has_prefix(lx->v[a + dn - 1].key, "ال") ||
                                                                           str_has_prefix(lx->v[a].key, "ال"));
        /* "بيان صادر عن الحكومة" stays whole: the statement and its issuer */
        if (is && !(is >= a + 2 && !strcmp(lx->v[is - 1].key, "عن") && issued_by(c, is - 2))) sp->s = lx->v[is].start;
        sp->e = lx->v[end - 1].end;
        sp->entity = entity_in(c->doc, sp->s, sp->e);
        return 1;
    }
    if (!latin && !has_person(c->doc, sp->s, sp->e) &&
        wt_match(c->st->vt, lx, a, WT_BIT(Q_ANON), WT_CONJ | WT_PREP | WT_DEF, &e, &stripped)) {
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
    }
    return 1;
}

/* "رئيس الهيئة، شوقي الطبيب أن": a name in apposition after a comma, right
** before the reported content, belongs to the speaker; so does a person's
** name between commas or before a time word ("المستشارة الألمانية، أنغيلا
** ميركل، الأربعاء، إن", "المتحدث باسم الخارجية، راينر برويل، إلى"). */
static size_t apposition(const ctx *c, size_t e) {
    const lx_text *lx = c->lx;
    if (e + 1 >= lx->n || !lx_is(lx, e, ',')) return e;
    size_t e2 = speaker_np(c, e + 1);
    if (e2 == e + 1 || e2 - (e + 1) > 4 || e2 >= lx->n) return e;
    if (is_q(c, e2, Q_COMP, WT_CONJ) || lx_is(lx, e2, ':')) return e2;
    if (!lx_is(lx, e2, ',') && !is_q(c, e2, Q_SPK_STOP, 0)) return e;
    if (has_person(c->doc, lx->v[e + 1].start, lx->v[e2 - 1].end) || lx->v[e + 1].latin) return e2;
    /* without a person mention: only when the content follows a short aside */
    for (size_t k = e2; k < lx->n && k < e2 + 5; k++) {
        if (is_q(c, k, Q_COMP, WT_CONJ) || lx_is(lx, k, ':')) return e2;
        if (!lx_is(lx, k, ',') && !is_q(c, k, Q_SPK_STOP, 0)) break;
    }
    return e;
}

/* "نقلت الوكالة عن X", "على لسان X": the phrase after the relay word, from
** unit e (the end of the relaying phrase); 0 when there is none. */
static size_t relayed(const ctx *c, size_t e, size_t *from) {
    const lx_text *lx = c->lx;
    size_t j = e;
    /* over an aside: "نقلت وسائل الإعلام، مساء الخميس، عن مصادر" */
    while (j < lx->n && j < e + 5 && (lx_is(lx, j, ',') || (is_q(c, j, Q_SPK_STOP, 0) && strcmp(lx->v[j].key, "عن") &&
                                                            strcmp(lx->v[j].key, "علي"))))
        j++;
    if (j + 1 < lx->n && !strcmp(lx->v[j].key, "عن")) j++;
    else if (j + 2 < lx->n && !strcmp(lx->v[j].key, "علي") && !strcmp(lx->v[j + 1].key, "لسان")) j += 2;
    else return 0;
    size_t e2 = speaker_np(c, j);
    if (e2 == j) return 0;
    *from = j;
    return e2;
}

/* The speaker a relative pronoun or a resumptive pronoun points back at: the
** last person named before unit i in its sentence ("ليونيد فولكوف، قال فيها",
** "عبد الله التي أوضحت"). */
static int person_before(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t from = sentence_start(c, i);
    const naba_mention *best = NULL;
    for (size_t m = 0; m < c->doc->mentions.n; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (mm->type != NABA_ENT_PER || mm->start < lx->v[from].start || mm->end > lx->v[i].start) continue;
        if (!best || mm->end > best->end) best = mm;
    }
    if (!best) return 0;
    return make_speaker(c, lx_find(lx, best->start), lx_find(lx, best->end - 1) + 1, sp);
}

/* "جاء ذلك في تغريدة للطبطبائي ..., حيث قال:": with no subject of its own,
** the verb speaks for the author of a post or statement named earlier in its
** sentence. */
static int author_before(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    for (size_t k = sentence_start(c, i); k + 1 < i; k++) {
        const wt_entry *e;
        size_t m = vmatch(c, k, WT_BIT(Q_AUTHORED), WT_CONJ | WT_PREP | WT_DEF, &e);
        if (!m || k + m >= i) continue;
        size_t a = k + m;
        const lx_unit *u = &lx->v[a];
        if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل") || strlen(u->key) <= 6 || c->seg_of[a] >= 0)
            continue;
        size_t b = a + 1 < i ? speaker_np(c, a + 1) : a + 1; /* "لحزب الأمة" */
        if (b <= a + 1 || b > i) b = a + 1;
        return make_speaker(c, a, b, sp);
    }
    return 0;
}

/* A verb agrees with a relative pronoun: التي with a feminine verb (قالت,
** تقول), الذي and الذين with a masculine one. */
static int agrees(const ctx *c, size_t rel, size_t verb) {
    const char *r = c->lx->v[rel].key, *v = c->lx->v[verb].key;
    if (str_has_prefix(r, "و")) r += 2;
    if (str_has_prefix(v, "و") || str_has_prefix(v, "ف")) v += 2;
    size_t n = strlen(v);
    int fem_verb = str_has_prefix(v, "ت") || (n > 2 && str_ends(v, n, "ت"));
    int fem_rel = !strcmp(r, "التي") || !strcmp(r, "اللتان") || !strcmp(r, "اللتين") || !strcmp(r, "اللواتي");
    return fem_verb == fem_rel;
}

/* "وفق عبد الله التي أوضحت": the subject of a verb after a relative pronoun
** that agrees with it is the phrase before the pronoun (up to three words,
** back to a mark or a preposition). With a resumptive pronoun after the verb
** the phrase is what was said, and holds its speaker: "تصريحات الشيرازي
** والتي قال فيها". */
static int relative_subject(ctx *c, size_t i, int resumptive, speaker *sp) {
    const lx_text *lx = c->lx;
    if (i < 2 || !is_q(c, i - 1, Q_RELATIVE, WT_CONJ) || (!resumptive && !agrees(c, i - 1, i))) return 0;
    size_t a = i - 1;
    while (a > 0 && i - 1 - a < 3 && lx->v[a - 1].kind == LX_WORD && lx->v[a].gap < 2 &&
           c->seg_of[a - 1] < 0 && !is_q(c, a - 1, Q_SPK_STOP, WT_CONJ) && !is_q(c, a - 1, Q_PREP, WT_CONJ) &&
           !is_q(c, a - 1, Q_SOURCE, WT_CONJ | WT_PREP) && !is_q(c, a - 1, Q_COMP, WT_CONJ) && !cue_at(c, a - 1))
        a--;
    return a < i - 1 && make_speaker(c, a, i - 1, sp);
}

/* "وكان وزير الداخلية، جيرار كولومب، الجمعة، قد أعلن أن": the subject of
** كان that opens the sentence speaks through the verb after قد. */
static size_t kana_subject(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    if (cue < 3 || (strcmp(lx->v[cue - 1].key, "قد") && strcmp(lx->v[cue - 1].key, "لقد"))) return 0;
    size_t k = sentence_start(c, cue);
    const char *key = lx->v[k].key;
    if (str_has_prefix(key, "و") || str_has_prefix(key, "ف")) key += 2;
    if (strcmp(key, "كان") && strcmp(key, "كانت")) return 0;
    size_t e = speaker_np(c, k + 1);
    if (e == k + 1 || e >= cue) return 0;
    *from = k + 1;
    return apposition(c, e);
}

/* A subject before the verb: "عاصي الحلاني ... أكد أن". */
static size_t subject_before(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    size_t ke = kana_subject(c, cue, from);
    if (ke) return ke;
    if (cue == 0 || str_has_prefix(lx->v[cue].key, "و") || str_has_prefix(lx->v[cue].key, "ف")) return 0;
    /* "لكنه أوضح": the pronoun is the subject, the previous speaker */
    if (is_q(c, cue - 1, Q_PRON_LEAD, WT_CONJ)) return 0;
    size_t k = cue;
    int comp = 0;
    while (k > 0 && cue - k < 12) {
        const lx_unit *p = &lx->v[k - 1];
        /* words of a quote already read are not a subject */
        if (p->kind == LX_PUNCT || c->seg_of[k - 1] >= 0 || lx->v[k].gap == 2 || k - 1 < c->quoted_to) break;
        /* "إلا أن المتحدث ... قال", "بدا أن المتحدث ... يشير": the subject
        ** follows the complementizer */
        if (is_q(c, k - 1, Q_COMP, WT_CONJ)) { comp = 1; break; }
        k--;
    }
    if (k == cue || cue - k >= 12) return 0;
    if (!comp && k > 0 && !lx_is_boundary(lx, k - 1) && lx->v[k].gap != 2 && !lx_is(lx, k - 1, ',')) return 0;
    const wt_entry *e0;
    size_t kl = vmatch(c, k, WT_BIT(Q_LEAD), WT_CONJ, &e0);
    if (kl && k + kl >= cue) return 0; /* "وفي حين يعلنون": no subject between */
    k += kl;
    /* "واعتقلت الشرطة ... مغربي قالت إنه": the subject of the verb that
    ** opens the clause; "لم تظهر أدلة تشير": a particle opens no subject */
    int up = head_upos(c, k);
    if (up == NABA_UPOS_VERB && k + 1 < cue) k++;
    else if (up == NABA_UPOS_PART || up == NABA_UPOS_ADP || up == NABA_UPOS_SCONJ || up == NABA_UPOS_CCONJ)
        return 0;
    size_t e = speaker_np(c, k);
    if (e == k) return 0;
    *from = k;
    return e > cue ? cue : e;
}

/* The subject of the verb that opens the sentence of unit i, for a participle
** or a verbal noun that has none of its own ("افتتح وزير الخارجية هاكان فيدان
** المحادثات من خلال حث المشاركين", "وأشادت الدار ... ، منوهة"). The first word
** (after و and a lead particle) must be a verb: UPOS when morphology ran, else
** a word without the article that is no stop word. */
static int clause_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t v = sentence_start(c, i);
    const wt_entry *e0;
    v += vmatch(c, v, WT_BIT(Q_LEAD), WT_CONJ, &e0);
    if (v + 1 >= i || lx->v[v].kind != LX_WORD || lx->v[v].latin || c->seg_of[v] >= 0) return 0;
    const char *key = lx->v[v].key;
    const char *bare = str_has_prefix(key, "و") || str_has_prefix(key, "ف") ? key + 2 : key;
    if (str_has_prefix(bare, "ال") || is_q(c, v, Q_SPK_STOP, WT_CONJ) || is_q(c, v, Q_PREP, WT_CONJ)) return 0;
    if (c->doc->words.n && !has_verb(c, v)) return 0;
    size_t e = speaker_np(c, v + 1), from = v + 1;
    if (e == v + 1 || e > i) return 0;
    /* "ونقلت الوكالة على لسان المصدر ...، محملا": the relayed speaker */
    const wt_entry *ve;
    if (vmatch(c, v, WT_BIT(Q_VERB), WT_CONJ, &ve) && !strcmp(ve->str, "نقل")) {
        size_t f2, e2 = relayed(c, e, &f2);
        if (e2 && e2 <= i) { from = f2; e = e2; }
    }
    size_t e3 = apposition(c, e); /* "جدد الناطق باسم الحكومة، محمد المومني، التأكيد" */
    return make_speaker(c, from, e3 <= i ? e3 : e, sp);
}

/* The unit after the date or time that starts in unit k (أمس, اليوم
** الأربعاء, مساء الجمعة: the dates stage's timexes), or k when none does. */
static size_t past_timex(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    for (size_t t = 0; t < d->timexes.n; t++)
        if (d->timexes.v[t].start >= u->start && d->timexes.v[t].start < u->end)
            return lx_find(c->lx, d->timexes.v[t].end - 1) + 1;
    return k;
}

/* Is unit k a closed quotation of at most three words (a name: "بلومبيرغ")? */
static const seg *short_quote(const ctx *c, size_t k) {
    if (c->seg_of[k] < 0) return NULL;
    const seg *s = &c->segs[c->seg_of[k]];
    return s->a == k && s->closed && words_between(c, s->a, s->b + 1) <= 3 ? s : NULL;
}

/* Does a medium open at unit k (في بيان, خلال مؤتمر صحفي)? Its length, or 0.
** Not after على or ب, which are also a verb's own (علقت على حديث X). */
static size_t medium_at(const ctx *c, size_t k) {
    const wt_entry *e;
    const char *key = c->lx->v[k].key;
    if (k + 1 >= c->lx->n || !is_q(c, k, Q_MPREP, 0) || !strcmp(key, "علي") || !strcmp(key, "ب")) return 0;
    size_t m = vmatch(c, k + 1, WT_BIT(Q_MEDIUM), WT_DEF, &e);
    return m ? m + 1 : 0;
}

/* The unit after what may stand between a verb and the subject after it,
** from unit k: a date (قال اليوم الأربعاء متحدث), a comma, an audience with
** its name (لـ"الشرق الأوسط", لوكالة الأنباء الفرنسية, للبي بي سي, له) or a
** medium with its adjectives and name (في بيان رسمي, خلال مؤتمر "يوروموني"). */
static size_t past_asides(const ctx *c, size_t k) {
    const lx_text *lx = c->lx;
    for (int n = 0; n < 4 && k < lx->n; n++) {
        size_t t = past_timex(c, k), m = medium_at(c, k);
        const seg *s;
        if (t > k) { k = t; continue; }
        if (lx_is(lx, k, ',')) { k++; continue; }
        if (m) {
            k += m;
            while (k < lx->n && lx->v[k].kind == LX_WORD && head_upos(c, k) == NABA_UPOS_ADJ) k++;
        } else if (lx->v[k].kind == LX_WORD && audience(c, k)) {
            /* "لوكالة الأنباء الفرنسية" one name; "قال له غوارديولا": the
            ** subject follows a pronoun */
            t = past_mention(c, k);
            int named = t > k || pronoun_audience(&lx->v[k]);
            k = t > k ? t : k + 1;
            if (named) continue;
        } else break;
        /* the name of the medium or audience: في صحيفة الغارديان, لـ"الشرق الأوسط" */
        if (k < lx->n && (s = short_quote(c, k))) k = s->b + 1;
        else if (k < lx->n) k = past_mention(c, k);
    }
    return k;
}

/* Does a person or an organization name start inside the quotation s? */
static int quotes_name(const ctx *c, const seg *s) {
    const naba_doc *d = c->doc;
    for (size_t m = 0; m < d->mentions.n; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->start >= c->lx->v[s->a].end && mm->start < c->lx->v[s->b].start &&
            (mm->type == NABA_ENT_PER || mm->type == NABA_ENT_ORG))
            return 1;
    }
    return 0;
}

/* A subject after the cue at unit i (from unit j, after the verb) that
** speaker_np does not take there: past the asides (past_asides), a name or
** an unnamed speaker ("قال اليوم الأربعاء متحدث", "وقال لـ"الشرق الأوسط"
** مسؤول", "قال له غوارديولا"); a quoted name before the content ("وذكرت
** "بلومبيرغ" في تقرير أن", "وأشارت "التايمز" إلى أن"; before a colon or a
** comma only when the recognizer names a person or organization in it:
** "وقال "لا"، مضيفا" is speech); a counted noun phrase after a verb opening
** its sentence ("وطالب 14 خبيرا"; inside one, "تفكيك ونقل 55 منبرا" is an
** object). Its end, from *from; 0 when there is none. A document is left
** out: after a date it is as often the object ("كتب قبل يومين تغريدة"). */
static size_t late_subject(const ctx *c, size_t i, size_t j, size_t *from) {
    const lx_text *lx = c->lx;
    size_t k = past_asides(c, j);
    const seg *s;
    if (k >= lx->n) return 0;
    *from = k;
    if ((s = short_quote(c, k))) {
        size_t f = s->b + 1;
        if (f >= lx->n) return 0;
        int content = is_q(c, f, Q_COMP, WT_CONJ) || !strcmp(lx->v[f].key, "عن") || medium_at(c, f) ||
                      (f + 1 < lx->n && is_q(c, f, Q_MPREP, 0) && is_q(c, f + 1, Q_DOCUMENT, WT_DEF)) ||
                      (f + 1 < lx->n && is_q(c, f, Q_PREP, 0) && is_q(c, f + 1, Q_COMP, 0));
        return content || (quotes_name(c, s) && (lx_is(lx, f, ':') || lx_is(lx, f, ','))) ? f : 0;
    }
    if (lx->v[k].kind == LX_NUM && opens_sentence(c, i)) {
        /* a count of people or things, not a sum, a share, a time or the
        ** casualties of an event ("نقل 30 آخرين إلى المستشفيات") */
        for (size_t n = 0; n < c->doc->counts.n; n++) {
            const naba_count *q = &c->doc->counts.v[n];
            if (q->start < lx->v[k].start || q->start >= lx->v[k].end) continue;
            if (q->kind != NABA_COUNT_QUANTITY || q->action || q->what_end <= q->what_start || k + 1 >= lx->n ||
                lx->v[k + 1].gap == 2 || q->what_start < lx->v[k + 1].start || q->what_start >= lx->v[k + 1].end)
                return 0;
            size_t e = speaker_np(c, k + 1);
            return e > k + 1 ? e : 0;
        }
        return 0;
    }
    if (k == j) return 0;
    size_t e = speaker_np(c, k);
    return e > k && (name_starts(c, k) || is_q(c, k, Q_ANON, WT_DEF)) ? e : 0;
}

/* ---------------------------------------------------------- content */

enum { K_NONE, K_COMP, K_COLON, K_SEG, K_PREP };

typedef struct found {
    int kind;
    size_t at;        /* unit of the complementizer / colon / preposition; segment index */
    int words;        /* words passed over before it */
    size_t first;     /* first unit passed over */
} found;

static found find_content(const ctx *c, size_t j, int takes_prep) {
    const lx_text *lx = c->lx;
    found f = {K_NONE, 0, 0, j};
    size_t lim = clause_end(c, j);
    for (size_t k = j; k < lx->n && k < j + 30; k++) {
        if (k > j && c->para[k] != c->para[j]) break;
        if (c->seg_of[k] >= 0) {
            const seg *s = &c->segs[c->seg_of[k]];
            /* a short quoted name inside an appositive: "، الذي استخدم علامة “Corsair”" */
            /* or one right before the complementizer: 'لصالون "سيات"، إن' */
            size_t after = s->b + 1;
            while (after < lim && lx_is(lx, after, ',')) after++;
            int before_comp = words_between(c, s->a, s->b + 1) <= 2 && after < lim && is_q(c, after, Q_COMP, WT_CONJ);
            if (((lx_is(lx, j, ',') && words_between(c, s->a, s->b + 1) <= 2) || name_seg(c, s) || before_comp) &&
                s->b + 1 < lim) {
                f.words += words_between(c, s->a, s->b + 1);
                k = s->b;
                continue;
            }
            f.kind = K_SEG; f.at = (size_t)c->seg_of[k]; return f;
        }
        if (k >= lim) break;
        if (lx_is(lx, k, ':')) { f.kind = K_COLON; f.at = k; return f; }
        if (is_q(c, k, Q_COMP, WT_CONJ)) { f.kind = K_COMP; f.at = k; return f; }
        if (takes_prep && lx->v[k].kind == LX_WORD &&
            (is_q(c, k, Q_PREP, 0) || (str_has_prefix(lx->v[k].key, "ب") && strlen(lx->v[k].key) > 6))) {
            int comp = k + 1 < lx->n && is_q(c, k + 1, Q_COMP, 0);
            f.kind = comp ? K_COMP : K_PREP; f.at = comp ? k + 1 : k; return f;
        }
        if (cue_at(c, k)) break;
        if (lx->v[k].kind != LX_PUNCT) f.words++;
    }
    return f;
}

/* Content from unit a to the end of its sentence, absorbing quotes inside. */
static size_t content_to(ctx *c, size_t a, int *mixed) {
    size_t e = clause_end(c, a);
    *mixed = 0;
    /* a new attribution ends it: "، لكنه أضاف: ..." / "، مضيفا أن ..." — but
    ** not a relayed one right after the complementizer: in "قالت X إن تقارير
    ** أشارت إلى أن ..." X still speaks */
    for (size_t k = a + 1; k < e; k++) {
        if (c->seg_of[k] >= 0 || !cue_at(c, k)) continue;
        found f = find_content(c, k + 1, 1);
        if (f.kind == K_NONE) continue;
        const wt_entry *ce;
        int relay = k - a <= 3 && words_between(c, a, k) == (int)(k - a) &&
                    vmatch(c, k, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), WT_CONJ, &ce) &&
                    !is_q(c, a, Q_LEAD, WT_CONJ);
        if (relay) break;
        size_t b = k;
        const wt_entry *e0;
        if (b > a && vmatch(c, b - 1, WT_BIT(Q_LEAD), WT_CONJ, &e0)) b--;
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

/* ---------------------------------------------------------- emitting */

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
    if (sp && sp->have) {
        q->speaker_start = sp->s;
        q->speaker_end = sp->e;
        q->speaker_entity = sp->entity;
        q->speaker_desc = sp->desc;
        q->speaker_doc = sp->doc;
        if (implicit) q->flags |= NABA_QUOTE_IMPLICIT;
        if (!implicit) { c->last = *sp; c->last_gender = cue ? naming_gender(c, cue, cue_a) : 0; }
        if (cue) c->last_at = cue_a;
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
    if (last != s && kind == NABA_QUOTE_DIRECT) kind = NABA_QUOTE_MIXED;
    naba_off a = content_from ? c->lx->v[content_from].start : seg_start(c, s);
    if (!last->closed) flags |= NABA_QUOTE_UNBALANCED;
    return emit(c, a, seg_end(c, last), kind, cue, ca, cb, sp, implicit, flags, conf, ctx_from, last->b);
}

/* The end of the person phrase that opens at mention m: a title mention and
** the name right after it (الرئيس الأمريكي دونالد ترامب), and a name between
** commas after them. */
static size_t person_phrase_end(const ctx *c, size_t m) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    size_t b = lx_find(lx, d->mentions.v[m].end - 1) + 1;
    for (size_t n = m + 1; n < d->mentions.n && d->mentions.v[n].type == NABA_ENT_PER &&
                           lx_find(lx, d->mentions.v[n].start) == b; n++)
        b = lx_find(lx, d->mentions.v[n].end - 1) + 1;
    return apposition(c, b);
}

/* Is the person mention opening at unit a in subject position: right after a
** verb that no relative pronoun introduces, or after its complement pronoun
** (لتسألها إليسا, قلل روس, لترد عليها شويكار, but not الذي حدده ماكرون), or
** after a complementizer (إلا أن #أحلام اكتشفتها)? */
static int subject_position(const ctx *c, size_t a) {
    const lx_text *lx = c->lx;
    if (a == 0 || lx->v[a - 1].kind != LX_WORD) return 0;
    if (is_q(c, a - 1, Q_COMP, WT_CONJ)) return 1;
    if (a >= 2 && complement_pronoun(c, a - 1)) a--;
    return (has_verb(c, a - 1) || head_upos(c, a - 1) == NABA_UPOS_AUX) &&
           !(a >= 2 && is_q(c, a - 2, Q_RELATIVE, WT_CONJ));
}

/* "لتسألها إليسا قائلة", "تلك القصة التي روتها هيفاء ...، مشيرة إلى": a
** participle whose sentence opens with no verb and its subject speaks for the
** last person named before it in subject position in its sentence, else the
** first person named there (outside quotation marks, not after a
** preposition: "دعمها لحماقي"). */
static int person_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    naba_off from = lx->v[sentence_start(c, i)].start;
    size_t first = SIZE_MAX, subj = SIZE_MAX, list_end = SIZE_MAX;
    for (size_t m = 0; m < c->doc->mentions.n; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (mm->start >= lx->v[i].start) break;
        size_t a = lx_find(lx, mm->start);
        if (mm->type != NABA_ENT_PER || mm->start < from || c->seg_of[a] >= 0) continue;
        /* "إلى جوار حميد الشاعري وعمرو مصطفى والشاعر تامر حسين": the names
        ** joined to one after a preposition are after it too */
        int joined = list_end <= a && a <= list_end + 1 && (str_has_prefix(lx->v[a].key, "و") ||
                                                             str_has_prefix(lx->v[list_end].key, "و"));
        if (opens_with_adp(c, a) || beside(c, a) || joined) {
            list_end = lx_find(lx, mm->end - 1) + 1;
            continue;
        }
        if (first == SIZE_MAX) first = m;
        if (subject_position(c, a)) subj = m;
    }
    size_t m = subj != SIZE_MAX ? subj : first;
    if (m == SIZE_MAX) return 0;
    size_t b = person_phrase_end(c, m);
    return b <= i && make_speaker(c, lx_find(lx, c->doc->mentions.v[m].start), b, sp);
}

/* "وكان الرئيس الأمريكي دونالد ترامب أعلن الجمعة ... . وقال في تغريدة":
** a verb opening its sentence with no subject of its own goes on for the
** person who opens the sentence before (as its subject, within its first
** three words after و / كان), when that sentence quoted nobody. */
static int prev_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t s0 = sentence_start(c, i);
    if (!opens_sentence(c, i) || s0 == 0) return 0;
    size_t s1 = sentence_start(c, s0 - 1);
    if (c->para[s1] + 1 < c->para[s0] || (c->last.have && c->last_at >= s1)) return 0;
    for (size_t m = 0; m < c->doc->mentions.n; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (mm->start < lx->v[s1].start) continue;
        if (mm->start >= lx->v[s0].start) break;
        size_t a = lx_find(lx, mm->start);
        if (a > s1 + 3) break;
        if (mm->type != NABA_ENT_PER || beside(c, a)) continue;
        if (!make_speaker(c, a, person_phrase_end(c, m), sp)) return 0;
        c->last = *sp;   /* the next "وأضاف" goes on for this person too */
        c->last_gender = 0;
        return 1;
    }
    return 0;
}

/* The speaker after a cue at [i, i+k), else before it, else the last one.
** "نقلت الصحيفة عن X": X, whom the paper relays, is the speaker. */
static size_t read_speaker(ctx *c, size_t i, size_t k, int participle, const char *lemma, speaker *sp,
                           int *implicit) {
    const lx_text *lx = c->lx;
    size_t j = i + k;
    *implicit = 0;
    /* a participle, or a verbal noun after a preposition (من خلال حث, بعد
    ** تأكيده), speaks for the subject of its clause */
    int noun = i > 0 && lx->v[i].gap < 2 && !is_q(c, i - 1, Q_RELATIVE, WT_CONJ) && !is_q(c, i - 1, Q_AS, WT_CONJ) &&
               !is_q(c, i - 1, Q_LEAD, WT_CONJ) && /* "حيث قال", "بينما أكد": a finite verb */
               (is_q(c, i - 1, Q_SPK_STOP, WT_CONJ) || is_q(c, i - 1, Q_PREP, WT_CONJ));
    /* "وأضاف ترامب قائلا:", "نقلت الوكالة عن المصدر قوله: ...، محملا": a
    ** participle goes on for the speaker of the last cue of its sentence */
    if (participle && c->last.have && c->last_at >= sentence_start(c, i) && c->last_at < i) {
        *sp = c->last;
        *implicit = 1;
        return j;
    }
    if ((participle || noun) && clause_subject(c, i, sp)) return j;
    if (participle && person_subject(c, i, sp)) return j;
    if (!participle) {
        /* "قال فيها إن", "ذكرت فيه مصادر أن": a pronoun pointing back at a
        ** noun; the subject, if any, comes after it */
        int resumptive = j < lx->n && is_q(c, j, Q_RESUMPTIVE, 0);
        if (resumptive) j++;
        else if (j + 1 < lx->n && lx->v[j + 1].gap < 2 && complement_pronoun(c, j) && !audience(c, j) &&
                 !opens_with_adp(c, j + 1))
            j++;
        size_t e = speaker_np(c, j), from;
        /* "وقال بموقعه إن": a prepositional phrase, the subject is unsaid */
        if (e > j && on_his(c, j)) e = j;
        if (e > j && !strcmp(lemma, "نقل")) {
            size_t e2 = relayed(c, e, &from);
            if (e2) { j = from; e = e2; }
        }
        if (e > j) { e = apposition(c, e); make_speaker(c, j, e, sp); return e; }
        /* "وفق عبد الله التي أوضحت", "تصريحات الشيرازي والتي قال": the
        ** phrase before the relative pronoun */
        if (relative_subject(c, i, resumptive, sp)) return j;
        /* "ليونيد فولكوف، قال فيها": the person before; "تصريحات قالت
        ** فيها": else the subject of the sentence */
        if (resumptive && (person_before(c, i, sp) || clause_subject(c, i, sp))) return j;
        /* "ونشر الاتحاد رسالة ...، ولكنه أشار": the pronoun is the subject of
        ** its sentence, else the previous speaker */
        if (is_q(c, i - 1, Q_PRON_LEAD, WT_CONJ) && clause_subject(c, i, sp)) return j;
        size_t se = subject_before(c, i, &from);
        if (se) { make_speaker(c, from, se, sp); return j; }
        if (author_before(c, i, sp)) return j;
        size_t le = late_subject(c, i, j, &from);
        if (le) { le = apposition(c, le); make_speaker(c, from, le, sp); return le; }
    }
    *implicit = 1;
    if (!prev_subject(c, i, sp)) carried_speaker(c, i, sp);
    return j;
}

static naba_status handle_cue(ctx *c, size_t i, size_t k, const wt_entry *e) {
    const lx_text *lx = c->lx;
    int participle = e->cls == Q_PARTICIPLE;
    const char *lemma = e->str;
    speaker sp;
    int implicit;
    size_t sent_from = sentence_start(c, i);
    /* “...” ، أضاف المسؤول */
    if (!participle) {
        size_t p = i;
        while (p > 0 && i - p < 3 && lx->v[p - 1].kind == LX_PUNCT && c->seg_of[p - 1] < 0) p--;
        if (p > 0 && c->seg_of[p - 1] >= 0) {
            seg *s = &c->segs[c->seg_of[p - 1]];
            if (!s->used && s->b == p - 1 && (p < i || lx->v[i].gap < 2) && !name_seg(c, s) &&
                words_between(c, s->a, s->b + 1) > 2) {
                size_t j = i + k, se = speaker_np(c, j);
                if (se > j) { make_speaker(c, j, se, &sp); implicit = 0; }
                else { carried_speaker(c, i, &sp); implicit = 1; }
                return emit_seg(c, s, NABA_QUOTE_DIRECT, 0, lemma, i, i + k, &sp, implicit,
                                NABA_QUOTE_AFTER, 0.9f, sentence_start(c, s->a));
            }
        }
    }
    size_t j;
    if (e->cls == Q_PASSIVE) { /* "وقيل إن": nobody named */
        memset(&sp, 0, sizeof sp);
        sp.entity = -1;
        implicit = 0;
        j = i + k;
    } else
        j = read_speaker(c, i, k, participle, lemma, &sp, &implicit);
    found f = find_content(c, j, e->cls == Q_VERB_PREP);
    int mixed;
    switch (f.kind) {
    case K_COMP: {
        size_t a = f.at + 1;
        if (a >= lx->n) return NABA_OK;
        size_t end = content_to(c, a, &mixed);
        if (end <= a) return NABA_OK;
        return emit(c, lx->v[a].start, lx->v[end - 1].end, mixed ? NABA_QUOTE_MIXED : NABA_QUOTE_INDIRECT,
                    lemma, i, i + k, &sp, implicit, 0, 0.85f, sent_from, end);
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
        if (end <= a || words_between(c, a, end) < 2) return NABA_OK;
        return emit(c, lx->v[a].start, lx->v[end - 1].end, NABA_QUOTE_DIRECT, lemma, i, i + k, &sp,
                    implicit, 0, 0.75f, sent_from, end);
    }
    case K_SEG: {
        seg *s = &c->segs[f.at];
        if (s->used) return NABA_OK;
        /* words before a short quote make it part of reported speech: أعلن نفسه “بالرضا” */
        const lx_unit *fb = &lx->v[f.first];
        int audience = fb->kind == LX_WORD && ((str_has_prefix(fb->key, "ل") && strlen(fb->key) > 4) ||
                                              is_q(c, f.first, Q_SPK_STOP, 0));
        if (f.words > 0 && f.words <= 6 && !audience && lx_is(lx, f.first, ',') == 0)
            return emit_seg(c, s, NABA_QUOTE_MIXED, f.first, lemma, i, i + k, &sp, implicit, 0, 0.8f, sent_from);
        if (f.words > 0 && lx_is(lx, f.first, ',')) {
            /* an appositive: "وقال ترامب ، الذي ضغط ... ، سوف يجتمع ... “...”" */
            size_t k2 = f.first + 1;
            while (k2 < s->a && !lx_is(lx, k2, ',')) k2++;
            if (k2 + 1 < s->a && words_between(c, k2 + 1, s->a) > 0 && words_between(c, k2 + 1, s->a) <= 6)
                return emit_seg(c, s, NABA_QUOTE_MIXED, k2 + 1, lemma, i, i + k, &sp, implicit, 0, 0.75f, sent_from);
        }
        return emit_seg(c, s, NABA_QUOTE_DIRECT, 0, lemma, i, i + k, &sp, implicit, 0, 0.85f, sent_from);
    }
    default: break;
    }
    /* "...، كما تقول الأمم المتحدة": the clause before is the claim */
    if (i > 0 && is_q(c, i - 1, Q_AS, WT_CONJ) && !implicit) {
        size_t b = i - 1;
        while (b > sent_from && lx->v[b - 1].kind == LX_PUNCT) b--;
        size_t a = sent_from > c->quoted_to ? sent_from : c->quoted_to;
        if (b > a && words_between(c, a, b) >= 3)
            return emit(c, lx->v[a].start, lx->v[b - 1].end, NABA_QUOTE_INDIRECT, lemma, i, i + k, &sp, 0,
                        NABA_QUOTE_AFTER, 0.6f, sent_from, j);
    }
    /* "وأضاف ترامب قائلا:": no content here, but the participle after it
    ** (or a later implicit cue) speaks for this subject */
    if (!implicit && sp.have) { c->last = sp; c->last_gender = naming_gender(c, lemma, i); c->last_at = i; }
    return NABA_OK;
}

/* وفقا لـ X / بحسب X: the claim is the clause before, or after at a sentence start. */
static naba_status handle_source(ctx *c, size_t i, size_t k, const wt_entry *e) {
    const lx_text *lx = c->lx;
    if (!strcmp(lx->v[i].key, "فحسب")) return NABA_OK; /* "only" */
    size_t j = i + k;
    if (j < lx->n && !strcmp(lx->v[j].key, "ل") && lx->v[j].gap < 2) j++; /* وفقا لـ X */
    /* "وفقا لما ذكرته السفيرة", "بحسب ما كشف شريكه": the speaker follows the verb */
    if (j + 2 < lx->n && (!strcmp(lx->v[j].key, "ما") || !strcmp(lx->v[j].key, "لما")) &&
        lx->v[j + 1].kind == LX_WORD) {
        const wt_entry *v;
        size_t kv = vmatch(c, j + 1, WT_BIT(Q_VERB) | WT_BIT(Q_VERB_PREP), WT_CONJ, &v);
        j += 1 + (kv ? kv : 1);
        if (j + 1 < lx->n && complement_pronoun(c, j)) j++; /* "لما أشارت إليه التقارير" */
    }
    size_t se = speaker_np(c, j), from;
    if (se == j) return NABA_OK;
    /* "وفق ما نقلته الوكالة عن مصادر": the relayed source */
    size_t se2 = relayed(c, se, &from);
    if (se2) { j = from; se = se2; }
    speaker sp;
    make_speaker(c, j, se, &sp);
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
    size_t sent_from = sentence_start(c, i);
    size_t a = sent_from > c->quoted_to ? sent_from : c->quoted_to;
    size_t b = i;
    while (b > a && lx->v[b - 1].kind == LX_PUNCT) b--;
    if (b > a && words_between(c, a, b) >= 3)
        return emit(c, lx->v[a].start, lx->v[b - 1].end, NABA_QUOTE_INDIRECT, e->str, i, i + k, &sp, 0,
                    NABA_QUOTE_AFTER, 0.6f, sent_from, se);
    if (words_between(c, sent_from, i) == 0) {
        size_t from = se;
        while (from < lx->n && lx->v[from].kind == LX_PUNCT && c->seg_of[from] < 0) from++;
        if (from < lx->n && is_q(c, from, Q_COMP, WT_CONJ)) from++;
        int mixed;
        size_t end = content_to(c, from, &mixed);
        if (end > from && words_between(c, from, end) >= 3)
            return emit(c, lx->v[from].start, lx->v[end - 1].end, mixed ? NABA_QUOTE_MIXED : NABA_QUOTE_INDIRECT,
                        e->str, i, i + k, &sp, 0, 0, 0.6f, sent_from, end);
    }
    return NABA_OK;
}

/* A quote no cue claimed: a long one is the previous speaker's words (unless
** a cue right after it will claim it, or a noun before it makes it a name). */
static naba_status leftover_segment(ctx *c, seg *g) {
    const lx_text *lx = c->lx;
    size_t p = g->b + 1;
    while (p < lx->n && p < g->b + 3 && lx->v[p].kind == LX_PUNCT && c->seg_of[p] < 0) p++;
    if (p < lx->n && cue_at(c, p)) return NABA_OK;
    if (name_seg(c, g)) return NABA_OK;
    int words = words_between(c, g->a + 1, g->b + 1);
    int near = c->last.have && g->para <= c->last_para + 1 && g->para >= c->last_para;
    if (words < 5 || (!near && words < 8)) return NABA_OK;
    return emit_seg(c, g, NABA_QUOTE_DIRECT, 0, NULL, 0, 0, near ? &c->last : NULL, near, 0, 0.5f,
                    sentence_start(c, g->a));
}

static int by_start(const void *a, const void *b) {
    const naba_quote *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

naba_status naba_quotes_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    lx_text lx;
    naba_status st = lx_scan(doc, &lx);
    if (st != NABA_OK || !lx.n) return st;
    ctx c = {0};
    c.st = state;
    c.lx = &lx;
    c.doc = doc;
    c.segs = naba_arena_alloc(doc->arena, lx.n * sizeof *c.segs);
    c.seg_of = naba_arena_alloc(doc->arena, lx.n * sizeof *c.seg_of);
    c.para = naba_arena_alloc(doc->arena, lx.n * sizeof *c.para);
    if (!c.segs || !c.seg_of || !c.para) return NABA_ERR_NOMEM;
    c.last.entity = -1;
    uint32_t para = 0;
    for (size_t k = 0; k < lx.n; k++) {
        if (k && lx.v[k].gap == 2) para++;
        c.para[k] = para;
        c.seg_of[k] = -1;
    }
    pair_marks(&c);
    merge_segments(&c);
    size_t first_quote = doc->quotes.n;
    for (size_t i = 0; i < lx.n; i++) {
        if (i < c.quoted_to) continue;
        if (c.seg_of[i] >= 0) {
            seg *g = &c.segs[c.seg_of[i]];
            if (g->a == i && !g->used) st = leftover_segment(&c, g);
            if (st != NABA_OK) return st;
            continue;
        }
        const wt_entry *e;
        size_t k = vmatch(&c, i, CUE_MASK, WT_CONJ, &e);
        /* "ويذكر أن", "يشار إلى أن": the writer's background, nobody's words */
        if (k && e->cls == Q_VERB && !strcmp(lx.v[i].key + (str_has_prefix(lx.v[i].key, "و") ? 2 : 0), "يذكر") &&
            i + 1 < lx.n && is_q(&c, i + 1, Q_COMP, 0))
            k = 0;
        /* "لا يوجد ما يدعو", "نفى ما قاله": a relative ما makes the verb a noun clause */
        if (k && i > 0 && lx.v[i].gap < 2 && (!strcmp(lx.v[i - 1].key, "ما") || !strcmp(lx.v[i - 1].key, "مما")))
            k = 0;
        if (k) st = handle_cue(&c, i, k, e);
        else if ((k = vmatch(&c, i, WT_BIT(Q_SOURCE), WT_CONJ | WT_PREP, &e))) st = handle_source(&c, i, k, e);
        if (st != NABA_OK) return st;
    }
    if (doc->quotes.n > first_quote)
        qsort(doc->quotes.v + first_quote, doc->quotes.n - first_quote, sizeof *doc->quotes.v, by_start);
    return NABA_OK;
}

quotes_state *quotes_state_from(const char *tsv, size_t n, naba_error *err) {
    wordtab *vt = wt_load_buf(tsv, n, "speech_verbs.tsv", quotes_classes, err);
    if (!vt) return NULL;
    quotes_state *s = malloc(sizeof *s);
    if (!s) { wt_free(vt); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    s->vt = vt;
    return s;
}

void *naba_quotes_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    wordtab *vt = wt_load_file(naba_data_path(data_dir, "data/speech_verbs.tsv", path, sizeof path),
                               quotes_classes, err);
    if (!vt) return NULL;
    quotes_state *s = malloc(sizeof *s);
    if (!s) { wt_free(vt); naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); return NULL; }
    s->vt = vt;
    return s;
}

void naba_quotes_close(void *state) {
    quotes_state *s = state;
    if (!s) return;
    wt_free(s->vt);
    free(s);
}
