/*
** ner_news.c — corpus statistics for the NER lexicon, computed at training
** time from a JSONL news corpus (ANT; gzipped or not): how frequent each word is.
**
** Frequency says whether a word is a common word or a rare one, and whether
** وزيلنسكي is و + زيلنسكي (the host form is the more frequent). Which words
** behave alike (word clusters) the tagger takes from the morph model, whose
** trainer learns them from news (src/morph/morph_cluster.c, naba's one
** cluster learner; ner_morph.c). Deterministic: ties are broken by key.
*/
#include "ner_train.h"

#include "corpus_file.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint64_t h; uint32_t count; } word_count;

static int by_count(const void *a, const void *b) {
    const word_count *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return x->h < y->h ? -1 : x->h > y->h;
}

/* Count the tokens of one text by folded-key hash; *tokens counts them all. */
static int add_text(const char *t, size_t n, ner_lexb *counts, size_t *tokens, char *buf) {
    for (size_t i = 0; i < n;) {
        while (i < n && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) i++;
        size_t a = i;
        while (i < n && t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != '\r') i++;
        if (i == a || i - a > 200) continue;
        ner_word w;
        ner_word_init(&w, t + a, i - a, buf);
        if (w.shape == NER_SHAPE_PUNCT || w.shape == NER_SHAPE_DIGIT) continue;
        uint32_t *c = ner_lexb_at(counts, ner_hash(w.key, w.kn));
        if (!c) return 0;
        (*c)++;
        (*tokens)++;
    }
    return 1;
}

static unsigned bucket(uint32_t count) {
    unsigned b = 1;
    while (count > 1 && b < 15) { count >>= 1; b++; }
    return b;
}

/* Add the words of the "text" fields of one JSONL file, gzipped or not, to counts. */
static naba_status read_news(const char *path, ner_lexb *counts, size_t *tokens, size_t *docs,
                             naba_error *err) {
    FILE *f = naba_corpus_open(path, err);
    if (!f) return err->code;
    char *line = NULL, *buf = NULL;
    size_t cap = 0, bufcap = 0, before = *docs;
    ssize_t got;
    naba_status status = NABA_OK;
    while ((got = getline(&line, &cap, f)) > 0) {
        cJSON *doc = cJSON_ParseWithLength(line, (size_t)got);
        const cJSON *text = doc ? cJSON_GetObjectItemCaseSensitive(doc, "text") : NULL;
        if (cJSON_IsString(text) && text->valuestring) {
            size_t n = strlen(text->valuestring);
            if (n + 1 > bufcap) {
                free(buf);
                bufcap = n + 1;
                buf = malloc(bufcap);
            }
            if (!buf || !add_text(text->valuestring, n, counts, tokens, buf)) status = NABA_ERR_NOMEM;
            (*docs)++;
        }
        cJSON_Delete(doc);
        if (status != NABA_OK) break;
    }
    free(line);
    free(buf);
    naba_status closed = naba_corpus_close(f, path, err);
    if (status == NABA_ERR_NOMEM) return naba_fail(err, status, 0, "out of memory reading %s", path);
    if (closed == NABA_OK && *docs == before)
        return naba_fail(err, NABA_ERR_FORMAT, 0, "%s: no JSONL news record with a \"text\"", path);
    return closed;
}

naba_status ner_lexb_news(ner_lexb *b, const char *paths, size_t keep, int verbose, naba_error *err) {
    ner_lexb counts = {0};
    size_t docs = 0, tokens = 0;
    naba_status status = NABA_OK;
    for (const char *p = paths; *p && status == NABA_OK;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char path[1024];
        if (n >= sizeof path) return naba_fail(err, NABA_ERR_USAGE, 0, "news file name too long");
        memcpy(path, p, n);
        path[n] = '\0';
        if (n) status = read_news(path, &counts, &tokens, &docs, err);
        p += n + (e ? 1 : 0);
    }
    word_count *wc = status == NABA_OK ? malloc((counts.map.n + 1) * sizeof *wc) : NULL;
    if (status == NABA_OK && !wc) status = naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory");
    size_t nwc = 0;
    if (wc) {
        for (size_t i = 0; i < counts.map.cap; i++) {
            const naba_hslot *s = &counts.map.slots[i];
            if (s->val != NABA_HM_NONE) wc[nwc++] = (word_count){s->hash, counts.vals[s->val]};
        }
        qsort(wc, nwc, sizeof *wc, by_count);
        if (nwc > keep) nwc = keep;
        for (size_t i = 0; i < nwc; i++) {
            uint32_t *v = ner_lexb_at(b, wc[i].h);
            if (v) *v |= bucket(wc[i].count) << NER_LEX_FREQ_SHIFT;
        }
        if (verbose)
            fprintf(stderr, "news: %zu documents, %zu tokens, %zu distinct words, kept %zu\n", docs,
                    tokens, counts.map.n, nwc);
    }
    free(wc);
    ner_lexb_free(&counts);
    return status;
}
