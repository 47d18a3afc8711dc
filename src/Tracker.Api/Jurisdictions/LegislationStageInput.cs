namespace Tracker.Api.Jurisdictions;

public sealed record LegislationStageInput(LegislationStageKind Stage, DateOnly Date, DatePrecision DatePrecision, DateQualifier DateQualifier, string? Description);
