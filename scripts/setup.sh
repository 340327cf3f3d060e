#!/usr/bin/env bash
# One idempotent set-up step shared by ./analytics and ./test.sh.
#   scripts/setup.sh run    what the product needs
#   scripts/setup.sh test   that, plus what the test suite needs
# Installs missing Debian packages when run as root; otherwise names them and the
# command to install them. The DuckDB engine comes with the NuGet package DuckDB.NET.Data.Full
# at build time; neither Node.js nor npm is needed. A second run finds everything in place and
# does nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile="${1:-run}"

say() { printf 'setup: %s\n' "$*" >&2; }

# --- tools that must already be on the machine -------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  say "'dotnet' is not installed; the project needs the .NET 10 SDK."
  exit 1
fi

# --- Debian packages ----------------------------------------------------------
run_packages=(fonts-noto-cjk)
test_packages=(chromium chromium-driver postgresql python3-aiosmtpd libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils python3-uno)
wanted=("${run_packages[@]}")
[ "$profile" = "test" ] && wanted+=("${test_packages[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    say "missing Debian packages: ${missing[*]}"
    say "install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi
