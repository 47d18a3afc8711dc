using Mapster;
using Tracker.Api.Actors;
using Tracker.Api.Bodies;
using Tracker.Api.Cases;
using Tracker.Api.Statements;
using Tracker.Api.Statistics;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Record;

/// <summary>
/// The record of the sources in the API (issue 11): bodies, deportation cases, statistics, statements and the
/// <c>Actor</c> union, each registered by its own folder; one call here keeps the shared registration small.
/// </summary>
public static class RecordRegistration
{
    public static GraphQLServerBuilder AddRecord(this GraphQLServerBuilder builder) => builder
        .AddBodies()
        .AddDeportationCases()
        .AddStatistics()
        .AddStatements()
        .AddActors()
        .AddDataLoader<RecordNodeLoaders>();

    public static void Map(TypeAdapterConfig config)
    {
        BodyRegistration.Map(config);
        DeportationCaseRegistration.Map(config);
        StatisticRegistration.Map(config);
        StatementRegistration.Map(config);
        ActorRegistration.Map(config);
    }
}
