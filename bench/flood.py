#!/usr/bin/env python3
"""Memory under a flood of large distinct documents (issue 9, item 2), against a running tracker server.

Two floods, each followed by the server's resident memory (VmRSS of its process):
  aliases    N distinct ~90 KB documents of 4,990 aliases each (under the token limit, refused MAX_ALIASES_EXCEEDED);
  persisted  M automatic persisted query registrations of distinct ~250 KB documents ({ __typename } and a long
             comment), each accepted and registered.
Run by bench/flood.sh, which builds and starts the server; standard library only.
"""
import argparse
import hashlib
import json
import threading
import time
import urllib.request
from collections import Counter


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            payload = json.loads(response.read())
    except urllib.error.HTTPError as error:
        payload = json.loads(error.read() or b"{}")
    errors = payload.get("errors") or []
    return errors[0].get("extensions", {}).get("code", "?") if errors else "OK"


def flood(url, bodies, threads):
    codes = Counter()
    lock = threading.Lock()
    iterator = iter(bodies)

    def worker():
        while True:
            with lock:
                body = next(iterator, None)
            if body is None:
                return
            code = post(url, body)
            with lock:
                codes[code] += 1

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return codes


def alias_documents(count):
    for n in range(count):
        # 4,990 aliases: 3 tokens each, just under the 15,000-token parse limit, about 90 KB.
        fields = " ".join(f"a{i}:__typename" for i in range(4990))
        yield {"query": f"query Flood{n} {{ {fields} }}"}


def persisted_documents(count, size):
    for n in range(count):
        comment = f"# flood {n} " + "x" * size
        query = comment + "\n{ __typename }"
        digest = hashlib.sha256(query.encode()).hexdigest()
        yield {"query": query, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--aliases", type=int, default=1000)
    parser.add_argument("--persisted", type=int, default=2000)
    parser.add_argument("--persisted-bytes", type=int, default=250_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--settle", type=float, default=10.0, help="seconds idle before the 'after' reading")
    args = parser.parse_args()

    for _ in range(20):
        post(args.url, {"query": "{ __typename }"})
    time.sleep(2)
    print(f"| moment | server RSS (MB) | answers |")
    print(f"|---|---|---|")
    print(f"| started, 20 small queries | {rss_mb(args.pid):.0f} | |")

    started = time.time()
    codes = flood(args.url, alias_documents(args.aliases), args.threads)
    print(f"| after {args.aliases} alias documents ({time.time() - started:.0f} s) | {rss_mb(args.pid):.0f} | {dict(codes)} |")
    time.sleep(args.settle)
    print(f"| {args.settle:.0f} s later | {rss_mb(args.pid):.0f} | |")

    started = time.time()
    codes = flood(args.url, persisted_documents(args.persisted, args.persisted_bytes), args.threads)
    print(f"| after {args.persisted} persisted registrations of {args.persisted_bytes // 1000} KB ({time.time() - started:.0f} s) | {rss_mb(args.pid):.0f} | {dict(codes)} |")
    time.sleep(args.settle)
    print(f"| {args.settle:.0f} s later | {rss_mb(args.pid):.0f} | |")


if __name__ == "__main__":
    main()
