namespace Tracker.Api.Auth;

public sealed record RevokeApiKeyPayload(ApiKeyInfo? Key, IReadOnlyList<UserErrorModel> Errors);
