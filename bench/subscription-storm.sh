#!/usr/bin/env bash
# One write under many heavy anonymous subscriptions (Tracker:Live:MaxConcurrentEvents, README "Limits"): the tracker
# in Release on a fresh seeded SQLite database, a maintainer's key, CONNECTIONS x SUBSCRIPTIONS subscriptions of a
# heavy selection to Texas's status, one status change; prints what bench/subscription-storm.mjs measures.
#   bench/subscription-storm.sh   (STORM_CONNECTIONS=5 STORM_SUBSCRIPTIONS=100 STORM_SECONDS=25 STORM_PORT=5098;
#                                  STORM_DLL=path/to/Tracker.Api.dll to measure another build; Tracker__Live__... as usual)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${STORM_PORT:-5098}
dll=${STORM_DLL:-src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll}
[ -n "${STORM_DLL:-}" ] || dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
data=$(mktemp -d /tmp/tracker-storm.XXXXXX)
server=
cleanup() { [ -z "$server" ] || { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; rm -rf "$data"; }
trap cleanup EXIT
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Tracker__DataFolder="$data" \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "the tracker did not start: $(tail -3 "$data/server.log")" >&2; exit 1; }
  sleep 1
done
key=$(Tracker__DataFolder="$data" dotnet "$dll" keys create --name storm --role maintainer 2>/dev/null | grep -o 'trk_[A-Za-z0-9_-]*' | head -1)
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); $dll; MaxConcurrentEvents ${Tracker__Live__MaxConcurrentEvents:-default}"
node --experimental-websocket --no-warnings bench/subscription-storm.mjs "$port" "$server" "$key" \
  "${STORM_CONNECTIONS:-5}" "${STORM_SUBSCRIPTIONS:-100}" "${STORM_SECONDS:-25}" "$(printf %02d $((RANDOM % 28 + 1)))"
echo "server log lines at Warning or above: $(grep -c -E '^(warn|fail|crit)' "$data/server.log" || true)"
