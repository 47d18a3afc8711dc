// One write under many heavy anonymous subscriptions (bench/subscription-storm.sh): opens CONNECTIONS WebSockets with
// SUBSCRIPTIONS statusChanged subscriptions each (every one a selection of 30 aliased pages of Texas's children, inside
// every limit), then records one status change with a maintainer's key and, for SECONDS, asks a one-field query every
// half second. Prints the mutation's answer and time, the server's CPU seconds, the queries' worst latency and the
// subscription events delivered. Node's own WebSocket (node --experimental-websocket), fetch, no packages.
import { readFileSync } from "node:fs";

const [port, pid, key, connections, subscriptions, seconds, day] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}/graphql`;
const orders = ["name: ASC", "name: DESC", "code: ASC", "code: DESC", "fips: ASC", "fips: DESC"];
const pages = Array.from({ length: 30 }, (_, i) =>
  `a${i}: jurisdiction { children(first: 100, order: [{${orders[i % 6]}}], where: {name: {neq: "x${i}"}}) { nodes { code name fips status } } }`);
const selection = `subscription { statusChanged(jurisdiction: "TX") { ${pages.join(" ")} } }`;
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(")")[1].trim().split(" "); return (+f[11] + +f[12]) / 100; };
const post = async (body, headers = {}) => {
  const started = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started };
  } catch (error) {
    return { status: error.cause?.code ?? error.name, text: String(error), ms: performance.now() - started };
  }
};

let delivered = 0, acknowledged = 0;
const sockets = [];
for (let c = 0; c < +connections; c++) {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
  sockets.push(socket);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.type === "connection_ack") acknowledged++;
    if (message.type === "next") delivered++;
    if (message.type === "error") console.log("error", data.slice(0, 200));
  };
  socket.send(JSON.stringify({ type: "connection_init" }));
  // Each subscription's text differs (a comment), so that no cache on the way can share their work.
  for (let s = 0; s < +subscriptions; s++) {
    socket.send(JSON.stringify({ id: `s${s}`, type: "subscribe", payload: { query: `${selection}\n# ${c}.${s}` } }));
  }
}
await new Promise((resolve) => setTimeout(resolve, 3000));

const reads = [];
let reading = true;
const readLoop = (async () => {
  while (reading) {
    reads.push(await post({ query: '{ jurisdiction(code: "MN") { name } }' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
})();
const before = cpu();
const mutation = await post(
  { query: `mutation { recordStatusChange(input: {jurisdiction: "TX", status: WITHDREW, effectiveOn: "2011-11-${day}", description: "subscription storm", sources: [{source: "mirac-blog", quote: "storm"}]}) { statusEvent { id } errors { message } } }` },
  { Authorization: `Bearer ${key}` });
await new Promise((resolve) => setTimeout(resolve, +seconds * 1000));
reading = false;
await readLoop;
const worst = Math.max(...reads.map((r) => r.ms));
const failed = reads.filter((r) => r.status !== 200).length;
console.log(`connections acknowledged ${acknowledged}/${connections}, subscriptions ${connections * subscriptions}`);
console.log(`mutation: ${mutation.status} in ${(mutation.ms / 1000).toFixed(2)} s${mutation.status === 200 && mutation.text.includes('"errors":[]') ? "" : " " + mutation.text.slice(0, 120)}`);
console.log(`server CPU over ${seconds} s: ${(cpu() - before).toFixed(1)} s; events delivered: ${delivered}`);
console.log(`one-field query every 0.5 s: ${reads.length} asked, worst ${(worst / 1000).toFixed(2)} s, ${failed} failed`);
sockets.forEach((socket) => socket.close());
process.exit(0);
