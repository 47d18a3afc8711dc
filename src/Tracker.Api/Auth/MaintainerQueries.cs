namespace Tracker.Api.Auth;

/// <summary>The audit log and the key list.</summary>
[GraphQLType("Query")]
public sealed class MaintainerQueries(CallerIdentity caller, ApiKeys keys, Connections connections)
{
    /// <summary>The object type of key management's audit entries.</summary>
    internal const string ApiKeyObjectType = TypeNames.ApiKey;

    /// <summary>Newest first, the later of one instant's entries first.</summary>
    private static readonly SortMap<AuditEntry> NewestFirst = new(a => a.Id, [SortKey<AuditEntry>.Descending(a => a.At)], keyDescending: true);

    public async Task<Connection<AuditEntryModel>> AuditLog([Arguments] ConnectionArgs args, CancellationToken cancellationToken)
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
            if (args.Where?.GetValueOrDefault("object") is string id)
            {
                query = GlobalId.TryDecode(id, out var type, out var key) ? query.Where(a => a.ObjectType == type && a.ObjectId == key) : query.Where(a => false);
            }
            if (args.Where?.GetValueOrDefault("keyName") is string keyName)
            {
                query = query.Where(a => a.KeyName == keyName);
            }
            if (args.Where?.GetValueOrDefault("mutation") is string mutation)
            {
                query = query.Where(a => a.Mutation == mutation);
            }
            if (args.Where?.GetValueOrDefault("from") is DateTimeOffset from)
            {
                var at = from.UtcDateTime;
                query = query.Where(a => a.At >= at);
            }
            if (args.Where?.GetValueOrDefault("to") is DateTimeOffset to)
            {
                var at = to.UtcDateTime;
                query = query.Where(a => a.At < at);
            }
            return query;
        }
        return connections.Sorted(
            TypeNames.AuditEntry, Filtered, NewestFirst, args,
            a => new AuditEntryModel(a.At, a.KeyName, a.Mutation, a.ObjectType, a.ObjectId, a.Input, a.Before, a.After), cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ApiKeys(CancellationToken cancellationToken)
    {
        await caller.RequireAsync(ApiKeyRole.Admin, cancellationToken);
        return await keys.ListAsync(cancellationToken);
    }
}
