/*
** test_segment.c — the segment stage: each token kind, number values, each
** sentence rule, the quote and truncation notes, and the layer invariants over
** the example article and (when ../shared is present) real news articles.
*/
#include "naba.h"
#include "segment.h"
#include "input.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>

static naba_doc *doc;

/* Segment text as if it were the clean text (the cleaner is not involved). */
static void seg(const char *text) {
    naba_options opt;
    naba_options_init(&opt);
    naba_doc_load(doc, text, strlen(text), NULL, NULL, NULL);
    doc->text = naba_arena_strndup(doc->arena, text, strlen(text));
    doc->text_len = strlen(text);
    CHECK_EQ_INT(naba_segment(doc, NULL, &opt), NABA_OK);
    char why[256];
    int bad = seg_check_layers(doc, opt.fold_flags, why, sizeof why);
    if (bad) fprintf(stderr, "invariant broken on \"%s\": %s\n", text, why);
    CHECK(!bad);
}

/* The index of the first token whose text is exactly t, or -1. */
static long find(const char *t) {
    for (size_t i = 0; i < doc->tokens.n; i++) {
        const naba_token *k = &doc->tokens.v[i];
        if (k->end - k->start == strlen(t) && memcmp(doc->text + k->start, t, strlen(t)) == 0)
            return (long)i;
    }
    return -1;
}

/* text holds token t of kind `kind`; return the token (NULL if absent). */
static const naba_token *expect(const char *text, const char *t, int kind) {
    seg(text);
    long i = find(t);
    if (i < 0) {
        fprintf(stderr, "no token \"%s\" in \"%s\"\n", t, text);
        CHECK(i >= 0);
        return NULL;
    }
    CHECK_EQ_INT(doc->tokens.v[i].kind, kind);
    return &doc->tokens.v[i];
}

static void expect_value(const char *text, const char *t, int kind, double v) {
    const naba_token *k = expect(text, t, kind);
    if (k && !(fabs(k->value - v) < 1e-9)) {
        fprintf(stderr, "\"%s\": value %g, expected %g\n", t, k->value, v);
        CHECK(0);
    }
}

static void test_numbers(void) {
    expect_value("تبادل 1000 سجين", "1000", NABA_TOK_NUMBER, 1000);
    expect_value("أكثر من 12,000 مدني", "12,000", NABA_TOK_NUMBER, 12000);
    expect_value("أكثر من 12.000 مدني", "12.000", NABA_TOK_NUMBER, 12000);
    expect_value("نحو 2.5 مليون", "2.5", NABA_TOK_NUMBER, 2.5);
    expect_value("نحو 2,5 مليون", "2,5", NABA_TOK_NUMBER, 2.5);
    expect_value("بلغ 1.000.000 دولار", "1.000.000", NABA_TOK_NUMBER, 1000000);
    expect_value("بلغ 1,234.5 دولار", "1,234.5", NABA_TOK_NUMBER, 1234.5);
    expect_value("بلغ 1.234,5 دولار", "1.234,5", NABA_TOK_NUMBER, 1234.5);
    expect_value("بلغ 0.500 لتر", "0.500", NABA_TOK_NUMBER, 0.5);
    expect_value("قتل ١٥ شخصا", "١٥", NABA_TOK_NUMBER, 15);
    expect_value("نمو ٢٫٥ في المئة", "٢٫٥", NABA_TOK_NUMBER, 2.5);
    expect_value("نحو ١٢٬٠٠٠ جندي", "١٢٬٠٠٠", NABA_TOK_NUMBER, 12000);
    expect_value("عام ۱۴۰۳", "۱۴۰۳", NABA_TOK_NUMBER, 1403);
    /* several separators that make no single quantity: one token, no value */
    const naba_token *ip = expect("العنوان 192.168.1.1 هنا", "192.168.1.1", NABA_TOK_NUMBER);
    CHECK(ip && isnan(ip->value));
    /* a period after a number ends the sentence, not the number */
    seg("في عام 2025. ثم");
    CHECK(find("2025") >= 0 && find(".") >= 0);
    CHECK_EQ_INT(doc->sents.n, 2);
    /* a range is two numbers and a hyphen */
    seg("بين 2020-2025");
    CHECK(find("2020") >= 0 && find("-") >= 0 && find("2025") >= 0);
    /* the Arabic comma between digits (session 23): thousands of three, or a
    ** decimal of one or two digits; one group of three is one number of no
    ** known value (2.308 dinars or 17,500 points); between years and in a
    ** list it stays a comma, also after the first two numbers */
    static const struct { const char *text, *token; double value; } commas[] = {
        {"بلغ 1،975،022 شركة", "1،975،022", 1975022},
        {"بنسبة ٦،٣ بالمائة", "٦،٣", 6.3},
        {"بلغ 1،45 مليون", "1،45", 1.45},
        {"نقل 11.700،000 مسافر", "11.700،000", 11700000},
    };
    for (size_t k = 0; k < sizeof commas / sizeof *commas; k++)
        expect_value(commas[k].text, commas[k].token, NABA_TOK_NUMBER, commas[k].value);
    const naba_token *amb = expect("بلغ 2،308 دينار", "2،308", NABA_TOK_NUMBER);
    CHECK(amb && isnan(amb->value));
    seg("في عامي 2014،2015 وحدهما");
    CHECK(find("2014") >= 0 && find("،") >= 0 && find("2015") >= 0);
    seg("النتائج 12،5،3 تباعا");
    CHECK(find("12") >= 0 && find("5") >= 0 && find("3") >= 0 && find("5،3") < 0);
}

