using Tracker.GraphQL;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.Api.Auth;

/// <summary>
/// Decides authorization for the whole operation before any of it runs: the key must open every root field the
/// operation selects (<see cref="KeyRequirements"/>), fragments and aliases included. Otherwise the request is
/// refused (UNAUTHENTICATED, FORBIDDEN or RATE_LIMITED, located at the fields concerned) and nothing is applied:
/// <c>mutation { a: addSource(...) b: createApiKey(...) }</c> with a maintainer's key used to commit <c>a</c>.
/// </summary>
internal sealed class OperationKeyCheck(CallerIdentity caller) : IOperationGuard
{
    public async ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(GuardedOperation operation, CancellationToken cancellationToken)
    {
        var kind = operation.Operation.Operation;
        var guarded = operation.RootFields()
            .Select(field => (Field: field, Role: KeyRequirements.For(kind, field.Name.Value)))
            .Where(f => f.Role is not null)
            .ToList();
        if (guarded.Count == 0)
        {
            return [];
        }
        var fields = guarded.Select(f => f.Field).ToList();
        if (!caller.PresentedKey)
        {
            var needs = kind == OperationType.Mutation
                ? "Mutations need"
                : $"Reading {Names(fields)} needs";
            return [Error($"{needs} an API key sent as \"Authorization: Bearer <key>\"; nothing was run.", fields, CallerIdentity.Unauthenticated)];
        }
        Maintainer maintainer;
        try
        {
            maintainer = await caller.RequireAsync(ApiKeyRole.Maintainer, cancellationToken);
        }
        catch (GraphQLError refused)
        {
            return [Error(refused.Message + " Nothing was run.", fields, (string)refused.Extensions!["code"]!)];
        }
        var adminOnly = guarded.Where(f => f.Role == ApiKeyRole.Admin).Select(f => f.Field).ToList();
        if (adminOnly.Count > 0 && maintainer.Role != ApiKeyRole.Admin)
        {
            return [Error($"The key \"{maintainer.KeyName}\" is a {maintainer.Role.ToString().ToLowerInvariant()} key; {Names(adminOnly)} need{(adminOnly.Count == 1 ? "s" : "")} an admin key. Nothing was run.", adminOnly, CallerIdentity.Forbidden)];
        }
        return [];
    }

    private static string Names(IEnumerable<FieldNode> fields) => string.Join(", ", fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal));

    private static GraphQLError Error(string message, IEnumerable<FieldNode> fields, string code) =>
        new(message, fields, extensions: new Dictionary<string, object?> { ["code"] = code });
}
