namespace Tracker.Api.Letters;

public sealed record SignatureRowResult(int Row, string PrintedName, SignatureRowOutcome Outcome, SignatureModel? Signature, IReadOnlyList<ISignatoryModel> Candidates, string? Message);
