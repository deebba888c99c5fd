/*
** calendar.h — day arithmetic (internal): Gregorian dates as day numbers,
** weekdays, ISO weeks, the tabular Islamic calendar, and the article dates
** found in news feeds ("2025-05-16", "2015-07-21 02:51:32", "Sun, 18 Feb
** 2018 21:35:43 +0400"). In core, not in the dates stage: the document reads
** its input's date with it (doc->day), and the dates and events stages and
** the CLI count days with it.
*/
#ifndef NABA_CALENDAR_H
#define NABA_CALENDAR_H

#include <stddef.h>

/* Days since 1970-01-01 of a proleptic Gregorian date. */
long cal_days(int y, int m, int d);
void cal_civil(long days, int *y, int *m, int *d);
/* 0 = Sunday .. 6 = Saturday */
int cal_weekday(long days);
/* The day of weekday wd (0 = Sunday) nearest to a day: at most 3 days either way. */
long cal_nearest_weekday(long days, int wd);
int cal_month_days(int y, int m);
/* ISO 8601 week of a day: its year and week number. */
void cal_iso_week(long days, int *year, int *week);
/* Day number of a Hijri date: by the Umm al-Qura rule for 1423-1450 AH,
** otherwise the tabular (arithmetical) calendar, civil epoch. Months observed
** by sighting may start a day apart from this. */
long cal_hijri_days(int y, int m, int d);
/* Parse an article date as found in feeds; 1 and the date's day number (the
** local date as written, not converted to UTC) on success. */
int cal_parse_article_date(const char *s, long *days);

#endif
