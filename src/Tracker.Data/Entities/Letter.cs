namespace Tracker.Data.Entities;

/// <summary>A sign-on letter, petition or report.</summary>
public sealed class Letter : Tracked
{
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public LetterKind Kind { get; set; }

    public DateOnly? WrittenOn { get; set; }

    /// <summary>How exact <see cref="WrittenOn"/> is; null with a null date.</summary>
    public DatePrecision? WrittenOnPrecision { get; set; }

    /// <summary>What <see cref="WrittenOn"/> means; null with a null date.</summary>
    public DateQualifier? WrittenOnQualifier { get; set; }

    public DateOnly? DeliveredOn { get; set; }

    public DatePrecision? DeliveredOnPrecision { get; set; }

    public DateQualifier? DeliveredOnQualifier { get; set; }

    public string? Body { get; set; }

    /// <summary>For petitions that only publish a number ("more than 23,000 signatures").</summary>
    public int? ReportedSignatureCount { get; set; }

    public string? SignatureCountNote { get; set; }

    /// <summary>Context, and what the documents leave out.</summary>
    public string? Notes { get; set; }

    public List<LetterAddressee> Addressees { get; set; } = [];

    public List<Organization> Organizers { get; set; } = [];

    public List<Jurisdiction> Targets { get; set; } = [];

    public List<Signature> Signatures { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A recipient of a letter, or someone copied on it, in printed order.</summary>
public sealed class LetterAddressee
{
    public int Id { get; set; }

    public int LetterId { get; set; }

    public AddresseeRole Role { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>The record the printed entry names, where one does: at most one of person, organisation and body.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? BodyId { get; set; }

    public Body? Body { get; set; }
}

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
