#!/usr/bin/env bash
# What dashboards do (issues 4 and 13): many clients at once, on the seeded database and at scale. For each database
# (SQLite by default; PostgreSQL with --provider postgres or both):
#   1. the seeded database alone: every README query (docs/queries/*.graphql, and bench/scale-queries/ if present)
#      at 32 concurrent clients;
#   2. the same database filled by the generator (Bogus, fixed seed: the 3,234 real counties, 20,000 cities, 100,000
#      organisations, 5,000 people, 5,000 letters, 2,000 status events, 1,000,000 signatures; SQLite through
#      prepared inserts, PostgreSQL through binary COPY), then every query at 1, 16 and 64 concurrent clients.
# First an unmeasured pass over every query (the server's first seconds), then each cell: a warm-up, then a fixed time; throughput and exact p50/p95/p99/max of every request; every response
# checked (200, data, no errors). Each cell runs uncached (a unique unused variable per request and a
# `Cache-Control: no-cache` header, so that a response cache cannot answer; the document cache still can) and
# cached (the same bytes every time). With no response cache the two modes measure the same thing.
#
#   bench/scale.sh                                   SQLite, both phases, defaults (about 17 minutes on a quiet machine)
#   bench/scale.sh --provider postgres --signatures 10000000
#   bench/scale.sh --only status-map,search --clients 16 --modes uncached --seconds 5 --phases generated
#   bench/scale.sh --keep                            keep the database (its location is printed) ...
#   bench/scale.sh --reuse /tmp/tracker-scale.XYZ    ... and measure it again without generating (a folder for
#                                                    SQLite, a database name for PostgreSQL)
# Options: --provider sqlite|postgres|both, --phases seeded,generated, --clients 1,16,64 (generated phase),
# --seeded-clients 32, --seconds 10, --warmup 2, --modes uncached,cached, --only NAME,NAME, --rate R (open loop:
# R requests/s in all, latency from each request's due time, see bench/Tracker.ScaleBench/LoadOptions.cs),
# --uncached-header "Name: value" (how a future response cache is told to step aside; empty for none), --keep,
# --reuse TARGET; anything else goes to the generator (--signatures N, --organizations N, --letters N, ...).
# SCALE_POSTGRES is the server's connection string without a database (default: localhost:5432, user postgres);
# SCALE_PORT the port (5099).
set -euo pipefail
cd "$(dirname "$0")/.."
providers=sqlite phases=seeded,generated clients=1,16,64 seeded_clients=32 seconds=10 warmup=2 modes=uncached,cached
only= rate=0 uncached_header="Cache-Control: no-cache" keep= reuse= generator=()
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) providers=$2; [ "$providers" = both ] && providers=sqlite,postgres; shift 2 ;;
    --phases) phases=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --seeded-clients) seeded_clients=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --uncached-header) uncached_header=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=$2; keep=1; phases=generated; shift 2 ;;
    *) generator+=("$1"); shift ;;
  esac
done
postgres=${SCALE_POSTGRES:-Host=localhost;Port=5432;Username=postgres;Password=tracker-tests}
port=${SCALE_PORT:-5099}
url="http://127.0.0.1:$port/graphql"
folders=(docs/queries)
[ -d bench/scale-queries ] && folders+=(bench/scale-queries)
bench=bench/Tracker.ScaleBench/bin/Release/net10.0/Tracker.ScaleBench.dll
dotnet build -c Release -v q -nologo bench/Tracker.ScaleBench/Tracker.ScaleBench.csproj >/dev/null
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null

server= folder= database=
libpq() { # Npgsql's "Host=h;Username=u;Password=p" as psql's "host=h user=u password=p"
  # Only what psql knows: Npgsql's own settings (Maximum Pool Size=...) are left out.
  tr ';' '\n' <<<"$1" | sed -E 's/^[Uu]sername=/user=/; s/^([A-Za-z]+)=/\L\1=/' | grep -E '^(host|port|user|password)=' | tr '\n' ' '
}
stop_server() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi
}
cleanup() {
  stop_server
  if [ -z "$keep" ]; then
    [ -n "$folder" ] && rm -rf "$folder"
    [ -n "$database" ] && psql "$(libpq "$postgres") dbname=postgres" -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  folder= database=
}
trap cleanup EXIT
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# Settings that point the server and the generator at the database of this run.
server_settings() { if [ -n "$folder" ]; then echo "--Tracker:DataFolder=$folder"; else echo "--Tracker:Provider=Postgres"; echo "--ConnectionStrings:Tracker=${postgres%;};Database=$database"; fi; }
generator_target() { if [ -n "$folder" ]; then echo "$folder"; else echo "${postgres%;};Database=$database"; fi; }
size() {
  if [ -n "$folder" ]; then du -sh "$folder" | cut -f1
  else psql "$(libpq "$postgres") dbname=$database" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))"; fi
}
start_server() {
  mapfile -t settings < <(server_settings)
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" "${settings[@]}" >/tmp/tracker-scale-server-$port.log 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  echo "the server did not start: /tmp/tracker-scale-server-$port.log" >&2; tail -5 /tmp/tracker-scale-server-$port.log >&2; exit 1
}
measure() { # $1 = client counts
  dotnet "$bench" load "$url" "${folders[@]}" --clients "$1" --modes "$modes" --seconds "$seconds" --warmup "$warmup" \
    --rate "$rate" --uncached-header "$uncached_header" ${only:+--only "$only"}
}

if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  echo "port $port is already in use: set SCALE_PORT to a free one" >&2; exit 1
fi
echo "== $(nproc) cores, load average $(loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)"
for provider in ${providers//,/ }; do
  if [ -n "$reuse" ]; then
    if [ "$provider" = sqlite ]; then folder=$reuse; else database=$reuse; fi
  elif [ "$provider" = sqlite ]; then
    folder=$(mktemp -d /tmp/tracker-scale.XXXXXX)
  else
    database="tracker_scale_$(date +%s)_$RANDOM"
  fi
  echo
  echo "### $provider (${folder:-database $database})"
  if [[ ",$phases," == *,seeded,* ]]; then
    start_server
    echo
    echo "#### the seeded database, $seeded_clients clients (load average $(loadavg))"
    echo
    measure "$seeded_clients"
    stop_server
  fi
  if [[ ",$phases," == *,generated,* ]]; then
    if [ -z "$reuse" ]; then
      echo
      echo "#### generating (${generator[*]:-the default scale})"
      /usr/bin/time -f "generator: %e s wall, %U s user, %S s system, %M KB peak memory" \
        dotnet "$bench" generate "$(generator_target)" "${generator[@]}" 2>&1 | grep -v -e '^fail: Microsoft.EntityFrameworkCore.Database.Connection' -e 'An error occurred using the connection to database'
    fi
    echo "database: $(size)"
    start_server
    echo
    echo "#### the generated database, $clients clients (load average $(loadavg))"
    echo
    measure "$clients"
    stop_server
  fi
  [ -n "$keep" ] && echo "kept: ${folder:-database $database} (bench/scale.sh --provider $provider --reuse ${folder:-$database})"
  cleanup
done
