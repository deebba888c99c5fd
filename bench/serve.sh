#!/usr/bin/env bash
# bench/serve.sh — `naba serve` against `naba analyze -i jsonl` on the same
# articles in the same run: requests and words per second when programs POST
# the first N articles of a corpus, for each --threads T in THREADS with T
# clients at once (T curl processes, each one kept-alive connection, its share
# of the articles one after another), an article a request and then batches of
# BATCH lines (input=jsonl); and the batch command over the same texts.
#
#   bench/serve.sh [CORPUS.jsonl.gz] [NABA]   N=300 FORMAT=json THREADS="1 2" BATCH=25
#   N=1000 FORMAT=events THREADS="1 2 4" bench/serve.sh
#
# Wall seconds and CPU seconds (user + system) of the naba process: for the
# server, only while it answers (its start-up is timed apart, as the time to
# its first GET /health); for naba analyze, its whole run, start-up included,
# since that is what a program calling it once per batch pays. Needs curl.
. "$(dirname "$0")/corpus.sh"
n=${N:-300}
fmt=${FORMAT:-json}
threads=${THREADS:-1 2}
batch=${BATCH:-25}
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
split -l "$batch" -d -a 5 --additional-suffix=.jsonl "$dir/in.jsonl" "$dir/b"
words=$(cat "$dir"/a*.txt | wc -w)
bytes=$(cat "$dir"/a*.txt | wc -c)
echo "articles: the first $n of $(basename "$corpus"), $words words, $bytes bytes; -f $fmt"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"

# CPU seconds of a process so far (utime + stime, from /proc)
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
now() { date +%s.%N; }

# serve_run T KIND: start naba serve --threads T, then T curl processes, each
# with one kept-alive connection, POST their share of the articles one after
# another (KIND text: an article a request; jsonl: batches of $batch lines a
# request); sets serve_s, serve_cpu, ok (articles answered), open_s, open_cpu
serve_run() {
  local t=$1 kind=$2 t0 t1 c f
  t0=$(now)
  "$naba" serve --port 0 --threads "$t" --max-bytes 64000000 2> "$dir/serve.err" &
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
  # an article a request (each answers 1 article) or a batch a request
  local files=("$dir"/a*.txt) query= count=1
  [ "$kind" = text ] || { files=("$dir"/b*.jsonl); query='&input=jsonl'; count='%header{x-naba-documents}'; }
  for ((c = 0; c < t; c++)); do
    local sep= i=0
    for f in "${files[@]}"; do
      if (( i++ % t == c )); then
        printf '%surl = "http://127.0.0.1:%s/analyze?format=%s%s"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %s\\n"\n' \
          "$sep" "$port" "$fmt" "$query" "$f" "$count"
        sep='next
'
      fi
    done > "$dir/curl$c.cfg"
  done
  t1=$(now)
  local clients=()
  for ((c = 0; c < t; c++)); do curl -s -K "$dir/curl$c.cfg" > "$dir/codes$c" & clients+=($!); done
  wait "${clients[@]}"
  serve_s=$(echo "$(now) - $t1" | bc)
  serve_cpu=$(echo "$(cpu $pid) - $open_cpu" | bc)
  kill -TERM $pid; wait $pid; pid=
  ok=$(cat "$dir"/codes* | awk '$1 == 200 { n += $2 } END { print n + 0 }')
  rm -f "$dir"/codes* "$dir"/curl*.cfg
}
rows=()
for t in $threads; do
  serve_run "$t" text
  rows+=("naba serve --threads $t: $n POSTs, $t clients ($ok answered 200)|$serve_s|$serve_cpu")
  [ "$t" = "${threads%% *}" ] && { first_open_s=$open_s; first_open_cpu=$open_cpu; }
  serve_run "$t" jsonl
  rows+=("naba serve --threads $t: batches of $batch (input=jsonl), $t clients ($ok analyzed)|$serve_s|$serve_cpu")
done

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
for r in "${rows[@]}"; do IFS='|' read -r name s c <<< "$r"; row "$name" "$s" "$c"; done
row "naba analyze -i jsonl (start-up included)" "$batch_s" "$batch_cpu"
row "naba analyze, one process per article (first $m)" "$one_s" "$one_cpu" "$m" "$m_words"
echo
printf 'naba serve --threads %s start-up (models loaded, first GET /health): %.2f s wall, %s s CPU\n' \
  "${threads%% *}" "$first_open_s" "$first_open_cpu"
printf 'naba serve --threads %s start-up: %.2f s wall, %s s CPU\n' "${threads##* }" "$open_s" "$open_cpu"
