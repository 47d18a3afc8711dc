namespace Tracker.Data.Entities;

/// <summary>
/// A person facing deportation, named in the documents, and the petitions for them. Deliberately not a
/// <see cref="Person"/>: people sign and act, a case's person is the subject of a petition, and mixing them would
/// put the people facing deportation into signatory lists and counts.
/// </summary>
public sealed class DeportationCase : Tracked, INamedRecord
{
    public required string Slug { get; set; }

    /// <summary>Exactly as printed.</summary>
    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    /// <summary>"Cambodian".</summary>
    public string? Community { get; set; }

    public int? JurisdictionId { get; set; }

    public Jurisdiction? Jurisdiction { get; set; }

    /// <summary>"facing deportation".</summary>
    public string? Situation { get; set; }

    /// <summary>The date of the document reporting the case.</summary>
    public DateOnly? ReportedOn { get; set; }

    public DatePrecision? ReportedOnPrecision { get; set; }

    public DateQualifier? ReportedOnQualifier { get; set; }

    public string? Notes { get; set; }

    /// <summary>Letters of kind PETITION for this person.</summary>
    public List<Letter> Petitions { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
