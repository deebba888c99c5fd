/*
** events_time.c — negation and time of an event: a negation before its verb,
** the article's date (the input's, else the text's first full date), the
** date expression of the event's sentence (not a future one for a reported
** event), dates a year or more old (history, told as background) and
** chronology entries ("* 21 مايو 2005: اغتيال ...") that list old events on
** purpose.
*/
#include "calendar.h"
#include "events_int.h"

#include <stdio.h>
#include <string.h>

int ev_unless(const ev_work *w, size_t t) {
    static const char *const ma[] = {"ما", "وما", NULL};
    /* "وهو ما لم يحدث", "إلى ما لم تصل": "ما" is "what", and "لم" negates */
    static const char *const what[] = {"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "هذه", "وهذه", "ذلك", "تلك",
                                       "كل", "وكل", "الي", "علي", "من", "عن", "في", NULL};
    size_t cs = w->toks[t].clause_start;
    return t > cs && !strcmp(w->toks[t].key, "لم") && ev_key_in(&w->toks[t - 1], ma) &&
           !(t > cs + 1 && ev_key_in(&w->toks[t - 2], what));
}

/* A negation within two words before the word, unless the word right after
** the particle makes it none: "لا يزال يحتج" (still), "لا سيما" (especially),
** "طائرة بدون طيار قصفت" (a drone), "ليس فقط" (not only); nor is the "لم"
** of "ما لم" (unless), a condition. */
int ev_negated(const ev_work *w, size_t anchor) {
    size_t cs = w->toks[anchor].clause_start;
    for (size_t k = 1; k <= 2 && anchor >= cs + k; k++)
        if ((w->toks[anchor - k].cue & EVC_NEGATE) && !(w->toks[anchor - k + 1].cue & EVC_AFFIRM) &&
            !ev_unless(w, anchor - k))
            return 1;
    return 0;
}

/* "نفى مستشار الأمن القومي أن يكون الرئيس قد طلب من البنتاغون": what a
** denial says did not happen is negated. The event's clause opens with "أن"
** + a present of "كان" ("يكون", "تكون"), within DENIAL_REACH words of a verb
** of denial before it in the sentence (session 27). */
enum { DENIAL_REACH = 12 };
int ev_denied(const ev_work *w, size_t anchor) {
    static const char *const be[] = {"يكون", "تكون", "يكونوا", "يكونا", "تكونا", NULL};
    static const char *const deny[] = {"نفي", "نفت", "نفوا", "ينفي", "تنفي", "ونفي", "ونفت", "ونفوا", "وينفي", "وتنفي", NULL};
    size_t cs = w->toks[anchor].clause_start, be_at = anchor;
    for (size_t t = anchor; t-- > cs && t + DENIAL_REACH > anchor;)
        if (ev_key_in(&w->toks[t], be)) {
            be_at = t;
            break;
        }
    if (be_at == anchor || be_at == 0 || strcmp(w->toks[be_at - 1].key, "ان")) return 0;
    uint32_t sent = w->doc->tokens.v[anchor].sent;
    for (size_t t = be_at - 1; t-- > 0 && t + DENIAL_REACH > be_at && w->doc->tokens.v[t].sent == sent;)
        if (ev_key_in(&w->toks[t], deny)) return 1;
    return 0;
}

/* Is ISO date a after b? Compared on the parts both give ("2025-09" is after
** "2025-05-16"); a week date is not comparable this way. */
static int date_after(const char *a, const char *b) {
    if (!a || !b || strchr(a, 'W') || strchr(b, 'W')) return 0;
    size_t n = 0;
    while (a[n] && b[n] && a[n] != 'T' && b[n] != 'T') n++;
    return n >= 4 && memcmp(a, b, n) > 0;
}

/* The article's date, ISO: the input's (its day, read once by naba_doc_load:
** a feed's "Sun, 18 Feb 2018 ..." compared as a string is never before
** anything), else the first full date of the text (as the dates stage anchors
** relative dates). */
const char *ev_article_date(const naba_doc *doc) {
    if (doc->day) return doc->day;
    for (size_t k = 0; k < doc->timexes.n; k++) {
        const naba_timex *x = &doc->timexes.v[k];
        if (x->resolution == NABA_TIMEX_ABSOLUTE && strlen(x->value) >= 10 && !strchr(x->value, 'W')) return x->value;
    }
    return NULL;
}

/* Is ISO date a plainly before b: a day more than a week before it, a
** month or a year before its month or year, a week ("2018-W20") or a season
** ("2016-22", ISO 8601-2) of an earlier year? A day of the week before is
** not: the dates stage may put the weekday of a present-tense report there
** ("ويصل ترامب الخميس"), and a scene is told in the present ("وهم يهتفون
** مساء السبت"). */
static int plainly_before(const char *a, const char *b) {
    int y, m, d, by, bm, bd;
    if (!a || !b || sscanf(b, "%4d-%2d-%2d", &by, &bm, &bd) != 3) return 0;
    if (strchr(a, 'W') || (strlen(a) == 7 && a[5] == '2')) return strncmp(a, b, 4) < 0;
    int n = sscanf(a, "%4d-%2d-%2d", &y, &m, &d);
    if (n == 3) return cal_days(y, m, d) < cal_days(by, bm, bd) - 7;
    return strncmp(a, b, n == 2 ? 7 : 4) < 0;
}

