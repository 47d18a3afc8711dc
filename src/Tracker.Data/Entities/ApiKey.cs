namespace Tracker.Data.Entities;

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
