namespace Tracker.Api.Cases;

public sealed record DeportationCasePayload(DeportationCaseModel? DeportationCase, IReadOnlyList<UserErrorModel> Errors);
