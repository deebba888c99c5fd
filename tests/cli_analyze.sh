#!/usr/bin/env bash
# cli_analyze.sh — the naba command's contract: help, exit codes, batch mode
# (one output line per input line, error records), size limits, bad input.
. "$(dirname "$0")/lib.sh"

# help teaches and exits 0; no command is a usage error
"$naba" --help > "$tmp/help" ; check '[ $? -eq 0 ]' "--help exits 0"
check 'grep -q "naba analyze" "$tmp/help"' "--help shows examples"
"$naba" analyze --help > "$tmp/ahelp"; check '[ $? -eq 0 ] && grep -q -- "--format" "$tmp/ahelp"' "analyze --help lists --format"
"$naba" 2>/dev/null; check '[ $? -eq 2 ]' "no command exits 2"
"$naba" frobnicate 2>/dev/null; check '[ $? -eq 2 ]' "unknown command exits 2"
"$naba" analyze --format nope "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q nope "$tmp/err"' "unknown format exits 2 naming it"
"$naba" analyze --until nope "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "unknown stage" "$tmp/err"' "unknown stage exits 2"
"$naba" analyze /nonexistent/file 2>"$tmp/err"; check '[ $? -eq 3 ] && grep -q "/nonexistent/file: No such file" "$tmp/err"' "missing file exits 3 naming it and why"
"$naba" analyze --bogus "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "^naba analyze: unrecognized option" "$tmp/err" && [ "$(wc -l < "$tmp/err")" -le 3 ]' "unknown option exits 2 naming the command, in a line or two"
"$naba" analyze -u parse -f events "$example" >"$tmp/out" 2>"$tmp/err"; check '[ $? -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q "events stage" "$tmp/err"' "a table format whose stage -u skips is a usage error, not an empty table"
"$naba" analyze -u dates -f dates "$example" >/dev/null; check '[ $? -eq 0 ]' "-u at the format's own stage works"
"$naba" analyze --no-repair invalid_utf8 "$example" >/dev/null 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "cannot be switched off" "$tmp/err"' "--no-repair invalid_utf8 is refused, not silently ignored"
"$naba" analyze --date 2025-13-45 "$example" 2>"$tmp/err"; check '[ $? -eq 2 ] && grep -q "2025-13-45" "$tmp/err"' "an impossible --date is a usage error naming it"
"$naba" analyze --date "Fri, 16 May 2025 10:00:00 +0300" -u clean "$example" >/dev/null; check '[ $? -eq 0 ]' "--date takes a feed's date as the dates stage reads it"

# one document: valid JSON that names its schema
"$naba" analyze "$example" > "$tmp/doc.json"; check '[ $? -eq 0 ]' "example analyzes"
check 'jq -e ".schema == 1 and (.tokens | length) > 1000" "$tmp/doc.json" >/dev/null' "JSON has schema and tokens"
# stdin works the same as a file
"$naba" analyze < "$example" > "$tmp/stdin.json"
check '[ "$(jq -c .tokens "$tmp/stdin.json")" = "$(jq -c .tokens "$tmp/doc.json")" ]' "stdin equals file"

# every token's original offsets slice out exactly its original bytes
# (python3 slices bytes; no jq byte slicing)
if command -v python3 >/dev/null; then
  python3 - "$example" "$tmp/doc.json" <<'PY' && ok || bad "token original offsets slice the original"
import json, sys
orig = open(sys.argv[1], 'rb').read()
doc = json.load(open(sys.argv[2]))
clean = doc['text'].encode()
for t in doc['tokens']:
    s, e = t['orig']
    cs, ce = t['span']
    assert clean[cs:ce].decode() == t['text'], t
    # the original bytes, with removed characters (tatweel, controls) dropped,
    # fold to the clean token: at minimum they are non-empty and valid UTF-8
    assert e > s and orig[s:e].decode('utf-8', 'replace'), t
    if orig[s:e] != clean[cs:ce]:
        assert t['kind'] != 'punct' or len(orig[s:e]) <= 8, t
sys.exit(0)
PY
fi

