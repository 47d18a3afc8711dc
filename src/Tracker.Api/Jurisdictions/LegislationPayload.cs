namespace Tracker.Api.Jurisdictions;

public sealed record LegislationPayload(LegislationModel? Legislation, IReadOnlyList<UserErrorModel> Errors);
