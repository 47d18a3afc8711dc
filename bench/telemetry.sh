#!/usr/bin/env bash
# What telemetry costs (issue 9 item 11): requests per second and latency of one tracker query (a page of letters
# with their signatures: parse, validate, execute, a DataLoader batch, SQL) through the whole server in Release, on
# loopback with wrk, in three configurations of the same build: telemetry off (the default: nothing listens), metrics
# only (Prometheus /metrics enabled: every meter has a listener), traces and metrics to an OTLP collector (a local
# sink answering 200; every span recorded and exported, EF Core and ASP.NET Core instrumentation included).
# The three alternate for TELEMETRY_ROUNDS rounds, so that a machine whose load drifts weighs on each alike.
#   bench/telemetry.sh       (TELEMETRY_SECONDS=10 TELEMETRY_CONNECTIONS=16 TELEMETRY_ROUNDS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
port=${TELEMETRY_PORT:-5097}
sink_port=$((port + 1))
seconds=${TELEMETRY_SECONDS:-10}
rounds=${TELEMETRY_ROUNDS:-3}
connections=${TELEMETRY_CONNECTIONS:-16}
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
data=$(mktemp -d /tmp/tracker-telemetry.XXXXXX)
script="$data/query.lua"
cat >"$script" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query Letters { letters(first: 5) { nodes { slug title signatures(first: 10) { nodes { printedName } } } } }"}'
LUA
# The OTLP sink: accepts every export and discards it, so the figure is the tracker's cost, not a collector's.
python3 -c '
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200); self.send_header("Content-Type", "application/x-protobuf"); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()' "$sink_port" &
sink=$!
server=
trap 'kill $server $sink 2>/dev/null; rm -rf "$data"' EXIT
start() {
  env Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production "$@" \
    dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; kill -0 $server 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }; sleep 1; done
  echo "the server did not start" >&2; exit 1
}
stop() { kill $server; wait $server 2>/dev/null || true; server=; }
run() {
  local name=$1; shift
  start "$@"
  body=$(curl -fs -X POST -H 'Content-Type: application/json' --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$script")" "http://127.0.0.1:$port/graphql")
  case $body in *'"errors"'*) echo "the query failed: $body" >&2; exit 1;; esac
  wrk -t2 -c"$connections" -d3s -s "$script" "http://127.0.0.1:$port/graphql" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port/graphql" | awk -v name="$name" '
    /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 }
    END { printf "| %s | %s | %s | %s |\n", name, rps, p50, p99 }'
  stop
}
echo "== $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg); wrk -t2 -c$connections -d${seconds}s"
echo "| round: telemetry | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  run "$round: off (default)"
  run "$round: metrics (Prometheus /metrics)" Telemetry__Prometheus__Enabled=true
  run "$round: traces and metrics (OTLP)" Telemetry__Otlp__Endpoint="http://127.0.0.1:$sink_port" Telemetry__Otlp__Protocol=http/protobuf
done
echo "== load average at the end $(cut -d" " -f1-3 /proc/loadavg)"
