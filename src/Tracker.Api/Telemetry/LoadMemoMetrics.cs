using System.Diagnostics.Metrics;

namespace Tracker.Api.Telemetry;

/// <summary>
/// The loads' memo's metrics (meter <see cref="WriteLockMetrics.MeterName"/>): keys answered from it and keys read
/// from the database (<see cref="LookupsMetric"/>), and the bytes it holds by its estimate (<see cref="BytesMetric"/>).
/// A hit ratio that stays low says the working set does not fit <c>Tracker:LoadMemo:MaxBytes</c> or the data changes
/// faster than requests repeat; no lookups at all while requests run says the data version is unknown (PostgreSQL's
/// LISTEN down) or the memo is off.
/// </summary>
public sealed class LoadMemoMetrics
{
    public const string LookupsMetric = "tracker.load_memo.lookups";
    public const string BytesMetric = "tracker.load_memo.bytes";
    public const string ResultTag = "tracker.lookup.result";

    private static readonly KeyValuePair<string, object?> Hit = new(ResultTag, "hit");
    private static readonly KeyValuePair<string, object?> Miss = new(ResultTag, "miss");

    private readonly Counter<long> _lookups;
    private Func<long>? _bytes;

    public LoadMemoMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(WriteLockMetrics.MeterName);
        _lookups = meter.CreateCounter<long>(LookupsMetric, "{key}", "Keys of compiled loads answered from the loads' memo (hit) or read from the database (miss).");
        meter.CreateObservableGauge(BytesMetric, () => _bytes?.Invoke() ?? 0, "By", "What the loads' memo holds, by its estimate.");
    }

    /// <summary>Where the gauge reads the memo's size (the memo, once it exists).</summary>
    public void Observe(Func<long> bytes) => _bytes = bytes;

    public void Looked(int hits, int misses)
    {
        if (!_lookups.Enabled)
        {
            return;
        }
        if (hits > 0)
        {
            _lookups.Add(hits, Hit);
        }
        if (misses > 0)
        {
            _lookups.Add(misses, Miss);
        }
    }
}
