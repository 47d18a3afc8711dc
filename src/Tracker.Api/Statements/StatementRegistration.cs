using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Statements;

/// <summary>What the API needs for statements: their GraphQL types, resolvers and loaders, and their mapping.</summary>
public static class StatementRegistration
{
    public static GraphQLServerBuilder AddStatements(this GraphQLServerBuilder builder) => builder
        .BindEnum<StatementKind>()
        .BindEnum<ActionKind>()
        .BindRuntimeType<StatementModel>("Statement")
        .BindRuntimeType<Connection<StatementModel>>("StatementConnection")
        .BindRuntimeType<Edge<StatementModel>>("StatementEdge")
        .AddResolvers<StatementQueries>()
        .AddResolvers<StatementResolvers>()
        .AddDataLoader<StatementLoaders>();

    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Statement, StatementModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.LetterKey, s => s.LetterId)
            .Map(d => d.LegislationKey, s => s.LegislationId)
            .Map(d => d.EventKey, s => s.EventId);
}
