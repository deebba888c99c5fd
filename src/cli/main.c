/*
** main.c — the naba command: a thin dispatcher over libnaba's subcommands.
*/
#include "cli.h"
#include "naba.h"

#include <stdio.h>
#include <string.h>

static const cli_command commands[] = {
    {"analyze", "turn articles into clean text, sentences, tokens and annotations", cmd_analyze},
    {"train", "train a model from annotated data (deterministic for a seed)", cmd_train},
    {"eval", "score naba's output against gold annotations", cmd_eval},
    {"serve", "an HTTP server: POST an article to /analyze, the models stay loaded", cmd_serve},
    {NULL, NULL, NULL}};

static void usage(FILE *f) {
    fputs("usage: naba <command> [options] [FILE...]\n\n"
          "naba reads Arabic news articles as they really arrive (scraped, machine-\n"
          "translated, with broken punctuation and doubled captions) and turns each into\n"
          "structured data, every annotation traceable to the bytes it came from.\n\n"
          "commands:\n", f);
    for (const cli_command *c = commands; c->name; c++) fprintf(f, "  %-9s %s\n", c->name, c->summary);
    fputs("\nexamples:\n"
          "  naba analyze article.txt                 JSON: clean text, offsets, every layer\n"
          "  naba analyze -f report article.txt       what was repaired, in a few lines\n"
          "  naba analyze -f text < article.txt       just the cleaned article\n"
          "  naba analyze -f entities article.txt     one identity per line, with its spellings\n"
          "  naba analyze --date 2025-05-16 -f events article.txt   who did what to whom\n"
          "  zcat news.jsonl.gz | naba analyze -i jsonl > out.jsonl   one output line per input line\n"
          "  naba serve --port 8080                   then POST articles to /analyze\n\n"
          "Run 'naba <command> --help' for a command's options; 'naba --version'.\n"
          "Exit status: 0 ok, 1 some documents failed (error records written),\n"
          "2 usage error, 3 fatal (unreadable input, missing or bad model).\n", f);
}

int main(int argc, char **argv) {
    if (argc < 2) { usage(stderr); return EXIT_USAGE; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) { usage(stdout); return EXIT_OK; }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("naba %s\n", NABA_VERSION); return EXIT_OK; }
    for (const cli_command *c = commands; c->name; c++)
        if (!strcmp(c->name, cmd)) {
            /* getopt names the program in its messages: "naba analyze", not "analyze" */
            char prog[64];
            snprintf(prog, sizeof prog, "naba %s", c->name);
            argv[1] = prog;
            return c->run(argc - 1, argv + 1);
        }
    fprintf(stderr, "naba: unknown command '%s' (see naba --help)\n", cmd);
    return EXIT_USAGE;
}
