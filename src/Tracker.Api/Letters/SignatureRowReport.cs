namespace Tracker.Api.Letters;

/// <summary>The report on one row, with the entities involved (models are made from them once saved).</summary>
public sealed record SignatureRowReport(int Row, string PrintedName, SignatureRowOutcome Outcome, Signature? Signature, IReadOnlyList<object> Candidates, string? Message);
