namespace Tracker.Api.Jurisdictions;

/// <summary>Query fields about jurisdictions, their status history and legislation.</summary>
[GraphQLType("Query")]
public sealed class JurisdictionQueries(Connections connections, JurisdictionLoaders loaders, DayStatusReader days)
{
    /// <summary>
    /// With <c>asOf</c>, the status filter and sort read that day's status and the nodes answer for that day; the
    /// day's statuses are read first, once for the request (<see cref="DayStatusReader"/>), and the filter becomes
    /// a list of jurisdiction keys.
    /// </summary>
    public async Task<Connection<JurisdictionModel>> Jurisdictions([Arguments] ConnectionArgs args, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (asOf is not { } day)
        {
            return connections.Root<Data.Entities.Jurisdiction, JurisdictionModel>(
                db => db.Jurisdictions, JurisdictionQueryMaps.JurisdictionFilters, JurisdictionQueryMaps.JurisdictionSorts, args, cancellationToken);
        }
        var statuses = await days.OnAsync(day, cancellationToken);
        var where = args.Where;
        // The source applies the filter itself, the day's statuses in hand (none of its fields refuses input: the
        // schema's types have checked it).
        return connections.Root<Data.Entities.Jurisdiction, JurisdictionModel>(
            db => JurisdictionQueryMaps.JurisdictionFiltersOn(statuses).Apply(db.Jurisdictions, where),
            JurisdictionQueryMaps.Unfiltered, JurisdictionQueryMaps.JurisdictionSortsOn(day, days.Today), args with { Where = null }, cancellationToken,
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