/* The sentence's first date expression that names a date (a time of day
** alone, "الساعة 10:30 مساء", is "T22:30": no date; a day that names an
** event or a place, "بعد هجمات 11 سبتمبر", none either); for a reported (not
** hypothetical) event, not one after the article's date: "كان الوزير في
** مينسك لمناقشة تدريبات في سبتمبر" dates the exercises to come, not the
** visit; for one told in the present, not one plainly before it either:
** "تتهمه أنقرة بتدبير محاولة الانقلاب صيف 2016" dates the coup, the
** accusation is the article's. */
int32_t ev_event_timex(const ev_work *w, uint32_t sent, int reported, int present) {
    const naba_doc *doc = w->doc;
    const char *today = reported ? w->today : NULL;
    for (uint32_t j = sent < w->n_timex_sents ? w->timex_first[sent] : 0, je = sent < w->n_timex_sents ? w->timex_first[sent + 1] : 0; j < je; j++) {
        uint32_t k = w->timex_of[j];
        const naba_timex *x = &doc->timexes.v[k];
        if (x->value[0] == 'T' || x->resolution == NABA_TIMEX_NAME) continue;
        if (today && x->resolution != NABA_TIMEX_UNRESOLVED &&
            (date_after(x->value, today) || (present && plainly_before(x->value, today))))
            continue;
        return (int32_t)k;
    }
    return -1;
}

/* The date expressions of each sentence, in the document's order: the
** timexes of sentence s are timex_of[timex_first[s] .. timex_first[s + 1]),
** so an event reads its sentence's, not every one (length x length on one
** long line). 0, or -1 when out of memory. */
int ev_index_timexes(ev_work *w) {
    const naba_doc *doc = w->doc;
    size_t n = 0; /* a size_t: sentence UINT32_MAX + 1 does not wrap to 0 */
    for (size_t k = 0; k < doc->timexes.n; k++)
        if (doc->timexes.v[k].sent >= n) n = (size_t)doc->timexes.v[k].sent + 1;
    w->n_timex_sents = n;
    if (!n) return 0;
    uint32_t *first = naba_arena_alloc(doc->arena, (n + 1) * sizeof *first);
    uint32_t *of = naba_arena_alloc(doc->arena, doc->timexes.n * sizeof *of);
    if (!first || !of) return -1;
    for (size_t k = 0; k < doc->timexes.n; k++) first[(size_t)doc->timexes.v[k].sent + 1]++;
    for (size_t s = 0; s < n; s++) first[s + 1] += first[s];
    /* each sentence's start moves to its end as it is filled, in order */
    for (size_t k = 0; k < doc->timexes.n; k++) of[first[doc->timexes.v[k].sent]++] = (uint32_t)k;
    for (size_t s = n; s > 0; s--) first[s] = first[s - 1];
    first[0] = 0;
    w->timex_first = first;
    w->timex_of = of;
    return 0;
}

/* Does a date lie a year or more before the article's? Years are compared
** alone when the date gives no month ("عام 2005"). */
int ev_history(const ev_work *w, const naba_timex *x) {
    if (!w->has_day || x->resolution == NABA_TIMEX_UNRESOLVED) return 0;
    int y = 0, m = 0;
    if (sscanf(x->value, "%4d-%2d", &y, &m) < 1 || y < 1000 || strchr(x->value, 'W')) return 0;
    int ay, am, ad;
    cal_civil(w->day, &ay, &am, &ad);
    if (!m) return y < ay;
    return (ay * 12 + am) - (y * 12 + m) >= 12;
}

/* The date expression of the event's sentence nearest its verb: "في شهر
** شباط الماضي ... العقل المدبر عام 1983 لشاحنة المتفجرات ... وأدت الى مقتل" */
int32_t ev_nearest_timex(const ev_work *w, const naba_event *ev) {
    int32_t best = -1;
    naba_off bd = 0;
    for (uint32_t j = ev->sent < w->n_timex_sents ? w->timex_first[ev->sent] : 0,
                  je = ev->sent < w->n_timex_sents ? w->timex_first[ev->sent + 1] : 0; j < je; j++) {
        uint32_t k = w->timex_of[j];
        const naba_timex *x = &w->doc->timexes.v[k];
        naba_off d = x->end <= ev->verb_start ? ev->verb_start - x->end : x->start >= ev->verb_end ? x->start - ev->verb_end : 0;
        if (best < 0 || d < bd) best = (int32_t)k, bd = d;
    }
    return best;
}

/* A chronology entry: a date and a colon before a verbless clause, or a
** sentence that opens with a bullet ("* روسيا 24 مارس 2001 مقتل شرطيين"). */
int ev_chronology(const ev_work *w, size_t anchor) {
    const naba_doc *doc = w->doc;
    if (ev_verbless_clause(w, anchor)) return 1;
    uint32_t sent = doc->tokens.v[anchor].sent;
    if (sent >= doc->sents.n) return 0;
    const naba_token *f = &doc->tokens.v[doc->sents.v[sent].tok_first];
    return f->kind == NABA_TOK_PUNCT;
}
