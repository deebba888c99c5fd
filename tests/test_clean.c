/*
** test_clean.c — the clean stage: each repair and its switch, input checks,
** boilerplate and duplicates, the example article, and the map and
** idempotence properties over the example and generated strings.
*/
#include "naba.h"
#include "clean.h"
#include "test.h"
#include "clean_props.h"

#include <stdlib.h>

static void *pats;
static naba_doc *doc;

static naba_status run_off(const char *in, size_t n, uint32_t off) {
    naba_options o;
    naba_options_init(&o);
    o.repairs_off = off;
    naba_doc_load(doc, in, n, NULL, NULL, NULL);
    return naba_clean(doc, pats, &o);
}
static naba_status run(const char *in) { return run_off(in, strlen(in), 0); }

static size_t count(int kind) {
    size_t k = 0;
    for (size_t i = 0; i < doc->repairs.n; i++) k += doc->repairs.v[i].kind == kind;
    return k;
}
static const naba_repair *first(int kind) {
    for (size_t i = 0; i < doc->repairs.n; i++)
        if (doc->repairs.v[i].kind == kind) return &doc->repairs.v[i];
    return NULL;
}

/* Clean in and expect out, with at least one repair of kind (or -1: none at all). */
#define EXPECT(in, out, kind) do { \
    CHECK_EQ_INT(run(in), NABA_OK); \
    CHECK_EQ_STR(doc->text, out); \
    if ((kind) >= 0) CHECK(count(kind) > 0); else CHECK_EQ_INT(doc->repairs.n, 0); \
    CHECK(map_ok(doc, 50)); \
} while (0)

static void test_bytes(void) {
    EXPECT("\xEF\xBB\xBFنص عربي", "نص عربي", NABA_REPAIR_BOM);
    CHECK_EQ_INT(first(NABA_REPAIR_BOM)->orig_end, 3);
    EXPECT("سطر أول\r\nسطر ثان\rسطر ثالث", "سطر أول\nسطر ثان\nسطر ثالث", NABA_REPAIR_NEWLINE);
    CHECK_EQ_INT(count(NABA_REPAIR_NEWLINE), 2);
    const char nul[] = "قال الوزير\0 إن الاجتماع انتهى\x01 مساء أمس في العاصمة.";
    CHECK_EQ_INT(run_off(nul, sizeof nul - 1, 0), NABA_OK);
    CHECK_EQ_STR(doc->text, "قال الوزير إن الاجتماع انتهى مساء أمس في العاصمة.");
    CHECK_EQ_INT(count(NABA_REPAIR_NUL), 2);
    CHECK_EQ_INT(first(NABA_REPAIR_NUL)->orig_start, strlen("قال الوزير"));
    /* invalid bytes: each becomes U+FFFD, a run is one repair with its offsets */
    EXPECT("كلمة \xFF\xFE كلمة أخرى في جملة عربية \xC3", "كلمة \xEF\xBF\xBD\xEF\xBF\xBD كلمة أخرى في جملة عربية \xEF\xBF\xBD", NABA_REPAIR_INVALID_UTF8);
    CHECK_EQ_INT(count(NABA_REPAIR_INVALID_UTF8), 2);
    CHECK_EQ_INT(first(NABA_REPAIR_INVALID_UTF8)->orig_start, strlen("كلمة "));
    CHECK_EQ_INT(first(NABA_REPAIR_INVALID_UTF8)->orig_end, strlen("كلمة ") + 2);
    /* overlong and surrogate encodings are invalid too */
    EXPECT("overlong \xC0\xAF and surrogate \xED\xA0\x80 bytes in a longer English line",
           "overlong \xEF\xBF\xBD\xEF\xBF\xBD and surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD bytes in a longer English line",
           NABA_REPAIR_INVALID_UTF8);
}

