/*
** ner_data.c — reading NER training and gold data: `word TAG` corpora
** (ANERcorp, WikiFANE) and naba's curated cue lists (data/ner/cues.tsv).
**
** Both are outside input, read by the trainer and by `naba eval ner`, so every
** malformed line fails with the file and line number instead of being guessed.
** WikiFANE's 50 fine classes are mapped onto ANERcorp's four here, in one table.
*/
#include "ner.h"
#include "input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* WikiFANE fine class -> naba type (-1: not an entity in ANERcorp's scheme).
** Group (groups of people) maps to O, as ANERcorp does not tag them;
** facilities and geo-political entities are places; products are MISC;
** vehicles and weapons are not tagged in ANERcorp. */
static const struct { const char *name; int type; } fine_classes[] = {
    {"Politician", NABA_ENT_PER}, {"Religious_PER", NABA_ENT_PER}, {"Artist", NABA_ENT_PER},
    {"Other_PER", NABA_ENT_PER}, {"Scientist", NABA_ENT_PER}, {"Athlete", NABA_ENT_PER},
    {"Businessperson", NABA_ENT_PER}, {"Engineer", NABA_ENT_PER}, {"Lawyer", NABA_ENT_PER},
    {"Police", NABA_ENT_PER}, {"Group", -1},
    {"Population-Center", NABA_ENT_LOC}, {"Nation", NABA_ENT_LOC}, {"Water-Body", NABA_ENT_LOC},
    {"State-or-Province", NABA_ENT_LOC}, {"Building-Grounds", NABA_ENT_LOC},
    {"Celestial", NABA_ENT_LOC}, {"Land-Region-Natural", NABA_ENT_LOC}, {"Path", NABA_ENT_LOC},
    {"Continent", NABA_ENT_LOC}, {"GPE-Cluster", NABA_ENT_LOC}, {"County-or-District", NABA_ENT_LOC},
    {"Airport", NABA_ENT_LOC}, {"Subarea-Facility", NABA_ENT_LOC}, {"Plant", NABA_ENT_LOC},
    {"Commercial", NABA_ENT_ORG}, {"Non-Governmental", NABA_ENT_ORG}, {"Government", NABA_ENT_ORG},
    {"Educational", NABA_ENT_ORG}, {"Media", NABA_ENT_ORG}, {"Sports", NABA_ENT_ORG},
    {"Religious_ORG", NABA_ENT_ORG}, {"Medical-Science", NABA_ENT_ORG},
    {"Entertainment", NABA_ENT_ORG},
    {"Book", NABA_ENT_MISC}, {"Software", NABA_ENT_MISC}, {"Hardware", NABA_ENT_MISC},
    {"Movie", NABA_ENT_MISC}, {"Sound", NABA_ENT_MISC}, {"Food", NABA_ENT_MISC},
    {"Drug", NABA_ENT_MISC},
    {"Air", -1}, {"Water", -1}, {"Land", -1}, {"Projectile", -1}, {"Nuclear", -1},
    {"Shooting", -1}, {"Blunt", -1}, {"Exploding", -1}, {"Chemical", -1}, {"Sharp", -1},
};

/* Tag string -> tag; -2 when unknown. */
static int parse_tag(const char *t, size_t n, int fine) {
    if (n == 1 && t[0] == 'O') return 0;
    if (n < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-') return -2;
    int inside = t[0] == 'I';
    const char *c = t + 2;
    size_t cn = n - 2;
    int type = -2;
    if ((cn == 4 && !memcmp(c, "PERS", 4)) || (cn == 3 && !memcmp(c, "PER", 3))) type = NABA_ENT_PER;
    else if (cn == 3 && !memcmp(c, "LOC", 3)) type = NABA_ENT_LOC;
    else if (cn == 3 && !memcmp(c, "ORG", 3)) type = NABA_ENT_ORG;
    else if (cn == 4 && !memcmp(c, "MISC", 4)) type = NABA_ENT_MISC;
    else if (fine) {
        for (size_t i = 0; i < sizeof fine_classes / sizeof fine_classes[0]; i++)
            if (strlen(fine_classes[i].name) == cn && !memcmp(fine_classes[i].name, c, cn)) {
                type = fine_classes[i].type;
                break;
            }
    }
    if (type == -2) return -2;
    return type < 0 ? 0 : ner_tag_make(type, inside);
}

static int is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') return 0;
    return 1;
}

/* Leading U+200E/U+200F marks (WikiFANE puts one before every token). */
static size_t skip_marks(const char *s, size_t n) {
    size_t i = 0;
    while (i + 3 <= n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x8E || (unsigned char)s[i + 2] == 0x8F))
        i += 3;
    return i;
}

