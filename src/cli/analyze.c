/*
** analyze.c — `naba analyze`: run the pipeline over files, stdin or JSONL
** batches and write one result per document.
**
** In batch mode every input line yields exactly one output line, in order: the
** document, or an error record naming what failed and where. Nothing is lost.
*/
#include "batch.h"
#include "calendar.h"
#include "cli.h"
#include "conllu.h"
#include "input.h"
#include "names.h"
#include "affix.h"
#include "naba.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void help(FILE *f) {
    fputs("usage: naba analyze [options] [FILE...]\n\n"
          "Analyze Arabic news articles. With no FILE, or FILE '-', read stdin.\n"
          "A plain-text FILE is one article; with -i jsonl each line is one article,\n"
          "{\"id\":..., \"text\":..., \"date\":..., \"title\":...}, and each yields one output line.\n\n"
          "options:\n"
          "  -i, --input FORMAT    text (default; jsonl when FILE ends in .jsonl), or conllu:\n"
          "                        take sentences and tokens from CoNLL-U and run the stages\n"
          "                        after segment on them (one document per # newdoc)\n"
          "      --keep-words      with -i conllu: keep the file's words (lemma, tags, heads)\n"
          "                        instead of re-analysing the tokens\n"
          "      --treebank-tokens CoNLL-U as the training treebank (PADT) writes it: a token\n"
          "                        that treebank would leave unanalysed (names, hamza-less\n"
          "                        spellings...) is one X word; for scoring against PADT-style\n"
          "                        gold (bench/morph_dev.sh). Other formats keep the token's\n"
          "                        words analysed (docs/morph.md); the parser reads it as one\n"
          "                        X word, as that treebank taught it (docs/parse.md)\n"
          "  -f, --format FORMAT   json (default), jsonl, text, tokens, report, conllu, entities,\n"
          "                        quotes, counts, dates, events, plover, none\n"
          "  -u, --until STAGE     stop after STAGE (default: the last); stages, in order:\n", f);
    cli_help_stages(f);
    fputs("  -o, --output FILE     write to FILE instead of stdout\n"
          "      --id ID           document id (one text document)\n"
          "      --date DATE       article date, e.g. 2025-05-16 (text input): anchors relative\n"
          "                        dates (\"on Friday\") and dates events without one\n"
          "      --title TITLE     article title (text input)\n", f);
    cli_pipeline_help(f);
    fputs("  -j, --jobs N          with -i jsonl: analyze on N threads (default 1), each with\n"
          "                        its own pipeline (about 25 MB more memory each); 0 or\n"
          "                        'auto': one per online core. The output, the stderr\n"
          "                        lines and the exit status are those of --jobs 1, in input\n"
          "                        order. Text and CoNLL-U files are read on one thread\n"
          "  -q, --quiet           no progress or summary on stderr\n"
          "  -h, --help            this help\n\n"
          "formats:\n"
          "  json, jsonl  one JSON object per document, on one line (the two are the same):\n"
          "           clean text, repairs, paragraphs, sentences, tokens, words, mentions,\n"
          "           entities, dates, counts, quotes, events, with byte offsets into the\n"
          "           clean text and the original; docs/schema.md\n"
          "  text     the cleaned article\n"
          "  tokens   a tab-separated table, one token per line\n"
          "           (text and tokens: with several documents, each opens with a\n"
          "           line '#doc ID', '-' for a document without an id)\n"
          "  report   a few lines for a person: what was repaired, what looks damaged\n"
          "  quotes   a table: who said what (kind, cue, speaker, medium, quote)\n"
          "  counts   a table: number, qualifier, kind, unit, what is counted, what happened\n"
          "  dates    a table: date expressions with ISO 8601 values and their anchor\n"
          "  entities a tab-separated table, one entity per line: document id, entity id,\n"
          "           type, English and Arabic names, actor code, mentions, spellings seen\n"
          "  conllu   CoNLL-U: sentences, multiword tokens, words with lemma, UPOS, PADT tag,\n"
          "           features (and heads once parsed)\n"
          "  events   one event per line, tab-separated, no header: date (ISO 8601), source,\n"
          "           source code, CAMEO code, PLOVER type, target, target code, place,\n"
          "           confidence, document, sentence, evidence; '_' for an empty cell\n"
          "  plover   one PLOVER-style JSON record per event (event_type, mode, actor,\n"
          "           recipient, date, event_loc, event_text...)\n"
          "  none     no output (benchmarks, robustness runs; errors still reach stderr)\n"
          "  The tables (tokens, quotes, counts, dates, entities) are tab-separated, with\n"
          "  one header line starting with '#', written once at the top however many\n"
          "  documents are read: a batch is one table. Quotes, counts, dates and entities\n"
          "  name the document in their first column; events has no header line.\n\n"
          "examples:\n"
          "  naba analyze -f report examples/istanbul-talks-2025-05-16.ar.txt\n"
          "  naba analyze --no-repair duplicate -f text article.txt\n"
          "  naba analyze -f conllu article.txt       words, clitics split, tagged and lemmatized\n"
          "  naba analyze --date 2025-05-16 -f events article.txt   who did what to whom\n"
          "  naba analyze -u ner -f jsonl article.txt   stop after named entities (faster)\n"
          "  naba analyze --kb-extra my_people.tsv -f entities article.txt\n"
          "  zcat corpus.jsonl.gz | naba analyze -i jsonl -f jsonl > out.jsonl\n"
          "  zcat corpus.jsonl.gz | naba analyze -i jsonl -j auto -f events > events.tsv\n\n"
          "With -i jsonl and -f json/jsonl, each input line yields one output line, in\n"
          "order (blank lines are skipped); a line that cannot be analyzed yields an error\n"
          "record {\"id\":..., \"error\":{\"code\":..., \"message\":..., \"offset\":...}},\n"
          "and stderr names the file and line.\n"
          "Exit status: 0 every document analyzed, 1 some failed, 2 usage error,\n"
          "3 fatal (unreadable input or output, missing or bad model or data file).\n", f);
}

