using Mapster;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;

namespace Tracker.Api.Statements;

/// <summary>How statements map to their API models (their GraphQL types and resolvers bind by convention).</summary>
public static class StatementMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Statement, StatementModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.LetterKey, s => s.LetterId)
            .Map(d => d.LegislationKey, s => s.LegislationId)
            .Map(d => d.EventKey, s => s.EventId);
}
