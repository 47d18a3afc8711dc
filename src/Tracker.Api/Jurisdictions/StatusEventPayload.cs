namespace Tracker.Api.Jurisdictions;

public sealed record StatusEventPayload(StatusEventModel? StatusEvent, JurisdictionModel? Jurisdiction, IReadOnlyList<UserErrorModel> Errors);
