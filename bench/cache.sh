#!/usr/bin/env bash
# The response cache (issue 13, item 3), with wrk on loopback: every README query (docs/queries/) sent again and
# again with the same bytes, as a dashboard repeats it, to the tracker on its seeded SQLite database: answered from
# the response cache ("cached"), and with "Cache-Control: no-cache", which makes the server execute it every time
# ("executed"). In the same run, the fixed-body ceiling: Kestrel returning a constant JSON body without GraphQL
# (bench/http.sh's /fixed), measured just before each query, so that each ratio compares two runs under the same
# load. Every query's answer is checked first (data, no errors, and X-Cache: HIT the second time).
# Before the first cell every query runs unmeasured, cached and executed, for CACHE_WARMUP seconds each, and so does
# the fixed body: a server started a moment ago runs most of its code unoptimised for tens of seconds under load (the
# JIT's first tiers), which otherwise falls on whichever query comes first.
#   bench/cache.sh     (CACHE_SECONDS=10 CACHE_WARMUP=3 CACHE_CONNECTIONS=32; CACHE_ONLY=status-map,search to choose queries)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
port=${CACHE_PORT:-5096}
fixed_port=$((port + 1))
seconds=${CACHE_SECONDS:-10}
warmup=${CACHE_WARMUP:-3}
connections=${CACHE_CONNECTIONS:-32}
only=${CACHE_ONLY:-}
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
dotnet build -c Release -v q -nologo bench/Tracker.GraphQL.HttpBench/Tracker.GraphQL.HttpBench.csproj >/dev/null
folder=$(mktemp -d /tmp/tracker-cache.XXXXXX)
work=$(mktemp -d /tmp/tracker-cache-wrk.XXXXXX)
tracker= fixed=
cleanup() {
  for pid in $tracker $fixed; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$folder" "$work"
}
trap cleanup EXIT
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" --Tracker:DataFolder="$folder" >"$work/tracker.log" 2>&1 &
tracker=$!
ASPNETCORE_ENVIRONMENT=Production dotnet bench/Tracker.GraphQL.HttpBench/bin/Release/net10.0/Tracker.GraphQL.HttpBench.dll --urls "http://127.0.0.1:$fixed_port" >/dev/null 2>&1 &
fixed=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && curl -fs -o /dev/null -X POST -d '{}' -H 'Content-Type: application/json' "http://127.0.0.1:$fixed_port/fixed" && break
  kill -0 "$tracker" 2>/dev/null || { echo "the tracker did not start: $(tail -3 "$work/tracker.log")" >&2; exit 1; }
  sleep 1
done
# One wrk run: $1 url, $2 lua script; prints "requests/s p99", or fails when any answer was not 2xx.
measure() {
  wrk -t2 -c"$connections" -d2s -s "$2" "$1" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$2" "$1" | awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 }
    END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } print rps, p99 }'
}
cat >"$work/fixed.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = "{}"
LUA
names=()
for file in docs/queries/*.graphql; do
  name=$(basename "$file" .graphql)
  [ -n "$only" ] && [[ ",$only," != *,"$name",* ]] && continue
  names+=("$name")
  body=$(python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$file")
  printf '%s' "$body" >"$work/$name.json"
  curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/$name.json" "http://127.0.0.1:$port/graphql"
  curl -fs -D "$work/headers" -o "$work/$name.answer" -X POST -H 'Content-Type: application/json' --data-binary @"$work/$name.json" "http://127.0.0.1:$port/graphql"
  grep -qi '^x-cache: HIT' "$work/headers" || { echo "$name: the second request was not answered from the cache" >&2; exit 1; }
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if "data" in r and "errors" not in r else 1)' "$work/$name.answer" || { echo "$name: $(head -c 300 "$work/$name.answer")" >&2; exit 1; }
  for mode in cached executed; do
    {
      echo 'wrk.method = "POST"'
      echo 'wrk.headers["Content-Type"] = "application/json"'
      [ "$mode" = executed ] && echo 'wrk.headers["Cache-Control"] = "no-cache"'
      echo "wrk.body = [==[$body]==]"
    } >"$work/$name.$mode.lua"
  done
done
# The warm-up pass, unmeasured.
wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/fixed.lua" "http://127.0.0.1:$fixed_port/fixed" >/dev/null
for name in "${names[@]}"; do
  for mode in cached executed; do
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/$name.$mode.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  done
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); wrk -t2 -c$connections -d${seconds}s, after a ${warmup}s warm-up pass"
echo
echo "| README query | response bytes | cached requests/s | p99 | executed requests/s | p99 | fixed-body ceiling requests/s | cached / ceiling |"
echo "|---|---|---|---|---|---|---|---|"
for name in "${names[@]}"; do
  # Assigned first, so that a failed measurement stops the script (set -e does not see into "< <(...)").
  cell=$(measure "http://127.0.0.1:$fixed_port/fixed" "$work/fixed.lua"); read -r ceiling _ <<<"$cell"
  cell=$(measure "http://127.0.0.1:$port/graphql" "$work/$name.cached.lua"); read -r cached cached_p99 <<<"$cell"
  cell=$(measure "http://127.0.0.1:$port/graphql" "$work/$name.executed.lua"); read -r executed executed_p99 <<<"$cell"
  awk -v n="$name" -v b="$(wc -c <"$work/$name.answer")" -v c="$cached" -v cp="$cached_p99" -v e="$executed" -v ep="$executed_p99" -v f="$ceiling" \
    'BEGIN { printf "| %s | %d | %.0f | %s | %.0f | %s | %.0f | %.0f%% |\n", n, b, c, cp, e, ep, f, 100 * c / f }'
done
echo
echo "fixed-body ceiling: Kestrel returning a constant 83-byte body without GraphQL (bench/Tracker.GraphQL.HttpBench). Load average now $(cut -d' ' -f1-3 /proc/loadavg)."
