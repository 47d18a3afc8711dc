namespace Tracker.Api.Csv;

/// <summary>A row of <c>bodies.csv</c>: a public body with its kind, jurisdiction, the body it is part of and its other names.</summary>
internal sealed record BodyCsvRow(
    string Slug, string Name, string? Acronym, string Kind, string Jurisdiction, string? Parent, string? Address, string Aliases, string? Notes, string Sources);
