/*
** calendar.c — day numbers for Gregorian and tabular Hijri dates, and parsing
** of article dates from input records (see calendar.h).
**
** Gregorian conversion is the days-from-civil algorithm (exact over the whole
** proleptic calendar). Hijri dates of 1423-1450 (2002-2029) follow Saudi
** Arabia's Umm al-Qura calendar, its rule computed here from the Sun's and the
** Moon's positions; other years the arithmetical calendar with a 30-year cycle
** of 11 leap years. Months elsewhere follow moon sightings and can start a day
** apart, which the dates stage reports as approximate.
*/
#include "calendar.h"

#include <ctype.h>
#include <math.h>
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

/* The tabular calendar: 30-year cycles of 11 leap years, civil epoch. */
static long tabular_days(int y, int m, int d) {
    /* 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 proleptic Gregorian */
    long epoch = cal_days(622, 7, 19);
    long days = (long)d + (59L * (m - 1) + 1) / 2 + 354L * (y - 1) + (3L + 11L * y) / 30;
    return epoch + days - 1;
}

/* ---- the Umm al-Qura rule, computed ----------------------------------
** Saudi Arabia's calendar (and so Saudi copy) starts a month on the day after
** the 29th when, at Mecca, the conjunction comes before sunset and the Moon
** sets after the Sun; otherwise the month has 30 days (the rule since 1423).
** The positions are the main terms of Meeus, Astronomical Algorithms (1998):
** new moons ch. 49, the Moon ch. 47, rising and setting ch. 15; the Sun by
** the low-precision formula of the Astronomical Almanac. ΔT is taken as 69 s
** (it was 64-69 s over 2000-2015). */

#define RAD (M_PI / 180.0)
static const double mecca_lat = 21.4225, mecca_lon = 39.8262;

static double sind(double x) { return sin(x * RAD); }
static double cosd(double x) { return cos(x * RAD); }

/* Julian Ephemeris Day of the new moon of lunation k (k = 0: January 2000). */
static double new_moon(double k) {
    double t = k / 1236.85, e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t;
    double m = 2.5534 + 29.10535670 * k, mp = 201.5643 + 385.81693528 * k + 0.0107582 * t * t;
    double f = 160.7108 + 390.67050284 * k - 0.0016118 * t * t, om = 124.7746 - 1.56375588 * k;
    return jde - 0.40720 * sind(mp) + 0.17241 * e * sind(m) + 0.01608 * sind(2 * mp) +
           0.01039 * sind(2 * f) + 0.00739 * e * sind(mp - m) - 0.00514 * e * sind(mp + m) +
           0.00208 * e * e * sind(2 * m) - 0.00111 * sind(mp - 2 * f) - 0.00057 * sind(mp + 2 * f) +
           0.00056 * e * sind(2 * mp + m) - 0.00042 * sind(3 * mp) + 0.00042 * e * sind(m + 2 * f) +
           0.00038 * e * sind(m - 2 * f) - 0.00024 * e * sind(2 * mp - m) - 0.00017 * sind(om) -
           0.00007 * sind(mp + 2 * m) + 0.00004 * sind(2 * mp - 2 * f) + 0.00004 * sind(3 * m) +
           0.00003 * sind(mp + m - 2 * f) + 0.00003 * sind(2 * mp + 2 * f) - 0.00003 * sind(mp + m + 2 * f) +
           0.00003 * sind(mp - m + 2 * f) - 0.00002 * sind(mp - m - 2 * f) - 0.00002 * sind(3 * mp + m) +
           0.00002 * sind(4 * mp) + 0.000325 * sind(299.77 + 0.107408 * k);
}

/* Altitude over Mecca, in degrees, of a body at right ascension ra and
** declination dec (degrees) at Julian day jd (UT). */
static double altitude(double jd, double ra, double dec) {
    double lst = 280.46061837 + 360.98564736629 * (jd - 2451545.0) + mecca_lon;
    return asin(sind(mecca_lat) * sind(dec) + cosd(mecca_lat) * cosd(dec) * cosd(lst - ra)) / RAD;
}

/* Ecliptic longitude and latitude to right ascension and declination. */
static void equatorial(double lambda, double beta, double eps, double *ra, double *dec) {
    *ra = atan2(sind(lambda) * cosd(eps) - tan(beta * RAD) * sind(eps), cosd(lambda)) / RAD;
    *dec = asin(sind(beta) * cosd(eps) + cosd(beta) * sind(eps) * sind(lambda)) / RAD;
}

static double sun_altitude(double jd) {
    double n = jd - 2451545.0, g = 357.528 + 0.9856003 * n;
    double lambda = 280.460 + 0.9856474 * n + 1.915 * sind(g) + 0.020 * sind(2 * g), ra, dec;
    equatorial(lambda, 0, 23.439 - 0.0000004 * n, &ra, &dec);
    return altitude(jd, ra, dec);
}

