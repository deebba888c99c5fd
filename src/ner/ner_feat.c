/*
** ner_feat.c — what the tagger knows about a token: its folded key, where its
** proclitics end, its shape, its lexicon classes, and the hashed feature keys
** built from those over a window of two tokens each side.
**
** Proclitics are also found here, by a small stripper over the folded key:
** an optional و/ف, then an optional ب/ل/ك (or لل = ل + ال), then an optional
** ال, never leaving fewer than two or three letters. (The morph stage's split
** comes in as features, ner_morph.c; it splits names such as فولوديمير that
** this stripper keeps whole.) It over-strips names like بوتين; the features give the
** model both the whole and the stripped forms, and ner_proclitic_letters
** decides with the news-frequency table whether to cut a mention's start.
*/
#include "ner.h"
#include "utf8.h"

#include <string.h>

uint64_t ner_hash(const char *s, size_t n) {
    return naba_mix64(naba_fnv1a64(s, n, NABA_FNV_INIT));
}

uint32_t ner_lex_get(const ner_lex_slot *t, uint32_t mask, uint64_t h) {
    if (!t) return 0;
    uint32_t key = ner_fp(h);
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        if (t[i].key == key) return t[i].val;
        if (t[i].key == 0) return 0;
    }
}

static int is_word_char(uint32_t c) {
    return is_arabic_letter(c) || is_latin_letter(c) || digit_value(c) >= 0;
}

/* Letters (code points) in s[0..n), marks included: good enough for the
** length checks of the stripper, which runs on folded keys without marks. */
static size_t count_chars(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Does the key have Arabic letter cp at byte i? */
static int ar_is(const char *s, size_t n, size_t i, uint32_t cp) {
    if (i + 2 > n) return 0;
    char enc[4] = {0}; /* zeroed: gcc -O1 (the TSan build) cannot see utf8_encode fill it */
    utf8_encode(cp, enc);
    return s[i] == enc[0] && s[i + 1] == enc[1];
}

#define WAW 0x0648
#define FEH 0x0641
#define BEH 0x0628
#define LAM 0x0644
#define KAF 0x0643
#define ALEF 0x0627

static void find_proclitics(ner_word *w) {
    const char *k = w->key;
    size_t n = w->kn, p = 0;
    uint8_t bits = 0;
    if ((ar_is(k, n, 0, WAW) || ar_is(k, n, 0, FEH)) && count_chars(k + 2, n - 2) >= 3) {
        bits |= ar_is(k, n, 0, WAW) ? NER_PRE_WA : NER_PRE_FA;
        p = 2;
    }
    if (ar_is(k, n, p, LAM) && ar_is(k, n, p + 2, LAM) && count_chars(k + p + 4, n - p - 4) >= 2) {
        bits |= NER_PRE_LI | NER_PRE_AL; /* لل = ل + ال with the alef dropped */
        w->off_host = (uint16_t)(p + 2);
        w->off_stem = (uint16_t)(p + 4);
        w->prefix = bits;
        return;
    }
    if ((ar_is(k, n, p, BEH) || ar_is(k, n, p, LAM) || ar_is(k, n, p, KAF)) &&
        count_chars(k + p + 2, n - p - 2) >= 3) {
        bits |= ar_is(k, n, p, BEH) ? NER_PRE_BI : ar_is(k, n, p, LAM) ? NER_PRE_LI : NER_PRE_KA;
        p += 2;
    }
    w->off_host = (uint16_t)p;
    if (ar_is(k, n, p, ALEF) && ar_is(k, n, p + 2, LAM) && count_chars(k + p + 4, n - p - 4) >= 2) {
        bits |= NER_PRE_AL;
        p += 4;
    }
    w->off_stem = (uint16_t)p;
    w->prefix = bits;
}

void ner_word_init(ner_word *w, const char *s, size_t n, char *buf) {
    memset(w, 0, sizeof *w);
    w->upos = NER_UPOS_NONE;
    w->doc_tag = NER_DOC_OFF;
    size_t a = 0, b = n;
    while (a < b) {                 /* leading punctuation */
        size_t len;
        uint32_t c = utf8_next(s + a, b - a, &len);
        if (is_word_char(c)) break;
        a += len;
    }
    while (b > a) {                 /* trailing punctuation (marks stay with their letter) */
        size_t p = utf8_prev(s, b), len;
        if (p < a) break;
        uint32_t c = utf8_next(s + p, b - p, &len);
        if (is_word_char(c) || is_arabic_mark(c)) break;
        b = p;
    }
    if (a == b) { a = 0; b = n; }   /* all punctuation: keep it whole */
    w->s = s + a;
    w->n = (uint32_t)(b - a);
    w->kn = (uint32_t)naba_fold(w->s, w->n, NER_FOLD, buf, w->n + 1);
    w->key = buf;
    unsigned ar = 0, lat = 0, up = 0, dig = 0, first_up = 0;
    for (size_t i = 0; i < w->n;) {
        size_t len;
        uint32_t c = utf8_next(w->s + i, w->n - i, &len);
        if (is_arabic_letter(c)) ar++;
        else if (is_latin_letter(c)) {
            lat++;
            int u = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE);
            up += u;
            if (i == 0) first_up = u;
        } else if (digit_value(c) >= 0) dig++;
        else if (is_arabic_mark(c)) {
            w->marks |= NER_MARK_ANY;
            if (c >= 0x064B && c <= 0x064D && i + len >= w->n - 2) w->marks |= NER_MARK_TANWEEN;
        }
        i += len;
    }
    if (!ar && !lat && !dig) w->shape = NER_SHAPE_PUNCT;
    else if (dig && !ar && !lat) w->shape = NER_SHAPE_DIGIT;
    else if (ar && !lat && !dig) w->shape = NER_SHAPE_ARABIC;
    else if (lat && !ar && !dig && up == lat && lat > 1) w->shape = NER_SHAPE_LATIN_UPPER;
    else if (lat && !ar && !dig && first_up) w->shape = NER_SHAPE_LATIN_CAP;
    else if (lat && !ar && !dig && !up) w->shape = NER_SHAPE_LATIN_LOWER;
    else w->shape = NER_SHAPE_MIXED;
    if (w->shape == NER_SHAPE_ARABIC) find_proclitics(w);
}

