namespace Tracker.Api.Auth;

/// <summary>A key as listed: never the secret.</summary>
[GraphQLObject(TypeNames.ApiKey)]
public sealed record ApiKeyInfo(int Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);