naba_status ner_corpus_parse(char *buf, size_t len, const char *name, int fine,
                             ner_corpus *c, naba_error *err) {
    memset(c, 0, sizeof *c);
    c->buf = buf;
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += buf[i] == '\n';
    c->words = calloc(lines, sizeof(ner_word));
    c->gold = calloc(lines, 1);
    c->sent = calloc(lines + 1, sizeof(uint32_t));
    c->keys = malloc(len + lines + 1);
    if (!c->words || !c->gold || !c->sent || !c->keys) {
        ner_corpus_free(c);
        return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory reading %s", name);
    }
    size_t p = 0, line = 0, kp = 0;
    if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) p = 3;
    int in_sent = 0;
    while (p < len) {
        line++;
        size_t e = p;
        while (e < len && buf[e] != '\n') e++;
        size_t next = e + 1, le = e;
        if (le > p && buf[le - 1] == '\r') le--;
        if (is_blank(buf + p, le - p)) {
            if (in_sent) c->sent[++c->n_sents] = (uint32_t)c->n;
            in_sent = 0;
            p = next;
            continue;
        }
        size_t sep = le;
        while (sep > p && buf[sep - 1] != '\t' && buf[sep - 1] != ' ') sep--;
        size_t tok_end = sep ? sep - 1 : p;
        while (tok_end > p && (buf[tok_end - 1] == ' ' || buf[tok_end - 1] == '\t')) tok_end--;
        size_t tok = p + skip_marks(buf + p, tok_end - p);
        if (sep <= p || tok >= tok_end) {
            ner_corpus_free(c);
            return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: expected 'word TAG'", name, line);
        }
        int tag = parse_tag(buf + sep, le - sep, fine);
        if (tag < 0) { /* the message quotes buf, which the corpus frees: written first */
            naba_status st = naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: unknown tag '%.*s'", name, line,
                                       (int)(le - sep > 40 ? 40 : le - sep), buf + sep);
            ner_corpus_free(c);
            return st;
        }
        /* IOB1-style I- after O or another type starts a chunk (as conlleval reads it). */
        if (ner_tag_inside(tag) && (!in_sent || ner_tag_type(c->gold[c->n - 1]) != ner_tag_type(tag)))
            tag = ner_tag_make(ner_tag_type(tag), 0);
        buf[tok_end] = '\0';
        ner_word_init(&c->words[c->n], buf + tok, tok_end - tok, c->keys + kp);
        kp += c->words[c->n].kn + 1;
        c->gold[c->n++] = (uint8_t)tag;
        in_sent = 1;
        p = next;
    }
    if (in_sent) c->sent[++c->n_sents] = (uint32_t)c->n;
    return NABA_OK;
}

naba_status ner_corpus_read(const char *path, int fine, ner_corpus *c, naba_error *err) {
    size_t n;
    char *buf;
    naba_status st = naba_read_file(path, NABA_DATA_FILE_MAX, &buf, &n, err);
    if (st != NABA_OK) return st;
    return ner_corpus_parse(buf, n, path, fine, c, err);
}

void ner_corpus_free(ner_corpus *c) {
    free(c->buf); free(c->words); free(c->gold); free(c->sent); free(c->keys);
    memset(c, 0, sizeof *c);
}

void ner_corpus_lookup(ner_corpus *c, const ner_lex_slot *lex, uint32_t mask) {
    for (size_t s = 0; s < c->n_sents; s++)
        ner_words_lookup(c->words + c->sent[s], c->sent[s + 1] - c->sent[s], lex, mask);
}

/* ---- cues ---- */

static const struct { const char *name; uint32_t bit; } cue_classes[] = {
    {"LOC", NER_LEX_LOC}, {"PER", NER_LEX_PERW}, {"ORG", NER_LEX_ORG}, {"NAT", NER_LEX_NAT},
    {"TRIG_PER", NER_LEX_TRIG_PER}, {"TRIG_LOC", NER_LEX_TRIG_LOC},
    {"TRIG_ORG", NER_LEX_TRIG_ORG}, {"NOTNAME", NER_LEX_NOTNAME}};

naba_status ner_cues_parse(const char *text, size_t len, const char *file, ner_cue_fn fn,
                           void *ctx, naba_error *err) {
    size_t p = 0, line = 0;
    while (p < len) {
        line++;
        size_t e = p;
        while (e < len && text[e] != '\n') e++;
        size_t le = e;
        if (le > p && text[le - 1] == '\r') le--;
        if (le > p && text[p] != '#' && !is_blank(text + p, le - p)) {
            size_t tab = p;
            while (tab < le && text[tab] != '\t') tab++;
            if (tab == le || tab + 1 == le)
                return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: expected 'CLASS<TAB>name'", file, line);
            uint32_t bit = 0;
            for (size_t i = 0; i < sizeof cue_classes / sizeof cue_classes[0]; i++)
                if (strlen(cue_classes[i].name) == tab - p && !memcmp(cue_classes[i].name, text + p, tab - p))
                    bit = cue_classes[i].bit;
            if (!bit)
                return naba_fail(err, NABA_ERR_FORMAT, line, "%s:%zu: unknown class '%.*s'", file, line,
                                 (int)(tab - p > 20 ? 20 : tab - p), text + p);
            fn(ctx, bit, text + tab + 1, le - tab - 1);
        }
        p = e + 1;
    }
    return NABA_OK;
}
