namespace Tracker.Api.Statistics;

public sealed record RecordStatisticInput : StatisticFields, ICreateInput
{
    public string Slug { get; init; } = "";

    public IReadOnlyList<CitationInput>? Sources { get; init; }
}