static void test_number_forms(void) {
    expect_value("the 1st round", "1st", NABA_TOK_ORDINAL, 1);
    expect_value("the 16th summit", "16th", NABA_TOK_ORDINAL, 16);
    expect_value("a 30-day ceasefire", "30-day", NABA_TOK_NUMUNIT, 30);
    expect_value("a 50-year-old man", "50-year-old", NABA_TOK_NUMUNIT, 50);
    expect_value("مسافة 5km فقط", "5km", NABA_TOK_NUMUNIT, 5);
    expect_value("عام 2022م", "2022م", NABA_TOK_NUMUNIT, 2022);
    expect_value("نسبة 50% من", "50%", NABA_TOK_PERCENT, 50);
    expect_value("نسبة ٥٠٪ من", "٥٠٪", NABA_TOK_PERCENT, 50);
    expect_value("نسبة %50 من", "%50", NABA_TOK_PERCENT, 50);
    const naba_token *t = expect("في 16/05/2025 وقع", "16/05/2025", NABA_TOK_DATE);
    CHECK(t && isnan(t->value));
    expect("في 2025-05-16 وقع", "2025-05-16", NABA_TOK_DATE);
    expect("في ١٦/٠٥/٢٠٢٥ وقع", "١٦/٠٥/٢٠٢٥", NABA_TOK_DATE);
    expect("في 16.05.2025 وقع", "16.05.2025", NABA_TOK_DATE);
    expect("الساعة 10:30 صباحا", "10:30", NABA_TOK_TIME);
    expect("الساعة 10:30:15 صباحا", "10:30:15", NABA_TOK_TIME);
    /* 1/2 is no date: number, slash, number */
    seg("نصف 1/2 كوب");
    CHECK(find("1") >= 0 && find("/") >= 0 && find("2") >= 0);
}

static void test_web(void) {
    const naba_token *t = expect("اتبع تغطية AP في https://apnews.com/hub/russia-ukraine",
                                 "https://apnews.com/hub/russia-ukraine", NABA_TOK_URL);
    CHECK(t && t->script == NABA_SCRIPT_LATIN);
    expect("على www.x.com اليوم", "www.x.com", NABA_TOK_URL);
    expect("على apnews.com/hub اليوم", "apnews.com/hub", NABA_TOK_URL);
    expect("موقع news.un.org للأخبار", "news.un.org", NABA_TOK_URL);
    /* trailing punctuation and an unopened bracket are not part of the URL */
    seg("انظر (https://x.com/a_(b)).");
    CHECK(find("https://x.com/a_(b)") >= 0);
    seg("انظر https://x.com/a.");
    CHECK(find("https://x.com/a") >= 0 && find(".") >= 0);
    expect("راسلونا على info@example.com اليوم", "info@example.com", NABA_TOK_EMAIL);
    t = expect("وسم #أوكرانيا اليوم", "#أوكرانيا", NABA_TOK_HASHTAG);
    CHECK(t && t->script == NABA_SCRIPT_ARABIC);
    expect("كما أطلق عليها #عاصي_الحلاني، حيث", "#عاصي_الحلاني", NABA_TOK_HASHTAG);
    t = expect("#Trump_ترامب", "#Trump_ترامب", NABA_TOK_HASHTAG);
    CHECK(t && t->script == NABA_SCRIPT_MIXED);
    expect("كتب @user اليوم", "@user", NABA_TOK_MENTION);
    /* a period between two words is no domain */
    seg("the end.Then");
    CHECK(find("end") >= 0 && find("Then") >= 0);
}

