/*
** test_quotes.c — quote marks as MT writes them, cues, speakers and media, and
** the quotes of the example article listed in issue 5, read from real output.
*/
#include "qcd_test.h"

/* The quote whose text contains `inside`, or NULL. */
static const naba_quote *find(const naba_doc *d, const char *inside) {
    for (size_t i = 0; i < d->quotes.n; i++)
        if (qcd_has(d, d->quotes.v[i].start, d->quotes.v[i].end, inside)) return &d->quotes.v[i];
    return NULL;
}

static int speaker_is(const naba_doc *d, const naba_quote *q, const char *s) {
    return q && qcd_is(d, q->speaker_start, q->speaker_end, s);
}

static void test_small(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    CHECK(qcd_run(p, d, "وقال وزير الخارجية إن المحادثات كانت مثمرة.", NULL));
    const naba_quote *q = find(d, "المحادثات كانت مثمرة");
    CHECK(q && q->kind == NABA_QUOTE_INDIRECT && q->cue && !strcmp(q->cue, "قال"));
    CHECK(speaker_is(d, q, "وزير الخارجية"));
    CHECK(qcd_run(p, d, "«لن نتراجع عن موقفنا أبدا» ، قالت الوزيرة.", NULL));
    q = find(d, "لن نتراجع");
    CHECK(q && q->kind == NABA_QUOTE_DIRECT && (q->flags & NABA_QUOTE_AFTER) && speaker_is(d, q, "الوزيرة"));
    CHECK(qcd_run(p, d, "وأضاف الرئيس: \"سنواصل العمل حتى النهاية\". ثم غادر.", NULL));
    q = find(d, "سنواصل العمل");
    CHECK(q && q->kind == NABA_QUOTE_DIRECT && speaker_is(d, q, "الرئيس"));
    CHECK(qcd_run(p, d, "شاهد الجمهور برنامج \"ذا فويس\" على قناة \"MBC مصر\" أمس.", NULL));
    CHECK_EQ_INT(d->quotes.n, 0);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

static void test_example(void) {
    char *text = qcd_example();
    naba_pipeline *p = qcd_pipe("quotes");
    naba_doc *d = naba_doc_new();
    CHECK(text && p && qcd_run(p, d, text, "2025-05-16"));
    /* the MT-broken quote is one quote, with its speaker */
    const naba_quote *q = find(d, "لم نتلق");
    CHECK(q && qcd_has(d, q->start, q->end, "روسية حول هذه النقطة الأساسية"));
    CHECK(speaker_is(d, q, "المتحدث باسم وزارة الخارجية الأوكرانية Heorhii Tykhii"));
    q = find(d, "بالرضا عن النتيجة");
    CHECK(q && q->kind == NABA_QUOTE_MIXED && speaker_is(d, q, "رئيس الوفد الروسي فلاديمير ميدينسكي"));
    q = find(d, "عقوبات صعبة");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "زيلنسكي") && (q->flags & NABA_QUOTE_IMPLICIT));
    CHECK(q && qcd_is(d, q->medium_start, q->medium_end, "في منشور على x"));
    q = find(d, "مطالب جديدة غير مقبولة");
    CHECK(q && q->speaker_desc && !strcmp(q->speaker_desc, "مسؤول أوكراني كبير"));
    q = find(d, "الاقتراح لم تتم مناقشته");
    CHECK(q && q->speaker_desc && !strcmp(q->speaker_desc, "مسؤول أوكراني كبير"));
    q = find(d, "بمجرد أن نتمكن من إعداده");
    CHECK(speaker_is(d, q, "ترامب"));
    q = find(d, "لكننا لن نستسلم");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "ميرز") && (q->flags & NABA_QUOTE_AFTER));
    q = find(d, "يجب الحفاظ على الضغط على روسيا");
    CHECK(speaker_is(d, q, "زيلنسكي") && qcd_is(d, q->medium_start, q->medium_end, "في X"));
    q = find(d, "غير مقبول بوضوح");
    CHECK(speaker_is(d, q, "ستارمر"));
    q = find(d, "هذا شيء يعبر عنه الروس");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "Tykhii"));
    naba_doc_free(d);
    naba_pipeline_close(p);
    free(text);
}

int main(void) {
    test_small();
    test_example();
    return TEST_REPORT();
}