static void test_refusals(void) {
    CHECK_EQ_INT(run(""), NABA_ERR_EMPTY);
    CHECK_EQ_INT(run(" \n\t\r\n  \n"), NABA_ERR_EMPTY);
    CHECK(strstr(doc->error.message, "white space") != NULL);
    CHECK_EQ_INT(run("\xE2\x80\x8F \xD9\x80\n"), NABA_ERR_EMPTY); /* RLM and tatweel only */
    CHECK_EQ_INT(run("شاركها.\n___\n"), NABA_ERR_EMPTY);
    CHECK(strstr(doc->error.message, "boilerplate") != NULL);
    /* binary: random bytes, UTF-16, a legacy 8-bit encoding */
    char bin[4096];
    for (size_t i = 0; i < sizeof bin; i++) bin[i] = (char)(prop_rand() & 0xFF);
    CHECK_EQ_INT(run_off(bin, sizeof bin, 0), NABA_ERR_BINARY);
    CHECK(strstr(doc->error.message, "binary") != NULL);
    CHECK_EQ_INT(doc->map.n, 0);
    const char u16[] = "\xFF\xFE\x27\x06\x44\x06\x20\x00\x27\x06";
    CHECK_EQ_INT(run_off(u16, sizeof u16 - 1, 0), NABA_ERR_BINARY);
    CHECK(strstr(doc->error.message, "UTF-16") != NULL);
    const char cp1256[] = "\xC7\xE1\xDA\xD1\xC8\xED\xC9 \xC7\xE1\xDA\xD1\xC8\xED\xC9";
    CHECK_EQ_INT(run_off(cp1256, sizeof cp1256 - 1, 0), NABA_ERR_BINARY);
    CHECK(strstr(doc->error.message, "Windows-1256") != NULL);
    /* a few damaged bytes in real text are repaired, not refused */
    CHECK_EQ_INT(run("هذا نص عادي طويل بما يكفي وفيه بايت تالف واحد \xFF فقط."), NABA_OK);
    /* size limit */
    naba_options o;
    naba_options_init(&o);
    o.max_bytes = 10;
    naba_doc_load(doc, "نص أطول من عشرة بايتات", strlen("نص أطول من عشرة بايتات"), NULL, NULL, NULL);
    CHECK_EQ_INT(naba_clean(doc, pats, &o), NABA_ERR_TOO_LARGE);
    CHECK(strstr(doc->error.message, "limit") != NULL);
}

static void test_punctuation(void) {
    EXPECT("اسطنبول ، تركيا", "اسطنبول، تركيا", NABA_REPAIR_SPACE_BEFORE_PUNCT);
    EXPECT("قال :إن الاتفاق ؟ نعم !", "قال: إن الاتفاق؟ نعم!", NABA_REPAIR_SPACE_BEFORE_PUNCT);
    EXPECT("“النتيجة” ، مضيفًا", "“النتيجة”، مضيفًا", NABA_REPAIR_SPACE_BEFORE_PUNCT);
    EXPECT("موسكو،وكييف", "موسكو، وكييف", NABA_REPAIR_SPACE_AFTER_PUNCT);
    EXPECT("انتهى الاجتماع.وقال الوزير", "انتهى الاجتماع. وقال الوزير", NABA_REPAIR_SPACE_AFTER_PUNCT);
    EXPECT("العدد،2025", "العدد، 2025", NABA_REPAIR_SPACE_AFTER_PUNCT);
    /* an Arabic comma between digits is a number's separator (1،975،022
    ** companies, 6،3 percent): glued; a spaced list stays spaced */
    EXPECT("بلغ 1،975،022 شركة و6،3 بالمائة", "بلغ 1،975،022 شركة و6،3 بالمائة", -1);
    EXPECT("الأرقام 1، 2، 3", "الأرقام 1، 2، 3", -1);
    EXPECT("السنة 2025،وقال", "السنة 2025، وقال", NABA_REPAIR_SPACE_AFTER_PUNCT);
    /* left alone: numbers, times, links, abbreviations, ellipses */
    EXPECT("نما 2.5 بالمئة إلى 12,000 في 10:30", "نما 2.5 بالمئة إلى 12,000 في 10:30", -1);
    EXPECT("انظر https://apnews.com/hub:ar و www.bbc.com/arabic", "انظر https://apnews.com/hub:ar و www.bbc.com/arabic", -1);
    EXPECT("وكالة أ.ف.ب والدكتور د.محمد", "وكالة أ.ف.ب والدكتور د.محمد", -1);
    EXPECT("رئيس الإدارة في خاركيف ..", "رئيس الإدارة في خاركيف ..", -1);
    EXPECT("الموقع .com والنسبة .5", "الموقع .com والنسبة .5", -1);
    EXPECT("Washington,D.C. is", "Washington, D.C. is", NABA_REPAIR_SPACE_AFTER_PUNCT);
    EXPECT("كلمة ، ، كلمة", "كلمة،، كلمة", NABA_REPAIR_SPACE_BEFORE_PUNCT);
}

