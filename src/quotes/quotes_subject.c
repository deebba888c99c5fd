/*
** quotes_subject.c — which phrase speaks for a cue: the phrase after the verb,
** a subject before it, a subject after a date, an audience or a medium, the
** phrase before a relative pronoun, the subject of the clause for a
** participle, the person opening the sentence before, or the previous speaker
** (part of the quotes stage; quotes.c has the overview).
**
** Each rule is a fallback of q_read_speaker, tried in its order; the rules
** share the speaker phrase of quotes_speaker.c.
*/
#include "quotes_ctx.h"
#include "affix.h"

#include <string.h>

/* Does the phrase at unit k follow a noun used as a preposition of place
** ("إلى جوار حميد الشاعري", "بجانب X": the person is beside the subject)? */
static int beside(const ctx *c, size_t k) {
    return k > 0 && is_q(c, k - 1, Q_BESIDE, WT_CONJ);
}

/* Unit k is ب + a noun + a pronoun (بموقعه, بحسابه): "by his ...", no
** subject. Names that open with ب or ل (بوتين, لاغارد) have no pronoun. */
static int on_his(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    int w = lx_word_at(d, c->lx->v[k].start);
    if (w < 0 || d->words.v[w].upos != NABA_UPOS_ADP || !d->words.v[w].form || strcmp(d->words.v[w].form, "ب"))
        return 0;
    int last = q_last_word(c, w, k);
    return last >= w + 2 && d->words.v[last].upos == NABA_UPOS_PRON;
}

/* Is unit j, after the cue at unit i, "also" before the cue's subject
** ("وقال أيضاً الطالبان أسامة المالكي، وحمد الشايب:", "وأعربت أيضا بعض
** عاملات الجنس عن قلقهن")? Only when what the cue takes (a complementizer,
** a colon, marks, a preposition) follows the phrase after it, or a comma
** after a person's name: "وذكر كذلك تويتر وفيسبوك، وقال" names an object. Not after a pronoun before the
** verb, nor after a verb whose object comes before its preposition ("ولكنها
** حثت أيضا واشنطن على"). */
static int subject_after_also(const ctx *c, size_t i, size_t j) {
    static const char *const words[] = {"ايضا", "كذلك", NULL};
    const lx_text *lx = c->lx;
    if (j + 1 >= lx->n || lx->v[j].kind != LX_WORD || !str_in(lx->v[j].key, words) ||
        is_q(c, i - 1, Q_PRON_LEAD, WT_CONJ) || is_q(c, i, Q_VERB_PREP, WT_CONJ))
        return 0;
    size_t e = q_subject_after(c, i, j + 1);
    return e > j + 1 && e < lx->n &&
           (is_q(c, e, Q_COMP, WT_CONJ) || lx_is(lx, e, ':') || c->seg_of[e] >= 0 || q_opens_with_adp(c, e) ||
            (lx_is(lx, e, ',') && q_has_person(c, lx->v[j + 1].start, lx->v[e - 1].end)));
}

/* Is the lemma a verb of telling, whose object is the one told (أبلغ,
** أخبر)? */
static int tells(const char *lemma) {
    static const char *const verbs[] = {"أبلغ", "أخبر", NULL};
    return str_in(lemma, verbs);
}

/* A folded key without the conjunction و or ف written on it. */
static const char *bare(const char *key) {
    return str_has_prefix(key, "و") || str_has_prefix(key, "ف") ? key + 2 : key;
}

/* The first unit of the sentence of unit i after a lead particle (وفي حين,
** لكن) and a comma after it (من جهتها،): where its verb stands when it
** opens with one. */
static size_t sentence_verb(const ctx *c, size_t i) {
    size_t s0 = q_sentence_start(c, i);
    const wt_entry *e0;
    size_t n = vmatch(c, s0, WT_BIT(Q_LEAD), WT_CONJ, &e0);
    return s0 + n + (n && s0 + n < i && lx_is(c->lx, s0 + n, ','));
}

/* Is unit v the verb عبّر with its subject and عن after it ("وعبر جلالته
** عن عزائه")? Unvowelled, the tagger reads it as the preposition عبر
** (across, via). */
static int abbara(const ctx *c, size_t v) {
    if (strcmp(bare(c->lx->v[v].key), "عبر")) return 0;
    size_t e = q_speaker_np(c, v + 1);
    return e > v + 1 && e < c->lx->n && !strcmp(c->lx->v[e].key, "عن");
}

/* Does the verb at unit i open its sentence (after و and a lead particle)? */
static int opens_sentence(const ctx *c, size_t i) {
    return sentence_verb(c, i) == i;
}

/* The gender of the singular past verb at unit k ('M' for وأضاف, 'F' for
** وأضافت), 0 otherwise. Only the past: the tagger reads past verbs of the
** تفاعل form as feminine presents (تساءل). verb_gender: only for a verb
** opening its sentence, which agrees with the subject after it. */
/* The features of the first verb among the words of unit k whose features
** hold both f1 and f2, NULL when none does. */
static const char *verb_with(const ctx *c, size_t k, const char *f1, const char *f2) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    int w = lx_word_at(d, u->start);
    for (size_t x = w < 0 ? d->words.n : (size_t)w; x < d->words.n && d->words.v[x].start < u->end; x++) {
        const char *f = d->words.v[x].feats;
        if (d->words.v[x].upos == NABA_UPOS_VERB && f && strstr(f, f1) && strstr(f, f2)) return f;
    }
    return NULL;
}

static int gender_of(const char *f) {
    return !f ? 0 : strstr(f, "Gender=Fem") ? 'F' : strstr(f, "Gender=Masc") ? 'M' : 0;
}

static int past_gender(const ctx *c, size_t k) {
    return gender_of(verb_with(c, k, "Aspect=Perf", "Number=Sing"));
}

/* The same for a singular present (ويراقب ... ويقول), where the tagger's
** confusion of تفاعل pasts with feminine presents is only a risk when one
** verb of a pair is past. */
static int present_gender(const ctx *c, size_t k) {
    return gender_of(verb_with(c, k, "Aspect=Imp", "Number=Sing"));
}

/* Does the verb at unit k carry a plural subject of its own, written with
** its suffix (وطالبوا, يقولون)? A verb before its subject agrees with it in
** the singular, so what follows such a verb is its object or the content,
** not its subject ("وطالبوا كل السلط المعنية بالتسريع"). The suffix is
** asked for as the tagger reads a misspelt singular (وأَضافا اللواء) as a
** plural, and a dual is left alone for the same reason. */
static int plural_verb(const ctx *c, size_t k) {
    const char *key = c->lx->v[k].key;
    size_t n = strlen(key);
    return (str_ends(key, n, "وا") || str_ends(key, n, "ون")) && verb_with(c, k, "Number=Plur", "Person=3");
}

/* Does a plural noun phrase open at unit k (آخرون, أربعة يابانيين: a
** number before its counted noun)? */
static int plural_head(const ctx *c, size_t k) {
    if (k + 1 < c->lx->n && q_head_upos(c, k) == NABA_UPOS_NUM) k++;
    int up = q_head_upos(c, k);
    return c->lx->v[k].kind == LX_WORD && (up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ || up == NABA_UPOS_PRON) &&
           lx_head_has(c->lx, k, "Number=Plur");
}

