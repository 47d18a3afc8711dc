// Opens one subscription over WebSocket (graphql-transport-ws) and one over Server-Sent Events, prints "ready" once
// both are running, then the epoch milliseconds at which each receives its end: the WebSocket's complete and close
// frame, the event stream's complete event. Used by bench/shutdown.sh; Node 20 with --experimental-websocket.
const url = process.argv[2];
const query = 'subscription { statusChanged { status } }';
let ready = 0;
const isReady = () => { if (++ready === 2) console.log('ready'); };

const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init' }));
ws.onmessage = (e) => {
  const message = JSON.parse(e.data);
  if (message.type === 'connection_ack') {
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    setTimeout(isReady, 500); // graphql-transport-ws does not acknowledge a subscribe
  } else {
    console.log(`${Date.now()} websocket ${message.type} ${message.id ?? ''}`);
  }
};
ws.onclose = (e) => console.log(`${Date.now()} websocket close ${e.code} "${e.reason}" clean=${e.wasClean}`);

const response = await fetch(url, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
  body: JSON.stringify({ query }),
});
isReady();
const decoder = new TextDecoder();
try {
  for await (const chunk of response.body) {
    for (const line of decoder.decode(chunk).split('\n')) {
      if (line.startsWith('event:')) console.log(`${Date.now()} sse ${line.slice(6).trim()}`);
    }
  }
  console.log(`${Date.now()} sse end of stream`);
} catch (error) {
  console.log(`${Date.now()} sse broken: ${error.cause?.code ?? error.message}`);
}
