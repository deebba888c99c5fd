/*
** names.h — the names of enum values as they appear in every output format
** (internal), kept in one place so JSON, tables and reports agree.
*/
#ifndef NABA_NAMES_H
#define NABA_NAMES_H

#include "naba.h"

const char *naba_repair_name(int kind);
const char *naba_token_kind_name(int kind);
const char *naba_script_name(int script);
/* Repair kind from its name, -1 if unknown (for --no-repair NAME). */
int naba_repair_from_name(const char *name);

/* Output format from its name as -f and the server's format= take it
** ("json", "events"...): 1 and *f set, or 0 if unknown. */
int naba_format_from_name(const char *name, naba_format *f);
/* The stage a table format shows the layer of, when a pipeline stopping after
** `until` would not run it (printing headers and nothing else, which reads as
** "nothing found"); NULL when the format can be written. */
const char *naba_format_missing_stage(naba_format f, const char *until);
/* Position of a stage in naba_stage_names(), -1 if unknown. */
int naba_stage_index(const char *name);

#endif