/* Is unit k a word in the accusative of manner, a derived participle or
** adverb (متحدثا, مخاطبا, مجددا, مؤخرا: م... with the ending ا) no name
** covers? A verb's subject is never in that case: "واضاف متحدثا للصحفيين"
** has its speaker elsewhere. A pronoun's ا (مراسلنا, محاميها) or a dual's
** (محطتا) is no such ending. */
static int manner_accusative(const ctx *c, size_t k) {
    static const char *const not_accusative[] = {"نا", "ها", "تا", NULL};
    const lx_unit *u = &c->lx->v[k];
    if (u->kind != LX_WORD || u->latin || u->klen < 10 || !str_has_prefix(u->key, "م") || !str_ends(u->key, u->klen, "ا"))
        return 0;
    for (const char *const *e = not_accusative; *e; e++)
        if (str_ends(u->key, u->klen, *e)) return 0;
    return !q_mention_at(c, k) && !is_q(c, k, Q_ANON, 0);
}

size_t q_subject_after(const ctx *c, size_t i, size_t j) {
    return plural_verb(c, i) ? j : q_speaker_np(c, j);
}

static int verb_gender(const ctx *c, size_t k) {
    return opens_sentence(c, k) ? past_gender(c, k) : 0;
}

/* The gender a cue verb (lemma, at unit k) gives the speaker it names; none
** for a relay ("وتنقل الصحيفة عن الزوجة": the verb agrees with the paper). */
int q_naming_gender(const ctx *c, const char *lemma, size_t k) {
    return strcmp(lemma, "نقل") ? verb_gender(c, k) : 0;
}

/* The previous speaker for a verb at unit i with no subject of its own: none
** when the verb opens its sentence ("وأضاف", "وتابعت") and its gender is not
** that of the verb that named them ("قالت الوزيرة ... . وأضاف" is someone
** else). A verb inside the sentence is left alone: in "وأوضح أن ماجدة ...،
** وكانت تؤكد أن" the speaker is still the one reporting. */
void q_carried_speaker(ctx *c, size_t i, speaker *sp) {
    int g = verb_gender(c, i);
    *sp = c->last;
    if (g && c->last_gender && g != c->last_gender) {
        memset(sp, 0, sizeof *sp);
        sp->entity = sp->related = -1;
    }
}

/* The speaker a relative pronoun or a resumptive pronoun points back at: the
** last person named before unit i in its sentence ("ليونيد فولكوف، قال فيها",
** "عبد الله التي أوضحت"). */
static int person_before(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t from = q_sentence_start(c, i);
    const naba_mention *best = NULL;
    const naba_doc *d = c->doc;
    naba_off to = lx->v[i].start;
    for (size_t m = naba_mention_from(c->doc, lx->v[from].start); m < d->mentions.n && d->mentions.v[m].start <= to; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->type != NABA_ENT_PER || mm->end > to) continue;
        if (!best || mm->end > best->end) best = mm;
    }
    if (!best) return 0;
    return q_make_speaker(c, lx_find(lx, best->start), lx_find(lx, best->end - 1) + 1, sp);
}

/* "جاء ذلك في تغريدة للطبطبائي ..., حيث قال:": with no subject of its own,
** the verb speaks for the author of a post or statement named earlier in its
** sentence. */
static int author_before(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    for (size_t k = q_sentence_start(c, i); k + 1 < i; k++) {
        const wt_entry *e;
        size_t m = vmatch(c, k, WT_BIT(Q_AUTHORED), WT_CONJ | WT_PREP | WT_DEF, &e);
        if (!m || k + m >= i) continue;
        size_t a = k + m;
        const lx_unit *u = &lx->v[a];
        if (u->kind != LX_WORD || u->latin || !str_has_prefix(u->key, "ل") || strlen(u->key) <= 6 || c->seg_of[a] >= 0)
            continue;
        size_t b = a + 1 < i ? q_speaker_np(c, a + 1) : a + 1; /* "لحزب الأمة" */
        if (b <= a + 1 || b > i) b = a + 1;
        return q_make_speaker(c, a, b, sp);
    }
    return 0;
}

/* A verb agrees with a relative pronoun: التي with a feminine verb (قالت,
** تقول), الذي and الذين with a masculine one. */
static int agrees(const ctx *c, size_t rel, size_t verb) {
    const char *r = c->lx->v[rel].key, *v = bare(c->lx->v[verb].key);
    if (str_has_prefix(r, "و")) r += 2;
    size_t n = strlen(v);
    int fem_verb = str_has_prefix(v, "ت") || (n > 2 && str_ends(v, n, "ت"));
    int fem_rel = !strcmp(r, "التي") || !strcmp(r, "اللتان") || !strcmp(r, "اللتين") || !strcmp(r, "اللواتي");
    return fem_verb == fem_rel;
}

/* Does a person or an organization name start inside the quotation s? */
static int quotes_name(const ctx *c, const seg *s) {
    const naba_doc *d = c->doc;
    naba_off to = c->lx->v[s->b].start;
    for (size_t m = naba_mention_from(c->doc, c->lx->v[s->a].end); m < d->mentions.n && d->mentions.v[m].start < to; m++)
        if (d->mentions.v[m].type == NABA_ENT_PER || d->mentions.v[m].type == NABA_ENT_ORG) return 1;
    return 0;
}

/* "الأمير خالد بن سلمان، الذي قال", "ذي دايلي مايل" التي رأت": before a
** relative pronoun at unit r, a comma after a person's or organization's
** name, or the closing mark of a short quotation (four words at most) in
** which one starts, ends the phrase the pronoun points at: that name. */
static int named_before(ctx *c, size_t r, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t p = r - 1;
    if (c->seg_of[p] >= 0) {
        const seg *s = &c->segs[c->seg_of[p]];
        return s->closed && s->b == p && q_words_between(c, s->a, s->b + 1) <= 4 && quotes_name(c, s) &&
               q_make_speaker(c, s->a, p + 1, sp);
    }
    if (p == 0 || !lx_is(lx, p, ',') || lx->v[p - 1].kind != LX_WORD) return 0;
    const naba_doc *d = c->doc;
    naba_off e = lx->v[p - 1].end;
    for (size_t m = q_mentions_over(c, lx->v[p - 1].start); m < d->mentions.n && d->mentions.v[m].start < e; m++) {
        const naba_mention *mm = &d->mentions.v[m];
        if (mm->end == e && (mm->type == NABA_ENT_PER || mm->type == NABA_ENT_ORG))
            return q_make_speaker(c, lx_find(lx, mm->start), p, sp);
    }
    return 0;
}

/* "وفق عبد الله التي أوضحت": the subject of a verb after a relative pronoun
** that agrees with it is the phrase before the pronoun (up to three words,
** back to a mark or a preposition). With a resumptive pronoun after the verb
** the phrase is what was said, and holds its speaker: "تصريحات الشيرازي
** والتي قال فيها". */
static int relative_subject(ctx *c, size_t i, int resumptive, speaker *sp) {
    const lx_text *lx = c->lx;
    if (i < 2 || !is_q(c, i - 1, Q_RELATIVE, WT_CONJ) || (!resumptive && !agrees(c, i - 1, i))) return 0;
    if (named_before(c, i - 1, sp)) return 1;
    size_t a = i - 1;
    while (a > 0 && i - 1 - a < 3 && lx->v[a - 1].kind == LX_WORD && lx->v[a].gap < 2 &&
           c->seg_of[a - 1] < 0 && !is_q(c, a - 1, Q_SPK_STOP, WT_CONJ) && !is_q(c, a - 1, Q_PREP, WT_CONJ) &&
           !is_q(c, a - 1, Q_SOURCE, WT_CONJ | WT_PREP) && !is_q(c, a - 1, Q_COMP, WT_CONJ) && !cue_at(c, a - 1))
        a--;
    return a < i - 1 && q_make_speaker(c, a, i - 1, sp);
}

