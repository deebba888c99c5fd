/*
** kb_build.c — `naba train kb`: compile the knowledge base from the public
** gazetteers (read at build time from ../shared/data/gazetteers) and naba's
** curated tables (data/kb/ TSV files) into models/kb.nbm.
**
** Sources, in order (later ones add names to entities of earlier ones by id):
**   iso-codes (Debian package): ISO 3166-1 alpha-2 -> alpha-3, for ids and actor codes
**   cldr/world_countries_en_ar.tsv   countries: common and official names, spellings
**   cldr/i18n_iso_countries_en_ar.tsv, cldr/territories_en_ar.tsv   more country names; regions
**   geonames_ar/cities_ar_en.tsv     cities (big: capitals and >= 1M people rank higher;
**                                    English without BGN's macrons and dots: Al Hasakah)
**   cldr/tz_exemplar_cities_en_ar.tsv  Arabic names of cities, joined by English name
**   geonames_ar/admin_codes_ar.tsv   first-level divisions (Arabic names only; English
**                                    from iso-codes' ISO 3166-2 or a city of the same name)
**   data/kb/ TSV files (by file name)     curated entities, titles, nationality adjectives
** The same inputs give the same file: entities are added in file order.
*/
#include "cli.h"
#include "kb_builder.h"
#include "kb_tsv.h"
#include "link_cli.h"
#include "namekey.h"
#include "utf8.h"

#include <dirent.h>
#include <getopt.h>
#include "input.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ISO_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#define ISO2_JSON "/usr/share/iso-codes/json/iso_3166-2.json"
#define MAX_COLS 12

/* alpha-2 -> alpha-3, indexed by the two letters; cities by English name,
** with the name key of their Arabic name; ISO 3166-2 subdivisions (US-CA) */
typedef struct { char *en, *ar; long e; } city_en;
typedef struct { char code[16]; char *name; } subdivision;
typedef struct {
    char a3[26 * 26][4];
    city_en *cities;
    size_t n_cities;
    subdivision *subs;
    size_t n_subs;
} iso_map;

static const char *alpha3(const iso_map *m, const char *a2) {
    if (strlen(a2) != 2 || a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z') return NULL;
    const char *r = m->a3[(a2[0] - 'A') * 26 + (a2[1] - 'A')];
    return *r ? r : NULL;
}

/* The parsed JSON of an iso-codes file; NULL with err set when it cannot be read. */
static cJSON *read_iso_json(const char *path, naba_error *err) {
    char *buf;
    size_t len;
    naba_status st = naba_read_file(path, (size_t)64 << 20, &buf, &len, err);
    if (st == NABA_ERR_IO) naba_fail(err, NABA_ERR_IO, 0, "%s: cannot read (install the iso-codes package)", path);
    if (st != NABA_OK) return NULL;
    cJSON *root = cJSON_ParseWithLength(buf, len);
    free(buf);
    if (!root) naba_fail(err, NABA_ERR_FORMAT, 0, "%s: invalid JSON", path);
    return root;
}

static naba_status load_iso(const char *path, iso_map *m, naba_error *err) {
    cJSON *root = read_iso_json(path, err);
    if (!root) return err->code ? err->code : NABA_ERR_FORMAT;
    const cJSON *c;
    memset(m, 0, sizeof(*m));
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "3166-1")) {
        const char *a2 = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "alpha_2"));
        const char *a3 = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "alpha_3"));
        if (a2 && a3 && strlen(a2) == 2 && strlen(a3) == 3 && a2[0] >= 'A' && a2[0] <= 'Z' && a2[1] >= 'A' && a2[1] <= 'Z')
            memcpy(m->a3[(a2[0] - 'A') * 26 + (a2[1] - 'A')], a3, 4);
    }
    cJSON_Delete(root);
    return NABA_OK;
}

