/*
** link_heads.c — the English name of a body, facility or event the knowledge
** base does not hold, read from its head word and the words after it (مطار دبي
** الدولي -> Dubai International Airport, بنك الاستثمار العربي -> Arab
** Investment Bank, وزارة الصحة السعودية -> Saudi Ministry of Health, جامعة
** الملك سعود -> King Saud University).
**
** Such names are rarely in the KB, so the romanizer spelt them word by word
** (Bank Al-Istithmar Al-Arabi), where an analyst reads the English name. The
** head's pattern and the plain adjectives are the `en` class of
** data/ner/heads.tsv; the nouns, nationality adjectives and titles are
** data/link/name_words.tsv; places are the KB's English names; any other word
** is a name and stays romanized. English order (src/link/README.md, session
** 21, second round): nationality adjectives, and adjectives before any noun,
** go before the whole name (Saudi, General); the nouns and names after the head
** are the compound's units, last first (تنمية الصادرات -> Exports Development),
** an adjective after a noun joins it (Higher Education) and one after a name
** or place follows it (Dubai International); groups joined by و keep their
** order (Labor and Social Development); a ل phrase (للاستثمار) is one more
** unit of the compound (Saudi Investment Bank, Sudan News Agency), or when it
** holds more than one noun after a name or place a "for" phrase (King Fahd
** University for Petroleum and Minerals). A word that is none of these after
** a noun, or that looks like an adjective (ال...ي), leaves the whole name to
** the romanizer.
*/
#include "link.h"
#include "namekey.h"
#include "ner.h"
#include "stage.h"
#include "wordtab.h"

#include <stdio.h>
#include <string.h>

static const char *const word_classes[] = {"noun", "front", "title", "whole", NULL};
enum { W_NOUN, W_FRONT, W_TITLE, W_WHOLE };

wordtab *link_name_words_load(const char *data_dir, naba_error *err) {
    char path[1200];
    return wt_load_file(naba_data_path(data_dir, "data/link/name_words.tsv", path, sizeof path), word_classes, err);
}

/* The KB place named by the words s[0..n), its English name, or NULL. */
static const char *kb_place(const link_state *st, const char *s, size_t n) {
    char key[NAME_KEY_MAX], al[NAME_KEY_MAX];
    kb_ref c[8];
    name_key(s, n, key, sizeof key);
    name_strip_al(key, al, sizeof al);
    size_t k = kb_lookup(st->kb, KB_KEY_NAME, key, c, 8);
    if (!k) k = kb_lookup(st->kb, KB_KEY_NAME, al, c, 8);
    for (size_t i = 0; i < k; i++) {
        const kb_entity *e = kb_ent(c[i]);
        if (e->type == NABA_ENT_LOC && *kb_str(c[i], e->name_en)) return kb_str(c[i], e->name_en);
    }
    return NULL;
}

#define MAX_WORDS 12
#define UNIT_CAP 128

/* One unit of the English compound: a noun with the adjectives before it, or
** a name (proper) with the words after it. */
typedef struct unit {
    char s[UNIT_CAP];
    int proper, title, group, lam;
    size_t run, kept;   /* a romanized run: its first byte in the name (0: none) and
                        ** the length of s before it; the run is romanized whole */
} unit;

typedef struct name_en {
    char nation[UNIT_CAP], front[UNIT_CAP];   /* Egyptian + Central + Bank */
    char after[UNIT_CAP];                     /* numbers: World Cup 2010 */
    unit u[MAX_WORDS];
    size_t n;
} name_en;

static int cat(char *dst, const char *sep, const char *s) {
    size_t o = strlen(dst);
    int w = snprintf(dst + o, UNIT_CAP - o, "%s%s", *dst ? sep : "", s);
    return w >= 0 && o + (size_t)w < UNIT_CAP;
}

/* Put before s the words w: "Higher" + "Education". */
static int prepend(char *s, const char *w) {
    char t[UNIT_CAP];
    int k = snprintf(t, sizeof t, "%s%s%s", w, *s ? " " : "", s);
    if (k < 0 || (size_t)k >= sizeof t) return 0;
    memcpy(s, t, (size_t)k + 1);
    return 1;
}

static unit *new_unit(name_en *ne, int proper, int group, int lam) {
    if (ne->n >= MAX_WORDS) return NULL;
    unit *u = &ne->u[ne->n++];
    *u = (unit){.proper = proper, .group = group, .lam = lam};
    return u;
}

