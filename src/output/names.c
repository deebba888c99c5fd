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
