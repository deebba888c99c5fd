# tests/lib.sh — sourced by the CLI tests (tests/cli_*.sh): the naba binary from
# $1, the example article, a scratch folder removed on exit, and check/finish.
#   check 'SHELL CONDITION' "what it means"   counts a pass, or prints FAIL and counts a failure
#   finish                                    prints "N passed, N failed"; fails when any did
set -u
naba=${1:?usage: $(basename "$0") path/to/naba}
example=examples/istanbul-talks-2025-05-16.ar.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