typedef struct run_ctx {
    naba_batch b;
    int progress;          /* stderr is a terminal and not --quiet */
    struct timespec t0, last;
} run_ctx;

static double since(const struct timespec *a, const struct timespec *b) {
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void show_progress(run_ctx *c, int final) {
    if (!c->progress) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (!final && since(&c->last, &now) < 0.25) return;
    c->last = now;
    double secs = since(&c->t0, &now);
    fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s, %zu failed%s", c->b.docs,
            (double)c->b.bytes / 1e6, secs > 0 ? (double)c->b.bytes / 1e6 / secs : 0.0, c->b.failed,
            final ? "\n" : "");
}

static void on_doc(void *cls) { show_progress(cls, 0); }

/* --jobs: a number of threads, 0 or "auto" for one per online core. */
static int parse_jobs(const char *s, unsigned *jobs) {
    long v = 0;
    if (strcmp(s, "auto")) {
        char *end;
        v = strtol(s, &end, 10);
        if (end == s || *end || v < 0 || v > 256) return 0;
    }
    if (v == 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        v = cores < 1 ? 1 : cores > 256 ? 256 : cores;
    }
    *jobs = (unsigned)v;
    return 1;
}

/* Each document of a CoNLL-U file, from its tokens (or words), through the
** stages after segment. */
static int analyze_conllu(run_ctx *c, const char *path, int keep_words, unsigned fold_flags) {
    naba_cu_file *f;
    naba_error err = {0};
    if (naba_conllu_read(path, &f, &err) != NABA_OK) {
        fprintf(stderr, "naba analyze: %s\n", err.message);
        return 0;
    }
    for (size_t i = 0; i < f->n;) {
        size_t end = naba_conllu_doc_end(f, i);
        naba_status st = naba_conllu_doc(f, i, end, keep_words, fold_flags, c->b.doc);
        if (st == NABA_OK) st = naba_pipeline_run_after(c->b.pipe, c->b.doc, "segment");
        c->b.bytes += c->b.doc->text_len;
        if (st != NABA_OK) {
            naba_batch_fail(&c->b, c->b.doc->id, &c->b.doc->error, path);
        } else {
            c->b.docs++;
            naba_batch_write(&c->b);
        }
        i = end;
    }
    naba_conllu_free(f);
    return 1;
}

