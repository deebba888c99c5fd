/*
** topic_stage.c — the topic stage: models/topic.nbm opened once, each
** document classified from its words (so it runs after morph: a light stem
** with its clitics split is one feature however the word is written).
*/
#include "topic.h"
#include "stage.h"

void *topic_open(const char *data_dir, const naba_options *opt, naba_error *err) {
    (void)opt;
    char path[1200];
    return topic_model_open(naba_data_path(data_dir, "models/topic.nbm", path, sizeof path), err);
}

naba_status topic_run(naba_doc *doc, void *state, const naba_options *opt) {
    (void)opt;
    return topic_classify(state, doc);
}

void topic_close(void *state) { topic_model_close(state); }
