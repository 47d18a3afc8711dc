using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Tracker.Api.Telemetry;

/// <summary>
/// The tracker's own metric (meter <see cref="MeterName"/>): how long each mutation waited for the write lock
/// (maintainers' writes run one at a time, first come first served, <see cref="Tracker.Data.Writes.WriteLock"/>), by mutation. A long wait
/// means writers queue behind a slow write.
/// </summary>
public sealed class WriteLockMetrics
{
    public const string MeterName = "Tracker.Api";
    public const string WaitMetric = "tracker.write_lock.wait";
    public const string MutationTag = "tracker.mutation";

    private readonly Histogram<double> _wait;

    public WriteLockMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _wait = meter.CreateHistogram(
            WaitMetric,
            unit: "s",
            description: "Time a mutation waited for the write lock before its work began.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
    }

    /// <summary>The lock is held: records the wait since <paramref name="requested"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Acquired(string mutation, long requested)
    {
        if (_wait.Enabled)
        {
            _wait.Record(Stopwatch.GetElapsedTime(requested).TotalSeconds, new KeyValuePair<string, object?>(MutationTag, mutation));
        }
    }
}
