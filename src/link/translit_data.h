/*
** translit_data.h — the transliteration pairs naba trains and evaluates its
** romanizer on (internal), read from ../shared/data/translit at train/eval time.
**
** Sources and the held-out carve (deterministic, written down here once):
**   google    google_ar2en: train = ar2en-train.txt, held out = ar2en-eval.txt.
**             ar2en-test.txt is never read (left for a final figure).
**   wikidata  netranslit_coling2018 (data_wd_arabic...tokens): held out = every
**             10th line (line index % 10 == 9), train = the other lines.
** Each pair is two name keys (namekey.h) of one word each; entries with several
** words are split word by word when both sides have the same number of words.
** count is how often the pair was seen: netranslit's third column (the number
** of Wikidata names holding that word pair), 1 for google_ar2en.
*/
#ifndef NABA_TRANSLIT_DATA_H
#define NABA_TRANSLIT_DATA_H

#include "naba.h"

enum { TL_SRC_GOOGLE = 1, TL_SRC_WIKIDATA = 2, TL_SRC_BOTH = 3 };

typedef struct tl_pair { char *ar, *lat; unsigned count; } tl_pair;
typedef struct tl_pairs { tl_pair *v; size_t n, cap; } tl_pairs;

/* Append the pairs of the chosen sources and split (heldout 0: train, 1: held
** out) under dir (the translit data folder) to out. */
naba_status tl_pairs_load(const char *dir, int sources, int heldout, tl_pairs *out,
                          naba_error *err);
void tl_pairs_free(tl_pairs *p);

#endif
