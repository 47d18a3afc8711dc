namespace Tracker.Api.Jurisdictions;

public sealed record CreateJurisdictionInput(string Code, JurisdictionKind Kind, string Name, string? PostalCode, string? Fips, string? Parent);
