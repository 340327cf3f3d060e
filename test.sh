#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: N passed, N failed[, N skipped].
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Ingest").
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
scripts/setup.sh test || exit 1
results="$root/.build/test-results"
rm -rf "$results"
mkdir -p "$results"
dotnet build Analytics.sln -c Debug --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Analytics.sln -c Debug --no-build --nologo \
  --logger "trx" --results-directory "$results" "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
