namespace Tracker.Api.Auth;

/// <summary>Who is calling, once their key has been checked.</summary>
public sealed record Maintainer(string KeyName, ApiKeyRole Role);
