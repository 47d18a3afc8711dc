namespace Tracker.Api.Jurisdictions;

/// <summary>The state record of a per-state count.</summary>
[GraphQLType("StateStatusCount")]
public sealed class StateStatusCountResolvers(JurisdictionLoaders loaders)
{
    public async Task<JurisdictionModel> State([Parent] StateStatusCount count) => (await loaders.ByKeyAsync(count.StateKey))!;
}