void ner_words_lookup(ner_word *w, size_t n, const ner_lex_slot *lex, uint32_t mask) {
    for (size_t i = 0; i < n; i++) {
        ner_word *x = &w[i];
        x->h_key = ner_hash(x->key, x->kn);
        x->h_host = x->off_host ? ner_hash(x->key + x->off_host, x->kn - x->off_host) : x->h_key;
        x->h_stem = x->off_stem > x->off_host ? ner_hash(x->key + x->off_stem, x->kn - x->off_stem) : x->h_host;
        x->lex = 0; x->freq_key = x->freq_host = 0; x->phrase_start = 0;
        x->phrase_type = x->phrase_pos = 0;
        if (x->shape == NER_SHAPE_PUNCT || x->shape == NER_SHAPE_DIGIT) continue;
        uint32_t v = ner_lex_get(lex, mask, x->h_key), vh = v;
        if (x->off_host) vh = ner_lex_get(lex, mask, x->h_host);
        x->lex = (v | vh) & NER_LEX_CLASSES;
        x->freq_key = (uint8_t)((v >> NER_LEX_FREQ_SHIFT) & 15);
        x->freq_host = (uint8_t)((vh >> NER_LEX_FREQ_SHIFT) & 15);
        x->phrase_start = ((v | vh) & NER_LEX_PHRASE_START) != 0;
        if (x->off_stem > x->off_host)
            x->lex |= ner_lex_get(lex, mask, x->h_stem) &
                      (NER_LEX_LOC | NER_LEX_PERW | NER_LEX_NAT);
    }
    /* Gazetteer phrases, longest first; the first word may carry proclitics. */
    for (size_t i = 0; i < n;) {
        size_t matched = 0;
        for (size_t len = NER_MAX_PHRASE; len >= 2 && !matched && w[i].phrase_start; len--) {
            if (i + len > n) continue;
            for (int form = 0; form < 2 && !matched; form++) {
                if (form == 1 && w[i].h_host == w[i].h_key) break;
                uint64_t h = form ? w[i].h_host : w[i].h_key;
                for (size_t k = 1; k < len; k++) h = ner_join(h, w[i + k].h_key);
                uint32_t cls = (ner_lex_get(lex, mask, h) >> NER_LEX_PHRASE_SHIFT) & NER_LEX_CLASSES;
                if (!cls) continue;
                for (size_t k = 0; k < len; k++) {
                    w[i + k].phrase_type = (uint8_t)cls;
                    w[i + k].phrase_pos = k ? 2 : 1;
                }
                matched = len;
            }
        }
        i += matched ? matched : 1;
    }
}

