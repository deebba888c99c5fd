/*
** translit_words.h — the romanizer's word memory at training time (internal
** to `naba train translit`): which English spelling each Arabic name word of
** the training pairs has most often, which words are worth remembering, and
** the dev measure the two thresholds were chosen on.
**
** A word is remembered when it was seen at least min_count times in the
** training pairs (netranslit counts: Wikidata names holding the pair), its
** top spelling has at least min_share of them or five names, and the letter
** channel alone would spell it otherwise; a spelling of one name only, not when
** the channel finds it far less likely than its own (a misaligned pair). Words with the article are kept whole (الدين
** Eddine); the romanizer writes Al- before any other and looks the rest up.
** A common word's spellings with one medial ا or ي left out are kept with
** it (ديفيد as دايفيد David; translit_words.c, add_variants).
*/
#ifndef NABA_TRANSLIT_WORDS_H
#define NABA_TRANSLIT_WORDS_H

#include "translit.h"
#include "translit_data.h"

#include <stdio.h>

typedef struct tl_word {
    const char *ar, *top;     /* Arabic key; its most frequent spelling (ties: tl_words_count) */
    unsigned total, top_count;
} tl_word;

typedef struct tl_words { tl_word *v; size_t n; } tl_words;

/* Count the spellings of every Arabic word of pairs, weighted by counts[i]
** (or the pairs' own counts when NULL), into out (sorted by Arabic). Of
** spellings counted alike, the top is the one channel matches best
** (translit_match; the first in strcmp order when channel is NULL or they
** score alike). The strings stay owned by pairs. */
naba_status tl_words_count(const tl_pairs *pairs, const unsigned *counts, const translit *channel, tl_words *out);
void tl_words_free(tl_words *w);

/* The romanizer's spelling of an Arabic key in the form the pairs' English
** is kept in: lower case, letters only (Al-Shishan: alshishan). */
void tl_words_spelling(const translit *t, const char *ar, char *out, size_t cap);

/* The "words" section of the model: the kept words, as translit.h lays out. */
naba_status tl_words_section(const tl_words *w, const translit *channel, unsigned min_count,
                             double min_share, char **blob, size_t *len);

/* Carve two dev parts out of the training pairs, count words on the rest of
** each, and print how often the romanizer writes a dev item exactly as the
** pair does, for a grid of thresholds: by occurrence (a tenth of each pair's
** count: how a word seen in the data is written) and every 10th google pair
** (pairs[0..n_google): Wikipedia words, often new to the memory). */
naba_status tl_words_dev(const tl_pairs *pairs, size_t n_google, const translit *channel, FILE *out);

#endif