static void test_spaces(void) {
    EXPECT("كلمة   كلمة\tكلمة", "كلمة كلمة كلمة", NABA_REPAIR_SPACES);
    EXPECT("  سطر  \n\n\n\n  سطر\n\n", "سطر\n\nسطر", NABA_REPAIR_SPACES);
    EXPECT("سطر\nسطر", "سطر\nسطر", -1);
    EXPECT("2\xC2\xA0" "000 ريال", "2 000 ريال", NABA_REPAIR_SPACES);
    CHECK_EQ_INT(count(NABA_REPAIR_SPACES), 1);
}

static void test_unicode(void) {
    EXPECT("\xEF\xBB\xBB", "لا", NABA_REPAIR_PRESENTATION_FORM);          /* ﻻ */
    EXPECT("\xEF\xBB\xB7\xEF\xBB\xB9", "لألإ", NABA_REPAIR_PRESENTATION_FORM); /* ﻷﻹ */
    /* ﺍﻟﺴﻼﻡ: one repair for the run */
    EXPECT("\xEF\xBA\x8D\xEF\xBB\x9F\xEF\xBA\xB4\xEF\xBB\xBC\xEF\xBB\xA1 عليكم", "السلام عليكم",
           NABA_REPAIR_PRESENTATION_FORM);
    CHECK_EQ_INT(count(NABA_REPAIR_PRESENTATION_FORM), 1);
    EXPECT("\xEF\xB7\xB2", "الله", NABA_REPAIR_PRESENTATION_FORM);        /* ﷲ */
    EXPECT("كـــبير جـداً", "كبير جداً", NABA_REPAIR_TATWEEL);
    CHECK_EQ_INT(count(NABA_REPAIR_TATWEEL), 2);
    CHECK_EQ_INT(first(NABA_REPAIR_TATWEEL)->orig_end - first(NABA_REPAIR_TATWEEL)->orig_start, 6);
    EXPECT("\xE2\x80\x8F" "كلمة\xE2\x80\x8E و\xE2\x80\x8B" "كلمة\xE2\x81\xA6 \xD8\x9C" "نص\xEF\xBB\xBF",
           "كلمة وكلمة نص", NABA_REPAIR_CONTROL);
    /* a control inside a run of spaces leaves one space */
    EXPECT("كلمة \xE2\x80\x8F كلمة", "كلمة كلمة", NABA_REPAIR_CONTROL);
    /* Arabic-Indic and Persian digits are kept */
    EXPECT("عام ٢٠٢٥ و۱۴۰۴", "عام ٢٠٢٥ و۱۴۰۴", -1);
}

