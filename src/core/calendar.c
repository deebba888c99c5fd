/*
** calendar.c — day numbers for Gregorian and tabular Hijri dates, and parsing
** of article dates from input records (see calendar.h).
**
** Gregorian conversion is the days-from-civil algorithm (exact over the whole
** proleptic calendar). The Hijri conversion is the arithmetical calendar with a
** 30-year cycle of 11 leap years; real months follow moon sightings and can be
** a day or two off, which the dates stage reports as approximate.
*/
#include "calendar.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

long cal_days(int y, int m, int d) {
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void cal_civil(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int cal_weekday(long days) {
    long w = (days + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

long cal_nearest_weekday(long days, int wd) {
    int delta = ((wd - cal_weekday(days)) % 7 + 7) % 7;
    return days + (delta > 3 ? delta - 7 : delta);
}

int cal_month_days(int y, int m) {
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return len[(m - 1) % 12];
}

void cal_iso_week(long days, int *year, int *week) {
    int wd = (cal_weekday(days) + 6) % 7;  /* Monday = 0 */
    long thursday = days - wd + 3;          /* the week belongs to its Thursday's year */
    int y, m, d;
    cal_civil(thursday, &y, &m, &d);
    *year = y;
    *week = (int)((thursday - cal_days(y, 1, 1)) / 7 + 1);
}

long cal_hijri_days(int y, int m, int d) {
    /* 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 proleptic Gregorian */
    long epoch = cal_days(622, 7, 19);
    long days = (long)d + (59L * (m - 1) + 1) / 2 + 354L * (y - 1) + (3L + 11L * y) / 30;
    return epoch + days - 1;
}

static int month_abbrev(const char *s) {
    static const char *names = "janfebmaraprmayjunjulaugsepoctnovdec";
    char b[4];
    for (int i = 0; i < 3; i++) {
        if (!s[i]) return 0;
        b[i] = (char)tolower((unsigned char)s[i]);
    }
    b[3] = 0;
    const char *p = strstr(names, b);
    return p && (p - names) % 3 == 0 ? (int)(p - names) / 3 + 1 : 0;
}

static int read_int(const char **s, int digits_min, int digits_max, int *out) {
    const char *p = *s;
    int v = 0, k = 0;
    while (isdigit((unsigned char)*p) && k < digits_max) { v = v * 10 + (*p - '0'); p++; k++; }
    if (k < digits_min) return 0;
    *s = p;
    *out = v;
    return 1;
}

static int valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= cal_month_days(y, m);
}

int cal_parse_article_date(const char *s, long *days) {
    int y, m, d;
    if (!s) return 0;
    while (isspace((unsigned char)*s)) s++;
    const char *p = s;
    if (read_int(&p, 4, 4, &y)) {             /* ISO: 2025-05-16[...] */
        if (*p != '-' && *p != '/') return 0;
        char sep = *p++;
        if (!read_int(&p, 1, 2, &m) || *p++ != sep || !read_int(&p, 1, 2, &d)) return 0;
    } else {                                  /* RFC 2822: [Sun, ]18 Feb 2018 ... */
        if (!month_abbrev(p)) {               /* a weekday first */
            while (isalpha((unsigned char)*p)) p++;
            if (*p == ',') p++;
            while (*p == ' ') p++;
        }
        if ((m = month_abbrev(p))) {          /* month first: [Wed ]May 16[,] 2018 */
            while (isalpha((unsigned char)*p)) p++;
            while (*p == ' ') p++;
            if (!read_int(&p, 1, 2, &d)) return 0;
            if (*p == ',') p++;
            while (*p == ' ') p++;
            if (!read_int(&p, 4, 4, &y)) return 0;
            goto check;
        }
        if (!read_int(&p, 1, 2, &d)) return 0;
        if (*p == '/' || *p == '.' || *p == '-') { /* day first: 21/03/2017 (JawharaFM) */
            char sep = *p++;
            if (!read_int(&p, 1, 2, &m) || *p++ != sep || !read_int(&p, 4, 4, &y)) return 0;
            goto check;
        }
        while (*p == ' ') p++;
        m = month_abbrev(p);
        if (!m) return 0;
        while (isalpha((unsigned char)*p)) p++;
        while (*p == ' ') p++;
        if (!read_int(&p, 4, 4, &y)) return 0;
    }
check:
    if (!valid(y, m, d)) return 0;
    *days = cal_days(y, m, d);
    return 1;
}
