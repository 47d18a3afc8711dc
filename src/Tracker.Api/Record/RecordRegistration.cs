using Tracker.Api.Actors;
using Tracker.Api.Bodies;
using Tracker.Api.Cases;
using Tracker.Api.Statements;
using Tracker.Api.Statistics;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Record;

/// <summary>
/// The record of the sources in the API (issue 11): bodies, deportation cases, statistics, statements and the
/// <c>Actor</c> union: their loaders and mappings (their types and resolvers bind by convention); one call here
/// keeps the shared registration small.
/// </summary>
public static class RecordRegistration
{
    public static GraphQLServerBuilder AddRecord(this GraphQLServerBuilder builder) => builder
        .AddDataLoader<BodyLoaders>()
        .AddDataLoader<DeportationCaseLoaders>()
        .AddDataLoader<StatisticLoaders>()
        .AddDataLoader<StatementLoaders>()
        .AddDataLoader<ActorLoaders>()
        .AddDataLoader<RecordNodeLoaders>();

    public static void Map(TypeAdapterConfig config)
    {
        BodyMapping.Map(config);
        DeportationCaseMapping.Map(config);
        StatisticMapping.Map(config);
        StatementMapping.Map(config);
        ActorMapping.Map(config);
    }
}
