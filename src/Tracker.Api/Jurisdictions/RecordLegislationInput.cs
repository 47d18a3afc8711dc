namespace Tracker.Api.Jurisdictions;

public sealed record RecordLegislationInput(
    string Slug, string Jurisdiction, string? Identifier, string Title, LegislationKind Kind, LegislationStance Stance, string? Summary,
    IReadOnlyList<LegislationStageInput> Stages, IReadOnlyList<CitationInput> Sources);