/* "وكان وزير الداخلية، جيرار كولومب، الجمعة، قد أعلن أن": the subject of
** كان that opens the sentence speaks through the verb after قد. Without قد
** ("وكان المتحدث الرسمي لشرطة جدة العقيد ... القرشي أعلن أول من أمس أن",
** "وكان الوزير يقول إن") the subject must run right up to the verb and name
** a person or one who speaks. */
static size_t kana_subject(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    if (cue < 2) return 0;
    int qad = cue >= 3 && (!strcmp(lx->v[cue - 1].key, "قد") || !strcmp(lx->v[cue - 1].key, "لقد"));
    size_t k = q_sentence_start(c, cue);
    const char *key = bare(lx->v[k].key);
    if (strcmp(key, "كان") && strcmp(key, "كانت")) return 0;
    size_t e = q_speaker_np(c, k + 1);
    if (e == k + 1 || (qad && e >= cue)) return 0;
    *from = k + 1;
    if (qad) return q_apposition(c, e);
    /* up to the verb, or to the comma after a name in apposition: "وكان
    ** وزير الخارجية الأمريكي، ريكس تليرسون، قال" */
    if (e != cue && ((e = q_apposition(c, e)) + 1 != cue || !lx_is(lx, e, ','))) return 0;
    return q_has_person(c, lx->v[k + 1].start, lx->v[e - 1].end) || q_speaks(c, k + 1) ? e : 0;
}

/* "أما مدير البرنامج ... فأكد أن", "أما كارودزو رئيس البلاد فناشد": the
** topic after أما is the subject of the verb that ف opens, whatever follows
** the verb (فناشد المدرب: the one appealed to). The end of the subject, 0
** when there is none. */
static size_t amma_subject(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    if (!str_has_prefix(lx->v[cue].key, "ف")) return 0;
    for (size_t k = cue; k > 0 && cue - k < 14; k--) {
        const lx_unit *p = &lx->v[k - 1];
        if ((p->kind == LX_PUNCT && !lx_is(lx, k - 1, ',')) || c->seg_of[k - 1] >= 0 || lx->v[k].gap == 2 ||
            k - 1 < c->quoted_to)
            return 0;
        if (strcmp(bare(p->key), "اما")) continue;
        if (k >= cue) return 0;
        size_t e = q_speaker_np(c, k);
        if (e == k) return 0;
        *from = k;
        return e > cue ? cue : e;
    }
    return 0;
}

/* "رئيس حزب القوات اللبنانية، سمير جعجع، اعتبر أن", "ستيوارت فولر،
** الشريك الإداري في ...، قال إنه": a subject and its apposition between
** commas before a verb without و. The sentence (or a complementizer: جدير
** بالذكر أن) opens with a noun phrase that runs to the first comma, the
** apposition after it holds no cue or complementizer, and no verb (outside a
** name) unless it opens with وهو or a relative pronoun ("آيزاك ماو، وهو
** مستثمر ... تطور شركته سماعات، يقول إن"), and one of the two names a
** person or the first speaks ("فإن الإعلان، الذي صدر السبت، أوضح أن"). A
** lead particle may open the sentence (ولكن نوري محمود، ...، قال). The subject with its apposition, as q_apposition gives it after a
** verb; its end (the comma before the verb, or the first one before a lead
** particle), 0 none. */
static size_t subject_in_commas(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    size_t p = cue - 1, k = p, comma = 0;
    int verb = 0;
    /* back to the start of the paragraph, a mark that ends a clause or a
    ** complementizer (lx_is_boundary is also true of a paragraph's first
    ** unit, which may be the subject's) */
    while (k > 0 && p - k < 24 && lx->v[k].gap != 2) {
        const lx_unit *u = &lx->v[k - 1];
        if (u->sent_end || lx_is(lx, k - 1, ':') || lx_is(lx, k - 1, ';') || c->seg_of[k - 1] >= 0 ||
            k - 1 < c->quoted_to || is_q(c, k - 1, Q_COMP, WT_CONJ))
            break;
        if (lx_is(lx, k - 1, ',')) {
            if (comma) return 0;
            comma = k - 1;
        } else if (u->kind != LX_WORD || cue_at(c, k - 1))
            return 0;
        else if (q_has_verb(c, k - 1) && q_past_mention(c, k - 1) == k - 1) { /* كويجس read as a verb */
            if (comma) return 0;
            verb = 1;
        }
        k--;
    }
    const wt_entry *le;
    size_t kl = vmatch(c, k, WT_BIT(Q_LEAD), WT_CONJ, &le);
    if (kl && k + kl < comma) k += kl;
    /* "رئيس اللجنة في مجلس النواب، مايكل ماكول، قال": a title cut at the
    ** preposition of its place runs to its name, which is the apposition */
    size_t np = comma > k ? q_speaker_np(c, k) : k;
    if (np != comma && np < comma && q_title_place_name(c, k, np) == p) np = comma;
    if (!comma || comma == k || p - k >= 24 || np != comma || q_words_between(c, comma + 1, p) == 0 ||
        !(q_has_person(c, lx->v[k].start, lx->v[p - 1].end) || q_speaks(c, k)))
        return 0;
    if (verb && !is_q(c, comma + 1, Q_RELATIVE, WT_CONJ) && strcmp(lx->v[comma + 1].key, "وهو") &&
        strcmp(lx->v[comma + 1].key, "وهي"))
        return 0;
    *from = k;
    /* "غوارديولا، من جانبه، اعتبر": a lead particle is no apposition, nor
    ** is a relative clause ("الإعلان، الذي صدر السبت، أوضح") */
    return is_q(c, comma + 1, Q_LEAD, WT_CONJ) || is_q(c, comma + 1, Q_RELATIVE, WT_CONJ) ? comma : p;
}

/* "بعد بيانات أميركية أظهرت أن", "نقلت عن مصادر مطلعة قالت إن": a verb
** without و right after an indefinite noun that speaks or figures (and up
** to two indefinite words after it), in a clause that has had its verb,
** opens a relative clause on that noun — its subject. Not a noun the clause opens
** with (وفي مقابلة تلفزيونية قال: an adverbial before the verb). The
** noun's unit, 0 none. */
static size_t indefinite_antecedent(const ctx *c, size_t cue) {
    const lx_text *lx = c->lx;
    size_t a = cue;
    while (a > 0 && cue - a < 3) {
        size_t k = a - 1;
        int up = q_head_upos(c, k), w = lx_word_at(c->doc, lx->v[k].start);
        if (lx->v[k].kind != LX_WORD || lx->v[k].latin || lx->v[k + 1].gap == 2 || c->seg_of[k] >= 0 ||
            w != lx_head_word(lx, k) || (up != NABA_UPOS_NOUN && up != NABA_UPOS_ADJ) ||
            !lx_head_has(c->lx, k, "Definite=Ind"))
            break;
        a = k;
    }
    /* only a noun that speaks (مصادر, مسؤولون) or figures (بيانات); another
    ** document or a statement (not a paper: صحيفة) has its issuer as the clause's subject (أصدر
    ** المركز بيانا يحذر, تقدمت الكويت بمسودة بيان يدعو) */
    const wt_entry *e;
    int document = vmatch(c, a, WT_BIT(Q_DOCUMENT), WT_PREP | WT_DEF, &e) > 0;
    if (a == cue || q_head_upos(c, a) != NABA_UPOS_NOUN || q_speaker_np(c, a) == a ||
        (document ? strcmp(e->str, "data") != 0
                  : (vmatch(c, a, WT_BIT(Q_MEDIUM), WT_PREP | WT_DEF, &e) && strcmp(e->str, "platform")) ||
                        !q_speaks(c, a)))
        return 0;
    /* back to the sentence's start, within 40 units (a line may be one long sentence) */
    size_t s = q_sentence_start(c, cue);
    if (a > s + 40) s = a - 40;
    for (size_t k = a; k-- > s;) {
        if (lx->v[k].kind == LX_PUNCT || c->seg_of[k] >= 0 || is_q(c, k, Q_COMP, WT_CONJ)) return 0;
        if (q_has_verb(c, k) && q_past_mention(c, k) == k) return a;
    }
    return 0;
}

