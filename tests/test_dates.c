/*
** test_dates.c — the calendar, the dates stage on sentences of each kind, and
** the example article read from real output.
*/
#include "calendar.h"
#include "qcd_test.h"

static const char *value_of(naba_pipeline *p, naba_doc *d, const char *text, const char *date) {
    if (!qcd_run(p, d, text, date) || d->timexes.n == 0) return "(none)";
    return d->timexes.v[0].value;
}

static void test_calendar(void) {
    CHECK_EQ_INT(cal_days(1970, 1, 1), 0);
    CHECK_EQ_INT(cal_weekday(cal_days(2025, 5, 16)), 5);      /* a Friday */
    int y, m, d;
    cal_civil(cal_days(2024, 2, 29), &y, &m, &d);
    CHECK(y == 2024 && m == 2 && d == 29);
    int wy, wk;
    cal_iso_week(cal_days(2025, 5, 16), &wy, &wk);
    CHECK(wy == 2025 && wk == 20);
    cal_iso_week(cal_days(2021, 1, 3), &wy, &wk);              /* belongs to 2020-W53 */
    CHECK(wy == 2020 && wk == 53);
    /* tabular Hijri: 1 Ramadan 1446 = 1 March 2025, 1 Muharram 1 = 19 July 622 */
    cal_civil(cal_hijri_days(1446, 9, 1), &y, &m, &d);
    CHECK(y == 2025 && m == 3 && d == 1);
    cal_civil(cal_hijri_days(1, 1, 1), &y, &m, &d);
    CHECK(y == 622 && m == 7 && d == 19);
    long days;
    CHECK(cal_parse_article_date("2025-05-16", &days) && days == cal_days(2025, 5, 16));
    CHECK(cal_parse_article_date("Sun, 18 Feb 2018 21:35:43 +0400", &days) && days == cal_days(2018, 2, 18));
    CHECK(cal_parse_article_date("2015-07-21 02:51:32", &days) && days == cal_days(2015, 7, 21));
    CHECK(cal_parse_article_date("2017-01-20T21:43:00+01:00", &days) && days == cal_days(2017, 1, 20));
    CHECK(!cal_parse_article_date("yesterday", &days));
    CHECK(!cal_parse_article_date("2025-02-30", &days));
}

