namespace Tracker.Api.Letters;

public sealed record CreateLetterInput(
    string Slug, string Title, LetterKind Kind, DateOnly? WrittenOn, IReadOnlyList<string>? Addressees, IReadOnlyList<string>? Cc, string? Body,
    IReadOnlyList<string>? Organizers, IReadOnlyList<string>? Targets, int? ReportedSignatureCount, IReadOnlyList<CitationInput> Sources);
