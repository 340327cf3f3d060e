#!/usr/bin/env bash
# Builds and runs the provider benchmark: DuckDB.NET (Release) against the C API floor (gcc -O2)
# and the official DuckDB Node API, all on the same libduckdb.so (the one DuckDB.NET.Data.Full
# ships; the C floor links to it). gcc and npm are this benchmark's own needs, not the product's.
#   benchmarks/ProviderBenchmark/run.sh [--runs 5] [--warmups 1] [--only read|append]
#                                       [--read-rows 10000000] [--append-rows 1000000]
# Exit code 0 when every goal is met, 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"
lib_dir="$here/bin/Release/net10.0"

say() { printf 'run.sh: %s\n' "$*" >&2; }

mkdir -p "$out"

say "building the .NET driver (Release)"
dotnet build "$here/ProviderBenchmark.csproj" -c Release --nologo -v quiet >&2

say "building the C floor (gcc -O2)"
gcc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror \
  -o "$out/floor" "$here/c/floor.c" "$here/c/ledger_csv.c" \
  -L"$lib_dir" -l:libduckdb.so -Wl,-rpath,"$lib_dir"

say "installing the Node API (npm ci)"
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error >&2)

say "running"
exec dotnet "$here/bin/Release/net10.0/ProviderBenchmark.dll" \
  --floor "$out/floor" --node "$here/node" --work "$out" --library "$lib_dir/libduckdb.so" "$@"
