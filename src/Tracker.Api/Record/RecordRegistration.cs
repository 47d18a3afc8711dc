using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Record;

/// <summary>
/// The record of the sources in the API (issue 11): bodies, deportation cases, statistics, statements and the
/// <c>Actor</c> union: their loaders (their types and resolvers bind by convention, their mappings are in
/// <see cref="ApiMappings"/>); one call here keeps the shared registration small.
/// </summary>
public static class RecordRegistration
{
    public static GraphQLServerBuilder AddRecord(this GraphQLServerBuilder builder) => builder
        .AddDataLoader<BodyLoaders>()
        .AddDataLoader<DeportationCaseLoaders>()
        .AddDataLoader<StatisticLoaders>()
        .AddDataLoader<StatementLoaders>()
        .AddDataLoader<ActorLoaders>()
        .AddDataLoader<LinkLoaders>()
        .AddDataLoader<RecordNodeLoaders>();
}
