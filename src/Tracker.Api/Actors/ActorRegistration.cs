using Mapster;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Actors;

/// <summary>
/// What the API needs for the <c>Actor</c> union: its loader, legislation's sponsors, actors, supporters and
/// opponents, and a stage's actor, bounds and vote.
/// </summary>
public static class ActorRegistration
{
    public static GraphQLServerBuilder AddActors(this GraphQLServerBuilder builder) => builder
        .BindRuntimeType<VoteModel>("Vote")
        .AddResolvers<LegislationActorResolvers>()
        .AddResolvers<StageActorResolvers>()
        .AddDataLoader<ActorLoaders>();

    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<LegislationStage, StageRecordModel>()
            .Map(d => d.Key, s => s.Id);
}
