#!/usr/bin/env bash
# bench/morph_sample.sh — draw the seeded sample of word tokens an analyst
# judges for what the morph stage (clitics split, UPOS, lemma) is worth on
# today's news, beside bench/morph_dev.sh's 2007-era treebank (docs/morph.md,
# session 31): the slices of bench/events_sample.sh, 34 ANT + 33 Jawhara + 33
# SaudiNewsNet articles drawn and one random Arabic word token of each.
#
#   bench/morph_sample.sh SEED [NABA] [OUTDIR]
#
# Writes OUTDIR/{ant,jaw,snn}.json and OUTDIR/sample-SEED.tsv (OUTDIR defaults
# to bench/out/morph_sample).
LAYER=morph exec "$(dirname "$0")/events_sample.sh" "$@"
