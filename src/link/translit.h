/*
** translit.h — the Arabic→Latin name model (internal): scores how likely a
** Latin spelling is for an Arabic name, and writes a best romanization.
**
** The model is a channel of letters: each Arabic letter, in its position class
** (word-initial, medial, final; initial and medial apart when the next letter
** is a consonant, whose vowel Arabic leaves unwritten), emits a Latin string
** of 0..TL_MAX_EMIT letters
** with a learned probability (EM over a monotone alignment; translit_train.c).
** P(latin | arabic) sums over all alignments (a forward pass), with a small
** penalty for a Latin letter no Arabic letter accounts for, so a name with a
** dropped letter (فيان for Fidan) still scores, only lower.
**
** File (kind "translit", version TL_VERSION), sections:
**   "emit"  hash table of tl_slot, size a power of two, key TL_EMPTY when free;
**           key = state << 20 | latin code (base-27 digits, a=1 .. z=26)
**   "lm"    float[27*27] log P(next Latin letter | previous), 0 = word boundary
**   "top"   u32[TL_STATES*TL_TOP] each state's likeliest emission codes, best
**           first, TL_EMPTY padded (the romanizer's search space)
**   "words" the word memory: NUL-terminated strings in pairs, Arabic word key
**           then its usual English spelling (letters a-z), sorted by the Arabic
**           (strcmp, no repeats). A letter channel spells common name words
**           badly (تشارلز Tcharls, جون Jon); the training pairs hold them many
**           times over, so the romanizer writes a known word the way it is
**           most often written (translit_train.c says which words are kept).
**   "lm3"   float[27*27*27] log P(next Latin letter | two before), 0 = word
**           boundary: the romanizer's English name model (the "lm" bigram
**           stays the matching's reference). A channel of letters alone does
**           not know where English names put the vowels Arabic leaves
**           unwritten (مسعود Msod); this model does (Masoud).
** Version 2 added "words", version 3 "lm3".
*/
#ifndef NABA_TRANSLIT_H
#define NABA_TRANSLIT_H

#include "naba.h"

#include <stddef.h>
#include <stdint.h>

#define TL_KIND "translit"
#define TL_VERSION 3u
#define TL_MAX_EMIT 3         /* Latin letters one Arabic letter may emit */
#define TL_SYMBOLS 48         /* Arabic letter classes, 0 = not a letter */
#define TL_CTX 5              /* initial, medial, final; initial, medial before a consonant */
#define TL_STATES (TL_SYMBOLS * TL_CTX)
#define TL_EMPTY 0xFFFFFFFFu
#define TL_TOP 8              /* emissions per state tried by the romanizer */
#define TL_MAX_LETTERS 64     /* longer words are cut */
#define TL_LOG_FLOOR (-16.0)  /* log-probability of an emission never seen */
#define TL_LOG_INSERT (-9.0)  /* a Latin letter no Arabic letter emits */

typedef struct tl_slot { uint32_t key; float logp; } tl_slot;

typedef struct translit {
    const tl_slot *emit;
    uint32_t mask;            /* table size - 1 */
    const float *lm;
    const float *lm3;         /* [a*729 + b*27 + c]: log P(c | a b) */
    const uint32_t *top;      /* TL_TOP most likely emission codes per state */
    const char **words;       /* word memory: words[2i] Arabic, words[2i+1] English */
    size_t nwords;
    void *owner;              /* naba_model when loaded from a file, else NULL */
} translit;

/* Letter class of an Arabic code point (after name_key folding), 0 if none. */
int tl_symbol(uint32_t cp);
/* Arabic word -> state ids (symbol*TL_CTX+ctx); returns the count. */
size_t tl_states(const char *word, size_t n, uint16_t *out, size_t cap);
/* Latin word -> codes 1..26; returns the count (non-letters skipped). */
size_t tl_latin(const char *word, size_t n, uint8_t *out, size_t cap);
uint32_t tl_key(unsigned state, const uint8_t *lat, size_t k);
float tl_emit_logp(const translit *t, uint32_t key);
/* Slot of a key in the "emit" table before probing (shared with the trainer). */
uint32_t tl_slot_hash(uint32_t key);

