using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Tracker.GraphQL.Diagnostics;

/// <summary>
/// The engine's traces and metrics, through the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/> (no
/// OpenTelemetry dependency: a host's OpenTelemetry SDK, or any listener, subscribes by <see cref="Name"/>). Spans:
/// the execution of an operation, resolvers slower than <see cref="ResolverSpanThreshold"/>, DataLoader batches.
/// Metric: the size of DataLoader batches. Everything is skipped when nothing listens, so an engine without a
/// listener pays one check per operation and per batch.
/// </summary>
public sealed class GraphQLTelemetry : IDisposable
{
    /// <summary>The name of the engine's activity source and meter.</summary>
    public const string Name = "Tracker.GraphQL";

    public const string ExecuteSpan = "graphql.execute";
    public const string ResolveSpan = "graphql.resolve";
    public const string DataLoaderBatchSpan = "graphql.dataloader.batch";
    public const string DataLoaderBatchSizeMetric = "graphql.dataloader.batch.size";

    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string FieldCoordinateTag = "graphql.field.coordinate";
    public const string FieldPathTag = "graphql.field.path";
    public const string DataLoaderNameTag = "graphql.dataloader.name";
    public const string DataLoaderBatchSizeTag = "graphql.dataloader.batch.size";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    /// <param name="meterFactory">The host's factory (its meters are told apart from another host's in the same process); null creates a meter of its own.</param>
    /// <param name="resolverSpanThreshold">Resolvers that take longer get a span; null records none.</param>
    public GraphQLTelemetry(IMeterFactory? meterFactory = null, TimeSpan? resolverSpanThreshold = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        ActivitySource = new ActivitySource(Name);
        ResolverSpanThreshold = resolverSpanThreshold;
        DataLoaderBatchSize = _meter.CreateHistogram(
            DataLoaderBatchSizeMetric,
            unit: "{key}",
            description: "Keys sent in one DataLoader batch.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000] });
    }

    public ActivitySource ActivitySource { get; }

    /// <summary>Resolvers taking longer than this get a span (created afterwards, so faster ones cost no span); null: none.</summary>
    public TimeSpan? ResolverSpanThreshold { get; }

    internal Histogram<int> DataLoaderBatchSize { get; }

    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            // A factory's meters are the factory's to dispose.
            _meter.Dispose();
        }
    }
}