static void test_words(void) {
    const naba_token *t = expect("الأوكرانية Heorhii Tykhii بعد", "Heorhii", NABA_TOK_WORD);
    CHECK(t && t->script == NABA_SCRIPT_LATIN);
    CHECK_EQ_STR(t ? t->key : NULL, "heorhii");
    expect("في قصر Dolmabahce لكنهما", "Dolmabahce", NABA_TOK_WORD);
    expect("على x من", "x", NABA_TOK_WORD);
    expect("الصورة (AP)", "AP", NABA_TOK_WORD);
    /* hyphens split */
    seg("لـ Trump-Putin ،");
    CHECK(find("Trump") >= 0 && find("-") >= 0 && find("Putin") >= 0);
    CHECK(find("Trump-Putin") < 0);
    /* a change of script splits: the clitic, then the name */
    seg("وZelenskyy لـTrump");
    long w = find("و"), z = find("Zelenskyy"), l = find("لـ"), tr = find("Trump");
    CHECK(w >= 0 && z == w + 1 && l >= 0 && tr == l + 1);
    if (w >= 0) CHECK_EQ_INT(doc->tokens.v[w].space_after, 0);
    if (w >= 0) CHECK_EQ_INT(doc->tokens.v[w].script, NABA_SCRIPT_ARABIC);
    /* an Arabic clitic on a number splits too */
    seg("ب20 صاروخا");
    CHECK(find("ب") >= 0 && find("20") >= 0);
    /* diacritics and tatweel stay in the word; the key drops them */
    t = expect("قال أَحْمَدُ", "أَحْمَدُ", NABA_TOK_WORD);
    CHECK_EQ_STR(t ? t->key : NULL, "احمد");
    t = expect("الرئيـــس", "الرئيـــس", NABA_TOK_WORD);
    CHECK_EQ_STR(t ? t->key : NULL, "الرييس");
    t = expect("قتل ١٥", "١٥", NABA_TOK_NUMBER);
    CHECK_EQ_STR(t ? t->key : NULL, "15");
    CHECK(t && t->script == NABA_SCRIPT_ARABIC);
    t = expect("قتل 15", "15", NABA_TOK_NUMBER);
    CHECK(t && t->script == NABA_SCRIPT_NONE);
    expect("the U.S. forces", "U.S.", NABA_TOK_WORD);
    expect("Conan O'Brien said", "O'Brien", NABA_TOK_WORD);
    t = expect("Путин сказал", "Путин", NABA_TOK_WORD);
    CHECK(t && t->script == NABA_SCRIPT_OTHER);
    /* zero-width non-joiner inside a word stays; a bidi mark separates */
    seg("می\xe2\x80\x8cخواهم");
    CHECK_EQ_INT(doc->tokens.n, 1);
    seg("كلمة\xe2\x80\x8fأخرى");
    CHECK_EQ_INT(doc->tokens.n, 2);
    /* an emoji with a skin tone is one symbol */
    t = expect("شكرا \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", NABA_TOK_SYMBOL);
    expect("السعر $ 5", "$", NABA_TOK_SYMBOL);
}

static void test_punct(void) {
    static const char *const marks[] = {"،", "؛", "؟", "«", "»", "“", "”", "(", ")", "–", "/", ":", "!"};
    seg("أ ، ب؛ ج؟ «د» “ه” (و) – ز/ح: ط!");
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        long k = find(marks[i]);
        if (k < 0) fprintf(stderr, "no punctuation token %s\n", marks[i]);
        CHECK(k >= 0 && doc->tokens.v[k].kind == NABA_TOK_PUNCT);
    }
    seg("وهكذا... انتهى");
    CHECK(find("...") >= 0);
    seg("___");
    CHECK_EQ_INT(doc->tokens.n, 1);
    /* space_after */
    seg("نعم، لا");
    CHECK_EQ_INT(doc->tokens.v[0].space_after, 0);
    CHECK_EQ_INT(doc->tokens.v[1].space_after, 1);
    CHECK_EQ_INT(doc->tokens.v[2].space_after, 0);
}

