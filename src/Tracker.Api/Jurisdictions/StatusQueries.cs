namespace Tracker.Api.Jurisdictions;

/// <summary>Dashboard aggregates: <c>statusSummary</c> and <c>statusTimeline</c>.</summary>
[GraphQLType("Query")]
public sealed class StatusQueries(RequestDatabase database, StatusTimelineBuilder timeline, TimeProvider clock)
{
    public StatusSummaryModel StatusSummary(IReadOnlyDictionary<string, object?>? where, DateOnly? asOf, CancellationToken cancellationToken) =>
        new(database, where, asOf, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<StatusTimelineModel> StatusTimeline(DateOnly? from, DateOnly? to, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken) =>
        timeline.BuildAsync(from, to, where, cancellationToken);
}
