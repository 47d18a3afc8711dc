namespace Tracker.Api.Jurisdictions;

/// <summary>Dashboard aggregates: <c>statusSummary</c> and <c>statusTimeline</c>.</summary>
[GraphQLType("Query")]
public sealed class StatusQueries(RequestDatabase database, StatusRecordCache record, StatusTimelineBuilder timeline, DayStatusReader days)
{
    public StatusSummaryModel StatusSummary(IReadOnlyDictionary<string, object?>? where, DateOnly? asOf, CancellationToken cancellationToken) =>
        new(database, record, days, where, asOf, cancellationToken);

    public Task<StatusTimelineModel> StatusTimeline(DateOnly? from, DateOnly? to, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken) =>
        timeline.BuildAsync(from, to, where, cancellationToken);
}
