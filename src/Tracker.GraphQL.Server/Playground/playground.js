// Starts GraphiQL. A file rather than an inline script, so that the page's Content-Security-Policy allows only
// scripts served by this server. Everything is served by the GraphQL server itself: no CDN.
const settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
const endpoint = new URL(settings.endpoint, window.location.href);
const socket = new URL(settings.endpoint, window.location.href);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
const fetcher = GraphiQL.createFetcher({ url: endpoint.toString(), subscriptionUrl: socket.toString() });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: settings.defaultQuery,
  defaultEditorToolsVisibility: true,
  isHeadersEditorEnabled: true,
}));