/* Feature templates: a key is ner_join(template, value hash). F_CLU0, F_CLUM1
** and F_CLUP1 (the retired news k-means clusters) are no longer used; they keep
** their places so that the later templates, and the committed model, keep
** their keys. */
enum {
    F_BIAS = 1, F_W0, F_H0, F_S0, F_PFX0, F_WM1, F_WP1, F_WM2, F_WP2, F_HM1, F_HP1,
    F_BIM, F_BIP, F_PRE, F_SUF = F_PRE + 8, F_SHAPE0 = F_SUF + 8, F_SHAPEM1, F_SHAPEP1,
    F_SHAPE3, F_LEX0, F_LEXM1, F_LEXP1, F_LEXM2, F_LEXP2, F_PHRASE, F_FREQ0, F_FREQH0,
    F_FREQSHAPE, F_CLU0, F_CLUM1, F_CLUP1, F_CLUBI, F_LEN, F_FIRST, F_LEXH_FREQ,
    F_UPOS0, F_UPOSM1, F_UPOSP1, F_UPOS3, F_LEMMA, F_MSEG, F_UPOS_FREQ,
    F_DOC0, F_DOCT, F_DOCM1, F_DOCP1, F_DOCSHAPE, F_MARKS, F_MARKSP1,
    F_MCLU0, F_MCLUC0, F_MCLUCM1, F_MCLUCP1, F_MCLUCM2, F_MCLUCP2, F_MCLUCBI,
    F_HM2, F_HP2, F_SM1, F_SP1, F_PHRASEL, F_PHRASEM1, F_PHRASEP1, F_PFXLEX, F_WM1SUF,
    F_UPOSM2, F_UPOSP2, F_LEMM1, F_LEMP1, F_MCLUM1, F_MCLUP1, F_DOCPN, F_DOCPP, F_TRIGBACK
};

#define BOS_HASH 0x5f3759df1234ULL
#define EOS_HASH 0x1badb002cafeULL

static uint64_t key_at(const ner_word *w, size_t n, long i) {
    if (i < 0) return BOS_HASH;
    if ((size_t)i >= n) return EOS_HASH;
    return w[i].h_key;
}
static uint64_t host_at(const ner_word *w, size_t n, long i) {
    if (i < 0) return BOS_HASH;
    if ((size_t)i >= n) return EOS_HASH;
    return w[i].h_host;
}
static unsigned shape_at(const ner_word *w, size_t n, long i) {
    return i < 0 ? 8 : (size_t)i >= n ? 9 : w[i].shape;
}

/* One feature per lexicon class bit set in bits, lowest first; only the set
** bits are visited (most words have none). */
static size_t lex_feats(uint64_t *out, unsigned tmpl, uint32_t bits) {
    size_t k = 0;
    for (bits &= 0xFFu; bits; bits &= bits - 1) out[k++] = ner_join(tmpl, (unsigned)__builtin_ctz(bits));
    return k;
}

