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
# --convert: a model of format version 2 (tests/data/parse-v2-tiny.nbm, a
# tiny right-to-left model) rewritten in this version, the same bytes each
# time; a model already converted is refused, naming its version
"$naba" train parse --convert tests/data/parse-v2-tiny.nbm -o "$tmp/v3.nbm"
check '[ $? -eq 0 ] && [ -s "$tmp/v3.nbm" ]' "converts a version-2 model"
"$naba" train parse --convert tests/data/parse-v2-tiny.nbm -o "$tmp/v3b.nbm"
check 'cmp -s "$tmp/v3.nbm" "$tmp/v3b.nbm"' "the conversion is deterministic"
# the tiny treebank five times: its fifth document is naba's dev split
for i in 1 2 3 4 5; do echo "# newdoc id = d$i"; grep -v '^# newdoc' "$tiny"; done > "$tmp/five.conllu"
out=$("$naba" eval parse -t "$tmp/five.conllu" -m "$tmp/v3.nbm" 2>&1)
check '[ $? -eq 0 ] && echo "$out" | grep -q "^UAS"' "the converted model loads and parses"
err=$("$naba" train parse --convert "$tmp/v3.nbm" -o "$tmp/v3c.nbm" 2>&1)
check '[ $? -eq 3 ] && echo "$err" | grep -q "version 3"' "a model of this version is refused: $err"
finish
