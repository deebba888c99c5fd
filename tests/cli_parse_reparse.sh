#!/bin/bash
# cli_parse_reparse.sh — `naba train reparse` (several parser models vote, a
# maximum spanning tree over their votes) and what it is for, `naba train
# parse --uptrain`. Models trained on the tiny treebank learn its two
# sentences by heart, so the ensemble must give back the gold trees, whether a
# member reads left to right or right to left (--reverse).
. "$(dirname "$0")/lib.sh"
tiny=tests/data/morph-tiny.conllu
all="--min-updates 1 --prune 0 --epochs 30" # keep every weight: learn the two trees by heart
"$naba" train parse -q -t "$tiny" $all -o "$tmp/a.nbm" &&
"$naba" train parse -q -t "$tiny" $all --seed 2 -o "$tmp/b.nbm" &&
"$naba" train parse -q -t "$tiny" $all --reverse -o "$tmp/r.nbm"
check '[ $? -eq 0 ] && [ -s "$tmp/r.nbm" ]' "trains left-to-right and right-to-left models"
check '! cmp -s "$tmp/a.nbm" "$tmp/r.nbm"' "--reverse makes another model"
las() { "$naba" eval conllu "$tiny" "$1" | awk '$1 == "LAS" { print $7 }'; }
"$naba" train reparse -m "$tmp/r.nbm" -m "$tmp/r.nbm" "$tiny" > "$tmp/rr.conllu"
check '[ "$(las "$tmp/rr.conllu")" = "100.00" ]' "a right-to-left model's trees come back left to right: LAS $(las "$tmp/rr.conllu")"
"$naba" train reparse -m "$tmp/a.nbm" -m "$tmp/b.nbm" -m "$tmp/r.nbm" -o "$tmp/abr.conllu" "$tiny"
check '[ $? -eq 0 ] && [ "$(las "$tmp/abr.conllu")" = "100.00" ]' "three models vote the gold trees: LAS $(las "$tmp/abr.conllu")"
roots=$(awk -F'\t' '$1 ~ /^[0-9]+$/ && $7 == 0' "$tmp/abr.conllu" | wc -l)
check '[ "$roots" -eq 2 ]' "one root per sentence ($roots in 2 sentences)"
"$naba" train reparse -m "$tmp/a.nbm" -m "$tmp/b.nbm" -m "$tmp/r.nbm" "$tiny" | cmp -s - "$tmp/abr.conllu"
check '[ $? -eq 0 ]' "the same models and input give the same output"
# the output is training data: uptraining changes the model
"$naba" train parse -q -t "$tiny" --uptrain "$tmp/abr.conllu" -o "$tmp/up.nbm"
check '[ $? -eq 0 ] && ! cmp -s "$tmp/a.nbm" "$tmp/up.nbm"' "train parse --uptrain learns from the ensemble's trees"
# refusals
"$naba" train reparse -m "$tmp/a.nbm" "$tiny" > /dev/null 2>&1
check '[ $? -eq 2 ]' "one model is not an ensemble (exit 2)"
sed 's/\tnmod\t/\tnmod:poss\t/' "$tiny" > "$tmp/other.conllu"
"$naba" train parse -q -t "$tmp/other.conllu" -o "$tmp/o.nbm"
err=$("$naba" train reparse -m "$tmp/a.nbm" -m "$tmp/o.nbm" "$tiny" 2>&1 >/dev/null)
status=$?
check '[ $status -eq 3 ] && echo "$err" | grep -q "not the relations"' "models with other relations are refused: $err"
finish
