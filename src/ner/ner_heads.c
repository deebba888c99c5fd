/*
** ner_heads.c — a place name that is part of a longer name: the word before
** it (or after it) makes it a facility, a body or an event of that place.
**
** The recognizer tags the place alone: `مطار [[دبي]] الدولي`, `لوكالة
** [[تونس]] أفريقيا للأنباء`, `كأس أمم [[أفريقيا]]`, `نداء [[تونس]]`, and the
** linker then gives the airport, the news agency, the tournament, the party
** the city's or the country's identity. On the entity-sample slices
** (src/link/README.md, session 20c) this was the largest class of span and type
** errors. The words come from data/ner/heads.tsv (its header says what each
** class does): a place chunk right after a head word grows to take the head
** in (and the heads before it, `كأس أمم`, `حزب نداء`) and the tail words
** after it (`الدولي`, `للأنباء`), and takes the head's type; a place followed
** by a suffix word (`مصر للطيران`) becomes that organization, and one
** followed by its epithet (`مكة [المكرمة]`) takes it in. A person's
** chunk after a named word, with up to two titles between (`مستشفى الملك
** [[فهد]]`, `جامعة الإمام [[محمد بن سعود]] الإسلامية`, `جسر الملك [[فهد]]`),
** is the facility, body, event or prize named after that person, and grows the
** same way (session 22, src/link/README.md); so is one after a definite named
** word and its tail word (المستشفى الجامعي [[فرحات حشاد]], session 33). A person's chunk right after a
** medium word (وكالة, صحيفة, موقع: a news agency's, a paper's, a site's name)
** is that body (session 25). A person's chunk of Latin letters' names only
** (بي بي سي) is a body's initials, and one whose letters end in a radio's band
** (أف أم) takes in the station's name before it and leaves the reporter's
** name after it a person: مراسل [[الجوهرة أف أم]] [[روضة العلاقي]] (session
** 25, second round); written with periods (إف. بي. آي) they are one body's
** name too (session 29, second round). A person's chunk ending in a body's
** word written as Arabic spells its English or Turkish (ويست هام يونايتد,
** أوسمانلي سبور) or after نادي is that body, and a chunk that ran on over a
** participle before من (منظمة بدر [المدعوم] من إيران) ends before it (session
** 30, ent30b). A place official's title without the article tagged with
** its place as a person (والي [[بن عروس]]) leaves the place a place (session
** 34, ent46). The rule runs
** in the pipeline stage only, not in `naba eval ner`: ANERcorp's annotators
** followed other conventions for such names, and the rule is judged on news.
*/
#include "ner.h"
#include "stage.h"
#include "wordtab.h"

#include <string.h>

static const char *const head_classes[] = {"head",  "inner",  "outer", "tail",    "suffix", "en",
                                           "named", "titled", "title", "epithet", "medium", "letter",
                                           "band",  "body",   "office",  "bodyend", "role", "bodyname", "governs", NULL};

wordtab *ner_heads_load(const char *data_dir, naba_error *err) {
    char path[1200];
    return wt_load_file(naba_data_path(data_dir, "data/ner/heads.tsv", path, sizeof path), head_classes, err);
}

const wt_entry *ner_head_word_stripped(const wordtab *t, const char *s, size_t n, unsigned mask, unsigned clitics,
                                       size_t *cut) {
    char key[256];
    if (cut) *cut = 0;
    if (n == 0 || n >= sizeof key / 2) return NULL;
    size_t k = naba_fold(s, n, LX_FOLD, key, sizeof key);
    if (k == 0 || k >= sizeof key) return NULL;
    size_t stripped;
    const wt_entry *e = wt_get_stripped(t, key, k, mask, clitics, &stripped);
    /* the surface bytes of the letters taken off: each is two bytes of the
    ** folded key (ل of لل counts once) */
    if (e && cut) *cut = ner_skip_letters(s, n, (unsigned)(stripped / 2));
    return e;
}

const wt_entry *ner_head_word(const wordtab *t, const char *s, size_t n, unsigned mask, size_t *cut) {
    return ner_head_word_stripped(t, s, n, mask, WT_CONJ | WT_PREP, cut);
}

static const wt_entry *find(const wordtab *t, const ner_word *w, unsigned mask) {
    return ner_head_word(t, w->s, w->n, mask, NULL);
}

static int type_of(const wt_entry *e) {
    if (strcmp(e->str, "ORG") == 0) return NABA_ENT_ORG;
    if (strcmp(e->str, "MISC") == 0) return NABA_ENT_MISC;
    return NABA_ENT_LOC;
}

/* Can token e join the name on its right: an untagged word, or a one-word
** chunk (a place tagged apart: [[تونس]] [[أفريقيا]])? */
static int joinable(const uint8_t *tags, size_t n, size_t e) {
    return tags[e] == 0 || (!ner_tag_inside(tags[e]) && (e + 1 >= n || !ner_tag_inside(tags[e + 1])));
}

/* The first token of the longer name that ends at the place chunk starting at
** s, and its type in *type; s when no head is before it. */
static size_t head_start(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t s, int *type) {
    size_t start = s;
    int inner = -1;                 /* type of an inner head still waiting for a head before it */
    *type = -1;
    for (size_t k = s; k > 0 && s - k < 3 && tags[k - 1] == 0; k--) {
        const wt_entry *e = find(t, &w[k - 1], NER_HEAD_STARTS);
        if (!e) break;
        if (e->cls == NER_HEAD_INNER) {
            if (inner >= 0) break;
            inner = type_of(e);
            continue;
        }
        if (e->cls == NER_HEAD_OUTER && *type < 0 && inner < 0) break;
        if (*type < 0) *type = inner >= 0 ? inner : type_of(e);
        inner = -1;
        start = k - 1;
    }
    return start;
}

/* The definite named word at k - 2 before a tail word at k - 1 (the
** hospital's own adjective: المستشفى [الجامعي] [[فرحات حشاد]]), or NULL. A
** definite named word right before a person is mostly the verb's object
** and its subject (زار المستشفى [[الوزير]]), so it takes the tail word. */
static const wt_entry *definite_named(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t n, size_t k) {
    if (k < 2 || !joinable(tags, n, k - 1) || !joinable(tags, n, k - 2) || !(w[k - 1].prefix & NER_PRE_AL) ||
        !(w[k - 2].prefix & NER_PRE_AL) || !find(t, &w[k - 1], WT_BIT(NER_HEAD_TAIL)))
        return NULL;
    return ner_head_word_stripped(t, w[k - 2].s, w[k - 2].n, WT_BIT(NER_HEAD_NAMED), WT_CONJ | WT_PREP | WT_DEF,
                                  NULL);
}

/* The named word before the person's chunk starting at s, with up to two
** titles between (جامعة الإمام [[محمد بن سعود]]; a titled word only with
** one: مدينة الملك [[عبدالله]]) or a definite one with its tail word
** (definite_named), and its type in *type; s when there is none. */
static size_t named_start(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t n, size_t s, int *type) {
    *type = -1;
    const wt_entry *d = definite_named(t, w, tags, n, s);
    if (d) {
        *type = type_of(d);
        return s - 2;
    }
    /* a title may be tagged apart: جامعة [[الإمام]] [[محمد بن سعود]] */
    for (size_t k = s; k > 0 && s - k < 3 && joinable(tags, n, k - 1); k--) {
        const wt_entry *e =
            find(t, &w[k - 1], WT_BIT(NER_HEAD_NAMED) | WT_BIT(NER_HEAD_TITLED) | WT_BIT(NER_HEAD_TITLE));
        if (!e || (e->cls == NER_HEAD_TITLED && k == s)) break;
        if (e->cls != NER_HEAD_TITLE) {
            *type = type_of(e);
            return k - 1;
        }
    }
    return s;
}

/* The first word of the person's chunk [s, e) past its first that is a place
** after the preposition ب the morph stage split off: the chunk ran into the
** place after the name (ستاد الأمير محمد بن فهد [بالدمام], مدينة الملك
** عبدالله [بجدة]; a name's word is none: شارع الحبيب بورقيبة); e when there is
** none. */
static size_t preposition_at(const ner_word *w, size_t s, size_t e) {
    for (size_t k = s + 1; k < e; k++)
        if (w[k].mseg >= 2 && w[k].n > 2 && !memcmp(w[k].s, "\xd8\xa8", 2) && (w[k].lex & NER_LEX_LOC))
            return k;
    return e;
}

