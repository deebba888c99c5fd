/*
** names.c — enum value names for output (see names.h).
*/
#include "names.h"
#include "naba.h"

#include <string.h>

static const char *const repair_names[NABA_REPAIR_COUNT] = {
    "invalid_utf8", "control_bytes", "bom", "newline", "boilerplate", "duplicate",
    "space_before_punct", "space_after_punct", "spaces", "presentation_form",
    "tatweel", "bidi_control"};

static const char *const token_kind_names[NABA_TOK_KIND_COUNT] = {
    "word", "number", "ordinal", "percent", "number_unit", "date", "time",
    "url", "email", "hashtag", "mention", "punct", "symbol"};

static const char *const script_names[] = {"none", "arabic", "latin", "mixed", "other"};

const char *naba_repair_name(int k) {
    return k >= 0 && k < NABA_REPAIR_COUNT ? repair_names[k] : "unknown";
}
int naba_repair_from_name(const char *name) {
    for (int i = 0; i < NABA_REPAIR_COUNT; i++)
        if (strcmp(repair_names[i], name) == 0) return i;
    return -1;
}
const char *naba_token_kind_name(int k) {
    return k >= 0 && k < NABA_TOK_KIND_COUNT ? token_kind_names[k] : "unknown";
}
const char *naba_script_name(int s) {
    return s >= 0 && s <= NABA_SCRIPT_OTHER ? script_names[s] : "unknown";
}

int naba_format_from_name(const char *s, naba_format *f) {
    static const struct { const char *name; naba_format f; } fmts[] = {
        {"json", NABA_FMT_JSON}, {"jsonl", NABA_FMT_JSONL}, {"text", NABA_FMT_TEXT},
        {"tokens", NABA_FMT_TOKENS}, {"report", NABA_FMT_REPORT}, {"none", NABA_FMT_NONE},
        {"quotes", NABA_FMT_QUOTES}, {"counts", NABA_FMT_COUNTS}, {"dates", NABA_FMT_DATES},
        {"entities", NABA_FMT_ENTITIES}, {"conllu", NABA_FMT_CONLLU},
        {"events", NABA_FMT_EVENTS}, {"plover", NABA_FMT_PLOVER}};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++)
        if (!strcmp(fmts[i].name, s)) { *f = fmts[i].f; return 1; }
    return 0;
}

int naba_stage_index(const char *name) {
    int i = 0;
    for (const char *const *s = naba_stage_names(); *s; s++, i++)
        if (!strcmp(*s, name)) return i;
    return -1;
}

const char *naba_format_missing_stage(naba_format f, const char *until) {
    const char *needs;
    switch (f) {
    case NABA_FMT_ENTITIES: needs = "link"; break;
    case NABA_FMT_DATES: needs = "dates"; break;
    case NABA_FMT_COUNTS: needs = "counts"; break;
    case NABA_FMT_QUOTES: needs = "quotes"; break;
    case NABA_FMT_EVENTS:
    case NABA_FMT_PLOVER: needs = "events"; break;
    default: return NULL;
    }
    int at = until ? naba_stage_index(until) : -1;
    return at >= 0 && at < naba_stage_index(needs) ? needs : NULL;
}
