#!/usr/bin/env bash
# cli_morph.sh — `naba analyze --format conllu` and `--input conllu`: the
# output is well-formed CoNLL-U (every sentence has # text, multiword-token
# ranges cover the words that follow, ten columns), and reading it back gives
# the same tokens and text.
. "$(dirname "$0")/lib.sh"

# Prints "ok" when $1 is well-formed CoNLL-U as naba writes it, else the first problem.
wellformed() {
  awk -F'\t' '
    BEGIN { next_id = 1 }
    function die(m) { print "line " NR ": " m; bad = 1; exit }
    /^# text = / { text = 1; next }
    /^# sent_id = / { sid = 1; next }
    /^#/ { next }
    /^$/ { if (inside) { if (!text || !sid) die("sentence without # text or # sent_id");
                         if (range) die("range runs past the sentence") }
           inside = 0; text = 0; sid = 0; next_id = 1; range = 0; n++; next }
    { inside = 1
      if (NF != 10) die(NF " columns")
      if ($1 ~ /^[0-9]+-[0-9]+$/) {
        split($1, r, "-")
        if (r[1] != next_id || r[2] <= r[1] || range) die("bad range " $1)
        range = r[2]; next }
      if ($1 != next_id) die("word id " $1 ", expected " next_id)
      if ($2 == "" || $4 == "" || $4 == "_") die("word without form or UPOS")
      next_id++
      if (range && $1 == range) range = 0 }
    END { if (!bad) print (n ? "ok" : "empty") }' "$1"
}

# Token forms (multiword-token lines and words outside them), one per line.
tokens() {
  awk -F'\t' '/^#/ || /^$/ { next }
    $1 ~ /-/ { split($1, r, "-"); end = r[2]; print $2; next }
    { if ($1 + 0 > end + 0) print $2 }
    /^$/ { end = 0 }' "$1"
}

