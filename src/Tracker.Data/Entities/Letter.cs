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
