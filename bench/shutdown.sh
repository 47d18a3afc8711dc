#!/usr/bin/env bash
# Shutdown with open subscriptions (issue 9, item 9): starts the tracker in Release, opens a subscription over
# WebSocket and one over Server-Sent Events (bench/shutdown-client.mjs), sends SIGTERM, and prints when each client
# saw its end and when the process exited, in milliseconds after the signal; then the same exit without subscriptions.
#   bench/shutdown.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/tracker-shutdown.XXXXXX)
port=${SHUTDOWN_PORT:-5096}
url="http://127.0.0.1:$port/graphql"
trap 'rm -rf "$data"' EXIT
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
now() { date +%s%3N; }
start_server() {
  Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" >>/tmp/tracker-shutdown-server.log 2>&1 &
  server=$!
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 1; done
}
stop_server() {
  signalled=$(now)
  kill -TERM "$server"
  while kill -0 "$server" 2>/dev/null; do sleep 0.05; done
  exited=$(now)
}
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_server
events=$(mktemp)
node --experimental-websocket --no-warnings bench/shutdown-client.mjs "$url" >"$events" 2>&1 &
client=$!
for _ in $(seq 1 100); do grep -q ready "$events" && break; sleep 0.1; done
stop_server
wait "$client" || true
echo "| after SIGTERM | ms |"
echo "|---|---|"
grep -v ready "$events" | while read -r at what; do echo "| $what | $((at - signalled)) |"; done
echo "| process exited | $((exited - signalled)) |"
rm -f "$events"
start_server
stop_server
echo "| process exited, no subscriptions | $((exited - signalled)) |"
