// What the client scripts share: the server's address and key (arguments), the handshake with the .NET test
// that starts the server (it awaits the server's subscribers so that nothing is published before anyone
// listens), bounded waits, and mutations over plain HTTP with the maintainer's key.
import { createInterface } from 'node:readline';

export const [baseUrl, apiKey] = process.argv.slice(2);
export const httpUrl = `${baseUrl}/graphql`;
export const wsUrl = httpUrl.replace(/^http/, 'ws');

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Asks the test to wait until the server has exactly `count` subscribers on `topic` (or to restart it), and waits for its answer. */
export async function handshake(request) {
  process.stdout.write(JSON.stringify(request) + '\n');
  const { value, done } = await lines.next();
  if (done || value.trim() !== 'ok') throw new Error(`The test answered ${JSON.stringify(value)} to ${JSON.stringify(request)}`);
}

/** Settles with the promise, or fails after `ms` milliseconds. */
export function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A queue of values pushed by a callback API, taken one at a time with a bounded wait. */
export function inbox() {
  const items = [];
  const waiting = [];
  return {
    push(item) { const next = waiting.shift(); if (next) next(item); else items.push(item); },
    take(what, ms = 20000) { return within(ms, items.length ? Promise.resolve(items.shift()) : new Promise((resolve) => waiting.push(resolve)), what); },
  };
}

/** A GraphQL request over HTTP with the maintainer's key; throws on any error. */
export async function mutate(query, variables) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Records a status change; returns the jurisdiction as the mutation left it. */
export async function recordStatus(jurisdiction, status, effectiveOn) {
  const data = await mutate(
    `mutation($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { jurisdiction { code version status } errors { message } } }`,
    { input: { jurisdiction, status, effectiveOn, description: `${jurisdiction} now ${status} (client test).`, sources: [{ source: 'mirac-blog' }] } });
  if (data.recordStatusChange.errors.length) throw new Error(JSON.stringify(data.recordStatusChange.errors));
  return data.recordStatusChange.jurisdiction;
}

export const changes = [
  ['PARTICIPATING', '2011-01-10'],
  ['WITHDREW', '2011-06-10'],
  ['REFUSED_TO_JOIN', '2011-09-10'],
];

export const statusSelection = 'status jurisdiction { id code version status currentStatusEvent { status effectiveOn } }';

/**
 * Subscribes through `start` (which returns a function that stops the subscription), records the three changes of
 * `changes` one after another, and reports for each event what it said next to what the mutation said.
 */
export async function statusEvents(jurisdiction, start) {
  const events = inbox();
  const stop = start(events);
  await handshake({ waitFor: 'statusChanged', count: 1 });
  const seen = [];
  for (const [status, effectiveOn] of changes) {
    const after = await recordStatus(jurisdiction, status, effectiveOn);
    const event = await events.take(`statusChanged ${jurisdiction} ${status}`);
    const got = event.data?.statusChanged;
    seen.push({ recorded: status, mutationStatus: after.status, mutationVersion: after.version, eventStatus: got?.status, nestedStatus: got?.jurisdiction?.status, nestedVersion: got?.jurisdiction?.version, nestedEvent: got?.jurisdiction?.currentStatusEvent?.status, errors: event.errors ?? null });
  }
  await stop();
  await handshake({ waitFor: 'statusChanged', count: 0 });
  return seen;
}
