/*
** conllu_doc.c — a naba document from CoNLL-U sentences, so the later stages
** (and evaluation) can run on a given tokenization: `naba analyze --input
** conllu`, the morph trainer's dev report, the parser's gold-morphology runs.
**
** The clean text is rebuilt from the token forms and SpaceAfter (sentences
** joined by a space), so every token and word has real offsets in it.
*/
#include "conllu.h"
#include "utf8.h"

#include <math.h>
#include <string.h>

size_t naba_conllu_doc_end(const naba_cu_file *f, size_t first) {
    size_t i = first + 1;
    while (i < f->n && f->sents[i].doc == f->sents[first].doc) i++;
    return i;
}

static uint8_t token_kind(const char *s, size_t n, uint8_t *script) {
    int letters = 0, latin = 0, digits = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t c = utf8_next(s + i, n - i, &len);
        i += len;
        if (is_arabic_letter(c) || is_arabic_mark(c)) letters++;
        else if (is_latin_letter(c)) latin++;
        else if (digit_value(c) >= 0) digits++;
    }
    *script = letters && latin ? NABA_SCRIPT_MIXED : letters ? NABA_SCRIPT_ARABIC
            : latin ? NABA_SCRIPT_LATIN : NABA_SCRIPT_NONE;
    if (letters || latin) return NABA_TOK_WORD;
    return digits ? NABA_TOK_NUMBER : NABA_TOK_PUNCT;
}

static const char *dup_field(naba_doc *doc, const char *s) {
    return strcmp(s, "_") == 0 ? NULL : naba_arena_strndup(doc->arena, s, strlen(s));
}

/* Copy the gold words of token t (sentence s) with offsets inside [ts, te). */
static naba_status keep_words(naba_doc *doc, const naba_cu_sentence *s, const naba_cu_token *t,
                              uint32_t sent, uint32_t tok, naba_off ts, naba_off te) {
    /* when the words spell the token, each gets its own share of it */
    size_t total = 0;
    for (uint32_t k = 0; k < t->word_count; k++) total += strlen(s->words[t->word_first + k].form);
    int exact = total == te - ts;
    naba_off at = ts;
    uint32_t sent_first = doc->sents.v[sent].word_first;
    for (uint32_t k = 0; k < t->word_count; k++) {
        const naba_cu_word *g = &s->words[t->word_first + k];
        naba_word *w = NABA_PUSH(doc, &doc->words);
        if (!w) return NABA_ERR_NOMEM;
        size_t len = strlen(g->form);
        w->start = exact ? at : ts;
        w->end = exact ? (naba_off)(at + len) : te;
        at += (naba_off)len;
        w->token = tok;
        w->sent = sent;
        w->form = naba_arena_strndup(doc->arena, g->form, len);
        w->lemma = naba_arena_strndup(doc->arena, g->lemma, strlen(g->lemma));
        w->feats = naba_arena_strndup(doc->arena, g->feats, strlen(g->feats));
        w->xpos = naba_arena_strndup(doc->arena, g->xpos, strlen(g->xpos));
        int u = naba_upos_from_name(g->upos);
        w->upos = (uint8_t)(u < 0 ? NABA_UPOS_X : u);
        w->head = g->head > 0 ? (int32_t)(sent_first + (uint32_t)g->head - 1) : -1;
        w->deprel = dup_field(doc, g->deprel);
        w->misc = dup_field(doc, g->misc);
        if (!w->form || !w->lemma || !w->feats || !w->xpos) return NABA_ERR_NOMEM;
    }
    return NABA_OK;
}

naba_status naba_conllu_doc(const naba_cu_file *f, size_t first, size_t end, int keep,
                            unsigned fold_flags, naba_doc *doc) {
    naba_doc_reset(doc);
    size_t len = 0;
    for (size_t i = first; i < end; i++)
        for (uint32_t k = 0; k < f->sents[i].n_tokens; k++) len += strlen(f->sents[i].tokens[k].form) + 1;
    char *text = naba_arena_alloc(doc->arena, len + 1);
    if (!text) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory");
    doc->text = text;
    doc->orig = text;
    if (first < end) {
        const naba_cu_sentence *s0 = &f->sents[first];
        const char *id = s0->newdoc_id ? s0->newdoc_id : s0->sent_id;
        if (id) doc->id = naba_arena_strndup(doc->arena, id, strlen(id));
    }
    naba_paragraph *p = NABA_PUSH(doc, &doc->paras);
    if (!p) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory");
    size_t at = 0;
    char key[1024];
    for (size_t i = first; i < end; i++) {
        const naba_cu_sentence *s = &f->sents[i];
        naba_sentence *ds = NABA_PUSH(doc, &doc->sents);
        if (!ds) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory");
        uint32_t sent = (uint32_t)doc->sents.n - 1;
        ds->start = (naba_off)at;
        ds->tok_first = (uint32_t)doc->tokens.n;
        ds->tok_count = s->n_tokens;
        ds->word_first = (uint32_t)doc->words.n;
        for (uint32_t k = 0; k < s->n_tokens; k++) {
            const naba_cu_token *ct = &s->tokens[k];
            size_t n = strlen(ct->form);
            naba_token *t = NABA_PUSH(doc, &doc->tokens);
            if (!t) return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory");
            memcpy(text + at, ct->form, n);
            t->start = (naba_off)at;
            t->end = (naba_off)(at + n);
            at += n;
            t->space_after = (uint8_t)ct->space_after;
            if (t->space_after) text[at++] = ' ';
            t->sent = sent;
            t->kind = token_kind(ct->form, n, &t->script);
            t->value = NAN;
            size_t kn = naba_fold(ct->form, n, fold_flags, key, sizeof key);
            t->key = naba_arena_strndup(doc->arena, key, kn);
            if (keep) {
                t->word_first = (uint32_t)doc->words.n;
                t->word_count = ct->word_count;
                if (keep_words(doc, s, ct, sent, (uint32_t)doc->tokens.n - 1, t->start, t->end) != NABA_OK)
                    return naba_fail(&doc->error, NABA_ERR_NOMEM, 0, "out of memory");
            }
        }
        ds = &doc->sents.v[sent];
        ds->end = (naba_off)at;
        if (at > ds->start && text[at - 1] == ' ') ds->end--;
        ds->word_count = (uint32_t)doc->words.n - ds->word_first;
    }
    while (at && text[at - 1] == ' ') at--;
    text[at] = '\0';
    doc->text_len = at;
    doc->orig_len = at;
    p->end = (naba_off)at;
    p->sent_count = (uint32_t)doc->sents.n;
    return NABA_OK;
}