"$naba" analyze -f conllu "$example" > "$tmp/out.conllu"; check '[ $? -eq 0 ]' "example analyzes to CoNLL-U"
check '[ "$(wellformed "$tmp/out.conllu")" = ok ]' "CoNLL-U well-formed: $(wellformed "$tmp/out.conllu")"
check 'grep -q "^# newdoc id = " "$tmp/out.conllu"' "# newdoc id written"
check 'grep -qP "^\d+-\d+\tوقال\t" "$tmp/out.conllu"' "وقال is a multiword token"
check 'grep -qP "^\d+\tقال\tقال\tVERB\t" "$tmp/out.conllu"' "قال is a VERB with lemma قال"
check '[ "$(grep -cP "^\d+\tHeorhii\tHeorhii\tPROPN\t" "$tmp/out.conllu")" -ge 1 ]' "Latin-script name is PROPN"
# by default every token's words are written (وحلفاؤها = و + حلفاء + ها);
# --treebank-tokens writes the tokens the treebank's convention leaves
# unanalysed (names such as زيلنسكي) as one X word, as PADT does
check '! grep -q "U---------" "$tmp/out.conllu"' "default: no unanalysed word"
check 'grep -qP "^\d+-\d+\tوحلفاؤها\t" "$tmp/out.conllu" && grep -qP "^\d+\tحلفاء\t" "$tmp/out.conllu"' "وحلفاؤها is و + حلفاء + ها"
# the segmenter's choice checked against the news counts of whole tokens: a
# proclitic letter is the word's own when the remainder never stands alone in
# the news (لاعبين, not ل + اعبين; ليفربول); و is split off a word the news
# has alone far more often, where the segmenter hesitated (وأدين = و + أدين)
printf 'وانضم لاعبين من ليفربول. وأدين الرجل بالقتل.\n' > "$tmp/news.txt"
"$naba" analyze -f conllu "$tmp/news.txt" > "$tmp/news.conllu"
check 'grep -qP "^\d+\tلاعبين\t" "$tmp/news.conllu" && grep -qP "^\d+\tليفربول\t" "$tmp/news.conllu"' "a news word keeps its first letter"
check 'grep -qP "^\d+-\d+\tوأدين\t" "$tmp/news.conllu" && grep -qP "^\d+\tأدين\t[^\t]*\tVERB\t" "$tmp/news.conllu"' "وأدين is و + أدين VERB"
# prepositions do not stack: after على, بطاقة is one word (card), and the
# treebank's ب + هدف stands wherever it is
printf 'حصل على بطاقة حمراء. جاء على بهدف واحد.\n' > "$tmp/prep.txt"
"$naba" analyze -f conllu "$tmp/prep.txt" > "$tmp/prep.conllu"
check 'grep -qP "^\d+\tبطاقة\tبطاقة\tNOUN\t" "$tmp/prep.conllu" && grep -qP "^\d+-\d+\tبهدف\t" "$tmp/prep.conllu"' "no ب + طاقة after على; ب + هدف kept"
# session 31: a dual in construct before two coordinated genitives is one
# word, not a noun with "my" (محافظتي قسنطينة وقالمة), and a noun with "my"
# stays so (زيارتي الأخيرة); a rule-made verb lemma takes the alif the
# treebank spells (يستفيد: استفاد, form X; يضاف: أضاف, form IV); an unknown
# name read as a noun keeps its form as its lemma, no و appended (دونالد)
printf 'اجتمع الوزير في محافظتي قسنطينة وقالمة. قال إن زيارتي الأخيرة كانت جيدة. يستفيد الجميع ويضاف إليه ابنه دونالد ترامب.\n' > "$tmp/s31.txt"
"$naba" analyze -u morph -f conllu "$tmp/s31.txt" > "$tmp/s31.conllu"
check 'grep -qP "^\d+\tمحافظتي\tمحافظة\tNOUN\t[^\t]*\t[^\t]*Number=Dual" "$tmp/s31.conllu" && grep -qP "^\d+-\d+\tزيارتي\t" "$tmp/s31.conllu"' "a dual in construct is one word; زيارتي is زيارة + ي"
check 'grep -qP "^\d+\tيستفيد\tاستفاد\tVERB\t" "$tmp/s31.conllu" && grep -qP "^\d+\tيضاف\tأضاف\tVERB\t" "$tmp/s31.conllu"' "verb lemmas: استفاد, أضاف"
check 'grep -qP "^\d+\tدونالد\tدونالد\t" "$tmp/s31.conllu"' "no و appended to a name's lemma"
# an enclitic is not split off a news word whose host is no word anywhere
# (عبدالله, الترفيه), but أبنائهم (أبناء + هم) and حتفه (حتف + ه) stay split
printf 'وصل الأمير عبدالله إلى هيئة الترفيه مع أبنائهم ولقي حتفه.\n' > "$tmp/encl.txt"
"$naba" analyze -u morph -f conllu "$tmp/encl.txt" > "$tmp/encl.conllu"
check 'grep -qP "^\d+\tعبدالله\t" "$tmp/encl.conllu" && grep -qP "^\d+\tالترفيه\tترفيه\tNOUN\t" "$tmp/encl.conllu" && grep -qP "^\d+-\d+\tأبنائهم\t" "$tmp/encl.conllu" && grep -qP "^\d+-\d+\tحتفه\t" "$tmp/encl.conllu"' "عبدالله and الترفيه whole; أبنائهم and حتفه split"
# session 31 (morph31b): بعد "yet" after لم, before a preposition or the
# sentence's end, is the adverb; بعد "after" before its genitive stays ADP
# words_of NAME STAGE TEXT: TEXT run up to STAGE into $tmp/NAME.conllu
words_of() { printf '%s\n' "$3" > "$tmp/$1.txt"; "$naba" analyze -u "$2" -f conllu "$tmp/$1.txt" > "$tmp/$1.conllu"; }
words_of yet morph 'لم يصل الوفد بعد إلى أنقرة. لم تنته المعركة بعد. لم يحضر الوزير بعد الظهر.'
check '[ "$(grep -cP "^\d+\tبعد\tبعد\tADV\t" "$tmp/yet.conllu")" -eq 2 ] && grep -qP "^\d+\tبعد\tبعد\tADP\t" "$tmp/yet.conllu"' "بعد yet ADV after لم; بعد الظهر ADP"
# session 32 (morph34): an elative أفعل before an indefinite word it governs
# (أضعف سعر, أغلب دول, أسرع هدف) is ADJ when the treebank mostly reads the
# word so; أشهر "months" (mostly NOUN there) after a number stays NOUN
words_of elative morph 'وهو أضعف سعر للمعدن منذ أسبوعين. وتخشى أغلب دول الخليج التصعيد. وسجل هدفا هو أسرع هدف في تاريخ البطولة. وعاد بعد أربعة أشهر فقط من تعيينه.'
check '[ "$(grep -cP "^\d+\t(أضعف|أغلب|أسرع)\t[^\t]+\tADJ\t" "$tmp/elative.conllu")" -eq 3 ] && grep -qP "^\d+\tأشهر\tشهر\tNOUN\t" "$tmp/elative.conllu"' "elatives before a genitive ADJ; أشهر months NOUN"
# session 32: after the ner stage, a name's words the tagger read as common
# ones are PROPN with their form as lemma: every such word of a person's name
# (جنكين), an unknown word of a place's (بيونغتشانغ, not بيونغتشانغة); the
# adjectives of an organisation's or place's name stay (الاتحادي, المتحدة),
# and the morph stage alone leaves جنكين as it read it
printf 'قال النائب البرلماني المحافظ برنارد جنكين إن الحكومة أخطأت. وأقيمت الألعاب الشتوية في بيونغتشانغ في كوريا الجنوبية. وقال مجلس الاحتياطي الاتحادي إن الولايات المتحدة بخير.\n' > "$tmp/names.txt"
"$naba" analyze -u ner -f conllu "$tmp/names.txt" > "$tmp/names.conllu"
"$naba" analyze -u morph -f conllu "$tmp/names.txt" > "$tmp/names-morph.conllu"
check 'grep -qP "^\d+\tجنكين\tجنكين\tPROPN\tX---------\tForeign=Yes\t" "$tmp/names.conllu" && grep -qP "^\d+\tبيونغتشانغ\tبيونغتشانغ\tPROPN\t" "$tmp/names.conllu"' "a name's words read as common ones are PROPN after ner"
check 'grep -qP "^\d+\tالاتحادي\tاتحادي\tADJ\t" "$tmp/names.conllu" && grep -qP "^\d+\tالمتحدة\tمتحد\tADJ\t" "$tmp/names.conllu"' "an organisation's or place's adjectives stay ADJ"
check '! grep -qP "^\d+\tجنكين\t[^\t]*\tPROPN\t" "$tmp/names-morph.conllu"' "the morph stage alone does not read names from mentions"
"$naba" analyze -i conllu --keep-words -u ner -f conllu "$tmp/names-morph.conllu" > "$tmp/names-kept.conllu"
check 'grep -qP "^\d+\tجنكين\tجنكين\tADJ\t" "$tmp/names-kept.conllu"' "words given with --keep-words stay as given after ner"
# session 32 (morph33): a word of a place's or an organisation's name the
# treebank lacks, whose lemma is a known word that does not spell it (مدنين
# مدني, الأناضول أناضل), is PROPN too; الرياضة, lemma رياضة, stays
words_of places ner 'ألقت الشرطة في ولاية مدنين القبض على شخصين. وذكرت وكالة الأناضول أن هيئة الرياضة قررت ذلك.'
check 'grep -qP "^\d+\tمدنين\tمدنين\tPROPN\t" "$tmp/places.conllu" && grep -qP "^\d+\tالأناضول\tالأناضول\tPROPN\t" "$tmp/places.conllu" && grep -qP "^\d+\tالرياضة\tرياضة\tNOUN\t" "$tmp/places.conllu"' "a place's word whose known lemma does not spell it is PROPN after ner"
# session 32 (morph33): an imperfect verb's lemma is no bare-alif imperative:
# form I when the treebank has the three letters (تخدم خدم), form IV when it
# has the أ spelling (تغلق أغلق); an alif the form has stays (اطلعت اطلع)
words_of alif morph 'لا تخدم هذه السياسة مصالح البلاد. وقالت الشرطة إنها سوف تغلق الطريق. اطلعت اللجنة على التقرير.'
check 'grep -qP "^\d+\tتخدم\tخدم\tVERB\t" "$tmp/alif.conllu" && grep -qP "^\d+\tتغلق\tأغلق\tVERB\t" "$tmp/alif.conllu" && grep -qP "^\d+\tاطلعت\tاطلع\tVERB\t" "$tmp/alif.conllu"' "an imperfect verb's lemma is form I or IV, not an imperative"
# session 33 (morph35): a plural in ات read as a perfect verb of the third
# person feminine is a noun (بوابات, سمات), while نشأت, قرأت stay verbs; a
# first-person imperfect takes its third person's lemma (أتمنى تمنى, أستطيع
# استطاع, أعيد أعاد, أعتقد اعتقد even when read as a perfect)
words_of s33 morph 'وطرح التذاكر عبر موقع النادي وحتى بوابات التذاكر أمام النادي.
سمات الشحن الهواتف الذكية ايفون
أعتقد بأن الجميع في النادي يريد الفوز، وأتمنى أن نحقق اللقب، ولا أستطيع أن أعيد ما حدث. وقد نشأت الفكرة حين قرأت الخبر.'
check 'grep -qP "^\d+\tبوابات\tبوابة\tNOUN\t" "$tmp/s33.conllu" && grep -qP "^\d+\tسمات\tسمة\tNOUN\t" "$tmp/s33.conllu" && grep -qP "^\d+\tنشأت\tنشأ\tVERB\t" "$tmp/s33.conllu" && grep -qP "^\d+\tقرأت\tقرأ\tVERB\t" "$tmp/s33.conllu"' "plurals in ات are no verbs; نشأت, قرأت are"
check 'grep -qP "^\d+\tأتمنى\tتمنى\tVERB\t" "$tmp/s33.conllu" && grep -qP "^\d+\tأستطيع\tاستطاع\tVERB\t" "$tmp/s33.conllu" && grep -qP "^\d+\tأعيد\tأعاد\tVERB\t" "$tmp/s33.conllu" && grep -qP "^\d+\tأعتقد\tاعتقد\tVERB\t" "$tmp/s33.conllu"' "a first-person imperfect takes its third person's lemma"
# session 33 (morph36): a curated news elative is ADJ before any word it
# governs but a preposition (أسوأ أزمة, أقصى درجات, أصدق التهاني), and the
# word it governs is a noun (التهاني, not ADJ); أحسن إلى stays a verb and
# أعلى before ال may be the noun "top" (في أعلى الجبل)
words_of s33e morph 'وهذه هي أسوأ أزمة تضرب البلاد. وعبر الأمير عن أصدق التهاني للشعب. وتعمل الوزارة لضمان أقصى درجات النجاح. وقد أحسن إلى جيرانه. ويقع الحصن في أعلى الجبل.'
check 'grep -qP "^\d+\tأسوأ\t[^\t]+\tADJ\t" "$tmp/s33e.conllu" && grep -qP "^\d+\tأصدق\t[^\t]+\tADJ\t" "$tmp/s33e.conllu" && grep -qP "^\d+\tأقصى\t[^\t]+\tADJ\t" "$tmp/s33e.conllu" && grep -qP "^\d+\tالتهاني\t[^\t]+\tNOUN\t" "$tmp/s33e.conllu"' "news elatives ADJ before their genitive, the genitive NOUN"
check 'grep -qP "^\d+\tأحسن\t[^\t]+\tVERB\t" "$tmp/s33e.conllu" && ! grep -qP "^\d+\tأعلى\t[^\t]+\tADJ\t" "$tmp/s33e.conllu"' "أحسن إلى a verb; أعلى الجبل no elative"
# session 34 (morph37): a noun's or adjective's lemma keeps the ؤ or ئ its
# form has: مؤكدة after a comma (accusative) took the lemma of the treebank's
# موكدة (folded keys are blind to the hamza), موكد, not مؤكد
words_of s34h morph 'نفت دمشق الأمر ، مؤكدة أنها دمرت ترسانتها.'
check 'grep -qP "^\d+\tمؤكدة\tمؤكد\tADJ\t" "$tmp/s34h.conllu"' "a lemma keeps the form's hamza seat (مؤكدة مؤكد)"
# session 34 (morph37): an imperfect verb with the prefix أ is the first
# person singular, its mood as read (لم أعرف jussive); a perfect whose lemma
# the first person took (أعتقد) is an indicative
words_of s34p morph 'أتمنى أن نحقق اللقب ولم أعرف ذلك. وأشكر الجميع، أعتقد بأن الفوز قريب.'
check 'grep -qP "^\d+\tأتمنى\tتمنى\tVERB\tVIIA-1MS--\t" "$tmp/s34p.conllu" && grep -qP "^\d+\tأعرف\t[^\t]+\tVERB\tVIJA-1MS--\t" "$tmp/s34p.conllu" && grep -qP "^\d+\tأعتقد\tاعتقد\tVERB\tVIIA-1MS--\t" "$tmp/s34p.conllu"' "an imperfect with the prefix أ is a first person singular"
# session 34 (morph38): a singular noun keeps a final و the construct
# plural's rule took (يورو, not يور; مسؤولو مسؤول stays); a foreign word read
# as an imperfect whose lemma no dictionary knows is a noun or a name
# (يوتيوب, not the verb وتيوب)
words_of s34w morph 'قام بايرن ميونخ بدفع 13 مليون يورو وانضم اللاعب إلى الفريق. وقال عرض المقطع في الهواء الطلق، و«يوتيوب» أيضا. وقال مسؤولو الوزارة إن الخطة جاهزة.'
check 'grep -qP "^\d+\tيورو\tيورو\tNOUN\t" "$tmp/s34w.conllu" && grep -qP "^\d+\tمسؤولو\tمسؤول\tNOUN\t" "$tmp/s34w.conllu"' "a singular noun keeps its final و (يورو); a construct plural loses it"
check 'grep -qP "^\d+\tيوتيوب\tيوتيوب\t(PROPN|NOUN|X)\t" "$tmp/s34w.conllu"' "a foreign word is no imperfect verb (يوتيوب)"
# session 34 (morph39): a derived form's verbal noun (انفعال, افتعال) read
# as a verb takes its NOUN reading: no perfect has an alif before its last
# letter (قال إن انطباع: VERB before); the verb انتقل stays one
words_of s34m morph 'قال إن انطباع الناس كبير. انصراف المسؤول عن عمله. انتقل اللاعب إلى الفريق.'
check 'grep -qP "^\d+\tانطباع\t[^\t]+\tNOUN\t" "$tmp/s34m.conllu" && grep -qP "^\d+\tانصراف\t[^\t]+\tNOUN\t" "$tmp/s34m.conllu" && grep -qP "^\d+\tانتقل\t[^\t]+\tVERB\t" "$tmp/s34m.conllu"' "a derived form's verbal noun is no verb (انطباع, انصراف; انتقل a verb)"
# session 35 (morph40): a word spelled with أ or إ takes a reading of its own
# hamza seat (إما CCONJ, not أما; أعداد lemma عدد, not إعداد); the counted
# noun after a numeral is no verb (مليار يورو: VERB ورا before); ب governs
# no verb (بكشف, بوصفه: VERB before); the letter M of اف ام/أف أم is a name's
words_of s35 morph 'بلغت الخسائر مليار يورو في العام. وقال مراسل الجوهرة أف أم إن المباراة انتهت. يجب عليه إما الاعتراض أو الاستقالة. ارتفعت أعداد الزوار. تطالبان روسيا بكشف دورها في الهجوم. وعرف بوصفه رئيسا للجنة.'
check 'grep -qP "^\d+\tإما\tإما\tCCONJ\t" "$tmp/s35.conllu" && grep -qP "^\d+\tأعداد\tعدد\tNOUN\t" "$tmp/s35.conllu"' "a word keeps its hamza seat's reading (إما CCONJ, أعداد lemma عدد)"
check 'grep -qP "^\d+\tيورو\tيورو\t(NOUN|PROPN|X)\t" "$tmp/s35.conllu" && grep -qP "^\d+\tكشف\t[^\t]+\tNOUN\t" "$tmp/s35.conllu" && grep -qP "^\d+\tوصف\tوصف\tNOUN\tN------S2R\t" "$tmp/s35.conllu"' "a counted noun (مليار يورو) and a host after ب (بكشف, بوصفه) are no verbs"
check 'grep -qP "^\d+\tأم\tأم\tPROPN\t" "$tmp/s35.conllu"' "the M of أف أم is a name's letter, not CCONJ أم"
# a word the treebank never saw is no closed-class word (فيسبوك: PRON before)
words_of s35c morph 'وكتب الوزير على صفحته في فيسبوك أن الاجتماع انتهى.'
check 'grep -qP "^\d+\tفيسبوك\tفيسبوك\t(NOUN|PROPN|X|ADJ)\t" "$tmp/s35c.conllu"' "an unknown word takes no guessed closed class (فيسبوك not PRON)"
# a broken plural the treebank never lemmatised takes its singular's lemma
# (ملاعب, المواليد, سكك, الجرائم: the plural itself before); a form III
# participle read singular keeps its own (المقاتل)
words_of s35p morph 'زاروا ملاعب كرة القدم وسجلوا المواليد الجدد على سكك الحديد وتراجعت الجرائم. وقال المقاتل إن الوضع صعب.'
check 'grep -qP "^\d+\tملاعب\tملعب\t" "$tmp/s35p.conllu" && grep -qP "^\d+\tالمواليد\tمولود\t" "$tmp/s35p.conllu" && grep -qP "^\d+\tسكك\tسكة\t" "$tmp/s35p.conllu" && grep -qP "^\d+\tالجرائم\tجريمة\t" "$tmp/s35p.conllu" && grep -qP "^\d+\tالمقاتل\tمقاتل\t" "$tmp/s35p.conllu"' "a broken plural's lemma is its singular (ملاعب ملعب, المواليد مولود, سكك سكة, الجرائم جريمة)"
# a word in إ read as أمام's preposition (إمام "imam": ADP lemma أمام before)
# is a noun; an unknown word read as a verb whose lemma the rules end in ة
# (مونرو منروة: VERB before) is no verb
words_of s35i morph 'وقال إمام المسجد إن الصلاة ستقام غدا. مفاجأة.. فيلم جديد لمارلين مونرو بعد 50 سنة على رحيلها.'
check 'grep -qP "^\d+\tإمام\tإمام\tNOUN\t" "$tmp/s35i.conllu" && grep -qP "^\d+\tمونرو\tمونرو\t(NOUN|PROPN|X)\t" "$tmp/s35i.conllu"' "إمام is a noun, not ADP أمام; an unknown verb with a lemma in ة is no verb (مونرو)"
# session 36 (morph42): و is split off a news word no dictionary knows whose
# remainder the news has as often alone (وجاءت, وأبان: one VERB/NOUN word
# before); a name ending in و read as the foreign X (رونالدو, مارسيلو) is
# PROPN, a counted unit after a numeral (يورو) is not made a name
words_of s36 morph 'وجاءت تصريحات الوزير بعد ذلك. وأبان التقرير أن العدد زاد. وخرج مارسيلو بعد 10 دقائق. بلغ السعر 250 يورو.'
check 'grep -qP "^\d+\tجاءت\tجاء\tVERB\t" "$tmp/s36.conllu" && grep -qP "^\d+\tأبان\t[^\t]+\tVERB\t" "$tmp/s36.conllu"' "و is split off a verb the news has alone (وجاءت, وأبان)"
check 'grep -qP "^\d+\tمارسيلو\tمارسيلو\tPROPN\t" "$tmp/s36.conllu" && ! grep -qP "^\d+\tيورو\t[^\t]+\tPROPN\t" "$tmp/s36.conllu"' "a name read as the foreign X is PROPN (مارسيلو), a unit after a numeral is not (يورو)"
# session 36 (morph43): a cardinal the treebank tags NUM read as a noun (ست
# سنوات, دور الثمانية: NOUN before) is NUM, المليون takes مليون's lemma; a
# word read as the foreign X that the news has with ال is a noun (سمو)
words_of s36n morph 'قتل في التمرد المستمر منذ ست سنوات. وتأهل الفريق إلى دور الثمانية. تجاوزت المبيعات المليون دولار. وشكر سمو ولي العهد الحضور. وتلقى برقية من خادم الحرمين الشريفين وسمو ولي عهده الأمين.'
check 'grep -qP "^\d+\tست\tستة\tNUM\t" "$tmp/s36n.conllu" && grep -qP "^\d+\tالثمانية\tثمانية\tNUM\t" "$tmp/s36n.conllu" && grep -qP "^\d+\tالمليون\tمليون\tNUM\t" "$tmp/s36n.conllu"' "a cardinal is NUM (ست, الثمانية), المليون lemma مليون"
check 'grep -qP "^\d+\tسمو\tسمو\tNOUN\t" "$tmp/s36n.conllu"' "a word the news has with ال read as the foreign X is a noun (سمو)"
# the letter M before B or S and after G, أم of أم القرى, is a name word, not أم "or"
words_of s36m morph 'وأكدت مجموعة " أم بي سي " الخبر. وقال أستاذ بجامعة أم القرى إن الأمر صحيح.'
check '[ "$(grep -cP "^\d+\tأم\tأم\tPROPN\t" "$tmp/s36m.conllu")" -eq 2 ]' "أم of أم بي سي and أم القرى is a name word, not CCONJ"
# session 37 (morph44): a rule-made verb lemma ends in أ, not ئ (أنشئت
# أنشأ), a passive of form III takes the active's ا (شوهدت شاهد), and an
# unknown word after a name read as an adjective is a name (غلوبال)
words_of s37 morph 'وقال إنه لا يمكن أن يحصل ذلك. وقد أنشئت الهيئة عام 2000. وقد شوهدت السيارة قرب المبنى.'
check 'grep -qP "^\d+\tأنشئت\tأنشأ\tVERB\t" "$tmp/s37.conllu" && grep -qP "^\d+\tشوهدت\tشاهد\tVERB\t" "$tmp/s37.conllu"' "a verb lemma ends in أ (أنشئت أنشأ), form III passive شوهدت شاهد"
# the most frequent of a known word's treebank lemmas wins a tie on
# shared letters (يمكن أمكن 26, not مكن 2: a shared first byte of two
# different letters counted before)
check 'grep -qP "^\d+\tيمكن\tأمكن\tVERB\t" "$tmp/s37.conllu"' "يمكن lemma أمكن (the treebank's 26 of 28)"
words_of s37n morph 'وقال العضو المنتدب في شركة روك كريك غلوبال مايكل سمارت إن الحرب التجارية أمر مخيف.'
check 'grep -qP "^\d+\tغلوبال\tغلوبال\tPROPN\t" "$tmp/s37n.conllu"' "an unknown word after a name read as ADJ is PROPN (كريك غلوبال)"
# session 37 (morph45): a defective verb's rule-made lemma takes its ى
# back (استدعت استدعى, تعافت تعافى, اشتكوا اشتكى), not a sound verb's
# (ترتد ارتد); a word the treebank saw once, as NUM, is NUM (مائة,
# الثماني), not another spelling of it (أثنى "praised", folded اثني)
words_of s37w morph 'واستدعت الوزارة السفير. وتعافت الليرة من خسائرها. وقد اشتكوا من آلام الظهر. وقال إن الأسعار قد ترتد صعودا. وأكثر من مائة شاهد حضروا. وقعت الحرب في السنوات الثماني الماضية. وأثنى الوزير على الجهود.'
check 'grep -qP "^\d+\tاستدعت\tاستدعى\tVERB\t" "$tmp/s37w.conllu" && grep -qP "^\d+\tتعافت\tتعافى\tVERB\t" "$tmp/s37w.conllu" && grep -qP "^\d+\tاشتكوا\tاشتكى\tVERB\t" "$tmp/s37w.conllu" && ! grep -qP "^\d+\tترتد\tارتدى\t" "$tmp/s37w.conllu"' "a defective verb's lemma ends in ى (استدعت استدعى), a sound verb's does not (ترتد)"
check 'grep -qP "^\d+\tمائة\tمائة\tNUM\t" "$tmp/s37w.conllu" && grep -qP "^\d+\tالثماني\tثمانية\tNUM\t" "$tmp/s37w.conllu" && ! grep -qP "^\d+\tأثنى\t[^\t]*\tNUM\t" "$tmp/s37w.conllu"' "a word the treebank saw once, as NUM, is NUM (مائة, الثماني), أثنى is not"
# session 38 (morph46): a hamza-final imperfect's lemma keeps the alif of
# form IV or VIII (يخطئ أخطأ, تمتلئ امتلأ), not form II's (يهيئ هيأ); a
# plural of hundreds or thousands is NUM (مئات, المئات, الآلاف), and a
# word with ال after it in construct its genitive noun (مئات المدنيين)
words_of s38 morph 'ويخطئ من يظن ذلك. تمتلئ الشوارع بالناس. ويهيئ الفريق نفسه للمباراة. قتل مئات المدنيين في الهجوم. وخرج المئات إلى الشوارع. وشارك عشرات الآلاف في المسيرة.'
check 'grep -qP "^\d+\tيخطئ\tأخطأ\tVERB\t" "$tmp/s38.conllu" && grep -qP "^\d+\tتمتلئ\tامتلأ\tVERB\t" "$tmp/s38.conllu" && grep -qP "^\d+\tيهيئ\tهيأ\tVERB\t" "$tmp/s38.conllu"' "a hamza-final imperfect's lemma: يخطئ أخطأ, تمتلئ امتلأ, يهيئ هيأ"
check 'grep -qP "^\d+\tمئات\tمئة\tNUM\t" "$tmp/s38.conllu" && grep -qP "^\d+\tالمئات\tمئة\tNUM\t" "$tmp/s38.conllu" && grep -qP "^\d+\tالآلاف\tألف\tNUM\t" "$tmp/s38.conllu" && grep -qP "^\d+\tالمدنيين\t[^\t]*\tNOUN\t" "$tmp/s38.conllu"' "مئات, المئات, الآلاف NUM; مئات المدنيين NOUN"
# a place named as a dual (البحرين Bahrain) is no dual of بحر
words_of s38p morph 'وقاطعت السعودية والإمارات والبحرين الدوحة.'
check 'grep -qP "^\d+\tالبحرين\tبحرين\t" "$tmp/s38p.conllu"' "البحرين lemma بحرين, not بحر"
# session 38 (morph47): an imperfect of another person takes its third
# person's treebank lemma (نقول, يعودون: قال, عاد); a five-letter verb lemma
# starts with a bare ا (تحتضن احتضن) or none (يلاقي لاقى); a noun's rule-made
# lemma in a bare ا takes the treebank's إ (ارهابي إرهابي); فواعل's singular
# فوعلة (صوامع صومعة); ب + عيد before a feast; a place's one-word mention
# read as an adjective is PROPN (ولاية سوسة), as a dual its form is its
# lemma (في جازان)
words_of s38b morph 'نقول إنهم سيعودون غدا. الدولة التي تحتضن البطولة. يلاقي الفريق منافسه. قتل ارهابي في الهجوم. تعمل المؤسسة العامة لصوامع الغلال على توسعة الصوامع. وتهنئتهم بعيد الفطر المبارك.'
check 'grep -qP "^\d+\tنقول\tقال\tVERB\t" "$tmp/s38b.conllu" && grep -qP "^\d+\tيعودون\tعاد\tVERB\t" "$tmp/s38b.conllu"' "imperfects take their third person's lemma: نقول قال, يعودون عاد"
check 'grep -qP "^\d+\tتحتضن\tاحتضن\tVERB\t" "$tmp/s38b.conllu" && grep -qP "^\d+\tيلاقي\tلاقى\tVERB\t" "$tmp/s38b.conllu"' "five-letter verb lemmas: تحتضن احتضن, يلاقي لاقى"
check 'grep -qP "^\d+\tارهابي\tإرهابي\t" "$tmp/s38b.conllu" && grep -qP "^\d+\tصوامع\tصومعة\tNOUN\t" "$tmp/s38b.conllu"' "ارهابي lemma إرهابي; صوامع lemma صومعة"
check 'grep -qP "^\d+-\d+\tبعيد\t" "$tmp/s38b.conllu" && grep -qP "^\d+\tعيد\tعيد\tNOUN\t" "$tmp/s38b.conllu"' "بعيد الفطر is ب + عيد"
words_of s38c ner 'أقدم شاب من ولاية سوسة على الانتحار. وصل الوفد إلى مستشفى في جازان أمس.'
check 'grep -qP "^\d+\tسوسة\tسوسة\tPROPN\t" "$tmp/s38c.conllu" && grep -qP "^\d+\tجازان\tجازان\t" "$tmp/s38c.conllu"' "a place's one word read as ADJ is PROPN (سوسة), as a dual keeps its form as lemma (جازان)"
"$naba" analyze -f conllu --treebank-tokens "$example" > "$tmp/tb.conllu"
check '[ "$(wellformed "$tmp/tb.conllu")" = ok ]' "--treebank-tokens: CoNLL-U well-formed"
check 'grep -qP "^\d+\tزيلنسكي\tزيلنسكي\tX\tU---------\t_\t" "$tmp/tb.conllu"' "--treebank-tokens: unanalysed name is one X U--------- word"

