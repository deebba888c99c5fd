#!/bin/bash
# cli_topic.sh — the topic stage from the command line: the document JSON (and
# JSONL) carries the topic with a probability per label; `-u topic` stops
# there; a truncated or foreign topic model stops the run with exit 3 and a
# message naming the file; `naba train topic` on the same fixture gives the
# same bytes twice and `naba eval topic` scores it; a long sport page gets no
# events (unless --events-every-topic) while the example article keeps its own;
# corpus files are read alike gzipped or plain, and a truncated one is named.
. "$(dirname "$0")/lib.sh"

out=$("$naba" analyze -u topic -f json "$example")
check '[ "$(echo "$out" | jq -r .topic.label)" = politics ]' "the example article is politics"
check '[ "$(echo "$out" | jq "[.topic.probs[]] | add | . > 0.999 and . < 1.001")" = true ]' \
  "the probabilities sum to one"
check '[ "$(echo "$out" | jq "has(\"mentions\")")" = false ]' "-u topic stops before ner"
check '[ "$(echo "$out" | jq -r ".topic.probs | keys_unsorted | join(\",\")")" = politics,economy,sport,culture,technology,society ]' \
  "every label, in naba_topic_name's order"
line=$(jq -nc --rawfile t "$example" '{id:"a1", text:$t}' | "$naba" analyze -i jsonl -f jsonl)
check '[ "$(echo "$line" | jq -r .topic.label)" = politics ]' "-f jsonl has the topic too"
check '[ "$(echo "$line" | wc -l)" -eq 1 ]' "one line per record"

# A sport report (written for this test): confidently sport, long enough, so
# the events stage codes none of its "defeats" and "attacks"; its first
# sentence alone is too short to be judged by its topic and keeps its events.
sport='هاجم لاعبو الزمالك حكم المباراة بعد هزيمة فريقهم أمام الأهلي بهدفين مقابل هدف مساء الجمعة في الدوري المصري لكرة القدم.'
body=' وسجل المهاجم الهدف الأول في الدقيقة العشرين من ركلة جزاء ثم أضاف زميله الهدف الثاني برأسية في الشوط الثاني بينما قلص لاعب الزمالك الفارق قبل نهاية المباراة. وقال مدرب الأهلي في المؤتمر الصحفي إن اللاعبين قدموا أداء رائعا رغم غياب عدد من النجوم بسبب الإصابة وإن الفريق يسعى إلى الفوز بلقب الدوري هذا الموسم. وبهذا الفوز رفع الأهلي رصيده إلى خمس وعشرين نقطة في صدارة جدول الترتيب بفارق ثلاث نقاط عن أقرب منافسيه. ويلتقي الأهلي في الجولة المقبلة مع فريق الإسماعيلي على ملعبه بينما يستضيف الزمالك فريق المصري البورسعيدي في مباراة يتوقع أن يحضرها عدد كبير من المشجعين. وأشاد الجمهور بالحارس الذي تصدى لعدة فرص خطيرة في الشوط الأول.'
doc=$(printf '%s%s\n' "$sport" "$body" | "$naba" analyze --date 2018-05-04 -f json)
check '[ "$(echo "$doc" | jq -r .topic.label)" = sport ]' "the sport report is sport"
check '[ "$(echo "$doc" | jq "(.events // []) | length")" -eq 0 ]' "a long sport page gets no events"
all=$(printf '%s%s\n' "$sport" "$body" | "$naba" analyze --events-every-topic --date 2018-05-04 -f events | wc -l)
check '[ "$all" -ge 1 ]' "--events-every-topic codes it all the same ($all rows)"
one=$(printf '%s\n' "$sport" | "$naba" analyze --date 2018-05-04 -f events | wc -l)
check '[ "$one" -ge 1 ]' "its first sentence alone keeps its events ($one)"
# The example is politics: the topic gate leaves every one of its events.
gated=$("$naba" analyze --date 2025-05-16 -f events "$example")
check '[ -n "$gated" ] && [ "$gated" = "$("$naba" analyze --events-every-topic --date 2025-05-16 -f events "$example")" ]' \
  "the example article keeps all its event rows ($(echo "$gated" | wc -l))"