/* "... بطل الدوري الأوروبي لكن المدرب لويس إنريكي أكد أن": does a lead
** particle that opens a clause of its own (لكن, بينما, في حين; not كان,
** whose subject may stand before it) end right before unit k? Its first
** unit, or k when none does. */
static size_t clause_lead_before(const ctx *c, size_t k) {
    for (size_t n = 1; n <= 2 && n <= k; n++) {
        const wt_entry *e;
        if (vmatch(c, k - n, WT_BIT(Q_LEAD), WT_CONJ, &e) == n &&
            !str_has_prefix(bare(c->lx->v[k - n].key), "كان"))
            return k - n;
    }
    return k;
}

/* A subject before the verb: "عاصي الحلاني ... أكد أن". */
/* Does a closed quotation of at most three words, not read as a quote, end
** at unit k after a noun (كيبك "دوني توركوت", موقع "ذا فيرج")? Right before
** a verb (or قد and a verb) such marks hold a name in the verb's subject;
** after a verb or a preposition they are a term (يسميها "العلاقة", إلى
** "حرب اقتصادية"). */
static int name_in_marks(const ctx *c, size_t k) {
    if (c->seg_of[k] < 0) return 0;
    const seg *s = &c->segs[c->seg_of[k]];
    if (!s->closed || s->used || s->b != k || s->a == 0 || c->lx->v[s->a - 1].kind != LX_WORD ||
        q_words_between(c, s->a, s->b + 1) > 3)
        return 0;
    int up = q_head_upos(c, s->a - 1);
    return up == NABA_UPOS_NOUN || up == NABA_UPOS_PROPN;
}

static size_t subject_before(const ctx *c, size_t cue, size_t *from) {
    const lx_text *lx = c->lx;
    size_t ke = kana_subject(c, cue, from);
    if (ke) return ke;
    if (cue == 0 || bare(lx->v[cue].key) != lx->v[cue].key) return 0;
    if (cue > 2 && lx_is(lx, cue - 1, ',') && c->seg_of[cue - 1] < 0) return subject_in_commas(c, cue, from);
    /* "لكنه أوضح": the pronoun is the subject, the previous speaker */
    if (is_q(c, cue - 1, Q_PRON_LEAD, WT_CONJ)) return 0;
    size_t ia = indefinite_antecedent(c, cue);
    if (ia) {
        *from = ia;
        return cue;
    }
    size_t k = cue;
    int comp = 0, mid_lead = 0;
    while (k > 0 && cue - k < 12) {
        const lx_unit *p = &lx->v[k - 1];
        /* "يذكر أن المفتش في شرطة كيبك "دوني توركوت" قد كشف أن": a name in
        ** marks inside the subject */
        if (k - 1 >= c->quoted_to && name_in_marks(c, k - 1) &&
            (k == cue || (k + 1 == cue && !strcmp(bare(lx->v[k].key), "قد")))) {
            k = c->segs[c->seg_of[k - 1]].a;
            continue;
        }
        /* words of a quote already read are not a subject */
        if (p->kind == LX_PUNCT || c->seg_of[k - 1] >= 0 || lx->v[k].gap == 2 || k - 1 < c->quoted_to) break;
        /* "إلا أن المتحدث ... قال", "بدا أن المتحدث ... يشير": the subject
        ** follows the complementizer */
        if (is_q(c, k - 1, Q_COMP, WT_CONJ)) { comp = 1; break; }
        /* a clause opened mid-sentence by لكن: its subject follows the particle */
        size_t lead = clause_lead_before(c, k);
        if (lead < k && lead > 0 && !lx_is_boundary(lx, lead - 1) && !lx_is(lx, lead - 1, ',')) {
            k = lead;
            comp = mid_lead = 1;
            break;
        }
        k--;
    }
    if (k == cue || cue - k >= 12) return 0;
    if (!comp && k > 0 && !lx_is_boundary(lx, k - 1) && lx->v[k].gap != 2 && !lx_is(lx, k - 1, ',')) return 0;
    const wt_entry *e0;
    size_t kl = vmatch(c, k, WT_BIT(Q_LEAD), WT_CONJ, &e0);
    if (kl && k + kl >= cue) return 0; /* "وفي حين يعلنون": no subject between */
    k += kl;
    /* "واعتقلت الشرطة ... مغربي قالت إنه": the subject of the verb that
    ** opens the clause; "لم تظهر أدلة تشير": a particle opens no subject;
    ** "ومضى يقول", "وعاد يقول": a verb right before a present tense is
    ** its auxiliary, whose subject is carried (before a past one it is as
    ** often a name the tagger reads as a verb: لكن خضر أشار) */
    int up = q_head_upos(c, k);
    if (up == NABA_UPOS_VERB && k + 1 >= cue && lx_head_has(c->lx, cue, "Aspect=Imp")) return 0;
    /* "ثم نظمت قمة طارئة في خطوات كشفت أن": a verb after a particle in
    ** the middle of a sentence leaves the subject to its own clause */
    if (up == NABA_UPOS_VERB && k + 1 < cue && mid_lead) return 0;
    if (up == NABA_UPOS_VERB && k + 1 < cue) k++;
    else if (up == NABA_UPOS_PART || up == NABA_UPOS_ADP || up == NABA_UPOS_SCONJ || up == NABA_UPOS_CCONJ)
        return 0;
    size_t e = q_speaker_np(c, k);
    if (e == k) return 0;
    *from = k;
    return e > cue ? cue : e;
}

/* The subject before the verb at unit i ("لكن الاتحاد المصري أعلن") as sp;
** 0 when there is none. */
int q_subject_before(ctx *c, size_t i, speaker *sp) {
    size_t from, se = subject_before(c, i, &from);
    return se && q_make_speaker(c, from, se, sp);
}

/* Is unit k an Arabic word, outside marks and mentions, that is a sound
** plural or dual in ين (the oblique case: المثقفين, not المثقفون)? A name in
** ين (حسين, بوتين) is a mention, not read. */
static int oblique_plural(const ctx *c, size_t k) {
    const lx_unit *u = &c->lx->v[k];
    return u->kind == LX_WORD && !u->latin && c->seg_of[k] < 0 && !q_mention_at(c, k) &&
           str_ends(u->key, strlen(u->key), "ين") &&
           (lx_head_has(c->lx, k, "Number=Plur") || lx_head_has(c->lx, k, "Number=Dual"));
}

