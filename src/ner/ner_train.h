/*
** ner_train.h — training-time parts of NER (internal): building the lexicon
** that goes into the model from outside data, and corpus statistics.
**
** None of this runs inside the pipeline; it turns ../shared/data and naba's
** curated data/ner/cues.tsv into the compact tables stored in the model file.
*/
#ifndef NABA_NER_TRAIN_H
#define NABA_NER_TRAIN_H

#include "hashmap.h"
#include "ner.h"

/* A growable map from 64-bit key hashes to lexicon values ({0} is empty). */
typedef struct ner_lexb {
    naba_hashmap map; /* key hash (0 stored as 1) -> index in vals */
    uint32_t *vals;   /* in insertion order */
    size_t cap;       /* of vals */
} ner_lexb;

void ner_lexb_free(ner_lexb *b);
/* Pointer to the value of h (inserted as 0 when new); NULL on out of memory. */
uint32_t *ner_lexb_at(ner_lexb *b, uint64_t h);
/* The value of h, 0 when absent. */
uint32_t ner_lexb_get(const ner_lexb *b, uint64_t h);
/* A name of one or more words: one word gets the class bits, a phrase of up
** to NER_MAX_PHRASE words gets them shifted to the phrase bits. Words are
** split at spaces and folded exactly as tokens are at run time. */
void ner_lexb_add_name(ner_lexb *b, const char *s, size_t n, uint32_t cls);
/* Gazetteers: CLDR and GeoNames TSV files under dir (cldr/, geonames_ar/). */
naba_status ner_lexb_gazetteers(ner_lexb *b, const char *dir, naba_error *err);
/* naba's knowledge-base tables under dir (people of today and of earlier
** years, organizations, places, nationalities: data/kb, see data/README.md). */
naba_status ner_lexb_kb(ner_lexb *b, const char *dir, naba_error *err);
/* Person-name words, both scripts (netranslit: "english<TAB>ا ر ب<TAB>count"). */
naba_status ner_lexb_names(ner_lexb *b, const char *path, naba_error *err);
/* naba's curated cues (ner_cues_parse format). */
naba_status ner_lexb_cues(ner_lexb *b, const char *path, naba_error *err);
/* Frequency buckets for the `keep` most frequent words of gzipped JSONL news
** corpora (paths: file names separated by ':'). */
naba_status ner_lexb_news(ner_lexb *b, const char *paths, size_t keep, int verbose, naba_error *err);
/* The final open-addressing table (load <= 3/4); caller frees. */
ner_lex_slot *ner_lexb_table(const ner_lexb *b, uint32_t *mask);

/* A small deterministic generator (xorshift64*) for shuffles and seeds. */
static inline uint64_t ner_rand(uint64_t *s) {
    *s ^= *s >> 12; *s ^= *s << 25; *s ^= *s >> 27;
    return *s * 0x2545F4914F6CDD1DULL;
}

#endif
