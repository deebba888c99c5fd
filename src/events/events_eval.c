/*
** events_eval.c — `naba eval events`: event detection and actor coding scored
** against the Arabic event gold standard (../shared/data/events/gsr/).
**
** Detection is per sentence: a sentence is predicted PROTEST (ASSAULT) when the
** pipeline codes an event of that PLOVER type in it that is not negated. Gold:
** unanimous "yes" is positive, "easy no" and "difficult no" negative,
** "ambiguous" left out. Actor coding: for every gold span with a source code,
** is the country part of our source code (RUS of RUSGOV; none for a bare role
** like CVL) the gold one ("None" when the gold code has no country)?
**
** The split is deterministic: FNV-1a 64 of the sentence text, h % 5 == 0 is the
** held-out fifth (never looked at while writing dictionaries), the rest is dev.
** Each sentence is coded as an article of the date its gold id carries.
*/
#include "events.h"
#include "cli.h"
#include "input.h"
#include "model.h"

#include <getopt.h>
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

enum { SPLIT_DEV = 0, SPLIT_HELD = 1 };

/* Events below this confidence are context, not reports (unlicensed nouns). */
#define DETECT_CONF 0.5f

static int split_of(const char *text) {
    return naba_fnv1a64(text, strlen(text), NABA_FNV_INIT) % 5 == 0 ? SPLIT_HELD : SPLIT_DEV;
}

/* One CSV record (RFC 4180 quoting) into fields; returns the field count. */
static int csv_record(char **p, char **f, int max) {
    char *s = *p;
    if (!*s) return 0;
    int n = 0;
    for (;;) {
        char *out = s, *start = s;
        if (*s == '"') {
            s++;
            for (;;) {
                if (!*s) break;
                if (*s == '"') {
                    if (s[1] == '"') { *out++ = '"'; s += 2; continue; }
                    s++;
                    break;
                }
                *out++ = *s++;
            }
        } else {
            while (*s && *s != ',' && *s != '\n' && *s != '\r') *out++ = *s++;
        }
        char end = *s;
        if (end == '\r') { s++; end = *s; }
        *out = '\0';
        if (n < max) f[n++] = start;
        if (end == ',') { s++; continue; }
        if (end == '\n') s++;
        break;
    }
    *p = s;
    return n;
}

typedef struct counts { size_t tp, fp, fn, tn; } counts;

typedef struct eval_ctx {
    naba_pipeline *pipe;
    naba_doc *doc;
    int verbose;
} eval_ctx;

