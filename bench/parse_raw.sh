#!/bin/sh
# parse_raw.sh — the parser's dev scores from raw text, as the issue defines
# them: the `# text` of each dev document of naba's fixed split (whole
# documents, every 5th is dev: naba_cu_is_dev) goes through the whole pipeline
# up to parse (clean, segment, morph, ner, link, parse) and the CoNLL-U it
# writes is scored against the gold dev sentences with `naba eval conllu`
# (CoNLL 2018 metrics; the repairs that delete text are off, as the scorer needs the same letters).
# A second table scores the parser from gold tokens
# (`naba analyze -i conllu`: predicted words and morphology).
#
# usage: bench/parse_raw.sh [TREEBANK] [NABA] [DATA_DIR]   (run from the source root;
#        DATA_DIR: where models/ and data/ are, to score a model not yet committed)
set -eu
tb=${1:-../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu}
naba=${2:-build/naba}
dd=${3:+--data-dir $3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the dev documents: the document index is the number of "# newdoc" lines seen, minus one
awk '/^# newdoc/ { n++ } { d = n ? n - 1 : 0; if (d % 5 == 4) print }' "$tb" > "$tmp/gold.conllu"
awk '/^# newdoc/ { n++ } /^# text = / { d = n ? n - 1 : 0; if (d % 5 == 4) print d "\t" substr($0, 10) }' "$tb" |
  jq -R -s -c 'split("\n") | map(select(length > 0) | split("\t")) | group_by(.[0] | tonumber) | .[] |
               {id: .[0][0], text: (map(.[1]) | join("\n"))}' > "$tmp/dev.jsonl"
"$naba" analyze $dd -q -i jsonl -u parse -f conllu --treebank-tokens --no-repair tatweel --no-repair boilerplate --no-repair duplicate "$tmp/dev.jsonl" > "$tmp/raw.conllu"
echo "== from raw text ($(wc -l < "$tmp/dev.jsonl") documents)"
"$naba" eval conllu "$tmp/gold.conllu" "$tmp/raw.conllu"
"$naba" analyze $dd -q -i conllu -u parse -f conllu --treebank-tokens "$tmp/gold.conllu" > "$tmp/tok.conllu"
echo "== from gold tokens"
"$naba" eval conllu "$tmp/gold.conllu" "$tmp/tok.conllu"