/* How far the Moon is above its setting altitude over Mecca at jd (UT), in
** degrees: positive while it has not set (the setting altitude allows for
** its parallax, semi-diameter and refraction). */
static double moon_above(double jd) {
    static const signed char arg[][4] = {
        {0,0,1,0},{2,0,-1,0},{2,0,0,0},{0,0,2,0},{0,1,0,0},{0,0,0,2},{2,0,-2,0},{2,-1,-1,0},
        {2,0,1,0},{2,-1,0,0},{0,1,-1,0},{1,0,0,0},{0,1,1,0},{2,0,0,-2},{0,0,1,2},{0,0,1,-2},
        {4,0,-1,0},{0,0,3,0},{4,0,-2,0},{2,1,-1,0},{2,1,0,0},{1,0,-1,0},{1,1,0,0},{2,-1,1,0},
        {2,0,2,0},{4,0,0,0},{2,0,-3,0},{0,1,-2,0},{2,0,-1,2},{2,-1,-2,0},{1,0,1,0},{2,-2,0,0},
        {0,1,2,0},{0,2,0,0}};
    static const int lon[] = {6288774,1274027,658314,213618,-185116,-114332,58793,57066,53322,45758,
        -40923,-34720,-30383,15327,-12528,10980,10675,10034,8548,-7888,-6766,-5163,4987,4036,3994,
        3861,3665,-2689,-2602,2390,-2348,2236,-2120,-2069};
    static const int dist[] = {-20905355,-3699111,-2955968,-569925,48888,-3149,246158,-152138,
        -170733,-204586,-129620,108743,104755,10321,0,79661,-34782,-23210,-21636,24208,30824,-8379,
        -16675,-12831,-10445,-11650,14403,-7003,0,10056,6322,-9884,5751,0};
    static const signed char barg[][4] = {
        {0,0,0,1},{0,0,1,1},{0,0,1,-1},{2,0,0,-1},{2,0,-1,1},{2,0,-1,-1},{2,0,0,1},{0,0,2,1},
        {2,0,1,-1},{0,0,2,-1},{2,-1,0,-1},{2,0,-2,-1},{2,0,1,1},{2,1,0,-1},{2,-1,-1,1}};
    static const int lat[] = {5128122,280602,277693,173237,55413,46271,32573,17198,9266,8822,
        8216,4324,4200,-3359,2463};
    double t = (jd + 69.0 / 86400 - 2451545.0) / 36525; /* TT centuries from J2000 */
    double lp = 218.3164477 + 481267.88123421 * t, d = 297.8501921 + 445267.1114034 * t;
    double m = 357.5291092 + 35999.0502909 * t, mp = 134.9633964 + 477198.8675055 * t;
    double f = 93.2720950 + 483202.0175233 * t, e = 1 - 0.002516 * t;
    double a1 = 119.75 + 131.849 * t, a2 = 53.09 + 479264.290 * t, a3 = 313.45 + 481266.484 * t;
    double sl = 3958 * sind(a1) + 1962 * sind(lp - f) + 318 * sind(a2), sr = 0;
    double sb = -2235 * sind(lp) + 382 * sind(a3) + 175 * sind(a1 - f) + 175 * sind(a1 + f) +
                127 * sind(lp - mp) - 115 * sind(lp + mp);
    for (size_t i = 0; i < sizeof lon / sizeof *lon; i++) {
        double x = arg[i][0] * d + arg[i][1] * m + arg[i][2] * mp + arg[i][3] * f;
        double w = arg[i][1] ? (arg[i][1] == 1 || arg[i][1] == -1 ? e : e * e) : 1;
        sl += w * lon[i] * sind(x);
        sr += w * dist[i] * cosd(x);
    }
    for (size_t i = 0; i < sizeof lat / sizeof *lat; i++) {
        double x = barg[i][0] * d + barg[i][1] * m + barg[i][2] * mp + barg[i][3] * f;
        sb += (barg[i][1] ? e : 1) * lat[i] * sind(x);
    }
    double ra, dec, parallax = asin(6378.14 / (385000.56 + sr / 1000)) / RAD;
    equatorial(lp + sl / 1e6, sb / 1e6, 23.4393 - 0.0130 * t, &ra, &dec);
    return altitude(jd, ra, dec) - (0.7275 * parallax - 0.5667);
}

/* Sunset at Mecca (UT Julian day) on the day numbered day, by bisection
** between noon and 21:36 Mecca time (UTC+3). */
static double sunset(long day) {
    double lo = day + 2440587.5 + (12 - 3) / 24.0, hi = lo + 0.4;
    for (int i = 0; i < 30; i++) {
        double mid = (lo + hi) / 2;
        if (sun_altitude(mid) > -0.8333) lo = mid; else hi = mid;
    }
    return lo;
}

/* Day number of the first of Hijri month m of year y by the rule: the
** conjunction nearest before the tabular month's start decides it. */
static long umm_al_qura_start(int y, int m) {
    long tab = tabular_days(y, m, 1);
    double k = floor((tab + 2440587.5 - 1.0 - 2451550.09766) / 29.530588861 + 0.5);
    double tc = new_moon(k) - 69.0 / 86400;                /* UT */
    long dc = (long)floor(tc - 2440587.5 + 3.0 / 24);       /* its date at Mecca */
    double ss = sunset(dc);
    return tc < ss && moon_above(ss) > 0 ? dc + 1 : dc + 2;
}

long cal_hijri_days(int y, int m, int d) {
    if (y >= 1423 && y <= 1450 && m >= 1 && m <= 12) return umm_al_qura_start(y, m) + d - 1;
    return tabular_days(y, m, d);
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