/* The article date in a gold id ("AAW_ARB_20071026.0026-2": the Gigaword
** document id) as "2007-10-26" into out[11]; NULL when it holds none. Actor
** codes depend on it (the Taliban of 2007 are insurgents, IMG). */
static const char *gold_date(const char *id, char out[11]) {
    for (const char *p = id ? strchr(id, '_') : NULL; p; p = strchr(p + 1, '_')) {
        const char *d = p + 1;
        size_t n = 0;
        while (n < 8 && d[n] >= '0' && d[n] <= '9') n++;
        if (n == 8 && d[8] == '.') {
            snprintf(out, 11, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
            return out;
        }
    }
    return NULL;
}

/* Code one sentence of an article of that date (or NULL); returns the first
** non-negated event of the PLOVER type, or NULL. */
static const naba_event *code_sentence(eval_ctx *c, const char *text, const char *date, const char *type) {
    if (naba_doc_load(c->doc, text, strlen(text), "gsr", NULL, date) != NABA_OK) return NULL;
    if (naba_pipeline_run(c->pipe, c->doc) != NABA_OK) return NULL;
    for (size_t i = 0; i < c->doc->events.n; i++) {
        const naba_event *e = &c->doc->events.v[i];
        if (e->plover && !strcmp(e->plover, type) && !(e->modality & (NABA_EVENT_NEGATED | NABA_EVENT_HYPOTHETICAL)) &&
            e->conf >= DETECT_CONF)
            return e;
    }
    return NULL;
}

static void show(eval_ctx *c, const char *what, const char *label, const char *text) {
    printf("%s (%s)\t%s\n", what, label, text);
    for (size_t i = 0; i < c->doc->events.n; i++) {
        const naba_event *e = &c->doc->events.v[i];
        printf("\t%s %s %s -> %s [%.*s] conf %.2f %s%s\n", e->cameo, e->plover ? e->plover : "_",
               e->source.code ? e->source.code : "_", e->target.code ? e->target.code : "_",
               (int)(e->verb_end - e->verb_start), c->doc->text + e->verb_start, e->conf, e->rule ? e->rule : "_",
               e->modality & (NABA_EVENT_NEGATED | NABA_EVENT_HYPOTHETICAL) ? " (neg/hyp)" : "");
    }
}

/* A gold file, whole; NULL, said on stderr, when it cannot be read. */
static char *read_gold(const char *path, size_t *len) {
    char *buf;
    naba_error err;
    if (naba_read_file(path, 64u << 20, &buf, len, &err) != NABA_OK) {
        fprintf(stderr, "naba eval events: %s\n", err.message);
        return NULL;
    }
    return buf;
}

static int eval_detection(eval_ctx *c, const char *path, const char *type, counts out[2]) {
    size_t len;
    char *buf = read_gold(path, &len);
    if (!buf) return -1;
    char *p = buf, *fl[8];
    int header = 1, col_label = -1, col_text = -1, col_id = -1;
    int n;
    while ((n = csv_record(&p, fl, 8)) > 0) {
        if (header) {
            for (int i = 0; i < n; i++) {
                if (!strcmp(fl[i], "label")) col_label = i;
                if (!strcmp(fl[i], "text")) col_text = i;
                if (!strcmp(fl[i], "id")) col_id = i;
            }
            header = 0;
            if (col_label < 0 || col_text < 0) { fprintf(stderr, "naba eval events: %s: no label/text columns\n", path); free(buf); return -1; }
            continue;
        }
        if (n <= col_label || n <= col_text) continue;
        const char *label = fl[col_label];
        int gold;
        if (!strcmp(label, "yes")) gold = 1;
        else if (!strcmp(label, "easy no") || !strcmp(label, "difficult no")) gold = 0;
        else continue;
        int split = split_of(fl[col_text]);
        char day[11];
        const char *date = col_id >= 0 && col_id < n ? gold_date(fl[col_id], day) : NULL;
        int pred = code_sentence(c, fl[col_text], date, type) != NULL;
        counts *k = &out[split];
        if (pred && gold) k->tp++;
        else if (pred) k->fp++;
        else if (gold) k->fn++;
        else k->tn++;
        if (c->verbose && split == SPLIT_DEV && pred != gold) show(c, pred ? "FP" : "FN", label, fl[col_text]);
    }
    free(buf);
    return 0;
}

typedef struct acc { size_t ok, n; } acc;

static const char *jstr(const cJSON *o, const char *key) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int eval_actors(eval_ctx *c, const char *path, const char *type, acc out[2]) {
    size_t len;
    char *buf = read_gold(path, &len);
    if (!buf) return -1;
    cJSON *root = cJSON_ParseWithLength(buf, len);
    free(buf);
    if (!cJSON_IsArray(root)) {
        fprintf(stderr, "naba eval events: %s: not a JSON array of records\n", path);
        cJSON_Delete(root);
        return -1;
    }
    const cJSON *r;
    cJSON_ArrayForEach(r, root) {
        const char *text = jstr(r, "text");
        const cJSON *spans = cJSON_GetObjectItemCaseSensitive(r, "spans");
        if (!text || !cJSON_IsArray(spans)) continue;
        int split = split_of(text);
        char day[11];
        const naba_event *e = code_sentence(c, text, gold_date(jstr(r, "source"), day), type);
        char m[4];
        const char *pred = e ? ev_code_main(e->source.code, m) : NULL;
        const cJSON *s;
        cJSON_ArrayForEach(s, spans) {
            const cJSON *role = cJSON_GetObjectItemCaseSensitive(s, "source_role");
            const char *gold = cJSON_IsObject(role) ? jstr(role, "main") : NULL;
            if (!gold) continue;
            int none = !strcmp(gold, "None");
            int ok = none ? pred == NULL : pred && !strcmp(pred, gold);
            out[split].n++;
            out[split].ok += ok;
            if (c->verbose && split == SPLIT_DEV && !ok)
                printf("ACTOR gold=%s ours=%s\t%s\n", gold, pred ? pred : "None", text);
        }
    }
    cJSON_Delete(root);
    return 0;
}

static void help(FILE *f) {
    fputs("usage: naba eval events [--gsr DIR] [--data-dir DIR] [--events-dict FILE] [-v]\n\n"
          "Score PROTEST and ASSAULT detection (sentence level) and source actor country\n"
          "codes against the Arabic event gold standard (default DIR:\n"
          "../shared/data/events/gsr). Gold: unanimous yes = positive, easy/difficult no =\n"
          "negative, ambiguous excluded. Reported for the dev part and for the held-out\n"
          "fifth (FNV-1a of the sentence text % 5 == 0). Each sentence is coded with\n"
          "the article date of its gold id (AAW_ARB_20071026.0026-2: 2007-10-26).\n\n"
          "  -v, --verbose   print the dev sentences coded wrongly, with their gold label\n"
          "                  and our events (code, actors, confidence, dictionary rule)\n", f);
}

static double ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0.0; }

