using System.Diagnostics;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Diagnostics;

/// <summary>
/// Spans for the slow resolvers of one operation. Starting an activity for every resolver would cost more than
/// most resolvers do, so each call only reads the clock before and after; a span is created afterwards, with the
/// start time it had, for the few calls slower than the threshold. Exists only while a listener is attached.
/// </summary>
internal sealed class ResolverSpans(ActivitySource source, ActivityContext parent, TimeSpan threshold)
{
    private readonly long _thresholdTicks = (long)(threshold.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Calls the resolver and, once its value is there, records a span if it took longer than the threshold.</summary>
    public ValueTask<object?> Observe(FieldResolver resolver, ResolveFieldContext info)
    {
        var started = Stopwatch.GetTimestamp();
        ValueTask<object?> resolved;
        try
        {
            resolved = resolver(info);
        }
        catch (Exception exception)
        {
            Record(info, started, exception);
            throw;
        }
        if (!resolved.IsCompletedSuccessfully)
        {
            return ObserveAsync(resolved, info, started);
        }
        Record(info, started, null);
        return resolved;
    }

    private async ValueTask<object?> ObserveAsync(ValueTask<object?> resolved, ResolveFieldContext info, long started)
    {
        try
        {
            var value = await resolved;
            Record(info, started, null);
            return value;
        }
        catch (Exception exception)
        {
            Record(info, started, exception);
            throw;
        }
    }

    private void Record(ResolveFieldContext info, long started, Exception? failure)
    {
        var ended = Stopwatch.GetTimestamp();
        if (ended - started < _thresholdTicks)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var startTime = now - Stopwatch.GetElapsedTime(started, ended);
        using var activity = source.StartActivity(GraphQLTelemetry.ResolveSpan, ActivityKind.Internal, parent, startTime: startTime);
        if (activity is null)
        {
            return;
        }
        activity.SetTag(GraphQLTelemetry.FieldCoordinateTag, $"{info.ParentType.Name}.{info.FieldName}");
        activity.SetTag(GraphQLTelemetry.FieldPathTag, info.Path.ToString());
        if (failure is not null)
        {
            // The exception's type, not its message: a message can quote an argument's value.
            activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        }
        activity.SetEndTime(now.UtcDateTime);
    }
}
