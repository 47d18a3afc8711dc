import { createClient, type Client } from 'graphql-ws';
import { graphqlSocket } from '../config';
import statusChanged from '../../queries/StatusChanged.graphql';

export interface StatusChange {
  readonly slug: string;
  readonly status: string;
  readonly effectiveOn: string;
  readonly jurisdiction: { readonly code: string; readonly kind: string; readonly fips: string | null; readonly status: string };
}

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * Subscribes to `statusChanged` over the GraphQL WebSocket (graphql-transport-ws). The connection retries
 * forever, whatever closed it, waiting longer each time up to half a minute; the subscription resumes on each
 * reconnection. Returns a function that ends it.
 */
export function subscribeToStatusChanges(onChange: (change: StatusChange) => void, onState: (state: LiveState) => void): () => void {
  const client: Client = createClient({
    url: graphqlSocket().toString(),
    lazy: false,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const seconds = Math.min(30, 2 ** Math.min(retries, 5)) * (0.75 + Math.random() * 0.5);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    },
    on: {
      connected: () => onState('live'),
      closed: () => onState('reconnecting'),
    },
  });
  onState('connecting');
  const unsubscribe = client.subscribe<{ statusChanged: StatusChange }>(
    { query: statusChanged.text, extensions: { persistedQuery: { version: 1, sha256Hash: statusChanged.hash } } },
    {
      next: (result) => {
        if (result.data?.statusChanged) onChange(result.data.statusChanged);
      },
      error: () => onState('reconnecting'),
      complete: () => undefined,
    },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}
