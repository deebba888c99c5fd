#!/bin/bash
# bench/ner.sh — speed of the pipeline up to segment, morph, ner and link over a news
# corpus (default: ANT v2.1, 31.5k articles), in words per second on one core.
# Words are the tokens the segment stage produces. CPU time (user + sys) is
# reported beside wall time because the machine may be shared.
#   usage: bench/ner.sh [CORPUS.jsonl.gz] [NABA binary]
set -euo pipefail
CORPUS=${1:-../shared/data/news/ant_v2.1_multisource.jsonl.gz}
NABA=${2:-build/naba}
[ -r "$CORPUS" ] || { echo "bench/ner.sh: $CORPUS not found (needs ../shared)" >&2; exit 77; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
zcat "$CORPUS" > "$tmp"
# naba exits 1 when some documents fail (empty or binary ones): still measured
words=$( { "$NABA" analyze -q -i jsonl -u segment -f tokens "$tmp" || true; } | grep -vc '^#')
for stage in segment morph ner link; do
  TIMEFORMAT="%R %U %S"
  t=$( { time "$NABA" analyze -q -i jsonl -u "$stage" -f report "$tmp" >/dev/null 2>&1 || true; } 2>&1 )
  read -r wall user sys <<<"$t"
  awk -v s="$stage" -v w="$words" -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" \
    'BEGIN { printf "until %-8s %d words  wall %.2fs (%.0f words/s)  cpu %.2fs (%.0f words/s)\n", s, w, wall, w / wall, cpu, w / cpu }'
done
