namespace Tracker.Api.Letters;

/// <summary>The state record behind a per-state count.</summary>
[GraphQLType("StateSignatoryCount")]
public sealed class StateSignatoryCountResolvers(JurisdictionLoaders jurisdictions)
{
    public Task<JurisdictionModel?> Jurisdiction([Parent] StateSignatoryCount count) =>
        count.State is { } state ? jurisdictions.ByCodeAsync(state) : Task.FromResult<JurisdictionModel?>(null);
}
