#!/bin/bash
# cli_translit.sh — the romanizer's floor: on the held-out google_ar2en pairs
# (its own eval file), each Arabic name's English form is ranked first among
# 1,000 candidates at least 90% of the time. Needs ../shared (else skipped).
naba="$1"
[ -d ../shared/data/translit/google_ar2en ] || { echo "no ../shared: skipped"; exit 77; }
out=$("$naba" eval translit --source google --limit 400) || exit 1
echo "$out"
top1=$(echo "$out" | sed -n 's/.*top-1 \([0-9.]*\)%.*/\1/p')
awk -v t="$top1" 'BEGIN { exit !(t >= 90) }'
