namespace Tracker.Api.Letters;

public sealed record SignaturePayload(SignatureModel? Signature, IReadOnlyList<UserErrorModel> Errors);
