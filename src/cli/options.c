/*
** options.c — the options `naba analyze` and `naba serve` share: those that
** shape the pipeline (size limit, repairs, boilerplate, knowledge-base rows,
** event dictionaries, data folder), parsed and documented in one place so the
** two commands take them the same way.
*/
#include "cli.h"
#include "names.h"

#include <stdlib.h>
#include <string.h>

int cli_help_word(FILE *f, const char *w, int col) {
    int n = (int)strlen(w);
    if (col + 1 + n > 79) { fputs("\n                       ", f); col = 23; }
    fprintf(f, " %s", w);
    return col + 1 + n;
}

void cli_help_stages(FILE *f) {
    fputs("                       ", f);
    int col = 23;
    for (const char *const *s = naba_stage_names(); *s; s++) col = cli_help_word(f, *s, col);
    fputc('\n', f);
}

void cli_pipeline_help(FILE *f) {
    fputs("      --max-bytes N     refuse articles over N bytes (default 16777216)\n"
          "      --no-repair KIND  switch one repair off (repeatable); kinds:\n"
          "                       ", f);
    int col = 23;
    for (int k = 0; k < NABA_REPAIR_COUNT; k++)
        if (k != NABA_REPAIR_INVALID_UTF8) col = cli_help_word(f, naba_repair_name(k), col);
    fputs("\n"
          "      --no-repairs      switch every optional repair off (UTF-8 is always made valid)\n"
          "      --boilerplate FILE  extra boilerplate patterns (format: data/boilerplate.txt)\n"
          "      --events-dict FILE  extra event dictionary, loaded after the built-in ones\n"
          "                        (repeatable; format: docs/events.md)\n"
          "      --events-every-topic  code events on every page (by default a long page\n"
          "                        about sport, culture or technology, confidently or with\n"
          "                        politics far behind, gets none)\n"
          "      --data-dir DIR    where models/ and data/ are (default: installed or source tree)\n"
          "      --kb-extra FILES  your own knowledge-base rows (TSV, format in data/README.md),\n"
          "                        ':'-separated; they win over the built-in KB\n", f);
}

void cli_pipeline_args_init(cli_pipeline_args *a) {
    memset(a, 0, sizeof *a);
    naba_options_init(&a->opt);
}

int cli_pipeline_option(cli_pipeline_args *a, const char *prog, int c, const char *arg) {
    switch (c) {
    case CLI_O_MAX: {
        char *end;
        unsigned long long v = strtoull(arg, &end, 10);
        if (*end || v == 0) {
            fprintf(stderr, "%s: --max-bytes wants a positive number, not '%s'\n", prog, arg);
            return -1;
        }
        a->opt.max_bytes = (size_t)v;
        return 1;
    }
    case CLI_O_NOREP: {
        int k = naba_repair_from_name(arg);
        if (k < 0) {
            fprintf(stderr, "%s: unknown repair '%s' (see --help)\n", prog, arg);
            return -1;
        }
        if (k == NABA_REPAIR_INVALID_UTF8) { /* the clean stage would ignore it */
            fprintf(stderr, "%s: invalid_utf8 cannot be switched off: the clean text is always UTF-8\n", prog);
            return -1;
        }
        a->opt.repairs_off |= 1u << k;
        return 1;
    }
    case CLI_O_NOREPS: a->opt.repairs_off = ~(1u << NABA_REPAIR_INVALID_UTF8); return 1;
    case CLI_O_BOILER: a->opt.boilerplate_file = arg; return 1;
    case CLI_O_DATADIR: a->data_dir = arg; return 1;
    case CLI_O_KBEXTRA: a->opt.kb_extra = arg; return 1;
    case CLI_O_EVTOPIC: a->opt.events_every_topic = 1; return 1;
    case CLI_O_EVDICT:
        if (a->opt.n_events_dicts == sizeof a->ev_dicts / sizeof *a->ev_dicts) {
            fprintf(stderr, "%s: at most %zu --events-dict files\n", prog, sizeof a->ev_dicts / sizeof *a->ev_dicts);
            return -1;
        }
        a->ev_dicts[a->opt.n_events_dicts++] = arg;
        a->opt.events_dicts = a->ev_dicts;
        return 1;
    default: return 0;
    }
}
