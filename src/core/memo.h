/*
** memo.h — what a stage computed once for a document and later stages reuse
** (internal).
**
** Some work is asked for by several stages of the same document: the dates,
** counts and quotes stages all cut the text into the same units (src/lex/).
** Doing it once and keeping the result in the document's arena saves that
** work, but the result is no layer of the public document model. So naba.h
** holds only an opaque list head (doc->memos); each entry is keyed by the
** address of a static object its owner defines, so two owners never collide
** and no stage's type is named outside its folder. The list dies with the
** arena: naba_doc_reset forgets every memo.
**
** A memo must say for itself whether it is still valid (e.g. keep the text
** and sentences it was computed from and compare them): stages may replace a
** layer after the memo was made.
*/
#ifndef NABA_MEMO_H
#define NABA_MEMO_H

#include "naba.h"

/* The value kept under key for this document, or NULL. */
void *naba_memo_get(const naba_doc *doc, const void *key);

/* Keep value (memory in the document's arena) under key, replacing what was
** kept there before; NABA_ERR_NOMEM when out of memory. */
naba_status naba_memo_put(naba_doc *doc, const void *key, void *value);

#endif
