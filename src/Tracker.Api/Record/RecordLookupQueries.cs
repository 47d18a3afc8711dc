namespace Tracker.Api.Record;

/// <summary>
/// <c>statement(slug:)</c>, <c>statistic(slug:)</c> and <c>deportationCase(slug:)</c>: one record by slug, null when
/// none has it, as <c>letter(slug:)</c>; lookups under one request share a batch per kind.
/// </summary>
[GraphQLType("Query")]
public sealed class RecordLookupQueries(ModelLoader loader)
{
    public Task<StatementModel?> Statement(string slug) =>
        loader.ByKeyAsync<Statement, StatementModel, string>("Statement.slug", slug, db => db.Statements, s => s.Slug, m => m.Slug);

    public Task<StatisticModel?> Statistic(string slug) =>
        loader.ByKeyAsync<Statistic, StatisticModel, string>("Statistic.slug", slug, db => db.Statistics, s => s.Slug, m => m.Slug);

    public Task<DeportationCaseModel?> DeportationCase(string slug) =>
        loader.ByKeyAsync<DeportationCase, DeportationCaseModel, string>("DeportationCase.slug", slug, db => db.DeportationCases, c => c.Slug, m => m.Slug);
}
