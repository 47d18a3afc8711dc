namespace Tracker.Api.Jurisdictions;

public sealed record JurisdictionPayload(JurisdictionModel? Jurisdiction, IReadOnlyList<UserErrorModel> Errors);
