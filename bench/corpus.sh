# bench/corpus.sh — sourced by the bench scripts: picks the corpus (argument 1,
# default ANT v2.1) and the naba binary (argument 2), and decompresses the
# corpus once into bench/out/ (BENCH_DIR), so every run reads the same file.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$here/../shared/data/news/ant_v2.1_multisource.jsonl.gz}
naba=${2:-$here/build/naba}
[ -f "$corpus" ] || { echo "bench: $corpus not found (needs ../shared)" >&2; exit 77; }
work=${BENCH_DIR:-$here/bench/out}
mkdir -p "$work"
jsonl=$work/$(basename "$corpus" .gz)
[ -s "$jsonl" ] || zcat "$corpus" > "$jsonl"
