#!/usr/bin/env bash
# bench/events_sample.sh — draw the seeded sample of event rows an analyst
# judges for the precision on news (docs/events.md, session 19): the events of
# a slice of each corpus, taken as every k-th article because the corpora are
# ordered by source and section (ANT v2.1 every 30th article from the 15th,
# 1,051 articles; Jawhara every 10th from the 5th, 1,016; SaudiNewsNet every
# 30th from the 15th, 1,034), 34 + 33 + 33 rows drawn by tools/events_sample.py.
# With LAYER=entities (bench/entities_sample.sh) the same slices give 34 + 33 +
# 33 entities of `-f entities` instead (src/link/README.md, session 20);
# LAYER=quotes, counts or dates draw those layers' items (src/quotes/README.md,
# session 21); LAYER=morph (bench/morph_sample.sh) one word token of each of
# 34 + 33 + 33 drawn articles (docs/morph.md, session 31).
#
#   bench/events_sample.sh SEED [NABA] [OUTDIR]
#
# Writes OUTDIR/{ant,jaw,snn}.json (the documents) and OUTDIR/sample-SEED.tsv;
# OUTDIR defaults to bench/out/LAYER_sample.
set -euo pipefail
seed=${1:?usage: bench/events_sample.sh SEED [NABA] [OUTDIR]}
here=$(cd "$(dirname "$0")/.." && pwd)
naba=${2:-$here/build/naba}
layer=${LAYER:-events}
out=${3:-$here/bench/out/${layer}_sample}
news=${NABA_NEWS:-$here/../shared/data/news}
mkdir -p "$out"
slice() { # corpus first step name
  zcat "$news/$1" | sed -n "$2~$3p" | "$naba" analyze -i jsonl -q -f json > "$out/$4.json" || [ $? -le 1 ]
}
slice ant_v2.1_multisource.jsonl.gz 15 30 ant
slice ant_v1.1_jawharafm.jsonl.gz 5 10 jaw
slice saudinewsnet_ccbyncsa.jsonl.gz 15 30 snn
"$here/tools/events_sample.py" --layer "$layer" --seed "$seed" --n 34 "$out/ant.json" --n 33 "$out/jaw.json" \
  --n 33 "$out/snn.json" > "$out/sample-$seed.tsv"
echo "$out/sample-$seed.tsv"
