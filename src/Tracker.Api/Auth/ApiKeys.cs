using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Tracker.Api.Auth;

/// <summary>Creates, lists, revokes and checks API keys (shared by the shell commands and the admin mutations).</summary>
public sealed class ApiKeys(IDbContextFactory<TrackerDbContext> factory, TimeProvider clock, ILogger<ApiKeys> logger)
{
    private const string KeyPrefix = "trk_";

    /// <summary>A key's last use is recorded at most this often: a write per request would queue behind every change.</summary>
    private static readonly TimeSpan UseRecordInterval = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key and returns it: the only time the secret exists outside the caller's hands.</summary>
    public async Task<(ApiKeyInfo Key, string Secret)> CreateAsync(string name, ApiKeyRole role, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw new ArgumentException("A key's name must have 1 to 100 characters.");
        }
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey { Name = name, Role = role, Prefix = secret[..10], Hash = Hash(secret), CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ArgumentException($"A key named \"{name}\" already exists.");
        }
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (Info(key), secret);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken)).Select(Info).ToList();
    }

    /// <summary>Revokes a key by name; false when no such key exists. Revoking twice keeps the first time.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name, cancellationToken);
        if (key is null)
        {
            return false;
        }
        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The maintainer a presented key belongs to, or null for an unknown or revoked key. Records the use.</summary>
    public async Task<Maintainer?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }
        var hash = Hash(presented);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }
        await RecordUseAsync(db, key, cancellationToken);
        return new Maintainer(key.Name, key.Role);
    }

    /// <summary>
    /// Best effort, to the minute: on SQLite the update waits for the single writer, so it gives up after a second
    /// rather than hold up (or fail) the request it authenticates while a change is being saved.
    /// </summary>
    private async Task RecordUseAsync(TrackerDbContext db, ApiKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is { } last && now - last < UseRecordInterval)
        {
            return;
        }
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(1));
        try
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            logger.LogInformation("The last use of key {KeyName} was not recorded: the database was busy", key.Name);
        }
    }

    private static ApiKeyInfo Info(ApiKey key) => new(key.Id, key.Name, key.Role, key.Prefix, key.CreatedAt, key.LastUsedAt, key.RevokedAt);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
