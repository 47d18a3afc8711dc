using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;

namespace Tracker.Api.Cases;

/// <summary>How DeportationCase entities map to their API models (its GraphQL types and resolvers bind by convention; its loader is added in TrackerApiServices).</summary>
public static class DeportationCaseMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<DeportationCase, DeportationCaseModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId);
}
