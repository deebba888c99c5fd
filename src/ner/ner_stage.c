/*
** ner_stage.c — the `ner` pipeline stage: tag each sentence's tokens with the
** model (models/ner.nbm) and turn the tags into doc->mentions.
**
** A mention never includes its proclitics: with the morphology layer it spans
** the host words of its tokens (leading CCONJ/ADP/PART words and a trailing
** PRON of the token are left out); without it the start moves past the و/ف/ب/ل/ك
** that ner_proclitic_letters finds (وزيلنسكي -> زيلنسكي). Memory comes from the
** document's arena, sized once for the longest sentence: no malloc per token.
*/
#include "ner.h"
#include "stage.h"

#include <string.h>

void *ner_stage_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    return ner_model_open(naba_data_path(data_dir, "models/ner.nbm", path, sizeof path), err);
}

void ner_stage_close(void *state) { ner_model_close(state); }

static int is_proclitic(uint8_t upos) {
    return upos == NABA_UPOS_CCONJ || upos == NABA_UPOS_ADP || upos == NABA_UPOS_PART;
}

/* Span and word range of a mention over tokens [a, b) of the document. */
static void place(const naba_doc *doc, const ner_model *m, const ner_word *w, size_t a, size_t b,
                  naba_mention *x) {
    const naba_token *ta = &doc->tokens.v[a], *tb = &doc->tokens.v[b - 1];
    const ner_word *wa = &w[0], *wb = &w[b - a - 1];
    x->start = (naba_off)(wa->s - doc->text);
    x->end = (naba_off)(wb->s + wb->n - doc->text);
    if (doc->words.n && ta->word_count && tb->word_count) {
        uint32_t wf = ta->word_first, wl = tb->word_first + tb->word_count - 1;
        while (wf + 1 < ta->word_first + ta->word_count && is_proclitic(doc->words.v[wf].upos)) wf++;
        while (wl > tb->word_first && wl > wf && doc->words.v[wl].upos == NABA_UPOS_PRON) wl--;
        if (doc->words.v[wf].start > x->start && doc->words.v[wf].start < x->end) x->start = doc->words.v[wf].start;
        if (doc->words.v[wl].end < x->end && doc->words.v[wl].end > x->start) x->end = doc->words.v[wl].end;
        x->word_first = wf;
        x->word_count = wl - wf + 1;
    } else {
        x->start += (naba_off)ner_skip_letters(wa->s, wa->n, ner_proclitic_letters(wa, m->lex, m->lex_mask));
        x->word_first = (uint32_t)a;
        x->word_count = (uint32_t)(b - a);
    }
}

/* One token naming two entities joined by a hyphen ("Trump-Putin",
** "روسيا-أوكرانيا") becomes two mentions of the same type. 0 on out of memory. */
static int split_pair(naba_doc *doc, naba_mention *x) {
    const char *s = doc->text + x->start;
    size_t n = x->end - x->start, h = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '-') continue;
        if (h) return 1;            /* more than one hyphen: a compound name */
        h = i;
    }
    if (h < 2 || h + 3 > n) return 1;
    naba_off end = x->end;
    x->end = x->start + (naba_off)h;
    naba_mention *y = NABA_PUSH(doc, &doc->mentions);
    if (!y) return 0;
    *y = doc->mentions.v[doc->mentions.n - 2];
    y->start = y->end + 1;
    y->end = end;
    return 1;
}

naba_status ner_stage_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    const ner_model *m = state;
    size_t maxlen = 0, maxbytes = 0;
    for (size_t s = 0; s < doc->sents.n; s++) {
        const naba_sentence *se = &doc->sents.v[s];
        if (se->tok_first + (size_t)se->tok_count > doc->tokens.n) continue;
        size_t bytes = 0;
        for (uint32_t i = 0; i < se->tok_count; i++)
            bytes += doc->tokens.v[se->tok_first + i].end - doc->tokens.v[se->tok_first + i].start + 1;
        if (se->tok_count > maxlen) maxlen = se->tok_count;
        if (bytes > maxbytes) maxbytes = bytes;
    }
    if (maxlen == 0) return NABA_OK;
    ner_word *w = naba_arena_alloc(doc->arena, maxlen * sizeof *w);
    char *keys = naba_arena_alloc(doc->arena, maxbytes + 1);
    uint8_t *tags = naba_arena_alloc(doc->arena, maxlen);
    float *conf = naba_arena_alloc(doc->arena, maxlen * sizeof *conf);
    void *scratch = naba_arena_alloc(doc->arena, ner_tag_scratch(maxlen));
    if (!w || !keys || !tags || !conf || !scratch)
        return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
    for (size_t s = 0; s < doc->sents.n; s++) {
        const naba_sentence *se = &doc->sents.v[s];
        size_t first = se->tok_first, n = se->tok_count, kp = 0;
        if (n == 0 || first + n > doc->tokens.n) continue;
        for (size_t i = 0; i < n; i++) {
            const naba_token *t = &doc->tokens.v[first + i];
            ner_word_init(&w[i], doc->text + t->start, t->end - t->start, keys + kp);
            kp += w[i].kn + 1;
        }
        ner_tag(m, w, n, tags, conf, scratch);
        size_t i = 0;
        ner_chunk ch;
        while (ner_next_chunk(tags, n, &i, &ch)) {
            naba_mention *x = NABA_PUSH(doc, &doc->mentions);
            if (!x) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
            place(doc, m, w + ch.start, first + ch.start, first + ch.end, x);
            x->sent = (uint32_t)s;
            x->type = (uint8_t)ch.type;
            x->entity = -1;
            int latin = 1;
            float c = 1;
            for (size_t k = ch.start; k < ch.end; k++) {
                latin &= w[k].shape >= NER_SHAPE_LATIN_CAP && w[k].shape <= NER_SHAPE_LATIN_LOWER;
                if (conf[k] < c) c = conf[k];
            }
            if (latin) x->flags |= NABA_MENTION_LATIN;
            x->conf = c;
            if (ch.end == ch.start + 1 && !split_pair(doc, x))
                return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory in ner");
        }
    }
    return NABA_OK;
}
