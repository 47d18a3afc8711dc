namespace Tracker.Api.Auth;

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
            await AuditAsync(admin, MutationNames.Of(nameof(CreateApiKey)), key.Id, input, null, key, cancellationToken);
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
        await AuditAsync(admin, MutationNames.Of(nameof(RevokeApiKey)), after.Id, input, before, after, cancellationToken);
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
