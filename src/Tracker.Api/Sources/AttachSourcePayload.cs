namespace Tracker.Api.Sources;

public sealed record AttachSourcePayload(CitationModel? Citation, IReadOnlyList<UserErrorModel> Errors);
