#!/usr/bin/env bash
# bench/quotes_sample.sh — draw the seeded sample of quotes an analyst judges
# for what `-f quotes` is worth on news (src/quotes/README.md, session 21): the
# slices and draw of bench/events_sample.sh, one row per quote (34 + 33 + 33)
# instead of per event. LAYER=counts bench/events_sample.sh does the same for
# `-f counts`.
#
#   bench/quotes_sample.sh SEED [NABA] [OUTDIR]
#
# Writes OUTDIR/{ant,jaw,snn}.json and OUTDIR/sample-SEED.tsv (OUTDIR defaults
# to bench/out/quotes_sample).
LAYER=quotes exec "$(dirname "$0")/events_sample.sh" "$@"
