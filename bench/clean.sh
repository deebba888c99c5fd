#!/usr/bin/env bash
# clean.sh — throughput of the clean stage on ANT v2.1 (../shared/data/news):
# the stage alone (bench_clean: articles in memory, CPU time of the cleaning
# loop) and through the command (JSONL in, clean text out), beside `wc -w` on
# the same bytes for scale. Run from the project root after a release build.
set -eu
ant=../shared/data/news/ant_v2.1_multisource.jsonl.gz
[ -f "$ant" ] || { echo "skipped: $ant is absent"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
zcat "$ant" > "$tmp/ant.jsonl"
cc -O2 -std=c11 -D_GNU_SOURCE -Iinclude -Isrc/clean -Isrc/io -Isrc/core bench/bench_clean.c \
   build/libnaba.a $(pkg-config --libs jansson) -lm -o "$tmp/bench_clean"
echo "clean stage alone:"
"$tmp/bench_clean" . "$tmp/ant.jsonl"
echo "naba analyze -i jsonl -u clean -f text (JSON parsing and output included):"
/usr/bin/time -f "  %U s user, %e s wall" ./build/naba analyze -q -i jsonl -u clean -f text "$tmp/ant.jsonl" > /dev/null || true
echo "wc -w on the same file:"
/usr/bin/time -f "  %U s user, %e s wall" wc -w "$tmp/ant.jsonl" > /dev/null
ls -l "$tmp/ant.jsonl" | awk '{printf "  (%.1f MB of JSONL)\n", $5 / 1e6}'