/* ISO 3166-2 codes and English names (without the bracketed local name of
** `Wales [Cymru GB-CYM]`), for the divisions whose GeoNames code is ISO's. */
static naba_status load_subdivisions(const char *path, iso_map *m, naba_error *err) {
    cJSON *root = read_iso_json(path, err);
    if (!root) return err->code ? err->code : NABA_ERR_FORMAT;
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "3166-2"), *c;
    if (!cJSON_IsArray(list)) { cJSON_Delete(root); return naba_fail(err, NABA_ERR_FORMAT, 0, "%s: no 3166-2 list", path); }
    m->subs = calloc((size_t)cJSON_GetArraySize(list) + 1, sizeof(subdivision));
    if (!m->subs) { cJSON_Delete(root); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
    cJSON_ArrayForEach(c, list) {
        const char *code = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "code"));
        const char *name = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "name"));
        if (!code || !name || strlen(code) >= sizeof m->subs[0].code) continue;
        subdivision *d = &m->subs[m->n_subs];
        if (!(d->name = strndup(name, strcspn(name, "[")))) { cJSON_Delete(root); return naba_fail(err, NABA_ERR_NOMEM, 0, "out of memory"); }
        for (size_t k = strlen(d->name); k > 0 && d->name[k - 1] == ' '; k--) d->name[k - 1] = '\0';
        strcpy(d->code, code);
        m->n_subs++;
    }
    cJSON_Delete(root);
    return NABA_OK;
}

typedef naba_status (*row_fn)(kbb *b, const iso_map *iso, char **col, int n, naba_error *err);

/* Call fn for each data line (after the header) of a gazetteer TSV. */
static naba_status each_row(const char *dir, const char *file, kbb *b, const iso_map *iso, row_fn fn,
                            naba_error *err) {
    char path[2048], line[8192];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot open", path);
    naba_status st = NABA_OK;
    size_t lineno = 0;
    while (st == NABA_OK && fgets(line, sizeof line, f)) {
        if (lineno++ == 0) continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *col[MAX_COLS];
        int n = 0;
        for (char *p = line; n < MAX_COLS;) {
            col[n++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        st = fn(b, iso, col, n, err);
    }
    fclose(f);
    if (st != NABA_OK && err && !strchr(err->message, ':')) naba_fail(err, st, lineno, "%s:%zu: %s", path, lineno, err->message);
    return st;
}

static naba_status names(kbb *b, long e, const char *list) {
    char tmp[2048];
    snprintf(tmp, sizeof tmp, "%s", list);
    naba_status st = NABA_OK;
    for (char *p = tmp; p && *p && st == NABA_OK;) {
        char *bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (strlen(p) > 2) st = kbb_name(b, e, p); /* two-letter codes (AL, IN) are words too */
        p = bar ? bar + 1 : NULL;
    }
    return st;
}

static long country(kbb *b, const iso_map *iso, const char *a2) {
    const char *a3 = alpha3(iso, a2);
    if (!a3) return -1;
    char id[32];
    snprintf(id, sizeof id, "country:%s", a3);
    long e = kbb_find(b, id);
    if (e < 0 && (e = kbb_add(b, id, NABA_ENT_LOC, KB_RANK_COUNTRY)) >= 0) {
        kbb_set(b, e, "country", a3, 0);
        kbb_set(b, e, "source", "CLDR / i18n-iso-countries / world-countries", 0);
    }
    return e;
}

static naba_status world_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 7) return NABA_OK;
    long e = country(b, iso, c[0]);
    if (e < 0) return NABA_OK;
    kbb_set(b, e, "name_en", c[1], 0);
    kbb_set(b, e, "name_ar", c[3], 0);
    naba_status st = names(b, e, c[1]);
    for (int i = 2; i <= 4 && st == NABA_OK; i++) st = names(b, e, c[i]);
    if (st == NABA_OK) st = names(b, e, c[6]);
    return st;
}

static naba_status i18n_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 3) return NABA_OK;
    long e = country(b, iso, c[0]);
    if (e < 0) return NABA_OK;
    naba_status st = names(b, e, c[1]);
    return st == NABA_OK ? names(b, e, c[2]) : st;
}

static naba_status territory_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 3) return NABA_OK;
    long e;
    if (c[0][0] >= '0' && c[0][0] <= '9') { /* UN M.49 regions: Africa, Middle East... */
        char id[32];
        snprintf(id, sizeof id, "region:%s", c[0]);
        if ((e = kbb_find(b, id)) < 0 && (e = kbb_add(b, id, NABA_ENT_LOC, KB_RANK_REGION)) < 0) return NABA_ERR_NOMEM;
        kbb_set(b, e, "name_en", c[1], 0);
        kbb_set(b, e, "name_ar", c[2], 0);
        kbb_set(b, e, "source", "CLDR", 0);
    } else if ((e = country(b, iso, c[0])) < 0) {
        return NABA_OK; /* EU, UN...: curated rows say more */
    }
    naba_status st = names(b, e, c[1]);
    return st == NABA_OK ? names(b, e, c[2]) : st;
}

