#!/usr/bin/env python3
"""CPU per request on PostgreSQL, the tracker's and the database server's, for two or more running trackers (builds or
settings) on one database, alternated per query, one client: a figure that moves less with the machine's load than
latency does (issue 13). Each tracker: LABEL:PORT:PID (started by hand, `--Tracker:Provider=Postgres`); PostgreSQL's
share is the CPU time of every backend connected to DATABASE (from /proc, so run it on the database's machine).
    bench/pg-cpu.py DATABASE REQUESTS LABEL:PORT:PID[:DATABASE] LABEL:PORT:PID[:DATABASE]... [--only NAME,NAME]
A server's own DATABASE (a copy) counts that database's backends for it instead, for builds whose schemas differ
(one with an index the other lacks); --only measures the named queries alone.
45 warm-up requests per query and tracker first: Npgsql hands out idle connections in turn, so one client goes round
the whole pool, and a statement is prepared on a connection only at its second run there.
"""
import json, sys, urllib.request, pathlib, time, subprocess, os
args = sys.argv[1:]
only = None
if "--only" in args:
    i = args.index("--only"); only = set(args[i + 1].split(",")); del args[i:i + 2]
db = args[0]; n = int(args[1]); servers = [(a.split(":") + [db])[:4] for a in args[2:]]
tick = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / tick * 1000
    except FileNotFoundError: return 0.0
def backends(database):
    out = subprocess.run(["psql", "host=localhost user=postgres password=tracker-tests dbname=postgres", "-Atc",
        f"select pid from pg_stat_activity where datname='{database}'"], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]
def pgcpu(database): return {p: cpu(p) for p in backends(database)}
print(f"load {open('/proc/loadavg').read().split()[:3]}, {n} requests per cell, 1 client")
print("| query | " + " | ".join(f"{l} tracker ms | {l} PostgreSQL ms | {l} wall ms" for l, _, _, _ in servers) + " |")
print("|---|" + "---|---|---|" * len(servers))
for folder in ["docs/queries", "bench/scale-queries"]:
    for path in sorted(pathlib.Path(folder).glob("*.graphql")):
        if only is not None and path.stem not in only: continue
        body = json.dumps({"query": path.read_text()}).encode()
        cells = []
        for label, port, pid, database in servers:
            url = f"http://127.0.0.1:{port}/graphql"
            def send():
                req = urllib.request.Request(url, body, {"Content-Type": "application/json", "Cache-Control": "no-cache"})
                with urllib.request.urlopen(req) as r: r.read()
            for _ in range(45): send()
            b0 = pgcpu(database); t0 = cpu(pid); w0 = time.perf_counter()
            for _ in range(n): send()
            w = (time.perf_counter() - w0) * 1000 / n; t1 = cpu(pid); b1 = pgcpu(database)
            pg = sum(b1[p] - b0.get(p, 0) for p in b1)
            cells.append(f"{(t1 - t0) / n:.2f} | {pg / n:.2f} | {w:.1f}")
        print(f"| {path.stem} | " + " | ".join(cells) + " |", flush=True)
print(f"load {open('/proc/loadavg').read().split()[:3]}")