/* The start s of a chunk, moved back over an untagged quotation mark (or
** other punctuation) right before it: where the words before it end. */
static size_t past_mark(const ner_word *w, const uint8_t *tags, size_t s) {
    return s > 0 && tags[s - 1] == 0 && w[s - 1].shape == NER_SHAPE_PUNCT ? s - 1 : s;
}

/* The medium word before the chunk starting at s, past a quotation mark
** (وكالة "بلومبيرغ"), or NULL. A work's (برنامج, فيلم: typed MISC) or a
** facility's (ملعب: LOC) only with the mark: فيلم محمد رمضان is the actor's
** film, فيلم "X" the film; ملعب الملك فهد is the named rule's. */
static const wt_entry *medium_before(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t s) {
    size_t k = past_mark(w, tags, s);
    const wt_entry *e = k > 0 && tags[k - 1] == 0 ? find(t, &w[k - 1], WT_BIT(NER_HEAD_MEDIUM)) : NULL;
    return e && (k < s || type_of(e) == NABA_ENT_ORG) ? e : NULL;
}

/* Is w a Latin letter's name as Arabic spells it (بي, إف, إتش)? */
static int letter_name(const wordtab *t, const ner_word *w) {
    return w->shape == NER_SHAPE_ARABIC && find(t, w, WT_BIT(NER_HEAD_LETTER));
}

/* The end of the Latin letters' names that open the chunk [s, e) (بي بي سي,
** أف أم ...); s when its first word is none. */
static size_t letters_end(const wordtab *t, const ner_word *w, size_t s, size_t e) {
    while (s < e && letter_name(t, &w[s])) s++;
    return s;
}

/* The first token of the station's name before a band's letters starting at
** s, past a quotation mark (الجوهرة "اف ام"): an untagged Arabic word, or one
** tagged alone, that is no head or medium word; s when there is none. */
static size_t station_start(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t n, size_t s) {
    size_t k = past_mark(w, tags, s);
    if (k == 0 || !joinable(tags, n, k - 1) || w[k - 1].shape != NER_SHAPE_ARABIC ||
        find(t, &w[k - 1], NER_HEAD_OPENS | WT_BIT(NER_HEAD_MEDIUM)))
        return s;
    return k - 1;
}

/* Can word k, untagged, go on a government body's name: a definite word
** (الداخلية, للأمن, والمياه, التونسية) that is neither another body's cue
** (الوزارة والمجلس الأعلى: two bodies) nor a word that ends the name (اليوم,
** الماضي, التي)? */
static int body_word(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t k) {
    return tags[k] == 0 && w[k].shape == NER_SHAPE_ARABIC && (w[k].prefix & NER_PRE_AL) &&
           !(w[k].prefix & (NER_PRE_FA | NER_PRE_BI | NER_PRE_KA)) &&
           !find(t, &w[k], WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE) | WT_BIT(NER_HEAD_BODYEND));
}

/* Are words k, k + 1, untagged, a ل noun in construct with a definite word
** that goes on the name of a body whose cue i is definite and has one
** adjective (المديرية العامة [لمكافحة المخدرات], الهيئة الوطنية [لمكافحة
** الفساد])? After a ministry's own name (وزارة الداخلية لمزيد التأكد) or a
** council's (مجلس الشيوخ لمناقشة) a ل noun is as often the verb's purpose. */
static int li_construct(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t n, size_t i, size_t k) {
    return k == i + 2 && k + 1 < n && (w[i].prefix & NER_PRE_AL) && w[i + 1].upos == NABA_UPOS_ADJ && tags[k] == 0 &&
           w[k].shape == NER_SHAPE_ARABIC && w[k].prefix == NER_PRE_LI && w[k].upos == NABA_UPOS_NOUN && !(w[k].mseg & 1) &&
           body_word(t, w, tags, k + 1) && !(w[k + 1].prefix & (NER_PRE_WA | NER_PRE_LI));
}