/* GeoNames' English name without the marks of its romanization of Arabic and
** Persian (BGN/PCGN: Al Ḩasakah, Az Zabadānī, Ta‘izz, Şalālah), which English
** news does not write (Al Hasakah, Az Zabadani, Taizz, Salalah; src/link/README.md,
** session 29): a macron or dot below goes, an ayn or hamza mark is dropped.
** Other accents are the name's own spelling (Genève, Gabès, São Paulo) and stay. */
static const char *plain_english(const char *en, char *out, size_t cap) {
    static const struct { uint32_t cp; char plain; } marks[] = {
        {0x0100, 'A'}, {0x0101, 'a'}, {0x0112, 'E'}, {0x0113, 'e'}, {0x012A, 'I'}, {0x012B, 'i'},
        {0x014C, 'O'}, {0x014D, 'o'}, {0x016A, 'U'}, {0x016B, 'u'}, {0x015E, 'S'}, {0x015F, 's'},
        {0x0162, 'T'}, {0x0163, 't'}, {0x1E0C, 'D'}, {0x1E0D, 'd'}, {0x1E0E, 'D'}, {0x1E0F, 'd'},
        {0x1E10, 'D'}, {0x1E11, 'd'}, {0x1E24, 'H'}, {0x1E25, 'h'}, {0x1E28, 'H'}, {0x1E29, 'h'},
        {0x1E62, 'S'}, {0x1E63, 's'}, {0x1E6C, 'T'}, {0x1E6D, 't'}, {0x1E92, 'Z'}, {0x1E93, 'z'},
        {0x1E94, 'Z'}, {0x1E95, 'z'}, {0x1E96, 'h'}, {0x2018, 0}, {0x2019, 0}, {0x02BB, 0}, {0x02BC, 0}};
    size_t o = 0, n = strlen(en);
    for (size_t i = 0, len; i < n && o + 5 < cap; i += len) {
        uint32_t cp = utf8_decode((const unsigned char *)en + i, n - i, &len);
        size_t k = 0;
        while (k < sizeof marks / sizeof *marks && marks[k].cp != cp) k++;
        if (k == sizeof marks / sizeof *marks) { memcpy(out + o, en + i, len); o += len; }
        else if (marks[k].plain) out[o++] = marks[k].plain;
    }
    out[o] = '\0';
    return out;
}

static naba_status city_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 5) return NABA_OK;
    char id[64];
    snprintf(id, sizeof id, "geonames:%s", c[0]);
    if (kbb_find(b, id) >= 0) return NABA_OK;
    long pop = atol(c[4]);
    long e = kbb_add(b, id, NABA_ENT_LOC, pop >= 1000000 ? KB_RANK_BIG_CITY : KB_RANK_CITY);
    if (e < 0) return NABA_ERR_NOMEM;
    const char *a3 = alpha3(iso, c[1]);
    naba_status st = NABA_OK;
    if (a3) st = kbb_set(b, e, "country", a3, 0);
    char plain[256];
    if (st == NABA_OK) st = kbb_set(b, e, "name_en", plain_english(c[2], plain, sizeof plain), 0);
    if (st == NABA_OK) st = kbb_set(b, e, "name_ar", c[3], 0);
    if (st == NABA_OK) st = kbb_set(b, e, "source", "GeoNames", 0);
    if (st == NABA_OK) st = names(b, e, c[2]);
    if (st == NABA_OK && strcmp(plain, c[2])) st = names(b, e, plain);
    if (st == NABA_OK) st = names(b, e, c[3]);
    return st;
}

static int cmp_city(const void *a, const void *b) {
    const city_en *x = a, *y = b;
    int c = strcmp(x->en, y->en);
    return c ? c : (x->e > y->e) - (x->e < y->e);
}

/* Sort the cities read so far by English name (ties: the bigger city first). */
static naba_status index_cities(kbb *b, iso_map *m, size_t first) {
    size_t n = kbb_count(b) - first;
    m->cities = calloc(n ? n : 1, sizeof(city_en));
    if (!m->cities) return NABA_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const char *en = kbb_get(b, (long)(first + i), "name_en"), *ar = kbb_get(b, (long)(first + i), "name_ar");
        char key[NAME_KEY_MAX];
        name_key(ar, strlen(ar), key, sizeof key);
        if (!(m->cities[i].en = strdup(en)) || !(m->cities[i].ar = strdup(key))) return NABA_ERR_NOMEM;
        m->cities[i].e = (long)(first + i);
        m->n_cities++;
    }
    qsort(m->cities, m->n_cities, sizeof(city_en), cmp_city);
    return NABA_OK;
}

