namespace Tracker.Api.Sources;

public sealed record SourcePayload(SourceModel? Source, IReadOnlyList<UserErrorModel> Errors);