/* The end of the name a body's cue at token i opens (i + 1 when none): up to
** two nouns in construct (مجلس نواب الشعب, هيئة شؤون الأسرى) once a definite
** word follows them, then the definite words (وزارة الشؤون الخارجية
** البلجيكية, الهيئة العامة للسياحة والتراث الوطني). */
static size_t body_end(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t n, size_t i) {
    size_t e = i + 1;
    if (!(w[i].prefix & NER_PRE_AL))
        while (e < n && e - i <= 2 && tags[e] == 0 && w[e].shape == NER_SHAPE_ARABIC && !w[e].prefix &&
               w[e].upos == NABA_UPOS_NOUN && !find(t, &w[e], WT_BIT(NER_HEAD_BODYEND)))
            e++;
    /* the cue's own name, not a second noun joined by و (للوزارة والحكومة);
    ** after الوزارة, الهيئة an adjective or a ل phrase (الهيئة العليا
    ** للانتخابات), not the verb's object (لاحظت الهيئة الإخلالات) */
    if (e == n || !body_word(t, w, tags, e) || (w[e].prefix & NER_PRE_WA) ||
        (e == i + 1 && (w[i].prefix & NER_PRE_AL) && w[e].upos != NABA_UPOS_ADJ && !(w[e].prefix & NER_PRE_LI)))
        return i + 1;
    /* then adjectives, ل phrases and words joined by و (مجلس الشورى
    ** [المؤسسة العامة]: the noun after the name is another's), and a ل
    ** noun in construct with a definite one (لمكافحة المخدرات) */
    for (e++; e < n && e - i < 8;) {
        if (body_word(t, w, tags, e) && (w[e].upos == NABA_UPOS_ADJ || (w[e].prefix & (NER_PRE_WA | NER_PRE_LI))))
            e++;
        else if (li_construct(t, w, tags, n, i, e))
            e += 2;
        else
            break;
    }
    return e;
}

/* A government body's name the tagger left untagged (sessions 27-28: on news
** under 5% of وزارة, هيئة, مجلس were inside a name): a cue of the body class
** or the office class and the words of its name after it (وزارة الداخلية
** التونسية, المديرية العامة للأمن الوطني, مجلس نواب الشعب) is a body; a body
** cue written with ال and nothing after it (قالت الوزارة) is one too, the
** document's body named in full (the link stage joins the two). An office cue
** names no body alone (مديرية الحسينية is a Yemeni district, المديرية
** alone as often). After a role word (المتحدث باسم وزارة الخارجية) the
** phrase is a person's title, which the link stage reads whole. */
static void bodies(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    for (size_t i = 0; i < n; i++) {
        const wt_entry *e;
        /* a cue is a noun: asked first, a look-up of every word cost 1% of the run */
        if (tags[i] || w[i].shape != NER_SHAPE_ARABIC || (w[i].upos != NABA_UPOS_NOUN && w[i].upos != NER_UPOS_NONE) ||
            !(e = find(t, &w[i], WT_BIT(NER_HEAD_BODY) | WT_BIT(NER_HEAD_OFFICE))))
            continue;
        /* المتحدث باسم وزارة الخارجية is a person's title (link_titles.c) */
        if (i > 0 && tags[i - 1] == 0 && find(t, &w[i - 1], WT_BIT(NER_HEAD_ROLE))) continue;
        size_t end = body_end(t, w, tags, n, i);
        if (end == i + 1 && (e->cls == NER_HEAD_OFFICE || !(w[i].prefix & NER_PRE_AL))) continue;
        ner_tag_span(tags, i, end, NABA_ENT_ORG);
        i = end - 1;
    }
}

static int period(const ner_word *w) {
    return w->n == 1 && w->s[0] == '.';
}

/* Initials spelled as Latin letters' names with periods between them (إف. بي.
** آي, آي. إتش. إس): the tagger sees a word per letter and tagged each apart,
** or none; they are one body's name, periods and all (the sentence splitter
** leaves them in one sentence). */
static void dotted_initials(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    for (size_t i = 0; i + 2 < n; i++) {
        if (!period(&w[i + 1]) || !letter_name(t, &w[i])) continue; /* the cheap test first: no look-up a word */
        size_t e = i + 1;
        while (e + 1 < n && period(&w[e]) && letter_name(t, &w[e + 1])) e += 2;
        if (e > i + 1) ner_tag_span(tags, i, e, NABA_ENT_ORG);
        i = e - 1;
    }
}

/* Is w a definite passive participle, المفعول or المفعولة (المدعوم,
** المقربة)? Letters are two bytes each in the folded key. */
static int definite_participle(const ner_word *w) {
    const char *k = w->key;
    return w->shape == NER_SHAPE_ARABIC && (w->kn == 14 || w->kn == 16) && !memcmp(k, "\xd8\xa7\xd9\x84\xd9\x85", 6) &&
           !memcmp(k + 10, "\xd9\x88", 2) && (w->kn == 14 || !memcmp(k + 14, "\xd8\xa9", 2) || !memcmp(k + 14, "\xd9\x87", 2));
}

