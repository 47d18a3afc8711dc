using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Diagnostics;

/// <summary>
/// The server's traces and metrics (BCL <see cref="ActivitySource"/> and <see cref="Meter"/> named
/// <see cref="Name"/>): a span per GraphQL request with its parse and validate spans; requests, errors by
/// <c>extensions.code</c>, request duration by operation, document cache and persisted document lookups, open
/// subscriptions. Instruments nobody listens to cost a flag check.
/// </summary>
public sealed class GraphQLServerTelemetry : IDisposable
{
    public const string Name = "Tracker.GraphQL.Server";

    public const string RequestSpan = "graphql.request";
    public const string ParseSpan = "graphql.parse";
    public const string ValidateSpan = "graphql.validate";

    public const string RequestsMetric = "graphql.server.requests";
    public const string ErrorsMetric = "graphql.server.errors";
    public const string DurationMetric = "graphql.server.request.duration";
    public const string DocumentCacheMetric = "graphql.server.document_cache.lookups";
    public const string PersistedDocumentMetric = "graphql.server.persisted_document.lookups";
    public const string SubscriptionsMetric = "graphql.server.subscriptions.active";

    public const string DocumentHashTag = "graphql.document.hash";
    public const string DocumentCachedTag = "graphql.document.cached";
    public const string ErrorCodeTag = "graphql.error.code";
    public const string LookupResultTag = "graphql.lookup.result";

    /// <summary>The operation name tag of an operation without a name (parentheses: no GraphQL name has them).</summary>
    public const string AnonymousOperation = "(anonymous)";

    /// <summary>The operation name tag of operations past <see cref="OperationNameTags"/>'s bound.</summary>
    public const string OtherOperation = "(other)";

    /// <summary>The operation type and name tags of a request refused before an operation was chosen.</summary>
    public const string NoOperation = "(none)";

    /// <summary>The error code tag of an error without <c>extensions.code</c>.</summary>
    public const string NoCode = "(none)";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public GraphQLServerTelemetry(IMeterFactory? meterFactory = null, int maxOperationNames = 100)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        ActivitySource = new ActivitySource(Name);
        OperationNames = new OperationNameTags(maxOperationNames);
        Requests = _meter.CreateCounter<long>(RequestsMetric, "{request}", "GraphQL requests (queries and mutations; subscriptions when they start), by operation type.");
        Errors = _meter.CreateCounter<long>(ErrorsMetric, "{error}", "Errors in GraphQL responses, by extensions.code.");
        Duration = _meter.CreateHistogram(
            DurationMetric,
            unit: "s",
            description: "Time to answer a GraphQL request (parse, validate, execute), by operation name and type.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30] });
        DocumentCacheLookups = _meter.CreateCounter<long>(DocumentCacheMetric, "{lookup}", "Parsed documents found in the document cache (hit) or parsed again (miss).");
        PersistedDocumentLookups = _meter.CreateCounter<long>(PersistedDocumentMetric, "{lookup}", "Requests that sent only a persisted document's hash: known (hit) or PERSISTED_QUERY_NOT_FOUND (miss).");
        ActiveSubscriptions = _meter.CreateUpDownCounter<long>(SubscriptionsMetric, "{subscription}", "Subscriptions streaming results now (WebSocket and Server-Sent Events).");
    }

    public ActivitySource ActivitySource { get; }

    /// <summary>Operation names as tags, bounded: clients choose them.</summary>
    public OperationNameTags OperationNames { get; }

    internal Counter<long> Requests { get; }

    internal Counter<long> Errors { get; }

    internal Histogram<double> Duration { get; }

    internal Counter<long> DocumentCacheLookups { get; }

    internal Counter<long> PersistedDocumentLookups { get; }

    internal UpDownCounter<long> ActiveSubscriptions { get; }

    /// <summary>Whether any of this request's measurements or spans has a listener; if not, a request records nothing.</summary>
    internal bool IsObserved =>
        Requests.Enabled || Errors.Enabled || Duration.Enabled || DocumentCacheLookups.Enabled || PersistedDocumentLookups.Enabled || ActivitySource.HasListeners();

    internal static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    internal static string OperationType(OperationDefinitionNode? operation) => operation?.Operation.Keyword() ?? NoOperation;

    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    /// <summary>The engine's tag names, shared so that a request span and its execution span agree.</summary>
    internal const string OperationNameTag = GraphQLTelemetry.OperationNameTag;

    internal const string OperationTypeTag = GraphQLTelemetry.OperationTypeTag;
}
