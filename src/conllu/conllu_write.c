/*
** conllu_write.c — a document as CoNLL-U (`naba analyze --format conllu`), the
** format treebank tools and `naba eval conllu` read.
**
** One sentence block per sentence: # sent_id, # text, then for each token a
** multiword-token line when it holds several words, and one line per word.
** Before the morph stage has run, each token is written as one bare word.
*/
#include "conllu.h"

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

static void write_sentence(const naba_doc *d, size_t si, FILE *f) {
    const naba_sentence *s = &d->sents.v[si];
    fputs("# sent_id = ", f);
    field_n(f, d->id ? d->id : "s", d->id ? strlen(d->id) : 1);
    fprintf(f, "-%zu\n# text = ", si + 1);
    text_line(f, d->text + s->start, s->end - s->start);
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
            if (w->deprel) {
                long head = w->head < 0 ? 0 : (long)w->head - (long)s->word_first + 1;
                fprintf(f, "\t%ld\t%s\t_\t", head, w->deprel);
            } else {
                fputs("\t_\t_\t_\t", f);
            }
            misc(f, w->misc, multi || t->space_after);
            fputc('\n', f);
        }
    }
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