/* A name's chunk that ran on over a participle before من (منظمة بدر [المدعوم]
** من إيران: backed by Iran) ends before it. */
static void participle_tails(const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    while (ner_next_chunk(tags, n, &i, &c))
        if (c.end - c.start >= 2 && c.end < n && definite_participle(&w[c.end - 1]) &&
            w[c.end].kn == 4 && !memcmp(w[c.end].key, "\xd9\x85\xd9\x86", 4)) {
            ner_tag_span(tags, c.start, c.end - 1, c.type);
            tags[c.end - 1] = 0;
        }
}

/* A name the tagger ran on over و and the cue of a second name (الملك
** [سلمان والأمير] محمد بن سلمان, [منظمة الأعراف والمنظمة الشغيلة]) ends
** before it: a title opens no name, a body's cue opens the second body's
** (src/link/README.md, session 33). */
static void joined_cues(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    while (ner_next_chunk(tags, n, &i, &c)) {
        uint32_t cue = c.type == NABA_ENT_PER ? NER_LEX_TRIG_PER : c.type == NABA_ENT_ORG ? NER_LEX_TRIG_ORG : 0;
        for (size_t k = c.start + 1; cue && k < c.end; k++) {
            if (w[k].shape != NER_SHAPE_ARABIC || (w[k].prefix & (NER_PRE_WA | NER_PRE_AL)) != (NER_PRE_WA | NER_PRE_AL) ||
                !((w[k].lex & cue) || (c.type == NABA_ENT_ORG && find(t, &w[k], WT_BIT(NER_HEAD_BODY)))))
                continue;
            /* a cue last in the chunk names nothing there (الملك [سلمان والأمير]) */
            if (c.type == NABA_ENT_PER || k + 1 == c.end) {
                tags[k] = 0;
                ner_tag_span(tags, k + 1, c.end, c.type);
            } else {
                ner_tag_span(tags, k, c.end, c.type);
            }
            i = k + 1;
            break;
        }
    }
}

/* Are words s..e (of n) one place: one place word, or a gazetteer place
** phrase exactly? */
static int place_words(const ner_word *w, size_t n, size_t s, size_t e) {
    if (e == s + 1 && !w[s].phrase_type) return (w[s].lex & NER_LEX_LOC) && !(w[s].lex & NER_LEX_PERW);
    if (!(w[s].phrase_type & NER_LEX_LOC) || w[s].phrase_pos != 1) return 0;
    for (size_t k = s + 1; k < e; k++)
        if (w[k].phrase_pos != 2) return 0;
    return e == n || w[e].phrase_pos != 2;
}

/* A place official's title without the article (والي بن عروس, معتمد جومين,
** محافظ البصرة) tagged with the place as a person's name names no one: the
** place is the name, the title leaves it; the title tagged alone is no name
** (src/link/README.md, session 34 ent46). */
static void governed_places(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    while (ner_next_chunk(tags, n, &i, &c)) {
        if (c.type != NABA_ENT_PER || (w[c.start].prefix & NER_PRE_AL) ||
            !find(t, &w[c.start], WT_BIT(NER_HEAD_GOVERNS)))
            continue;
        if (c.end == c.start + 1 && c.end < n && tags[c.end]) {
            tags[c.start] = 0; /* والي [[صفاقس]] */
        } else if (c.end > c.start + 1 && place_words(w, n, c.start + 1, c.end)) {
            tags[c.start] = 0;
            ner_tag_span(tags, c.start + 1, c.end, NABA_ENT_LOC);
        }
    }
}