/* Each repair switched off leaves its damage in place and reports nothing. */
static void test_switches(void) {
    static const struct { int kind; const char *in; } cases[] = {
        {NABA_REPAIR_NUL, "قال الوزير\x01 إن الاجتماع انتهى مساء أمس في العاصمة بعد ساعات."},
        {NABA_REPAIR_BOM, "\xEF\xBB\xBFنص عربي"},
        {NABA_REPAIR_NEWLINE, "سطر\r\nسطر"},
        {NABA_REPAIR_BOILERPLATE, "خبر مهم جدا اليوم.\nشاركها."},
        {NABA_REPAIR_DUPLICATE, "فقرة مكررة من عدة كلمات في هذا الخبر هنا.\nفقرة مكررة من عدة كلمات في هذا الخبر هنا."},
        {NABA_REPAIR_SPACE_BEFORE_PUNCT, "اسطنبول ، تركيا"},
        {NABA_REPAIR_SPACE_AFTER_PUNCT, "موسكو،وكييف"},
        {NABA_REPAIR_SPACES, "كلمة   كلمة  "},
        {NABA_REPAIR_PRESENTATION_FORM, "\xEF\xBB\xBB"},
        {NABA_REPAIR_TATWEEL, "كـــبير"},
        {NABA_REPAIR_CONTROL, "كلمة\xE2\x80\x8F"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int k = cases[i].kind;
        CHECK_EQ_INT(run_off(cases[i].in, strlen(cases[i].in), 0), NABA_OK);
        CHECK(count(k) > 0);
        CHECK_EQ_INT(run_off(cases[i].in, strlen(cases[i].in), 1u << k), NABA_OK);
        if (count(k) != 0) fprintf(stderr, "repair %d still made when off\n", k);
        CHECK_EQ_INT(count(k), 0);
        CHECK_EQ_STR(doc->text, cases[i].in);
        CHECK(map_ok(doc, 20));
    }
    /* invalid UTF-8 is always replaced, even with every repair off */
    CHECK_EQ_INT(run_off("a longer line \xFF with one bad byte", 34, ~0u), NABA_OK);
    CHECK_EQ_STR(doc->text, "a longer line \xEF\xBF\xBD with one bad byte");
    CHECK_EQ_INT(count(NABA_REPAIR_INVALID_UTF8), 1);
}

static void test_boilerplate(void) {
    const char *news = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد المحلي.";
    char in[2048], out[2048];
    static const char *const lines[] = {
        "شاركها.", "شارك", "تابعونا على فيسبوك وتويتر", "** جميع المقالات المنشورة تمثل رأي كتابها فقط.",
        "اتبع تغطية AP للحرب في أوكرانيا في https://apnews.com/hub/russia-ukraine",
        "إقرأ أيضا: لقاء بين مسؤولين سعوديين وأتراك في إسطنبول", "___", "-----", "* * * *",
        "(رويترز)", "فرانس24/ أ ف ب", "*نقلاً عن الرؤية الإماراتية", "تصوير: علي الزهراني",
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.",
        "// انتهى //", "اضغط هنا لمشاهدة الفيديو",
        "الآراء الواردة في المقالات لا تعكس بالضرورة وجهة نظر الموقع",
        "وقالت الوكالة إن بي بي سي لا يمكنها التأكد من صحة المعلومات"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        snprintf(in, sizeof in, "%s\n%s\n%s", news, lines[i], news);
        snprintf(out, sizeof out, "%s\n%s", news, news);
        CHECK_EQ_INT(run_off(in, strlen(in), 1u << NABA_REPAIR_DUPLICATE), NABA_OK);
        if (strcmp(doc->text, out)) fprintf(stderr, "boilerplate line kept: %s\n", lines[i]);
        CHECK_EQ_STR(doc->text, out);
        CHECK_EQ_INT(count(NABA_REPAIR_BOILERPLATE), 1);
        const naba_repair *r = first(NABA_REPAIR_BOILERPLATE);
        CHECK_EQ_INT(r->orig_end - r->orig_start, strlen(lines[i]));
        CHECK(r->detail && *r->detail);
        CHECK(map_ok(doc, 20));
    }
    /* "read also:" on its own line takes the headline after it */
    EXPECT("خبر أول طويل.\n\nاقرأ أيضاً:\n\nرومان أبراموفيتش: الملياردير الروسي مالك تشيلسي\n\nخبر ثان طويل.",
           "خبر أول طويل.\n\nخبر ثان طويل.", NABA_REPAIR_BOILERPLATE);
    CHECK_EQ_STR(first(NABA_REPAIR_BOILERPLATE)->detail, "read-also");
    /* but not a following sentence */
    EXPECT("اقرأ أيضاً:\nوقال الوزير إن المحادثات ستستمر غدا.", "وقال الوزير إن المحادثات ستستمر غدا.",
           NABA_REPAIR_BOILERPLATE);
    /* real news that starts like boilerplate is kept */
    static const char *const keep[] = {
        "شارك آلاف الفلسطينيين الخميس في مسيرة العودة بقرية عتليت جنوب مدينة حيفا.",
        "المزيد من المخاطر", "تابعوا مباشرة على فرانس24 تغطية خاصة للانتخابات الرئاسية والتشريعية التركية، التي أغلقت صناديق الاقتراع فيها عند الساعة 5 مساء.",
        "إقرار القانون الجديد في البرلمان بعد جلسة طويلة",
        "قال أوليه سينيهوبوف، رئيس الإدارة العسكرية الإقليمية في خاركيف ..",
        /* a contains pattern holds only as whole words, and all of it */
        "اضغطوا هنا للتسجيل في الدورة", "وقال إن الأرقام لا تعكس بالضرورة الواقع"};
    for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++) {
        CHECK_EQ_INT(run(keep[i]), NABA_OK);
        CHECK_EQ_INT(count(NABA_REPAIR_BOILERPLATE), 0);
    }
}

