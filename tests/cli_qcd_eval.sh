#!/usr/bin/env bash
# cli_qcd_eval.sh — `naba eval quotes|counts` on a tiny dev set written here
# (two articles in two parts, gold offsets counted by hand): each part of
# articles.tsv is reported in its own block, --part keeps one, an unknown part
# is a usage error; tools/events_sample.py draws its quotes and counts layers
# (one row per quote / count, blank verdicts) from the same articles. Needs no
# ../shared.
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/dev" "$tmp/news"
# article a: "قال الوزير إن 30 جنديا قتلوا." — the quote starts after "إن " at
# byte 25, the speaker الوزير is bytes 7..19, the count 30 is bytes 25..27.
printf '%s\n' '{"id":"a","text":"قال الوزير إن 30 جنديا قتلوا.","date":"2025-05-16"}' \
  '{"id":"b","text":"وأضاف المتحدث أن المحادثات مستمرة.","date":"2025-05-16"}' > "$tmp/news/n.jsonl"
printf '#file\tid\tpart\nn.jsonl\ta\ttune\nn.jsonl\tb\theld\n' > "$tmp/dev/articles.tsv"
printf '#id\tstart\tend\tspeaker_start\tspeaker_end\na\t25\t49\t7\t19\n' > "$tmp/dev/quotes.tsv"
printf '#id\tstart\tend\tvalue\tvalue_max\na\t25\t27\t30\t30\n' > "$tmp/dev/counts.tsv"

"$naba" eval quotes --dev "$tmp/dev" --news "$tmp/news" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 0 ]' "eval quotes exits 0"
check 'grep -q "^quotes tune: 1 articles, 1 gold" "$tmp/out"' "the tune part is reported"
check 'grep -q "^quotes held: 1 articles, 0 gold" "$tmp/out"' "a part named in articles.tsv is reported"
check 'grep -q "^quotes all: 2 articles, 1 gold" "$tmp/out"' "all articles are reported"
check 'grep -A2 "^quotes tune" "$tmp/out" | grep -q "speaker correct 100.0% of 1 found"' "the speaker of the tune quote is right"
"$naba" eval counts --dev "$tmp/dev" --news "$tmp/news" --part tune > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 0 ] && [ "$(grep -c "^counts " "$tmp/out")" -eq 1 ]' "--part keeps one part"
check 'grep -q "right value 100.0% of gold (1/1)" "$tmp/out"' "30 is read as 30"
"$naba" eval counts --dev "$tmp/dev" --news "$tmp/news" --part nosuch > /dev/null 2> "$tmp/err"
check '[ $? -eq 2 ] && grep -q "no part .nosuch." "$tmp/err"' "an unknown part is a usage error"

# the sampler's quotes and counts layers: one row per quote / count of -f json
"$naba" analyze -i jsonl -q -f json "$tmp/news/n.jsonl" > "$tmp/docs.json"
python3 tools/events_sample.py --layer quotes --seed 1 --n 5 "$tmp/docs.json" > "$tmp/q.tsv" 2> /dev/null
check 'head -1 "$tmp/q.tsv" | grep -q "speaker_entity.*quote_ok	speaker_ok	span_ok	note$"' "the quotes layer has its verdict columns"
check '[ "$(grep -c "^[0-9]" "$tmp/q.tsv")" -eq 2 ] && grep -q "	a	0	25-49	indirect	قال	الوزير	" "$tmp/q.tsv"' \
  "one row per quote, with its span, cue and speaker"
check 'grep "	b	" "$tmp/q.tsv" | grep -q "المتحدث (implicit)\|	المتحدث	"' "the second article's quote has its speaker"
python3 tools/events_sample.py --layer counts --seed 1 --n 5 "$tmp/docs.json" > "$tmp/c.tsv" 2> /dev/null
check 'grep -q "	a	0	25-27	quantity	30	30	exact	" "$tmp/c.tsv"' "the counts layer reads 30 with its span"

finish
