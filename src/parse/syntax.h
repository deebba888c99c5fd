/*
** syntax.h — questions later stages (quotes, events, counts) ask of the
** dependency trees in doc->words: who is the subject of this verb, what is its
** object, which noun heads this phrase, which bytes does the phrase cover.
**
** All indices are into doc->words; -1 means none. Relations are compared by
** their universal part ("nsubj:pass" is an nsubj) unless a function says so.
** The trees come from the parse stage (or from CoNLL-U input); on a document
** without them every query answers "none".
*/
#ifndef NABA_SYNTAX_H
#define NABA_SYNTAX_H

#include "naba.h"

#define NABA_SYN_MAX_ARGS 8

/* The arguments of a verb (or of a predicate noun/adjective). */
typedef struct naba_syn_args {
    int32_t subj[NABA_SYN_MAX_ARGS]; int n_subj;  /* nsubj, nsubj:pass, csubj */
    int32_t obj[NABA_SYN_MAX_ARGS]; int n_obj;    /* obj, including object clitics */
    int32_t iobj[NABA_SYN_MAX_ARGS]; int n_iobj;
    int32_t obl[NABA_SYN_MAX_ARGS]; int n_obl;    /* obl: with a preposition (see naba_syn_case) */
    int32_t ccomp[NABA_SYN_MAX_ARGS]; int n_ccomp;/* clausal complements ("said that ...") */
    int passive;           /* the subject is nsubj:pass, or the verb has Voice=Pass */
    int subj_pass;         /* the parser labelled a subject nsubj:pass */
    int subj_inherited;    /* subjects taken from the first conjunct ("met and agreed") */
    int subj_clitic;       /* a subject is a pronoun clitic (e.g. "إنه": that he) */
    int obj_clitic;        /* an object is a pronoun clitic ("رفضها": rejected it) */
} naba_syn_args;

/* Does word w's relation have this universal part ("nsubj" matches "nsubj:pass")? */
int naba_syn_rel_is(const naba_word *w, const char *rel);

/* Children of head in word order; returns their number (writes at most cap). */
int naba_syn_children(const naba_doc *doc, int32_t head, int32_t *out, int cap);

/* The arguments of verb. A conjunct verb without a subject of its own takes the
** subjects of the verb it is conjoined to ("اجتمع الوزراء ووافقوا"). A subject
** pronoun attached to the complementizer ("أنه", "إنها": that he/she) counts as
** the subject of the clause's verb. */
void naba_syn_arguments(const naba_doc *doc, int32_t verb, naba_syn_args *out);

/* The head noun of the phrase headed by w: w itself when nominal (NOUN, PROPN,
** PRON, X, NUM); for a quantifier or adjective heading a construct ("أحد
** الجنود": one of the soldiers) the noun it governs; else w. */
int32_t naba_syn_head_noun(const naba_doc *doc, int32_t w);

/* How many heads stand above word w (0 for a root), counted up to limit: a
** tree is never deeper than its sentence is long, so a limit ends a cycle. */
int naba_syn_depth(const naba_doc *doc, int32_t w, int limit);

/* The same count, ending below the first head for which stop(doc, head, ctx)
** holds: the depth of w inside that head's clause (the events stage counts
** from the speech verb that reports an event). */
typedef int (*naba_syn_stop)(const naba_doc *doc, int32_t head, const void *ctx);
int naba_syn_depth_below(const naba_doc *doc, int32_t w, int limit, naba_syn_stop stop, const void *ctx);

/* The preposition (case child) of a nominal, e.g. "على" in "على الحوار"; -1 if none. */
int32_t naba_syn_case(const naba_doc *doc, int32_t w);

/* Flags of naba_syn_span. */
#define NABA_SYN_SPAN_NO_PUNCT 0x01u /* trim punctuation at both ends */
#define NABA_SYN_SPAN_NO_CASE  0x02u /* trim a leading preposition / conjunction */

/* The words [*first, *last] covered by the subtree of head (contiguous for
** projective trees; for others the outermost words) and its clean-text byte
** span [*start, *end). Returns 0 when head is not a word of doc. */
int naba_syn_span(const naba_doc *doc, int32_t head, unsigned flags, int32_t *first, int32_t *last,
                  naba_off *start, naba_off *end);

#endif
