namespace Tracker.Api.Jurisdictions;

public sealed record AddLegislationStageInput(string Id, int Version, LegislationStageInput Stage, IReadOnlyList<CitationInput> Sources) : IUpdateInput;
