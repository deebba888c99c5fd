/*
** translit_data.c — reading the transliteration pair files (see
** translit_data.h for sources and the held-out carve).
*/
#include "translit_data.h"
#include "namekey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_str(const char *s) {
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d) memcpy(d, s, n + 1);
    return d;
}

static naba_status push_one(tl_pairs *p, const char *ar, const char *lat, unsigned count) {
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 4096;
        tl_pair *v = realloc(p->v, cap * sizeof(*v));
        if (!v) return NABA_ERR_NOMEM;
        p->v = v;
        p->cap = cap;
    }
    tl_pair *e = &p->v[p->n];
    e->ar = dup_str(ar);
    e->lat = dup_str(lat);
    e->count = count;
    if (!e->ar || !e->lat) { free(e->ar); free(e->lat); return NABA_ERR_NOMEM; }
    p->n++;
    return NABA_OK;
}

/* Key both sides and push them word by word. */
static naba_status push_pair(tl_pairs *p, const char *ar, size_t an, const char *lat, size_t ln, unsigned count) {
    char a[NAME_KEY_MAX], l[NAME_KEY_MAX], w1[NAME_KEY_MAX], w2[NAME_KEY_MAX];
    name_key(ar, an, a, sizeof a);
    name_key(lat, ln, l, sizeof l);
    if (!*a || !*l || name_is_latin(a) || !name_is_latin(l)) return NABA_OK;
    size_t nw = name_word_count(a);
    if (nw != name_word_count(l)) return NABA_OK;
    const char *pa = a, *pl = l;
    for (size_t i = 0; i < nw; i++) {
        size_t ka = strcspn(pa, " "), kl = strcspn(pl, " ");
        memcpy(w1, pa, ka); w1[ka] = '\0';
        memcpy(w2, pl, kl); w2[kl] = '\0';
        pa += ka + (pa[ka] == ' ');
        pl += kl + (pl[kl] == ' ');
        naba_status st = push_one(p, w1, w2, count);
        if (st != NABA_OK) return st;
    }
    return NABA_OK;
}

/* Read a tab-separated file; col_ar/col_lat pick the fields; wikidata files
** have a third, the count, and their lines are carved by index. */
static naba_status read_file(const char *path, int col_ar, int col_lat, int wikidata, int heldout,
                             tl_pairs *out, naba_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot open", path);
    char line[4096];
    size_t lineno = 0;
    naba_status st = NABA_OK;
    while (st == NABA_OK && fgets(line, sizeof line, f)) {
        size_t idx = lineno++;
        if (wikidata && ((idx % 10 == 9) != heldout)) continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *fields[3] = {line, NULL, NULL};
        int nf = 1;
        for (char *p = line; *p && nf < 3; p++)
            if (*p == '\t') { *p = '\0'; fields[nf++] = p + 1; }
        if (nf <= col_ar || nf <= col_lat) continue;
        char ar[1024];
        size_t an = 0;
        for (const char *p = fields[col_ar]; *p && an + 1 < sizeof ar; p++)
            if (!wikidata || *p != ' ') ar[an++] = *p; /* wikidata spells letters apart */
        ar[an] = '\0';
        long count = wikidata && nf > 2 ? strtol(fields[2], NULL, 10) : 1;
        if (count < 1) count = 1;
        if (count > 1000000) count = 1000000;
        st = push_pair(out, ar, an, fields[col_lat], strlen(fields[col_lat]), (unsigned)count);
    }
    fclose(f);
    if (st != NABA_OK) return naba_fail(err, st, lineno, "%s: out of memory at line %zu", path, lineno);
    return NABA_OK;
}

naba_status tl_pairs_load(const char *dir, int sources, int heldout, tl_pairs *out,
                          naba_error *err) {
    char path[2048];
    naba_status st = NABA_OK;
    if (sources & TL_SRC_GOOGLE) {
        snprintf(path, sizeof path, "%s/google_ar2en/%s", dir, heldout ? "ar2en-eval.txt" : "ar2en-train.txt");
        st = read_file(path, 0, 1, 0, heldout, out, err);
    }
    if (st == NABA_OK && (sources & TL_SRC_WIKIDATA)) {
        snprintf(path, sizeof path, "%s/netranslit_coling2018/data_wd_arabic.normalized.aligned.tokens", dir);
        st = read_file(path, 1, 0, 1, heldout, out, err);
    }
    return st;
}

void tl_pairs_free(tl_pairs *p) {
    for (size_t i = 0; i < p->n; i++) { free(p->v[i].ar); free(p->v[i].lat); }
    free(p->v);
    memset(p, 0, sizeof(*p));
}