/* The word's own keys are written where wd says, the others where cx does,
** each in its place in the one order training uses. */
size_t ner_features(const ner_word *w, size_t n, size_t i, unsigned parts, uint64_t *out) {
    const ner_word *x = &w[i];
    long li = (long)i;
    size_t k = 0;
    const int wd = (parts & NER_FEAT_WORD) != 0, cx = (parts & NER_FEAT_CONTEXT) != 0;
    if (wd) {
        out[k++] = ner_join(F_BIAS, 0);
        out[k++] = ner_join(F_W0, x->h_key);
        if (x->off_host) out[k++] = ner_join(F_H0, x->h_host);
        if (x->off_stem > x->off_host) out[k++] = ner_join(F_S0, x->h_stem);
        out[k++] = ner_join(F_PFX0, x->prefix);
    }
    if (cx) {
        out[k++] = ner_join(F_WM1, key_at(w, n, li - 1));
        out[k++] = ner_join(F_WP1, key_at(w, n, li + 1));
        out[k++] = ner_join(F_WM2, key_at(w, n, li - 2));
        out[k++] = ner_join(F_WP2, key_at(w, n, li + 2));
        out[k++] = ner_join(F_HM1, host_at(w, n, li - 1));
        out[k++] = ner_join(F_HP1, host_at(w, n, li + 1));
        out[k++] = ner_join(F_BIM, ner_join(key_at(w, n, li - 1), x->h_key));
        out[k++] = ner_join(F_BIP, ner_join(x->h_key, key_at(w, n, li + 1)));
    }
    /* Affixes over characters: prefixes of the stem, suffixes of the key. */
    if (wd && (x->shape == NER_SHAPE_ARABIC || x->shape == NER_SHAPE_LATIN_CAP ||
        x->shape == NER_SHAPE_LATIN_LOWER || x->shape == NER_SHAPE_LATIN_UPPER)) {
        const char *st = x->key + x->off_stem;
        size_t sn = x->kn - x->off_stem, p = 0;
        uint64_t ph = NABA_FNV_INIT;   /* FNV runs on: each prefix's hash extends the last */
        for (unsigned c = 1; c <= 4 && p < sn; c++) {
            size_t len;
            utf8_next(st + p, sn - p, &len);
            ph = naba_fnv1a64(st + p, len, ph);
            p += len;
            out[k++] = ner_join(F_PRE + c, naba_mix64(ph));
        }
        size_t e = x->kn;
        for (unsigned c = 1; c <= 4 && e > 0; c++) {
            e = utf8_prev(x->key, e);
            out[k++] = ner_join(F_SUF + c, ner_hash(x->key + e, x->kn - e));
        }
    }
    unsigned s0 = x->shape, sm = shape_at(w, n, li - 1), sp = shape_at(w, n, li + 1);
    if (wd) out[k++] = ner_join(F_SHAPE0, s0);
    if (cx) {
        out[k++] = ner_join(F_SHAPEM1, sm);
        out[k++] = ner_join(F_SHAPEP1, sp);
        out[k++] = ner_join(F_SHAPE3, s0 * 100 + sm * 10 + sp);
    }
    if (wd) k += lex_feats(out + k, F_LEX0, x->lex);
    if (cx) {
        if (i > 0) k += lex_feats(out + k, F_LEXM1, w[i - 1].lex);
        if (i + 1 < n) k += lex_feats(out + k, F_LEXP1, w[i + 1].lex);
        if (i > 1) k += lex_feats(out + k, F_LEXM2, w[i - 2].lex & (NER_LEX_TRIG_PER | NER_LEX_TRIG_LOC | NER_LEX_TRIG_ORG));
        if (i + 2 < n) k += lex_feats(out + k, F_LEXP2, w[i + 2].lex & (NER_LEX_TRIG_PER | NER_LEX_TRIG_LOC | NER_LEX_TRIG_ORG));
        if (x->phrase_pos) out[k++] = ner_join(F_PHRASE, x->phrase_type * 4u + x->phrase_pos);
        /* the nearest person or organization trigger among the four words before,
        ** with its distance: the inner words of a long name (الجبهة الشعبية لتحرير
        ** فلسطين) see where it began, which F_LEXM2 cannot past two words */
        for (size_t d = 1; d <= 4 && d <= i; d++) {
            uint32_t t = w[i - d].lex & (NER_LEX_TRIG_PER | NER_LEX_TRIG_ORG);
            if (t) { out[k++] = ner_join(F_TRIGBACK, t * 8u + d); break; }
        }
        /* host forms two words out, stems of the neighbours */
        out[k++] = ner_join(F_HM2, host_at(w, n, li - 2));
        out[k++] = ner_join(F_HP2, host_at(w, n, li + 2));
        out[k++] = ner_join(F_SM1, i > 0 ? w[i - 1].h_stem : BOS_HASH);
        out[k++] = ner_join(F_SP1, i + 1 < n ? w[i + 1].h_stem : EOS_HASH);
        /* gazetteer phrases: the last word (BILOU-like), the neighbours' positions */
        int last = x->phrase_pos && (i + 1 >= n || w[i + 1].phrase_pos != 2);
        if (x->phrase_pos) out[k++] = ner_join(F_PHRASEL, x->phrase_type * 8u + x->phrase_pos * 2u + (unsigned)last);
        out[k++] = ner_join(F_PHRASEM1, i > 0 ? w[i - 1].phrase_type * 4u + w[i - 1].phrase_pos : 0xFFFu);
        out[k++] = ner_join(F_PHRASEP1, i + 1 < n ? w[i + 1].phrase_type * 4u + w[i + 1].phrase_pos : 0xFFFu);
        /* proclitics with the word's classes and the trigger before it (وبالرئيس ...);
        ** the previous word with this one's last letter (ة, ي of adjectives) */
        out[k++] = ner_join(F_PFXLEX, (uint64_t)x->prefix << 16 | (x->lex & 0xFF) << 8 |
                                      (i > 0 ? w[i - 1].lex & (NER_LEX_TRIG_PER | NER_LEX_TRIG_LOC | NER_LEX_TRIG_ORG) : 0xFF));
        if (x->kn && i > 0) {
            size_t e = utf8_prev(x->key, x->kn);
            out[k++] = ner_join(F_WM1SUF, ner_join(w[i - 1].h_key, ner_hash(x->key + e, x->kn - e)));
        }
        /* morphology of the neighbours: UPOS two out, lemmas and fine morph clusters one out */
        out[k++] = ner_join(F_UPOSM2, i > 1 ? w[i - 2].upos : 0xFEu);
        out[k++] = ner_join(F_UPOSP2, i + 2 < n ? w[i + 2].upos : 0xFEu);
        out[k++] = ner_join(F_LEMM1, i > 0 ? w[i - 1].h_lemma : BOS_HASH);
        out[k++] = ner_join(F_LEMP1, i + 1 < n ? w[i + 1].h_lemma : EOS_HASH);
        out[k++] = ner_join(F_MCLUM1, i > 0 ? w[i - 1].mclus & 0xFFFF : 0xFFFFFu);
        out[k++] = ner_join(F_MCLUP1, i + 1 < n ? w[i + 1].mclus & 0xFFFF : 0xFFFFFu);
    }
    if (wd) {
        out[k++] = ner_join(F_FREQ0, x->freq_key);
        out[k++] = ner_join(F_FREQH0, x->freq_host);
        out[k++] = ner_join(F_FREQSHAPE, x->freq_host * 16u + s0 * 256u + (x->prefix & NER_PRE_AL ? 1 : 0));
        out[k++] = ner_join(F_LEXH_FREQ, (x->lex & 0x0F) * 16u + x->freq_host);
    }
    if (cx && x->mclus) out[k++] = ner_join(F_CLUBI, (uint64_t)(i > 0 ? w[i - 1].mclus & 0xFFFF : 0xFFFFFu) << 20 | (x->mclus & 0xFFFF));
    if (wd) {
        size_t chars = count_chars(x->key + x->off_stem, x->kn - x->off_stem);
        out[k++] = ner_join(F_LEN, chars > 8 ? 8 : chars);
    }
    if (cx && i == 0) out[k++] = ner_join(F_FIRST, 1);
    if (wd && x->marks) out[k++] = ner_join(F_MARKS, x->marks);
    if (!cx) return k;
    if (i + 1 < n && w[i + 1].marks) out[k++] = ner_join(F_MARKSP1, w[i + 1].marks);
    /* the morph model's clusters of the host words: fine for the word, coarse
    ** (k/8) for it and two words each side */
    if (x->mclus) {
        out[k++] = ner_join(F_MCLU0, x->mclus & 0xFFFF);
        out[k++] = ner_join(F_MCLUC0, x->mclus >> 16);
    }
    {
        uint32_t cm1 = i > 0 ? w[i - 1].mclus >> 16 : 0xFFFF, cp1 = i + 1 < n ? w[i + 1].mclus >> 16 : 0xFFFF;
        out[k++] = ner_join(F_MCLUCM1, cm1);
        out[k++] = ner_join(F_MCLUCP1, cp1);
        out[k++] = ner_join(F_MCLUCM2, i > 1 ? w[i - 2].mclus >> 16 : 0xFFFF);
        out[k++] = ner_join(F_MCLUCP2, i + 2 < n ? w[i + 2].mclus >> 16 : 0xFFFF);
        out[k++] = ner_join(F_MCLUCBI, (uint64_t)cm1 << 32 | (x->mclus >> 16) << 16 | cp1);
    }
    if (x->upos != NER_UPOS_NONE) {
        unsigned um = i > 0 ? w[i - 1].upos : 0xFE, up = i + 1 < n ? w[i + 1].upos : 0xFE;
        out[k++] = ner_join(F_UPOS0, x->upos);
        out[k++] = ner_join(F_UPOSM1, um);
        out[k++] = ner_join(F_UPOSP1, up);
        out[k++] = ner_join(F_UPOS3, (uint64_t)x->upos << 16 | um << 8 | up);
        out[k++] = ner_join(F_MSEG, x->mseg);
        out[k++] = ner_join(F_UPOS_FREQ, x->upos * 16u + x->freq_host);
        if (x->h_lemma) out[k++] = ner_join(F_LEMMA, x->h_lemma);
    }
    return k;
}

