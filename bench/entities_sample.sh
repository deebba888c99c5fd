#!/usr/bin/env bash
# bench/entities_sample.sh — draw the seeded sample of entities an analyst
# judges for what `-f entities` is worth on news (src/link/README.md, session
# 20): the slices and draw of bench/events_sample.sh, one row per entity of a
# document (34 + 33 + 33) instead of per event.
#
#   bench/entities_sample.sh SEED [NABA] [OUTDIR]
#
# Writes OUTDIR/{ant,jaw,snn}.json and OUTDIR/sample-SEED.tsv (OUTDIR defaults
# to bench/out/entities_sample).
LAYER=entities exec "$(dirname "$0")/events_sample.sh" "$@"
