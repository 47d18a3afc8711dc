using System.Diagnostics;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Diagnostics;

/// <summary>
/// What one GraphQL request records: its span (the parent of its parse, validate and execute spans), the cache
/// lookups on the way, and, when it is answered, its duration, count and errors. Created only when something
/// listens (<see cref="Start"/> returns null otherwise), so an unobserved request allocates nothing for it.
/// </summary>
internal sealed class RequestObservation
{
    private readonly GraphQLServerTelemetry _telemetry;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private OperationDefinitionNode? _operation;
    private bool _preloaded;

    private RequestObservation(GraphQLServerTelemetry telemetry)
    {
        _telemetry = telemetry;
        _activity = telemetry.ActivitySource.StartActivity(GraphQLServerTelemetry.RequestSpan);
    }

    public static RequestObservation? Start(GraphQLServerTelemetry? telemetry) =>
        telemetry is { IsObserved: true } ? new RequestObservation(telemetry) : null;

    /// <summary>A span for a step of the request (parse, validate), child of the request's.</summary>
    public Activity? StartStep(string name) => _telemetry.ActivitySource.StartActivity(name);

    public void PersistedLookup(bool found) =>
        _telemetry.PersistedDocumentLookups.Add(1, GraphQLServerTelemetry.Tag(GraphQLServerTelemetry.LookupResultTag, found ? "hit" : "miss"));

    /// <summary>The document's hash is known, and whether the document cache had it parsed.</summary>
    public void DocumentLookup(string hash, bool cached)
    {
        _telemetry.DocumentCacheLookups.Add(1, GraphQLServerTelemetry.Tag(GraphQLServerTelemetry.LookupResultTag, cached ? "hit" : "miss"));
        _activity?.SetTag(GraphQLServerTelemetry.DocumentHashTag, hash);
        _activity?.SetTag(GraphQLServerTelemetry.DocumentCachedTag, cached);
    }

    /// <summary>The operation chosen; <paramref name="preloaded"/>: its document is one the operator preloaded.</summary>
    public void OperationChosen(OperationDefinitionNode? operation, bool preloaded)
    {
        _operation = operation;
        _preloaded = preloaded;
        if (_activity is not null && operation is not null)
        {
            _activity.DisplayName = operation.Name is { } name ? $"{operation.Operation.Keyword()} {name.Value}" : operation.Operation.Keyword();
            _activity.SetTag(GraphQLServerTelemetry.OperationTypeTag, operation.Operation.Keyword());
            _activity.SetTag(GraphQLServerTelemetry.OperationNameTag, operation.Name?.Value);
        }
    }

    /// <summary>The request is answered (or its subscription started): its duration, count and errors.</summary>
    public void Complete(ExecutionResult result)
    {
        var type = GraphQLServerTelemetry.Tag(GraphQLServerTelemetry.OperationTypeTag, GraphQLServerTelemetry.OperationType(_operation));
        var name = GraphQLServerTelemetry.Tag(
            GraphQLServerTelemetry.OperationNameTag,
            _operation is null ? GraphQLServerTelemetry.NoOperation : _telemetry.OperationNames.For(_operation.Name?.Value, _preloaded));
        _telemetry.Requests.Add(1, type);
        _telemetry.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, type, name);
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                _telemetry.Errors.Add(1, GraphQLServerTelemetry.Tag(GraphQLServerTelemetry.ErrorCodeTag, error.Code ?? GraphQLServerTelemetry.NoCode));
            }
            // The codes, not the messages: a message can quote a variable's value.
            _activity?.SetStatus(ActivityStatusCode.Error, string.Join(", ", errors.Select(e => e.Code ?? GraphQLServerTelemetry.NoCode).Distinct()));
        }
        _activity?.Dispose();
    }

    /// <summary>The request ended by an exception (cancelled, or a mutation over GET): its span ends, nothing is counted.</summary>
    public void Abandon() => _activity?.Dispose();
}