size_t ner_doc_features(const ner_word *w, size_t n, size_t i, uint64_t *out) {
    const ner_word *x = &w[i];
    if (x->doc_tag == NER_DOC_OFF) return 0;
    out[0] = ner_join(F_DOC0, x->doc_tag * 8u + x->doc_n);
    out[1] = ner_join(F_DOCT, x->doc_type);
    out[2] = ner_join(F_DOCM1, i > 0 ? w[i - 1].doc_type : 0xFFu);
    out[3] = ner_join(F_DOCP1, i + 1 < n ? w[i + 1].doc_type : 0xFFu);
    out[4] = ner_join(F_DOCSHAPE, x->doc_type * 16u + x->freq_host);
    out[5] = ner_join(F_DOCPN, x->doc_pnext);
    out[6] = ner_join(F_DOCPP, x->doc_pprev);
    return NER_DOC_FEATS;
}

size_t ner_skip_letters(const char *s, size_t n, unsigned letters) {
    size_t i = 0;
    while (i < n && letters) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        i += len;
        if (is_arabic_mark(c) || c == 0x0640) continue;
        letters--;
        while (i < n) {             /* the marks and tatweel that follow the letter */
            uint32_t m = utf8_next(s + i, n - i, &len);
            if (!is_arabic_mark(m) && m != 0x0640) break;
            i += len;
        }
    }
    return i;
}

