namespace Tracker.Api.Letters;

/// <summary>One signatory line to add (from the addSignatures mutation or a CSV file).</summary>
public sealed record SignatureRowInput(string PrintedName, SignatoryKind? Kind, string? Name, string? Acronym, string? City, string? State, string? Title, DateOnly? SignedOn);