# read back: same tokens, same text
"$naba" analyze -i conllu -f conllu "$tmp/out.conllu" > "$tmp/back.conllu"; check '[ $? -eq 0 ]' "CoNLL-U reads back"
check '[ "$(wellformed "$tmp/back.conllu")" = ok ]' "read-back output well-formed"
tokens "$tmp/out.conllu" > "$tmp/t1"; tokens "$tmp/back.conllu" > "$tmp/t2"
check '[ -s "$tmp/t1" ] && cmp -s "$tmp/t1" "$tmp/t2"' "reading back gives the same tokens"
check '[ "$(grep "^# text" "$tmp/out.conllu")" = "$(grep "^# text" "$tmp/back.conllu")" ]' "reading back gives the same text"
check '[ "$(grep -c SpaceAfter=No "$tmp/out.conllu")" -eq "$(grep -c SpaceAfter=No "$tmp/back.conllu")" ]' "SpaceAfter=No survives"

# --keep-words keeps the given analyses exactly (ID to FEATS, and MISC; the
# parser runs again on them, and a token written as one unanalysed word is one
# word now, so HEAD and DEPREL may differ)
"$naba" analyze -i conllu --keep-words -f conllu "$tmp/out.conllu" > "$tmp/kept.conllu"
check 'diff <(grep -v "^#" "$tmp/out.conllu" | cut -f1-6,10) <(grep -v "^#" "$tmp/kept.conllu" | cut -f1-6,10) >/dev/null' "--keep-words keeps words as given"

# bad CoNLL-U: a clear error naming the line, exit 3
printf '1\tو\tو\tCCONJ\t_\t_\t0\troot\t_\t_\n3\tx\n' > "$tmp/bad.conllu"
"$naba" analyze -i conllu -f conllu "$tmp/bad.conllu" > /dev/null 2> "$tmp/err"; status=$?
check '[ $status -eq 3 ] && grep -q "bad.conllu:2: " "$tmp/err"' "bad CoNLL-U exits 3 naming the line"

# training: the unanalysed-token classifier stops after 3 epochs whatever
# --epochs says (its labels are noisy; docs/morph.md), the other models do not
"$naba" train morph --treebank tests/data/morph-tiny.conllu --table-bits 8 --epochs 5 --clusters 8 \
    --news tests/data/morph-news.jsonl --hunspell none -o "$tmp/tiny.nbm" 2> "$tmp/train.err"
check '[ "$(grep -c "unanalysed tokens epoch" "$tmp/train.err")" -eq 3 ] && grep -q "segmentation epoch 5:" "$tmp/train.err"' \
    "the classifier trains 3 epochs, the segmenter --epochs"

finish
