namespace Tracker.Api.Auth;

public sealed record CreateApiKeyPayload(ApiKeyInfo? Key, string? Secret, IReadOnlyList<UserErrorModel> Errors);
