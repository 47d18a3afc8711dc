namespace Tracker.Api.Letters;

public sealed record AddSignaturesPayload(LetterModel? Letter, IReadOnlyList<SignatureRowResult> Rows, int Added, IReadOnlyList<UserErrorModel> Errors);