/* "ودعا المثقفين إلى", "ناشد المواطنين ب": is unit j, right after the verb,
** a noun in the oblique plural? Its case is not the nominative a subject
** after its verb takes (المثقفون), so it is the verb's object and the
** subject is carried. */
static int oblique_plural_object(const ctx *c, size_t j) {
    if (!oblique_plural(c, j) || q_past_mention(c, j) != j) return 0;
    int w = lx_head_word(c->lx, j);
    return w >= 0 && c->doc->words.v[w].upos == NABA_UPOS_NOUN;
}

/* "ودعا جميع التونسيين إلى", "حث كافة المواطنين على": after a verb of
** calling, a phrase that opens with "all" is the ones called on, the subject
** carried; not كل من ("دعا كل من الأمين العام و...", both of them, as often
** the subject). */
static int all_object(const ctx *c, size_t j) {
    static const char *const all[] = {"جميع", "كافه", "كل", "سائر", NULL};
    const lx_text *lx = c->lx;
    return j + 1 < lx->n && lx->v[j].kind == LX_WORD && c->seg_of[j] < 0 && str_in(lx->v[j].key, all) &&
           lx->v[j + 1].kind == LX_WORD && strcmp(lx->v[j + 1].key, "من");
}

/* "ووجه نداء إلى الوزارة ...، موضحا", "وبعث رسالة إلى": is unit j, right
** after a verb that is no cue, a bare noun of an utterance? It is what the
** verb sends, its object; the subject is carried. After a cue it may be the
** document that speaks (وأكدت رسالة الوزارة). */
static int utterance_object(const ctx *c, size_t v, size_t j) {
    static const char *const sent[] = {"نداء", "نداءات", "دعوه", "دعوات", "رساله", "رسائل", "تحيه", "تحيات", "تهنئه",
                                       "تعازي", "شكر", "شكره", "شكرها", "شكرهم", "نصيحه", "نصائح", NULL};
    return j < c->lx->n && c->seg_of[j] < 0 && str_in(c->lx->v[j].key, sent) && !cue_at(c, v);
}

/* The end of the subject phrase [j, e) of a verb of telling: the one told
** may be a definite oblique plural after a definite word or a name, noun or
** nisba adjective (وأبلغ الوزير الصحفيين أن; not the genitive of كبير
** المحققين), which after other verbs is as often an
** adjective of the subject's (المسؤولون الروس). */
static size_t told_in(const ctx *c, size_t j, size_t e) {
    for (size_t k = j + 1; k < e; k++) {
        int up = q_head_upos(c, k);
        int after_definite = lx_head_has(c->lx, k - 1, "Definite=Def") || q_past_mention(c, k - 1) == k;
        if (after_definite && oblique_plural(c, k) && str_has_prefix(c->lx->v[k].key, "ال") &&
            (up == NABA_UPOS_NOUN || up == NABA_UPOS_ADJ))
            return k;
    }
    return e;
}

/* The subject of the verb that opens the sentence of unit i, for a participle
** or a verbal noun that has none of its own ("افتتح وزير الخارجية هاكان فيدان
** المحادثات من خلال حث المشاركين", "وأشادت الدار ... ، منوهة"). The first word
** (after و and a lead particle) must be a verb: UPOS when morphology ran, else
** a word without the article that is no stop word. */
static int clause_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t v = sentence_verb(c, i);
    if (v + 1 >= i || lx->v[v].kind != LX_WORD || lx->v[v].latin || c->seg_of[v] >= 0) return 0;
    int verb = abbara(c, v);
    if (!verb && (str_has_prefix(bare(lx->v[v].key), "ال") || is_q(c, v, Q_SPK_STOP, WT_CONJ) || is_q(c, v, Q_PREP, WT_CONJ)))
        return 0;
    if (c->doc->words.n && !verb && !q_has_verb(c, v)) return 0;
    /* "وأبلغ الصحفيين قائلا": an oblique plural right after the verb is its
    ** object, as is an utterance it sends (ووجه نداء); the subject is carried */
    if (oblique_plural_object(c, v + 1) || utterance_object(c, v, v + 1)) return 0;
    size_t e = q_speaker_np(c, v + 1), from = v + 1;
    if (e == v + 1 || e > i) return 0;
    /* "ونقلت الوكالة على لسان المصدر ...، محملا", "وذكرت الوكالة نقلا عن
    ** مصادر ...، مشيرة": the relayed speaker, through the first */
    const wt_entry *ve;
    size_t f2, e2 = q_relayed(c, e, &f2, vmatch(c, v, WT_BIT(Q_VERB), WT_CONJ, &ve) && !strcmp(ve->str, "نقل"));
    size_t via = e2 && e2 <= i ? e : 0;
    if (via) { from = f2; e = e2; }
    size_t e3 = q_apposition(c, e); /* "جدد الناطق باسم الحكومة، محمد المومني، التأكيد" */
    if (!q_make_speaker(c, from, e3 <= i ? e3 : e, sp)) return 0;
    if (via) q_set_via(c, v + 1, via, sp);
    return 1;
}

/* "وأوضح المتحدث أن ...، فيما وجه قائد حرس الحدود شكره ...، مؤكدا أن": a
** clause opened by فيما, بينما, في حين... between the last cue and a
** participle at unit i, whose verb has a subject that speaks, is the one
** the participle goes on: the subject of the nearer clause. Units [a, i). */
static int nearer_clause_subject(ctx *c, size_t a, size_t i, speaker *sp) {
    for (size_t k = i; k-- > a;) {
        const wt_entry *e;
        size_t n = vmatch(c, k, WT_BIT(Q_LEAD), WT_CONJ, &e);
        /* كان opens a verb of its own sentence, not a clause beside it */
        if (!n || str_has_prefix(bare(c->lx->v[k].key), "كان") || k + n + 1 >= i || !q_has_verb(c, k + n)) continue;
        size_t from = k + n + 1, end = q_speaker_np(c, from);
        if (end == from || end > i || !q_speaks(c, from)) continue;
        return q_make_speaker(c, from, end, sp);
    }
    return 0;
}

/* The unit after the date or time that starts in unit k (أمس, اليوم
** الأربعاء, مساء الجمعة: the dates stage's timexes), or k when none does. */
static size_t past_timex(const ctx *c, size_t k) {
    const naba_doc *d = c->doc;
    const lx_unit *u = &c->lx->v[k];
    /* the first starting in the unit, if any, is the first at or after its start */
    for (size_t t = c->timexes_sorted ? naba_timex_from(d, u->start) : 0; t < d->timexes.n; t++) {
        if (d->timexes.v[t].start >= u->start && d->timexes.v[t].start < u->end)
            return lx_find(c->lx, d->timexes.v[t].end - 1) + 1;
        if (c->timexes_sorted && d->timexes.v[t].start >= u->end) break;
    }
    return k;
}

/* Is unit k a closed quotation of at most three words (a name: "بلومبيرغ")? */
static const seg *short_quote(const ctx *c, size_t k) {
    if (c->seg_of[k] < 0) return NULL;
    const seg *s = &c->segs[c->seg_of[k]];
    return s->a == k && s->closed && q_words_between(c, s->a, s->b + 1) <= 3 ? s : NULL;
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
            while (k < lx->n && lx->v[k].kind == LX_WORD && q_head_upos(c, k) == NABA_UPOS_ADJ) k++;
        } else if (lx->v[k].kind == LX_WORD && q_audience(c, k)) {
            /* "لوكالة الأنباء الفرنسية" one name; "قال له غوارديولا": the
            ** subject follows a pronoun */
            t = q_past_mention(c, k);
            int named = t > k || q_pronoun_audience(&lx->v[k]);
            k = t > k ? t : k + 1;
            if (named) continue;
        } else break;
        /* the name of the medium or audience: في صحيفة الغارديان, لـ"الشرق الأوسط" */
        if (k < lx->n && (s = short_quote(c, k))) k = s->b + 1;
        else if (k < lx->n) k = q_past_mention(c, k);
    }
    return k;
}

