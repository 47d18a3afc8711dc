namespace Tracker.Api.Statistics;

public sealed record UpdateStatisticInput : StatisticFields, IUpdateInput
{
    public string Id { get; init; } = "";

    public int Version { get; init; }
}
