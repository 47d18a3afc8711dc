namespace Tracker.Api.Record;

/// <summary>
/// <c>statement(slug:)</c>, <c>statistic(slug:)</c> and <c>deportationCase(slug:)</c>: one record by slug, null when
/// none has it, as <c>letter(slug:)</c>; lookups under one request share a batch per kind.
/// </summary>
[GraphQLType("Query")]
public sealed class RecordLookupQueries(ModelLoader loader)
{
    public Task<StatementModel?> Statement(string slug) =>
        loader.BySlugAsync(StatementQueryMaps.Records, slug);

    public Task<StatisticModel?> Statistic(string slug) =>
        loader.BySlugAsync(StatisticQueryMaps.Records, slug);

    public Task<DeportationCaseModel?> DeportationCase(string slug) =>
        loader.BySlugAsync(DeportationCaseQueryMaps.Records, slug);
}
