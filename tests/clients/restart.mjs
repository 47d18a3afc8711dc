// A graphql-ws client configured to survive restarts (README, "Reconnecting after a restart"): retry forever, on
// every kind of failure (graphql-ws's default shouldRetry gives up when the connection is refused). It subscribes,
// the test stops the server and starts it again on the same port and data, the client reconnects and resubscribes
// by itself, and receives the change recorded after the restart.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { handshake, inbox, recordStatus, statusSelection, wsUrl } from './harness.mjs';

let connections = 0;
const client = createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: () => new Promise((resolve) => setTimeout(resolve, 250)),
  on: { connected: () => { connections++; } },
});
const events = inbox();
client.subscribe({ query: `subscription { statusChanged(jurisdiction: "NH") { ${statusSelection} } }` },
  { next: (r) => events.push(r), error: (e) => events.push({ errors: [String(e?.code ?? e)] }), complete: () => events.push({ completed: true }) });
await handshake({ waitFor: 'statusChanged', count: 1 });
await handshake({ restart: true });
await handshake({ waitFor: 'statusChanged', count: 1 });
await recordStatus('NH', 'WITHDREW', '2011-06-10');
const afterRestart = await events.take('the event recorded after the restart');
await client.dispose();
process.stdout.write(JSON.stringify({ results: { afterRestart, connections } }) + '\n');
process.exit(0);
