using Mapster;
using Tracker.Api.Actors;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data.Entities;

namespace Tracker.Api.Statements;

/// <summary>
/// What the API needs for statements: their GraphQL types, resolvers and loaders, and their mapping; with the
/// loader of the <c>Actor</c> union their speakers and addressees are.
/// </summary>
public static class StatementMapping
{
    public static void Map(TypeAdapterConfig config) =>
        config.NewConfig<Statement, StatementModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.LetterKey, s => s.LetterId)
            .Map(d => d.LegislationKey, s => s.LegislationId)
            .Map(d => d.EventKey, s => s.EventId);
}
