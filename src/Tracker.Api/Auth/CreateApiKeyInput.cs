namespace Tracker.Api.Auth;

public sealed record CreateApiKeyInput(string Name, ApiKeyRole Role);
