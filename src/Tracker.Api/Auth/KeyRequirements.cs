using Tracker.GraphQL.Language;

namespace Tracker.Api.Auth;

/// <summary>
/// Which root fields need a key, and whose: every mutation a maintainer's, key management an admin's; of the
/// queries, the audit log a maintainer's and the key list an admin's. Everything else is public. The resolvers
/// check the same again (<see cref="CallerIdentity.RequireAsync"/>); this table lets a whole operation be
/// refused before any of it runs.
/// </summary>
internal static class KeyRequirements
{
    public static ApiKeyRole? For(OperationType operation, string field) => (operation, field) switch
    {
        (_, "__typename") => null,
        (OperationType.Mutation, "createApiKey" or "revokeApiKey") => ApiKeyRole.Admin,
        (OperationType.Mutation, _) => ApiKeyRole.Maintainer,
        (OperationType.Query, "auditLog") => ApiKeyRole.Maintainer,
        (OperationType.Query, "apiKeys") => ApiKeyRole.Admin,
        _ => null,
    };
}
