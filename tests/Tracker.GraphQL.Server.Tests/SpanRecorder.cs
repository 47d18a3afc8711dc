using System.Collections.Concurrent;
using System.Diagnostics;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Records the spans of one trace: tests send <see cref="TraceParent"/> with their request, so spans of other
/// tests running at the same time (the listener hears every source of the process) are left out.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    public static readonly string[] AllSources = ["Microsoft.AspNetCore", "Tracker.GraphQL", "Tracker.GraphQL.Server"];

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly SemaphoreSlim _signal = new(0);

    public SpanRecorder(params string[] sources)
    {
        sources = sources.Length == 0 ? AllSources : sources;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == TraceId)
                {
                    _stopped.Enqueue(activity);
                    _signal.Release();
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ActivityTraceId TraceId { get; } = ActivityTraceId.CreateRandom();

    /// <summary>The W3C header that puts a request in this recorder's trace.</summary>
    public string TraceParent => $"00-{TraceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";

    public IReadOnlyList<Activity> Spans => [.. _stopped];

    /// <summary>Waits (at most 10 s) until a span of this name has ended, and returns it.</summary>
    public async Task<Activity> WaitForAsync(string operationName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Activity? found;
        while ((found = _stopped.FirstOrDefault(a => a.OperationName == operationName)) is null)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _signal.WaitAsync(left))
            {
                throw new TimeoutException($"No {operationName} span ended within 10 s; ended: {string.Join(", ", _stopped.Select(a => a.OperationName))}");
            }
        }
        return found;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _signal.Dispose();
    }
}
