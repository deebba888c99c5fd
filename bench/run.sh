#!/usr/bin/env bash
# bench/run.sh — whole-corpus throughput of the pipeline, cut after each stage,
# against `wc -w` over the same article text in the same run.
#
#   bench/run.sh [CORPUS.jsonl.gz] [NABA]
#   STAGES="segment parse" bench/run.sh     # cut only after these stages
#
# Prints a Markdown table: CPU seconds (user + system, so a busy machine
# disturbs the figures less than wall time would), MB/s of article text, words/s
# (words as `wc -w` counts them), the ratio to wc -w, and peak RSS. One core:
# naba is single-threaded. The README quotes it.
. "$(dirname "$0")/corpus.sh"
text=$work/$(basename "$corpus" .jsonl.gz).text
[ -s "$text" ] || jq -r '.text' "$jsonl" > "$text"
docs=$(wc -l < "$jsonl")
bytes=$(wc -c < "$text")
words=$(wc -w < "$text")

# CPU seconds and peak RSS (KB) of a command, stdout discarded. Exit status 1
# is fine: naba says some articles became error records (e.g. all boilerplate).
measure() {
  local status=0
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > /dev/null || status=$?
  [ "$status" -le 1 ] || { echo "bench: '$*' failed with status $status" >&2; exit 1; }
  # the last line: time(1) puts "Command exited with non-zero status" before it
  tail -n 1 "$work/time.txt" | awk '{ printf "%.2f %d\n", $1 + $2, $3 }'
}

echo "corpus: $(basename "$corpus"): $docs articles, $((bytes / 1000000)) MB of text, $words words"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo
echo "| run | CPU seconds | MB/s | words/s | vs wc -w | peak RSS |"
echo "|---|---:|---:|---:|---:|---:|"
read -r wc_s wc_rss < <(measure wc -w "$text")
row() { # name seconds rss
  awk -v n="$1" -v s="$2" -v r="$3" -v b="$bytes" -v w="$words" -v base="$wc_s" 'BEGIN {
    if (s < 0.01) s = 0.01;
    printf "| %s | %.2f | %.1f | %.0f | %.2fx | %.0f MB |\n", n, s, b / s / 1e6, w / s, base / s, r / 1024 }'
}
row "wc -w (baseline)" "$wc_s" "$wc_rss"
for stage in ${STAGES:-clean segment morph ner link parse quotes events}; do
  read -r s rss < <(measure "$naba" analyze -i jsonl -q -u "$stage" -f none "$jsonl")
  row "naba analyze -u $stage" "$s" "$rss"
done
