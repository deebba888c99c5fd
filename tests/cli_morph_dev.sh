#!/usr/bin/env bash
# cli_morph_dev.sh — a floor under the morph stage's dev accuracy from raw text
# (bench/morph_dev.sh: naba's dev split of the treebank, CoNLL 2018 metrics),
# with and without the tokens the treebank left unanalyzed. The floors sit a
# little under the committed model's figures (docs/morph.md), so a change that
# costs accuracy fails here. Needs ../shared (skipped without it).
set -u
naba=${1:?usage: cli_morph_dev.sh path/to/naba}
tb=../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu
[ -f "$tb" ] || { echo "no ../shared: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bench/morph_dev.sh "$naba" "$tb" "$tmp" > "$tmp/out" || { echo "FAIL: bench/morph_dev.sh"; exit 1; }
cat "$tmp/out"
# F1 of a metric in the first (all words) or second (without U tokens) table
f1() { awk -v part="$1" -v m="$2" '/^== /{p++} p == part && $1 == m {print $7}' "$tmp/out"; }
fail=0
floor() { # part metric minimum
  local v; v=$(f1 "$1" "$2")
  if [ -z "$v" ] || awk -v v="$v" -v min="$3" 'BEGIN{exit !(v < min)}'; then
    echo "FAIL: $2 (table $1) is ${v:-missing}, floor $3"; fail=1; fi
}
floor 1 Words 96.6
floor 1 UPOS 89.6
floor 1 UFeats 82.0
floor 1 Lemmas 92.3
floor 2 Words 98.6
floor 2 UPOS 94.1
floor 2 UFeats 85.7
floor 2 Lemmas 95.6
exit $fail
