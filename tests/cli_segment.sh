#!/usr/bin/env bash
# cli_segment.sh — `naba analyze -f tokens` on the example article: the header
# line, and rows with the right kind, script and value for a few tokens read
# off the article by hand.
. "$(dirname "$0")/lib.sh"

# boilerplate off: the AP coverage line with its URL is removed by default
"$naba" analyze --no-repair boilerplate -f tokens "$example" > "$tmp/tokens.tsv"
check '[ $? -eq 0 ]' "tokens format exits 0"
check '[ "$(head -1 "$tmp/tokens.tsv")" = "$(printf "#sent\tstart\tend\torig_start\torig_end\tkind\tscript\ttext\tkey\tvalue")" ]' "header line"
# row TEXT KIND SCRIPT VALUE: some row has exactly these columns
row() { awk -F'\t' -v t="$1" -v k="$2" -v s="$3" -v v="$4" \
  '$8 == t && $6 == k && $7 == s && $10 == v { found = 1 } END { exit !found }' "$tmp/tokens.tsv"; }
check 'row 1000 number none 1000' "1000 is a number worth 1000"
check 'row 12000 number none 12000' "12000 is a number worth 12000"
check 'row https://apnews.com/hub/russia-ukraine url latin _' "the AP link is one URL token"
check 'row Heorhii word latin _' "Heorhii is a Latin word"
check 'row 2025 number none 2025' "2025 is a number"
check 'row 30 number none 30' "30 in 30 يومًا is a number"
check 'row "،" punct none _' "the Arabic comma is punctuation"
check 'row ".." punct none _' "the truncation cue .. is one token"
# every row's key is filled and the sentence column never goes backwards
check 'awk -F"\t" "NR > 1 && (\$9 == \"\" || \$1 < prev) { bad = 1 } { prev = \$1 } END { exit bad }" "$tmp/tokens.tsv"' "keys filled, sentences in order"
# the report names the truncated sentence
"$naba" analyze -f report "$example" > "$tmp/report"
check 'grep -q "looks truncated: قال أوليه سينيهوبوف" "$tmp/report"' "report names the truncated sentence"

finish