/* The first count (doc->counts) that starts in unit k, or NULL. */
static const naba_count *count_in(const ctx *c, size_t k) {
    for (size_t n = 0; n < c->doc->counts.n; n++) {
        const naba_count *q = &c->doc->counts.v[n];
        if (q->start >= c->lx->v[k].start && q->start < c->lx->v[k].end) return q;
    }
    return NULL;
}

/* A subject after the cue at unit i (from unit j, after the verb) that
** q_speaker_np does not take there: past the asides (past_asides), a name or
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
        const naba_count *q = count_in(c, k);
        if (!q || q->kind != NABA_COUNT_QUANTITY || q->action || q->what_end <= q->what_start || k + 1 >= lx->n ||
            lx->v[k + 1].gap == 2 || q->what_start < lx->v[k + 1].start || q->what_start >= lx->v[k + 1].end)
            return 0;
        size_t e = q_speaker_np(c, k + 1);
        return e > k + 1 ? e : 0;
    }
    if (k == j) return 0;
    size_t e = q_speaker_np(c, k);
    /* a body or a title after a date too ("أكدت مساء اليوم سفارة خادم الحرمين") */
    int head = k > j && is_q(c, k, Q_SPEAKS, WT_DEF);
    return e > k && (q_name_starts(c, k) || is_q(c, k, Q_ANON, WT_DEF) || head) ? e : 0;
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
    return q_apposition(c, b);
}

/* Is the person mention opening at unit a in subject position: right after a
** verb that no relative pronoun introduces, or after its complement pronoun
** (لتسألها إليسا, قلل روس, لترد عليها شويكار, but not الذي حدده ماكرون), or
** after a complementizer (إلا أن #أحلام اكتشفتها)? */
static int subject_position(const ctx *c, size_t a) {
    const lx_text *lx = c->lx;
    if (a == 0 || lx->v[a - 1].kind != LX_WORD) return 0;
    if (is_q(c, a - 1, Q_COMP, WT_CONJ)) return 1;
    if (a >= 2 && q_complement_pronoun(c, a - 1)) a--;
    return (q_has_verb(c, a - 1) || q_head_upos(c, a - 1) == NABA_UPOS_AUX) &&
           !(a >= 2 && is_q(c, a - 2, Q_RELATIVE, WT_CONJ));
}

/* "لتسألها إليسا قائلة", "تلك القصة التي روتها هيفاء ...، مشيرة إلى": a
** participle whose sentence opens with no verb and its subject speaks for the
** last person named before it in subject position in its sentence, else the
** first person named there (outside quotation marks, not after a
** preposition: "دعمها لحماقي"). */
static int person_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    naba_off from = lx->v[q_sentence_start(c, i)].start;
    size_t first = SIZE_MAX, subj = SIZE_MAX, list_end = SIZE_MAX;
    for (size_t m = naba_mention_from(c->doc, from); m < c->doc->mentions.n; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (mm->start >= lx->v[i].start) break;
        size_t a = lx_find(lx, mm->start);
        if (mm->type != NABA_ENT_PER || mm->start < from || c->seg_of[a] >= 0) continue;
        /* "إلى جوار حميد الشاعري وعمرو مصطفى والشاعر تامر حسين": the names
        ** joined to one after a preposition are after it too */
        int joined = list_end <= a && a <= list_end + 1 && (str_has_prefix(lx->v[a].key, "و") ||
                                                             str_has_prefix(lx->v[list_end].key, "و"));
        if (q_opens_with_adp(c, a) || beside(c, a) || joined) {
            list_end = lx_find(lx, mm->end - 1) + 1;
            continue;
        }
        if (first == SIZE_MAX) first = m;
        if (subject_position(c, a)) subj = m;
    }
    size_t m = subj != SIZE_MAX ? subj : first;
    if (m == SIZE_MAX) return 0;
    size_t b = person_phrase_end(c, m);
    return b <= i && q_make_speaker(c, lx_find(lx, c->doc->mentions.v[m].start), b, sp);
}

/* "وكان الرئيس الأمريكي دونالد ترامب أعلن الجمعة ... . وقال في تغريدة":
** a verb opening its sentence with no subject of its own goes on for the
** person who opens the sentence before (as its subject, within its first
** three words after و / كان), when that sentence quoted nobody. */
static int prev_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t s0 = q_sentence_start(c, i);
    if (!opens_sentence(c, i) || s0 == 0) return 0;
    size_t s1 = q_sentence_start(c, s0 - 1);
    if (c->para[s1] + 1 < c->para[s0] || (c->last.have && c->last_at >= s1)) return 0;
    /* "وعبر مدير عام أوروبا بوزارة الخارجية محمد المزغني عن استغراب ...":
    ** a person further on who ends the subject phrase of the verb that
    ** opens the sentence, with his title (not a statement of his: "جاءت
    ** تصريحات الوزير ليو كون") */
    const wt_entry *w;
    size_t v = sentence_verb(c, s1), title = 0;
    if (v + 1 < s0 && (q_has_verb(c, v) || abbara(c, v)) && !vmatch(c, v + 1, WT_BIT(Q_MEDIUM) | WT_BIT(Q_DOCUMENT), WT_CONJ | WT_DEF, &w))
        title = q_speaker_np(c, v + 1);
    for (size_t m = naba_mention_from(c->doc, lx->v[s1].start); m < c->doc->mentions.n; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (mm->start >= lx->v[s0].start) break;
        size_t a = lx_find(lx, mm->start), b = person_phrase_end(c, m);
        int titled = a > v + 1 && a < title && b == title && mm->type == NABA_ENT_PER;
        if (a > s1 + 3 && !titled) break;
        if (mm->type != NABA_ENT_PER || beside(c, a)) continue;
        if (!q_make_speaker(c, titled ? v + 1 : a, b, sp)) return 0;
        c->last = *sp;   /* the next "وأضاف" goes on for this person too */
        c->last_gender = 0;
        return 1;
    }
    return 0;
}

/* The subject phrase s of a verb that is no speech verb, whose object follows
** it, cut at its first name (and a person's name right after it, a title's
** or the same person's: الرئيس الروسي فلاديمير بوتين) into sp; 0 when it
** holds no name. */
static int to_first_name(ctx *c, const speaker *s, speaker *sp) {
    const lx_text *lx = c->lx;
    /* "وجه العذبة انتقادا لرئيس الهيئة ...، قائلا": a name past the object's
    ** first word is the object's */
    size_t a = lx_find(lx, s->s), o = q_object_in(c, a, lx_find(lx, s->e - 1) + 1);
    for (size_t m = naba_mention_from(c->doc, s->s); m < c->doc->mentions.n && c->doc->mentions.v[m].start <= s->e; m++) {
        const naba_mention *mm = &c->doc->mentions.v[m];
        if (lx_find(lx, mm->start) >= o) break;
        if (mm->end > s->e) continue;
        size_t e = lx_find(lx, mm->end - 1) + 1;
        const naba_mention *next = q_mention_at(c, e);
        if (!next && e + 1 < lx->n && lx_is(lx, e, ',')) next = q_mention_at(c, e + 1); /* "الرئيس الأمريكي، دونالد ترامب" */
        if (next && next->end <= s->e && (mm->type != NABA_ENT_PER || (mm->entity >= 0 && next->entity == mm->entity)) &&
            next->type == NABA_ENT_PER)
            e = lx_find(lx, next->end - 1) + 1;
        /* "عضو مجلس الشورى رئيس جامعة الفيصل الدكتور محمد آل هيازع": a
        ** person after a title with the article, a few words on, closes a
        ** chain of titles (but "تصريحات المالكي" is the object) */
        for (size_t n = m + 1; mm->type != NABA_ENT_PER && n < c->doc->mentions.n; n++) {
            const naba_mention *pm = &c->doc->mentions.v[n];
            size_t a = lx_find(lx, pm->start);
            if (pm->end > s->e || a > e + 4) break;
            if (pm->type == NABA_ENT_PER && a > e && str_has_prefix(lx->v[a - 1].key, "ال") && q_past_mention(c, a - 1) == a - 1) {
                e = lx_find(lx, pm->end - 1) + 1;
                break;
            }
        }
        return q_make_speaker(c, a, e, sp);
    }
    return 0;
}