/* The spelling paired with word w[0..wn) in a table of {Arabic key, spelling}
** rows, or NULL. */
const char *tl_table_lookup(const char *const (*table)[2], size_t n, const char *w, size_t wn);
/* The fixed spelling (lower case) of a common word of place, body and product
** names (حزب hizb, دولي dawli, ديلي daily), or NULL (translit_nouns.c). */
const char *translit_noun_spelling(const char *w, size_t wn);
/* The Maghreb's spelling (lower case) of a word that opens a place's name
** (واد oued, منزل menzel), or NULL (translit_nouns.c). */
const char *translit_maghrebi_place(const char *w, size_t wn);
/* The Maghreb's spelling (lower case) of a common given name (رضا ridha,
** منجي mongi), or NULL (translit_nouns.c). */
const char *translit_maghrebi_given(const char *w, size_t wn);
/* A French, Spanish or Catalan given name as its bearers spell it (lower
** case: ميشال michel, جوسيب josep), or NULL (translit_nouns.c). */
const char *translit_western_given(const char *w, size_t wn);
/* A Gulf given name as its bearers spell it (lower case: بندر bandar), or
** NULL (translit_nouns.c). */
const char *translit_gulf_given(const char *w, size_t wn);
/* A Gulf family name (a nisba, given without its article) as its bearers
** spell it (lower case: قحطاني qahtani), or NULL (translit_nouns.c). */
const char *translit_gulf_family(const char *w, size_t wn);
/* A given name as the Mashriq writes it, for the memory's Maghrebi spelling
** (lower case: رشيد rashid, not Rachid), or NULL (translit_nouns.c). */
const char *translit_mashriq_given(const char *w, size_t wn);
/* The spelling (lower case) of one of God's names after عبد, with its
** article (العزيز aziz, الملك malik), or NULL (translit_nouns.c). */
const char *translit_abd_attribute(const char *w, size_t wn);
/* The memorized English spelling (lower case) of one Arabic word key, or NULL. */
const char *translit_word_memory(const translit *t, const char *ar, size_t an);

/* Open a model file, or the same bytes in memory (for tests and fuzzing). */
translit *translit_open(const char *path, naba_error *err);
translit *translit_open_mem(const void *bytes, size_t len, naba_error *err);
void translit_close(translit *t);

/* log P(latin word | arabic word) over two single words (name keys). */
double translit_word_logprob(const translit *t, const char *ar, size_t an,
                             const char *lat, size_t ln);
/* Match score of a Latin name and an Arabic name (name keys, any number of
** words): per-letter log-likelihood ratio against the Latin letter model,
** averaged over the aligned words. Above ~0 they are likely the same name. */
double translit_match(const translit *t, const char *ar_key, const char *lat_key);
/* The same score, with each Latin word's emissions kept in m (NULL: none
** kept) while the next calls bring the same word at the same place: link's
** pass 5 scores each Latin form of a document against every Arabic one. */
typedef struct translit_memo translit_memo;
translit_memo *translit_memo_new(void);   /* NULL when out of memory */
void translit_memo_free(translit_memo *m);
double translit_match_memo(const translit *t, translit_memo *m, const char *ar_key, const char *lat_key);
/* The same score with the Arabic name given as the channel's states of its
** words (at most TL_NAME_WORDS; len[i] states each, one word after the
** other), which translit_ar_states writes from its key (states: room for
** TL_NAME_STATES) and returns the words of: pass 5 makes them once per Arabic
** form, where each of its pairs made them again. ids (NULL: none) numbers
** the words, below the count given to translit_memo_words, the same number
** for the same states: a numbered word's score against a Latin word is
** computed once while that Latin word stays at its place in the memo. */
#define TL_NAME_WORDS 8
#define TL_NAME_STATES (TL_NAME_WORDS * TL_MAX_LETTERS)
#define TL_NO_WORD UINT32_MAX /* a word without a number */
size_t translit_ar_states(const char *ar_key, uint16_t *states, uint8_t *len);
/* The Arabic words to come are numbered below words (0: none numbered); the
** scores kept for earlier numbers are dropped. Out of memory, no scores are
** kept, to the same results. */
void translit_memo_words(translit_memo *m, size_t words);
double translit_match_states(const translit *t, translit_memo *m, const uint16_t *states, const uint8_t *len,
                             const uint32_t *ids, size_t words, const char *lat_key);
/* Best romanization of an Arabic name key into out; returns its length.
** Words keep their order; the first letter of each word is capitalized. A word
** of the memory is written as memorized, any other by the letter channel;
** الله after a word is glued to it (Abdullah, Nasrallah).
** person: the name is a person's. The memory is learnt from person names, in
** which an article word ending in ي is a fused surname (العربي Larbi, العمري
** Alomari); in a place's or organization's name it is a nisba adjective
** (معهد العالم العربي, المحيط الهندي), so there it is written Al- and the rest.
** TL_MASHRIQ added to person: a person of a Gulf or Levantine document, whose
** family names with the article the Mashriq writes Al- and the word (العمري
** Al-Omari), where the memory holds the Maghrebi fused spelling (Lamri). */
#define TL_MASHRIQ 2
/* TL_MAGHREB added to person: a person of a Maghrebi document, whose family
** names with the article the memory does not hold are spelt the French way:
** no article (but after ابن, أبو, بن), ch for ش, ou for و, k or g for ق, and
** the first vowel may go (السليطي Sliti, الحرباوي Harbaoui, القمودي Kamoudi);
** بن is Ben. Without person (a place or body of a Maghrebi page): Ben only. */
#define TL_MAGHREB 4
/* TL_NO_ARTICLE << i added to person: word i of ar_key (as split at its
** spaces) was written with أل, a hamza on its alef, which the key drops: a
** foreign name's Al (ألبرت Albert, ألفارو Alvaro, أليانز Allianz), not the
** article's hamza-less ال. */
#define TL_NO_ARTICLE 256
size_t translit_romanize(const translit *t, const char *ar_key, int person, char *out, size_t cap);

#endif
