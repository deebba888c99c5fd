/*
** names.h — the names of enum values as they appear in every output format
** (internal), kept in one place so JSON, tables and reports agree.
*/
#ifndef NABA_NAMES_H
#define NABA_NAMES_H

const char *naba_repair_name(int kind);
const char *naba_token_kind_name(int kind);
const char *naba_script_name(int script);
/* Repair kind from its name, -1 if unknown (for --no-repair NAME). */
int naba_repair_from_name(const char *name);

#endif