static size_t sentences(const char *text) {
    seg(text);
    return doc->sents.n;
}

/* Text of sentence i, for messages and checks. */
static int sentence_is(size_t i, const char *want) {
    if (i >= doc->sents.n) return 0;
    const naba_sentence *s = &doc->sents.v[i];
    int ok = strlen(want) == s->end - s->start && memcmp(doc->text + s->start, want, strlen(want)) == 0;
    if (!ok) fprintf(stderr, "sentence %zu is \"%.*s\", expected \"%s\"\n", i, (int)(s->end - s->start), doc->text + s->start, want);
    return ok;
}

/* A quotation of up to 256 tokens keeps its sentences together; a longer
** one, a mark left open in one text and closed by a stray mark far on (texts
** joined into one line), no longer does. */
static void test_long_quotation(void) {
    char text[4096];
    for (int repeats = 60; repeats <= 70; repeats += 10) {
        size_t n = (size_t)snprintf(text, sizeof text, "قال «");
        for (int r = 0; r < repeats; r++) n += (size_t)snprintf(text + n, sizeof text - n, "ذهب إلى هناك. ");
        snprintf(text + n, sizeof text - n, "وعاد» ثم غادر.");
        /* the quotation runs over 4 * repeats + 2 tokens, from « to » */
        CHECK_EQ_INT(sentences(text), repeats == 60 ? 1 : 71);
    }
    CHECK(sentence_is(70, "وعاد» ثم غادر."));
}

static void test_sentences(void) {
    CHECK_EQ_INT(sentences("قال. ذهب؟ جاء! نعم؛ لا… ثم"), 6);
    CHECK_EQ_INT(sentences("What? Yes."), 2);
    CHECK_EQ_INT(sentences("ذهب.. ثم عاد"), 2);
    /* no split inside numbers, after abbreviations, in URLs */
    CHECK_EQ_INT(sentences("بلغ 2.5 مليون. وقال"), 2);
    CHECK_EQ_INT(sentences("قال د. أحمد إن"), 1);
    CHECK_EQ_INT(sentences("قال م. سعيد إن"), 1);
    CHECK_EQ_INT(sentences("عام 300 ق.م. تقريبا"), 1);
    CHECK_EQ_INT(sentences("كتبه J. R. Tolkien وحده"), 1);
    CHECK_EQ_INT(sentences("said Mr. Smith today"), 1);
    CHECK_EQ_INT(sentences("the U.S. forces left"), 1);
    CHECK_EQ_INT(sentences("انظر apnews.com/hub. ثم"), 2);
    CHECK(sentence_is(0, "انظر apnews.com/hub."));
    CHECK_EQ_INT(sentences("راسل info@example.com اليوم"), 1);
    CHECK_EQ_INT(sentences("1. البند الأول"), 1);
    CHECK_EQ_INT(sentences("see e.g. this"), 1);
    /* initials as dotted letter names (session 29b); two short words with a
    ** period each then a long one still end sentences */
    CHECK_EQ_INT(sentences("قال مكتب إف. بي. آي إن المتهم فر"), 1);
    CHECK_EQ_INT(sentences("وقالت آي. إتش. إس ماركت إن"), 1);
    CHECK_EQ_INT(sentences("قال لا. لم. وانتهى الأمر"), 3);
    /* a quotation that continues after a period stays one sentence */
    CHECK_EQ_INT(sentences("قال إنه “من غير المقبول. لا وقف لإطلاق النار. وليس رد”. ثم غادر."), 2);
    CHECK(sentence_is(0, "قال إنه “من غير المقبول. لا وقف لإطلاق النار. وليس رد”."));
    /* a closing quote after the period belongs to the sentence */
    CHECK_EQ_INT(sentences("قال ميرز “فشلت الجهود الآن.” ثم غادر."), 2);
    CHECK(sentence_is(0, "قال ميرز “فشلت الجهود الآن.”"));
    CHECK_EQ_INT(sentences("قال \"انتهى الأمر.\" ثم غادر."), 2);
    CHECK(sentence_is(0, "قال \"انتهى الأمر.\""));
    /* a quote that never closes does not swallow the paragraph */
    CHECK_EQ_INT(sentences("قال “نعم. ثم غادر. وعاد."), 3);
    test_long_quotation();
    /* headlines and captions without final punctuation: one sentence */
    CHECK_EQ_INT(sentences("تسعى Zelenskyy إلى الحصول على الوحدة الأوروبية"), 1);
    CHECK_EQ_INT(doc->sents.v[0].flags, 0);
    /* paragraphs: every non-empty line */
    seg("أ\nب\n\nج\r\nد\n  \n");
    CHECK_EQ_INT(doc->paras.n, 4);
    seg(" \n\n\t");
    CHECK_EQ_INT(doc->paras.n, 0);
    CHECK_EQ_INT(doc->tokens.n, 0);
    seg("");
    CHECK_EQ_INT(doc->paras.n, 0);
}

