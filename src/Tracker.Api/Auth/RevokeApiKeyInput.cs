namespace Tracker.Api.Auth;

public sealed record RevokeApiKeyInput(string Name);
