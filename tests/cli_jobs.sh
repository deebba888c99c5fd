#!/usr/bin/env bash
# cli_jobs.sh — `naba analyze -i jsonl --jobs N` writes what --jobs 1 writes:
# the same bytes on stdout for each format, the same stderr lines in input
# order, the same exit status, over a batch that mixes good records with every
# kind of bad one and spans many chunks (src/io/batch_jobs.c).
. "$(dirname "$0")/lib.sh"

# the example article's lines as records, three times over (ids differ), with
# the whole article (over --max-bytes), bad lines and blank lines between them
for round in 1 2 3; do
  jq -Rc --arg r "$round" 'select(length > 0) | {id: ("r" + $r + "-" + (input_line_number | tostring)), text: ., date: "2025-05-16"}' "$example"
  printf '%s\n' 'not json at all' '' '{"id":"empty","text":""}' '   ' \
    '{"id":"bin","text":"x\u0000y"}' '{"id":"no-text","title":"t"}'
  jq -Rsc --arg r "$round" '{id: ("whole" + $r), text: .}' "$example"
done > "$tmp/batch.jsonl"
check '[ "$(grep -c . "$tmp/batch.jsonl")" -gt 160 ]' "the batch spans many chunks"

for fmt in jsonl events entities text; do
  for j in 1 3; do
    "$naba" analyze -i jsonl -f "$fmt" --max-bytes 4000 --jobs "$j" "$tmp/batch.jsonl" \
      > "$tmp/out.$fmt.$j" 2> "$tmp/err.$fmt.$j"
    echo $? > "$tmp/rc.$fmt.$j"
  done
  check 'cmp -s "$tmp/out.$fmt.1" "$tmp/out.$fmt.3"' "-f $fmt: --jobs 3 writes the bytes --jobs 1 writes"
  check 'cmp -s "$tmp/err.$fmt.1" "$tmp/err.$fmt.3"' "-f $fmt: --jobs 3 writes the stderr --jobs 1 writes"
  check '[ "$(cat "$tmp/rc.$fmt.1")" = 1 ] && [ "$(cat "$tmp/rc.$fmt.3")" = 1 ]' "-f $fmt: both exit 1 (some records failed)"
done

# what --jobs 1 writes is today's batch: read rather than trusted
failed=$(jq -r 'select(.error) | .error.code' "$tmp/out.jsonl.3" | sort | uniq -c | tr -s " " | tr "\n" ,)
nfailed=$(jq -c 'select(.error)' "$tmp/out.jsonl.3" | wc -l)
analyzed=$(jq -c 'select(.error | not)' "$tmp/out.jsonl.3" | wc -l)
check '[ "$(wc -l < "$tmp/out.jsonl.3")" -eq "$(grep -c "[^ ]" "$tmp/batch.jsonl")" ]' "one jsonl line per non-blank input line"
# a short line of the article may be all boilerplate ("no text left"): empty_input too
check 'case "$failed" in " 6 bad_format, 3 binary_input, "*" empty_input, 3 too_large,") true;; *) false;; esac' \
  "error records: bad JSON and no text, binary, empty, over --max-bytes ($failed)"
check '[ "$(jq -r ".id // \"-\"" "$tmp/out.jsonl.3" | head -3 | tr "\n" ,)" = "r1-1,r1-3,r1-5," ]' "records in input order"
check '[ "$(jq -r "select(.error) | .id // \"-\"" "$tmp/out.jsonl.3" | tr "\n" " " | grep -o -- "- empty bin no-text -" | wc -l)" -eq 3 ] && [ "$analyzed" -gt 100 ]' \
  "error records in place, with the id when it could be read"
check '[ "$(grep -c "^#" "$tmp/out.entities.3")" -eq 1 ] && head -1 "$tmp/out.entities.3" | grep -q "^#"' "-f entities: one header line, at the top"
check '[ "$(grep -c "^#doc " "$tmp/out.text.3")" -eq "$analyzed" ] && grep -q "^#doc r3-" "$tmp/out.text.3"' "-f text: one '#doc ID' per document analyzed"
check '[ -s "$tmp/out.events.3" ]' "-f events finds events in the article's lines"
lines=$(sed -n 's/.*batch.jsonl[:]* line \([0-9]*\).*/\1/p' "$tmp/err.jsonl.3")
check '[ "$(echo "$lines" | wc -l)" -eq "$nfailed" ] && [ "$lines" = "$(echo "$lines" | sort -n)" ]' "stderr names each failed line once, in input order"

# several files: each named in its own messages, in order
cp "$tmp/batch.jsonl" "$tmp/second.jsonl"
for j in 1 2; do
  "$naba" analyze -i jsonl -f events --jobs "$j" "$tmp/batch.jsonl" "$tmp/second.jsonl" > "$tmp/two.$j" 2> "$tmp/twoerr.$j"
done
check 'cmp -s "$tmp/two.1" "$tmp/two.2" && cmp -s "$tmp/twoerr.1" "$tmp/twoerr.2"' "two files: --jobs 2 writes what --jobs 1 writes"
check '[ "$(grep -c second.jsonl "$tmp/twoerr.2")" -eq "$(grep -c batch.jsonl "$tmp/twoerr.2")" ] && head -1 "$tmp/twoerr.2" | grep -q batch.jsonl && tail -1 "$tmp/twoerr.2" | grep -q second.jsonl' "two files: the second's failures after the first's"

# all good: exit 0; a record-less input: nothing written; --jobs's values
grep '"id":"whole' "$tmp/batch.jsonl" > "$tmp/good.jsonl"
"$naba" analyze -i jsonl -q -f none --jobs auto "$tmp/good.jsonl"; check '[ $? -eq 0 ]' "--jobs auto, every record analyzed: exit 0"
"$naba" analyze -i jsonl -q -f entities --jobs 0 < /dev/null > "$tmp/empty.out"; check '[ $? -eq 0 ] && [ ! -s "$tmp/empty.out" ]' "--jobs 0, no records: exit 0, no header"
"$naba" analyze -i jsonl --jobs many "$tmp/good.jsonl" 2> "$tmp/err"; check '[ $? -eq 2 ] && grep -q "many" "$tmp/err"' "--jobs many is a usage error naming it"
"$naba" analyze -i jsonl --jobs 2 /nonexistent.jsonl 2> "$tmp/err"; check '[ $? -eq 3 ]' "--jobs 2, missing file: exit 3"

finish
