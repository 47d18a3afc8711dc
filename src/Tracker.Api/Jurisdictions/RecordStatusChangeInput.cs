namespace Tracker.Api.Jurisdictions;

public sealed record RecordStatusChangeInput(
    string Jurisdiction, ParticipationStatus Status, DateOnly EffectiveOn, DatePrecision DatePrecision, DateQualifier DateQualifier,
    DateOnly? EarliestOn, DateOnly? LatestOn, string? Actor, string Description, string? Legislation, IReadOnlyList<CitationInput> Sources);
