using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Cases;

/// <summary>What the API needs for deportation cases: their GraphQL types, resolvers and loaders, and their mapping.</summary>
public static class DeportationCaseRegistration
{
    public static GraphQLServerBuilder AddDeportationCases(this GraphQLServerBuilder builder) => builder
        .BindRuntimeType<DeportationCaseModel>("DeportationCase")
        .BindRuntimeType<Connection<DeportationCaseModel>>("DeportationCaseConnection")
        .BindRuntimeType<Edge<DeportationCaseModel>>("DeportationCaseEdge")
        .AddResolvers<DeportationCaseQueries>()
        .AddResolvers<DeportationCaseResolvers>()
        .AddDataLoader<DeportationCaseLoaders>();

    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<DeportationCase, DeportationCaseModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId);
}
