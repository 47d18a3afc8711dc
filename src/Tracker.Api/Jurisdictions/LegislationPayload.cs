using Tracker.Api.Mutations;

namespace Tracker.Api.Jurisdictions;

public sealed record LegislationPayload(LegislationModel? Legislation, IReadOnlyList<UserErrorModel> Errors);
