using Tracker.GraphQL.Language;

namespace Tracker.Api.Auth;

/// <summary>
/// Which root fields need a key, and whose: every mutation a maintainer's, key management an admin's; of the
/// queries, the audit log a maintainer's and the key list an admin's. Everything else is public. The resolvers
/// check the same again (<see cref="CallerIdentity.RequireAsync"/>); this table lets a whole operation be
/// refused before any of it runs.
/// </summary>
/// <remarks>
/// The fields are named by their resolvers (<c>nameof</c>), which the binding matches to the schema's fields
/// ignoring case, so a renamed resolver cannot leave this table naming a field that no longer exists.
/// </remarks>
internal static class KeyRequirements
{
    public static ApiKeyRole? For(OperationType operation, string field) => (operation, field) switch
    {
        (_, "__typename") => null,
        (OperationType.Mutation, _) when Is(field, nameof(KeyMutations.CreateApiKey)) || Is(field, nameof(KeyMutations.RevokeApiKey)) => ApiKeyRole.Admin,
        (OperationType.Mutation, _) => ApiKeyRole.Maintainer,
        (OperationType.Query, _) when Is(field, nameof(MaintainerQueries.AuditLog)) => ApiKeyRole.Maintainer,
        (OperationType.Query, _) when Is(field, nameof(MaintainerQueries.ApiKeys)) => ApiKeyRole.Admin,
        _ => null,
    };

    private static bool Is(string field, string resolver) => string.Equals(field, resolver, StringComparison.OrdinalIgnoreCase);
}
