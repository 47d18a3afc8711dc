// The bound on live connections per client address, as the client libraries meet it (run by
// LiveConnectionLimitClientTests with Tracker:Live:MaxConnectionsPerClient=2): two graphql-ws clients hold their
// connections, a third graphql-ws client and a graphql-sse client are refused, and once one of the two is disposed
// a new client is served. Prints one JSON object, the last line, for the test to check.
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import { handshake, httpUrl, inbox, wsUrl } from './harness.mjs';

const query = 'subscription { statusChanged(jurisdiction: "NH") { status } }';
const results = {};
const noop = () => {};

function wsClient() {
  return createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

const held = [wsClient(), wsClient()];
for (const client of held) client.subscribe({ query }, { next: noop, error: noop, complete: noop });
await handshake({ waitFor: 'statusChanged', count: 2 });

// graphql-ws: the upgrade is answered 429; ws reports "Unexpected server response: 429" and the client gives up.
{
  const client = wsClient();
  const refused = inbox();
  client.subscribe({ query }, { next: () => refused.push({ next: true }), error: (e) => refused.push({ error: String(e?.message ?? e?.reason ?? e?.type ?? e), code: e?.code ?? null }), complete: () => refused.push({ complete: true }) });
  results.graphqlWs = await refused.take('the third graphql-ws connection');
  await client.dispose();
}

// graphql-sse, distinct connections mode: the event stream request is answered 429 with a GraphQL error body.
{
  const client = createSseClient({ url: httpUrl, retryAttempts: 0 });
  const refused = inbox();
  client.subscribe({ query }, {
    next: () => refused.push({ next: true }),
    error: async (e) => refused.push({ status: e?.response?.status ?? null, body: e?.response ? await e.response.json().catch(() => null) : null, error: String(e) }),
    complete: () => refused.push({ complete: true }),
  });
  results.graphqlSse = await refused.take('the graphql-sse stream');
  client.dispose();
}

// Closing one connection frees its place.
await held[0].dispose();
await handshake({ waitFor: 'statusChanged', count: 1 });
{
  const client = wsClient();
  client.subscribe({ query }, { next: noop, error: (e) => { results.reopenedError = String(e?.message ?? e); }, complete: noop });
  await handshake({ waitFor: 'statusChanged', count: 2 });
  results.reopened = true;
  await client.dispose();
}
await held[1].dispose();
process.stdout.write(JSON.stringify({ results }) + '\n');
process.exit(0);