/* "استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي وقالت
** إنها": a cue verb after و inside a sentence that opens with a verb of the
** same gender, in which no cue has named a speaker yet, goes on for that
** verb's subject. The verb is no speech verb, so its object follows the
** subject: the phrase ends with the first name in it (and a person's name
** right after it, a title's or the same person's: الرئيس الروسي فلاديمير
** بوتين), and without a name it is not trusted. */
static int second_verb_subject(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t v = sentence_verb(c, i);
    if (v >= i || bare(lx->v[i].key) == lx->v[i].key || (c->last.have && c->last_at >= v)) return 0;
    /* "فيما اشتكى آخرون من ... وقالوا إن", "بدا أربعة يابانيين واثقين ...،
    ** وقالوا": a plural cue goes on for the plural subject a singular verb
    ** put after it, named or not */
    if (plural_verb(c, i)) {
        if (plural_verb(c, v) || !plural_head(c, v + 1) || !clause_subject(c, i, sp)) return 0;
        q_cut_at_object(c, sp); /* "استنكر قضاة المحكمة محاولات الاعتداء ... وطالبوا" */
        return 1;
    }
    int g = past_gender(c, v), h = present_gender(c, v);
    if (!(g && g == past_gender(c, i)) && !(h && h == present_gender(c, i))) return 0;
    speaker s;
    return clause_subject(c, i, &s) && to_first_name(c, &s, sp);
}

/* "آدم رويتر، رئيس شركة ... في تل أبيب، يشكك في جدوى الشبكة ويقول إن":
** a cue after و inside a sentence that opens with a person (his title
** before, an apposition between commas after) and then a verb of the same
** gender and tense, in which no cue has named a speaker yet, goes on for
** that person, not for the speaker of the sentences before. */
static int opening_person(ctx *c, size_t i, speaker *sp) {
    const lx_text *lx = c->lx;
    size_t f = sentence_verb(c, i);
    if (f >= i || bare(lx->v[i].key) == lx->v[i].key || (c->last.have && c->last_at >= f)) return 0;
    size_t e = q_speaker_np(c, f), v = e;
    if (e == f || e >= i || (!q_has_person(c, lx->v[f].start, lx->v[e - 1].end) && !q_speaks(c, f))) return 0;
    size_t named = q_apposition(c, e); /* "وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، رفض" */
    if (named > e && named < i) {
        e = named;
        v = e + lx_is(lx, e, ',');
    } else if (lx_is(lx, v, ',')) { /* the apposition, to its closing comma */
        for (v++; v < i && v < e + 24 && !lx_is(lx, v, ','); v++)
            if (lx->v[v].sent_end || cue_at(c, v) || is_q(c, v, Q_COMP, WT_CONJ)) return 0;
        v++;
    }
    if (v >= i) return 0;
    /* "مدرب الفريق ... عبر عن ابتهاجه ...، وقال": the verb عبر after its
    ** subject, which the tagger reads as a preposition */
    int abbara_after = !strcmp(bare(lx->v[v].key), "عبر") && v + 1 < i && !strcmp(lx->v[v + 1].key, "عن");
    int g = abbara_after ? 'M' : past_gender(c, v), h = present_gender(c, v);
    if (!(g && g == past_gender(c, i)) && !(h && h == present_gender(c, i))) return 0;
    if (!q_make_speaker(c, f, e, sp)) return 0;
    c->last = *sp; /* the next "وقال" of the sentence goes on for this person too */
    c->last_gender = 0;
    return 1;
}

/* "كما طالب وزارة التعليم العالي إلى فتح نقاش": a masculine singular verb
** right before a singular noun in ة that names no person. A verb agrees with a
** feminine subject after it (طالبت الوزارة), so the noun is its object and the
** subject is carried. */
static int feminine_object(const ctx *c, size_t i, size_t j) {
    const lx_unit *u = &c->lx->v[j];
    const naba_mention *m = q_mention_at(c, j);
    /* a person, or a one-word name of a club or firm (حذر برشلونة), takes a
    ** masculine verb; so does a number (وطالب العشرة أعضاء) */
    if (m && (m->type == NABA_ENT_PER || (m->type == NABA_ENT_ORG && m->end <= u->end))) return 0;
    int w = lx_head_word(c->lx, j); /* a body's name is a noun too: q_head_upos gives none at a name */
    return !u->latin && c->seg_of[j] < 0 && q_ends_feminine(c, j) && w >= 0 && c->doc->words.v[w].upos == NABA_UPOS_NOUN && lx_head_has(c->lx, j, "Number=Sing") &&
           lx_head_has(c->lx, i, "Gender=Masc") && lx_head_has(c->lx, i, "Number=Sing") && !count_in(c, j); /* the scan last: long lines */
}

/* "لكن وكالة رويترز نقلت عن الميجور جوش قوله", "ونقلت عن سرتاج عزيز قوله
** بأن": نقل at unit i whose subject stands before it or is carried, with عن
** X right after it (from unit j): X speaks and that subject (sp) relays, but
** a carried one not for a passive (نُقل عن المفتي, يُنقل عن نابليون: "it is
** reported from"), where no one does. Where the content is looked for
** from: after X, or j when there is no such relay. */
/* "ووصف سيونغ زعيم كوريا الشمالية بأنه", "حيث وصفت سنغافورة بأنها": وصف
** without its object pronoun (وصفه, يصفها) has its object after the
** subject, before the words. In the phrase [j, e) after the verb at unit i
** that runs up to them (بأنه, ب, a quote): where an object test splits it; else after the first person's phrase in
** it (a title in apposition after the name is the object's head there);
** a phrase that names no person and opens with no noun that speaks
** (الكرملين, متحدث) is the object alone, its subject elsewhere.
** The subject's end. */
static size_t described(const ctx *c, size_t i, size_t j, size_t e) {
    const lx_text *lx = c->lx;
    const naba_doc *d = c->doc;
    const char *key = bare(lx->v[i].key);
    size_t n = strlen(key), o = q_object_in(c, j, e);
    if (str_ends(key, n, "ه") || str_ends(key, n, "ها")) return e;
    if (o < e) return o;
    /* words between the phrase and the description are the object already */
    if (e < lx->n && !is_q(c, e, Q_COMP, WT_CONJ) && !q_opens_with_b(c, e) && c->seg_of[e] < 0) return e;
    for (size_t m = naba_mention_from(d, lx->v[j].start); m < d->mentions.n && d->mentions.v[m].start < lx->v[e - 1].end; m++)
        if (d->mentions.v[m].type == NABA_ENT_PER) {
            size_t end = person_phrase_end(c, m);
            return end < e ? end : e;
        }
    return q_speaks(c, j) ? e : j; /* ووصف الكرملين الخطوة: the object test's to split */
}

