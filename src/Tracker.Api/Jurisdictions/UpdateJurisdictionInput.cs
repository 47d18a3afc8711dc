namespace Tracker.Api.Jurisdictions;

public sealed record UpdateJurisdictionInput(string Id, int Version, Optional<string?> Name, Optional<string?> PostalCode, Optional<string?> Fips) : IUpdateInput;
