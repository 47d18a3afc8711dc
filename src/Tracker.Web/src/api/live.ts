import { createClient, type Client } from 'graphql-ws';
import { graphqlSocket } from '../config';
import type { PersistedDocument } from './client';
import statusChanged from '../../queries/StatusChanged.graphql';
import eventChanged from '../../queries/EventChanged.graphql';

export interface StatusChange {
  readonly slug: string;
  readonly status: string;
  readonly effectiveOn: string;
  readonly jurisdiction: { readonly code: string; readonly kind: string; readonly fips: string | null; readonly status: string };
}

export interface EventChange {
  readonly slug: string;
}

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * The page's one GraphQL WebSocket (graphql-transport-ws), opened by the first subscription. The connection retries
 * forever, whatever closed it, waiting longer each time up to half a minute; every subscription resumes on each
 * reconnection. Its state is reported to the `onState` of `subscribeToStatusChanges` (the header's indicator), which
 * every view shares: the map, timeline and panels follow `statusChanged`, the events view `eventChanged`.
 */
let client: Client | null = null;
let state: LiveState = 'connecting';
let stateListener: (state: LiveState) => void = () => undefined;

function setState(next: LiveState): void {
  state = next;
  stateListener(next);
}

function connection(): Client {
  client ??= createClient({
    url: graphqlSocket().toString(),
    lazy: false,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const seconds = Math.min(30, 2 ** Math.min(retries, 5)) * (0.75 + Math.random() * 0.5);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    },
    on: {
      connected: () => setState('live'),
      closed: () => setState('reconnecting'),
    },
  });
  return client;
}

/**
 * Runs a persisted subscription on the page's connection; returns the function that ends it. `onError` hears the
 * server refusing it (an unknown jurisdiction) as well as a connection lost for good.
 */
function subscribe<T>(document: PersistedDocument, variables: Record<string, unknown>, onData: (data: T) => void, onError: () => void): () => void {
  return connection().subscribe<T>(
    { query: document.text, variables, extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } } },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      error: onError,
      complete: () => undefined,
    },
  );
}

/** Subscribes to `statusChanged` for the whole page, reporting the connection's state; returns the function that ends it. */
export function subscribeToStatusChanges(onChange: (change: StatusChange) => void, onState: (state: LiveState) => void): () => void {
  stateListener = onState;
  onState(state);
  return subscribe<{ statusChanged: StatusChange }>(statusChanged, {}, (data) => onChange(data.statusChanged), () => setState('reconnecting'));
}

/**
 * Subscribes to `eventChanged`, for every event or (with `jurisdiction`) those in a state, DC or territory and its
 * counties and cities, the place filter the events view shows; returns the function that ends it. A place the
 * server does not know ends the subscription (`onRefused`); the list for it is empty anyway.
 */
export function subscribeToEventChanges(jurisdiction: string | null, onChange: (change: EventChange) => void, onRefused: () => void): () => void {
  return subscribe<{ eventChanged: EventChange }>(eventChanged, jurisdiction ? { jurisdiction } : {}, (data) => onChange(data.eventChanged), onRefused);
}
