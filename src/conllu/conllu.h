/*
** conllu.h — reading CoNLL-U files (internal): training data for morphology
** and parsing, gold input for `naba analyze --input conllu`, and both sides of
** `naba eval conllu`.
**
** A file is read whole into one arena; sentences, tokens and words are plain
** arrays. A token is a surface unit: a multiword-token line (e.g. "5-6 للحظر")
** or a word line outside any range. Words are the syntactic words (ID integer
** lines); empty nodes (ID with a dot) are skipped, as the CoNLL 2018 metrics do.
*/
#ifndef NABA_CONLLU_H
#define NABA_CONLLU_H

#include "naba.h"

typedef struct naba_cu_word {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head;               /* 0 for the root, 1-based word index; -1 when "_" */
    uint32_t token;         /* index of its token in the sentence */
} naba_cu_word;

typedef struct naba_cu_token {
    const char *form;       /* surface form */
    const char *misc;       /* MISC of the token line ("_" if none) */
    uint32_t word_first, word_count;
    int space_after;        /* 0 when MISC has SpaceAfter=No */
} naba_cu_token;

typedef struct naba_cu_sentence {
    const char *sent_id, *text;     /* from comments, NULL if absent */
    const char *newdoc_id;          /* "# newdoc id = X" before it, else NULL */
    int newdoc, newpar;             /* "# newdoc" / "# newpar" seen before it */
    uint32_t doc;                   /* 0-based index of its document (by "# newdoc") */
    naba_cu_token *tokens;
    naba_cu_word *words;
    uint32_t n_tokens, n_words;
    size_t line;                    /* line of its first row, for messages */
} naba_cu_sentence;

typedef struct naba_cu_file {
    naba_cu_sentence *sents;
    size_t n;
    naba_arena *arena;
} naba_cu_file;

/* Parse CoNLL-U text. Errors name the file (name) and line. */
naba_status naba_conllu_parse(const char *text, size_t len, const char *name,
                              naba_cu_file **out, naba_error *err);
/* Read and parse a file ("-" for stdin). */
naba_status naba_conllu_read(const char *path, naba_cu_file **out, naba_error *err);
void naba_conllu_free(naba_cu_file *f);

/* naba's one train/dev split of a treebank, shared by every trainer and
** evaluator so no stage tunes on another's dev data: whole documents, every
** `every`-th one (index % every == every - 1) is dev. naba uses every = 5. */
#define NABA_DEV_EVERY 5
static inline int naba_cu_is_dev(const naba_cu_sentence *s, unsigned every) {
    return every && s->doc % every == every - 1;
}

/* Value of KEY in a MISC or FEATS string ("A=1|B=2"), copied into out; 0 if absent. */
int naba_cu_attr(const char *attrs, const char *key, char *out, size_t cap);

/* Build doc from sentences [first, end) of f (one document): the text is
** rebuilt from the tokens and SpaceAfter, one paragraph, the given sentences
** and tokens. keep_words copies the gold words too (lemma, tags, heads); else
** the morph stage analyses the tokens. */
naba_status naba_conllu_doc(const naba_cu_file *f, size_t first, size_t end, int keep_words,
                            unsigned fold_flags, naba_doc *doc);
/* End of the document that starts at sentence first (by "# newdoc"). */
size_t naba_conllu_doc_end(const naba_cu_file *f, size_t first);

/* Write doc as CoNLL-U: # newdoc id, # sent_id, # text, multiword-token lines,
** SpaceAfter=No; HEAD/DEPREL from the words when parsed, else "_". */
naba_status naba_write_conllu(const naba_doc *doc, FILE *f);

#endif
