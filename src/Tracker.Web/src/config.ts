/**
 * Where the dashboard finds its GraphQL server: the `tracker-endpoint` meta tag of index.html, which the tracker
 * server fills from its `Dashboard:Endpoint` setting (default `/graphql`, the same server). Another server must
 * list this page's origin in its `Cors:Origins` and preload the same persisted documents (or accept automatic
 * persisted queries, which the client falls back to).
 */
export function graphqlEndpoint(): URL {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="tracker-endpoint"]');
  const value = meta?.content && !meta.content.includes('{{') ? meta.content : '/graphql';
  return new URL(value, window.location.href);
}

/** The WebSocket address of the same endpoint (ws: or wss: following the page). */
export function graphqlSocket(): URL {
  const url = graphqlEndpoint();
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url;
}

/** The tracker's own pages (CSV downloads) live beside the endpoint. */
export function serverUrl(path: string): string {
  return new URL(path, graphqlEndpoint()).toString();
}

/** Embedded views are served under /embed/ (frameable by any site); everything else is the full dashboard. */
export function isEmbedded(): boolean {
  return window.location.pathname.startsWith('/embed/');
}

/** The dashboard's public address (for permalinks and embed snippets): its origin. */
export function dashboardOrigin(): string {
  return window.location.origin;
}
