using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;

namespace Tracker.Api.Statistics;

/// <summary>How Statistic entities map to their API models (its GraphQL types and resolvers bind by convention; its loader is added in TrackerApiServices).</summary>
public static class StatisticMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Statistic, StatisticModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.StatementKey, s => s.StatementId)
            .Map(d => d.LetterKey, s => s.LetterId);
}
