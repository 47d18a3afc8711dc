using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Configuration;

/// <summary>Everything configurable about the GraphQL server; every limit is on by default.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest request body accepted, in bytes (HTTP 413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Parser limits: tokens and nesting.</summary>
    public ParseOptions Parse { get; set; } = new() { MaxTokens = 15_000, MaxDepth = 64 };

    /// <summary>Depth, aliases, cost and page size of operations.</summary>
    public OperationLimits Operation { get; set; } = OperationLimits.Default;

    /// <summary>Longest an operation may run before it is stopped with EXECUTION_TIMEOUT.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bytes of parsed and validated documents kept in memory, each estimated from its text's length
    /// (<see cref="Execution.DocumentCache.BytesPerCharacter"/> per character), least recently used evicted first.
    /// </summary>
    public long DocumentCacheBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Bytes of persisted documents remembered from clients (automatic persisted queries), least recently used evicted first.</summary>
    public long PersistedDocumentCacheBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Answer repeated public queries from memory while the data has not changed (see <see cref="Caching.ResponseCache"/>);
    /// needs an <see cref="Caching.IResponseVersion"/> from the application, without which nothing is cached.
    /// </summary>
    public bool EnableResponseCache { get; set; } = true;

    /// <summary>Bytes of query responses kept by the response cache (each body plus 512), least recently used evicted first.</summary>
    public long ResponseCacheBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Refuse documents sent as text: only hashes of known (persisted) documents are executed.</summary>
    public bool OnlyPersistedDocuments { get; set; }

    /// <summary>Include exception details of unexpected errors in responses (Development only).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>
    /// Refuse string input (literals and variables) containing U+0000 with BAD_USER_INPUT before execution:
    /// PostgreSQL's text cannot hold it, so it would otherwise fail inside a resolver.
    /// </summary>
    public bool RefuseNulCharacters { get; set; } = true;

    /// <summary>Omit "Did you mean" suggestions from errors.</summary>
    public bool HideSuggestions { get; set; }

    /// <summary>Serve the GraphiQL playground to browsers that GET the endpoint.</summary>
    public bool EnablePlayground { get; set; } = true;

    /// <summary>The query the playground opens with.</summary>
    public string PlaygroundDefaultQuery { get; set; } = "{\n  __typename\n}\n";

    /// <summary>How long a WebSocket client has to send connection_init.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the server waits for a WebSocket client to answer its close frame before cutting the connection.</summary>
    public TimeSpan WebSocketCloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most operations one WebSocket connection may run at once; more get an error message each.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// Most subscription events executing at once on the server, whatever their transport; the others wait their turn,
    /// first come first served (<see cref="Subscriptions.SubscriptionEventGate"/>). One write is an event for every
    /// subscription listening to it, and each executes its whole selection. By default one per processor, at most 16:
    /// on 2 cores, 2 at once let queries through faster and delivered more events in the same time than 8 did
    /// (README, "Limits").
    /// </summary>
    public int MaxConcurrentSubscriptionEvents { get; set; } = Math.Min(Environment.ProcessorCount, 16);

    /// <summary>
    /// Most connections held open for live data (WebSocket, event streams in either graphql-sse mode, multipart
    /// subscriptions) on the server at once; one more is refused with HTTP 429 before it is upgraded or streamed.
    /// </summary>
    public int MaxLiveConnections { get; set; } = 10_000;

    /// <summary>
    /// Most such connections per client address at once (a browser tab holds one or two). Behind a reverse proxy every
    /// client has the proxy's address unless the host reads the forwarded address (the tracker: <c>Tracker:Auth:KnownProxies</c>).
    /// </summary>
    public int MaxLiveConnectionsPerClient { get; set; } = 100;

    /// <summary>
    /// Resolvers slower than this get a span of their own while traces are collected; null: no resolver spans.
    /// Faster ones cost two clock reads and no span.
    /// </summary>
    public TimeSpan? ResolverSpanThreshold { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Distinct operation names the request duration metric tags separately (clients choose names; each is a time
    /// series kept for the process's life); later names count as "(other)". Preloaded documents' names always count.
    /// </summary>
    public int MaxOperationNameTags { get; set; } = 100;
    /// <summary>graphql-sse single connection mode: how long a reserved stream waits for its connection before it is dropped.</summary>
    public TimeSpan EventStreamReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>graphql-sse single connection mode: most reserved streams (connected or not) on the server at once.</summary>
    public int MaxEventStreamReservations { get; set; } = 1_000;

    /// <summary>graphql-sse single connection mode: most reserved streams per client address at once.</summary>
    public int MaxEventStreamReservationsPerClient { get; set; } = 20;

    /// <summary>Multipart subscriptions (Apollo's): how often a quiet response gets a <c>{}</c> heartbeat part.</summary>
    public TimeSpan MultipartHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>graphql-sse single connection mode: how often a quiet stream gets a comment, so proxies keep it open.</summary>
    public TimeSpan EventStreamKeepAlive { get; set; } = TimeSpan.FromSeconds(12);
}