static void test_expressions(void) {
    naba_pipeline *p = qcd_pipe("dates");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const char *fri = "2025-05-16";
    CHECK_EQ_STR(value_of(p, d, "وصل الوفد يوم الجمعة إلى المدينة", fri), "2025-05-16");
    CHECK_EQ_STR(value_of(p, d, "التقى الوزير يوم الخميس نظيره", fri), "2025-05-15");
    CHECK_EQ_STR(value_of(p, d, "سيجتمع المجلس الثلاثاء المقبل", fri), "2025-05-20");
    CHECK_EQ_STR(value_of(p, d, "قد يتبنى الاتحاد تدابير بمجرد يوم الثلاثاء", fri), "2025-05-20");
    CHECK_EQ_STR(value_of(p, d, "وصل أمس", fri), "2025-05-15");
    CHECK_EQ_STR(value_of(p, d, "يصل غدا", fri), "2025-05-17");
    CHECK_EQ_STR(value_of(p, d, "يصل بعد غد", fri), "2025-05-18");
    CHECK_EQ_STR(value_of(p, d, "جرى ذلك قبل يومين", fri), "2025-05-14");
    CHECK_EQ_STR(value_of(p, d, "بدأت الحرب منذ ثلاث سنوات", fri), "2022");
    CHECK_EQ_STR(value_of(p, d, "جرى ذلك الأسبوع الماضي", fri), "2025-W19");
    CHECK_EQ_STR(value_of(p, d, "يصدر الشهر المقبل", fri), "2025-06");
    CHECK_EQ_STR(value_of(p, d, "ارتفع العام الماضي", fri), "2024");
    CHECK_EQ_STR(value_of(p, d, "وقع في 16/5/2025 اتفاق", NULL), "2025-05-16");
    CHECK_EQ_STR(value_of(p, d, "وقع في 2025-05-16 اتفاق", NULL), "2025-05-16");
    CHECK_EQ_STR(value_of(p, d, "وقع في 16.05.2025 اتفاق", NULL), "2025-05-16");
    CHECK_EQ_STR(value_of(p, d, "في 16 أيار 2025", NULL), "2025-05-16");
    CHECK_EQ_STR(value_of(p, d, "في 3 كانون الثاني 2024", NULL), "2024-01-03");
    CHECK_EQ_STR(value_of(p, d, "الأربعاء 18 جانفي 2017", NULL), "2017-01-18");
    CHECK_EQ_STR(value_of(p, d, "حتى 14 جويلية", "2017-01-20"), "2017-07-14");
    CHECK_EQ_STR(value_of(p, d, "في 29 مارس/آذار المقبل", "2018-07-20"), "2019-03-29");
    CHECK_EQ_STR(value_of(p, d, "منذ 2022", NULL), "2022");
    CHECK_EQ_STR(value_of(p, d, "في 1 رمضان 1446 هـ", NULL), "2025-03-01");
    CHECK(d->timexes.n == 1 && (d->timexes.v[0].flags & NABA_TIMEX_APPROX));
    CHECK_EQ_STR(value_of(p, d, "تبدأ الساعة 10:30 صباحا", NULL), "T10:30");
    /* anchors: RFC 2822 input date, else a dateline */
    CHECK_EQ_STR(value_of(p, d, "وقال أمس", "Sun, 18 Feb 2018 21:35:43 +0400"), "2018-02-17");
    CHECK(qcd_run(p, d, "القاهرة 16 مايو 2025 - وصل الوفد أمس", NULL) && d->timexes.n == 2);
    if (d->timexes.n == 2) {
        CHECK_EQ_STR(d->timexes.v[1].value, "2025-05-15");
        CHECK_EQ_INT(d->timexes.v[1].anchor, NABA_ANCHOR_DATELINE);
    }
    CHECK(qcd_run(p, d, "وصل أمس", NULL) && d->timexes.n == 1 &&
          d->timexes.v[0].resolution == NABA_TIMEX_UNRESOLVED);
    /* not dates: آب alone, Friday prayer, a count of years, اليوم العالمي */
    CHECK_EQ_STR(value_of(p, d, "(توكيش ، في آب).", fri), "(none)");
    CHECK_EQ_STR(value_of(p, d, "بعد صلاة الجمعة", fri), "(none)");
    CHECK_EQ_STR(value_of(p, d, "قبل 2000 عام", fri), "(none)");
    CHECK_EQ_STR(value_of(p, d, "في اليوم العالمي للمرأة", fri), "(none)");
    naba_doc_free(d);
    naba_pipeline_close(p);
}

static void test_example(void) {
    char *text = qcd_example();
    naba_pipeline *p = qcd_pipe("dates");
    naba_doc *d = naba_doc_new();
    CHECK(text && p && qcd_run(p, d, text, "2025-05-16"));
    int friday = 0, thursday = 0, aug = 0;
    for (size_t i = 0; i < d->timexes.n; i++) {
        const naba_timex *t = &d->timexes.v[i];
        if (qcd_is(d, t->start, t->end, "يوم الجمعة")) friday += !strcmp(t->value, "2025-05-16");
        if (qcd_is(d, t->start, t->end, "يوم الخميس")) thursday += !strcmp(t->value, "2025-05-15");
        aug += qcd_has(d, t->start, t->end, "آب");
    }
    CHECK(friday == 1);
    CHECK(thursday == 2);
    CHECK(aug == 0);
    naba_doc_free(d);
    naba_pipeline_close(p);
    free(text);
}

int main(void) {
    test_calendar();
    test_expressions();
    test_example();
    return TEST_REPORT();
}