/* First city entity with this English name (cities come by population), or -1. */
static long city_by_en(const iso_map *m, const char *en) {
    size_t lo = 0, hi = m->n_cities;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(m->cities[mid].en, en) < 0) lo = mid + 1; else hi = mid;
    }
    return lo < m->n_cities && !strcmp(m->cities[lo].en, en) ? m->cities[lo].e : -1;
}

static naba_status tz_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 3 || !strchr(c[0], '/')) return NABA_OK;
    long e = city_by_en(iso, c[1]);
    if (e < 0) {
        char id[160];
        snprintf(id, sizeof id, "tz:%s", c[0]);
        if ((e = kbb_add(b, id, NABA_ENT_LOC, KB_RANK_CITY)) < 0) return NABA_ERR_NOMEM;
        kbb_set(b, e, "name_en", c[1], 0);
        kbb_set(b, e, "name_ar", c[2], 0);
        kbb_set(b, e, "source", "CLDR", 0);
    }
    naba_status st = names(b, e, c[1]);
    return st == NABA_OK ? names(b, e, c[2]) : st;
}

/* The English name of a first-level division, GeoNames code and Arabic name
** given: ISO 3166-2's when GeoNames' code is ISO's (US.CA California, GB.WLS
** Wales), else that of the biggest city of its country with its Arabic name
** after the word for the division (محافظة إدلب Idlib Governorate, منطقة تبوك
** Tabuk Region, القيروان Kairouan); NULL when neither (the linker then
** romanizes the Arabic). Numeric GeoNames codes are not ISO's (SA.11 is Asir,
** ISO SA-11 Al Bahah), so only letters are looked up. */
static const char *admin_english(const kbb *b, const iso_map *m, const char *code, const char *ar, const char *a3,
                                 char *out, size_t cap) {
    char iso[16];
    if (strlen(code) < sizeof iso && strspn(code + 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(code + 3)) {
        snprintf(iso, sizeof iso, "%.2s-%s", code, code + 3);
        for (size_t i = 0; i < m->n_subs; i++)
            if (!strcmp(m->subs[i].code, iso)) return m->subs[i].name;
        return NULL;
    }
    static const char *const kinds[][2] = {
        {"محافظة", "Governorate"}, {"منطقة", "Region"}, {"ولاية", "Province"}, {"إمارة", "Emirate"},
        {"مقاطعة", "Province"}, {"إقليم", "Region"}, {"بلدية", "Municipality"}};
    const char *kind = NULL, *rest = ar;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds && !kind; k++) {
        size_t n = strlen(kinds[k][0]);
        if (!strncmp(ar, kinds[k][0], n) && ar[n] == ' ') { kind = kinds[k][1]; rest = ar + n + 1; }
    }
    char key[NAME_KEY_MAX];
    name_key(rest, strlen(rest), key, sizeof key);
    long best = -1;
    for (size_t i = 0; i < m->n_cities; i++)
        if (!strcmp(m->cities[i].ar, key) && a3 && !strcmp(kbb_get(b, m->cities[i].e, "country"), a3) &&
            (best < 0 || m->cities[i].e < best))
            best = m->cities[i].e;
    if (best < 0) return NULL;
    snprintf(out, cap, kind ? "%s %s" : "%s", kbb_get(b, best, "name_en"), kind);
    return out;
}

static naba_status admin_row(kbb *b, const iso_map *iso, char **c, int n, naba_error *err) {
    (void)err;
    if (n < 2 || !strchr(c[0], '.')) return NABA_OK;
    char id[64], a2[3] = {c[0][0], c[0][1], 0};
    snprintf(id, sizeof id, "admin1:%s", c[0]);
    if (kbb_find(b, id) >= 0) return NABA_OK;
    long e = kbb_add(b, id, NABA_ENT_LOC, KB_RANK_ADMIN);
    if (e < 0) return NABA_ERR_NOMEM;
    const char *a3 = alpha3(iso, a2);
    if (a3) kbb_set(b, e, "country", a3, 0);
    kbb_set(b, e, "name_ar", c[1], 0);
    char buf[256];
    const char *en = admin_english(b, iso, c[0], c[1], a3, buf, sizeof buf);
    if (en) kbb_set(b, e, "name_en", en, 0);
    kbb_set(b, e, "source", "GeoNames", 0);
    return names(b, e, c[1]);
}

