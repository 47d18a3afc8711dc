namespace Tracker.Api.Statistics;

/// <summary>The per-request loads of statistics, batched.</summary>
public sealed class StatisticLoaders(ModelLoader loader)
{
    public Task<StatisticModel?> ByKeyAsync(int key) => loader.ByKeyAsync(StatisticQueryMaps.Records, key);
}
