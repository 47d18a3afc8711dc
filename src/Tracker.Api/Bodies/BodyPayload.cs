namespace Tracker.Api.Bodies;

public sealed record BodyPayload(BodyModel? Body, IReadOnlyList<UserErrorModel> Errors);