int ev_cmd_eval(int argc, char **argv) {
    static const struct option longopts[] = {
        {"gsr", required_argument, 0, 'g'}, {"data-dir", required_argument, 0, 'd'},
        {"events-dict", required_argument, 0, 'e'}, {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *gsr = "../shared/data/events/gsr", *data_dir = NULL;
    const char *dicts[16];
    naba_options opt;
    naba_options_init(&opt);
    eval_ctx c = {0};
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "g:d:e:vh", longopts, NULL)) != -1) {
        switch (ch) {
        case 'g': gsr = optarg; break;
        case 'd': data_dir = optarg; break;
        case 'e':
            if (opt.n_events_dicts == 16) { fprintf(stderr, "naba eval events: too many dictionaries\n"); return EXIT_USAGE; }
            dicts[opt.n_events_dicts++] = optarg;
            opt.events_dicts = dicts;
            break;
        case 'v': c.verbose = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    naba_error err = {0};
    c.pipe = naba_pipeline_open(NULL, data_dir, &opt, &err);
    if (!c.pipe) { fprintf(stderr, "naba eval events: %s\n", err.message); return EXIT_FATAL; }
    c.doc = naba_doc_new();
    static const char *const types[] = {"PROTEST", "ASSAULT"};
    static const char *const files[] = {"protest", "assault"};
    counts det[2][2];
    acc act[2][2];
    memset(det, 0, sizeof det);
    memset(act, 0, sizeof act);
    int bad = 0;
    for (int t = 0; t < 2 && !bad; t++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s_gsr.csv", gsr, files[t]);
        bad = eval_detection(&c, path, types[t], det[t]);
        snprintf(path, sizeof path, "%s/%s_spans.json", gsr, files[t]);
        bad = bad || eval_actors(&c, path, types[t], act[t]);
    }
    naba_doc_free(c.doc);
    naba_pipeline_close(c.pipe);
    if (bad) return EXIT_FATAL;
    static const char *const split_names[] = {"dev", "held-out"};
    printf("split\ttype\tpos\tneg\tTP\tFP\tFN\tP\tR\tF1\tsource-country\n");
    for (int s = 0; s < 2; s++) {
        for (int t = 0; t < 2; t++) {
            const counts *k = &det[t][s];
            double P = ratio(k->tp, k->tp + k->fp), R = ratio(k->tp, k->tp + k->fn);
            double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
            printf("%s\t%s\t%zu\t%zu\t%zu\t%zu\t%zu\t%.3f\t%.3f\t%.3f\t%.3f (%zu/%zu)\n", split_names[s], types[t],
                   k->tp + k->fn, k->fp + k->tn, k->tp, k->fp, k->fn, P, R, F,
                   ratio(act[t][s].ok, act[t][s].n), act[t][s].ok, act[t][s].n);
        }
        size_t ok = act[0][s].ok + act[1][s].ok, n = act[0][s].n + act[1][s].n;
        printf("%s\tsource country code accuracy over gold spans: %.3f (%zu/%zu)\n", split_names[s], ratio(ok, n), ok, n);
    }
    return EXIT_OK;
}