static void test_duplicates(void) {
    const char *p = "في هذه الصورة التي أصدرتها وزارة الخارجية التركية، من اليسار، وزير الخارجية.";
    char in[4096];
    snprintf(in, sizeof in, "مقدمة الخبر هنا.\n\n%s\n\nفقرة أخرى.\n\n%s\n\nخاتمة.", p, p);
    CHECK_EQ_INT(run(in), NABA_OK);
    snprintf(in, sizeof in, "مقدمة الخبر هنا.\n\n%s\n\nفقرة أخرى.\n\nخاتمة.", p);
    CHECK_EQ_STR(doc->text, in);
    CHECK_EQ_INT(count(NABA_REPAIR_DUPLICATE), 1);
    CHECK_EQ_STR(first(NABA_REPAIR_DUPLICATE)->detail, "duplicate of paragraph 1");
    /* near-exact: other punctuation, spacing and hamza spelling */
    EXPECT("وقال الرئيس إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.\nوقال الرئيس ان المفاوضات  ستستانف الاسبوع المقبل في جنيف",
           "وقال الرئيس إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.", NABA_REPAIR_DUPLICATE);
    /* near: one word changed in a long paragraph */
    EXPECT("أكد وزير الخارجية خلال مؤتمر صحفي عقده اليوم في العاصمة أن بلاده ستواصل دعم جهود السلام في المنطقة وأن الحوار هو الطريق الوحيد لحل الأزمة القائمة منذ سنوات طويلة\n"
           "أكد وزير الخارجية خلال مؤتمر صحفي عقده اليوم في العاصمة أن بلاده ستواصل دعم جهود السلام في المنطقة وأن الحوار هو الطريق الوحيد لحل الأزمة القائمة منذ سنوات عديدة",
           "أكد وزير الخارجية خلال مؤتمر صحفي عقده اليوم في العاصمة أن بلاده ستواصل دعم جهود السلام في المنطقة وأن الحوار هو الطريق الوحيد لحل الأزمة القائمة منذ سنوات طويلة",
           NABA_REPAIR_DUPLICATE);
    CHECK(strstr(first(NABA_REPAIR_DUPLICATE)->detail, "near-duplicate of paragraph 0") != NULL);
    /* different numbers in a short paragraph are different news */
    EXPECT("قتل 5 أشخاص في انفجار بالعاصمة.\nقتل 6 أشخاص في انفجار بالعاصمة.",
           "قتل 5 أشخاص في انفجار بالعاصمة.\nقتل 6 أشخاص في انفجار بالعاصمة.", -1);
    /* short repeated lines (subheads) stay */
    EXPECT("الخلفية\nنص أول.\nالخلفية\nنص ثان.", "الخلفية\nنص أول.\nالخلفية\nنص ثان.", -1);
}

