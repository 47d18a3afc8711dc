// Concurrent maintainers (issue 9, item 10): WRITERS clients each send createOrganization mutations one after
// another for SECONDS, all at once, to one server; prints how long each waited (request to answer) as p50, p99
// and max, the writes per second, and any refusals by code. Node 20's fetch; nothing to install.
//   node bench/writers.mjs URL KEY [SECONDS=20] [WRITERS=32]
const [url, key, seconds = '20', writers = '32'] = process.argv.slice(2);
const query = 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { slug } errors { message } } }';
const run = Date.now().toString(36);
const waits = [];
const refusals = {};

async function write(name) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables: { input: { name, kind: 'COALITION' } } }),
  });
  const body = await response.json();
  const waited = performance.now() - started;
  const code = body.errors?.[0]?.extensions?.code ?? (body.data?.createOrganization?.errors?.length ? 'USER_ERROR' : null);
  return { waited, code };
}

// Warm up (JIT, connection pools) with a few writes one at a time.
for (let i = 0; i < 10; i++) await write(`Warm up ${run} ${i}`);

const deadline = Date.now() + Number(seconds) * 1000;
await Promise.all(Array.from({ length: Number(writers) }, async (_, writer) => {
  for (let i = 0; Date.now() < deadline; i++) {
    const { waited, code } = await write(`Bench ${run} ${writer}-${i}`);
    if (code) refusals[code] = (refusals[code] ?? 0) + 1;
    else waits.push(waited);
  }
}));

waits.sort((a, b) => a - b);
const at = (q) => waits[Math.min(waits.length - 1, Math.floor(q * waits.length))];
const ms = (v) => (v / 1000).toFixed(2) + ' s';
console.log(`| ${writers} writers, ${seconds} s | ${waits.length} | ${(waits.length / Number(seconds)).toFixed(1)} | ${ms(at(0.5))} | ${ms(at(0.99))} | ${ms(waits[waits.length - 1])} | ${JSON.stringify(refusals)} |`);
