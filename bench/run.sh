#!/usr/bin/env bash
# Engine benchmarks (issue 3): runs the BenchmarkDotNet suite (parse, validate, execute the introspection query,
# execute a nested list query; a dashboard request cached vs uncached), then the same operations in graphql-js
# 17.1.0 in this run, and prints the throughput ratios against the targets.
#   bench/run.sh            short job (about 3 minutes)
#   BENCH_JOB=medium bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d tests/conformance/generator/node_modules/graphql ]; then
  (cd tests/conformance/generator && npm ci --silent)
fi
out=$(mktemp -d /tmp/tracker-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project bench/Tracker.GraphQL.Benchmarks -- \
  --filter '*' --job "${BENCH_JOB:-short}" --exporters json --artifacts "$out" >"$out/bdn.log" 2>&1 || { tail -50 "$out/bdn.log"; exit 1; }
node bench/graphql-js.mjs >"$out/graphql-js.json"
python3 - "$out" <<'PY'
import glob, json, sys
out = sys.argv[1]
ours = {}
for path in glob.glob(f"{out}/results/*-report-full-compressed.json"):
    for b in json.load(open(path))["Benchmarks"]:
        ours[b["Method"]] = (b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))
js = json.load(open(f"{out}/graphql-js.json"))
print(f"graphql-js {js['graphqlJs']} on node {js['node']}\n")
print("| operation | ours (ops/s) | graphql-js (ops/s) | ratio | target | allocated/op |")
print("|---|---|---|---|---|---|")
for name, js_ops in js["opsPerSecond"].items():
    mean_ns, allocated = ours[name]
    ops = 1e9 / mean_ns
    ratio = ops / js_ops
    print(f"| {name} | {ops:,.0f} | {js_ops:,.0f} | {ratio:.1f}x | 3x {'met' if ratio >= 3 else 'MISSED'} | {allocated:,} B |")
uncached, cached = ours["Uncached"][0], ours["Cached"][0]
ratio = uncached / cached
print(f"| dashboard request, cached vs uncached | {1e9/cached:,.0f} | {1e9/uncached:,.0f} (uncached) | {ratio:.1f}x | 10x {'met' if ratio >= 10 else 'MISSED'} | {ours['Cached'][1]:,} B |")
execute = ours["ExecuteOnly"][0]
print(f"\ndashboard request: uncached {uncached/1000:.1f} us, cached {cached/1000:.1f} us, execution alone {execute/1000:.1f} us;")
print(f"the cache removes {100*(uncached-cached)/(uncached-execute):.0f}% of the work that is not execution.")
PY
