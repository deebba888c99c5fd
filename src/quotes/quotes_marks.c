/*
** quotes_marks.c — quotation marks paired into segments, and the sentence
** around a unit (part of the quotes stage; quotes.c has the overview).
**
** Machine-translated news writes its marks the way the pairing here expects:
** “ used as a closing mark, « » and " mixed, a closing mark missing at the end
** of a paragraph, one quote broken into pieces by a stray word (“لم نتلق” نعم
** “روسية...”). Every rule of the stage reads these segments (ctx.segs,
** ctx.seg_of), so they are made once per document, before any cue is read.
*/
#include "quotes_ctx.h"
#include "affix.h"

enum { F_NONE = 0, F_CURLY, F_GUILL, F_SGUILL, F_DQ, F_SQ };

static int family(uint32_t cp) {
    switch (cp) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: return F_CURLY;
    case 0x00AB: case 0x00BB: return F_GUILL;
    case 0x2039: case 0x203A: return F_SGUILL;
    case '"': case 0xFF02: return F_DQ;
    default: return F_SQ;
    }
}

static int push_seg(ctx *c, size_t a, size_t b, int closed) {
    const lx_text *lx = c->lx;
    /* single quotes only for short spans: they are also apostrophes */
    if (family(lx_punct(lx, a)) == F_SQ && (!closed || b - a > 40)) return 0;
    if (b <= a + 1) return 0; /* nothing inside */
    c->segs[c->nseg++] = (seg){.a = a, .b = b, .closed = closed, .para = c->para[a]};
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

/* A short quoted name before the words, after a colon or a comma: the
** speaker ('وأردف "الملا": "الوزير وجّه ..."'), the medium ('قال لصحيفة
** «فايزر»: «إنه نظام ...»') or a name in an apposition ('أحد الداعمين لمشروع
** "تويتر"، "حتى الآن ..."'), not a piece of the quote. A list of short quoted
** phrases ('"بساط الفقر"، "درب الزلق"، و"باي باي لندن"') is none: the
** segment after the name is longer than a name, right after the mark. */
int q_labels(const ctx *c, const seg *p, const seg *q) {
    const lx_text *lx = c->lx;
    size_t m = p->b + 1;
    return p->closed && q->a == m + 1 && (lx_is(lx, m, ':') || lx_is(lx, m, ',')) &&
           q_words_between(c, p->a, p->b + 1) <= 3 && q_words_between(c, q->a, q->b + 1) > 3;
}

/* Two short quoted names with one preposition between them ('مع "الجوهرة
** أف أم" عبر "بوليتيكا"، إن'): a station and its programme, each a name of
** the aside, not two pieces of one quote; not a lone letter ('«الإليترات» ل
** «التيفوات» من أي نوع', words of a decision). */
int q_names_by_preposition(const ctx *c, const seg *p, const seg *q) {
    size_t m = p->b + 1;
    return q->a == m + 1 && q->closed && q_head_upos(c, m) == NABA_UPOS_ADP && strlen(c->lx->v[m].key) > 2 &&
           !str_has_prefix(c->lx->v[m].key, "و") &&
           q_words_between(c, p->a, p->b + 1) <= 4 && q_words_between(c, q->a, q->b + 1) <= 4;
}

/* Join pieces of one quote: only punctuation between them, or a few words
** with no speech verb, complementizer or sentence end (“لم نتلق” نعم
** “روسية...”), but not a name before the words (q_labels, or a name
** after a word that names, q_name_seg: لصحيفة "ديلي تلغراف" إن "المادة 50
** ..."). Two short ones stay joined: a list of names ("العار" ومسلسل "عائلة
** الحاج متولي"). */
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
                /* "أكد «المرصد ...»، أن «...»": a complementizer between a
                ** quoted name and the words */
                if (cue_at(c, k) || is_q(c, k, Q_SOURCE, WT_CONJ) || is_q(c, k, Q_COMP, 0)) ok = 0;
            }
            int join = ok && (words == 0 || (words == 1 && !ends && !q_names_by_preposition(c, p, q))) &&
                       !q_labels(c, p, q);
            c->segs[s].after_name = join && q_name_seg(c, p) && q_words_between(c, q->a, q->b + 1) > 3;
            if (join && !c->segs[s].after_name) {
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

void q_read_segments(ctx *c) {
    pair_marks(c);
    merge_segments(c);
}

/* Is unit k an adjective of origin (الفرنسية, المصري) after a namer? */
static int nisba_after_namer(const ctx *c, size_t k) {
    const char *key = c->lx->v[k].key;
    return c->lx->v[k].kind == LX_WORD && q_head_upos(c, k) == NABA_UPOS_ADJ &&
           (str_has_suffix(key, "ي") || str_has_suffix(key, "يه")) && is_q(c, k - 1, Q_NAMER, WT_CONJ | WT_PREP | WT_DEF);
}

/* A quoted name rather than speech: after a noun like برنامج, or glued to the
** word before it (لـ"العربية.نت") or after a preposition's letter standing
** alone (وقالت ل "الرياض ":, a newspaper told), or after a namer and its
** adjective of origin (الجمعية الفرنسية "النجدة الشعبية") or a reporter
** (لمراسل "الجوهرة أف أم", the medium the reporter works for) or a platform
** after عبر, على (عبر "تويتر"). Before a colon the noun stands alone
** (كتابا عنوانه: «...», بحسب كتاب: "..."), not after a cue ("وتابع باسم:"
** is a name, read as ب اسم); "وجاء بأهداف المشروع:" holds a document's
** words. */
int q_name_seg(const ctx *c, const seg *s) {
    const lx_text *lx = c->lx;
    if (s->a == 0) return 0;
    if (is_q(c, s->a - 1, Q_NAMER, WT_CONJ | WT_PREP | WT_DEF)) return 1;
    if (is_q(c, s->a - 1, Q_REPORTER, WT_CONJ | WT_PREP | WT_DEF) && q_words_between(c, s->a, s->b + 1) <= 4) return 1;
    if (s->a >= 2 && nisba_after_namer(c, s->a - 1) && q_words_between(c, s->a, s->b + 1) <= 4) return 1;
    if (s->a >= 3 && lx_is(lx, s->a - 1, ':') && is_q(c, s->a - 2, Q_NAMER, WT_CONJ) && !cue_at(c, s->a - 3)) return 1;
    /* a platform or a statement in marks after a preposition of medium or عن
    ** (كشفت الوزارة عبر "تويتر" عن, نقلا عن "بيان سلام وصداقة مشترك"): the
    ** channel's name, not speech */
    if ((is_q(c, s->a - 1, Q_MPREP, WT_CONJ) || !strcmp(lx->v[s->a - 1].key, "عن")) &&
        q_words_between(c, s->a, s->b + 1) <= 4 && is_q(c, s->a + 1, Q_MEDIUM, 0))
        return 1;
    static const char *const letters[] = {"ل", "لـ", NULL};
    return lx->v[s->a - 1].kind == LX_WORD && (lx->v[s->a].gap == 0 || str_in(lx->v[s->a - 1].key, letters)) &&
           q_words_between(c, s->a, s->b + 1) <= 4;
}

/* End (exclusive unit) of the sentence from unit i, stepping over quotes. */
size_t q_clause_end(const ctx *c, size_t i) {
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
size_t q_sentence_start(const ctx *c, size_t i) {
    size_t k = i;
    while (k > 0 && c->para[k - 1] == c->para[i] && !(c->lx->v[k - 1].sent_end && c->seg_of[k - 1] < 0))
        k--;
    return k;
}