static naba_status read_curated(kbb *b, const char *dir, size_t *files, naba_error *err) {
    struct dirent **list;
    int n = scandir(dir, &list, NULL, alphasort);
    if (n < 0) return naba_fail(err, NABA_ERR_IO, 0, "%s: cannot read directory", dir);
    naba_status st = NABA_OK;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(list[i]->d_name);
        if (st == NABA_OK && len > 4 && !strcmp(list[i]->d_name + len - 4, ".tsv")) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, list[i]->d_name);
            st = kb_tsv_read_file(b, path, err);
            (*files)++;
        }
        free(list[i]);
    }
    free(list);
    return st;
}

static void help(FILE *f) {
    fputs("usage: naba train kb [options]\n\n"
          "Compile the knowledge base the linker resolves names against: countries,\n"
          "regions, cities and first-level divisions from the gazetteers, plus naba's\n"
          "curated office-holders, organizations, titles and adjectives (data/kb/*.tsv).\n\n"
          "options:\n"
          "  --gazetteers DIR  gazetteer folder (default " LINK_GAZETTEER_DATA ")\n"
          "  --curated DIR     curated tables (default data/kb)\n"
          "  --iso FILE        ISO 3166-1 JSON of iso-codes (default " ISO_JSON ";\n"
          "                    the divisions' English names come from " ISO2_JSON ")\n"
          "  -o, --output FILE model to write (default " LINK_KB_MODEL ")\n"
          "  -q, --quiet       no summary on stderr\n\n"
          "example (the committed models/kb.nbm, byte for byte):\n"
          "  naba train kb --gazetteers ../shared/data/gazetteers --curated data/kb -o models/kb.nbm\n"
          "Your own rows need no rebuild: naba analyze --kb-extra FILE (data/README.md).\n", f);
}

int naba_train_kb(int argc, char **argv) {
    static const struct option longopts[] = {
        {"gazetteers", required_argument, 0, 'g'}, {"curated", required_argument, 0, 'c'},
        {"iso", required_argument, 0, 'i'}, {"output", required_argument, 0, 'o'},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *gaz = LINK_GAZETTEER_DATA, *cur = "data/kb", *iso_path = ISO_JSON, *out = LINK_KB_MODEL;
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'g': gaz = optarg; break;
        case 'c': cur = optarg; break;
        case 'i': iso_path = optarg; break;
        case 'o': out = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    static iso_map iso;
    naba_error err = {0};
    kbb *b = kbb_new();
    if (!b) { fputs("naba train kb: out of memory\n", stderr); return EXIT_FATAL; }
    char cldr[2048], geo[2048];
    snprintf(cldr, sizeof cldr, "%s/cldr", gaz);
    snprintf(geo, sizeof geo, "%s/geonames_ar", gaz);
    size_t files = 0;
    naba_status st = load_iso(iso_path, &iso, &err);
    if (st == NABA_OK) st = load_subdivisions(ISO2_JSON, &iso, &err);
    if (st == NABA_OK) st = each_row(cldr, "world_countries_en_ar.tsv", b, &iso, world_row, &err);
    if (st == NABA_OK) st = each_row(cldr, "i18n_iso_countries_en_ar.tsv", b, &iso, i18n_row, &err);
    if (st == NABA_OK) st = each_row(cldr, "territories_en_ar.tsv", b, &iso, territory_row, &err);
    size_t before_cities = kbb_count(b);
    if (st == NABA_OK) st = each_row(geo, "cities_ar_en.tsv", b, &iso, city_row, &err);
    if (st == NABA_OK && (st = index_cities(b, &iso, before_cities)) != NABA_OK)
        naba_fail(&err, st, 0, "out of memory");
    if (st == NABA_OK) st = each_row(cldr, "tz_exemplar_cities_en_ar.tsv", b, &iso, tz_row, &err);
    if (st == NABA_OK) st = each_row(geo, "admin_codes_ar.tsv", b, &iso, admin_row, &err);
    if (st == NABA_OK) st = read_curated(b, cur, &files, &err);
    size_t n = kbb_count(b);
    if (st == NABA_OK) { kbb_finish_fields(b); st = kbb_save(b, out, &err); }
    kbb_free(b);
    for (size_t i = 0; i < iso.n_cities; i++) { free(iso.cities[i].en); free(iso.cities[i].ar); }
    free(iso.cities);
    for (size_t i = 0; i < iso.n_subs; i++) free(iso.subs[i].name);
    free(iso.subs);
    if (st != NABA_OK) { fprintf(stderr, "naba train kb: %s\n", err.message); return EXIT_FATAL; }
    if (!quiet) fprintf(stderr, "wrote %s: %zu entities (%zu curated files)\n", out, n, files);
    return EXIT_OK;
}