static void test_notes(void) {
    seg("قال أوليه سينيهوبوف ، رئيس الإدارة العسكرية الإقليمية في خاركيف ..");
    CHECK_EQ_INT(doc->sents.n, 1);
    CHECK(doc->sents.v[0].flags & NABA_NOTE_TRUNCATED);
    CHECK(doc->paras.v[0].flags & NABA_NOTE_TRUNCATED);
    seg("كان الأمر طبيعيا ...");
    CHECK_EQ_INT(doc->paras.v[0].flags, 0);
    seg("وقال المتحدث ، مساعد الرئيس ،");
    CHECK(doc->paras.v[0].flags & NABA_NOTE_TRUNCATED);
    /* balanced by count though paired oddly: not flagged */
    seg("وقال: “لم نتلق” نعم “روسية حول هذه النقطة الأساسية”.");
    CHECK_EQ_INT(doc->paras.v[0].flags, 0);
    seg("قال «نعم» و«لا».");
    CHECK_EQ_INT(doc->paras.v[0].flags, 0);
    seg("قال “نعم وذهب.");
    CHECK(doc->paras.v[0].flags & NABA_NOTE_UNBALANCED_QUOTES);
    CHECK(doc->sents.v[0].flags & NABA_NOTE_UNBALANCED_QUOTES);
    seg("قال \"نعم\" و\"لا.");
    CHECK(doc->paras.v[0].flags & NABA_NOTE_UNBALANCED_QUOTES);
    seg("قال «نعم.");
    CHECK(doc->paras.v[0].flags & NABA_NOTE_UNBALANCED_QUOTES);
}

static void test_char_tables(void) {
    /* the Arabic table agrees with the predicates fold.c uses */
    int ok = 1;
    for (uint32_t c = 0x600; c < 0x700; c++) {
        int cl = seg_arabic_class[c - 0x600];
        if (is_arabic_letter(c) && cl != SC_AR_LETTER && !(c == 0x0640 && cl == SC_TATWEEL)) ok = 0;
        if (is_arabic_mark(c) && cl != SC_AR_MARK) ok = 0;
        if (digit_value(c) >= 0 && cl != SC_DIGIT) ok = 0;
        if (!ok) { fprintf(stderr, "class of U+%04X\n", c); break; }
    }
    CHECK(ok);
    for (uint32_t c = 0; c < 0x80; c++) {
        int cl = seg_ascii_class[c];
        if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') != (cl == SC_LATIN)) ok = 0;
        if ((c >= '0' && c <= '9') != (cl == SC_DIGIT)) ok = 0;
    }
    CHECK(ok);
    CHECK_EQ_INT(seg_class_of(0x201C), SC_PUNCT);
    CHECK_EQ_INT(seg_class_of(0x2028), SC_NEWLINE);
    CHECK_EQ_INT(seg_class_of(0x200C), SC_JOINER);
    CHECK_EQ_INT(seg_class_of(0xFEFB), SC_AR_LETTER);
    CHECK_EQ_INT(seg_class_of(0xE9), SC_LATIN);
}

/* Run the real pipeline stages over text and check the invariants. */
static int analyze_and_check(const char *text, size_t len, const char *what) {
    naba_options opt;
    naba_options_init(&opt);
    if (naba_doc_load(doc, text, len, NULL, NULL, NULL) != NABA_OK) return 0;
    if (naba_clean(doc, NULL, &opt) != NABA_OK) return 0; /* the cleaner may refuse input */
    if (naba_segment(doc, NULL, &opt) != NABA_OK) {
        fprintf(stderr, "%s: segment failed: %s\n", what, doc->error.message);
        return 1;
    }
    char why[256];
    if (seg_check_layers(doc, opt.fold_flags, why, sizeof why)) {
        fprintf(stderr, "%s: %s\n", what, why);
        return 1;
    }
    return 0;
}

