namespace Tracker.Api.Statements;

/// <summary>Words or a deed attributed to a person, organisation or body, as the API reads it.</summary>
public sealed record StatementModel : SluggedModel
{
    public StatementKind Kind { get; init; }

    public ActionKind? Action { get; init; }

    public string? SpeakerName { get; init; }

    public string Text { get; init; } = "";

    public string Language { get; init; } = "";

    public DateOnly? Date { get; init; }

    public DatePrecision? DatePrecision { get; init; }

    public DateQualifier? DateQualifier { get; init; }

    public DateOnly? EarliestOn { get; init; }

    public DateOnly? LatestOn { get; init; }

    public int? LetterKey { get; init; }

    public int? LegislationKey { get; init; }

    public int? EventKey { get; init; }

    public string? Notes { get; init; }
}
