#!/bin/bash
# cli_translit.sh — the romanizer's floors on the held-out google_ar2en pairs
# (its own eval file): each Arabic name's English form is ranked first among
# 1,000 candidates at least 90% of the time, and the romanizer writes at least
# 25% of the words exactly as the pair does (32% with the word memory, 11% with
# the letter channel alone). Needs ../shared (else skipped).
naba="$1"
[ -d ../shared/data/translit/google_ar2en ] || { echo "no ../shared: skipped"; exit 77; }
out=$("$naba" eval translit --source google --limit 400) || exit 1
echo "$out"
top1=$(echo "$out" | sed -n 's/.*top-1 \([0-9.]*\)%.*/\1/p')
exact=$(echo "$out" | sed -n 's/.*generation.*exact \([0-9.]*\)%.*/\1/p')
awk -v t="$top1" -v e="$exact" 'BEGIN { exit !(t >= 90 && e >= 25) }'