/* Do the surface bytes s[0..n) begin with letter (two bytes)? */
static int starts(const char *s, size_t n, const char *letter) { return n >= 2 && !memcmp(s, letter, 2); }

/* Looks like an adjective of relation: ال + ... + ي or ية. */
static int nisba_like(const char *s, size_t n) {
    return n > 6 && !memcmp(s, "\xd8\xa7\xd9\x84", 4) &&
           (!memcmp(s + n - 2, "\xd9\x8a", 2) || !memcmp(s + n - 4, "\xd9\x8a\xd8\xa9", 4));
}

/* A word that joins a person's name to the next word, which is a name
** however the tables read it (علي بن [أبي] طالب: أبي is no place). */
static int name_link(const char *s, size_t n) {
    static const char *const links[] = {"بن", "ابن", "بنت", "أبي", "ابي", "أبو", "ابو", "آل"};
    for (size_t i = 0; i < sizeof links / sizeof *links; i++)
        if (strlen(links[i]) == n && !memcmp(s, links[i], n)) return 1;
    return 0;
}

/* Join the units of one side (lam: the ل phrase or the rest) into out: groups
** in order, joined by "and", the units of a group last first. */
static int join(const name_en *ne, int lam, char *out) {
    *out = '\0';
    for (size_t i = 0; i < ne->n;) {
        if (ne->u[i].lam != lam) { i++; continue; }
        size_t j = i;
        while (j < ne->n && ne->u[j].lam == lam && ne->u[j].group == ne->u[i].group) j++;
        if (*out && !cat(out, " ", "and")) return 0;
        for (size_t k = j; k-- > i;)
            if (!cat(out, " ", ne->u[k].s)) return 0;
        i = j;
    }
    return 1;
}

/* The English name from the units read: nationality and front adjectives,
** the head's pattern around the compound, the "for" phrase, numbers last. */
static const char *compose(naba_doc *doc, name_en *ne, const char *pattern) {
    /* a ل phrase after no name is one more unit of the compound */
    int proper_main = 0;
    for (size_t i = 0; i < ne->n; i++) proper_main |= ne->u[i].proper && !ne->u[i].lam;
    /* and so is one noun after a name (وكالة السودان للأنباء -> Sudan News Agency) */
    size_t n_lam = 0, common_lam = 0;
    for (size_t i = 0; i < ne->n; i++) {
        n_lam += (size_t)ne->u[i].lam;
        common_lam += (size_t)(ne->u[i].lam && !ne->u[i].proper);
    }
    if (proper_main && n_lam == 1 && common_lam == 1 && ne->u[ne->n - 1].lam) {
        /* the noun goes next to the head: first unit, as units are read last first */
        unit t = ne->u[ne->n - 1];
        memmove(&ne->u[1], &ne->u[0], (ne->n - 1) * sizeof *ne->u);
        ne->u[0] = t;
        ne->u[0].group = ne->u[1].group;
        ne->u[0].lam = 0;
    }
    if (!proper_main)
        for (size_t i = 0; i < ne->n; i++) ne->u[i].lam = 0;
    char main_part[UNIT_CAP], lam_part[UNIT_CAP], out[6 * UNIT_CAP];
    if (!join(ne, 0, main_part) || !join(ne, 1, lam_part)) return NULL;
    const char *p = strstr(pattern, "%s");
    /* Ministry of + nothing is no name */
    if (p && !*main_part && p != pattern) return NULL;
    size_t before = p ? (size_t)(p - pattern) : strlen(pattern);
    int len = snprintf(out, sizeof out, "%s %s %.*s%s%s%s%s %s", ne->nation, ne->front, (int)before, pattern,
                       main_part, p ? p + 2 : "", *lam_part ? " for " : "", lam_part, ne->after);
    if (len < 0 || (size_t)len >= sizeof out) return NULL;
    /* a whole body's English takes no compound after it */
    if (!p && (*main_part || *lam_part)) return NULL;
    /* the spaces an empty front or compound left */
    size_t o = 0;
    for (size_t i = 0; out[i]; i++)
        if (out[i] != ' ' || (o && out[o - 1] != ' ')) out[o++] = out[i];
    while (o && out[o - 1] == ' ') o--;
    return naba_arena_strndup(doc->arena, out, o);
}

