#!/usr/bin/env bash
# cli_serve.sh — `naba serve` over a real socket: it opens, says where it
# listens and nothing else, answers POST /analyze with exactly what `naba
# analyze` writes for the same text (several formats and stages), answers bad
# requests with the right status and an error record, and stops cleanly on
# SIGTERM and SIGINT; a JSONL batch is answered as naba analyze -i jsonl
# answers it, line for line; with --threads 2, requests sent at once each get
# what naba analyze gives; --max-connections bounds the connections open at
# once, answering 503 past it. The client is bash's /dev/tcp, so curl is not needed.
. "$(dirname "$0")/lib.sh"

"$naba" serve --help > "$tmp/help"; check '[ $? -eq 0 ] && grep -q "curl --data-binary" "$tmp/help"' "serve --help exits 0 with curl examples"
"$naba" --help | grep -q "serve"; check '[ $? -eq 0 ]' "naba --help lists serve"
"$naba" serve --port 70000 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q 70000 "$tmp/err"' "a bad port is a usage error naming it"
"$naba" serve --bind localhost 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "IPv4 or IPv6" "$tmp/err"' "a bad address is a usage error"
"$naba" serve --until nope 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "unknown stage" "$tmp/err"' "an unknown stage is a usage error"
"$naba" serve "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q POST "$tmp/err"' "a file argument is a usage error that says how to send articles"

# a script that dies half-way must not leave its server holding ctest's pipe
pid=
trap '[ -n "$pid" ] && kill -KILL $pid 2>/dev/null; rm -rf "$tmp"' EXIT