# A truncated, then a foreign, topic model in a data directory otherwise whole.
mkdir -p "$tmp/d/models"
ln -s "$PWD/data" "$tmp/d/data"
for m in models/*.nbm; do ln -s "$PWD/$m" "$tmp/d/$m"; done
rm "$tmp/d/models/topic.nbm"
head -c 1000 models/topic.nbm > "$tmp/d/models/topic.nbm"
"$naba" analyze --data-dir "$tmp/d" -u topic "$example" > /dev/null 2> "$tmp/err"; rc=$?
check '[ $rc -eq 3 ] && grep -q "topic.nbm" "$tmp/err"' "a truncated model: exit 3, named ($(cat "$tmp/err"))"
check '"$naba" analyze --data-dir "$tmp/d" -u morph -f none "$example"' "stages before topic do not open it"
cp models/translit.nbm "$tmp/d/models/topic.nbm"
"$naba" analyze --data-dir "$tmp/d" "$example" > /dev/null 2> "$tmp/err"; rc=$?
check '[ $rc -eq 3 ] && grep -q "topic.nbm" "$tmp/err"' "a foreign model: exit 3, named ($(cat "$tmp/err"))"

# Training: deterministic for a seed; the evaluator reads what it wrote.
fix=tests/data/topic-tiny.jsonl
"$naba" train topic -q --bits 10 -o "$tmp/a.nbm" "$fix" && "$naba" train topic -q --bits 10 -o "$tmp/b.nbm" "$fix"
check 'cmp -s "$tmp/a.nbm" "$tmp/b.nbm"' "same command, same bytes"
"$naba" train topic -q --bits 10 --seed 2 -o "$tmp/c.nbm" "$fix"
check '! cmp -s "$tmp/a.nbm" "$tmp/c.nbm"' "another seed, another model"
ev=$("$naba" eval topic -m "$tmp/a.nbm" --split all "$fix")
check 'echo "$ev" | grep -q "^articles 12 "' "12 labelled articles scored (localNews left out): $(echo "$ev" | head -1)"
"$naba" train topic -o "$tmp/x.nbm" > /dev/null 2>&1
check '[ $? -eq 2 ]' "no corpus: usage error"
"$naba" eval topic -m "$tmp/d/models/topic.nbm" "$fix" > /dev/null 2>&1
check '[ $? -eq 3 ]' "eval with a foreign model: exit 3"

# Corpus files (src/io/corpus_file.c): gzipped or plain, any file name, read
# alike; a missing or truncated one is an error naming it, exit 3.
gzip -c "$fix" > "$tmp/tiny.jsonl.gz"
cp "$fix" "$tmp/it's plain.jsonl"
gz=$("$naba" eval topic -m "$tmp/a.nbm" --split all "$tmp/tiny.jsonl.gz")
plain=$("$naba" eval topic -m "$tmp/a.nbm" --split all "$tmp/it's plain.jsonl")
check '[ "$gz" = "$ev" ] && [ "$plain" = "$ev" ]' "a gzipped copy and a plain one with a quote in its name score the same"
head -c 300 "$tmp/tiny.jsonl.gz" > "$tmp/cut.jsonl.gz"
"$naba" eval topic -m "$tmp/a.nbm" --split all "$tmp/cut.jsonl.gz" > /dev/null 2> "$tmp/err"; rc=$?
check '[ $rc -eq 3 ] && grep -q "cut.jsonl.gz: unreadable" "$tmp/err"' "a truncated gzip: exit 3, named ($(tail -1 "$tmp/err"))"
"$naba" eval topic -m "$tmp/a.nbm" "$tmp/none.jsonl.gz" > /dev/null 2> "$tmp/err"; rc=$?
check '[ $rc -eq 3 ] && grep -q "none.jsonl.gz: unreadable" "$tmp/err"' "a missing file: exit 3, named"
finish
