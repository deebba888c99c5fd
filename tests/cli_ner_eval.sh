#!/bin/bash
# cli_ner_eval.sh — `naba eval ner GOLD SYSTEM`: conlleval-style scores, and
# --tags writing each scored token as `word GOLD SYSTEM` for reading errors.
naba="$1"
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'زار O\nبوتين B-PERS\nموسكو B-LOC\n\nقالت O\nوكالة B-ORG\nرويترز I-ORG\n' > "$tmp/gold"
printf 'زار O\nبوتين B-PER\nموسكو O\n\nقالت O\nوكالة B-ORG\nرويترز I-ORG\n' > "$tmp/sys"
out=$("$naba" eval ner "$tmp/gold" "$tmp/sys" --tags "$tmp/tags")
# 3 gold entities, 2 found, both right: P 100, R 66.67, F1 80
echo "$out" | grep -qE '^all +3 +2 +2 +100\.00 +66\.67 +80\.00$' || { echo "scores: $out"; exit 1; }
[ "$(sed -n 2p "$tmp/tags")" = "بوتين B-PER B-PER" ] || { echo "tags line 2: $(sed -n 2p "$tmp/tags")"; exit 1; }
[ "$(sed -n 3p "$tmp/tags")" = "موسكو B-LOC O" ] || { echo "tags line 3: $(sed -n 3p "$tmp/tags")"; exit 1; }
[ "$(sed -n 4p "$tmp/tags")" = "" ] || { echo "no blank line between sentences"; exit 1; }
[ "$(sed -n 7p "$tmp/tags")" = "رويترز I-ORG I-ORG" ] || { echo "tags line 7: $(sed -n 7p "$tmp/tags")"; exit 1; }
# an unwritable --tags file is a fatal error naming it
set +e
err=$("$naba" eval ner "$tmp/gold" "$tmp/sys" --tags "$tmp/no/such/dir" 2>&1 >/dev/null)
rc=$?
set -e
[ $rc -eq 3 ] || { echo "exit $rc, expected 3"; exit 1; }
echo "$err" | grep -q "no/such/dir: cannot write" || { echo "message: $err"; exit 1; }
