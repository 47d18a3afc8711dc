using Mapster;
using Tracker.Data.Entities;

namespace Tracker.Api.Actors;

/// <summary>
/// How a legislation stage maps to the model its actor, bounds and vote resolve from (the <c>Actor</c> union's types
/// and resolvers bind by convention; its loader is registered by <see cref="Record.RecordRegistration"/>).
/// </summary>
public static class ActorMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<LegislationStage, StageRecordModel>()
            .Map(d => d.Key, s => s.Id);
}