/* The English name of the words of name from word first on, set in pattern
** (the head's, or a whole body's English: then first is the word after it);
** its names romanized for the document's region (link_romanize); named: the
** head names things after persons (data/ner/heads.tsv), a family name may
** follow it. */
static const char *english_from(naba_doc *doc, const link_state *st, const char *name, const size_t *ws,
                                const size_t *we, size_t nw, size_t first, const char *pattern, int region,
                                int named) {
    name_en ne = {0};
    int group = 0, lam = 0;
    for (size_t i = first; i < nw;) {
        const char *w = name + ws[i];
        size_t wn = we[i] - ws[i], cut = 0, take = 0;
        unit *last = ne.n ? &ne.u[ne.n - 1] : NULL;
        const wt_entry *e = NULL;
        const char *place = NULL;
        char al[UNIT_CAP];
        int adj = 0;
        /* a second head after و: two names (جامعة الخليج العربي وجامعة البحرين) */
        e = ner_head_word(st->heads, w, wn, WT_BIT(NER_HEAD_EN), &cut);
        if (e && starts(w, cut, "\xd9\x88") && strstr(e->str, "%s")) return NULL;
        e = NULL;
        cut = 0;
        /* the longest phrase of up to three words the tables or the KB name,
        ** unless a name's link word comes before it */
        int linked = last && last->proper && name_link(name + ws[i - 1], we[i - 1] - ws[i - 1]);
        for (size_t k = nw - i < 3 ? nw - i : 3; k > 0 && !take && !linked; k--) {
            size_t len = we[i + k - 1] - ws[i];
            e = ner_head_word(st->words, w, len, ~0u, &cut);
            /* a noun or adjective written without ال inside the name (معهد
            ** تقنية المعلومات) */
            if (!e && k == 1 && !starts(w, wn, "\xd8\xa7") && len + 4 < sizeof al) {
                memcpy(al, "\xd8\xa7\xd9\x84", 4);
                memcpy(al + 4, w, len);
                e = ner_head_word(st->words, al, len + 4, WT_BIT(W_NOUN), NULL);
            }
            if (!e && k == 1 && (e = ner_head_word(st->heads, w, len, WT_BIT(NER_HEAD_EN), &cut)))
                adj = !strstr(e->str, "%s");
            if (e && !adj && e->cls == NER_HEAD_EN) e = NULL;
            /* a place after و: كأس مصر وأفريقيا */
            if (!e && !(place = kb_place(st, w, len)) && starts(w, len, "\xd9\x88") &&
                (place = kb_place(st, w + 2, len - 2)))
                cut = 2;
            if (e || place) take = k;
        }
        /* و before the word starts a group, ل a "for" phrase */
        int conj = starts(w, cut, "\xd9\x88");
        if (starts(w + 2 * conj, cut - 2 * (size_t)conj, "\xd9\x84")) lam = 1;
        group += conj;
        int same = last && !conj && last->lam == lam;
        if (!take && strspn(w, "0123456789") == wn) {
            /* a number (مونديال 2010) stays as written, after the name */
            if (!cat(ne.after, " ", naba_arena_strndup(doc->arena, w, wn))) return NULL;
            i++;
            continue;
        }
        if (!take) {
            /* a name, romanized; it continues a name or title before it. A
            ** word after a noun, or like an adjective (unless it follows a
            ** name of two words or more: a family name, ملعب عبد العزيز
            ** الشتيوي, or it follows a head word that names things after
            ** persons: مستشفى الجنزوري التخصصي), or with a clitic (و, ب, ل
            ** before ال) is no name. */
            int family = last ? last->run && memchr(name + last->run, ' ', ws[i] - 1 - last->run) : named;
            if ((last && !last->proper) || (nisba_like(w, wn) && !family) || starts(w, wn, "\xd9\x84") ||
                ((starts(w, wn, "\xd9\x88") || starts(w, wn, "\xd8\xa8")) && wn > 6 && !memcmp(w + 2, "\xd8\xa7\xd9\x84", 4)))
                return NULL;
            int person = last && last->title;
            unit *u = same && last->proper ? last : new_unit(&ne, 1, group, lam);
            if (!u) return NULL;
            if (!u->run) {
                u->run = ws[i];
                u->kept = strlen(u->s);
            }
            /* عبد الرحمن as one name, not Abdul + Al-Rahman */
            const char *r = link_romanize(doc, st, naba_arena_strndup(doc->arena, name + u->run, we[i] - u->run),
                                          person ? NABA_ENT_PER : NABA_ENT_ORG, region);
            u->s[u->kept] = '\0';
            if (!r || !cat(u->s, " ", r)) return NULL;
            i++;
            continue;
        }
        i += take;
        unit *u = NULL;
        if (!place && !adj && e->cls == W_TITLE && same && last->title && !last->run) {
            /* a title after a title (كأس المؤسس الملك عبدالعزيز -> Founder King Abdulaziz Cup) */
            u = last;
        } else if (place || (!adj && e->cls == W_TITLE)) {
            u = new_unit(&ne, 1, group, lam);
            if (u) u->title = !place;
        } else if (!adj && e->cls == W_NOUN) {
            u = new_unit(&ne, 0, group, lam);
        } else if (!adj && e->cls == W_FRONT) {
            if (!cat(ne.nation, " ", e->str)) return NULL;
            continue;
        } else if (!same) {
            /* an adjective before any noun or name is the whole name's */
            if (!cat(ne.front, " ", e->str)) return NULL;
            continue;
        } else if (last->proper) {
            u = last;
        } else if (prepend(last->s, e->str)) {
            continue;
        }
        if (!u || !cat(u->s, " ", place ? place : e->str)) return NULL;
        u->run = 0;
    }
    if (!ne.n && !*ne.front && !*ne.nation && first == 1) return NULL;
    return compose(doc, &ne, pattern);
}

