using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Bodies;

/// <summary>What the API needs for public bodies: their GraphQL types, resolvers and loaders, and their mapping.</summary>
public static class BodyRegistration
{
    public static GraphQLServerBuilder AddBodies(this GraphQLServerBuilder builder) => builder
        .BindEnum<BodyKind>()
        .BindRuntimeType<BodyModel>("Body")
        .BindRuntimeType<Connection<BodyModel>>("BodyConnection")
        .BindRuntimeType<Edge<BodyModel>>("BodyEdge")
        .AddResolvers<BodyQueries>()
        .AddResolvers<BodyResolvers>()
        .AddDataLoader<BodyLoaders>();

    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Body, BodyModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.ParentKey, s => s.ParentId)
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.NormalizedName).ThenBy(a => a.Name).Select(a => a.Name));
}
