namespace Tracker.Data.Entities;

/// <summary>What a key may do: maintainers write data, admins also manage keys.</summary>
public enum ApiKeyRole
{
    Maintainer,
    Admin,
}

/// <summary>
/// An API key for mutations. Only the SHA-256 of the secret is stored: the secret is 256 random bits, shown once at
/// creation, so a hash needs no salt or slow KDF to be safe, and lookup by hash is one indexed read.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    /// <summary>Who holds it ("maria-at-coalition"), unique; audit entries name it.</summary>
    public required string Name { get; set; }

    public ApiKeyRole Role { get; set; }

    /// <summary>The first characters of the key, to recognise it in lists without revealing it.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

/// <summary>One successful mutation: who, when, what was asked, and the object before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string KeyName { get; set; }

    public required string Mutation { get; set; }

    /// <summary>The GraphQL type of the main object changed ("Jurisdiction").</summary>
    public required string ObjectType { get; set; }

    public int ObjectId { get; set; }

    public required string Input { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
