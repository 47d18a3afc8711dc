// Each client library dashboard developers use, against a running tracker (started by ClientLibraryTests):
// events carry current nested data after each change; graphql-ws authenticates through connectionParams;
// graphql-sse works in both of its modes; urql and Apollo Client subscribe (Apollo over graphql-ws and over
// HttpLink's multipart subscriptions). Prints one JSON object, the last line, for the test to check.
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import { Client as UrqlClient, subscriptionExchange } from '@urql/core';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { apiKey, httpUrl, inbox, statusEvents, statusSelection, wsUrl } from './harness.mjs';

const subscription = (code) => `subscription { statusChanged(jurisdiction: "${code}") { ${statusSelection} } }`;
const results = {};

// graphql-ws: the key in connectionParams, as a browser must send it.
{
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${apiKey}` }, retryAttempts: 0 });
  const mutation = inbox();
  client.subscribe({ query: 'mutation { addSource(input: { slug: "from-graphql-ws", title: "Recorded over graphql-ws" }) { source { slug } } }' },
    { next: (r) => mutation.push(r), error: (e) => mutation.push({ error: String(e?.code ?? e) }), complete: () => {} });
  results.graphqlWsMutationWithConnectionParams = await mutation.take('mutation over graphql-ws');
  results.graphqlWs = await statusEvents('NH', (events) => client.subscribe({ query: subscription('NH') }, { next: (r) => events.push(r), error: (e) => events.push({ errors: [String(e)] }), complete: () => {} }));
  await client.dispose();

  const wrong = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer trk_not-a-key' }, retryAttempts: 0 });
  const refused = inbox();
  wrong.subscribe({ query: subscription('NH') }, { next: () => {}, error: (e) => refused.push({ code: e?.code, reason: e?.reason }), complete: () => {} });
  results.graphqlWsWrongKey = await refused.take('a refused connection');
  await wrong.dispose();
}

// graphql-sse, distinct connections mode and single connection mode.
for (const [name, singleConnection, code] of [['graphqlSseDistinct', false, 'VT'], ['graphqlSseSingle', true, 'ME']]) {
  const client = createSseClient({ url: httpUrl, singleConnection, retryAttempts: 0 });
  results[name] = await statusEvents(code, (events) => {
    const stop = client.subscribe({ query: subscription(code) }, { next: (r) => events.push(r), error: (e) => events.push({ errors: [String(e)] }), complete: () => {} });
    return async () => stop();
  });
  const refused = inbox();
  client.subscribe({ query: subscription('ZZ') }, { next: (r) => refused.push(r), error: (e) => refused.push({ transportError: String(e) }), complete: () => {} });
  results[`${name}Unknown`] = await refused.take(`${name}: an unknown jurisdiction`);
  client.dispose();
}

// urql, its subscriptions through graphql-ws.
{
  const ws = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  const client = new UrqlClient({
    url: httpUrl,
    exchanges: [subscriptionExchange({ forwardSubscription: (request) => ({ subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }) }) })],
  });
  results.urql = await statusEvents('ND', (events) => {
    const { unsubscribe } = client.subscription(subscription('ND'), {}).subscribe((r) => events.push({ data: r.data, errors: r.error ? [String(r.error)] : undefined }));
    return async () => unsubscribe();
  });
  await ws.dispose();
}

// Apollo Client: over graphql-ws, and over HttpLink alone (multipart subscriptions); its normalised cache too.
for (const [name, code] of [['apolloGraphqlWs', 'SD'], ['apolloHttpLinkMultipart', 'WY']]) {
  const ws = name === 'apolloGraphqlWs' ? createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 }) : null;
  const client = new ApolloClient({ link: ws ? new GraphQLWsLink(ws) : new HttpLink({ uri: httpUrl }), cache: new InMemoryCache() });
  let id;
  const events = await statusEvents(code, (events) => {
    const handle = client.subscribe({ query: gql(subscription(code)) }).subscribe({
      next: (r) => { id ??= r.data?.statusChanged?.jurisdiction?.id; events.push({ data: r.data, errors: r.error ? [String(r.error)] : undefined }); },
      error: (e) => events.push({ errors: [String(e)] }),
    });
    return async () => handle.unsubscribe();
  });
  const cached = client.cache.extract()[client.cache.identify({ __typename: 'Jurisdiction', id })];
  results[name] = { events, cachedStatus: cached?.status ?? null };
  await ws?.dispose();
}

// Nothing else may be left open: the process ends by itself.
process.stdout.write(JSON.stringify({ results }) + '\n');
process.exit(0);
