#!/usr/bin/env bash
# HTTP load (issue 3): requests per second and p99 latency on loopback, with wrk from Debian's packages, for a small
# GraphQL query through the whole server and for the same server returning the same response bytes without GraphQL,
# with the server's CPU time and bytes allocated per request for each.
# Both endpoints run unmeasured for HTTP_WARMUP seconds first: a server started a moment ago runs its code
# unoptimised for several seconds under load (the JIT's first tiers), which a 2-second warm-up left on the GraphQL
# endpoint, measured first (41% of the ceiling cold, 59-64% warm, in two runs minutes apart).
# HTTP_ROUNDS=N measures the two endpoints alternately N times (HTTP_SECONDS each) and adds each round's ratio and
# their median: on a shared machine the ceiling itself swings by a third within minutes, and a ratio taken from runs
# seconds apart is steadier than one from two runs fifteen seconds apart.
#   bench/http.sh            (HTTP_SECONDS=15 HTTP_WARMUP=10 HTTP_CONNECTIONS=32 HTTP_ROUNDS=1 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
port=${HTTP_PORT:-5098}
seconds=${HTTP_SECONDS:-15}
warmup=${HTTP_WARMUP:-10}
connections=${HTTP_CONNECTIONS:-32}
rounds=${HTTP_ROUNDS:-1}
dotnet build -c Release -v q -nologo bench/Tracker.GraphQL.HttpBench/Tracker.GraphQL.HttpBench.csproj >/dev/null
# Another server on the port would be measured instead of this one (which would stop at once, unable to bind).
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: stop what listens there or set HTTP_PORT"; exit 1; fi
ASPNETCORE_ENVIRONMENT=Production dotnet bench/Tracker.GraphQL.HttpBench/bin/Release/net10.0/Tracker.GraphQL.HttpBench.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
script=$(mktemp /tmp/tracker-wrk.XXXXXX.lua)
trap 'kill $server 2>/dev/null; rm -f "$script" "$script.out"' EXIT
cat >"$script" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query ($n: String!) { greeting(name: $n) { text length tags } }","variables":{"n":"load test"}}'
LUA
for _ in $(seq 1 30); do
  kill -0 "$server" 2>/dev/null || { echo "the server stopped before answering"; exit 1; }
  curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$port/graphql" && break
  sleep 1
done
graphql=$(curl -fs -X POST -H 'Content-Type: application/json' --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$script")" "http://127.0.0.1:$port/graphql")
fixed=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{}' "http://127.0.0.1:$port/fixed")
[ "$graphql" = "$fixed" ] || { echo "responses differ: $graphql vs $fixed"; exit 1; }
for endpoint in /graphql /fixed; do
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$script" "http://127.0.0.1:$port$endpoint" >/dev/null
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$connections -d${seconds}s after a ${warmup}s warm-up of each endpoint; response ${#fixed} bytes"
# The server's CPU time per request (user + system, from /proc) beside the rates: on a machine shared with other work
# requests/s swing with the load, while the CPU one request costs the server moves much less.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
run() {
  wrk -t2 -c"$connections" -d2s -s "$script" "http://127.0.0.1:$port$1" >/dev/null
  measure "$1" "$2"
}
# One measured wrk run of an endpoint: its table row, and "requests/s cpu-us" in $script.last.
measure() {
  local before after allocated_before allocated_after
  allocated_before=$(allocated)
  before=$(cpu_ticks)
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "http://127.0.0.1:$port$1" >"$script.out"
  after=$(cpu_ticks)
  allocated_after=$(allocated)
  awk -v name="$2" -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v bytes=$((allocated_after - allocated_before)) -v last="$script.last" '
    /requests in/ { requests = $1 } /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } / 50%/ { p50 = $2 }
    END { cpu = ticks / hz / requests * 1e6; printf "| %s | %s | %s | %s | %.1f us | %.0f B |\n", name, rps, p50, p99, cpu, bytes / requests; printf "%s %.1f\n", rps, cpu > last }' "$script.out"
}
# The bytes the server has allocated (its own endpoint: GC.GetTotalAllocatedBytes), so that a run's difference over
# its requests is the allocation per request, the GC's share of the CPU above.
allocated() { curl -fs "http://127.0.0.1:$port/allocated"; }
echo "| endpoint | requests/s | p50 | p99 | server CPU per request | allocated per request |"
echo "|---|---|---|---|---|---|"
if [ "$rounds" -le 1 ]; then
  run /graphql "small GraphQL query"
  run /fixed "fixed JSON body, same bytes"
  exit 0
fi
ratios=()
for round in $(seq 1 "$rounds"); do
  measure /graphql "round $round: small GraphQL query"
  read -r query_rps query_cpu <"$script.last"
  measure /fixed "round $round: fixed JSON body, same bytes"
  read -r fixed_rps fixed_cpu <"$script.last"
  ratios+=("$(awk -v q="$query_rps" -v f="$fixed_rps" 'BEGIN { printf "%.3f", q / f }')")
  echo "| round $round: query / fixed | $(awk -v r="${ratios[-1]}" 'BEGIN { printf "%.0f%%", r * 100 }') | | | $(awk -v q="$query_cpu" -v f="$fixed_cpu" 'BEGIN { printf "%.2fx", q / f }') | |"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { printf "\nmedian of %d rounds: small query at %.0f%% of the fixed body (rounds from %.0f%% to %.0f%%)\n", NR, (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2) * 100, r[1] * 100, r[NR] * 100 }'
