#!/usr/bin/env bash
# cli_serve.sh — `naba serve` over a real socket: it opens, says where it
# listens and nothing else, answers POST /analyze with exactly what `naba
# analyze` writes for the same text (several formats and stages), answers bad
# requests with the right status and an error record, and stops cleanly on
# SIGTERM and SIGINT. The client is bash's /dev/tcp, so curl is not needed.
. "$(dirname "$0")/lib.sh"

"$naba" serve --help > "$tmp/help"; check '[ $? -eq 0 ] && grep -q "curl --data-binary" "$tmp/help"' "serve --help exits 0 with curl examples"
"$naba" --help | grep -q "serve"; check '[ $? -eq 0 ]' "naba --help lists serve"
"$naba" serve --port 70000 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q 70000 "$tmp/err"' "a bad port is a usage error naming it"
"$naba" serve --bind localhost 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "IPv4 or IPv6" "$tmp/err"' "a bad address is a usage error"
"$naba" serve --until nope 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "unknown stage" "$tmp/err"' "an unknown stage is a usage error"
"$naba" serve "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q POST "$tmp/err"' "a file argument is a usage error that says how to send articles"

# start a server on a free port; sets pid and port
start() {
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

# request METHOD PATH [BODYFILE]: the status in $status, the body in $tmp/body,
# the headers in $tmp/head
request() {
  local len=0
  [ -n "${3:-}" ] && len=$(wc -c < "$3")
  exec 3<>/dev/tcp/127.0.0.1/$port
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: %s\r\n\r\n' "$1" "$2" "$len" >&3
  [ -n "${3:-}" ] && cat "$3" >&3
  cat <&3 > "$tmp/resp"
  exec 3>&-
  status=$(head -1 "$tmp/resp" | cut -d' ' -f2)
  sed '/^\r$/q' "$tmp/resp" > "$tmp/head"
  sed '1,/^\r$/d' "$tmp/resp" > "$tmp/body"
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
# the port is taken: a fatal error, not a hang
"$naba" serve --port "$port" --until clean 2>"$tmp/err2"; check '[ $? -eq 3 ] && grep -q "cannot listen" "$tmp/err2"' "a port in use exits 3"
kill -INT $pid; wait $pid; rc=$?
check '[ $rc -eq 0 ]' "SIGINT stops it with status 0"
check 'grep -q "^naba serve: POST /analyze 413 " "$tmp/serve.err"' "--log writes a line per request"
finish