/* How likely the key from byte off on is a word of its own: news frequency,
** plus a bonus when a gazetteer knows it as a name. */
static unsigned standalone(const ner_word *w, size_t off, const ner_lex_slot *lex, uint32_t mask) {
    uint32_t v = ner_lex_get(lex, mask, ner_hash(w->key + off, w->kn - off));
    return ((v >> NER_LEX_FREQ_SHIFT) & 15) + ((v & (NER_LEX_LOC | NER_LEX_PERW | NER_LEX_ORG)) ? 4 : 0);
}

unsigned ner_proclitic_letters(const ner_word *w, const ner_lex_slot *lex, uint32_t mask) {
    if (!w->off_host || w->shape != NER_SHAPE_ARABIC) return 0;
    /* Candidate cuts: none, after و/ف alone, after all proclitics. */
    size_t cuts[3] = {0, (w->prefix & (NER_PRE_WA | NER_PRE_FA)) ? 2u : 0u, w->off_host};
    size_t best = 0;
    unsigned best_score = standalone(w, 0, lex, mask);
    for (int c = 1; c < 3; c++) {
        if (cuts[c] == 0 || cuts[c] == best) continue;
        unsigned sc = standalone(w, cuts[c], lex, mask);
        if (sc > best_score) { best = cuts[c]; best_score = sc; }
    }
    /* Nothing known: a conjunction و/ف before a long word is the usual case. */
    if (best_score == 0 && (w->prefix & (NER_PRE_WA | NER_PRE_FA)) && count_chars(w->key + 2, w->kn - 2) >= 4) best = 2;
    return (unsigned)count_chars(w->key, best);
}