const char *link_head_english(naba_doc *doc, const link_state *st, const char *name, int region) {
    size_t n = strlen(name), ws[MAX_WORDS], we[MAX_WORDS], nw = 0;
    for (size_t i = 0; i < n && nw < MAX_WORDS;) {
        while (i < n && name[i] == ' ') i++;
        if (i >= n) break;
        ws[nw] = i;
        while (i < n && name[i] != ' ') i++;
        we[nw++] = i;
    }
    if (nw < 2 || nw >= MAX_WORDS) return NULL;
    /* the head written with ال too: the ner stage's definite named words
    ** (المستشفى الجامعي فرحات حشاد) */
    const wt_entry *h =
        ner_head_word_stripped(st->heads, name, we[0], WT_BIT(NER_HEAD_EN), WT_CONJ | WT_PREP | WT_DEF, NULL);
    if (!h || !strstr(h->str, "%s")) return NULL;
    /* a body whose English is no compound of its words (مجلس الوزراء ->
    ** Council of Ministers, مجلس الشيوخ -> Senate); adjectives after it still
    ** go before it (Saudi Council of Ministers); any other word after it
    ** (مجلس الدولة والوزراء) leaves the name to the head's pattern */
    for (size_t k = nw < 3 ? nw : 3; k >= 2; k--) {
        const wt_entry *whole = ner_head_word(st->words, name, we[k - 1], WT_BIT(W_WHOLE), NULL);
        const char *en = whole ? english_from(doc, st, name, ws, we, nw, k, whole->str, region, 0) : NULL;
        if (en) return en;
        if (whole) break;
    }
    /* a name follows a head without ال: after المعهد, المسجد a word with ال
    ** is an adjective (المعهد الثانوي, المسجد النبوي) */
    int named = ner_head_word(st->heads, name, we[0], WT_BIT(NER_HEAD_NAMED), NULL) != NULL;
    return english_from(doc, st, name, ws, we, nw, 1, h->str, region, named);
}

/* Is the folded word w (n bytes, written with ال or without: keys compared
** for spelling lose it) a front adjective of name_words.tsv? */
static int front_word(const link_state *st, const char *w, size_t n) {
    char al[NAME_KEY_MAX];
    if (n + 5 > sizeof al) return 0;
    memcpy(al, "ال", 4);
    memcpy(al + 4, w, n);
    al[n + 4] = '\0';
    /* the table's look-up reads its key to the NUL */
    return wt_get_stripped(st->words, al + 4, n, WT_BIT(W_FRONT), WT_CONJ | WT_PREP, NULL) ||
           wt_get_stripped(st->words, al, n + 4, WT_BIT(W_FRONT), 0, NULL);
}

/* Does a hold a front adjective that b lacks? */
static int front_not_in(const link_state *st, const char *a, const char *b) {
    for (const char *p = a; *p;) {
        size_t n = strcspn(p, " ");
        if (front_word(st, p, n) && !name_has_word(b, p, n)) return 1;
        p += n + (p[n] == ' ');
    }
    return 0;
}

int link_other_fronts(const link_state *st, const char *a, const char *b) {
    return st->words && front_not_in(st, a, b) && front_not_in(st, b, a);
}