/* Is unit j written with the article ال (not آل, as in the name آلين)? */
static int definite_by_article(const ctx *c, size_t j) {
    int w = lx_head_word(c->lx, j);
    return w >= 0 && str_has_prefix(c->doc->words.v[w].form, "ال");
}

static size_t relayed_after(ctx *c, const char *lemma, size_t i, size_t j, int carried, speaker *sp) {
    size_t from, e = strcmp(lemma, "نقل") ? 0 : q_relayed(c, j, &from, 1);
    if (!e) return j;
    speaker relay = *sp;
    /* the tagger reads a bare ونقل as passive as often as not: only a damma
    ** written on it, or a present tense, says so */
    if (carried && (q_has_damma(c, i) || !lx_head_has(c->lx, i, "Aspect=Perf"))) relay.have = 0;
    e = q_apposition(c, e);
    q_make_speaker(c, from, e, sp);
    q_relayed_by(sp, &relay);
    return e;
}

/* The speaker after a cue at [i, i+k), else before it, else the last one.
** "نقلت الصحيفة عن X": X, whom the paper relays, is the speaker. */
size_t q_read_speaker(ctx *c, size_t i, size_t k, int participle, const char *lemma, speaker *sp,
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
    if (participle && c->last.have && c->last_at >= q_sentence_start(c, i) && c->last_at < i) {
        *implicit = 1;
        if (!nearer_clause_subject(c, c->last_at + 1, i, sp)) *sp = c->last;
        return j;
    }
    if ((participle || noun) && clause_subject(c, i, sp)) {
        /* "نفى رئيس الكتلة سفيان طوبال هذه الاتهامات، مؤكدا": no cue of the
        ** sentence quoted, so its verb's object may follow the subject */
        speaker s = *sp;
        if (participle && s.via_e == s.via_s && !to_first_name(c, &s, sp)) {
            *sp = s;
            q_cut_at_object(c, sp); /* no name in it: "وتناول الشنبري الإشارات ... قائلا" */
        }
        return j;
    }
    if (participle && person_subject(c, i, sp)) return j;
    if (!participle) {
        /* "أما ذكرياته عنها فيقول": a topic that names nobody is no subject */
        size_t from, ae = amma_subject(c, i, &from);
        if (ae && q_make_speaker(c, from, ae, sp) && (sp->entity >= 0 || q_speaks(c, from))) return j;
        /* "وكان التنظيم الإرهابي قد حث أنصاره على": the subject stands between
        ** كان and the verb, what follows the verb is its object */
        ae = kana_subject(c, i, &from);
        if (ae) {
            q_make_speaker(c, from, q_apposition(c, q_title_place_name(c, from, ae)), sp);
            return relayed_after(c, lemma, i, j, 0, sp);
        }
        /* "قال فيها إن", "ذكرت فيه مصادر أن": a pronoun pointing back at a
        ** noun; the subject, if any, comes after it */
        int resumptive = j < lx->n && is_q(c, j, Q_RESUMPTIVE, 0);
        if (resumptive) j++;
        else if (j + 1 < lx->n && lx->v[j + 1].gap < 2 && q_complement_pronoun(c, j) && !q_audience(c, j) &&
                 !q_opens_with_adp(c, j + 1))
            j++;
        if (subject_after_also(c, i, j)) j++;
        /* "وأضاف ملوحا بسيف": the manner comes after the subject, none follows */
        int manner = j < lx->n && manner_accusative(c, j);
        if (manner) j++;
        size_t e = manner ? j : q_subject_after(c, i, j);
        /* "وقال بموقعه إن": a prepositional phrase, the subject is unsaid;
        ** "أعلن أول من أمس أن": a date, the subject is elsewhere */
        if (e > j && (on_his(c, j) || past_timex(c, j) >= e)) e = j;
        if (e > j) e = q_with_author(c, j, e);
        /* "حث الشاهد شباب تونس إلى": a verb whose content opens with a
        ** preposition has its object before it */
        int takes_prep = is_q(c, i, Q_VERB_PREP, WT_CONJ);
        if (e > j && takes_prep) e = feminine_object(c, i, j) || oblique_plural_object(c, j) || all_object(c, j) ? j : q_object_in(c, j, e);
        /* "وأبلغ الصحفيين قائلا", "يتهم المعارضين": after any verb, one written
        ** with ال (آلين, a name the tagger missed, is read as definite) */
        else if (e > j && definite_by_article(c, j) && oblique_plural_object(c, j)) e = j;
        /* "أبلغ متطوع شهد الواقعة قناة ... بأن", "وأبلغ الوزير الصحفيين أن":
        ** a verb of telling has the one told after its subject */
        else if (e > j && tells(lemma)) e = told_in(c, j, q_object_in(c, j, e));
        if (e > j && !strcmp(lemma, "وصف")) e = described(c, i, j, e);
        size_t e2 = e > j ? q_relayed(c, e, &from, !strcmp(lemma, "نقل")) : 0, via = j, via_end = e;
        if (e2) { j = from; e = e2; }
        if (e > j) {
            e = q_apposition(c, q_title_place_name(c, j, e));
            q_make_speaker(c, j, e, sp);
            if (e2) q_set_via(c, via, via_end, sp);
            /* after a verb whose content may open with a preposition, the
            ** words the speaker was cut before are its object, and the content
            ** is looked for there ("طالبت السلطات المهدي بمغادرة المطار");
            ** after others they are an aside before it (مروة المشرف على
            ** المختبر "...") */
            if (sp->have && sp->e > lx->v[j].start && sp->e < lx->v[e - 1].end && takes_prep)
                return lx_find(lx, sp->e - 1) + 1;
            return e;
        }
        /* "وفق عبد الله التي أوضحت", "تصريحات الشيرازي والتي قال": the
        ** phrase before the relative pronoun */
        if (relative_subject(c, i, resumptive, sp)) return j;
        /* "ليونيد فولكوف، قال فيها": the person before; "تصريحات قالت
        ** فيها": else the subject of the sentence */
        if (resumptive && (person_before(c, i, sp) || clause_subject(c, i, sp))) return j;
        /* "ونشر الاتحاد رسالة ...، ولكنه أشار": the pronoun is the subject of
        ** its sentence, else the previous speaker */
        if (is_q(c, i - 1, Q_PRON_LEAD, WT_CONJ) && (clause_subject(c, i, sp) || person_before(c, i, sp))) return j;
        size_t se = subject_before(c, i, &from);
        if (se) {
            q_make_speaker(c, from, se, sp);
            return relayed_after(c, lemma, i, j, 0, sp);
        }
        if (author_before(c, i, sp)) return j;
        size_t le = late_subject(c, i, j, &from);
        if (le) { le = q_apposition(c, le); q_make_speaker(c, from, le, sp); return le; }
    }
    *implicit = 1;
    if (!participle && (second_verb_subject(c, i, sp) || opening_person(c, i, sp))) return j;
    if (!prev_subject(c, i, sp)) q_carried_speaker(c, i, sp);
    size_t after = participle ? j : relayed_after(c, lemma, i, j, 1, sp);
    if (after != j) *implicit = 0;
    return after;
}