static void test_example(void) {
    FILE *f = fopen("examples/istanbul-talks-2025-05-16.ar.txt", "rb");
    CHECK(f != NULL);
    if (!f) return;
    char *buf;
    size_t len;
    naba_error err;
    CHECK_EQ_INT(naba_read_all(f, "example", 1 << 24, &buf, &len, &err), NABA_OK);
    fclose(f);
    CHECK_EQ_INT(analyze_and_check(buf, len, "example"), 0);
    /* the truncated sentence is kept and flagged */
    int found = 0;
    for (size_t i = 0; i < doc->sents.n; i++) {
        const naba_sentence *s = &doc->sents.v[i];
        const char *want = "خاركيف ..";
        size_t n = strlen(want);
        if (s->end - s->start >= n && memcmp(doc->text + s->end - n, want, n) == 0) {
            found = 1;
            CHECK(s->flags & NABA_NOTE_TRUNCATED);
            CHECK(doc->paras.v[s->para].flags & NABA_NOTE_TRUNCATED);
        }
    }
    CHECK(found);
    long k = find("12000");
    CHECK(k >= 0 && doc->tokens.v[k].value == 12000);
    CHECK(find("https://apnews.com/hub/russia-ukraine") >= 0);
    free(buf);
}

/* The invariants over the first articles of each news corpus in ../shared. */
static void test_corpora(const char *data) {
    static const char *const files[] = {"ant_v2.1_multisource", "ant_v1.1_jawharafm",
                                        "saudinewsnet_ccbyncsa"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char cmd[1024];
        snprintf(cmd, sizeof cmd, "zcat '%s/news/%s.jsonl.gz' 2>/dev/null | head -n 200", data, files[i]);
        FILE *p = popen(cmd, "r");
        CHECK(p != NULL);
        if (!p) continue;
        naba_jsonl *r = naba_jsonl_open(p, 1 << 24);
        naba_record rec;
        naba_error err;
        int n = 0, bad = 0;
        while (naba_jsonl_next(r, &rec, &err)) {
            if (!rec.text) continue;
            n++;
            bad += analyze_and_check(rec.text, rec.text_len, rec.id ? rec.id : files[i]);
        }
        naba_jsonl_close(r);
        pclose(p);
        CHECK(n >= 100);
        CHECK_EQ_INT(bad, 0);
    }
}

/* One pipeline runs only its stages up to a named one (naba serve's until=). */
static void test_run_until(void) {
    naba_error err = {0};
    naba_options o;
    naba_options_init(&o);
    naba_pipeline *pl = naba_pipeline_open("segment", NABA_SOURCE_DIR, &o, &err);
    CHECK(pl != NULL);
    if (!pl) return;
    static const char text[] = "قال الوزير إن المحادثات كانت مثمرة.";
    naba_doc_load(doc, text, strlen(text), NULL, NULL, NULL);
    CHECK_EQ_INT(naba_pipeline_run_until(pl, doc, "clean"), NABA_OK);
    CHECK(doc->text_len > 0 && doc->tokens.n == 0);
    naba_doc_load(doc, text, strlen(text), NULL, NULL, NULL);
    CHECK_EQ_INT(naba_pipeline_run_until(pl, doc, "segment"), NABA_OK);
    CHECK(doc->tokens.n == 7);
    naba_doc_load(doc, text, strlen(text), NULL, NULL, NULL);
    CHECK_EQ_INT(naba_pipeline_run_until(pl, doc, "morph"), NABA_ERR_USAGE);
    CHECK(strstr(doc->error.message, "'morph' is not in this pipeline") != NULL);
    naba_pipeline_close(pl);
}

int main(void) {
    doc = naba_doc_new();
    test_run_until();
    test_char_tables();
    test_numbers();
    test_number_forms();
    test_web();
    test_words();
    test_punct();
    test_sentences();
    test_notes();
    test_example();
    const char *data = test_shared_data();
    if (data) test_corpora(data);
    else printf("../shared absent: corpus property tests skipped\n");
    naba_doc_free(doc);
    return TEST_REPORT();
}
