#!/usr/bin/env python3
"""Where a request's time goes on the database side (issue 13's profile): for each README query, sent one at a
time to a tracker whose EF Core logging is turned up (bench/ef-profile.sh starts it), the statements per request,
their time as EF Core reports it, how many LINQ queries EF Core compiled (a miss of its query cache), and the
request's wall time. Prints a Markdown table.
    bench/ef-profile.py URL SERVER_LOG QUERY_FOLDER... [--warmup N] [--repeat N]
"""
import json, pathlib, re, sys, time, urllib.request

args = sys.argv[1:]
def option(name, default):
    if name in args:
        i = args.index(name); value = args[i + 1]; del args[i:i + 2]; return int(value)
    return default
warmup, repeat = option("--warmup", 3), option("--repeat", 10)
url, log_path, folders = args[0], pathlib.Path(args[1]), args[2:]

def send(query):
    body = json.dumps({"query": query}).encode()
    # no-cache: executed every time, not answered from the response cache (which came after this script).
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Cache-Control": "no-cache"})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    elapsed = time.perf_counter() - start
    if answer.get("errors") or not answer.get("data"):
        raise SystemExit(f"the query failed: {json.dumps(answer)[:300]}")
    return elapsed

executed = re.compile(r"Executed DbCommand \((\d+)ms\)")
print(f"| query | statements/request | SQL ms/request (EF) | LINQ compilations/request (in the {warmup} warm-ups) | wall ms/request |")
print("|---|---|---|---|---|")
for folder in folders:
    for path in sorted(pathlib.Path(folder).glob("*.graphql")):
        query = path.read_text()
        start = log_path.stat().st_size
        for _ in range(warmup):
            send(query)
        time.sleep(0.5)  # the logger writes on its own thread: let it catch up before the mark
        mark = log_path.stat().st_size
        with log_path.open(errors="replace") as log:
            log.seek(start)
            warm_compilations = log.read(mark - start).count("Compiling query expression")
        wall = sum(send(query) for _ in range(repeat))
        time.sleep(0.5)
        with log_path.open(errors="replace") as log:
            log.seek(mark)
            text = log.read()
        statements = executed.findall(text)
        compilations = text.count("Compiling query expression")
        print(f"| {path.stem} | {len(statements) / repeat:.1f} | {sum(map(int, statements)) / repeat:.1f} | "
              f"{compilations / repeat:.1f} ({warm_compilations}) | {1000 * wall / repeat:.1f} |")
