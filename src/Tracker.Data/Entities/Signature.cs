namespace Tracker.Data.Entities;

/// <summary>A signatory on a letter: exactly one of organisation or person.</summary>
public sealed class Signature : Tracked
{
    public int LetterId { get; set; }

    public Letter Letter { get; set; } = null!;

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The name exactly as the letter prints it.</summary>
    public required string PrintedName { get; set; }

    /// <summary>1-based position in the printed list.</summary>
    public int Position { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    /// <summary>Who signs on the printed line, in order: the signature's own record, or each organisation a joint line names.</summary>
    public List<SignatureSignatory> Signatories { get; set; } = [];
}