void ner_heads_rule(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    dotted_initials(t, w, n, tags);
    joined_cues(t, w, n, tags);
    governed_places(t, w, n, tags);
    while (ner_next_chunk(tags, n, &i, &c)) {
        const wt_entry *medium = c.type == NABA_ENT_PER ? medium_before(t, w, tags, c.start) : NULL;
        if (medium) {
            /* a medium's own name is no person's (وكالة "بلومبيرغ", موقع Wired,
            ** برنامج "بوليتيكا"): the body or the work, its span as it is */
            ner_tag_span(tags, c.start, c.end, type_of(medium));
            continue;
        }
        size_t letters = c.type == NABA_ENT_PER ? letters_end(t, w, c.start, c.end) : c.start;
        int band = letters > c.start && find(t, &w[letters - 1], WT_BIT(NER_HEAD_BAND));
        if (letters >= c.start + 2 && (letters == c.end || band)) {
            /* initials are a body's (بي بي سي), a band's letters the end of a
            ** station's name; a name after them is its reporter's */
            size_t start = band ? station_start(t, w, tags, n, c.start) : c.start;
            ner_tag_span(tags, start, letters, NABA_ENT_ORG);
            ner_tag_span(tags, letters, c.end, NABA_ENT_PER);
            continue;
        }
        const wt_entry *e;
        if (c.type == NABA_ENT_PER && (e = find(t, &w[c.end - 1], WT_BIT(NER_HEAD_BODYNAME)))) {
            /* ويست هام يونايتد, الراجحي كابيتال: a body's, not a person's */
            ner_tag_span(tags, c.start, c.end, type_of(e));
            continue;
        }
        /* a Latin name keeps its script of its own (قصر [[Dolmabahce]]) */
        if (w[c.start].shape != NER_SHAPE_ARABIC) continue;
        /* a title tagged apart joins the name after it (named_start) */
        if (c.end == c.start + 1 && find(t, &w[c.start], WT_BIT(NER_HEAD_TITLE))) continue;
        /* a title behind its proclitic (للرئيس بوتن, والملك سلمان; the list's
        ** titles all open with ال) is no part of the name, as bare الرئيس is not */
        if (c.type == NABA_ENT_PER && c.end > c.start + 1 && w[c.start].n > 2 && memcmp(w[c.start].s, "\xd8\xa7", 2) &&
            find(t, &w[c.start], WT_BIT(NER_HEAD_TITLE))) {
            tags[c.start] = 0;
            ner_tag_span(tags, c.start + 1, c.end, NABA_ENT_PER);
            continue;
        }
        int type;
        size_t start = c.type == NABA_ENT_PER ? named_start(t, w, tags, n, c.start, &type)
                                              : head_start(t, w, tags, c.start, &type),
               end = c.end;
        if (start < c.start) {
            if (c.type == NABA_ENT_PER) end = preposition_at(w, c.start, c.end);
            for (size_t k = end; k < c.end; k++) tags[k] = 0;
            /* tail words only after the name itself */
            while (end >= c.end && end < n && end - c.end < 3 && joinable(tags, n, end) &&
                   find(t, &w[end], WT_BIT(NER_HEAD_TAIL) | WT_BIT(NER_HEAD_SUFFIX) | WT_BIT(NER_HEAD_EPITHET)))
                end++;
            /* a body's own name stays as it is (وكالة [[رويترز]]) unless the
            ** name goes on after it (لوكالة [[تونس]] افريقيا للأنباء) */
            if (c.type != NABA_ENT_LOC && c.type != NABA_ENT_PER && end == c.end) continue;
        } else if (c.type == NABA_ENT_LOC && end < n && tags[end] == 0 &&
                   (e = find(t, &w[end], WT_BIT(NER_HEAD_SUFFIX) | WT_BIT(NER_HEAD_EPITHET)))) {
            /* مصر للطيران is the airline; مكة المكرمة is still the city */
            type = e->cls == NER_HEAD_EPITHET ? NABA_ENT_LOC : type_of(e);
            end++;
        } else if (c.type == NABA_ENT_ORG && c.end > c.start + 1 &&
                   find(t, &w[c.start], WT_BIT(NER_HEAD_NAMED) | WT_BIT(NER_HEAD_HEAD))) {
            /* a body the recognizer tagged whole from its head word takes the
            ** tail words after it as a head before a name does: كلية الملك
            ** عبدالعزيز [الحربية], وكالة تاس [للأنباء]; not a party's (حزب,
            ** outer), whose adjective after it is often its construct's noun's:
            ** قدرات حزب الله العسكرية */
            type = NABA_ENT_ORG;
            while (end < n && end - c.end < 3 && joinable(tags, n, end) && find(t, &w[end], WT_BIT(NER_HEAD_TAIL))) end++;
            if (end == c.end) continue;
        } else {
            continue;
        }
        ner_tag_span(tags, start, end, type);
        i = end;
    }
    bodies(t, w, n, tags);
    participle_tails(w, n, tags);
}
