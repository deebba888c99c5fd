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

enum { EXACT, WITHIN, NOBODY }; /* the speaker span is exactly / contains the text; there is none */

/* Runs text and checks that the quote containing `inside` has the speaker
** `speaker`; names the text when it does not. */
static void said_by(naba_pipeline *p, naba_doc *d, const char *text, const char *inside,
                    const char *speaker, int how) {
    CHECK(qcd_run(p, d, text, NULL));
    const naba_quote *q = find(d, inside);
    int ok = how == EXACT    ? speaker_is(d, q, speaker)
             : how == NOBODY ? q && q->speaker_end == q->speaker_start
                             : q && qcd_has(d, q->speaker_start, q->speaker_end, speaker);
    if (!ok) fprintf(stderr, "speaker of \"%s\" is not %s\n", text, speaker);
    CHECK(ok);
}

/* text gives no quote at all */
static void no_quote(naba_pipeline *p, naba_doc *d, const char *text) {
    CHECK(qcd_run(p, d, text, NULL));
    if (d->quotes.n) fprintf(stderr, "a quote in \"%s\"\n", text);
    CHECK(d->quotes.n == 0);
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

/* Rules added from the dev set's tune part (eval/dev, GUIDELINES.md). */
static void test_tune_rules(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    /* a name in apposition after the title */
    said_by(p, d, "أكد رئيس الهيئة الوطنية، شوقي الطبيب أن الهيئة تعاني من قلة الموارد.",
            "الهيئة تعاني", "شوقي الطبيب", WITHIN);
    /* a quoted name is part of the speaker */
    said_by(p, d, "ذكرت صحيفة \"واشنطن بوست\" أن مجموعة من المسؤولين دخلت البلاد.",
            "مجموعة من المسؤولين", "واشنطن بوست", WITHIN);
    CHECK_EQ_INT(d->quotes.n, 1);
    /* نقل عن X: X is the speaker */
    said_by(p, d, "ونقلت الصحيفة عن الزوجة قولها إن الخلافات بدأت مبكرا.",
            "الخلافات بدأت", "الزوجة", EXACT);
    /* a subject before the verb after كان, and after إلا أن */
    said_by(p, d, "وكان مصدر أمني أميركي قال أن المحققين يرجحون الإرهاب.",
            "المحققين يرجحون", "مصدر أمني أميركي", EXACT);
    said_by(p, d, "ستتعقد المحادثات إلا أن المتحدث باسم الرئيس الأفغاني أشرف غني قال إن المحادثات ستمضي.",
            "المحادثات ستمضي", "أشرف غني", WITHIN);
    /* وفقا لما ذكرته X: the speaker follows the verb */
    said_by(p, d, "قتل ثلاثة مقاتلين في القصف الأخير، وفقا لما ذكرته المتحدثة باسم الوحدات.",
            "قتل ثلاثة مقاتلين", "المتحدثة باسم الوحدات", WITHIN);
    /* جاء في X أن; a relative ما; the writer's يذكر أن */
    said_by(p, d, "وجاء في التقرير أن التحقيقات فشلت في إنصاف الضحايا.",
            "التحقيقات فشلت", "التقرير", EXACT);
    CHECK(qcd_run(p, d, "وقال المصدر إنه لا يوجد ما يدعو للاعتقاد بأن الحادث عارض.", NULL));
    CHECK(d->quotes.n == 1 && speaker_is(d, &d->quotes.v[0], "المصدر"));
    CHECK(qcd_run(p, d, "ويذكر أن ماكرون يقوم بزيارة رسمية إلى أمريكا.", NULL));
    CHECK_EQ_INT(d->quotes.n, 0);
    /* a verb with no content passes its subject to the participle after it */
    said_by(p, d, "وأضاف ترامب قائلا: \"إنهم يقومون باختبار صواريخ\".",
            "يقومون باختبار", "ترامب", WITHIN);
    /* a verbal noun after a preposition speaks for the clause's subject */
    said_by(p, d, "افتتح وزير الخارجية التركي هاكان فيدان المحادثات من خلال حث المشاركين على اغتنام الفرصة.",
            "اغتنام الفرصة", "هاكان فيدان", WITHIN);
    /* a pronoun audience is not the speaker */
    CHECK(qcd_run(p, d, "وقال لي بأن كل الأزواج غير سعداء.", NULL));
    q = find(d, "كل الأزواج");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "لي"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Speaker rules of round 3 (read from the tune part, eval/dev). */
static void test_speakers(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    /* a person's name between commas after the title, before a time word */
    said_by(p, d, "قالت المستشارة الألمانية، أنغيلا ميركل، الأربعاء، إن الوضع غير مقبول.",
            "الوضع غير مقبول", "أنغيلا ميركل", WITHIN);
    /* a hashtag name */
    said_by(p, d, "أكد زعيم المعارضة #أليكسي_نافالني إنه اعتقل صباحا.",
            "اعتقل صباحا", "نافالني", WITHIN);
    /* a resumptive pronoun: the subject after it, else the sentence's subject */
    said_by(p, d, "أرسلت واشنطن طائرات في الوقت الذي ذكرت فيه مصادر أن البنتاغون يراجع خطته.",
            "البنتاغون يراجع", "مصادر", EXACT);
    CHECK(qcd_run(p, d, "وتعرضت الوزيرة لانتقادات بعد تصريحات قالت فيها إن الصيام خطر.", NULL));
    q = find(d, "الصيام خطر");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "الوزيرة") &&
          !qcd_has(d, q->speaker_start, q->speaker_end, "فيها"));
    /* a relative pronoun that agrees with the verb: the phrase before it */
    said_by(p, d, "وشاركت المقاتلة في التدريبات وفق نسرين التي أوضحت \"لقد أصرت على الذهاب إلى الجبهة\".",
            "أصرت على الذهاب", "نسرين", WITHIN);
    /* "لكنه أوضح": the previous speaker, not words of the quote before */
    said_by(p, d, "وقال المعارض أليكسي نافالني إنه اعتقل. وقال إن الشرطة أخلت سبيله لكنه أوضح أن الشرطة بدأت إجراءات ضده.",
            "بدأت إجراءات", "نافالني", WITHIN);
    /* a relayed report keeps the outer speaker, for the next implicit cue too */
    said_by(p, d, "وقالت الزوجة إن تقارير أشارت إلى أن زوجها سيحاكم. وأضافت أن زوجها بريء.",
            "زوجها سيحاكم", "الزوجة", WITHIN);
    q = find(d, "زوجها بريء");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "الزوجة"));
    /* the passive: a quote with nobody named */
    said_by(p, d, "وقيل إن الطالب أجرى مقابلات مع مصادر حكومية.", "الطالب أجرى", "nobody", NOBODY);
    /* "المتحدث" stands for the speaker named before */
    said_by(p, d, "قال الطبيب جاد الهنشيري إن الوضع خطير. واعتبر المتحدث أن الحل في القانون.",
            "الحل في القانون", "الهنشيري", WITHIN);
    /* على لسان X / "QUOTED NAME" عن X: X speaks; a participle goes on for X */
    said_by(p, d, "ونقلت الوكالة على لسان المصدر قوله: \"العمليات جاءت ردا على الهجوم\"، محملا النظام \"مسؤولية التصعيد\".",
            "العمليات جاءت", "المصدر", EXACT);
    q = find(d, "مسؤولية التصعيد");
    CHECK(speaker_is(d, q, "المصدر"));
    said_by(p, d, "ونقلت \"فرانس برس\" عن الشرطة أن الاصطدام وقع ظهرا.",
            "الاصطدام وقع", "الشرطة", EXACT);
    /* a relay over an aside */
    said_by(p, d, "ونقلت وسائل الإعلام، مساء الخميس، عن مصادر قضائية، أن الرئيس ممنوع من السفر.",
            "ممنوع من السفر", "مصادر قضائية", EXACT);
    /* the author of a post named before a verb with no subject */
    said_by(p, d, "جاء ذلك في تغريدة للنائب على صفحته، حيث قال: \"يجب أن يكون الرد حاسما\".",
            "الرد حاسما", "للنائب", WITHIN);
    /* "..., كما أعلنت X": X, not the subject of the sentence */
    said_by(p, d, "وافقت الحكومة على صفقة بقيمة 300 مليون دولار، كما أعلنت وزارة الدفاع.",
            "وافقت الحكومة", "وزارة الدفاع", WITHIN);
    /* a pledge; a short quoted name before the complementizer is not the quote */
    said_by(p, d, "وتعهد الرئيس أمام أنصاره بتوحيد البلاد بعد الحملة.",
            "توحيد البلاد", "الرئيس", EXACT);
    CHECK(qcd_run(p, d, "وأضاف في تصريحات على هامش افتتاحه لصالون \"سيات\"، إن الصناديق ستخصص للفلاحة.", NULL));
    q = find(d, "الصناديق ستخصص");
    CHECK(q != NULL && find(d, "سيات") == NULL);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Where a speaker phrase starts and ends (review of session 16 on news). */
static void test_speaker_bounds(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    /* the subject of كان that opens the sentence speaks through قد + verb */
    said_by(p, d, "وكان وزير الداخلية الفرنسي، جيرار كولومب، الجمعة، قد أعلن أنه تم إفشال محاولة اعتداء.",
            "إفشال محاولة", "جيرار كولومب", WITHIN);
    /* "وقال بموقعه": a prepositional phrase is no speaker; the subject before goes on */
    said_by(p, d, "أعلن النادي أن اللاعب سيخضع للفحص. ونشر النادي صورة للاعب، وقال بموقعه على الإنترنت إن اللاعب وصل إلى المطار.",
            "وصل إلى المطار", "النادي", WITHIN);
    q = find(d, "وصل إلى المطار");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "بموقعه"));
    /* a title with لل before the person's name is one speaker */
    said_by(p, d, "وقال المدير التنفيذي للشركة ساندر بيتشاي إن التقنية ستدشن قريبا.",
            "التقنية ستدشن", "المدير التنفيذي للشركة ساندر بيتشاي", EXACT);
    /* وفقا لـ X: the preposition is no part of X */
    CHECK(qcd_run(p, d, "لم يتسلم الرجل الطرد في المحاولة الأولى، وفقا لديليب كومار، المدير المحلي لشركة الشحن.", NULL));
    q = find(d, "يتسلم الرجل");
    CHECK(q && q->speaker_end > q->speaker_start && !strncmp(d->text + q->speaker_start, "ديليب كومار", strlen("ديليب كومار")));
    /* a verb opening the clause before the cue is no part of the subject */
    said_by(p, d, "واعتقلت الشرطة الأربعاء رجلا من أصل مغربي قالت إنه كان يخطط لهجوم بشاحنة.",
            "يخطط لهجوم", "الشرطة", WITHIN);
    q = find(d, "يخطط لهجوم");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "اعتقلت"));
    /* a verb with no subject opening its sentence goes on for the person
    ** who opens the sentence before, not for the last speaker */
    said_by(p, d, "وقال أردوغان إن بلاده تتعرض لمؤامرة. وكان الرئيس الأمريكي دونالد ترامب، أعلن الجمعة، مضاعفة "
                  "الرسوم على الفولاذ. وقال في تغريدة \"علاقاتنا مع تركيا ليست جيدة في الوقت الحالي\".",
            "علاقاتنا مع تركيا", "ترامب", WITHIN);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Things that say (a report, a statement) and words that cannot be a
** speaker (a preposition with a pronoun, an adverbial accusative). */
static void test_speaker_things(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    /* a document as the speaker is typed with its kind */
    CHECK(qcd_run(p, d, "وذكر تقرير حديث أن أسعار النفط سترتفع خلال العام المقبل.", NULL));
    q = find(d, "أسعار النفط سترتفع");
    CHECK(q && q->speaker_doc && !strcmp(q->speaker_doc, "report"));
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "تقرير"));
    /* the organization that issued it, when the phrase names it, is the speaker */
    said_by(p, d, "وقال بيان أصدرته وزارة الخارجية إن السفير سيعود إلى بلاده الأسبوع المقبل.",
            "السفير سيعود", "وزارة الخارجية", EXACT);
    q = find(d, "السفير سيعود");
    CHECK(q && q->speaker_doc && !strcmp(q->speaker_doc, "statement"));
    /* an adverbial accusative before the verb is no subject */
    CHECK(qcd_run(p, d, "وقال الوزير إن الطريق مغلق. وأصدرت الإدارة تنبيهاً يشير إلى أن الأمطار ستستمر حتى المساء.", NULL));
    q = find(d, "الأمطار ستستمر");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "تنبيه"));
    /* a preposition with a pronoun after the cue is its complement; the subject follows */
    said_by(p, d, "ونشرت الفنانة صورة جديدة. وعلق عليها الناقد محمد سالم قائلا: \"هذه أجمل صورة رأيتها هذا العام\".",
            "أجمل صورة", "محمد سالم", WITHIN);
    q = find(d, "أجمل صورة");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "عليها"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 17: a participle of speech whose sentence opens with no verb and
** subject speaks for the first person named in the sentence; participles
** read on news (معربا عن, مبينا) are cues, and a cue is no speaker. */
static void test_participle_speakers(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "تلك القصة التي روتها هيفاء وهبي عبر حسابها، مشيرة إلى أنها كانت في طريقها إلى حفل غنائي.",
            "في طريقها", "هيفاء وهبي", WITHIN);
    said_by(p, d, "وبعد خروجه من المستشفى تحدث المطرب محمد منير للصحفيين، مبينا أن حالته الصحية تحسنت كثيرا.",
            "حالته الصحية", "محمد منير", WITHIN);
    /* the person in subject position (after a verb), not the first named */
    said_by(p, d, "وبعد المؤتمر طلب منه دونالد ترامب أن ينتظر، ليرد عليه إيمانويل ماكرون قائلا إن الاتفاق ما زال ممكنا.",
            "الاتفاق ما زال", "إيمانويل ماكرون", EXACT);
    CHECK(qcd_run(p, d, "ونشر المخرج مجدي الهواري صورة جديدة، وعلق عليها معربا عن أمله أن ينتهي الخلاف قريبا.", NULL));
    q = find(d, "ينتهي الخلاف");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "معربا"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 17: a document phrase ends where its clause goes on — at a verb,
