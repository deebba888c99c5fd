/*
** ner_heads.c — a place name that is part of a longer name: the word before
** it (or after it) makes it a facility, a body or an event of that place.
**
** The recognizer tags the place alone: `مطار [[دبي]] الدولي`, `لوكالة
** [[تونس]] أفريقيا للأنباء`, `كأس أمم [[أفريقيا]]`, `نداء [[تونس]]`, and the
** linker then gives the airport, the news agency, the tournament, the party
** the city's or the country's identity. On the entity-sample slices
** (src/link/README.md, session 20c) this was the largest class of span and type
** errors. The words come from data/ner/heads.tsv (its header says what each
** class does): a place chunk right after a head word grows to take the head
** in (and the heads before it, `كأس أمم`, `حزب نداء`) and the tail words
** after it (`الدولي`, `للأنباء`), and takes the head's type; a place followed
** by a suffix word (`مصر للطيران`) becomes that organization. The rule runs
** in the pipeline stage only, not in `naba eval ner`: ANERcorp's annotators
** followed other conventions for such names, and the rule is judged on news.
*/
#include "ner.h"
#include "stage.h"
#include "wordtab.h"

#include <string.h>

static const char *const head_classes[] = {"head", "inner", "outer", "tail", "suffix", "en", NULL};

wordtab *ner_heads_load(const char *data_dir, naba_error *err) {
    char path[1200];
    return wt_load_file(naba_data_path(data_dir, "data/ner/heads.tsv", path, sizeof path), head_classes, err);
}

const wt_entry *ner_head_word(const wordtab *t, const char *s, size_t n, unsigned mask, size_t *cut) {
    char key[256];
    if (cut) *cut = 0;
    if (n == 0 || n >= sizeof key / 2) return NULL;
    size_t k = naba_fold(s, n, LX_FOLD, key, sizeof key);
    if (k == 0 || k >= sizeof key) return NULL;
    size_t stripped;
    const wt_entry *e = wt_get_stripped(t, key, k, mask, WT_CONJ | WT_PREP, &stripped);
    /* the surface bytes of the letters taken off: each is two bytes of the
    ** folded key (ل of لل counts once) */
    if (e && cut) *cut = ner_skip_letters(s, n, (unsigned)(stripped / 2));
    return e;
}

static const wt_entry *find(const wordtab *t, const ner_word *w, unsigned mask) {
    return ner_head_word(t, w->s, w->n, mask, NULL);
}

static int type_of(const wt_entry *e) {
    if (strcmp(e->str, "ORG") == 0) return NABA_ENT_ORG;
    if (strcmp(e->str, "MISC") == 0) return NABA_ENT_MISC;
    return NABA_ENT_LOC;
}

/* Can token e join the name on its right: an untagged word, or a one-word
** chunk (a place tagged apart: [[تونس]] [[أفريقيا]])? */
static int joinable(const uint8_t *tags, size_t n, size_t e) {
    return tags[e] == 0 || (!ner_tag_inside(tags[e]) && (e + 1 >= n || !ner_tag_inside(tags[e + 1])));
}

/* The first token of the longer name that ends at the place chunk starting at
** s, and its type in *type; s when no head is before it. */
static size_t head_start(const wordtab *t, const ner_word *w, const uint8_t *tags, size_t s, int *type) {
    size_t start = s;
    int inner = -1;                 /* type of an inner head still waiting for a head before it */
    *type = -1;
    for (size_t k = s; k > 0 && s - k < 3 && tags[k - 1] == 0; k--) {
        const wt_entry *e = find(t, &w[k - 1], NER_HEAD_STARTS);
        if (!e) break;
        if (e->cls == NER_HEAD_INNER) {
            if (inner >= 0) break;
            inner = type_of(e);
            continue;
        }
        if (e->cls == NER_HEAD_OUTER && *type < 0 && inner < 0) break;
        if (*type < 0) *type = inner >= 0 ? inner : type_of(e);
        inner = -1;
        start = k - 1;
    }
    return start;
}

void ner_heads_rule(const wordtab *t, const ner_word *w, size_t n, uint8_t *tags) {
    size_t i = 0;
    ner_chunk c;
    while (ner_next_chunk(tags, n, &i, &c)) {
        /* a Latin name keeps its script of its own (قصر [[Dolmabahce]]) */
        if (c.type == NABA_ENT_PER || w[c.start].shape != NER_SHAPE_ARABIC) continue;
        int type;
        size_t start = head_start(t, w, tags, c.start, &type), end = c.end;
        const wt_entry *e;
        if (start < c.start) {
            while (end < n && end - c.end < 3 && joinable(tags, n, end) &&
                   find(t, &w[end], WT_BIT(NER_HEAD_TAIL) | WT_BIT(NER_HEAD_SUFFIX)))
                end++;
            /* a body's own name stays as it is (وكالة [[رويترز]]) unless the
            ** name goes on after it (لوكالة [[تونس]] افريقيا للأنباء) */
            if (c.type != NABA_ENT_LOC && end == c.end) continue;
        } else if (c.type == NABA_ENT_LOC && end < n && tags[end] == 0 &&
                   (e = find(t, &w[end], WT_BIT(NER_HEAD_SUFFIX)))) {
            type = type_of(e);
            end++;
        } else {
            continue;
        }
        for (size_t k = start; k < end; k++) tags[k] = (uint8_t)ner_tag_make(type, k > start);
        i = end;
    }
}
