/*
** conllu_write.c — a document as CoNLL-U (`naba analyze --format conllu`), the
** format treebank tools and `naba eval conllu` read.
**
** One sentence block per sentence: # sent_id, # text, then for each token a
** multiword-token line when it holds several words, and one line per word.
** Before the morph stage has run, each token is written as one bare word.
** A token the morph stage marked unanalysed is written as the training
** treebank writes such tokens: one word, lemma = form, X, U---------, no
** features (docs/morph.md); its words' heads and relations go to that line.
*/
#include "conllu.h"
#include "syntax.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void field(FILE *f, const char *s) {
    fputs(s && *s ? s : "_", f);
}

/* A form or lemma: CoNLL-U fields cannot hold tabs or newlines. */
static void field_n(FILE *f, const char *s, size_t n) {
    if (!s || !n) { fputc('_', f); return; }
    for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], f);
}

/* The # text comment: white space runs (a paragraph break inside a sentence)
** become one space, as tokens with SpaceAfter spell it. */
static void text_line(FILE *f, const char *s, size_t n) {
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        int ws = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (ws) { space = 1; continue; }
        if (space) fputc(' ', f);
        space = 0;
        fputc(s[i], f);
    }
    fputc('\n', f);
}

/* MISC: the word's own items (less any SpaceAfter, which the token decides) and SpaceAfter=No. */
static void misc(FILE *f, const char *extra, int space_after) {
    int n = 0;
    for (const char *s = extra && strcmp(extra, "_") ? extra : ""; *s;) {
        const char *bar = strchr(s, '|');
        size_t len = bar ? (size_t)(bar - s) : strlen(s);
        if (len && strncmp(s, "SpaceAfter=", 11) != 0) {
            if (n++) fputc('|', f);
            field_n(f, s, len);
        }
        s += len + (bar != NULL);
    }
    if (!space_after) fputs(n++ ? "|SpaceAfter=No" : "SpaceAfter=No", f);
    if (!n) fputc('_', f);
}

static int collapsed(const naba_token *t) { return t->unanalysed && t->word_count > 0; }

/* The line number (1-based) of each word of sentence s: the words of a
** collapsed token share one. NULL on out of memory. */
static uint32_t *word_ids(const naba_doc *d, const naba_sentence *s) {
    uint32_t *id = malloc(((size_t)s->word_count + 1) * sizeof *id);
    if (!id) return NULL;
    uint32_t next = 1;
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const naba_token *t = &d->tokens.v[s->tok_first + k];
        for (uint32_t j = 0; j < t->word_count; j++) {
            uint32_t w = t->word_first + j - s->word_first;
            if (w < s->word_count) id[w] = next;
            if (!collapsed(t)) next++;
        }
        if (collapsed(t)) next++;
    }
    return id;
}

/* HEAD and DEPREL of word w, "_" before parsing; ids from word_ids (NULL:
** every word on its own line). */
static void head_field(FILE *f, const naba_sentence *s, const uint32_t *ids, const naba_word *w) {
    if (!w->deprel) { fputs("\t_\t_\t_\t", f); return; }
    uint32_t h = w->head < 0 ? 0 : (uint32_t)w->head - s->word_first;
    uint32_t line = w->head < 0 || h >= s->word_count ? 0 : ids ? ids[h] : h + 1;
    fprintf(f, "\t%u\t%s\t_\t", line, w->deprel);
}

/* A collapsed token: its surface as the one word; the head and relation of
** its word nearest the root. Any other word would do when only one word's
** head lies outside the token, but two can (a name split in two, each part
** attached elsewhere), and then only the nearest keeps the collapsed tree
** without a cycle: along every arc of it the depth of the words drops. */
static void write_whole(FILE *f, const naba_doc *d, const naba_sentence *s, const uint32_t *ids,
                        const naba_token *t, uint32_t id) {
    const char *surface = d->text + t->start;
    size_t sn = t->end - t->start;
    const naba_word *top = &d->words.v[t->word_first];
    int best = INT_MAX;
    for (uint32_t j = 0; top->deprel && j < t->word_count; j++) {
        int k = naba_syn_depth(d, (int32_t)(t->word_first + j), (int)s->word_count);
        if (k < best) best = k, top = &d->words.v[t->word_first + j];
    }
    fprintf(f, "%u\t", id);
    field_n(f, surface, sn);
    fputc('\t', f);
    field_n(f, surface, sn);
    fputs("\tX\tU---------\t_", f);
    head_field(f, s, ids, top);
    misc(f, NULL, t->space_after);
    fputc('\n', f);
}

static void write_sentence(const naba_doc *d, size_t si, FILE *f) {
    const naba_sentence *s = &d->sents.v[si];
    fputs("# sent_id = ", f);
    field_n(f, d->id ? d->id : "s", d->id ? strlen(d->id) : 1);
    fprintf(f, "-%zu\n# text = ", si + 1);
    text_line(f, d->text + s->start, s->end - s->start);
    uint32_t *ids = d->words.n ? word_ids(d, s) : NULL;
    uint32_t id = 1;
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const naba_token *t = &d->tokens.v[s->tok_first + k];
        const char *surface = d->text + t->start;
        size_t sn = t->end - t->start;
        if (!d->words.n || t->word_count == 0) {
            fprintf(f, "%u\t", id++);
            field_n(f, surface, sn);
            fputs("\t_\t_\t_\t_\t_\t_\t_\t", f);
            misc(f, NULL, t->space_after);
            fputc('\n', f);
            continue;
        }
        if (collapsed(t) && ids) {
            write_whole(f, d, s, ids, t, id++);
            continue;
        }
        int multi = t->word_count > 1;
        if (multi) {
            fprintf(f, "%u-%u\t", id, id + t->word_count - 1);
            field_n(f, surface, sn);
            fputs("\t_\t_\t_\t_\t_\t_\t_\t", f);
            misc(f, NULL, t->space_after);
            fputc('\n', f);
        }
        for (uint32_t j = 0; j < t->word_count; j++) {
            const naba_word *w = &d->words.v[t->word_first + j];
            fprintf(f, "%u\t", id++);
            field_n(f, w->form, w->form ? strlen(w->form) : 0);
            fputc('\t', f);
            field_n(f, w->lemma, w->lemma ? strlen(w->lemma) : 0);
            fprintf(f, "\t%s\t", naba_upos_name(w->upos));
            field(f, w->xpos);
            fputc('\t', f);
            field(f, w->feats);
            head_field(f, s, ids, w);
            misc(f, w->misc, multi || t->space_after);
            fputc('\n', f);
        }
    }
    free(ids);
    fputc('\n', f);
}

naba_status naba_write_conllu(const naba_doc *d, FILE *f) {
    fputs("# newdoc", f);
    if (d->id) {
        fputs(" id = ", f);
        field_n(f, d->id, strlen(d->id));
    }
    fputc('\n', f);
    for (size_t i = 0; i < d->sents.n; i++)
        if (d->sents.v[i].tok_count) write_sentence(d, i, f);
    return ferror(f) ? NABA_ERR_IO : NABA_OK;
}
