/*
** memo.h — what a stage computed once for a document and later stages reuse
** (internal).
**
** Some work is asked for by several stages of the same document: the dates,
** counts and quotes stages all cut the text into the same units (src/lex/).
** Doing it once and keeping the result for the document saves that work,
** but the result is no layer of the public document model. So naba.h
** holds only an opaque list head (doc->memos); each entry is keyed by the
** address of a static object its owner defines, so two owners never collide
** and no stage's type is named outside its folder. The list dies with the
** arena: naba_doc_reset forgets every memo.
**
** A memo must say for itself whether it is still valid (e.g. keep the text
** and sentences it was computed from and compare them): stages may replace a
** layer after the memo was made.
**
** A memo may also hold memory of its own (malloc'd, with a release function):
** the arena keeps everything to the document's end, while a memo's last reader
** may come long before (the lex units are read by nothing after the quotes
** stage, yet on a 10 MB line they are tens of MB through the events stage).
*/
#ifndef NABA_MEMO_H
#define NABA_MEMO_H

#include "naba.h"

/* The value kept under key for this document, or NULL. */
void *naba_memo_get(const naba_doc *doc, const void *key);

/* Keep value under key, replacing (and releasing) what was kept there before;
** release (NULL when value is all in the document's arena) is called on value
** when it is dropped, replaced or the document reset or freed. On
** NABA_ERR_NOMEM (out of memory) value is released at once. */
naba_status naba_memo_put(naba_doc *doc, const void *key, void *value, void (*release)(void *));

/* Forget what is kept under key, releasing it: its last reader is done. */
void naba_memo_drop(naba_doc *doc, const void *key);

/* Release every memo of doc (naba_doc_reset, naba_doc_free). */
void naba_memo_release_all(naba_doc *doc);

#endif