# start a server on a free port; sets pid and port
start() {
  # emptied here, not only by the child's redirection: until the child runs,
  # the file still names the previous server's port
  : > "$tmp/serve.err"
  "$naba" serve --port 0 "$@" 2>"$tmp/serve.err" &
  pid=$!
  port=
  for _ in $(seq 600); do  # up to 60 s: the models load first (slower under sanitizers)
    port=$(sed -n 's|^naba serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.err")
    [ -n "$port" ] && return 0
    kill -0 $pid 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# request METHOD PATH [BODYFILE [CONTENT-TYPE]]: the status in $status, the body
# in $tmp/body$tag, the headers in $tmp/head$tag (tag: empty, or set apart for
# requests sent at once)
request() {
  local len=0 type= r=$tmp/resp${tag:-}
  [ -n "${3:-}" ] && len=$(wc -c < "$3")
  [ -n "${4:-}" ] && type="Content-Type: $4"$'\r\n'
  exec 3<>/dev/tcp/127.0.0.1/$port
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%sContent-Length: %s\r\n\r\n' "$1" "$2" "$type" "$len" >&3
  [ -n "${3:-}" ] && cat "$3" >&3
  timeout 120 cat <&3 > "$r"  # a server that never answers fails the check, not the run
  exec 3>&-
  status=$(head -1 "$r" | cut -d' ' -f2)
  sed '/^\r$/q' "$r" > "$tmp/head${tag:-}"
  sed '1,/^\r$/d' "$r" > "$tmp/body${tag:-}"
}
# the error record's code
code() { jq -r .error.code "$tmp/body"; }

start; check '[ -n "$port" ]' "serve starts and names its port"
if [ -z "$port" ]; then cat "$tmp/serve.err" >&2; finish; exit; fi

request GET /health
check '[ "$status" = 200 ] && jq -e ".status == \"ok\" and .until == \"events\"" "$tmp/body" >/dev/null' "GET /health: ok, through events"
request GET /
check '[ "$status" = 200 ] && grep -q "POST /analyze" "$tmp/body" && grep -qi "content-type: text/plain" "$tmp/head"' "GET / teaches"

# the same output as naba analyze, byte for byte
request POST '/analyze?format=events&date=2025-05-16' "$example"
"$naba" analyze --date 2025-05-16 -f events < "$example" > "$tmp/want"
check '[ "$status" = 200 ] && [ -s "$tmp/want" ] && cmp -s "$tmp/body" "$tmp/want"' "events equal naba analyze's"
check 'grep -qi "content-type: text/tab-separated-values; charset=utf-8" "$tmp/head"' "events are TSV"
request POST /analyze "$example"
"$naba" analyze < "$example" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want" && grep -qi "content-type: application/json" "$tmp/head"' "JSON equals naba analyze's"
request POST '/analyze?format=entities&id=art%201' "$example"
"$naba" analyze --id 'art 1' -f entities < "$example" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want" && grep -q "^art 1	" "$tmp/body"' "entities with a URL-encoded id equal naba analyze's"
request POST '/analyze?format=conllu&until=parse' "$example"
"$naba" analyze -u parse -f conllu < "$example" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want"' "conllu through parse equals naba analyze -u parse's"
# several articles, one after another, on the one pipeline
for i in 1 2 3; do
  printf 'قال المتحدث إن %s جنود قتلوا في هجوم على مدينة حلب.\n' "$i" > "$tmp/a$i"
  request POST '/analyze?format=counts' "$tmp/a$i"; cp "$tmp/body" "$tmp/got$i"
done
for i in 1 2 3; do "$naba" analyze -f counts < "$tmp/a$i" > "$tmp/want$i"; done
check 'cmp -s "$tmp/got1" "$tmp/want1" && cmp -s "$tmp/got2" "$tmp/want2" && cmp -s "$tmp/got3" "$tmp/want3"' "three articles in a row: each as naba analyze gives it"

# errors: status, and the batch mode's error record
request POST '/analyze?format=xml' "$example"
check '[ "$status" = 400 ] && [ "$(code)" = usage ] && jq -r .error.message "$tmp/body" | grep -q xml' "unknown format: 400 naming it"
request POST '/analyze?fromat=json' "$example"
check '[ "$status" = 400 ] && jq -r .error.message "$tmp/body" | grep -q fromat' "unknown parameter: 400 naming it"
request POST '/analyze?date=yesterday' "$example"
check '[ "$status" = 400 ] && jq -r .error.message "$tmp/body" | grep -q yesterday' "bad date: 400"
request POST /analyze
check '[ "$status" = 400 ] && [ "$(code)" = empty_input ]' "empty body: 400 empty_input"
printf '\xff\xfeA\0B\0C\0' > "$tmp/utf16"
request POST '/analyze?id=x' "$tmp/utf16"
check '[ "$status" = 400 ] && [ "$(code)" = binary_input ] && [ "$(jq -r .id "$tmp/body")" = x ]' "UTF-16 body: 400 binary_input, with the id"
request GET /analyze
check '[ "$status" = 405 ] && grep -qi "^allow: POST" "$tmp/head"' "GET /analyze: 405 with Allow"
request GET /nothing
check '[ "$status" = 404 ] && [ "$(code)" = usage ]' "unknown path: 404"

# a batch: every line answered in order, as naba analyze -i jsonl answers it
jq -Rsc '{id: "ist", date: "2025-05-16", text: .}' "$example" > "$tmp/batch.jsonl"
printf 'not json\n{"id":"b"}\n\n{"id":9,"text":""}\n' >> "$tmp/batch.jsonl"
for i in 1 2 3; do jq -Rsc --arg i "$i" '{id: ("a" + $i), text: .}' "$tmp/a$i"; done >> "$tmp/batch.jsonl"
request POST '/analyze?format=jsonl' "$tmp/batch.jsonl" application/x-ndjson
"$naba" analyze -q -i jsonl -f jsonl < "$tmp/batch.jsonl" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want"' "a JSONL batch (Content-Type: application/x-ndjson) equals naba analyze -i jsonl's"
check '[ "$(wc -l < "$tmp/body")" -eq 7 ] && [ "$(jq -r ".error.code // .id" "$tmp/body" | tr "\n" " ")" = "ist bad_format bad_format empty_input a1 a2 a3 " ]' "seven records for seven non-blank lines, errors in place, in order"
check 'grep -qi "^x-naba-documents: 7" "$tmp/head" && grep -qi "^x-naba-failed: 3" "$tmp/head" && grep -qi "content-type: application/x-ndjson" "$tmp/head"' "the batch's headers count its records and failures"
check '[ "$(jq -r "select(.id == \"ist\") | .events | length" "$tmp/body")" -gt 0 ]' "the batch's dated article has its events"
request POST '/analyze?format=events&input=jsonl' "$tmp/batch.jsonl"
"$naba" analyze -q -i jsonl -f events < "$tmp/batch.jsonl" > "$tmp/want"
check '[ "$status" = 200 ] && [ -s "$tmp/want" ] && cmp -s "$tmp/body" "$tmp/want"' "input=jsonl&format=events equals naba analyze -i jsonl -f events"
head -1 "$tmp/batch.jsonl" > "$tmp/one.json"
request POST /analyze "$tmp/one.json" 'application/json; charset=utf-8'
"$naba" analyze -q -i jsonl < "$tmp/one.json" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want"' "one JSON record (application/json) equals naba analyze -i jsonl's"
request POST '/analyze?input=jsonl&date=2025-05-16' "$tmp/batch.jsonl"
check '[ "$status" = 400 ] && jq -r .error.message "$tmp/body" | grep -q "names its own"' "date= with a batch: 400 (each record has its own)"

kill -TERM $pid; wait $pid; rc=$?
check '[ $rc -eq 0 ]' "SIGTERM stops it with status 0"
check '[ "$(wc -l < "$tmp/serve.err")" -eq 1 ]' "quiet: one line on stderr"

# a small limit; --log; SIGINT
start --until segment --max-bytes 2000 --log; check '[ -n "$port" ]' "serve --until segment starts"
head -c 5000 "$example" > "$tmp/big"
request POST /analyze "$tmp/big"
check '[ "$status" = 413 ] && [ "$(code)" = too_large ]' "over --max-bytes: 413 too_large"
request POST '/analyze?format=tokens' "$tmp/a1"
"$naba" analyze -u segment -f tokens < "$tmp/a1" > "$tmp/want"
check '[ "$status" = 200 ] && cmp -s "$tmp/body" "$tmp/want"' "tokens through segment equal naba analyze's"
request POST '/analyze?format=entities' "$tmp/a1"
check '[ "$status" = 400 ] && jq -r .error.message "$tmp/body" | grep -q "link stage"' "a table of a stage the server does not run: 400"
request POST '/analyze?input=jsonl' "$tmp/batch.jsonl"
check '[ "$status" = 413 ] && [ "$(code)" = too_large ] && jq -r .error.message "$tmp/body" | grep -q "batch is over"' "a batch over --max-bytes: 413 (the limit is the whole body's)"
# the port is taken: a fatal error, not a hang
"$naba" serve --port "$port" --until clean 2>"$tmp/err2"; check '[ $? -eq 3 ] && grep -q "cannot listen" "$tmp/err2"' "a port in use exits 3"
kill -INT $pid; wait $pid; rc=$?
check '[ $rc -eq 0 ]' "SIGINT stops it with status 0"
check 'grep -q "^naba serve: POST /analyze 413 " "$tmp/serve.err"' "--log writes a line per request"

# --threads 2: requests sent at once, each answered as naba analyze answers it
"$naba" serve --threads 0 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "from 1 to 256" "$tmp/err"' "--threads 0 is a usage error"
start --threads 2; check '[ -n "$port" ] && grep -q "2 threads" "$tmp/serve.err"' "serve --threads 2 starts"
head -c 3000 "$example" > "$tmp/a4"
"$naba" analyze -q -f conllu < "$tmp/a4" > "$tmp/want4"
"$naba" analyze -q -i jsonl -f dates < "$tmp/batch.jsonl" > "$tmp/wantb"
clients=()
for k in 1 2 3 4 5 6 7 8; do
  if [ $((k % 2)) = 0 ]; then tag=c$k request POST '/analyze?format=conllu' "$tmp/a4" &
  else tag=c$k request POST '/analyze?format=dates&input=jsonl' "$tmp/batch.jsonl" & fi
  clients+=($!)
done
wait "${clients[@]}"
same=0
for k in 1 2 3 4 5 6 7 8; do
  if [ $((k % 2)) = 0 ]; then cmp -s "$tmp/bodyc$k" "$tmp/want4" && same=$((same + 1))
  else cmp -s "$tmp/bodyc$k" "$tmp/wantb" && same=$((same + 1)); fi
done
check '[ "$same" -eq 8 ] && [ -s "$tmp/want4" ] && [ "$(wc -l < "$tmp/wantb")" -gt 1 ]' "8 requests at once on 2 threads: each equals naba analyze's ($same of 8)"
kill -TERM $pid; wait $pid; rc=$?
check '[ $rc -eq 0 ]' "the threaded server stops on SIGTERM with status 0"

# --max-connections: past the limit a connection is answered 503 "busy" with
# Retry-After and closed, in both modes; an idle client holds the one slot here
"$naba" serve --max-connections 0 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "from 1 to 10000" "$tmp/err"' "--max-connections 0 is a usage error"
for threads in 1 2; do
  start --max-connections 1 --threads $threads; check '[ -n "$port" ]' "serve --max-connections 1 --threads $threads starts"
  exec 5<>/dev/tcp/127.0.0.1/$port
  sleep 0.5
  request GET /health 5>&-   # the refused client must not hold the slot too
  check '[ "$status" = 503 ] && [ "$(code)" = busy ] && grep -qi "^Retry-After: 1" "$tmp/head"' "threads $threads: a connection past the limit is answered 503 busy with Retry-After"
  exec 5>&-
  sleep 0.5
  request GET /health
  check '[ "$status" = 200 ]' "threads $threads: the next one after the slot frees is answered"
  kill -TERM $pid; wait $pid; rc=$?
  check '[ $rc -eq 0 ]' "threads $threads: it stops on SIGTERM with status 0"
done
finish
