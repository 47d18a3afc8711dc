namespace Tracker.Api.Letters;

/// <summary>A letter as the API reads it; addressees split into recipients and cc.</summary>
public sealed record LetterModel : SluggedModel
{
    public string Title { get; init; } = "";

    public LetterKind Kind { get; init; }

    public DateOnly? WrittenOn { get; init; }

    public DateOnly? DeliveredOn { get; init; }

    public string? Body { get; init; }

    public int? ReportedSignatureCount { get; init; }

    public string? SignatureCountNote { get; init; }

    public string? Notes { get; init; }
}
