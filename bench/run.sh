#!/usr/bin/env bash
# Engine benchmarks (issues 3 and 13): runs the BenchmarkDotNet suite (parse, validate, execute the introspection
# query, execute a nested list query; a dashboard request cached vs uncached), the same operations in GraphQL.NET
# 8.8.5 (after checking its answers equal ours) and in graphql-js 17.1.0, in this run, and prints the ratios.
#   bench/run.sh            short job (about 6 minutes on an idle 2-core machine)
#   BENCH_JOB=medium bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d tests/conformance/generator/node_modules/graphql ]; then
  (cd tests/conformance/generator && npm ci --silent)
fi
out=$(mktemp -d /tmp/tracker-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release bench/Tracker.GraphQL.Benchmarks >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
# Before timing anything: GraphQL.NET's answers must equal ours, or the comparison would time different work.
dotnet bench/Tracker.GraphQL.Benchmarks/bin/Release/net10.0/Tracker.GraphQL.Benchmarks.dll check
# In process: BenchmarkDotNet's generated project must otherwise build within 2 minutes, which a loaded machine misses.
dotnet bench/Tracker.GraphQL.Benchmarks/bin/Release/net10.0/Tracker.GraphQL.Benchmarks.dll \
  --filter '*' --job "${BENCH_JOB:-short}" --inProcess --exporters json --artifacts "$out" >"$out/bdn.log" 2>&1 || { tail -50 "$out/bdn.log"; exit 1; }
node bench/graphql-js.mjs >"$out/graphql-js.json"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY' || { tail -40 "$out/bdn.log"; exit 1; }
import glob, json, sys
out = sys.argv[1]
ours, dotnet = {}, {}
for path in glob.glob(f"{out}/results/*-report-full-compressed.json"):
    for b in json.load(open(path))["Benchmarks"]:
        side = dotnet if b["Type"] == "GraphQLDotNetBenchmarks" else ours
        if not b.get("Statistics"):
            sys.exit(f"{b['Type']}.{b['Method']} has no result: see BenchmarkDotNet's log")
        side[b["Method"]] = (b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))
js = json.load(open(f"{out}/graphql-js.json"))
print(f"graphql-js {js['graphqlJs']} on node {js['node']}; GraphQL.NET 8.8.5\n")
print("| operation | ours (ops/s) | GraphQL.NET (ops/s) | graphql-js (ops/s) | vs GraphQL.NET | vs graphql-js (target 3x) | allocated/op: ours | GraphQL.NET |")
print("|---|---|---|---|---|---|---|---|")
names = {"Uncached": "dashboard request, from its text"}
for name, js_ops in js["opsPerSecond"].items():
    mean_ns, allocated = ours[name]
    dn_ns, dn_allocated = dotnet[name]
    ops, dn_ops = 1e9 / mean_ns, 1e9 / dn_ns
    ratio = ops / js_ops
    print(f"| {names.get(name, name)} | {ops:,.0f} | {dn_ops:,.0f} | {js_ops:,.0f} | {ops/dn_ops:.1f}x | {ratio:.1f}x {'met' if ratio >= 3 else 'MISSED'} | {allocated:,} B | {dn_allocated:,} B |")
uncached, cached = ours["Uncached"][0], ours["Cached"][0]
ratio = uncached / cached
print(f"| dashboard request, cached vs uncached (ours) | {1e9/cached:,.0f} | | | | {ratio:.1f}x (target 10x) {'met' if ratio >= 10 else 'MISSED'} | {ours['Cached'][1]:,} B | |")
execute = ours["ExecuteOnly"][0]
print(f"\ndashboard request: uncached {uncached/1000:.1f} us, cached {cached/1000:.1f} us, execution alone {execute/1000:.1f} us;")
print(f"the cache removes {100*(uncached-cached)/(uncached-execute):.0f}% of the work that is not execution.")
PY
