namespace Tracker.Api.Jurisdictions;

/// <summary>Query fields about jurisdictions, their status history and legislation.</summary>
[GraphQLType("Query")]
public sealed class JurisdictionQueries(Connections connections, JurisdictionLoaders loaders)
{
    /// <summary>With <c>asOf</c>, the status filter and sort read that day's status and the nodes answer for that day.</summary>
    public Connection<JurisdictionModel> Jurisdictions([Arguments] ConnectionArgs args, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (asOf is not { } day)
        {
            return connections.Root<Data.Entities.Jurisdiction, JurisdictionModel>(
                db => db.Jurisdictions, JurisdictionQueryMaps.JurisdictionFilters, JurisdictionQueryMaps.JurisdictionSorts, args, cancellationToken);
        }
        var today = loaders.Today;
        return connections.Root<Data.Entities.Jurisdiction, JurisdictionModel>(
            db => db.Jurisdictions, JurisdictionQueryMaps.JurisdictionFiltersOn(day, today), JurisdictionQueryMaps.JurisdictionSortsOn(day, today), args, cancellationToken,
            model => model with { AsOf = day });
    }

    /// <summary>By code or by FIPS code: exactly one, so a typo in the other is never silently ignored.</summary>
    public Task<JurisdictionModel?> Jurisdiction(string? code, string? fips)
    {
        if ((code is null) == (fips is null))
        {
            throw UserInputError.Create("Give exactly one of \"code\" and \"fips\".");
        }
        return code is not null ? loaders.ByCodeAsync(code) : loaders.ByFipsAsync(fips!);
    }

    public Connection<StatusEventModel> StatusEvents([Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Root<Data.Entities.StatusEvent, StatusEventModel>(
            db => db.StatusEvents, JurisdictionQueryMaps.StatusEventFilters, JurisdictionQueryMaps.StatusEventSorts, args, cancellationToken);

    public Task<LegislationModel?> Legislation(string slug) => loaders.LegislationBySlugAsync(slug);
}