# batch: N lines in, N lines out, in order, with error records for bad lines
printf '%s\n' \
  '{"id":"a","text":"قال الرئيس إن المحادثات انتهت."}' \
  'not json at all' \
  '{"id":"c","title":"no text here"}' \
  '{"id":42,"text":"نص ثان."}' \
  '{"id":"e","text":""}' \
  '{"id":"f","text":"الجملة الأخيرة."}' > "$tmp/batch.jsonl"
"$naba" analyze -i jsonl -q "$tmp/batch.jsonl" > "$tmp/out.jsonl"; status=$?
check '[ $status -eq 1 ]' "batch with failures exits 1"
check '[ "$(wc -l < "$tmp/out.jsonl")" -eq 6 ]' "six lines in, six lines out"
check '[ "$(jq -r ".id // \"null\"" "$tmp/out.jsonl" | tr "\n" " ")" = "a null c 42 e f " ]' "ids in input order, numeric id kept"
check '[ "$(jq -r "if .error then .error.code else \"ok\" end" "$tmp/out.jsonl" | tr "\n" " ")" = "ok bad_format bad_format ok empty_input ok " ]' "error records name the failure"
check 'sed -n 2p "$tmp/out.jsonl" | jq -e ".error.message | test(\"line 2\")" >/dev/null' "error names the line"
# a record that fails in the pipeline (no id) is named by its file and line on stderr
printf '%s\n' '{"id":"a","text":"نص."}' '{"text":"x\u0000y"}' > "$tmp/nul.jsonl"
"$naba" analyze -i jsonl -u segment "$tmp/nul.jsonl" > "$tmp/nul.out" 2>"$tmp/err"; status=$?
check '[ $status -eq 1 ] && [ "$(wc -l < "$tmp/nul.out")" -eq 2 ] && grep -q "nul.jsonl: line 2: input is binary" "$tmp/err"' "a failing record without id: its file and line on stderr"
# blank lines are not records
printf '\n{"id":"x","text":"نص."}\n\n' | "$naba" analyze -i jsonl -q > "$tmp/blank.jsonl"
check '[ "$(wc -l < "$tmp/blank.jsonl")" -eq 1 ]' "blank lines skipped"
# a numeric id too large for an integer (casting it to long long was undefined)
printf '{"id":1e30,"text":"نص."}\n' | "$naba" analyze -i jsonl -q > "$tmp/bigid.jsonl"
check '[ "$(jq -r .id "$tmp/bigid.jsonl")" = "1e+30" ]' "a huge numeric id is kept as a number"

# size limit: clear message, non-zero exit; batch: an error record for the big line
head -c 3000 /dev/zero | tr '\0' 'x' > "$tmp/big.txt"
"$naba" analyze --max-bytes 1000 "$tmp/big.txt" > "$tmp/big.out" 2>"$tmp/err"; status=$?
check '[ $status -ne 0 ] && grep -q "size limit" "$tmp/err"' "over-limit file fails with a clear message"
check 'jq -e ".error.code == \"too_large\"" "$tmp/big.out" >/dev/null' "over-limit file gets an error record"
{ echo '{"id":"s","text":"قصير."}'; printf '{"id":"b","text":"%s"}\n' "$(head -c 3000 /dev/zero | tr '\0' 'x')"; echo '{"id":"t","text":"قصير."}'; } > "$tmp/bigbatch.jsonl"
"$naba" analyze -i jsonl --max-bytes 1000 "$tmp/bigbatch.jsonl" > "$tmp/bigbatch.out" 2>"$tmp/err"
check '[ "$(jq -r "if .error then .error.code else .id end" "$tmp/bigbatch.out" | tr "\n" " ")" = "s too_large t " ]' "big batch line becomes an error record, others survive"
check '[ "$(grep -o "bigbatch.jsonl" "$tmp/err" | wc -l)" = 1 ] && grep -q "bigbatch.jsonl: line 2: record of" "$tmp/err"' "its message names the file once, then the line"

# a 10 MB line is processed under the default limit
python3 -c 'import json; print(json.dumps({"id":"huge","text":("كلمة عربية. " * 450000)}, ensure_ascii=False))' > "$tmp/huge.jsonl"
check '[ "$(wc -c < "$tmp/huge.jsonl")" -gt 9000000 ]' "the huge line is about 10 MB"
"$naba" analyze -i jsonl -q -f report "$tmp/huge.jsonl" > "$tmp/huge.out"; status=$?
check '[ $status -eq 0 ] && grep -q "450000 sentences, 1350000 tokens" "$tmp/huge.out"' "10 MB line analyzed: 450000 sentences"

