#!/usr/bin/env bash
# bench/serve.sh — `naba serve` against `naba analyze -i jsonl` on the same
# articles in the same run: requests and words per second when a program POSTs
# the first N articles of a corpus one after another (one curl process, one
# kept-alive connection), and the batch command over the same texts.
#
#   bench/serve.sh [CORPUS.jsonl.gz] [NABA]      N=300 FORMAT=json by default
#   N=1000 FORMAT=events bench/serve.sh
#
# Wall seconds and CPU seconds (user + system) of the naba process: for the
# server, only while it answers (its start-up is timed apart, as the time to
# its first GET /health); for naba analyze, its whole run, start-up included,
# since that is what a program calling it once per batch pays. Needs curl.
. "$(dirname "$0")/corpus.sh"
n=${N:-300}
fmt=${FORMAT:-json}
export FMT=$fmt
command -v curl >/dev/null || { echo "bench: needs curl" >&2; exit 77; }
dir=$work/serve.$$
mkdir -p "$dir"
trap '[ -z "$pid" ] || kill $pid; rm -rf "$dir"' EXIT
pid=
# the articles: one text file each for the POSTs, and the same texts as JSONL
# (text only: no dates or ids in either run)
head -n "$n" "$jsonl" | jq -c '{text: (.text // "")}' > "$dir/in.jsonl"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
with open(d + "/in.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f):
        open("%s/a%05d.txt" % (d, i), "w", encoding="utf-8").write(json.loads(line)["text"])
PY
words=$(cat "$dir"/a*.txt | wc -w)
bytes=$(cat "$dir"/a*.txt | wc -c)
echo "articles: the first $n of $(basename "$corpus"), $words words, $bytes bytes; -f $fmt"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"

# CPU seconds of a process so far (utime + stime, from /proc)
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
now() { date +%s.%N; }

t0=$(now)
"$naba" serve --port 0 2> "$dir/serve.err" &
pid=$!
port=
until [ -n "$port" ]; do
  kill -0 $pid || { cat "$dir/serve.err" >&2; exit 1; }
  sleep 0.05
  port=$(sed -n 's|^naba serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$dir/serve.err")
done
curl -sf "http://127.0.0.1:$port/health" > /dev/null
open_s=$(echo "$(now) - $t0" | bc)
open_cpu=$(cpu $pid)
# one curl, one connection, the requests one after another
sep=
for f in "$dir"/a*.txt; do
  printf '%surl = "http://127.0.0.1:%s/analyze?format=%s"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
    "$sep" "$port" "$fmt" "$f"
  sep='next
'
done > "$dir/curl.cfg"
t1=$(now)
curl -s -K "$dir/curl.cfg" > "$dir/codes"
serve_s=$(echo "$(now) - $t1" | bc)
serve_cpu=$(echo "$(cpu $pid) - $open_cpu" | bc)
kill -TERM $pid; wait $pid; pid=
ok=$(grep -c '^200$' "$dir/codes" || true)

t2=$(now)
/usr/bin/time -f '%U %S' -o "$dir/time" "$naba" analyze -q -i jsonl -f "$fmt" "$dir/in.jsonl" > /dev/null || [ $? -eq 1 ]
batch_s=$(echo "$(now) - $t2" | bc)
batch_cpu=$(tail -1 "$dir/time" | awk '{ printf "%.2f", $1 + $2 }')

# what a program pays without the server: one naba analyze process per article
# (the first 50 articles at most, to keep the run short)
m=$(( n < 50 ? n : 50 ))
files=("$dir"/a*.txt)
first=("${files[@]:0:m}")
m_words=$(cat "${first[@]}" | wc -w)
t3=$(now)
/usr/bin/time -f '%U %S' -o "$dir/time1" bash -c 'for f in "$@"; do "$0" analyze -q -f "$FMT" "$f" > /dev/null || [ $? -eq 1 ]; done' \
  "$naba" "${first[@]}" 2>/dev/null
one_s=$(echo "$(now) - $t3" | bc)
one_cpu=$(tail -1 "$dir/time1" | awk '{ printf "%.2f", $1 + $2 }')

echo
echo "| run | wall s | CPU s | articles/s (wall) | words/s (wall) | words/s (CPU) |"
echo "|---|---:|---:|---:|---:|---:|"
row() { awk -v n="$1" -v s="$2" -v c="$3" -v a="${4:-$n}" -v w="${5:-$words}" 'BEGIN {
  printf "| %s | %.2f | %.2f | %.1f | %.0f | %.0f |\n", n, s, c, a / s, w / s, (c > 0 ? w / c : 0) }'; }
row "naba serve: $n POSTs ($ok answered 200)" "$serve_s" "$serve_cpu"
row "naba analyze -i jsonl (start-up included)" "$batch_s" "$batch_cpu"
row "naba analyze, one process per article (first $m)" "$one_s" "$one_cpu" "$m" "$m_words"
echo
printf 'naba serve start-up (models loaded, first GET /health): %.2f s wall, %s s CPU\n' "$open_s" "$open_cpu"
