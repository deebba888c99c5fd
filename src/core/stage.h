/*
** stage.h — how a stage is described to the pipeline (internal).
**
** Adding a stage means writing its run function (and open/close when it loads a
** model or dictionary) and adding one row to the table in pipeline.c. A stage
** that needs a model an earlier stage has opened (ner: morph's model; link:
** ner's head words; dates: link's knowledge base, with the user's --kb-extra
** rows) opens with open_after and borrows it through naba_stage_state, so each
** model is opened once per pipeline and every stage sees the same one.
*/
#ifndef NABA_STAGE_H
#define NABA_STAGE_H

#include "naba.h"

typedef struct naba_stage_def {
    const char *name;
    const char *help;  /* one line for `naba analyze --help` */
    /* Load the stage's resources from data_dir; NULL with err set on failure.
    ** NULL open: the stage needs no state. */
    void *(*open)(const char *data_dir, const naba_options *opt, naba_error *err);
    naba_status (*run)(naba_doc *doc, void *state, const naba_options *opt);
    void (*close)(void *state);
    /* Instead of open: p holds the stages opened before this one. */
    void *(*open_after)(const char *data_dir, const naba_options *opt, const naba_pipeline *p,
                        naba_error *err);
} naba_stage_def;

/* The table of stages in pipeline order, terminated by a row with name NULL. */
extern const naba_stage_def naba_stage_table[];

/* The state of the stage called name in p (for morph, its morph_model; for
** link, its link_state), NULL when p has not opened it. It stays p's: a later
** stage borrows it (p closes its stages in reverse order, so the lender
** outlives the borrower). */
void *naba_stage_state(const naba_pipeline *p, const char *name);

/* The data directory: given, else $NABA_DATA_DIR, the installed one, the source tree. */
const char *naba_resolve_data_dir(const char *given);

/* Join data_dir and a relative path into out; returns out. */
const char *naba_data_path(const char *data_dir, const char *rel, char *out, size_t cap);

#endif
