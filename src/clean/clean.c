/* TEMPORARY scaffold, replaced by the real cleaner: copies valid UTF-8 through. */
#include "naba.h"
#include "../core/utf8.h"
#include <string.h>
naba_status naba_clean(naba_doc *doc, void *state, const naba_options *opt) {
    (void)state; (void)opt;
    doc->text = naba_arena_strndup(doc->arena, doc->orig, doc->orig_len);
    doc->text_len = doc->orig_len;
    naba_map_seg *s = NABA_PUSH(doc, &doc->map);
    s->clean = 0; s->clean_len = (naba_off)doc->orig_len; s->orig = 0; s->orig_len = (naba_off)doc->orig_len; s->copied = 1;
    return NABA_OK;
}
