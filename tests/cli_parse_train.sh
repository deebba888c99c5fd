#!/bin/bash
# cli_parse_train.sh — `naba train parse --tags`: the trainer reads a second
# CoNLL-U with the treebank's words and predicted morphology (jackknifed, made
# by tools/parse_jackknife.py), and refuses one whose sentences do not have
# the treebank's words, naming the sentence.
. "$(dirname "$0")/lib.sh"
tiny=tests/data/morph-tiny.conllu
"$naba" train parse -q -t "$tiny" -o "$tmp/gold.nbm"
check '[ $? -eq 0 ] && [ -s "$tmp/gold.nbm" ]' "trains on the tiny treebank"
# predicted morphology: other tags, the same words
sed 's/\tNOUN\t/\tADJ\t/' "$tiny" > "$tmp/tags.conllu"
"$naba" train parse -q -t "$tiny" --tags "$tmp/tags.conllu" --tags-share 1 -o "$tmp/tags.nbm"
check '[ $? -eq 0 ] && [ -s "$tmp/tags.nbm" ]' "trains with --tags"
check '! cmp -s "$tmp/gold.nbm" "$tmp/tags.nbm"' "the predicted tags change the model"
# the second sentence loses its last word
head -n -2 "$tiny" > "$tmp/short.conllu"; echo >> "$tmp/short.conllu"
err=$("$naba" train parse -q -t "$tiny" --tags "$tmp/short.conllu" -o "$tmp/x.nbm" 2>&1)
status=$?
check '[ $status -eq 3 ]' "a --tags file with other words is a fatal error (exit 3)"
check 'echo "$err" | grep -q -- "--tags: sentence"' "the error names the sentence: $err"
finish
