/*
** ner_morph.c — what the morphology layer tells the recognizer about a token:
** the UPOS and lemma of its host word (the token without its clitics), how
** many proclitic and enclitic words the morph stage split off, and the host
** word's clusters at two granularities in the morph model (learned from news
** by morph_cluster.c: the clitics split off, so وبموسكو and موسكو agree).
**
** The same morph model runs at training time (over ANERcorp's tokens, one
** small document per sentence, built here) and at run time (the words layer
** the pipeline's morph stage made), so both see identical features.
*/
#include "ner.h"
#include "morph.h"

#include <math.h>
#include <string.h>

void ner_words_morph(ner_word *w, const naba_doc *doc, size_t first, size_t n, const morph_model *mm) {
    for (size_t i = 0; i < n; i++) {
        ner_word *x = &w[i];
        const naba_token *t = &doc->tokens.v[first + i];
        x->upos = NER_UPOS_NONE;
        x->mseg = 0;
        x->h_lemma = 0;
        x->mclus = 0;
        if (!doc->words.n || !t->word_count || t->word_first + (size_t)t->word_count > doc->words.n) continue;
        uint32_t host = t->word_first, end = t->word_first + t->word_count;
        /* proclitics are one letter each (morph_stage.c) */
        while (host + 1 < end && strlen(doc->words.v[host].form) <= 2) host++;
        const naba_word *h = &doc->words.v[host];
        unsigned pre = host - t->word_first, encl = end - host - 1;
        x->upos = h->upos;
        x->mseg = (uint8_t)((pre > 3 ? 3 : pre) * 2 + (encl ? 1 : 0));
        size_t fn = strlen(h->form);
        if (mm && fn < 256) {
            char key[256];
            x->mclus = morph_clus_get(mm, key, morph_key(h->form, fn, key));
        }
        if (h->lemma) {
            char buf[256];
            size_t ln = strlen(h->lemma);
            if (ln < sizeof buf) x->h_lemma = ner_hash(buf, naba_fold(h->lemma, ln, NER_FOLD, buf, sizeof buf));
        }
    }
}

naba_status ner_corpus_morph(ner_corpus *c, const char *morph_path, naba_error *err) {
    morph_model *m = morph_model_open(morph_path, err);
    if (!m) return err ? err->code : NABA_ERR_MODEL;
    naba_doc *doc = naba_doc_new();
    naba_status st = doc ? NABA_OK : naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    for (size_t s = 0; s < c->n_sents && st == NABA_OK; s++) {
        size_t a = c->sent[s], n = c->sent[s + 1] - a, len = 0;
        naba_doc_reset(doc);
        for (size_t i = 0; i < n; i++) len += c->words[a + i].n + 1;
        char *text = naba_arena_alloc(doc->arena, len + 1);
        naba_sentence *se = NABA_PUSH(doc, &doc->sents);
        if (!text || !se) { st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); break; }
        doc->text = text;
        doc->orig = text;
        se->tok_count = (uint32_t)n;
        size_t at = 0;
        for (size_t i = 0; i < n && st == NABA_OK; i++) {
            naba_token *t = NABA_PUSH(doc, &doc->tokens);
            if (!t) { st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); break; }
            memcpy(text + at, c->words[a + i].s, c->words[a + i].n);
            t->start = (naba_off)at;
            at += c->words[a + i].n;
            t->end = (naba_off)at;
            t->value = NAN;
            text[at++] = ' ';
        }
        if (st != NABA_OK) break;
        text[at ? at - 1 : 0] = '\0';
        doc->text_len = doc->orig_len = at ? at - 1 : 0;
        se->end = (naba_off)doc->text_len;
        if (morph_run(doc, m, NULL) != NABA_OK) st = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory in morph");
        else ner_words_morph(c->words + a, doc, 0, n, m);
    }
    naba_doc_free(doc);
    morph_model_close(m);
    return st;
}
