#!/usr/bin/env bash
# README's test command: sets up what the tests need on a fresh machine, then runs every test.
#   - Chromium from Debian's packages (the playground test drives it with Playwright; the machine is offline);
#   - python3 for seed-data/check.py, which checks the curated seed data against its sources;
#   - a PostgreSQL server from Debian's packages, started, with a login for the PostgreSQL tests
#     (TRACKER_TEST_POSTGRES; set it yourself to use another server and skip the local setup).
# Installing needs root (apt); everything else (NuGet restore, npm install for the playground, npm ci for
# tests/incremental-clients, SQLite databases) happens inside the build and the tests. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ -z "${TRACKER_TEST_POSTGRES:-}" ]; then
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -z "${TRACKER_TEST_POSTGRES:-}" ]; then
  # Start the packaged cluster (creating one if the package did not) and give the tests a login.
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main >/dev/null
  fi
  read -r pg_version pg_cluster pg_port _ < <(pg_lsclusters -h | head -n 1)
  pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -p "$pg_port" && break
    sleep 1
  done
  su postgres -c "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'tracker-tests'\"" >/dev/null
  export TRACKER_TEST_POSTGRES="Host=localhost;Port=$pg_port;Username=postgres;Password=tracker-tests"
fi

# Under CI a missing snapshot fails (Snapshooter's strict mode) instead of being written and passing.
if [ -n "${CI:-}" ]; then
  export SNAPSHOOTER_STRICT_MODE=on
fi

# The curated seed data: every reference resolves, every quote is verbatim in the source it cites.
python3 seed-data/check.py

dotnet test "$@"