static char *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)len + 1);
    *n = fread(b, 1, (size_t)len, f);
    b[*n] = '\0';
    fclose(f);
    return b;
}

static size_t occurrences(const char *s, const char *what) {
    size_t k = 0;
    for (const char *p = s; (p = strstr(p, what)); p += strlen(what)) k++;
    return k;
}

static void test_example(void) {
    size_t n;
    char *art = read_file(NABA_SOURCE_DIR "/examples/istanbul-talks-2025-05-16.ar.txt", &n);
    CHECK(art != NULL);
    if (!art) return;
    CHECK_EQ_INT(run_off(art, n, 0), NABA_OK);
    const char *t = doc->text;
    CHECK(strstr(t, "شاركها") == NULL);
    CHECK(strstr(t, "اتبع تغطية") == NULL && strstr(t, "https://apnews.com") == NULL);
    CHECK(strstr(t, "___") == NULL);
    CHECK(strstr(t, " ،") == NULL);
    CHECK(strstr(t, "رئيس الإدارة العسكرية الإقليمية في خاركيف ..") != NULL);
    CHECK_EQ_INT(occurrences(t, "في هذه الصورة النشرة التي أصدرتها وزارة الخارجية التركية"), 1);
    CHECK_EQ_INT(occurrences(t, "يحضر رئيس أوكرانيا فولوديمير زيلنسكي قمة المجتمع السياسي"), 1);
    CHECK_EQ_INT(count(NABA_REPAIR_DUPLICATE), 2);
    CHECK_EQ_INT(occurrences(art, "___"), 2);
    size_t seps = 0;
    for (size_t i = 0; i < doc->repairs.n; i++)
        seps += doc->repairs.v[i].kind == NABA_REPAIR_BOILERPLATE && !strcmp(doc->repairs.v[i].detail, "separator");
    CHECK_EQ_INT(seps, 2);
    /* the sentences around the removed lines are intact */
    CHECK(strstr(t, "ذكرت كوك من بروكسل.") != NULL);
    CHECK(strstr(t, "\n\n\n") == NULL);
    CHECK(t[doc->text_len - 1] != '\n');
    /* "duplicate of paragraph N" names the kept copy: the Nth non-empty line */
    const naba_repair *r = first(NABA_REPAIR_DUPLICATE);
    unsigned want;
    CHECK(sscanf(r->detail, "duplicate of paragraph %u", &want) == 1);
    const char *line = t;
    for (unsigned k = 0; k < want; k++) {
        line = strchr(line, '\n') + 1;
        while (*line == '\n') line++;
    }
    CHECK(!strncmp(line, "في هذه الصورة النشرة", strlen("في هذه الصورة النشرة")));
    CHECK(map_ok(doc, 2000));
    CHECK(clean_idempotent(doc, pats, NULL));
    free(art);
}

/* Random strings made of the pieces real damage is made of. */
static size_t random_text(char *out, size_t cap) {
    static const char *const pieces[] = {
        "كلمة", "الحكومة", "أوكرانيا", "Zelenskyy", "x", "2025", "٢٠٢٥", "۱۴", " ", " ", " ", "  ", "\t",
        "\xC2\xA0", "\n", "\n\n", "\r\n", "\r", "،", "؛", "؟", ".", ",", ":", ";", "!", "?", "..", "...",
        "“", "”", "\"", "«", "»", "(", ")", "-", "_", "___", "\x00", "\x01", "\x7F", "\xE2\x80\x8F",
        "\xE2\x80\x8B", "\xD8\x9C", "\xEF\xBB\xBF", "\xD9\x80", "\xEF\xBB\xBB", "\xEF\xBA\x8D", "\xEF\xB9\xB0",
        "\xEF\xB7\xBA", "\xFF", "\xC3", "\xE2\x80\xA8", "\xC2\x85", "\x0C", "https://a.b/c", "www.x.com",
        "د.", "أ.ف.ب", "شاركها.", "اقرأ أيضاً:", "(رويترز)", "2.5", "12,000", "10:30", "a@b.c", "ﷲ"};
    size_t n = 0, np = sizeof pieces / sizeof pieces[0];
    size_t want = 1 + prop_rand() % 60;
    for (size_t k = 0; k < want; k++) {
        const char *p = pieces[prop_rand() % np];
        size_t l = (p[0] == '\0') ? 1 : strlen(p);
        if (n + l + 1 >= cap) break;
        memcpy(out + n, p, l);
        n += l;
        if (prop_rand() % 8 == 0 && n > 0) { /* repeat the text so far as a paragraph */
            size_t m = n < cap / 2 - 2 ? n : 0;
            if (m && n + m + 2 < cap) { out[n++] = '\n'; memcpy(out + n, out, m); n += m; }
        }
    }
    return n;
}

static void test_properties(void) {
    char buf[8192];
    int ok_map = 1, ok_idem = 1, cleaned = 0;
    for (int i = 0; i < 20000 && ok_map && ok_idem; i++) {
        size_t n = random_text(buf, sizeof buf);
        naba_status st = run_off(buf, n, 0);
        if (st != NABA_OK) continue;
        cleaned++;
        ok_map = map_ok(doc, 20);
        ok_idem = clean_idempotent(doc, pats, NULL);
        if (!ok_map || !ok_idem) {
            fprintf(stderr, "input (%zu bytes):", n);
            for (size_t k = 0; k < n; k++) fprintf(stderr, " %02X", (unsigned char)buf[k]);
            fputc('\n', stderr);
        }
    }
    CHECK(ok_map);
    CHECK(ok_idem);
    CHECK(cleaned > 10000);
}

static void test_big(void) {
    const char *para = "وقال المتحدث باسم وزارة الخارجية ، إن المحادثات ستستمر الأسبوع المقبل في جنيف .";
    size_t pl = strlen(para), n = 10u << 20;
    char *big = malloc(n + 1);
    size_t k = 0, i = 0;
    while (k + pl + 32 < n) {
        k += (size_t)snprintf(big + k, n - k, "%s %zu\n", para, i++); /* distinct paragraphs */
    }
    CHECK_EQ_INT(run_off(big, k, 0), NABA_OK);
    CHECK(doc->text_len > k - 3 * i);
    CHECK(strstr(doc->text, " ،") == NULL);
    CHECK_EQ_INT(count(NABA_REPAIR_DUPLICATE), 0);
    CHECK(map_ok(doc, 200));
    free(big);
}

static void test_quotes(void) {
    CHECK(naba_quotes_balanced("قال “نعم” و«لا»", strlen("قال “نعم” و«لا»")));
    CHECK(naba_quotes_balanced("\"a\" b \"c\"", 9));
    CHECK(!naba_quotes_balanced("“لم نتلق” نعم “روسية", strlen("“لم نتلق” نعم “روسية")));
    CHECK(!naba_quotes_balanced("نعم” و“", strlen("نعم” و“")));
    CHECK(!naba_quotes_balanced("“a “b” c”", strlen("“a “b” c”")));
    CHECK(!naba_quotes_balanced("\"a", 2));
}

