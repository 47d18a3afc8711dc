using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Statistics;

/// <summary>What the API needs for statistics: their GraphQL types, resolvers and loaders, and their mapping.</summary>
public static class StatisticRegistration
{
    public static GraphQLServerBuilder AddStatistics(this GraphQLServerBuilder builder) => builder
        .BindEnum<StatisticUnit>()
        .BindRuntimeType<StatisticModel>("Statistic")
        .BindRuntimeType<Connection<StatisticModel>>("StatisticConnection")
        .BindRuntimeType<Edge<StatisticModel>>("StatisticEdge")
        .AddResolvers<StatisticQueries>()
        .AddResolvers<StatisticResolvers>()
        .AddDataLoader<StatisticLoaders>();

    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Statistic, StatisticModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.StatementKey, s => s.StatementId)
            .Map(d => d.LetterKey, s => s.LetterId);
}
