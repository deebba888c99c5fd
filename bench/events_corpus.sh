#!/usr/bin/env bash
# bench/events_corpus.sh — code a whole news corpus with the full pipeline and
# summarize the events: throughput (words/s through the events stage), events
# per news source and per PLOVER type, the most frequent source -> target pairs.
#
#   bench/events_corpus.sh [CORPUS.jsonl.gz] [NABA]
#
# Writes bench/out/events_summary.md (and prints it); the README quotes it.
. "$(dirname "$0")/corpus.sh"
words=$(jq -r '.text' "$jsonl" | wc -w)
docs=$(wc -l < "$jsonl")
jq -r '[.id, .src] | @tsv' "$jsonl" > "$work/id_src.tsv"

# CPU seconds (user + system) of the one naba process: on a shared machine the
# wall clock measures the neighbours too
# exit 1 means some documents failed (e.g. nothing left after cleaning): counted, not fatal
status=0
/usr/bin/time -f '%U %S' -o "$work/time.txt" "$naba" analyze -q -i jsonl -f events "$jsonl" > "$work/events.tsv" || status=$?
[ "$status" -le 1 ] || { echo "bench: naba analyze failed ($status)" >&2; exit "$status"; }
secs=$(tail -n 1 "$work/time.txt" | awk '{ print $1 + $2 }')
n=$(wc -l < "$work/events.tsv")

out=$work/events_summary.md
{
  echo "# Events coded in $(basename "$corpus")"
  echo
  printf '%s documents, %s words, %s events in %.1f s: %.0f words/s through the events stage (CPU time, one core).\n' \
    "$docs" "$words" "$n" "$secs" "$(echo "$words / $secs" | bc -l)"
  echo
  echo "## Events per news source"
  echo
  echo "| source | documents | events | events/document |"
  echo "| --- | ---: | ---: | ---: |"
  awk -F'\t' 'NR==FNR { src[$1]=$2; docs[$2]++; next } { ev[src[$10]]++ }
    END { for (s in docs) printf "| %s | %d | %d | %.2f |\n", s, docs[s], ev[s], ev[s]/docs[s] }' \
    "$work/id_src.tsv" "$work/events.tsv" | sort -t'|' -k4 -nr
  echo
  echo "## Events per PLOVER type"
  echo
  echo "| PLOVER type | events | share |"
  echo "| --- | ---: | ---: |"
  cut -f5 "$work/events.tsv" | sort | uniq -c | sort -rn |
    awk -v n="$n" '{ printf "| %s | %d | %.1f%% |\n", ($2 == "_" ? "(CAMEO 01/02, no PLOVER type)" : $2), $1, 100*$1/n }'
  echo
  echo "## Most frequent coded dyads (source code -> target code)"
  echo
  echo "| source | target | events |"
  echo "| --- | --- | ---: |"
  awk -F'\t' '$3 != "_" && $7 != "_" { print $3 "\t" $7 }' "$work/events.tsv" | sort | uniq -c | sort -rn | awk "NR <= 15" |
    awk '{ printf "| %s | %s | %d |\n", $2, $3, $1 }'
} > "$out"
cat "$out"
