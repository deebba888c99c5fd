#!/usr/bin/env bash
# cli_clean.sh — the clean stage through `naba analyze`: the example article's
# repairs, refusals with clear messages and exit codes, and JSONL batches that
# keep one output line per input line. $1 is the naba binary.
set -u
naba=$1
ex=examples/istanbul-talks-2025-05-16.ar.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}

"$naba" analyze -u clean -f text "$ex" > "$tmp/text"
check "example cleans" test $? -eq 0
check "no space before Arabic comma" bash -c "! grep -q ' ،' '$tmp/text'"
check "share button removed" bash -c "! grep -q 'شاركها' '$tmp/text'"
check "follow-coverage line removed" bash -c "! grep -q 'https://apnews.com' '$tmp/text'"
check "separators removed" bash -c "! grep -q '___' '$tmp/text'"
check "caption kept once" test "$(grep -c 'في هذه الصورة النشرة التي أصدرتها' "$tmp/text")" -eq 1
check "truncated sentence kept" grep -q 'في خاركيف \.\.$' "$tmp/text"

"$naba" analyze -u clean -f report "$ex" > "$tmp/report"
check "report names the removed share button" grep -q 'removed boilerplate at [0-9]*: شاركها' "$tmp/report"

"$naba" analyze -u clean --no-repair boilerplate -f text "$ex" > "$tmp/kept"
check "--no-repair boilerplate keeps the share button" grep -q 'شاركها' "$tmp/kept"

# binary input: non-zero exit and a message that says why
head -c 3000 /dev/urandom > "$tmp/bin"
"$naba" analyze -u clean -f text "$tmp/bin" > /dev/null 2> "$tmp/err"
rc=$?
check "binary input exits 1" test $rc -eq 1
check "binary input message" grep -q 'binary' "$tmp/err"
printf '\xff\xfe\x27\x06\x44\x06' > "$tmp/u16"
"$naba" analyze -u clean "$tmp/u16" > "$tmp/u16.json" 2> /dev/null
check "UTF-16 gives an error record" grep -q '"code":"binary_input".*UTF-16' "$tmp/u16.json"
printf '  \n\t\n' > "$tmp/blank"
"$naba" analyze -u clean "$tmp/blank" > "$tmp/blank.json" 2> /dev/null
check "blank input exits 1" test $? -eq 1
check "blank input is empty_input" grep -q '"code":"empty_input"' "$tmp/blank.json"

# a JSONL batch with bad lines: one output line per input line, in order
{
    printf '{"id":"a","text":"خبر أول ، مع فاصلة."}\n'
    printf 'this is not json\n'
    printf '{"id":"b","text":"   "}\n'
    printf '{"id":"c","text":"خبر ثالث.\\nشاركها."}\n'
    printf '{"id":"d","nottext":1}\n'
} > "$tmp/batch.jsonl"
"$naba" analyze -u clean -i jsonl -f jsonl "$tmp/batch.jsonl" > "$tmp/batch.out" 2> /dev/null
check "batch with failures exits 1" test $? -eq 1
check "one output line per input line" test "$(wc -l < "$tmp/batch.out")" -eq 5
check "error records for the bad lines" test "$(grep -c '"error"' "$tmp/batch.out")" -eq 3
check "good records cleaned" bash -c "sed -n 1p '$tmp/batch.out' | grep -q '\"text\":\"خبر أول، مع فاصلة.\"' && sed -n 4p '$tmp/batch.out' | grep -q '\"text\":\"خبر ثالث.\"'"

# a bad user pattern file is a fatal usage of the pipeline, with file and line
printf 'prefix broken\n' > "$tmp/bp.txt"
"$naba" analyze -u clean --boilerplate "$tmp/bp.txt" "$ex" > /dev/null 2> "$tmp/bp.err"
check "bad pattern file exits 3" test $? -eq 3
check "bad pattern file message names file:line" grep -q 'bp.txt:1:' "$tmp/bp.err"

exit $fail