static void test_patterns(void) {
    naba_error err = {0};
    clean_patterns *p = clean_patterns_new();
    static const char *const bad[] = {
        "nomode x 3 text\n", "prefix x\n", "prefix x - text\n", "prefix x 0 text\n",
        "prefix x 12a text\n", "line x - ...\n", "line x - \xFF\n", "contains x 2000 text\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_EQ_INT(clean_patterns_parse(p, bad[i], strlen(bad[i]), "t.txt", &err), NABA_ERR_FORMAT);
        CHECK(strncmp(err.message, "t.txt:1:", 8) == 0);
    }
    const char good[] = "# comment\n\nline a - شاركها\r\nprefix b 5 اقرأ أيضا*\nrule c - _ -\n";
    CHECK_EQ_INT(clean_patterns_parse(p, good, strlen(good), "t.txt", &err), NABA_OK);
    CHECK_EQ_INT(clean_patterns_count(p), 3);
    char key[256];
    unsigned w;
    size_t kl = clean_key("إقرأ أيضاًً: عنوان", strlen("إقرأ أيضاًً: عنوان"), key, sizeof key, &w, NULL);
    CHECK_EQ_STR(key, "اقرا ايضا عنوان");
    CHECK_EQ_INT(w, 3);
    const clean_pattern *m = clean_patterns_match(p, key, kl, w, ~0ULL, "", 0);
    CHECK(m && !strcmp(m->name, "b"));
    kl = clean_key("اقرأ أيضاتي", strlen("اقرأ أيضاتي"), key, sizeof key, &w, NULL); /* open end */
    CHECK(clean_patterns_match(p, key, kl, w, ~0ULL, "", 0) != NULL);
    CHECK(clean_patterns_match(p, "", 0, 0, ~0ULL, "_ - _", 5) != NULL);
    CHECK(clean_patterns_match(p, "", 0, 0, ~0ULL, "_-", 2) == NULL);
    CHECK_EQ_INT(clean_patterns_load(p, "/nonexistent/boilerplate.txt", &err), NABA_ERR_IO);
    clean_patterns_free(p);

    /* a user pattern file through the pipeline options */
    const char *user = "/tmp/naba_test_boilerplate.txt";
    FILE *f = fopen(user, "w");
    fputs("line user-test - سطر دعائي خاص\n", f);
    fclose(f);
    naba_options o;
    naba_options_init(&o);
    o.boilerplate_file = user;
    naba_pipeline *pl = naba_pipeline_open("clean", NABA_SOURCE_DIR, &o, &err);
    CHECK(pl != NULL);
    naba_doc_load(doc, "خبر حقيقي.\nسطر دعائي خاص!\n", strlen("خبر حقيقي.\nسطر دعائي خاص!\n"), NULL, NULL, NULL);
    CHECK_EQ_INT(naba_pipeline_run(pl, doc), NABA_OK);
    CHECK_EQ_STR(doc->text, "خبر حقيقي.");
    CHECK_EQ_STR(first(NABA_REPAIR_BOILERPLATE)->detail, "user-test");
    naba_pipeline_close(pl);
    f = fopen(user, "w");
    fputs("prefix broken\n", f);
    fclose(f);
    CHECK(naba_pipeline_open("clean", NABA_SOURCE_DIR, &o, &err) == NULL);
    CHECK(strstr(err.message, "naba_test_boilerplate.txt:1:") != NULL);
    remove(user);
}

int main(void) {
    naba_error err = {0};
    naba_options o;
    naba_options_init(&o);
    pats = naba_clean_open(NABA_SOURCE_DIR, &o, &err);
    if (!pats) { fprintf(stderr, "%s\n", err.message); return 1; }
    doc = naba_doc_new();
    test_bytes();
    test_refusals();
    test_punctuation();
    test_spaces();
    test_unicode();
    test_switches();
    test_boilerplate();
    test_duplicates();
    test_example();
    test_quotes();
    test_patterns();
    test_big();
    test_properties();
    naba_doc_free(doc);
    naba_clean_close(pats);
    return TEST_REPORT();
}
