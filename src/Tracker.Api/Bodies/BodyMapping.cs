using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;

namespace Tracker.Api.Bodies;

/// <summary>How Body entities map to their API models (its GraphQL types and resolvers bind by convention; its loader is added in TrackerApiServices).</summary>
public static class BodyMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Body, BodyModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.ParentKey, s => s.ParentId)
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.NormalizedName).ThenBy(a => a.Name).Select(a => a.Name));
}
