using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Maintainers;

/// <summary>A key as listed: never the secret.</summary>
public sealed record ApiKeyInfo(int Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>Who is calling, once their key has been checked.</summary>
public sealed record Maintainer(string KeyName, ApiKeyRole Role);

/// <summary>Creates, lists, revokes and checks API keys (shared by the shell commands and the admin mutations).</summary>
public sealed class ApiKeys(IDbContextFactory<TrackerDbContext> factory, TimeProvider clock)
{
    private const string KeyPrefix = "trk_";

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
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }
        key.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new Maintainer(key.Name, key.Role);
    }

    private static ApiKeyInfo Info(ApiKey key) => new(key.Id, key.Name, key.Role, key.Prefix, key.CreatedAt, key.LastUsedAt, key.RevokedAt);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
