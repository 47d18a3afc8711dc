#!/usr/bin/env python3
# Driven by bench/unchanged-updates.sh: alternating batches of updateEvent (KINDS: noop = id and version only,
# change = a new title) against two servers; the server CPU (utime+stime from /proc) per request, median of the rounds.
import http.client, json, sys, os, time
servers = {name: (int(port), int(pid), key) for name, port, pid, key in (a.split(':') for a in sys.argv[1:3])}
batch, rounds = int(sys.argv[3]), int(sys.argv[4])
tick = os.sysconf('SC_CLK_TCK')
def cpu(pid):
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
def post(conn, key, query, variables):
    conn.request('POST', '/graphql', json.dumps({'query': query, 'variables': variables}), {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + key})
    return json.loads(conn.getresponse().read())
Q = 'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } errors { message } } }'
state = {}
for name, (port, pid, key) in servers.items():
    conn = http.client.HTTPConnection('127.0.0.1', port)
    r = post(conn, key, '{ events(first: 1) { nodes { id version title } } }', None)
    n = r['data']['events']['nodes'][0]
    state[name] = dict(conn=conn, id=n['id'], version=n['version'], title=n['title'])
results = {}
for kind in os.environ.get('KINDS', 'noop,change').split(','):
    for r in range(rounds):
        for name in servers:
            port, pid, key = servers[name]; s = state[name]
            before, t0 = cpu(pid), time.time()
            for i in range(batch):
                inp = {'id': s['id'], 'version': s['version']}
                if kind == 'change':
                    inp['title'] = s['title'] + (' (b)' if i % 2 == 0 else '')
                res = post(s['conn'], key, Q, {'input': inp})['data']['updateEvent']
                assert not res['errors'], res
                s['version'] = res['event']['version']
            results.setdefault((kind, name), []).append(((cpu(pid) - before) / batch * 1000, batch / (time.time() - t0)))
        print(kind, r, {n: round(results[(kind, n)][-1][0], 3) for n in servers}, 'load', open('/proc/loadavg').read().split()[:3], flush=True)
for (kind, name), v in results.items():
    ms = sorted(x[0] for x in v)
    print(f'{kind:6} {name:4} CPU ms/request median {ms[len(ms)//2]:.2f} (min {ms[0]:.2f}, max {ms[-1]:.2f}); req/s median {sorted(x[1] for x in v)[len(v)//2]:.0f}; version now {state[name]["version"]}')
