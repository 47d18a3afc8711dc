namespace Tracker.Api.Letters;

public sealed record LetterPayload(LetterModel? Letter, IReadOnlyList<UserErrorModel> Errors);
