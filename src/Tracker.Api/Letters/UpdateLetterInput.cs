namespace Tracker.Api.Letters;

public sealed record UpdateLetterInput(string Id, int Version, Optional<string?> Title, Optional<DateOnly?> WrittenOn, Optional<string?> Body, Optional<int?> ReportedSignatureCount, Optional<string?> Notes) : IUpdateInput;