# empty input: a clear error
: > "$tmp/empty.txt"
"$naba" analyze "$tmp/empty.txt" > /dev/null 2>"$tmp/err"; status=$?
check '[ $status -eq 1 ] && grep -qi "empty" "$tmp/err"' "empty input is a clear error"

# binary input: a clear error, non-zero exit
head -c 4096 /dev/urandom > "$tmp/bin"; printf '\0\0\0\0\0\0\0\0' >> "$tmp/bin"
"$naba" analyze "$tmp/bin" > /dev/null 2>"$tmp/err"; status=$?
check '[ $status -eq 1 ] && grep -qi "binary" "$tmp/err"' "binary input is a clear error"

# output file option
"$naba" analyze -f text -o "$tmp/clean.txt" "$example"
check '[ -s "$tmp/clean.txt" ]' "-o writes the output file"
check '! grep -q "^#doc" "$tmp/clean.txt"' "one text document: no document line"

# batch text and tokens: each document opens with '#doc ID' ('-' without an id)
printf '%s\n' '{"id":"a","text":"قال زيد."}' '{"text":"ذهب عمرو."}' > "$tmp/two.jsonl"
"$naba" analyze -q -u segment -f text "$tmp/two.jsonl" > "$tmp/two.txt"
check '[ "$(tr "\n" "|" < "$tmp/two.txt")" = "#doc a|قال زيد.|#doc -|ذهب عمرو.|" ]' "batch text: a #doc line before each document"
"$naba" analyze -q -u segment -f tokens "$tmp/two.jsonl" > "$tmp/two.tsv"
check '[ "$(grep -c "^#doc " "$tmp/two.tsv")" -eq 2 ] && [ "$(grep -c "^#sent" "$tmp/two.tsv")" -eq 1 ] && head -1 "$tmp/two.tsv" | grep -q "^#sent"' "batch tokens: one header at the top, a #doc line per document"
# batch tables: one header line, at the top, and every row names its document
printf '%s\n' '{"id":"a","text":"قال زيد إن 3 أشخاص قتلوا يوم الأحد."}' '{"id":"b","text":"وقال عمرو إن 5 أشخاص قتلوا يوم الاثنين."}' > "$tmp/two_q.jsonl"
for fmt in quotes counts dates entities; do
    "$naba" analyze -q -f $fmt "$tmp/two_q.jsonl" > "$tmp/two_$fmt.tsv"
    check '[ "$(grep -c "^#" "$tmp/two_$fmt.tsv")" -eq 1 ] && head -1 "$tmp/two_$fmt.tsv" | grep -q "^#id	" && [ "$(cut -f1 "$tmp/two_$fmt.tsv" | grep -v "^#" | sort -u | tr "\n" " ")" = "a b " ]' "batch $fmt: one header line, rows of both documents"
done
# several text files are one table too
"$naba" analyze -q -f quotes "$example" "$example" > "$tmp/two_files.tsv"
check '[ "$(grep -c "^#id" "$tmp/two_files.tsv")" -eq 1 ] && [ "$(grep -vc "^#" "$tmp/two_files.tsv")" -ge 2 ]' "two text files: one quotes header"
# one document: the header still opens the table
"$naba" analyze -q -f dates "$example" > "$tmp/one_dates.tsv"
check 'head -1 "$tmp/one_dates.tsv" | grep -q "^#id	sent	start"' "one document: the dates table opens with its header"
# --id names one document: with several files it is a usage error
"$naba" analyze --id x -f none "$example" "$example" 2>"$tmp/err"; status=$?
check '[ $status -eq 2 ] && grep -q -- "--id" "$tmp/err"' "--id with several files is a usage error"
"$naba" analyze --id x -i jsonl -f none "$tmp/two.jsonl" 2>/dev/null; status=$?
check '[ $status -eq 2 ]' "--id with -i jsonl is a usage error"

finish
