#!/usr/bin/env bash
# morph_dev.sh — the morph stage's dev figures from raw text, with the CoNLL
# 2018 metrics (`naba eval conllu`).
#
# The dev split is naba's fixed one (naba_cu_is_dev: whole documents, every 5th
# by "# newdoc" is dev). The gold is the dev documents with name-like X words
# (English gloss capitalized) relabeled PROPN, as the trainer does. The system
# input is each dev document's "# text" lines joined by newlines, one JSONL
# record per document, run through clean, segment and morph. The score is given
# twice: over all words, and without the tokens the treebank left unanalyzed
# (a word tagged U---------): there the gold keeps clitics attached, and naba's
# figure depends on whether it copies that convention (docs/morph.md).
#
# UNTIL=ner (or a later stage) runs the pipeline that far: the ner stage
# gives names read as common words back to PROPN (docs/morph.md, session 32).
#
# usage: [UNTIL=stage] bench/morph_dev.sh [path/to/naba] [treebank.conllu] [workdir]
set -eu
naba=${1:-build/naba}
tb=${2:-../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu}
dir=${3:-$(mktemp -d)}
mkdir -p "$dir"

# dev.conllu (relabeled gold) and dev.jsonl (raw text, one record per document)
awk -F'\t' -v OFS='\t' -v gold="$dir/dev.conllu" -v raw="$dir/dev.jsonl" '
  function flush() { if (text != "") printf "{\"id\":\"%s\",\"text\":\"%s\"}\n", id, text > raw; text = "" }
  function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); return s }
  /^# newdoc/ { flush(); doc++; id = $0; sub(/^# newdoc( id = )?/, "", id); id = esc(id) }
  { dev = doc % 5 == 0 }       # doc counts from 1 here: index % 5 == 4
  !dev { next }
  /^# text = / { t = $0; sub(/^# text = /, "", t); text = text (text == "" ? "" : "\\n") esc(t) }
  NF == 10 && $1 ~ /^[0-9]+$/ && $4 == "X" && $10 ~ /(^|\|)Gloss=[A-Z]/ { $4 = "PROPN" }
  { print > gold }
  END { flush() }' "$tb"

# clean's repairs that delete text (boilerplate such as "/ يتبع /", repeated
# passages, tatweel: a lone one is a dash here) are off, so that both files
# spell the same text; the others stay on.
"$naba" analyze -q -i jsonl -u "${UNTIL:-morph}" -f conllu --treebank-tokens --no-repair boilerplate --no-repair duplicate \
    --no-repair tatweel "$dir/dev.jsonl" > "$dir/system.conllu"
echo "== all dev words"
"$naba" eval conllu "$dir/dev.conllu" "$dir/system.conllu" | grep -E '^(Metric|-|Tokens|Sentences|Words|UPOS|XPOS|UFeats|AllTags|Lemmas)'

# The same without the tokens that hold a U--------- word. Both files spell
# the same text, so a token is placed by its byte offsets in the text without
# white space; gold U tokens give ranges, and every token (gold or system) that
# overlaps one is dropped (words renumbered, heads blanked; sentences left
# empty go).
nou() { # gold file, file to filter
  awk -F'\t' -v OFS='\t' '
    FNR == 1 { pass++; at = 0 }
    /^$/ { last = 0 }
    function span(form) { s0 = at; at += length(form) }
    pass == 1 && /^[^#]/ && NF == 10 {
      if ($1 ~ /-/) { split($1, r, "-"); last = r[2]; span($2); ts = s0; te = at; next }
      if (last && $1 + 0 <= last + 0) { if ($5 ~ /^U/) { nu++; us[nu] = ts; ue[nu] = te } next }
      last = 0; span($2); if ($5 ~ /^U/) { nu++; us[nu] = s0; ue[nu] = at } next }
    pass == 1 { next }
    function hit(a, b,  i) { for (i = 1; i <= nu; i++) if (a < ue[i] && us[i] < b) return 1; return 0 }
    function flush(  i) { if (nb) { for (i = 1; i <= nh; i++) print head[i]; for (i = 1; i <= nb; i++) print body[i]; print "" } nh = nb = id = 0 }
    /^$/ { flush(); next }
    /^#/ { if ($0 !~ /^# text = /) head[++nh] = $0; next }
    { if ($1 ~ /-/) { split($1, r, "-"); last = r[2]; span($2); keep = !hit(s0, at)
                      if (keep) { $1 = (id + 1) "-" (id + 1 + r[2] - r[1]); body[++nb] = $0 } next }
      if (!(last && $1 + 0 <= last + 0)) { last = 0; span($2); keep = !hit(s0, at) }
      if (keep) { $1 = ++id; $7 = $8 = "_"; body[++nb] = $0 } }
    END { flush() }' "$1" "$2"
}
nou "$dir/dev.conllu" "$dir/dev.conllu" > "$dir/dev.noU.conllu"
nou "$dir/dev.conllu" "$dir/system.conllu" > "$dir/system.noU.conllu"
echo "== without tokens the treebank left unanalyzed (U---------)"
"$naba" eval conllu "$dir/dev.noU.conllu" "$dir/system.noU.conllu" | grep -E '^(Tokens|Words|UPOS|UFeats|Lemmas)'
