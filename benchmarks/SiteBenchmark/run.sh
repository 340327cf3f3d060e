#!/usr/bin/env bash
# The site benchmark: builds the product (./analytics), installs wrk and nginx when missing, runs the measurements.
# Options go to the program: --duration 60 --connections 256 --cold 300 --data DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null
  else echo "wrk and nginx are needed: sudo apt-get install wrk nginx" >&2; exit 1; fi
fi
./analytics --help >/dev/null 2>&1 || true   # builds .build/app when sources changed
exec dotnet run -c Release --project benchmarks/SiteBenchmark -- "$@"
