/*
** link_tokens.c — the tokens around a mention, for the link stage's rules that
** read a cue word before or after a name (link_city.c) or the amount a
** currency follows (link_currency.c).
**
** The segmenter's tokens already part digits of every script from the words
** around them (و١٠٠, ب100), keep a number with its separators whole (1،000,
** 0.9470), hold white space of any kind (line breaks too) between tokens, and
** carry the sentence: the rules read them instead of the raw bytes. A line
** break with no stop ends a sentence for the segmenter (250 \n فرنك in a
** page's wrapped lines): an amount's unit is read across it, a city's cue
** only in the sentence.
*/
#include "affix.h"
#include "lex.h"
#include "link.h"

#include <string.h>

size_t link_token_before(const naba_doc *doc, size_t t, int sentence) {
    if (t == 0 || t >= doc->tokens.n || (sentence && doc->tokens.v[t - 1].sent != doc->tokens.v[t].sent))
        return doc->tokens.n;
    return t - 1;
}

size_t link_token_after(const naba_doc *doc, size_t t, int sentence) {
    if (t + 1 >= doc->tokens.n || (sentence && doc->tokens.v[t + 1].sent != doc->tokens.v[t].sent))
        return doc->tokens.n;
    return t + 1;
}

size_t link_word_fold(const naba_doc *doc, size_t t, char *out, size_t cap) {
    const naba_token *k = &doc->tokens.v[t];
    if (k->kind != NABA_TOK_WORD || cap == 0) return 0;
    if (k->word_count == 0) return naba_fold(doc->text + k->start, k->end - k->start, LX_FOLD, out, cap);
    const char *form = doc->words.v[k->word_first + k->word_count - 1].form;
    return form ? naba_fold(form, strlen(form), LX_FOLD, out, cap) : 0;
}

int link_opening_quote(const naba_doc *doc, size_t t) {
    static const char *const quotes[] = {"\"", "«", "“", NULL};
    return link_token_is(doc, t, quotes);
}

int link_token_is(const naba_doc *doc, size_t t, const char *const *words) {
    return t < doc->tokens.n &&
           mem_in(doc->text + doc->tokens.v[t].start, doc->tokens.v[t].end - doc->tokens.v[t].start, words);
}