int cmd_analyze(int argc, char **argv) {
    enum { O_ID = 256, O_DATE, O_TITLE, O_KEEP, O_TREEBANK };
    static const struct option longopts[] = {
        {"input", required_argument, 0, 'i'}, {"format", required_argument, 0, 'f'},
        {"until", required_argument, 0, 'u'}, {"output", required_argument, 0, 'o'},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'},
        {"jobs", required_argument, 0, 'j'},
        {"id", required_argument, 0, O_ID}, {"date", required_argument, 0, O_DATE},
        {"title", required_argument, 0, O_TITLE}, {"keep-words", no_argument, 0, O_KEEP},
        {"treebank-tokens", no_argument, 0, O_TREEBANK}, CLI_PIPELINE_LONGOPTS,
        {0, 0, 0, 0}};
    cli_pipeline_args pa;
    cli_pipeline_args_init(&pa);
    naba_options *opt = &pa.opt;
    const char *input = NULL, *until = NULL, *outpath = NULL, *id = NULL, *date = NULL,
               *title = NULL;
    naba_format fmt = NABA_FMT_JSON;
    const char *fmt_name = "json";
    int quiet = 0, keep_words = 0, c;
    unsigned jobs = 1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "i:f:u:o:j:qh", longopts, NULL)) != -1) {
        int shared = cli_pipeline_option(&pa, "naba analyze", c, optarg);
        if (shared < 0) return EXIT_USAGE;
        if (shared) continue;
        switch (c) {
        case 'i': input = optarg; break;
        case 'f':
            if (!naba_format_from_name(optarg, &fmt)) {
                fprintf(stderr, "naba analyze: unknown format '%s' (see --help)\n", optarg);
                return EXIT_USAGE;
            }
            fmt_name = optarg;
            break;
        case 'u': until = optarg; break;
        case 'o': outpath = optarg; break;
        case 'q': quiet = 1; break;
        case 'j':
            if (!parse_jobs(optarg, &jobs)) {
                fprintf(stderr, "naba analyze: --jobs wants a number from 0 to 256 or 'auto', not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': help(stdout); return EXIT_OK;
        case O_TREEBANK: opt->treebank_tokens = 1; break;
        case O_ID: id = optarg; break;
        case O_DATE: {
            long day;
            if (!cal_parse_article_date(optarg, &day)) {
                fprintf(stderr, "naba analyze: --date wants a date such as 2025-05-16, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            date = optarg;
            break;
        }
        case O_TITLE: title = optarg; break;
        case O_KEEP: keep_words = 1; break;
        default: /* getopt has named the option */
            fputs("usage: naba analyze [options] [FILE...]  (see naba analyze --help)\n", stderr);
            return EXIT_USAGE;
        }
    }
    if (input && strcmp(input, "text") && strcmp(input, "jsonl") && strcmp(input, "conllu")) {
        fprintf(stderr, "naba analyze: unknown input format '%s' (text, jsonl or conllu)\n", input);
        return EXIT_USAGE;
    }
    int nfiles = argc - optind;
    if (id && (nfiles > 1 || (input && strcmp(input, "text")))) {
        fputs("naba analyze: --id names one text document; with several files or -i jsonl/conllu "
              "each document is named by its file or record\n", stderr);
        return EXIT_USAGE;
    }
    const char *needs = naba_format_missing_stage(fmt, until);
    if (needs) {
        fprintf(stderr, "naba analyze: -f %s shows what the %s stage finds; -u %s stops before it\n",
                fmt_name, needs, until);
        return EXIT_USAGE;
    }
    naba_error err = {0};
    run_ctx ctx = {0};
    ctx.b.pipe = naba_pipeline_open(until, pa.data_dir, opt, &err);
    if (!ctx.b.pipe) {
        fprintf(stderr, "naba analyze: %s\n", err.message);
        return err.code == NABA_ERR_USAGE ? EXIT_USAGE : EXIT_FATAL;
    }
    ctx.b.doc = naba_doc_new();
    ctx.b.fmt = fmt;
    ctx.b.out = stdout;
    if (outpath && !(ctx.b.out = fopen(outpath, "w"))) {
        fprintf(stderr, "naba analyze: cannot write %s: %s\n", outpath, strerror(errno));
        naba_pipeline_close(ctx.b.pipe);
        naba_doc_free(ctx.b.doc);
        return EXIT_FATAL;
    }
    ctx.b.who = quiet ? NULL : "naba analyze";
    ctx.b.on_doc = on_doc;
    ctx.b.cls = &ctx;
    ctx.progress = !quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &ctx.t0);
    ctx.last = ctx.t0;
    int fatal = 0;
    naba_batch_jobs *pool = NULL; /* --jobs over 1: opened at the first JSONL input */
    ctx.b.batch = nfiles > 1 || (input && strcmp(input, "text"));
    for (int i = 0; i < (nfiles ? nfiles : 1) && !fatal; i++) {
        const char *path = nfiles ? argv[optind + i] : "-";
        if (input && !strcmp(input, "conllu")) {
            if (!analyze_conllu(&ctx, path, keep_words, opt->fold_flags)) fatal = 1;
            continue;
        }
        int std = !strcmp(path, "-");
        FILE *in = std ? stdin : fopen(path, "rb");
        if (!in) {
            fprintf(stderr, "naba analyze: cannot open %s: %s\n", path, strerror(errno));
            fatal = 1;
            break;
        }
        const char *name = std ? "<stdin>" : path;
        int jsonl = input ? !strcmp(input, "jsonl") : str_has_suffix(path, ".jsonl");
        if (jsonl) {
            ctx.b.batch = 1;
            if (jobs > 1 && !pool && !(pool = naba_batch_jobs_open(&ctx.b, jobs, until, pa.data_dir, opt, &err))) {
                fprintf(stderr, "naba analyze: %s\n", err.message);
                fatal = 1;
            } else if (pool) {
                naba_batch_jobs_run(pool, in, name, opt->max_bytes);
            } else {
                naba_batch_jsonl(&ctx.b, in, name, opt->max_bytes);
            }
        } else {
            char *buf;
            size_t len;
            if (naba_read_all(in, name, opt->max_bytes, &buf, &len, &err) != NABA_OK) {
                naba_batch_fail(&ctx.b, id ? id : name, &err, NULL);
                fprintf(stderr, "naba analyze: %s%s\n", err.message,
                        err.code == NABA_ERR_TOO_LARGE ? " (raise it with --max-bytes)" : "");
            } else {
                naba_batch_text(&ctx.b, name, buf, len, id ? id : (std ? NULL : path), title, date);
                free(buf);
            }
        }
        if (!std) fclose(in);
    }
    naba_batch_jobs_close(pool);
    show_progress(&ctx, 1);
    if (ctx.b.out != stdout && fclose(ctx.b.out) != 0) fatal = 1;
    else if (ctx.b.out == stdout && fflush(stdout) != 0) fatal = 1;
    naba_pipeline_close(ctx.b.pipe);
    naba_doc_free(ctx.b.doc);
    if (fatal) return EXIT_FATAL;
    return ctx.b.failed ? EXIT_SOME_FAILED : EXIT_OK;
}
