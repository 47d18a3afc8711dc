using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Maintainers;

public sealed record CreateApiKeyInput(string Name, ApiKeyRole Role);

public sealed record CreateApiKeyPayload(ApiKeyInfo? Key, string? Secret, IReadOnlyList<UserErrorModel> Errors);

public sealed record RevokeApiKeyInput(string Name);

public sealed record RevokeApiKeyPayload(ApiKeyInfo? Key, IReadOnlyList<UserErrorModel> Errors);

/// <summary>An audit entry as the API reads it.</summary>
public sealed record AuditEntryModel(DateTime At, string KeyName, string Mutation, string ObjectType, int ObjectKey, string Input, string? Before, string? After)
{
    public string ObjectId => GlobalId.Encode(ObjectType, ObjectKey);
}

/// <summary>Key management (admins) and the audit log (maintainers).</summary>
[GraphQLType("Mutation")]
public sealed class KeyMutations(CallerIdentity caller, ApiKeys keys, IDbContextFactory<TrackerDbContext> factory, TimeProvider clock)
{
    public async Task<CreateApiKeyPayload> CreateApiKey(CreateApiKeyInput input, CancellationToken cancellationToken)
    {
        var admin = await caller.RequireAsync(ApiKeyRole.Admin, cancellationToken);
        try
        {
            var (key, secret) = await keys.CreateAsync(input.Name, input.Role, cancellationToken);
            await AuditAsync(admin, "createApiKey", key.Id, input, null, key, cancellationToken);
            return new CreateApiKeyPayload(key, secret, []);
        }
        catch (ArgumentException exception)
        {
            return new CreateApiKeyPayload(null, null, [new ValidationErrorModel(exception.Message, ["input", "name"])]);
        }
    }

    public async Task<RevokeApiKeyPayload> RevokeApiKey(RevokeApiKeyInput input, CancellationToken cancellationToken)
    {
        var admin = await caller.RequireAsync(ApiKeyRole.Admin, cancellationToken);
        var before = (await keys.ListAsync(cancellationToken)).SingleOrDefault(k => k.Name == input.Name);
        if (before?.RevokedAt is not null)
        {
            return new RevokeApiKeyPayload(null, [new ValidationErrorModel($"The key \"{input.Name}\" was already revoked on {before.RevokedAt:yyyy-MM-dd}.", ["input", "name"])]);
        }
        if (before is null || !await keys.RevokeAsync(input.Name, cancellationToken))
        {
            return new RevokeApiKeyPayload(null, [new NotFoundErrorModel($"No key is named \"{input.Name}\".", ["input", "name"])]);
        }
        var after = (await keys.ListAsync(cancellationToken)).Single(k => k.Name == input.Name);
        await AuditAsync(admin, "revokeApiKey", after.Id, input, before, after, cancellationToken);
        return new RevokeApiKeyPayload(after, []);
    }

    /// <summary>Key management is audited like every other change (the secret never is: only the key's record).</summary>
    private async Task AuditAsync(Maintainer admin, string mutation, int keyId, object input, ApiKeyInfo? before, ApiKeyInfo after, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, KeyName = admin.KeyName, Mutation = mutation, ObjectType = MaintainerQueries.ApiKeyObjectType, ObjectId = keyId,
            Input = MutationScope.ToJson(input), Before = before is null ? null : MutationScope.ToJson(before), After = MutationScope.ToJson(after),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The audit log and the key list.</summary>
[GraphQLType("Query")]
public sealed class MaintainerQueries(CallerIdentity caller, ApiKeys keys, Connections connections)
{
    /// <summary>The object type of key management's audit entries.</summary>
    internal const string ApiKeyObjectType = "ApiKey";

    /// <summary>Newest first, the later of one instant's entries first.</summary>
    private static readonly SortMap<AuditEntry> NewestFirst = new(a => a.Id, [((System.Linq.Expressions.Expression<Func<AuditEntry, DateTime>>)(a => a.At), true)], keyDescending: true);

    public async Task<Connection<AuditEntryModel>> AuditLog(
        int? first, string? after, int? last, string? before, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
    {
        var reader = await caller.RequireAsync(ApiKeyRole.Maintainer, cancellationToken);
        IQueryable<AuditEntry> Filtered(TrackerDbContext db)
        {
            var query = db.AuditEntries.AsQueryable();
            if (reader.Role != ApiKeyRole.Admin)
            {
                // Key management (names, roles, key prefixes) is for admins, as the key list is: left out in SQL, so
                // counts and pages never reveal it either.
                query = query.Where(a => a.ObjectType != ApiKeyObjectType);
            }
            if (where?.GetValueOrDefault("object") is string id)
            {
                query = GlobalId.TryDecode(id, out var type, out var key) ? query.Where(a => a.ObjectType == type && a.ObjectId == key) : query.Where(a => false);
            }
            if (where?.GetValueOrDefault("keyName") is string keyName)
            {
                query = query.Where(a => a.KeyName == keyName);
            }
            if (where?.GetValueOrDefault("mutation") is string mutation)
            {
                query = query.Where(a => a.Mutation == mutation);
            }
            if (where?.GetValueOrDefault("from") is DateTimeOffset from)
            {
                var at = from.UtcDateTime;
                query = query.Where(a => a.At >= at);
            }
            if (where?.GetValueOrDefault("to") is DateTimeOffset to)
            {
                var at = to.UtcDateTime;
                query = query.Where(a => a.At < at);
            }
            return query;
        }
        return connections.Sorted(
            "AuditEntry", Filtered, NewestFirst, new ConnectionArgs(first, after, last, before, where),
            a => new AuditEntryModel(a.At, a.KeyName, a.Mutation, a.ObjectType, a.ObjectId, a.Input, a.Before, a.After), cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ApiKeys(CancellationToken cancellationToken)
    {
        await caller.RequireAsync(ApiKeyRole.Admin, cancellationToken);
        return await keys.ListAsync(cancellationToken);
    }
}