** at the object after a definite noun, after the issuer's name — and a
** statement "صادر عن" its issuer keeps both. */
static void test_document_bounds(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وأظهرت دراسة نشرت أمس أن أسعار المساكن ارتفعت كثيرا.", "أسعار المساكن", "دراسة", EXACT);
    said_by(p, d, "وأظهرت الدراسة تراجعا كبيرا في الإنتاجية، مشيرة إلى أن الأجور انخفضت.", "الأجور انخفضت",
            "الدراسة", EXACT);
    said_by(p, d, "وأظهر استطلاع أجرته وكالة رويترز شمل 500 اقتصادي أن النمو سيتباطأ هذا العام.", "النمو سيتباطأ",
            "وكالة رويترز", EXACT);
    said_by(p, d, "وقال بيان صادر عن وزارة الخارجية إن السفير سيعود إلى بلاده.", "السفير سيعود",
            "بيان صادر عن وزارة الخارجية", EXACT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 17 (quotes17c): a subjectless "وأضاف" after a speaker named by a
** feminine verb is someone else (a verb inside the sentence, "وكانت تؤكد",
** keeps the one reporting); a person "إلى جوار" the subject is not the
** speaker, nor are the names joined to them. */
static void test_carried_speakers(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "وأكدت الوزيرة سارة أحمد أن المفاوضات ستستمر الأسبوع المقبل.\n"
                  "وأضاف أن الجانبين اتفقا على لقاء جديد في القاهرة.\n",
            "الجانبين اتفقا", "nobody", NOBODY);
    said_by(p, d, "وقال المدير محمد علي إن المصنع سيفتح أبوابه قريبا.\nوأضاف أن العمال سيعودون إلى عملهم.\n",
            "العمال سيعودون", "المدير محمد", WITHIN);
    said_by(p, d, "وأكدت الوزيرة سارة أحمد أن المفاوضات ستستمر.\nوأضافت أن الجانبين اتفقا على لقاء جديد.\n",
            "الجانبين اتفقا", "سارة أحمد", WITHIN);
    said_by(p, d, "وقال مدير الغرفة محمد علي إن الاحتفال سيقام غدا.\nوأوضح أن الفنانة اكتسبت مكانة خاصة داخل "
                  "الغرفة، وكانت تؤكد دوما أن الغرفة هي بيتها الثاني.\n",
            "بيتها الثاني", "مدير الغرفة", WITHIN);
    CHECK(qcd_run(p, d, "ونشر الفنان عمرو دياب صورة جديدة على حسابه.\nوالتي ظهر فيها إلى جوار حميد الشاعري "
                        "وعمرو مصطفى والشاعر تامر حسين، وعلق عليها قائلا \"التعاون الأول بعد طول غياب مع "
                        "الأصدقاء\".\n", NULL));
    q = find(d, "التعاون الأول");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "حميد") &&
          !qcd_has(d, q->speaker_start, q->speaker_end, "مصطفى") &&
          !qcd_has(d, q->speaker_start, q->speaker_end, "تامر"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 17, round 3: a subject after what stands between it and its verb
** (a date, an audience, a medium), a quoted name before the content, a
** counted group: the speaker is theirs, not the previous one. */
static void test_late_subjects(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    const char *before = "وقال وزير الخارجية أحمد سالم إن الوفد وصل إلى القاهرة صباح اليوم.\n";
    char text[1024];
    snprintf(text, sizeof text, "%sفيما قال اليوم الأربعاء متحدث باسم الجيش إن القوات انسحبت من المدينة.\n", before);
    said_by(p, d, text, "القوات انسحبت", "متحدث باسم الجيش", WITHIN);
    snprintf(text, sizeof text, "%sوقال لـ\"الشرق الأوسط\" مسؤول في الوزارة إن المفاوضات ستستأنف قريبا.\n", before);
    said_by(p, d, text, "المفاوضات ستستأنف", "مسؤول", WITHIN);
    snprintf(text, sizeof text, "%sوذكرت \"بلومبيرغ\" في تقرير أن الشركة ستطرح أسهمها في البورصة.\n", before);
    said_by(p, d, text, "الشركة ستطرح", "بلومبيرغ", WITHIN);
    snprintf(text, sizeof text, "%sوطالب 14 خبيرا في الأمم المتحدة بوقف الحرب فورا.\n", before);
    said_by(p, d, text, "بوقف الحرب", "خبيرا", WITHIN);
    /* after a pronoun audience the subject follows; the name of a medium is none */
    snprintf(text, sizeof text, "%sفعندما وصل اللاعب إلى النادي قال له خالد يوسف إن مكانه محجوز.\n", before);
    said_by(p, d, text, "مكانه محجوز", "خالد يوسف", WITHIN);
    snprintf(text, sizeof text, "%sوأشار خلال مؤتمر \"يوروموني السعودية\"، إلى أن الهيئة تعمل على منصة جديدة.\n", before);
    CHECK(qcd_run(p, d, text, NULL));
    for (size_t i = 0; i < d->quotes.n; i++)
        CHECK(!qcd_has(d, d->quotes.v[i].speaker_start, d->quotes.v[i].speaker_end, "يوروموني"));
    /* a date then the content: no subject after the verb, the previous speaker goes on */
    snprintf(text, sizeof text, "%sوأضاف أمس أن الجانبين اتفقا على لقاء جديد.\n", before);
    said_by(p, d, text, "الجانبين اتفقا", "أحمد سالم", WITHIN);
    /* a short quotation that is speech is no speaker */
    snprintf(text, sizeof text, "%sوأكد \"نحن مستعدون\"، مضيفا أن الحوار هو الحل الوحيد.\n", before);
    CHECK(qcd_run(p, d, text, NULL));
    q = find(d, "الحوار هو الحل");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "مستعدون"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* ل + a news medium of the knowledge base (رويترز: actor code ...MED) is the
** audience after a speech verb, the author after a document, the source after
** "according to". */
static void test_news_medium_audience(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وقال مسؤول لرويترز إن الوكالة قد تتحرك مجددا.", "الوكالة قد تتحرك", "مسؤول", EXACT);
    said_by(p, d, "لكن فرانك جيل كبير محلليها للتصنيفات السيادية قال لرويترز إن الوكالة قد تتحرك مجددا.",
            "الوكالة قد تتحرك", "فرانك جيل", WITHIN);
    said_by(p, d, "وأفاد تقرير لرويترز بأن الشركة ستغلق مصنعها.", "ستغلق مصنعها", "تقرير لرويترز", EXACT);
    said_by(p, d, "قتل خمسة أشخاص في الهجوم، وفقا لرويترز.", "قتل خمسة أشخاص", "رويترز", EXACT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* After "according to" a medium, a body or an unnamed source glued to لل or
** to a listed medium word (لوكالة) is the source; a law or a plan is none.
** A correspondent of a medium keeps it in the speaker phrase. */
static void test_according_to_speaker(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وارتفعت الأسعار بنسبة عشرة في المئة، وفقا لوكالة رويترز.", "وارتفعت الأسعار",
            "وكالة رويترز", EXACT);
    said_by(p, d, "وارتفعت الأسعار بنسبة عشرة في المئة، وفقا للصحيفة.", "وارتفعت الأسعار", "للصحيفة", EXACT);
    said_by(p, d, "وارتفعت الأسعار بنسبة عشرة في المئة، وفقا لصحيفة \"وول ستريت جورنال\".", "وارتفعت الأسعار",
            "صحيفة \"وول ستريت جورنال\"", EXACT);
    said_by(p, d, "فوفقا للإدارة المركزية للإحصاء، يعمل في السوق نحو 242 ألف عامل أجنبي.", "يعمل في السوق",
            "للإدارة المركزية للإحصاء", EXACT);
    no_quote(p, d, "ويحق للمواطنين التصويت في الانتخابات، وفقا للقانون.");
    no_quote(p, d, "وستنفذ المرحلة الثانية في الشهر المقبل، وفقا للخطة.");
    no_quote(p, d, "وارتفعت الأسعار بنسبة عشرة في المئة، وفقا للإحصاءات.");
    /* a credit closed by a full stop does not take the sentence after it */
    CHECK(qcd_run(p, d, "وتوفي الكاتب في بداية عام 2011. وفقا لوكالة رويترز. وللكاتب الراحل 12 مجموعة قصصية منها عقدة النساء.",
                  NULL));
    CHECK(find(d, "مجموعة قصصية") == NULL);
    said_by(p, d, "وقال مراسل لرويترز إن القصف استمر طوال الليل.", "القصف استمر", "مراسل لرويترز", EXACT);
    said_by(p, d, "وقال مسؤول لرويترز إن القصف استمر طوال الليل.", "القصف استمر", "مسؤول", EXACT);
    /* an article that ends on "according to" (a read past the units crashed) */
    no_quote(p, d, "وتحدث الرئيس مع وزير الخارجية، وفقا");
    no_quote(p, d, "وتحدث الرئيس مع وزير الخارجية، وفقا لما");
    /* "in accordance with" a law or a plan, without لل too (session 19) */
    no_quote(p, d, "وستكون العقوبة السجن عشر سنوات، وفقا لقانون العقوبات المعمول به.");
    no_quote(p, d, "وفقا لخطة الحكومة سيتم بناء ألف مدرسة جديدة في العام المقبل.");
    /* a stop word after ف opens the claim, not the source's phrase */
    said_by(p, d, "وفقا للمصادر العسكرية فقد تقدمت القوات نحو المدينة بعد معارك عنيفة.", "تقدمت القوات",
            "للمصادر العسكرية", EXACT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* The quote flagged nested (or not) whose text contains `inside`, or NULL. */
static const naba_quote *find_nested(const naba_doc *d, const char *inside, int nested) {
    for (size_t i = 0; i < d->quotes.n; i++) {
        const naba_quote *q = &d->quotes.v[i];
        if (!(q->flags & NABA_QUOTE_NESTED) == !nested && qcd_has(d, q->start, q->end, inside)) return q;
    }
    return NULL;
}

/* The relay of the quote holding `inside` is exactly `via` (NULL: none). */
static int relayed_by(const naba_doc *d, const char *inside, int nested, const char *via) {
    const naba_quote *q = find_nested(d, inside, nested);
    if (!q) return 0;
    return via ? qcd_is(d, q->via_start, q->via_end, via) : q->via_end == q->via_start;
}

/* The (top-level) quote holding `inside` has a speaker holding `who`. */
static int q_speaker_has(const naba_doc *d, const char *inside, const char *who) {
    const naba_quote *q = find_nested(d, inside, 0);
    return q && qcd_has(d, q->speaker_start, q->speaker_end, who);
}

/* Nested reported speech: the inner speaker gets the words, relayed by the
** outer one, who keeps the whole content; "نقلت X عن Y", "نقلا عن Y": Y
** speaks through X (session 20). */
static void test_nested_and_relayed(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    CHECK(qcd_run(p, d, "وقالت الصحيفة إن الملك قال إن المملكة لن تتراجع عن قرارها. وأضافت أن الحكومة ستعلن موقفها غدا.",
                  NULL));
    const naba_quote *q = find_nested(d, "الملك قال إن المملكة لن تتراجع", 0);
    CHECK(speaker_is(d, q, "الصحيفة") && relayed_by(d, "الملك قال", 0, NULL));
    q = find_nested(d, "المملكة لن تتراجع", 1);
    CHECK(q && !qcd_has(d, q->start, q->end, "الملك") && q->cue && !strcmp(q->cue, "قال"));
    CHECK(speaker_is(d, q, "الملك") && relayed_by(d, "المملكة لن تتراجع", 1, "الصحيفة"));
    /* the next implicit verb goes on for the paper, not the king */
    q = find(d, "الحكومة ستعلن");
    CHECK(speaker_is(d, q, "الصحيفة") && !(q->flags & NABA_QUOTE_NESTED));
    /* a longer inner subject: the outer content is not cut before it */
    CHECK(qcd_run(p, d, "وذكرت الوكالة أن وزير الخارجية الأمريكي مايك بومبيو أكد أن الاتفاق بات قريبا.", NULL));
    CHECK(speaker_is(d, find_nested(d, "بومبيو أكد أن الاتفاق", 0), "الوكالة"));
    q = find_nested(d, "الاتفاق بات قريبا", 1);
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "بومبيو") && relayed_by(d, "الاتفاق بات", 1, "الوكالة"));
    /* a request inside reported speech */
    CHECK(qcd_run(p, d, "وقال النائب إن الحركة تدعو إلى التضامن العربي وفض الخلافات عبر الحوار.", NULL));
    CHECK(speaker_is(d, find_nested(d, "إلى التضامن العربي", 1), "الحركة"));
    /* no inner speaker: prices that confirm, a verb that is no speech
    ** inside a clause (تابعت: followed up; نقل: was moved) */
    CHECK(qcd_run(p, d, "وقال وزير المالية إن الأسعار تؤكد أن الاقتصاد بدأ يتعافى.", NULL));
    CHECK(find_nested(d, "الاقتصاد بدأ", 1) == NULL && find_nested(d, "الاقتصاد بدأ", 0));
    CHECK(qcd_run(p, d, "وقالت الوزارة إن السفارة تابعت على الفور الحادث وأن التحقيقات ما زالت مستمرة.", NULL));
    CHECK(find_nested(d, "التحقيقات", 1) == NULL);
    CHECK(qcd_run(p, d, "وذكر المتحدث أن الرئيس الأسبق نقل إلى المستشفى بعد أن أصيب بالإرهاق.", NULL));
    CHECK(find_nested(d, "أصيب بالإرهاق", 1) == NULL);
    /* a relay: the source speaks, the medium relays */
    CHECK(qcd_run(p, d, "ونقلت صحيفة الشرق الأوسط عن وزير الخارجية قوله إن بلاده ترفض أي تدخل.", NULL));
    CHECK(speaker_is(d, find(d, "بلاده ترفض"), "وزير الخارجية") &&
          relayed_by(d, "بلاده ترفض", 0, "صحيفة الشرق الأوسط"));
    CHECK(qcd_run(p, d, "وذكرت وكالة رويترز نقلا عن مصادر مطلعة أن المفاوضات توقفت مساء أمس.", NULL));
    CHECK(speaker_is(d, find(d, "المفاوضات توقفت"), "مصادر مطلعة") &&
          relayed_by(d, "المفاوضات توقفت", 0, "وكالة رويترز"));
    CHECK(qcd_run(p, d, "وقالت الصحيفة، الأربعاء، نقلا عن مسؤولين أمنيين، إن المشتبه به اعتقل في العاصمة.", NULL));
    CHECK(speaker_is(d, find(d, "المشتبه به اعتقل"), "مسؤولين أمنيين") &&
          relayed_by(d, "المشتبه به اعتقل", 0, "الصحيفة"));
    /* "أما X فقال": the topic after أما speaks, not the phrase after the
    ** verb nor the previous speaker; a topic that names nobody does not */
    CHECK(qcd_run(p, d, "وقال الوزير إن الاقتصاد ينمو. أما مدير البرنامج الدكتور وليام هالينجر فأكد أن البرنامج يساعد الطلاب.",
                  NULL));
    CHECK(q_speaker_has(d, "البرنامج يساعد", "مدير البرنامج"));
    CHECK(qcd_run(p, d, "وطالب النواب بالتحقيق، أما رئيس البلاد فناشد الحكومة بالإسراع في الإصلاحات.", NULL));
    CHECK(q_speaker_has(d, "الإسراع في الإصلاحات", "رئيس البلاد"));
    CHECK(qcd_run(p, d, "وقال الملك إن الزيارة كانت ناجحة. أما ذكرياته عنها فيقول إنها كانت جميلة.", NULL));
    CHECK(!q_speaker_has(d, "كانت جميلة", "ذكرياته"));
    /* a name holding a word spelled as a cue (طالب, راي) is read through */
    CHECK(qcd_run(p, d, "وأوضح الشيخ فهد طالب الشرفي أن أغلب القبائل اليمنية ترفض مشروع الميليشيات.", NULL));
    q = find(d, "أغلب القبائل");
    CHECK(q && q->cue && !strcmp(q->cue, "أوضح") && qcd_has(d, q->speaker_start, q->speaker_end, "الشرفي"));
    /* "أعرب عن": a bare عن after a verb that relays nothing is its object */
    said_by(p, d, "وأعرب الوزير عن أمله في أن تنجح المفاوضات.", "تنجح المفاوضات", "الوزير", EXACT);
    CHECK(relayed_by(d, "تنجح المفاوضات", 0, NULL));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 21, read from a judged sample of news quotes: a possessed noun
** after the speaker is the verb's object; a short quoted name inside an aside
** is no quote; أن after بعد/قبل/دون opens no content; عدد من and لمراسل; the
** object before a preposition's content; a plural verb after a noun inside
** content describes it. */
static void test_news_sample(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وأعلنت حركة الشباب مسؤوليتها عن الهجوم وقالت إنها قتلت 40 جنديا.", "قتلت 40", "حركة الشباب", EXACT);
    said_by(p, d, "واختتمت العبودي حديثها للصحيفة قائلة: إن ريادة المرأة ستمنحها القوة.", "ريادة المرأة", "العبودي",
            EXACT);
    /* emphasis, a name that the morphology splits (موشيه), a word before a name */
    said_by(p, d, "وقال الرئيس نفسه إن الوضع صعب.", "الوضع صعب", "الرئيس نفسه", EXACT);
    said_by(p, d, "وقال وزير الدفاع موشيه يعالون إن الذين شنوا الهجوم إرهابيون.", "شنوا الهجوم",
            "وزير الدفاع موشيه يعالون", EXACT);
    said_by(p, d, "وقال المتحدث باسمها إن الوضع صعب.", "الوضع صعب", "المتحدث باسمها", EXACT);
    /* quoted names in an aside; a quote after a bare preposition or an
    ** audience of people is speech */
    said_by(p, d, "وأشار فلانري في مقابلة مع \"العربية\" إلى أن محفظة العقود للشركة هي الأكبر.", "محفظة العقود",
            "فلانري", EXACT);
    CHECK(find(d, "العربية") == NULL);
    no_quote(p, d, "ولم تكشف المحكمة عن هوية «العشيق» الذي كان الطرف الآخر في القضية.");
    said_by(p, d, "وقال مصدر أمني لمراسل \"الجوهرة أف أم\" بالجهة إنه تمت الإطاحة بالعنصر.", "الإطاحة", "مصدر أمني",
            EXACT);
    said_by(p, d, "وأعربت موسكو عن \"خيبة أملها العميقة\" لقرار الرئيس.", "خيبة أملها", "موسكو", EXACT);
    said_by(p, d, "وقال الوزير للصحفيين \"نحن مستعدون للحوار\".", "نحن مستعدون", "الوزير", EXACT);
    /* an adverbial clause is no content; the content after it is */
    no_quote(p, d, "ووصف الرئيس الأمريكي الموظفة السابقة بالخائنة، بعد أن أصدرت كتابها الجديد.");
    said_by(p, d, "وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة.", "المحادثات كانت", "الوزير", EXACT);
    CHECK(find(d, "التقى نظيره") == NULL);
    /* a partitive من; a reporter after ل is told */
    said_by(p, d, "وأكد عدد من المتضررين أن السلطات تعهدت بفتح تحقيق.", "السلطات تعهدت", "عدد من المتضررين", EXACT);
    said_by(p, d, "وأكد مصدر امني لمراسل الجوهرة اف ام بالقصرين، أن المحتجين وصلوا البوابة الحدودية.", "المحتجين وصلوا",
            "مصدر امني", EXACT);
    /* طالب X Y بـ: the content opens at the preposition after the object */
    CHECK(qcd_run(p, d, "وطالبت السلطات المهدي بمغادرة المطار بعد أن بقي فيه عدة ساعات.", NULL));
    const naba_quote *q = find(d, "المطار");
    CHECK(q && qcd_has(d, q->start, q->end, "بمغادرة المطار"));
    /* كوادر ... يطالبون: inside the content, not a new attribution */
    CHECK(qcd_run(p, d, "وقال الأمين العام إنه تلقى 700 ألف طلب من كوادر الحزب يطالبون الرئيس بالاستمرار في منصبه.",
                  NULL));
    q = find(d, "تلقى 700");
    CHECK(d->quotes.n == 1 && q && qcd_has(d, q->start, q->end, "بالاستمرار في منصبه"));
    /* a participle after a nearer clause (فيما وجه X) goes on for X; with
    ** none, for the last speaker */
    said_by(p, d,
            "وأوضح المتحدث العقيد خالد القحطاني أن الضبطيات جاءت بمتابعة مباشرة، فيما وجه قائد حرس الحدود اللواء سفر "
            "الغامدي شكره للعاملين، مؤكدا أن الدوريات ستقف سدا منيعا.",
            "الدوريات ستقف", "الغامدي", WITHIN);
    said_by(p, d, "وقال الوزير إن الاقتصاد ينمو، مضيفا أن الاستثمار يرتفع.", "الاستثمار يرتفع", "الوزير", EXACT);
    /* session 21, second round: a pronoun before the cue (فإنه, فهو) is the
    ** person named before it in its sentence, not the last speaker */
    said_by(p, d,
            "وقال المتحدث إن المحادثات مستمرة. وعلى الرغم من تشكك كمال كيليجدار أوغلو في الائتلاف فإنه يرى أن هذا "
            "هو أفضل خيار.",
            "أفضل خيار", "كيليجدار", WITHIN);
    /* a second verb after و goes on for the subject of the verb opening the
    ** sentence (after من جهتها،), cut at its name before the object; with
    ** no name the last speaker stays */
    said_by(p, d,
            "وقال المتحدث إن الاتهامات باطلة. من جهتها، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات "
            "المالكي وقالت إنها تنافي الواقع.",
            "تنافي الواقع", "الأمانة العامة لمنظمة التعاون الإسلامي", EXACT);
    said_by(p, d, "أشاد الرئيس الروسي فلاديمير بوتين بالجهود الأوروبية وحذر من عواقب وخيمة.", "عواقب وخيمة",
            "الرئيس الروسي فلاديمير بوتين", EXACT);
    said_by(p, d, "وقال الوزير إن الخطة جاهزة. ورفضت الحكومة المقترح وقالت إنه غير مقبول.", "غير مقبول", "الوزير",
            EXACT);
    /* a participle after a clause whose verb quoted nobody: the subject ends
    ** at its name, before the verb's object; a chain of titles ends at the
    ** person */
    said_by(p, d, "وترفض جماعة جيش الإسلام مقترح مغادرة دوما، قائلة إن الأمر يرقى إلى ترحيل إجباري.", "ترحيل إجباري",
            "جماعة جيش الإسلام", EXACT);
    said_by(p, d,
            "وأشاد عضو مجلس الشورى رئيس جامعة الفيصل الدكتور محمد آل هيازع بالجهود، داعيا المولى أن يتغمدهم "
            "برحمته.",
            "يتغمدهم", "عضو مجلس الشورى رئيس جامعة الفيصل الدكتور محمد آل هيازع", EXACT);
    /* يعتبر read as "is considered" is no cue: it neither cuts the content
    ** nor opens a quote; the active verb still does */
    CHECK(qcd_run(p, d, "أكد المدرب أن العقوبة التي سلطت عليه تعتبر ظالمة و أن ثقته كبيرة في لجنة الاستئناف.", NULL));
    q = find(d, "العقوبة");
    CHECK(d->quotes.n == 1 && q && qcd_has(d, q->start, q->end, "ثقته كبيرة"));
    no_quote(p, d, "وهو إبن الأرنب الذي يعتبر أكبر أرنب في العالم، وكان من المتوقع أن يتجاوزه.");
    CHECK(qcd_run(p, d, "وأوضح التقرير أن الهاتف يعتمد على نظام أندرويد ويعتبر بمثابة مشغل صوتيات فاخر.", NULL));
    q = find(d, "الهاتف يعتمد");
    CHECK(d->quotes.n == 1 && q && qcd_has(d, q->start, q->end, "مشغل صوتيات"));
    said_by(p, d, "ويعتبر مراقبون أن النظام يحاول الخروج من العزلة.", "النظام يحاول", "مراقبون", EXACT);
    said_by(p, d, "وتعتبر الحكومة أن القرار خاطئ.", "القرار خاطئ", "الحكومة", EXACT);
    /* session 21, third round: a demonstrative after a name or a definite
    ** word opens the verb's object (or a time), not the speaker's genitive;
    ** after an indefinite noun it is the genitive */
    said_by(p, d,
            "ومن جانبه، نفى رئيس كتلة نداء تونس بمجلس نواب الشعب سفيان طوبال هذه الاتهامات، مؤكدا أنه سيقاضي "
            "العكرمي.",
            "سيقاضي العكرمي", "رئيس كتلة نداء تونس بمجلس نواب الشعب سفيان طوبال", EXACT);
    said_by(p, d, "ونفت المعارضة ذلك، مؤكدة أن الهجوم لم يقع.", "الهجوم لم يقع", "المعارضة", EXACT);
    said_by(p, d, "وقالت وكالة الإغاثة \"أوكسفام\" هذا الأسبوع إن الأزمة تتفاقم.", "الأزمة تتفاقم",
            "وكالة الإغاثة \"أوكسفام\"", EXACT);
    said_by(p, d, "وقال رئيس هذه اللجنة إن التحقيق مستمر.", "التحقيق مستمر", "رئيس هذه اللجنة", EXACT);
    /* a cue after a relative pronoun whose content opens with a preposition
    ** describes the noun before it and does not end the content; with إن it
    ** is a claim of its own */
    CHECK(qcd_run(p, d,
                  "وأشارت رئيسة الحزب إلى أنه لا مجال للمقارنة بين هذا الحزب وطريقة حل حزب التجمع الذي وصفت عملية "
                  "حله بالفضيحة. وأكدت أن الحزب يمارس ارهابا فكريا.",
                  NULL));
    q = find(d, "لا مجال");
    CHECK(d->quotes.n == 2 && q && qcd_has(d, q->start, q->end, "بالفضيحة"));
    said_by(p, d, "وقال المتحدث إن الخلاف يعود إلى فتح الله غولن الذي تقول أنقرة إنه دبر محاولة الانقلاب.",
            "دبر محاولة", "أنقرة", EXACT);
    CHECK(qcd_run(p, d, "وقال المدير إن الأمانة أعدت خططا لمراقبة الأسواق بالإضافة إلى متابعة البضائع المباعة في "
                  "الأسواق خاصة من ناحية صلاحية الاستخدام.",
                  NULL));
    q = find(d, "الأمانة أعدت");
    CHECK(d->quotes.n == 1 && q && qcd_has(d, q->start, q->end, "متابعة البضائع"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 22 (src/quotes/README.md): subjects before the verb and objects
** after the subject, from the seed-23 sample. */
static void test_subject_and_object(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    /* a subject and its apposition between commas before the verb; a lead
    ** particle between the commas is no apposition */
    said_by(p, d, "جدير بالذكر أن رئيس حزب القوات اللبنانية، سمير جعجع، اعتبر أن توقيف الشيخ تدخل سافر.",
            "توقيف الشيخ", "رئيس حزب القوات اللبنانية، سمير جعجع", EXACT);
    said_by(p, d, "لويس كويجس، رئيس قسم آسيا، كتب في مذكرة: \"الرسوم الجمركية تهدف إلى ضرب الصين\".",
            "الرسوم الجمركية", "لويس كويجس، رئيس قسم آسيا", EXACT);
    said_by(p, d, "غوارديولا، من جانبه، اعتبر أن أي مقارنة بين اللاعبين غير ناضجة.", "أي مقارنة", "غوارديولا", EXACT);
    /* كان without قد: the subject runs up to the verb (or to the comma after
    ** its apposition); a date after the verb is no speaker */
    said_by(p, d, "وكان وزير الخارجية الأمريكي، ريكس تليرسون، قال الشهر الماضي إن على البلدين أن يجدا حلا.",
            "يجدا حلا", "وزير الخارجية الأمريكي، ريكس تليرسون", EXACT);
    said_by(p, d, "وكان المتحدث الرسمي لشرطة جدة العقيد عاطي القرشي أعلن أول من أمس أن الشرطة انتهت من التحليل.",
            "الشرطة انتهت", "المتحدث الرسمي لشرطة جدة العقيد عاطي القرشي", EXACT);
    said_by(p, d, "وكان الرئيس قد أعلن أن الحرب انتهت.", "الحرب انتهت", "الرئيس", EXACT);
    /* after دعا, حث, حذر, طالب a bare noun after a definite word or a name
    ** opens the object; a title in apposition stays */
    said_by(p, d, "وفي سياق متصل، حث الشاهد شباب تونس إلى المشاركة بكثافة في الانتخابات.", "إلى المشاركة", "الشاهد",
            EXACT);
    said_by(p, d, "وحذر سمو نائب أمير منطقة حائل شباب الوطن من خفافيش الظلام.", "خفافيش الظلام",
            "سمو نائب أمير منطقة حائل", EXACT);
    said_by(p, d, "ودعا عماد الحمامي وزير التكوين المهني إلى المشاركة في البرنامج.", "المشاركة في البرنامج",
            "عماد الحمامي وزير التكوين المهني", EXACT);
    /* a ب-phrase right after a person's name is the clause's (باسم is a
    ** title's: المتحدث باسمها above) */
    said_by(p, d, "وطالب رئيس حزب حراك تونس الإرادة محمد المنصف المرزوقي بضرورة ضمان نزاهة الانتخابات المقبلة.",
            "بضرورة ضمان", "رئيس حزب حراك تونس الإرادة محمد المنصف المرزوقي", EXACT);
    /* a title's genitive after ل is no audience when a name follows within
    ** eight words */
    said_by(p, d, "وقال نائب المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة المقدم محمد بن عثمان القرني إن "
            "الفرق نفذت الحملة.", "الفرق نفذت",
            "نائب المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة المقدم محمد بن عثمان القرني", EXACT);
    /* an "according to" after a comma that closes the content relays it and
    ** is no part of the words; a toll is no source; "وفق تعبيره" is the
    ** last speaker's own words */
    CHECK(qcd_run(p, d, "وأفاد المصدر أن الطيار تمكن من القفز، بحسب ما أوردته وكالات الأنباء العالمية.", NULL));
    const naba_quote *q = find(d, "الطيار تمكن");
    CHECK(d->quotes.n == 1 && q && qcd_is(d, q->start, q->end, "الطيار تمكن من القفز") &&
          relayed_by(d, "الطيار تمكن", 0, "وكالات الأنباء العالمية"));
    CHECK(qcd_run(p, d, "وقال الوزير إن 30 شخصا قتلوا، بحسب حصيلة أولية.", NULL));
    q = find(d, "30 شخصا");
    CHECK(q && qcd_has(d, q->start, q->end, "حصيلة أولية") && relayed_by(d, "30 شخصا", 0, NULL));
    CHECK(qcd_run(p, d, "وقال المرزوقي إنه قبل بالنتائج. وأصحاب الشهادات يعانون من البطالة، وفق تعبيره.", NULL));
    q = find(d, "يعانون من البطالة");
    CHECK(d->quotes.n == 2 && speaker_is(d, q, "المرزوقي") && (q->flags & NABA_QUOTE_IMPLICIT));
    /* an adverbial clause with the next cue is no part of the content */
    CHECK(qcd_run(p, d, "وقالت الوزارة إن \"هذه المسرحية عمل استفزازي\"، قبل أن تضيف \"نحن سعداء بسلامته\".",
                  NULL));
    q = find(d, "عمل استفزازي");
    CHECK(q && !qcd_has(d, q->start, q->end, "قبل أن"));
    CHECK(qcd_run(p, d, "وقال المرزوقي إنه قبل بالنتائج، وفق تعبيره.", NULL));
    q = find(d, "قبل بالنتائج");
    CHECK(d->quotes.n == 1 && q && qcd_is(d, q->start, q->end, "قبل بالنتائج") && relayed_by(d, "قبل بالنتائج", 0, NULL));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 23's rules (src/quotes/README.md): the name a relative pronoun
** points at over a comma or a quotation mark, a verb that carries a plural
** subject, ذلك as the object before the subject, a body's genitive after
** its adjective, a subject whose apposition holds a verb, a second present
** verb, ب as morphology reads it, a cue after a comma, an accusative
** object after the subject. Each text, the quote
** holding `inside`, and its speaker (exactly, or WITHIN it). */
static const struct {
    const char *text, *inside, *speaker;
    int how;
} speakers23[] = {
    /* a relative pronoun after a comma closing a name, or after a quoted
    ** name: that name speaks, not the last speaker; a quoted term that
    ** names nobody does not */
    {"وتزامنت تصريحات الرئيس الأمريكي مع إنكار شديد من سفير المملكة العربية السعودية لدى الولايات المتحدة، الأمير "
     "خالد بن سلمان، الذي قال إن الادعاءات زائفة تماما.", "الادعاءات زائفة", "خالد بن سلمان", EXACT},
    {"وقرر سيتي تعديل عرضه بحسب ما ذكرت \"ذي دايلي مايل\" التي رأت ان المدرب لن يتردد في اشراك اللاعب.",
     "المدرب لن يتردد", "\"ذي دايلي مايل\"", EXACT},
    {"وقال بوب بيك إن النتائج جيدة. وأطلقت الشركة \"الجدول الزمني\" الذي قال إنه ناجح.", "ناجح", "بوب بيك", EXACT},
    /* a verb with a plural subject has its object after it: the speaker is
    ** carried; a singular verb before a plural subject still has it */
    {"وقال خبراء الأمراض الجنسية إن الرجل محظوظ جدا، ووصفوا حالته بأنها إنذار لكل من يخاطر بحياته.", "إنذار لكل",
     "خبراء الأمراض الجنسية", EXACT},
    {"وأشار محللون إلى أن العرض قد يكون مناورة، ودعوا المقاومة إلى عدم الالتفات إلى تلك العروض.", "عدم الالتفات",
     "محللون", EXACT},
    {"وقال المحتجون إن الوضع صعب.", "الوضع صعب", "المحتجون", EXACT},
    /* ذلك before a definite word is the verb's object, هذا opens the subject */
    {"أوضح ذلك المهندس خالد بن احمد بصفر رئيس بلدية المعابده وقال إن البلدية تكثف نشاطها.", "تكثف نشاطها",
     "المهندس خالد بن احمد بصفر رئيس بلدية المعابده", EXACT},
    {"وقال هذا المسؤول إن الوضع صعب.", "الوضع صعب", "هذا المسؤول", EXACT},
    /* ل with the article after a definite noun and its adjective is the
    ** genitive of a body's name; the press is still the audience */
    {"وتقول المفوضية العليا للاجئين التابعة للإمم المتحدة إن الظروف ليست ملائمة بعد.", "ليست ملائمة",
     "المفوضية العليا للاجئين التابعة للإمم المتحدة", EXACT},
    {"وقال المتحدث الرسمي للصحفيين إن الحادث وقع صباحا.", "وقع صباحا", "المتحدث الرسمي", EXACT},
    /* a subject before the verb whose apposition opens with وهو or a
    ** relative pronoun may hold a verb; without them it may not */
    {"آيزاك ماو، وهو مستثمر صيني في قطاع التكنولوجيا تطور شركته سماعات متصلة بالواي فاي، يقول إن الحماية القوية "
     "لحقوق الملكية تشكل تناقضا صارخا.", "تناقضا صارخا", "آيزاك ماو، وهو مستثمر صيني", WITHIN},
    {"وقال الوزير إن الوضع مستقر. غير أن جوزيف راتسينغر، الذي أصبح فيما بعد البابا بينيديكت السادس عشر، كتب يقول إن "
     "عقوبة الإعدام قد يسمح بها.", "عقوبة الإعدام", "جوزيف راتسينغر", WITHIN},
    {"وقال الوزير إن الوضع مستقر. آيزاك ماو، مستثمر صيني أسس شركة ناشئة، يقول إن الحماية القوية تشكل تناقضا.",
     "تشكل تناقضا", "الوزير", EXACT},
    /* an indefinite accusative after a definite word is the verb's object,
    ** unless a ل-genitive after it may name whose words it holds */
    {"وأصدرت وزارة الخارجية بيانا قالت فيه إن الوضع مستقر.", "الوضع مستقر", "وزارة الخارجية", EXACT},
    {"كما نقلت الوكالة تصريحاً لعمدة كيزليار قال فيه إن المهاجم أطلق النار.", "المهاجم أطلق", "لعمدة كيزليار",
     WITHIN},
    /* a second present verb after و goes on for the subject of the first */
    {"ويتابع وزير الخارجية الأمريكي مايك بومبيو المفاوضات عن كثب، ويقول إن الاتفاق قريب.", "الاتفاق قريب",
     "وزير الخارجية الأمريكي مايك بومبيو", EXACT},
};

/* The same round's contents: the quote holding `inside` is exactly `is`, or
** holds `has`. */
static const struct {
    const char *text, *inside, *is, *has;
} contents23[] = {
    /* ب opens a content where morphology splits it off (بشن), not in a
    ** name (بشار) nor a noun (بيان) */
    {"حذر الرئيس الأميركي دونالد ترامب الرئيس السوري بشار الأسد من شن هجوم عسكري على إدلب.", "هجوم عسكري",
     "من شن هجوم عسكري على إدلب", NULL},
    {"وحث سفراء فرنسا وإيطاليا وبريطانيا في ليبيا، في بيان مشترك، الجماعات المسلحة على الدخول في حوار سلمي.",
     "حوار سلمي", "على الدخول في حوار سلمي", NULL},
    /* a cue after a comma ends the content before it, with content of its
    ** own (بشن) or none found; ورد في inside a clause does not */
    {"قال ناشطون إن قنابل ضربت دوما، واتهموا القوات الحكومية بشن الهجوم.", "ضربت دوما", "قنابل ضربت دوما", NULL},
    {"وقال ترامب إن الصواريخ قادمة، وانتقد موسكو لدعمها الرئيس السوري.", "الصواريخ قادمة", "الصواريخ قادمة", NULL},
    {"وذكر البيان أن اسم التونسي المطرود، ورد في تحقيقات بدأت بعد هجوم برلين.", "التونسي المطرود", NULL,
     "ورد في تحقيقات"},
};

static void test_pointers_and_plurals(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    for (size_t i = 0; i < sizeof speakers23 / sizeof *speakers23; i++)
        said_by(p, d, speakers23[i].text, speakers23[i].inside, speakers23[i].speaker, speakers23[i].how);
    for (size_t i = 0; i < sizeof contents23 / sizeof *contents23; i++) {
        CHECK(qcd_run(p, d, contents23[i].text, NULL));
        const naba_quote *q = find(d, contents23[i].inside);
        int ok = q && (contents23[i].is ? qcd_is(d, q->start, q->end, contents23[i].is)
                                        : qcd_has(d, q->start, q->end, contents23[i].has));
        if (!ok) fprintf(stderr, "content of \"%s\" is wrong\n", contents23[i].text);
        CHECK(ok);
    }
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 23, second round: a speaker phrase ends where it runs on into its
** clause, at a finite verb or a ب-phrase after a complete name that the
** parse hangs outside it; the quote holding `inside` has that speaker and is
** exactly `is`. A title's ب-phrase, a place named after it and a first name
** read as a verb stay in the phrase. */
static const struct {
    const char *text, *inside, *speaker, *is;
} run_on23[] = {
    {"وكان مجلس الأمن التابع للأمم المتحدة أصدر الأحد قرارا يدعو إلى وقف القتال في المدينة لمدة شهر.", "وقف القتال",
     "مجلس الأمن التابع للأمم المتحدة", "إلى وقف القتال في المدينة لمدة شهر"},
    {"وبحسب سكاي نيوز جددت الطائرات غاراتها على القاعدة الجوية.", "غاراتها", "سكاي نيوز",
     "جددت الطائرات غاراتها على القاعدة الجوية"},
    {"بيد أن الشرطة زارت المركز ورفعت تقريرا أكدت فيه أنه لا يخالف القانون.", "لا يخالف", "الشرطة",
     "لا يخالف القانون"},
    {"وطالب العمال بالترفيع في الأجور السنوية.", "الأجور", "العمال", "بالترفيع في الأجور السنوية"},
    {"وطالبت السعودية بوقف بث القناة فورا.", "بث القناة", "السعودية", "بوقف بث القناة فورا"},
    {"وطالبت الجهات المعنية بالعملية بتوفير المعدات.", "المعدات", "الجهات المعنية بالعملية", "بتوفير المعدات"},
    {"وقال المتحدث الرسمي بمديرية الأمن العام إن الطريق مغلق.", "الطريق", "المتحدث الرسمي بمديرية الأمن العام",
     "الطريق مغلق"},
    {"وقال العقيد الركن صادق الدويد إن القوات تقدمت.", "القوات", "العقيد الركن صادق الدويد", "القوات تقدمت"},
    {"وقال كبير الصيادين بفرضة القطيف إن الموسم جيد.", "الموسم", "كبير الصيادين بفرضة القطيف", "الموسم جيد"},
};

/* The writer's tail after a comma ends indirect content (what the speaker
** left unsaid, when it was said); a reason may be the speaker's and stays. */
static const struct {
    const char *text, *inside, *is;
} tails23[] = {
    {"وأعلن الرئيس أن البلاد تعرضت لملايين الهجمات الإلكترونية خلال البطولة، دون أن يحدد مصدر هذه الهجمات.",
     "الهجمات الإلكترونية", "البلاد تعرضت لملايين الهجمات الإلكترونية خلال البطولة"},
    {"وأعلنت الجماعة أنها ستوقف الهجمات في البحر لأسبوعين، وذلك بعد أيام من تعليق الشحنات عبر المضيق.",
     "ستوقف الهجمات", "ستوقف الهجمات في البحر لأسبوعين"},
    {"وقال الوزير إن الحكومة صادقت على النظام الجديد، وذلك خلال اجتماعه اليوم بمقر الوزارة.", "صادقت",
     "الحكومة صادقت على النظام الجديد"},
    {"وقال الوزير إن المشروع تأخر، وذلك بسبب نقص التمويل.", "المشروع تأخر", "المشروع تأخر، وذلك بسبب نقص التمويل"},
};

static void test_run_on_speakers(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    for (size_t i = 0; i < sizeof run_on23 / sizeof *run_on23; i++) {
        said_by(p, d, run_on23[i].text, run_on23[i].inside, run_on23[i].speaker, EXACT);
        const naba_quote *q = find(d, run_on23[i].inside);
        int ok = q && qcd_is(d, q->start, q->end, run_on23[i].is);
        if (!ok) fprintf(stderr, "content of \"%s\" is wrong\n", run_on23[i].text);
        CHECK(ok);
    }
    for (size_t i = 0; i < sizeof tails23 / sizeof *tails23; i++) {
        CHECK(qcd_run(p, d, tails23[i].text, NULL));
        const naba_quote *q = find(d, tails23[i].inside);
        int ok = q && qcd_is(d, q->start, q->end, tails23[i].is);
        if (!ok) fprintf(stderr, "content of \"%s\" is wrong\n", tails23[i].text);
        CHECK(ok);
    }
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 24: quotes on the seed-25 sample's classes. Content ended by the
** next cue leaves out that cue's own particles; a short quoted name before
** the words is no piece of them; a definite object between a speaker and its
** preposition ends the speaker; a reporter told is no part of it. The
** quote holding `inside` has `speaker`
** (exactly; NULL: not asked) and is exactly `is`. */
typedef struct {
    const char *text, *inside, *speaker, *is;
} quote_case;

static const quote_case sample24[] = {
    /* the cue's particles: its lead, قد, the writer's relative, a source's ما */
    {"وأعلن الاتحاد أن غياب اللاعب لن يزيد على ثلاثة أسابيع، ما يشير إلى أنه سيلحق بالمباراة الأولى.", "غياب اللاعب",
     "الاتحاد", "غياب اللاعب لن يزيد على ثلاثة أسابيع"},
    {"وأشار الوالد إلى أنه سيطلق عليها اسم إيفانكا في محيط الأسرة، في حين ذكرت صحيفة الوطن أنه سيختار اسما آخر.",
     "اسم إيفانكا", "الوالد", "سيطلق عليها اسم إيفانكا في محيط الأسرة"},
    {"وقال الوزير إن البنك سيتخذ إجراءات لاستقرار السوق بعد الانتخابات، وهو ما يشير إلى استمرار نيته خفض الفائدة.",
     "سيتخذ إجراءات", "الوزير", "البنك سيتخذ إجراءات لاستقرار السوق بعد الانتخابات"},
    {"وكشف التقرير أن الثقافة تبقى مجالا لنفقات كبيرة للعديد من الأسر، فقد أشار الوزير إلى أن الأسعار ارتفعت.",
     "مجالا لنفقات", "التقرير", "الثقافة تبقى مجالا لنفقات كبيرة للعديد من الأسر"},
    {"وقال الوزير إن المشروع تأخر، وكان قد أكد في وقت سابق أن التمويل متوفر.", "المشروع تأخر", "الوزير",
     "المشروع تأخر"},
    /* a verb after قد that follows a complementizer or ما is in the words */
    {"وأضاف: زوجتي وأختها يعتقدان أنني قد أبلغت عنه، من هنا بدأت المشكلات.", "زوجتي", NULL,
     "زوجتي وأختها يعتقدان أنني قد أبلغت عنه، من هنا بدأت المشكلات"},
    {"وأوضح المدير أن الشركة تبقى مسؤولة عمّا قد يظهر من مخالفات.", "مسؤولة", "المدير",
     "الشركة تبقى مسؤولة عمّا قد يظهر من مخالفات"},
    /* a lead that opens the content is its own: the relay runs on */
    {"وأشار المحرر إلى أنه كان يقول للجمهور إن الفريق سيفوز بالمباراة.", "كان يقول", "المحرر",
     "كان يقول للجمهور إن الفريق سيفوز بالمباراة"},
    /* a quoted name and a colon or a comma before the words */
    {"وأردف \"الملا\": \"الوزير وجه بإغلاق المطعم لمدة شهر كامل\".", "بإغلاق المطعم", "\"الملا\"",
     "الوزير وجه بإغلاق المطعم لمدة شهر كامل"},
    {"وقال بارثولميو تورتيلا لصحيفة «فايزر»: «إنه نظام عالي الكفاءة حيث نتفق على تنفيذ فكرة».", "نظام عالي",
     "بارثولميو تورتيلا", "إنه نظام عالي الكفاءة حيث نتفق على تنفيذ فكرة"},
    {"وكتب كريس ساكا، أحد الداعمين الأوائل لمشروع \"تويتر\"، \"حتى الآن تعتبر وول ستريت إدارة الشركة صماء\".",
     "وول ستريت", NULL, "حتى الآن تعتبر وول ستريت إدارة الشركة صماء"},
    /* two long pieces of one quote stay one */
    {"وقال الرئيس: \"سنواصل العمل من أجل السلام\"، \"ولن نتراجع عن أي من مطالبنا\".", "من أجل السلام", "الرئيس",
     "سنواصل العمل من أجل السلام\"، \"ولن نتراجع عن أي من مطالبنا"},
    /* a definite object before the preposition */
    {"وطالب الأكراد دمشق بالتدخل لوقف الهجوم.", "بالتدخل", "الأكراد", "بالتدخل لوقف الهجوم"},
    {"ودعا رئيس الحكومة الشباب إلى المشاركة في الانتخابات.", "المشاركة", "رئيس الحكومة",
     "إلى المشاركة في الانتخابات"},
    {"ودعا الناطق الرسمي العقيد تركي المالكي المواطنين إلى الحذر.", "الحذر", "الناطق الرسمي العقيد تركي المالكي",
     "إلى الحذر"},
    /* what stays in the speaker: a plural nisba noun, a genitive name */
    {"وطالب المسؤولون الروس بوقف العقوبات فورا.", "العقوبات", "المسؤولون الروس", "بوقف العقوبات فورا"},
    {"ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى ضبط النفس.", "ضبط النفس",
     "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "إلى ضبط النفس"},
    /* the reporter told: with a possessive, or without the ل after an
    ** unnamed source; a reporter who speaks or is the source stays */
    {"وأفاد ذات المصدر لمراسلنا أن الطريق مغلق.", "الطريق مغلق", "ذات المصدر", "الطريق مغلق"},
    {"وتم حجز البضاعة وفق ما صرح به مصدر أمني مراسل الجوهرة أف أم بالجهة.", "حجز البضاعة", "مصدر أمني",
     "وتم حجز البضاعة"},
    {"وقال مراسل الجوهرة أف أم إن الطريق مغلق.", "الطريق مغلق", "مراسل الجوهرة أف أم", "الطريق مغلق"},
    {"وحسب مراسلنا فإن الطريق مغلق منذ الصباح.", "الطريق مغلق", "مراسلنا", "الطريق مغلق منذ الصباح"},
    /* a pledge with ب is speech (تعهد بالبحث is not: test_session24) */
    {"وتعهد الرئيس ببناء الجدار على الحدود الجنوبية.", "ببناء الجدار", "الرئيس", "ببناء الجدار على الحدود الجنوبية"},
};

/* Each case's quote holding `inside` has its speaker and is exactly its `is`. */
static void check_cases(naba_pipeline *p, naba_doc *d, const quote_case *c, size_t n) {
    for (size_t i = 0; i < n; i++) {
        CHECK(qcd_run(p, d, c[i].text, NULL));
        const naba_quote *q = find(d, c[i].inside);
        int ok = q && qcd_is(d, q->start, q->end, c[i].is) && (!c[i].speaker || speaker_is(d, q, c[i].speaker));
        if (!ok) fprintf(stderr, "quote of \"%s\" is wrong\n", c[i].text);
        CHECK(ok);
    }
}

/* Session 24, second round: أورد and تناقل report, a participle citing
** (مستدلا, مستشهدا) ends the words before it, منذ ends the speaker, a source
** followed by ف attributes the clause after it (past the reporter it told),
** and one quoted word standing alone (no colon before it) is a name. */
static const quote_case sample24b[] = {
    {"وأوردت وكالة الأنباء الرسمية أن الحادث أسفر عن ثلاثة قتلى.", "ثلاثة قتلى", "وكالة الأنباء الرسمية",
     "الحادث أسفر عن ثلاثة قتلى"},
    {"وقال المصدر إن الرئيس فرغ من تشكيل الحكومة، فيما تناقلت صحف محلية أن الحكومة ستضم وزراء جددا.",
     "فرغ من", "المصدر", "الرئيس فرغ من تشكيل الحكومة"},
    {"وقال المصدر إن الرئيس فرغ من تشكيل الحكومة، فيما تناقلت صحف محلية أن الحكومة ستضم وزراء جددا.",
     "وزراء جددا", "صحف محلية", "الحكومة ستضم وزراء جددا"},
    {"وقال المطلق إن القبلية ستلعب دورا رئيسا في الاختيار، مستشهدا بدول مجاورة سبقتنا في التجربة.",
     "القبلية", "المطلق", "القبلية ستلعب دورا رئيسا في الاختيار"},
    /* a time adverb ends the speaker; a finite verb after منذ is no verbal noun */
    {"وأكد مراسل \"الجوهرة اف أم\" منذ قليل أن خبر وفاة أحد المحتجين لا أساس له من الصحة.", "خبر وفاة",
     "مراسل \"الجوهرة اف أم\"", "خبر وفاة أحد المحتجين لا أساس له من الصحة"},
    {"وتزايدت المخاوف من مواجهة منذ قال ترامب، الأربعاء، إن الصواريخ قادمة لا محالة.", "الصواريخ", "ترامب",
     "الصواريخ قادمة لا محالة"},
    /* a source and then ف opens the clause after it, the claim */
    {"وضربت موجة تفجيرات جديدة العاصمة، وبحسب مصادر أمنية فإن أربع سيارات مفخخة انفجرت في مناطق متفرقة.",
     "سيارات مفخخة", "مصادر أمنية", "أربع سيارات مفخخة انفجرت في مناطق متفرقة"},
    /* the reporter an unnamed source told, between commas without his ل */
    {"وحسب ما افاد به مصدر بالحماية المدنية، مراسل الجوهرة أف أم في قفصة، فإن الشاب تعرض إلى حروق بليغة.",
     "حروق", "مصدر بالحماية المدنية", "الشاب تعرض إلى حروق بليغة"},
    /* one quoted word after a colon is still words said */
    {"وسئل الوزير عن الاتفاق فقال: \"نعم\".", "نعم", NULL, "نعم"},
};

/* Both rounds of session 24. */
static void test_session24(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    check_cases(p, d, sample24, sizeof sample24 / sizeof *sample24);
    /* تعهد ... بالبحث: a unit takes up a case (a pledge is still one, above) */
    no_quote(p, d, "وتعهدت فرقة الأبحاث والتفتيش بالمهدية بالبحث في أطوار القضية.");
    check_cases(p, d, sample24b, sizeof sample24b / sizeof *sample24b);
    /* one quoted word standing alone is a name */
    no_quote(p, d, "وأشار التقرير إلى \"تويتر\" بوصفه منصة للأخبار العاجلة في المنطقة.");
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 25: the words after a quoted name are not joined to it, a dual
** medium names the quotations after it, no colon opens the words, a cue that
** took an object instead of words (or a participle's clause verb) carries a
** subject without that object, a speech verb read as a noun after a
** preposition is in the words, "على حد قوله" or "، وذلك قبل بضعة أشهر" at
** their end is not, and مرجحا أن opens new words. */
static const quote_case sample25[] = {
    {"وقال الوزير راب لصحيفة \"ديلي تلغراف\" إن \"المادة 50 تفترض وجود اتفاق إطار للعلاقة المستقبلية مع الاتحاد\".",
     "المادة 50", "الوزير راب", "\"المادة 50 تفترض وجود اتفاق إطار للعلاقة المستقبلية مع الاتحاد\""},
    {"وذكرت صحيفتا \"ذي دايلي مايل\" و\"دايلي تلغراف\" ان سيتي يسعى الى حسم صفقة اللاعب البلجيكي قبل موقعة الاحد "
     "المقبل.",
     "حسم صفقة", "صحيفتا", "سيتي يسعى الى حسم صفقة اللاعب البلجيكي قبل موقعة الاحد المقبل"},
    {"فكرة العرض تتلخص في مقولة الفيلسوف جيل دولوز، والذي يوضح أنه: «سواء كنا أفرادا أو جماعات، نحن نتكون من خطوط "
     "تتقاطع».",
     "نتكون من", "جيل دولوز", "«سواء كنا أفرادا أو جماعات، نحن نتكون من خطوط تتقاطع»"},
    {"من جانبه، نفى أوباما اتهامات ترامب، مؤكدا أنها \"كاذبة\".", "كاذبة", "أوباما", "\"كاذبة\""},
    {"وتناول الشنبري الإشارات الضوئية قصيرة الأعمدة في مركزية المدينة قائلا: إنها إشارات للمشاة وضعت من أجلهم خاصة في "
     "المواقع ذات الكثافة المرتفعة.",
     "إشارات للمشاة", "الشنبري",
     "إنها إشارات للمشاة وضعت من أجلهم خاصة في المواقع ذات الكثافة المرتفعة"},
    {"أعلنت مصادر دبلوماسية الاثنين أن باراغواي تتباحث مع الحكومة الإسرائيلية حول نقل سفارة هذا البلد من تل أبيب إلى "
     "القدس.",
     "تتباحث", "مصادر دبلوماسية", "باراغواي تتباحث مع الحكومة الإسرائيلية حول نقل سفارة هذا البلد من تل أبيب إلى القدس"},
    {"أكد النائب رياض الموخر أن طلب الحزب يعد طلبا معقولا حتى لا ندخل في أزمة منذ أول يوم على حد قوله.", "طلبا معقولا",
     "النائب رياض الموخر", "طلب الحزب يعد طلبا معقولا حتى لا ندخل في أزمة منذ أول يوم"},
    /* مرجحا أن opens a claim of its own, as مضيفا أن does */
    {"وأضاف المسلمي أن هناك تقاربا كبيرا في وجهات النظر بين الطرفين، مرجحا أن يتم الاعلان عن الاتفاق الأسبوع القادم.",
     "تقاربا كبيرا", "المسلمي", "هناك تقاربا كبيرا في وجهات النظر بين الطرفين"},
    /* inside the words, "على حد تعبيره" stays */
    {"وقال اللواء إن الحزب تحول من منظمة فدائية ثورية على حد تعبيره إلى جيش قوي بعد الحرب.", "منظمة فدائية", "اللواء",
     "الحزب تحول من منظمة فدائية ثورية على حد تعبيره إلى جيش قوي بعد الحرب"},
    {"ورأى 75 بالمئة من المستطلع آرائهم أن الاتحاد الأوروبي لا يستثمر كثيرا في مكافحة الفقر، وذلك قبل بضعة أشهر من "
     "الانتخابات الاوروبية.",
     "لا يستثمر", NULL, "الاتحاد الأوروبي لا يستثمر كثيرا في مكافحة الفقر"},
};

static void test_session25(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    check_cases(p, d, sample25, sizeof sample25 / sizeof *sample25);
    /* the words after a quoted name that no cue claims are the named thing's */
    no_quote(p, d, "وأهم أهداف برنامج «تكامل لصالح وطن» هي «الاستفادة من الاقتصاد الوطني القوي لتطوير اقتصاديات "
                   "الإنتاج والتشغيل في المشاريع الصناعية».");
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 25, second round: "حسب قوله" and "وفق قولها" end the words as
** "على حد قوله" does; the writer's وذلك before "وفقا لـ" is no part of the
** claim; نقل relays the one quoted after عن past a medium's tail (للأنباء),
** from a subject before it, and from a carried one. */
static const quote_case sample25b[] = {
    {"وأكد الوزير أن الحكومة تتفهم وضع التشنج في صفوف أهالي الجهة حسب قوله.", "وضع التشنج", "الوزير",
     "الحكومة تتفهم وضع التشنج في صفوف أهالي الجهة"},
    {"وأضافت أن الاجتماع جاء \"إيجابيا\"، وفق قولها.", "الاجتماع", NULL, "الاجتماع جاء \"إيجابيا\""},
    {"وتمكنت الوحدات الأمنية من حجز 50 ألف علبة سجائر مهربة، وذلك وفقا لمصدر أمني.", "علبة سجائر", "مصدر أمني",
     "وتمكنت الوحدات الأمنية من حجز 50 ألف علبة سجائر مهربة"},
    {"ونقلت وكالة فرانس برس للأنباء عن مصدر طبي في المدينة قوله إن متظاهرا مدنيا توفي.", "متظاهرا", "مصدر طبي",
     "متظاهرا مدنيا توفي"},
    {"لكن وكالة رويترز للأنباء نقلت عن الميجور جوش، المتحدث باسم القيادة، قوله إن التحالف لم ينفذ أي غارات.",
     "أي غارات", "الميجور جوش، المتحدث باسم القيادة", "التحالف لم ينفذ أي غارات"},
    {"وقالت صحيفة الانتباه إن الفيضانات قتلت 114 شخصا. ونقلت عن مستشار رئيس الوزراء سرتاج عزيز قوله بأن الحوار هو "
     "الحل الأمثل.",
     "الحوار", "مستشار رئيس الوزراء سرتاج عزيز", "الحوار هو الحل الأمثل"},
};

static void test_session25b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    check_cases(p, d, sample25b, sizeof sample25b / sizeof *sample25b);
    CHECK(relayed_by(d, "الحوار", 0, "صحيفة الانتباه"));
    CHECK(qcd_run(p, d, sample25b[3].text, NULL) && relayed_by(d, "متظاهرا", 0, "وكالة فرانس برس للأنباء"));
    CHECK(qcd_run(p, d, sample25b[4].text, NULL) && relayed_by(d, "أي غارات", 0, "وكالة رويترز للأنباء"));
    /* a passive written with its damma: no one relays */
    CHECK(qcd_run(p, d, "وقالت الصحيفة إن السينما تغيرت. ونُقل عن المفتي العام قوله إن دور السينما قد تعرض أفلاما.",
                  NULL));
    const naba_quote *q = find(d, "دور السينما");
    CHECK(speaker_is(d, q, "المفتي العام") && relayed_by(d, "دور السينما", 0, NULL));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 26: نوه reports (and ends the words before it after لكنهم); a
** verb right before the cue is its auxiliary (ومضى يقول: the carried speaker
** speaks); a ب-phrase after the verb is its complement, no subject (نوه
** بجهود, طالب بتطوير); بالقول is no content; a statement's ل-author stays
** in the speaker phrase (قال بيان للخارجية الأميركية); "، حسبما قالت X"
** ends the words and X relays them; a verbal noun after تم is in them. */
static const quote_case sample26[] = {
    {"وقال الوزير إن الزيارة مهمة. ونوه المتحدث في ختام تصريحه إلى أن التصريحات التركية لا تخدم الهدف.",
     "التصريحات التركية", "الوزير", "التصريحات التركية لا تخدم الهدف"},
    {"وأشار الباحثون إلى أن الهواتف قد تصبح أداة واعدة، لكنهم نوهوا بأن هذه الطريقة لا تحل محل العلاج.",
     "أداة واعدة", "الباحثون", "الهواتف قد تصبح أداة واعدة"},
    {"وقال وزير الخارجية الفرنسي إن الزيارة مهمة. ومضى يقول \"سأجري محادثات حول كل المواضيع\".", "سأجري",
     "وزير الخارجية الفرنسي", "سأجري محادثات حول كل المواضيع"},
    /* before a past cue a word read as a verb is the subject's name */
    {"وقال السفير إن العلاقات جيدة. لكن خضر أشار إلى أن عودة السفير لا تعني حل القضايا.", "عودة السفير", "خضر",
     "عودة السفير لا تعني حل القضايا"},
    {"وقال رئيس اللجنة إن البرنامج نجح. ونوه بجهود اللجنة وما تقدمه، متمنيا أن تستمر مثل هذه البرامج.",
     "تستمر", "رئيس اللجنة", "تستمر مثل هذه البرامج"},
    {"وقال المركز إن البطالة ارتفعت. وطالب بتطوير المنظومة التعليمية بحيث تخدم احتياجات سوق العمل.",
     "المنظومة", "المركز", "بتطوير المنظومة التعليمية بحيث تخدم احتياجات سوق العمل"},
    {"وقال المدير إن الرحلات تتواصل. وتابع بالقول، \"سنعمل على التكيف بحسب المعلومات الوافدة\".", "التكيف",
     "المدير", "سنعمل على التكيف بحسب المعلومات الوافدة"},
    {"وقال بيان للخارجية الأميركية صدر ليل الأربعاء: \"تدين الولايات المتحدة بشدة الهجوم الحوثي\".", "تدين",
     "بيان للخارجية الأميركية", "تدين الولايات المتحدة بشدة الهجوم الحوثي"},
    {"وقال المشتبه به إنه شعر بالنعاس وهو على عجلة القيادة، حسبما قالت شرطة موسكو، الأحد.", "بالنعاس",
     "المشتبه به", "شعر بالنعاس وهو على عجلة القيادة"},
    {"وقال ناظر المستشفى إن الأمني المصاب غادر المستشفى، وتم نقل إرهابي ثالث إلى مستشفى قابس.", "المصاب",
     "ناظر المستشفى", "الأمني المصاب غادر المستشفى، وتم نقل إرهابي ثالث إلى مستشفى قابس"},
};

/* Session 26, second round (quotes26b): the إن of a spelt channel's name,
** معلنا a participle but a genitive one or one after كان an adjective, an
** honorific with its pronoun the whole subject, a statement after "وفق ما
** أورده" with its ل-author. */
static const quote_case sample26b[] = {
    {"وقالت شبكة سي إن إن إن الرئيس سيزور المنطقة.", "سيزور", "شبكة سي إن إن", "الرئيس سيزور المنطقة"},
    /* BBC's سي before a complementizer */
    {"وقال مراسل بي بي سي إن الإعلان أثار غضب الناس.", "غضب", "مراسل بي بي سي", "الإعلان أثار غضب الناس"},
    {"وقال الرئيس إن العلاقة مع تركيا ليست جيدة، معلنا عن خطوة اقتصادية جديدة.", "تركيا", "الرئيس",
     "العلاقة مع تركيا ليست جيدة"},
    {"وقال الوزير إن الحكومة ستتحرك واستشهد بتقارير غير مؤكدة عن شن هجمات بالغاز في الغوطة الشرقية، مضيفا أن "
     "الرد سيكون قويا.",
     "ستتحرك", "الوزير", "الحكومة ستتحرك واستشهد بتقارير غير مؤكدة عن شن هجمات بالغاز في الغوطة الشرقية"},
    {"وقال الكاتب إن المسرح سيوفر الجدية، حيث أنه سيكون معلنا وقد يكون مسجلا، ليبدأ الفنان بالخوف على اسمه، "
     "مؤكدا أن الجمهور ينتظر.",
     "سيوفر", "الكاتب", "المسرح سيوفر الجدية، حيث أنه سيكون معلنا وقد يكون مسجلا، ليبدأ الفنان بالخوف على اسمه"},
    {"وقال الأمير إن الأمن مستتب. ودعا سموه الباري عز وجل أن يحفظ البلاد.", "يحفظ", "سموه", "يحفظ البلاد"},
    {"وطالب معاليه المجتمع الدولي بحماية المدنيين.", "بحماية", "معاليه", "بحماية المدنيين"},
    {"يتواصل اضطراب توزيع الماء بعدد من مناطق الولاية، وفق ما أورده بلاغ للشركة الوطنية لاستغلال وتوزيع المياه، "
     "الجمعة.",
     "اضطراب", "بلاغ للشركة الوطنية", "يتواصل اضطراب توزيع الماء بعدد من مناطق الولاية"},
};

/* Session 27 (quotes27): a subject in commas after a lead particle (ولكن
** X، ...، قال) or one that speaks with a relative clause (فإن الإعلان، الذي
** ...، أوضح); a verbal noun in the genitive or after any تم is no cue; a
** subject between كان and قد; a document's ل-author; plural participles; a
** title cut at its place's preposition runs on to the name before the
** content; a source's pronoun complement before the comma; a feminine noun
** after a masculine verb is its object; "one of" after the subject. */
static const quote_case sample27[] = {
    {"قال الرئيس التركي رجب طيب أردوغان إن القوات التركية تحاصر عفرين. ولكن نوري محمود، المتحدث باسم المليشيا "
     "الكردية، قال إن القوات التركية تقف على مسافة 15 كيلومترا من المدينة.",
     "تقف", "نوري محمود، المتحدث باسم المليشيا الكردية", "القوات التركية تقف على مسافة 15 كيلومترا من المدينة"},
    {"أولا، بالنظر إلى التجارب النووية فإن الإعلان، الذي صدر السبت، أوضح أن كيم يعرض تجميد التجارب طوعا.", "تجميد",
     "الإعلان", "كيم يعرض تجميد التجارب طوعا"},
    {"كشف مصدر مطلع، أن نادي الهلال لا يمانع في نقل المباراة، ولم يتم أخذ رأيهم عن مسألة نقل المباراة من عدمها.",
     "يمانع", "مصدر مطلع", "نادي الهلال لا يمانع في نقل المباراة، ولم يتم أخذ رأيهم عن مسألة نقل المباراة من عدمها"},
    {"وقال الأمين العام إن العراق لم يكن جاهزا قبل وقت كاف ليتم نقل البطولة إلى دولة أخرى. وأضاف: \"نؤمن أن "
     "الأشقاء قادرون على إنجاز المطلوب\".",
     "نؤمن", "الأمين العام", "نؤمن أن الأشقاء قادرون على إنجاز المطلوب"},
    {"وكان التنظيم الإرهابي قد حث أنصاره على تكثيف الهجمات أثناء شهر رمضان.", "تكثيف", "التنظيم الإرهابي",
     "على تكثيف الهجمات أثناء شهر رمضان"},
    {"وأظهرت بيانات للشرطة أن الجرائم زادت في مارس.", "الجرائم", "بيانات للشرطة", "الجرائم زادت في مارس"},
    {"وقال الباحثون إن الهواتف قد تصبح أداة واعدة، مؤكدين أن هذه الطريقة لا تحل محل العلاج.", "واعدة", "الباحثون",
     "الهواتف قد تصبح أداة واعدة"},
    {"وأوضح المدير التنفيذي للشؤون الأكاديمية في المدينة الدكتور عبد الناصر باطوق، أن البرنامج يأتي ضمن إستراتيجية "
     "سعودة التمريض.",
     "البرنامج", "المدير التنفيذي للشؤون الأكاديمية في المدينة الدكتور عبد الناصر باطوق",
     "البرنامج يأتي ضمن إستراتيجية سعودة التمريض"},
    /* the occasion or the medium after the preposition is no place */
    {"وقال رئيس الحكومة في تصريح لمراسلة الإذاعة روضة العلاقي إن الوحدات تراقب المجموعة منذ أشهر.", "تراقب",
     "رئيس الحكومة", "الوحدات تراقب المجموعة منذ أشهر"},
    {"وبحسب نشطاء مساندين له، فإن التهمة الموجهة ضده تتمثل في النفاذ لنظم المعلومات.", "التهمة",
     "نشطاء مساندين له", "التهمة الموجهة ضده تتمثل في النفاذ لنظم المعلومات"},
    /* a feminine noun after a masculine verb is its object; a number is not */
    {"وقال رابح إن البطالة ارتفعت. كما طالب وزارة التعليم العالي الى فتح نقاش مع كلية طب الاسنان.", "فتح نقاش",
     "رابح", "الى فتح نقاش مع كلية طب الاسنان"},
    {"وقال النائب إن الحكومة أخطأت. وطالب العشرة أعضاء الديمقراطيون في اللجنة ترامب بسحب ترشيح كافانو.", "بسحب",
     "العشرة", "بسحب ترشيح كافانو"},
    {"كما أكدت شركة «بيجو» واحدة من رواد صناعة السيارات بفرنسا، الأسبوع الماضي أنها تمضي في مفاوضات مع شركة إيرانية.",
     "مفاوضات", "شركة «بيجو»", "تمضي في مفاوضات مع شركة إيرانية"},
};

/* Sessions 26 and 27. */
static void test_session26(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    check_cases(p, d, sample26, sizeof sample26 / sizeof *sample26);
    check_cases(p, d, sample26b, sizeof sample26b / sizeof *sample26b);
    /* نوه's own words are a quote of their own */
    CHECK(qcd_run(p, d, sample26[1].text, NULL));
    const naba_quote *q = find(d, "لا تحل محل");
    CHECK(q && qcd_is(d, q->start, q->end, "هذه الطريقة لا تحل محل العلاج"));
    /* the one "as" names relays the words before it; كما ("also") does not */
    CHECK(qcd_run(p, d, sample26[8].text, NULL) && relayed_by(d, "بالنعاس", 0, "شرطة موسكو"));
    CHECK(qcd_run(p, d, "وقال الوزير إن الخطوات اتخذت تحت ضغط أميركي، كما اعتبر الغرب منحازا.", NULL) &&
          relayed_by(d, "ضغط أميركي", 0, NULL));
    check_cases(p, d, sample27, sizeof sample27 / sizeof *sample27);
    /* the plural participle's words are a quote of their own, the same speaker's */
    CHECK(qcd_run(p, d, sample27[6].text, NULL));
    q = find(d, "لا تحل محل");
    CHECK(q && qcd_is(d, q->start, q->end, "هذه الطريقة لا تحل محل العلاج") && speaker_is(d, q, "الباحثون"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 27, second round: a back-reference speaker resolved to the entity
** named before it (flagged), a head that is not the genitive's entity keeps
** that entity apart. */
static const char *entity_id(const naba_doc *d, int32_t e) {
    return e >= 0 && (size_t)e < d->entities.n ? d->entities.v[e].id : "";
}

static void test_session27b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    CHECK(qcd_run(p, d,
                  "قال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات ستستمر. وأكد الوزير أن بلاده لن تتراجع. "
                  "وقالت حملة ماكرون إن المرشح سيفوز.",
                  NULL));
    const naba_quote *named = find(d, "العقوبات"), *back = find(d, "بلاده"), *campaign = find(d, "سيفوز");
    CHECK(named && back && named->speaker_entity >= 0 && !(named->flags & NABA_QUOTE_RESOLVED));
    CHECK(back && speaker_is(d, back, "الوزير") && back->speaker_entity == named->speaker_entity &&
          (back->flags & NABA_QUOTE_RESOLVED));
    CHECK(campaign && speaker_is(d, campaign, "حملة ماكرون") && campaign->speaker_entity < 0 &&
          campaign->speaker_related >= 0);
    /* a body's noun alone is the body named right after the same noun */
    CHECK(qcd_run(p, d, "وأعلنت شركة أبل عن هاتف جديد. وقالت الشركة إن المبيعات ارتفعت.", NULL));
    const naba_quote *q = find(d, "المبيعات");
    CHECK(q && (q->flags & NABA_QUOTE_RESOLVED) && !strcmp(entity_id(d, q->speaker_entity), "org:apple"));
    CHECK(qcd_run(p, d, "وأعلنت شركة «أبل» عن هاتف جديد. وقالت الشركة نفسها إن المبيعات ارتفعت.", NULL));
    q = find(d, "المبيعات");
    CHECK(q && (q->flags & NABA_QUOTE_RESOLVED) && !strcmp(entity_id(d, q->speaker_entity), "org:apple"));
    /* the army is no name of the movement it speaks of */
    CHECK(qcd_run(p, d, "وقال الجيش الإسرائيلي إن حماس أطلقت صواريخ. وأضاف الجيش الإسرائيلي أن الهدوء عاد.", NULL));
    q = find(d, "الهدوء");
    CHECK(q && !(q->flags & NABA_QUOTE_RESOLVED));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* quotes28: a name's ل-genitive, an issuer's and a report's author, an
** indefinite noun's relative clause, the honorific's titled person, عندما,
** a short quote's phrase after its closing mark, وصف's object; quotes28b's
** second round at its end */
static void test_session28(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    CHECK(qcd_run(p, d,
                  "وقالت المنظمة الدولية للهجرة إن أكثر من 45 ألف شخص وصلوا إلى إيطاليا هذا العام. "
                  "وجاء في بيان صادر عن الهيئة الإدارية للاتحاد المجتمعة أمس الخميس أن الاتحاد يساند المطالب. "
                  "بحسب تقرير ل\"فاينينشال تايمز\"، لن تطرح شركة \"أبل\" أياً من هواتفها في المؤتمر.",
                  NULL));
    CHECK(speaker_is(d, find(d, "45 ألف شخص"), "المنظمة الدولية للهجرة"));
    CHECK(speaker_is(d, find(d, "يساند المطالب"), "بيان صادر عن الهيئة الإدارية للاتحاد المجتمعة"));
    CHECK(speaker_is(d, find(d, "لن تطرح"), "تقرير ل\"فاينينشال تايمز\""));
    CHECK(qcd_run(p, d, "وقال مبعوث الأمم المتحدة للسلام إن الحل قريب.", NULL));
    CHECK(speaker_is(d, find(d, "الحل قريب"), "مبعوث الأمم المتحدة للسلام"));
    /* figures speak through the verb after them; a statement's issuer is
    ** the clause's subject */
    CHECK(qcd_run(p, d,
                  "ارتفعت أسعار الذهب الأربعاء مع تراجع الدولار بعد بيانات أميركية أظهرت أن الاقتصاد نما ببطء. "
                  "وأصدر المركز بيانا يحذر من الانخراط في اللعبة.",
                  NULL));
    CHECK(speaker_is(d, find(d, "الاقتصاد نما"), "بيانات أميركية"));
    CHECK(speaker_is(d, find(d, "الانخراط"), "المركز"));
    /* سموه is the titled person, not the last one named */
    CHECK(qcd_run(p, d, "التقى الأمير فيصل بن خالد مع محمد العتيبي في الرياض. وأكد سموه أن المنطقة آمنة.", NULL));
    const naba_quote *q = find(d, "المنطقة آمنة");
    CHECK(q && (q->flags & NABA_QUOTE_RESOLVED) && qcd_has(d, d->mentions.v[0].start, d->mentions.v[0].end, "فيصل") &&
          q->speaker_entity == d->mentions.v[0].entity);
    CHECK(qcd_run(p, d,
                  "وذكر إنجه أن 37 في المائة فقط من الصناديق تم فرزها عندما ذكرت الوكالة أنه تم فرز 85 في المائة. "
                  "وأضاف ميدو: \"لقد أثبت نفسه في ليفربول\"، نافيا أي احتمال لانتقال \"الملك المصري\" إلى ريال "
                  "مدريد. وقالت الخارجية إن \"الاتفاق\" قائم، وأضافت أنه لن يتغير.",
                  NULL));
    q = find(d, "37 في المائة");
    CHECK(q && qcd_is(d, q->start, q->end, "37 في المائة فقط من الصناديق تم فرزها"));
    q = find(d, "أي احتمال");
    CHECK(q && qcd_is(d, q->start, q->end, "أي احتمال لانتقال \"الملك المصري\" إلى ريال مدريد"));
    /* وصف: the object between the subject and the description */
    CHECK(qcd_run(p, d,
                  "ووصف الرئيس الأمريكي دونالد ترامب الاتفاق بأنه كارثي. وقال الوزير إن الاتفاق قائم. "
                  "ووصف الاتفاق بأنه تاريخي. ووصف الكرملين العقوبات بأنها غير مقبولة.",
                  NULL));
    CHECK(speaker_is(d, find(d, "كارثي"), "الرئيس الأمريكي دونالد ترامب"));
    q = find(d, "تاريخي");
    CHECK(q && speaker_is(d, q, "الوزير") && (q->flags & NABA_QUOTE_IMPLICIT));
    CHECK(speaker_is(d, find(d, "غير مقبولة"), "الكرملين"));
    /* quotes28b: a ل-genitive after two adjectives, a title's name between
    ** commas after its place, a medium told between commas ("مصدر أمني،
    ** الجوهرة أف أم، أن" in the news), a relative clause's إليه after a cue */
    static const char *const second_round[][3] = {
        {"حذّر الاتحاد العام التونسي للشغل من تأزّم الأوضاع في البلاد.", "تأزّم الأوضاع", "الاتحاد العام التونسي للشغل"},
        {"وقال النائب عن حزب صوت الفلاحين، فيصل التبيني، إن تونس أصبحت دولة الفساد.", "دولة الفساد",
         "النائب عن حزب صوت الفلاحين، فيصل التبيني"},
        {"وأفاد مصدر أمني، وكالة تونس إفريقيا للأنباء، أن الأعوان نصبوا كمينا محكما.", "نصبوا كمينا", "مصدر أمني"},
        /* a news agency's own name in apposition stays its name */
        {"وقالت وكالة الأنباء السورية الرسمية، سانا، إن القصف طال المخيم.", "القصف طال",
         "وكالة الأنباء السورية الرسمية، سانا"},
    };
    for (size_t k = 0; k < sizeof second_round / sizeof *second_round; k++) {
        CHECK(qcd_run(p, d, second_round[k][0], NULL));
        CHECK(speaker_is(d, find(d, second_round[k][1]), second_round[k][2]));
    }
    CHECK(qcd_run(p, d, "يعقد اليوم اجتماع اللجنة الفنية الذي دعت إليه الأمانة العامة بمشاركة أعضاء اللجنة.", NULL));
    CHECK(d->quotes.n == 0);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* quotes29: a name that opens with علي (folded على, a stop word); a
** document's ل-author after a relay's عن; a title cut at its place with its
** name between commas before the verb; adverbs of time after a speaker; the
** titled subject of the sentence before; the person opening a sentence for
** its و-cue; a source's name between commas; a cue that is the predicate of
** the content's own subject; على لسان after a cue's subject */
static void test_session29(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    static const char *const speakers[][3] = {
        {"وقال علي العريض إن الحكومة ستواصل عملها.", "ستواصل عملها", "علي العريض"},
        {"وقال الوزير علي عبد اللطيف إن الحكومة ستواصل عملها.", "ستواصل عملها", "الوزير علي عبد اللطيف"},
        {"ونقلت الوكالة، عن بيان للديوان الملكي، أن قرار الإعفاء يأتي في إطار تفعيل المبدأ.", "قرار الإعفاء",
         "بيان للديوان الملكي"},
        {"إلا أن رئيس اللجنة في مجلس النواب، مايكل ماكول، قال إن الأهداف هي نفس الأهداف.", "نفس الأهداف",
         "رئيس اللجنة في مجلس النواب، مايكل ماكول"},
        {"وقال سميث لاحقا إن المبنى لم يكن ملائما للعمل.", "لم يكن ملائما", "سميث"},
        {"وأشاد رئيس مجلس النواب بول ريان بخطط أبل الاستثمارية وتوفير فرص عمل. وكتب على موقع تويتر: "
         "\"هذه أنباء عظيمة بالنسبة للاقتصاد\".",
         "أنباء عظيمة", "رئيس مجلس النواب بول ريان"},
        /* a statement of his is no title */
        {"جاءت تصريحات الوزير ليو كون خلال منتدى الصين للتنمية في بكين. وقال إن الصين ستخفض الضرائب.",
         "ستخفض الضرائب", "ليو كون"},
        {"وقالت وزارة العمل إن المشروع مفيد. محمد العريفي، رئيس الشركة في تل أبيب، يشكك في جدوى هذه الشبكة، "
         "ويقول إن الفائدة ضئيلة جدا.",
         "ضئيلة جدا", "محمد العريفي"},
        /* a source's name between commas; not the claim after the comma */
        {"تم اليوم تنفيذ حكم قضائي ضد النائب، وفق ما أفاد المتحدث باسم الحكومة، إياد الطاهر، للصحفيين.",
         "تنفيذ حكم", "المتحدث باسم الحكومة، إياد الطاهر"},
        {"ووفقا للمصادر، فإن الوشلي هو من القيادات التي تشكل نخبة العناصر القتالية.", "نخبة العناصر", "للمصادر"},
    };
    for (size_t k = 0; k < sizeof speakers / sizeof *speakers; k++) {
        CHECK(qcd_run(p, d, speakers[k][0], NULL));
        CHECK(speaker_is(d, find(d, speakers[k][1]), speakers[k][2]));
    }
    CHECK(qcd_run(p, d,
                  "قال وزير الخارجية البريطاني بوريس جونسون، الاثنين، إن الحرب في سوريا ستستمر، مشيرا إلى أن الضربات "
                  "الجوية التي نفذتها لندن وباريس وواشنطن أوضحت أن العالم فرغ صبره من الهجمات الكيماوية.",
                  NULL));
    const naba_quote *q = find(d, "الضربات الجوية");
    CHECK(q && qcd_is(d, q->start, q->end,
                      "الضربات الجوية التي نفذتها لندن وباريس وواشنطن أوضحت أن العالم فرغ صبره من الهجمات الكيماوية"));
    /* the subject's own second verb: حيث opens a new attribution */
    CHECK(qcd_run(p, d,
                  "وقال الوزير إن المحادثات مستمرة. وأضاف أن الأسباب التي ساقها الرئيس ترامب لإعادة فرض العقوبات كانت "
                  "بلا أساس حيث أكدت الوكالة الدولية للطاقة الذرية أن إيران ملتزمة بالاتفاق.",
                  NULL));
    CHECK(speaker_is(d, find(d, "إيران ملتزمة"), "الوكالة الدولية للطاقة الذرية"));
    /* على لسان after a cue's subject: who spoke for it, neither the words
    ** nor a source's claim */
    CHECK(qcd_run(p, d, "ودعت فرنسا على لسان وزير خارجيتها، إيف لودريان، إلى التهدئة والتحلي بالمسؤولية.", NULL));
    q = find(d, "التهدئة");
    CHECK(q && speaker_is(d, q, "فرنسا") && qcd_is(d, q->start, q->end, "إلى التهدئة والتحلي بالمسؤولية"));
    CHECK(qcd_run(p, d, "نفت جبهة \"البوليساريو\" على لسان ممثلها في فرنسا، بشكل قاطع، اتهام المغرب لها.", NULL));
    CHECK(d->quotes.n == 0);
    /* a present cue before the source is part of the claim */
    CHECK(qcd_run(p, d, "تعتبر الأعلى المسجلة حسب الوكالة الوطنية للمحيطات والغلاف الجوي.", NULL));
    CHECK(speaker_is(d, find(d, "الأعلى المسجلة"), "الوكالة الوطنية للمحيطات والغلاف الجوي"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 29, second round (quotes29b): وعبر X عن as the verb, a name past
** the object of a verb that is no speech verb, titles after a namer with a
** pronoun or a colon. */
static void test_session29b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    static const char *const speakers[][3] = {
        {"كما تلقى الملك سلمان اتصالا هاتفيا اليوم من الملك عبدالله الثاني. وعبر جلالته عن عزائه ومواساته للملك "
         "في شهداء الواجب، داعيا الله أن يتغمدهم بواسع رحمته.",
         "يتغمدهم", "جلالته"},
        {"وجه العذبة انتقادا لرئيس الهيئة العامة للرياضة السعودية على هذه التغريدة، قائلا إنه ينشر الفتنة.",
         "ينشر الفتنة", "العذبة"},
    };
    for (size_t k = 0; k < sizeof speakers / sizeof *speakers; k++) {
        CHECK(qcd_run(p, d, speakers[k][0], NULL));
        CHECK(speaker_is(d, find(d, speakers[k][1]), speakers[k][2]));
    }
    /* the preposition عبر is no verb: "وعبر تويتر، قال" */
    CHECK(qcd_run(p, d, "وعبر حسابه على تويتر، قال الوزير إن الحكومة ستواصل عملها.", NULL));
    CHECK(speaker_is(d, find(d, "ستواصل عملها"), "الوزير"));
    static const char *const titles[] = {
        "وأصدرت الدار كتابًا عنوانه: «قصة أليس: لويس كارول والتاريخ السري لأرض العجائب» في خمسمائة صفحة.",
        "وأذنت النيابة العمومية بمباشرة قضية في شأنهم موضوعها \"الاشتباه في الانتماء إلى تنظيم إرهابي\" وإحالتهم على القطب.",
    };
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        CHECK(qcd_run(p, d, titles[k], NULL));
        CHECK(d->quotes.n == 0);
    }
    /* a name after a cue and a colon is the speaker's: "وتابع باسم:" */
    CHECK(qcd_run(p, d, "وتابع باسم: \"دانييلا فتاة مثابرة، ورغم أنها خاضت في \"تانغو\" تجربتها الأولى فإنها كانت عظيمة\".",
                  NULL));
    CHECK(d->quotes.n == 1 && d->quotes.v[0].kind == NABA_QUOTE_DIRECT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* quotes30: a title, description or document with no name referring back to
** the one named before with it (unlinked when persons of two identities
** fit), a title's name before its audience, and "according to" a noun of
** one's own */
static void test_session30(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    static const char *const back[][3] = {
        {"كشف الدبلوماسي القطري محمد العمادي أنه زار إسرائيل عدة مرات. واعترف الدبلوماسي القطري أن الأموال "
         "تهدف إلى التهدئة.",
         "الأموال", "العمادي"},
        {"وقال محمد بوسعيد، وزير المالية المغربي، إن المغرب قدم امتيازات للصندوق. وأشار الوزير إلى أن الحاجات "
         "السنوية كبيرة.",
         "الحاجات", "بوسعيد"},
        {"وأدان محمود عباس في بيان أصدره مكتبه معاداة السامية. وأضاف البيان أن السلام ممكن.", "السلام ممكن", "عباس"},
    };
    for (size_t k = 0; k < sizeof back / sizeof *back; k++) {
        CHECK(qcd_run(p, d, back[k][0], NULL));
        const naba_quote *q = find(d, back[k][1]);
        int32_t named = -1;
        for (size_t m = 0; m < d->mentions.n; m++)
            if (qcd_has(d, d->mentions.v[m].start, d->mentions.v[m].end, back[k][2])) named = d->mentions.v[m].entity;
        CHECK(q && named >= 0 && q->speaker_entity == named && (q->flags & NABA_QUOTE_RESOLVED));
    }
    /* two ministers named, none speaking yet: "الوزير" stays unlinked; a
    ** former president is not "the president" */
    CHECK(qcd_run(p, d,
                  "واستقبل عماد الحمامي، وزير التشغيل، المهدي بن غربية، وزير العلاقة مع الهيئات الدستورية. "
                  "وقال الوزير إن العمل متواصل.",
                  NULL));
    const naba_quote *q = find(d, "العمل متواصل");
    CHECK(speaker_is(d, q, "الوزير") && q->speaker_entity < 0);
    CHECK(qcd_run(p, d,
                  "وكان الرئيس الأمريكي السابق، باراك أوباما، قد وقع الاتفاق. وقال الرئيس الأمريكي إن بلاده ستنسحب.",
                  NULL));
    q = find(d, "ستنسحب");
    CHECK(q && !(q->flags & NABA_QUOTE_RESOLVED));
    /* the name after the title's place, before its audience */
    CHECK(qcd_run(p, d, "و قال وزير الصحة في حكومة الحوثيين طه المتوكل للصحافيين، إن 51 شخصا قتلوا.", NULL));
    CHECK(speaker_is(d, find(d, "51 شخصا"), "وزير الصحة في حكومة الحوثيين طه المتوكل"));
    /* what the claim goes by, no source; the subject of a verb after it is one */
    static const char *const norms[] = {
        "ولكن توجد مجالات أكثر ملاءمة لكل شخص طبقًا لإمكاناته وخبراته.",
        "وأعلن المجلس الدخول في إضراب عام مع بقاء التحركات متواصلة بحسب تطور الأوضاع.",
    };
    for (size_t k = 0; k < sizeof norms / sizeof *norms; k++) {
        CHECK(qcd_run(p, d, norms[k], NULL));
        for (size_t i = 0; i < d->quotes.n; i++) {
            const naba_quote *o = &d->quotes.v[i];
            CHECK(!qcd_has(d, o->speaker_start, o->speaker_end, "إمكاناته") &&
                  !qcd_has(d, o->speaker_start, o->speaker_end, "تطور"));
        }
    }
    CHECK(qcd_run(p, d, "وقالت الشرطة، حسب ما قاله محاميه، إن المتهم أوقف.", NULL));
    CHECK(find(d, "المتهم أوقف") != NULL);
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
    /* the speaker ends at the name: المحادثات is the object of افتتح */
    q = find(d, "الاستفادة من هذه الفرصة");
    CHECK(speaker_is(d, q, "وزير الخارجية التركي هاكان فيان"));
    q = find(d, "وافق كييف وموسكو");
    CHECK(speaker_is(d, q, "رؤساء كلا الوفدين"));
    q = find(d, "هذا شيء يعبر عنه الروس");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "Tykhii"));
    naba_doc_free(d);
    naba_pipeline_close(p);
    free(text);
}

/* One line of 400 sentences, each with its own two named speakers: the
** mention lookups, which start where a binary search over the document's
** mentions puts them, give every quote the names of its own sentence (not
** an earlier or a later one's) to the end of the line. */
static void test_long_line(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    static const char one[] = "وقال وزير الخارجية الأمريكي مايك بومبيو للصحفيين إن المحادثات كانت مثمرة. "
                              "وأكدت الوزيرة أنغيلا ميركل أن الاتفاق بات قريبا. ";
    enum { N = 400 };
    char *text = malloc(N * (sizeof one - 1) + 1);
    CHECK(text != NULL);
    if (!text) return;
    for (size_t i = 0; i < N; i++) memcpy(text + i * (sizeof one - 1), one, sizeof one - 1);
    text[N * (sizeof one - 1)] = 0;
    CHECK(qcd_run(p, d, text, NULL));
    CHECK_EQ_INT(d->quotes.n, 2 * N);
    int ok = 1;
    for (size_t i = 0; i < d->quotes.n && ok; i++) {
        const naba_quote *q = &d->quotes.v[i];
        size_t from = i / 2 * (sizeof one - 1);
        ok = q->speaker_start >= from && q->speaker_end <= q->start &&
             speaker_is(d, q, i % 2 ? "الوزيرة أنغيلا ميركل" : "وزير الخارجية الأمريكي مايك بومبيو");
        if (!ok) fprintf(stderr, "quote %zu of the long line: speaker at %u\n", i, (unsigned)q->speaker_start);
    }
    CHECK(ok);
    free(text);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* The stage's working memory on the document's arena: room for a quoted
** segment per quotation mark, not per unit of the text, and the per-unit
** arrays freed with the stage (src/quotes/README.md, "Session 26 (long26)":
** 40 bytes a unit, 42 MB on a 9.9 MB line); on the example 10 bytes a token
** through the stage, 48 before. */
static void test_memory(void) {
    naba_doc *d = naba_doc_new();
    size_t grew = test_example_growth("counts", "quotes", d);
    CHECK(grew > 0 && d->quotes.n > 0 && d->tokens.n > 1000);
    if (d->tokens.n) printf("quotes grew %zu bytes, %zu a token\n", grew, grew / d->tokens.n);
    CHECK(grew < d->tokens.n * 14);
    naba_doc_free(d);
}

static void test_session30b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    /* a perfect verb after a separate pronoun is its predicate: a student */
    CHECK(qcd_run(p, d,
                  "وتعود القضية إلى جوان حين انتبه الشاب بشير نصر، وهو طالب بالسنة الأولى بالمعهد العالي، وزارة "
                  "الصحة إلى وجود ثغرة في موقعها.",
                  NULL));
    for (size_t i = 0; i < d->quotes.n; i++) CHECK(!d->quotes.v[i].cue || strcmp(d->quotes.v[i].cue, "طالب"));
    CHECK(qcd_run(p, d, "فقد قال في بحث كتبه وهو طالب في أوائل الثمانينيات إن هناك علاقة سرية بين الحركتين.", NULL));
    const naba_quote *q = find(d, "علاقة سرية");
    CHECK(q && q->cue && !strcmp(q->cue, "قال"));
    /* the أن of "it is likely" is no cue's content; a speaker's أن after من still is */
    CHECK(qcd_run(p, d,
                  "انخفض الدولار مع تعرضه لضغوط من بيانات تظهر تباطؤا في نمو الأجور من المرجح أن يمنع المجلس "
                  "من رفع الفائدة.",
                  NULL));
    CHECK(!find(d, "يمنع المجلس"));
    /* the noun طالب, a student, before a nisba, an imperfect or ب with a
    ** place of study; the verb with ب and a verbal noun still speaks */
    CHECK(qcd_run(p, d, "ودخل طالب بجامعة جندوبة في غيبوبة بعد الحادث.", NULL));
    CHECK(!find(d, "جندوبة"));
    CHECK(qcd_run(p, d, "وأصيب طالب جامعي كندي سابق في الهجوم. وطالب المحتجون بالإفراج عن المعتقلين.", NULL));
    CHECK(!find(d, "كندي") && find(d, "المعتقلين"));
    /* نقل with إلى before any عن moves: no relay; with عن it still relays */
    CHECK(qcd_run(p, d,
                  "ونقل المهاجرون إلى سفينة تابعة للبحرية الإيطالية، ومن المتوقع أن يصلوا صقلية غدا. ونقلت الوكالة "
                  "عن مصدر أمني أن الهجوم فشل.",
                  NULL));
    CHECK(!find(d, "صقلية") && find(d, "الهجوم فشل"));
    CHECK(qcd_run(p, d, "فيما ترى مجموعة قليلة من الاقتصاديين أن الركود القادم سيبدأ في 2022.", NULL));
    CHECK(find(d, "الركود القادم") != NULL);
    /* the imperfect after its pronoun still speaks */
    CHECK(qcd_run(p, d, "وشوهد الرئيس السابق وهو يقول إن الحرب انتهت.", NULL));
    q = find(d, "الحرب انتهت");
    CHECK(q && q->cue && !strcmp(q->cue, "قال"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 31 (quotes35): a verb's object is no speaker to carry, verbs
** inside the words, a title's name past a comma. */
static void test_session31(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    /* a phrase after a verb with no words that names nobody is its object:
    ** the subject before it speaks next, else the speaker goes on */
    CHECK(qcd_run(p, d,
                  "لكن الاتحاد المصري أعلن إقالة المدرب فور وصول بعثة الفريق. وقال في بيان: \"عقدنا اجتماعا "
                  "بعد عودتنا من روسيا وقرر المجلس أن يشكر الجهاز الفني\".",
                  NULL));
    const naba_quote *q = find(d, "عقدنا اجتماعا");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "الاتحاد المصري"));
    CHECK(qcd_run(p, d,
                  "وقال وزير التعليم إن الوزارة جاهزة. ونفى شائعة تأجيل بداية الفصل الدراسي، وأكد أنه سيبدأ في "
                  "موعده المحدد.",
                  NULL));
    q = find(d, "سيبدأ في موعده");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "وزير التعليم"));
    /* a group of people, a hashtag: speakers */
    CHECK(qcd_run(p, d,
                  "كما أعرب نشطاء الحقوق الرقمية عن قلقهم، وأشاروا إلى أن القانون الجديد سوف يعيق حرية التعبير.",
                  NULL));
    q = find(d, "يعيق حرية التعبير");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "نشطاء"));
    /* inside the words نقل with a preposition moves; with عن it relays */
    CHECK(qcd_run(p, d, "وقال المتحدث إن ثلاثة أشخاص أصيبوا في الحادث ونقلوا إلى المستشفى للعلاج.", NULL));
    q = find(d, "ثلاثة أشخاص");
    CHECK(q && qcd_has(d, q->start, q->end, "ونقلوا إلى المستشفى"));
    CHECK(qcd_run(p, d,
                  "وقال موقع هاف بوست إن المقابلة \"مفبركة\" ونقل عن متحدث باسم الممثلة قوله إنها \"لم تقم بهذا "
                  "الحوار\".",
                  NULL));
    q = find(d, "المقابلة");
    CHECK(q && !qcd_has(d, q->start, q->end, "ونقل عن"));
    q = find(d, "لم تقم بهذا الحوار");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "متحدث"));
    /* an imperfect right after أن is its clause's verb; after قبل أن a new attribution */
    CHECK(qcd_run(p, d,
                  "وقال المدرب إن مباراة الافتتاح فرصة كبيرة، وأتمنى أن يظهر لاعبونا كل ما لديهم، وأن يرفعوا اسم "
                  "بلدهم.",
                  NULL));
    q = find(d, "مباراة الافتتاح");
    CHECK(q && qcd_has(d, q->start, q->end, "يرفعوا اسم بلدهم"));
    for (size_t i = 0; i < d->quotes.n; i++) CHECK(!d->quotes.v[i].cue || strcmp(d->quotes.v[i].cue, "أظهر"));
    /* a title cut at its place reaches its name past a comma */
    CHECK(qcd_run(p, d,
                  "وتوضح الباحثة في علم النفس بجامعة أوتاغو النيوزيلندية، جيسي بيرينغ، أن خمسة بالمئة فقط من "
                  "مرضى الاكتئاب يقدمون على الانتحار.",
                  NULL));
    q = find(d, "مرضى الاكتئاب");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "جيسي بيرينغ"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

static void test_session31b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    /* footage and a bracket after "according to" say nothing: no source */
    CHECK(qcd_run(p, d,
                  "ووقف عناصر الشرطة قرب مكان الحادث في وسط المدينة، حسب لقطات لقناة \"إن تي في\" التلفزيونية.",
                  NULL));
    CHECK(d->quotes.n == 0);
    CHECK(qcd_run(p, d,
                  "ويتحدد المقابل المالي للتراخيص وفقا لفئة الترخيص. وقال الوزير إن الأسعار سترتفع كثيرا هذا "
                  "العام، بحسب مصادر مطلعة.",
                  NULL));
    CHECK(d->quotes.n == 1 && find(d, "الأسعار سترتفع"));
    /* a work after its namer with a pronoun, a product after its namer: names, no words */
    CHECK(qcd_run(p, d,
                  "وقال الناقد إن الكاتب لعب باللغة. وفعل ذلك جيمس جويس في روايته الأخيرة «يقظة فنيجان في ليلة "
                  "مأتمه».",
                  NULL));
    CHECK(d->quotes.n == 1 && !find(d, "يقظة فنيجان"));
    CHECK(qcd_run(p, d,
                  "وقال الباحث إن الميزة جديدة. وتتطلب الميزة جمع بيانات مشابهة لخدمة «سيري» على هاتف «آي فون» "
                  "و«غوغل ناو» على «آندرويد».",
                  NULL));
    CHECK(d->quotes.n == 1 && !find(d, "غوغل ناو"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 32 (quotes36): a governor the morphology splits, a source after
** ذات/نفس, a quoted name before أن, a verb after the cue's object, a thing's
** verb inside the words, the writer's ألم نقل, a counted noun, a verbal noun
** with no words (src/quotes/README.md, session 32). */
static void test_session32(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "أعلن والي القصرين، حسن الخديمي، اليوم الجمعة، أنه أعطى الإذن للانطلاق في الأشغال.", "أعطى الإذن",
            "والي القصرين", WITHIN);
    CHECK(qcd_run(p, d, "وقالت الوزارة إن الوضع صعب، وفق ذات البلاغ.", NULL));
    const naba_quote *q = find(d, "الوضع صعب");
    CHECK(q && !qcd_has(d, q->start, q->end, "البلاغ"));
    CHECK(qcd_run(p, d, "وأضاف أن القتلى ثلاثة، حسب ذات الحصيلة.", NULL)); /* a toll is no source */
    q = find(d, "القتلى ثلاثة");
    CHECK(q && qcd_has(d, q->start, q->end, "الحصيلة"));
    CHECK(qcd_run(p, d,
                  "في هذا الوقت، أكد «المرصد السوري لحقوق الإنسان»، أن «فصائل المعارضة قصفت بالصواريخ مواقع لقوات "
                  "النظام».",
                  NULL));
    q = find(d, "فصائل المعارضة");
    CHECK(q && !qcd_has(d, q->start, q->end, "لحقوق") && qcd_has(d, q->speaker_start, q->speaker_end, "المرصد"));
    CHECK(qcd_run(p, d,
                  "وأوضحت الهيئة في بيان اطلعت عليه \"العربية.نت\"، أن \"القرار جاء بعد مراجعة داخلية للاتفاقية "
                  "الموقعة\".",
                  NULL));
    q = find(d, "القرار جاء");
    CHECK(q && !qcd_has(d, q->start, q->end, "العربية"));
    no_quote(p, d, "أقر مجلس الشيوخ الفرنسي قانونا يمكن بموجبه أن تفتح الشرطة النار على المشتبه بهم.");
    CHECK(qcd_run(p, d, "وأفاد المراسل أن الحصيلة الأولية لهذا الحادث تشير إلى وفاة سائق القطار.", NULL));
    CHECK(d->quotes.n == 1 && find(d, "الحصيلة الأولية") == find(d, "وفاة سائق"));
    no_quote(p, d, "ألم نقل بأن الحديث عن هذا التغير موجع للغاية؟");
    CHECK(qcd_run(p, d,
                  "وذكر أن المعلومات الأولية المتوفرة لدى الوزارة تفيد بأن حوالي 700 طالب تجمعوا في ساحة القصبة، "
                  "وأن المناوشات تحولت إلى رشق بالحجارة.",
                  NULL));
    CHECK(d->quotes.n == 1 && find(d, "تحولت إلى رشق"));
    said_by(p, d, "وفي 2016 قال الوزير إن الوضع صعب.", "الوضع صعب", "الوزير", EXACT); /* a year */
    CHECK(qcd_run(p, d,
                  "وجاء تصريح هارفل بعيد ساعات على إبداء المتحدث باسم الخارجية الاسرائيلية إيمانويل نحشون سروره "
                  "لعزم بارغواي نقل سفارتها إلى القدس، مؤكدا أن القرار نهائي.",
                  NULL));
    q = find(d, "القرار نهائي");
    CHECK(q && !qcd_has(d, q->speaker_start, q->speaker_end, "سفارتها"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 32 (quotes37): someone's own words are no speaker, a charge's
** name in marks is no quote, a relative clause after a comma inside the
** words (src/quotes/README.md, session 32). */
static void test_session32b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "قال اللاعب محمد العلي إن الفريق جاهز. واختتم حديثه قائلاً: الجميع ينتظر مني تحقيق أرقام جديدة.",
            "ينتظر مني", "العلي", WITHIN);
    said_by(p, d, "وأكد بن حمودة أنه منذ 30 سنة كانت توزع هذه الرسائل في أوراق مكتوبة، وفق تصريحه.",
            "توزع هذه الرسائل", "حمودة", WITHIN);
    CHECK(d->quotes.n == 1);
    no_quote(p, d, "وأقر مكتب الحكام بغرامة بلغت 10 آلاف دولار بتهمة \"الإساءة اللفظية\" لحكم المباراة.");
    CHECK(qcd_run(p, d,
                  "وقال الأطباء إن تلك البرامج، التي تزعم أنها قادرة على تشخيص الأمراض، قد تكون غير دقيقة.", NULL));
    CHECK(d->quotes.n == 1 && find(d, "غير دقيقة") == find(d, "تلك البرامج"));
    said_by(p, d,
            "وأكدت وسائل إعلام أن المتفجرات مشابهة لتلك التي صادرتها قوات الأمن، التي تقول السلطات إنها كانت "
            "مهربة.",
            "كانت مهربة", "السلطات", WITHIN);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 32 (quotes38): a sound plural in ين after دعا/حث is its object,
** the speaker is carried; an object after an indefinite adjective or a
** demonstrative after it is cut off a subject; a document a medium relays
** (بيان نقلته قناة) speaks (src/quotes/README.md). */
static void test_session32c(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وقال الوزير إن الوضع مستقر. ودعا المثقفين إلى تحمل مسؤولياتهم.", "تحمل مسؤولياتهم", "الوزير",
            EXACT);
    said_by(p, d, "ونفى مسؤولون سعوديون هذه الاتهامات قائلين إن الصحفي غادر القنصلية.", "غادر القنصلية",
            "مسؤولون سعوديون", EXACT);
    said_by(p, d, "وأكد مصدر طبي حصيلة القتلى، قائلا إن نساء وأطفالا من بين الضحايا.", "من بين الضحايا",
            "مصدر طبي", EXACT);
    /* a statement a medium relays speaks; the medium relays it */
    CHECK(qcd_run(p, d, "وقال بيان نقلته قناة دويتشه فيله التلفزيونية \"تأكدوا من شرب أطفالكم كميات كافية من الماء\".",
                  NULL));
    const naba_quote *q = find(d, "كميات كافية");
    CHECK(speaker_is(d, q, "بيان") && q->via_end > q->via_start && qcd_has(d, q->via_start, q->via_end, "دويتشه فيله"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

static void test_session33(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    /* "the speaker" of the other gender than the last speaker is someone else */
    said_by(p, d, "قالت رئيسة الحكومة البريطانية إنها تتطلع إلى اللقاء. كما أضاف المتحدث بأن ترامب سيلتقي الرئيس المكسيكي.",
            "سيلتقي الرئيس", "المتحدث", EXACT);
    /* a speaking noun opens the sentence, its verb and then the cue after و */
    said_by(p, d, "وقال الخبير محمد علي إن المشروع مكلف. ولكن وزير المواصلات يصر على إكماله ويقول إن على قوات الأمن أن تهتم بحماية القطار.",
            "بحماية القطار", "وزير المواصلات", EXACT);
    /* عبر after its subject is the verb, and the next cue of the sentence
    ** goes on for the same person */
    said_by(p, d, "وقال رئيس الاتحاد محمد عبدالشكور إن البداية موفقة. مدرب الفريق لطفي الشيخاوي عبر عن ابتهاجه بالانتصار، "
            "وقال: أثق في اللاعبين كثيرا، وقال: تخطينا المباراة الأولى.",
            "تخطينا المباراة", "لطفي الشيخاوي", WITHIN);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 33 (quotes40): a wish (، متمنيا) ends the words before it; a body
** after a date is the subject; a verb after عدم is a noun, and asking not to
** be named (طالبا عدم ذكر اسمه) is an aside before the words. */
static void test_session33b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وأشار المدرب بأن الإدارة نجحت في جلب اللاعب، متمنيا أن يوفق مع الفريق.", "جلب اللاعب", "المدرب",
            EXACT);
    CHECK(qcd_is(d, find(d, "جلب اللاعب")->start, find(d, "جلب اللاعب")->end, "الإدارة نجحت في جلب اللاعب"));
    said_by(p, d, "أكدت مساء اليوم الأربعاء سفارة المملكة العربية السعودية بأنه لا صحة لما يتم تداوله.", "لا صحة",
            "سفارة المملكة العربية السعودية", EXACT);
    said_by(p, d, "وقال المسؤول طالبا عدم ذكر اسمه: «إن السماح باستخدام القواعد سيعزز الفعالية».", "السماح باستخدام",
            "المسؤول", EXACT);
    said_by(p, d, "وأعلن كل من ألمانيا وفرنسا أنهما ستطردان دبلوماسيين روسا.", "دبلوماسيين", "كل من ألمانيا وفرنسا",
            EXACT);
    said_by(p, d, "وقال عقيد في الشرطة طلب عدم كشف هويته إن المقبرة تضم نحو 400 جثة.", "400 جثة", "عقيد", WITHIN);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 33 (quotes41): an "according to" after a verb of varying names
** no source; a definite sound plural in ين after any cue is its object, and
** the speaker is carried. */
static void test_session33c(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    no_quote(p, d, "تختلف طريقة التعامل مع الزبون حسب كل محل.");
    no_quote(p, d, "وتختلف قيمة الغرامة بحسب المخالفة المرتكبة.");
    said_by(p, d, "وصل الوزير إلى المطار. وأبلغ الصحفيين قائلا \"الزيارة ناجحة\".", "الزيارة ناجحة", "الصحفيين",
            NOBODY);
    said_by(p, d, "وللأسف فإن بعضهم يتهم المعارضين لإصدار النظام بأنهم متشددون.", "متشددون", "بعضهم", EXACT);
    said_by(p, d, "بينما ترى آلين عقل، وهي مهندسة داخلية، أن أهم شيء الراحة.", "أهم شيء", "آلين عقل", WITHIN);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 34 (quotes42): a subject after لكن in the middle of a sentence
** (…في خطوة رمزية لكن الوزيرة أوضحت أن); a plural cue after و goes on for the
** plural subject of the singular verb that opens its sentence. */
static void test_session34(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وغاب اللاعب عن التدريبات أمس لكن المدرب خوسيه مورينيو أكد أن الإصابة ليست خطيرة.", "ليست خطيرة",
            "المدرب خوسيه مورينيو", EXACT);
    said_by(p, d, "وقدمت الحكومة استقالتها في خطوة رمزية لكن الوزيرة أوضحت في بيان أنها لن تترشح مجددا.", "لن تترشح",
            "الوزيرة", EXACT);
    said_by(p, d, "وقال أحد الزوار \"المعرض جميل\". فيما اشتكى آخرون من ارتفاع الأسعار وقالوا إن التذاكر غالية.",
            "التذاكر غالية", "آخرون", EXACT);
    said_by(p, d, "وقال أحد المدربين \"الفريق جاهز\". واحتج عشرات المشجعين أمام الملعب وقالوا إن الحكم ظلم الفريق.",
            "ظلم الفريق", "عشرات المشجعين", EXACT);
    said_by(p, d, "اجتمع وزراء الداخلية ثم نظمت قمة طارئة عن الهجرة في خطوات كشفت أن الزعماء ما زالوا مترددين.",
            "مترددين", "", NOBODY);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 34 (quotes43): "also" between a verb and its subject (not an
** object after it); "now" is no speaker, the name Alan is; a verb of telling has the one told after its subject;
** a name in marks inside a subject before its verb; a day's name after a
** comma at the end of the words is the writer's. */
static void test_session34b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "وقال المدير: إن النتائج مرضية. وقال أيضاً المهندسان سامي العلي، وفهد الحربي: إن المشروع تأخر كثيرا.",
            "تأخر كثيرا", "المهندسان سامي العلي، وفهد الحربي", EXACT);
    said_by(p, d, "وأكد كذلك وزير المالية أن العجز سينخفض.", "العجز سينخفض", "وزير المالية", EXACT);
    said_by(p, d, "وكان الحزب يؤيد الاتفاق. ولكنه يقول الآن إن الاتفاق \"لم يعد صالحا\".", "صالحا", "الآن", NOBODY);
    said_by(p, d, "وقال الباحث آلان وودوارد إن الشروط طويلة.", "طويلة", "الباحث آلان وودوارد", EXACT);
    said_by(p, d, "وذكر الوزير الشركات، وذكر كذلك البنوك، وقال: \"الكل سيدفع\".", "سيدفع", "الوزير", EXACT);
    said_by(p, d, "وقالت الهند إنها لا تريد الحرب، ولكنها حثت أيضا باكستان على ضبط النفس.", "ضبط النفس", "الهند", EXACT);
    said_by(p, d, "وفي حين يعزو الوزير الأزمة إلى \"مؤامرة خارجية\" يقول إن المعارضة مسؤولة.", "مسؤولة", "الأزمة", NOBODY);
    said_by(p, d, "وأبلغ رئيس الوزراء النواب الغاضبين أن الميزانية ستعدل.", "ستعدل", "رئيس الوزراء", EXACT);
    CHECK(qcd_run(p, d, "وطالبت المحكمة الحكومة بالإفراج عن المعتقلين، الأربعاء.", NULL));
    CHECK(find(d, "المعتقلين") && !find(d, "الأربعاء"));
    CHECK(qcd_run(p, d, "وقال الوزير إن الاجتماع سيعقد، الأربعاء، في جنيف.", NULL));
    CHECK(find(d, "جنيف") && find(d, "الأربعاء"));
    said_by(p, d, "وأبلغ كبير المفتشين جان موريل المجلس أن الأدلة كافية.", "كافية", "كبير المفتشين جان موريل", WITHIN);
    said_by(p, d, "وأبلغ مسؤول زار الموقع إذاعة محلية بأن المسلحين فروا.", "فروا", "مسؤول زار الموقع", EXACT);
    said_by(p, d, "وقال الوزير إن التحقيق مستمر. يذكر أن المتحدث باسم الشرطة \"جان بول\" قد أعلن أن المشتبه به اعتقل.",
            "اعتقل", "المتحدث باسم الشرطة \"جان بول\"", EXACT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* The name of a source whose ل took the article's alef (naba_quote.speaker_name). */
static int named(const naba_doc *d, const char *inside, const char *name) {
    const naba_quote *q = find(d, inside);
    int ok = q && q->speaker_name && !strcmp(q->speaker_name, name);
    if (!ok) fprintf(stderr, "speaker name of \"%s\" is not %s\n", inside, name);
    return ok;
}

static void test_session35(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    CHECK(qcd_run(p, d, "ووفقا للبيان، تم حل المجلس البلدي.", NULL));
    CHECK(named(d, "حل المجلس", "البيان"));
    CHECK(qcd_run(p, d, "وأجرت اللجنة تحقيقا أفضى إلى إدانة الطبيب، وفقا للمصدر ذاته.", NULL));
    CHECK(named(d, "إدانة الطبيب", "المصدر ذاته"));
    const naba_quote *q = find(d, "إدانة الطبيب");
    CHECK(q && q->speaker_desc && !strcmp(q->speaker_desc, "المصدر ذاته"));
    /* carried to the participle after it, the name goes with it */
    CHECK(qcd_run(p, d, "ووفقا للناطق الإعلامي بالشرطة، فإن الجهات الأمنية تلقت بلاغا، موضحا أنه جرى نقل الجثمان إلى المستشفى.", NULL));
    CHECK(named(d, "تلقت بلاغا", "الناطق الإعلامي بالشرطة") && named(d, "نقل الجثمان", "الناطق الإعلامي بالشرطة"));
    /* with no comma after the source, the verb after it opens the claim */
    said_by(p, d, "ووفقا للبيان تم حل المجلس البلدي في المدينة.", "حل المجلس البلدي", "للبيان", EXACT);
    CHECK(named(d, "حل المجلس البلدي", "البيان"));
    said_by(p, d, "وحسب المصادر قتل ثلاثة أشخاص في الهجوم.", "قتل ثلاثة أشخاص", "المصادر", EXACT);
    CHECK(qcd_run(p, d, "وحسب المصادر قتل ثلاثة أشخاص في الهجوم.", NULL));
    q = find(d, "قتل ثلاثة أشخاص");
    CHECK(q && q->start == (naba_off)strlen("وحسب المصادر "));
    /* a verb in the source's relative clause is the source's */
    said_by(p, d, "ووفقا لتقرير نشرته الصحيفة فإن المجلس سيحل قريبا.", "سيحل قريبا", "الصحيفة", WITHIN);
    /* a speaker whose ل is its own, or one after a verb: the span's text */
    CHECK(qcd_run(p, d, "وقال لوبيز إن الفريق جاهز.", NULL));
    q = find(d, "جاهز");
    CHECK(q && !q->speaker_name);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 35 (quotes46): names in marks that hold no words — a segment or a
** nickname after its namer, a namer with an adjective of origin, a
** newspaper after ل standing alone, a short name closing the sentence —;
** a counted طالب is a student; a cue asked after هل says nothing. */
static void test_session35b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "وقال المؤسس المشارك لشركة مايكروسوفت، في فقرة \"اسألني أي شيء\"، إن هناك أزمة اقتصادية قادمة.",
            "أزمة اقتصادية", "المؤسس المشارك لشركة مايكروسوفت", EXACT);
    CHECK(!find(d, "اسألني"));
    no_quote(p, d, "أكدت تقارير إخبارية متطابقة اليوم الأحد خبر مقتل التونسي المكنى \"أبو الحسن التونسي\"، قيادي بارز.");
    /* the newspaper after a lone ل; the words after the colon are hers */
    CHECK(qcd_run(p, d, "عبرت الفنانة افنان فؤاد عن سعادتها بدورها وقالت ل \"الرياض \": هذا يسعدني ويحفزني لتقديم الأفضل.", NULL));
    CHECK(!find(d, "الرياض"));
    q = find(d, "يسعدني");
    CHECK(q && qcd_has(d, q->speaker_start, q->speaker_end, "افنان فؤاد"));
    /* a namer and its adjective of origin; the name ends the sentence */
    said_by(p, d, "لكن الأمر أوضح بين الأسر المتواضعة الحال، في الاستطلاع، الذي أجري لحساب الجمعية الفرنسية \"النجدة الشعبية\"، بحسب وكالة \"فرانس برس\".",
            "الأسر المتواضعة", "وكالة \"فرانس برس\"", EXACT);
    CHECK(d->quotes.n == 1);
    /* the speaker a namer, the words right after it, are still words */
    said_by(p, d, "وأضافت الصحيفة \"يشتبه في أنه قام برحلة إلى سوريا، لكن الأمر غير مؤكد حتى الآن\".", "غير مؤكد",
            "الصحيفة", EXACT);
    /* words glued to ب or و are said */
    said_by(p, d, "واتهمت الحكومة الروسية الدول التي اتخذت قرارات بإبعاد دبلوماسييها بـ\"اتباع\" بريطانيا \"بشكل أعمى\".",
            "اتباع", "الحكومة الروسية", WITHIN);
    /* the medium of a reporter the attribution after its claim names; the
    ** next sentence's cue claims its own words, not the name */
    said_by(p, d, "تمكنت فرقة الابحاث من إيقاف شخصين، وفق ما أكده مصدر أمني لمراسل \"الجوهرة أف أم\".\nوأضاف المصدر نفسه أنه تم تقديمهما للنيابة.",
            "تقديمهما", "المصدر نفسه", EXACT);
    CHECK(!find(d, "الجوهرة"));
    /* counted students */
    no_quote(p, d, "ويستفيد من خدماتها قرابة 10 ملايين طالب سنويا في 126 دولة حول العالم.");
    no_quote(p, d, "ويطمح البرنامج إلى تقديم برامج تدريبية ل 250 ألف طالب وطالبة في المملكة سنويا بدءا من عام 2018.");
    /* an interviewer's question */
    no_quote(p, d, "هل ترى أن الجهات المعنية بالتخطيط قادرة على تأدية دورها الحقيقي؟");
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 36 (quotes47): a time clause بعدما before the next cue ends the
** words before it; a technique after وفق is no source; أظهر with a quotation
** shows, it says nothing (a colon after it still opens words); a station's
** name in marks is no words; واصفا ends the words before it. */
static void test_session36(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    const char *t = "وكان باشينيان قد طالب النواب الأفراد بالتخلي عن الالتزام الحزبي ودعمه، بعدما قال الحزب الحاكم إنه لن يصوت له.";
    said_by(p, d, t, "بالتخلي", "باشينيان", EXACT);
    q = find(d, "بالتخلي");
    CHECK(q && q->end == (naba_off)(strstr(t, "، بعدما") - t));
    said_by(p, d, t, "لن يصوت", "الحزب الحاكم", EXACT);
    no_quote(p, d, "المعالج الجديد سيعتمد على معمارية عالية الأداء، والذي تم تصنيعه وفق تقنية 14 نانومتر، ما يعني كفاءة أكبر.");
    no_quote(p, d, "وقد أظهرت لقطات مصورة فيون مغطى بالابيض بعد \"حمام الطحين\" الذي تعرض له على يد طالب.");
    CHECK(qcd_run(p, d, "ويظهر كوفي حسرته بعدم المشاركة في المونديال: يجب علينا الندم بأننا لم نشارك.", NULL));
    CHECK(find(d, "يجب علينا الندم"));
    said_by(p, d, "وصرح فابيوس لاذاعة \"فرانس انتر\" \"ساكون هناك الاسبوع المقبل\".", "ساكون هناك", "فابيوس", EXACT);
    CHECK(!find(d, "فرانس"));
    /* a description the speaker adds ends the words before it */
    t = "وأعلن الرئيس الفلسطيني محمود عباس أنه ينوي التوجه إلى المحكمة الجنائية الدولية، واصفا ما حدث بأنه \"جريمة حرب\" جديدة.";
    said_by(p, d, t, "ينوي التوجه", "الرئيس الفلسطيني محمود عباس", EXACT);
    q = find(d, "ينوي التوجه");
    CHECK(q && q->end == (naba_off)(strstr(t, "، واصفا") - t));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 36 (quotes48): a short name in marks before a cue with its own
** content, or before the complementizer, holds no words; a ministry's
** adjective alone refers back to the ministry named before; an unnamed
** source of a body speaks for himself. */
static void test_session36b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "وتواصل القصف على المدينة. «المرصد السوري لحقوق الإنسان» أعلن أمس أن الطيران الحربي شن تسع غارات على المدينة.",
            "الطيران الحربي", "المرصد السوري لحقوق الإنسان", EXACT);
    CHECK(!find(d, "المرصد"));
    said_by(p, d, "وقال ضيف بوليتيكا على \"الجوهرة اف أم\" إنه لا توجد دراسة علمية حول انتشار الظاهرة بالمدارس.",
            "لا توجد دراسة", "ضيف بوليتيكا", EXACT);
    CHECK(!find(d, "الجوهرة"));
    CHECK(qcd_run(p, d, "أعلنت وزارة الداخلية في بيان لها اليوم أن الوحدات تمكنت من إيقاف 7 عناصر. وأفادت الداخلية أن من بين هؤلاء عنصرا عائدا من بؤر التوتر.", NULL));
    const naba_quote *named = find(d, "الوحدات تمكنت");
    q = find(d, "من بين هؤلاء");
    CHECK(named && q && named->speaker_entity >= 0 && q->speaker_entity == named->speaker_entity &&
          (q->flags & NABA_QUOTE_RESOLVED));
    /* an unnamed official of a body is related to it, not the body */
    CHECK(qcd_run(p, d, "وأشار المسؤول بالأمم المتحدة، خلال لقاء صحفي بالعاصمة، إلى أنه قد وقع التشاور مع الحكومة.", NULL));
    q = find(d, "وقع التشاور");
    CHECK(q && q->speaker_entity < 0 && q->speaker_related >= 0 &&
          !strcmp(entity_id(d, q->speaker_related), "org:un"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 37 (quotes49): two names in marks with a preposition between them
** before إن, the object of a call that opens with "all", a cue after لم. */
static void test_session37(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "وقال الصحفي مصطفى الكيلاني في اتصال هاتفي مع \"الجوهرة أف أم\" عبر \"بوليتيكا\"، إن مصر تعاني من تداعيات العائدين.",
            "مصر تعاني", "الصحفي مصطفى الكيلاني", EXACT);
    CHECK(!find(d, "بوليتيكا"));
    said_by(p, d, "وأشار الرئيس في حوار تلفزي إلى أن تونس اقتنت التجهيزات. ودعا جميع التونسيين إلى الاستعداد للتضحية.",
            "الاستعداد للتضحية", "الرئيس", EXACT);
    no_quote(p, d, "ولم يذكر أي من المتحدثين أي تفاصيل حول أن الاجتماع سيتمحور حول السلاح النووي.");
    CHECK(qcd_run(p, d, "وأكدت الأكاديمية أن هناك تحقيقا في الموضوع لكنها لم تذكر اسم الشخص المعني.", NULL));
    q = find(d, "تحقيقا في الموضوع");
    CHECK(q && d->quotes.n == 1 && !qcd_has(d, q->start, q->end, "لم تذكر"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 37, second round (quotes50): a passive cue after لا or a condition
** is a hypothesis; a participle after a byline's dash is no cue; an
** utterance sent right after a verb is its object; scripture and "the number
** of" after "according to" are no source. */
static void test_session37b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    no_quote(p, d, "ورغم أن الرئيس كان مترددا في خوض الانتخابات حتى لا يقال: إن انحيازه للثورة هدفه تولي السلطة.");
    no_quote(p, d, "لماذا لا يقال لنا ما المصادر؟ وإذا قيل لنا إن التنظيم طائفي فإن علينا أن نسأل.");
    said_by(p, d, "سبق- متابعة: أكدت الكويت أن خلافاتها مع السعودية ليست إلا خلافات بسيطة.",
            "خلافاتها مع السعودية", "الكويت", EXACT);
    said_by(p, d, "وأكد الرجل في تصريح للإذاعة أنه اتصل بالسلطات المحلية. ووجه نداء إلى وزارة الشؤون الاجتماعية "
                  "لتمكينه من دفتر علاج، موضحا أنه لا يطالب بغير دفتر العلاج.",
            "لا يطالب بغير", "الرجل", EXACT);
    no_quote(p, d, "وأوصت الجمعية بالعناية بتوجيه الشباب توجيها سليما وفق كتاب الله وسنة رسوله صيانة لهم من الانحراف.");
    CHECK(qcd_run(p, d, "وتستمر عملية الإجلاء حيث من المنتظر برمجة رحلات أخرى حسب عدد المسافرين حسب ما أكدته "
                        "مراسلة الإذاعة.", NULL));
    const naba_quote *q = find(d, "وتستمر عملية الإجلاء");
    CHECK(q && d->quotes.n == 1 && qcd_has(d, q->start, q->end, "حسب عدد المسافرين"));
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* Session 38 (quotes51): the doctor's abbreviated title inside a speaker
** phrase, a word in the accusative of manner right after the cue. */
static void test_session38(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    said_by(p, d, "ومن جانبه وتعليقاً على أراء المحامين قال د. خليلي الدليمي: \"إن التصريحات الأخيرة لهذا الرجل "
                  "غير جديرة بالاحترام\".",
            "التصريحات الأخيرة", "د. خليلي الدليمي", EXACT);
    said_by(p, d, "وقال وزير الداخلية إن الوضع الأمني مستقر. واضاف متحدثا للصحفيين \"لدينا 205 مذكرات توقيف ضد "
                  "أشخاص متورطين\".",
            "لدينا 205", "وزير الداخلية", EXACT);
    const naba_quote *q = find(d, "لدينا 205");
    CHECK(q && q->kind == NABA_QUOTE_DIRECT);
    said_by(p, d, "وقال الوزير إن الحكومة ستدعم الفلاحين. وأضاف مستنكرا أن هذه الجريمة لن تمر دون عقاب.",
            "هذه الجريمة", "الوزير", EXACT);
    naba_doc_free(d);
    naba_pipeline_close(p);
}

/* quotes52: a title ending in ة that names men (عمدة) after a masculine verb
** of the verb_prep class is its subject, not a feminine object; a platform in
** marks after عبر is a name, not speech; a clock's colon opens no words. */
static void test_session38b(void) {
    naba_pipeline *p = qcd_pipe("quotes");
    if (!p) { CHECK(0); return; }
    naba_doc *d = naba_doc_new();
    const naba_quote *q;
    said_by(p, d, "وحث عمدة المدينة كازومي ماتسوي قادة العالم على التخلص من الأسلحة النووية.",
            "التخلص من الأسلحة", "عمدة المدينة كازومي ماتسوي", EXACT);
    said_by(p, d, "ودعا عمدة المدينة قادة العالم إلى التخلص من الأسلحة النووية.", "التخلص من الأسلحة",
            "عمدة المدينة", EXACT);
    no_quote(p, d, "كشفت وزارة الخارجية السعودية عبر \"تويتر\" عن البعض من الأسباب \"المكشوفة\" وراء قرارها المفاجئ.");
    said_by(p, d, "وكتب الوزير عبر حسابه في \"تويتر\": لم يتم التوقيع مع الاتحاد الإيطالي لإقامة السوبر.",
            "لم يتم التوقيع", "الوزير", EXACT);
    said_by(p, d, "وقال وزير الإعلام على \"تويتر\" نقلا عن \"بيان سلام وصداقة مشترك\" وقع بين الطرفين، إن \"حالة "
                  "الحرب التي كانت قائمة بين البلدين انتهت\".",
            "حالة الحرب", "وزير الإعلام", EXACT);
    q = find(d, "حالة الحرب");
    CHECK(q && !qcd_has(d, q->start, q->end, "بيان سلام"));
    no_quote(p, d, "وأعلنت الهيئة العامة للطيران المدني عبر حسابها في تويتر عن تحطم طائرة خاصة الساعة 2:08 مساء.");
    naba_doc_free(d);
    naba_pipeline_close(p);
}

int main(void) {
    test_small();
    test_tune_rules();
    test_speakers();
    test_speaker_bounds();
    test_speaker_things();
    test_participle_speakers();
    test_carried_speakers();
    test_document_bounds();
    test_subject_and_object();
    test_pointers_and_plurals();
    test_run_on_speakers();
    test_session24();
    test_session25();
    test_session25b();
    test_session26();
    test_session27b();
    test_session28();
    test_session29();
    test_session29b();
    test_session30();
    test_session30b();
    test_session31();
    test_session31b();
    test_session32();
    test_session32b();
    test_session32c();
    test_session33();
    test_session33b();
    test_session33c();
    test_session34();
    test_session34b();
    test_session35();
    test_session35b();
    test_session36();
    test_session36b();
    test_session37();
    test_session37b();
    test_session38();
    test_session38b();
    test_late_subjects();
    test_news_medium_audience();
    test_according_to_speaker();
    test_nested_and_relayed();
    test_news_sample();
    test_example();
    test_long_line();
    test_memory();
    return TEST_REPORT();
}
