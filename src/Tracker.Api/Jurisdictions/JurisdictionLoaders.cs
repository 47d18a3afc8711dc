namespace Tracker.Api.Jurisdictions;

/// <summary>The per-request loads of jurisdictions, their events and legislation, batched.</summary>
public sealed class JurisdictionLoaders(ModelLoader loader, TimeProvider clock)
{
    /// <summary>Today's date (UTC): the dating rule needs it for events that count only from the present.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The event a jurisdiction's status comes from on a day (null: UNKNOWN); one statement per day asked.</summary>
    public Task<StatusEventModel?> DecidingEventAsync(int jurisdictionKey, DateOnly day)
    {
        var today = Today;
        return loader.ByKeyUncompiledAsync<StatusEvent, StatusEventModel, int>(
            $"StatusEvent.deciding|{day:yyyy-MM-dd}|{today:yyyy-MM-dd}", jurisdictionKey,
            db => StatusEventDates.Deciding(db.StatusEvents, db.StatusEvents, day, today), e => e.JurisdictionId, m => m.JurisdictionKey);
    }

    public Task<JurisdictionModel?> ByKeyAsync(int key) =>
        loader.ByKeyAsync<Jurisdiction, JurisdictionModel, int>(TypeNames.Jurisdiction, key, db => db.Jurisdictions, j => j.Id, m => m.Key);

    public Task<JurisdictionModel?> ByCodeAsync(string code) =>
        loader.ByKeyAsync<Jurisdiction, JurisdictionModel, string>("Jurisdiction.code", code, db => db.Jurisdictions, j => j.Code, m => m.Code);

    public Task<JurisdictionModel?> ByFipsAsync(string fips) =>
        loader.ByKeyAsync<Jurisdiction, JurisdictionModel, string>("Jurisdiction.fips", fips, db => db.Jurisdictions.Where(j => j.Fips != null), j => j.Fips!, m => m.Fips!);

    public Task<StatusEventModel?> StatusEventAsync(int key) =>
        loader.ByKeyAsync<StatusEvent, StatusEventModel, int>(TypeNames.StatusEvent, key, db => db.StatusEvents, e => e.Id, m => m.Key);

    public Task<LegislationModel?> LegislationAsync(int key) =>
        loader.ByKeyAsync<Legislation, LegislationModel, int>(TypeNames.Legislation, key, db => db.Legislation, l => l.Id, m => m.Key);

    public Task<LegislationModel?> LegislationBySlugAsync(string slug) =>
        loader.ByKeyAsync<Legislation, LegislationModel, string>("Legislation.slug", slug, db => db.Legislation, l => l.Slug, m => m.Slug);

    public Task<IReadOnlyList<LegislationModel>> LegislationOfAsync(int jurisdictionKey) =>
        loader.ByParentAsync<Legislation, LegislationModel>(
            "Jurisdiction.legislation", jurisdictionKey, db => db.Legislation, l => l.JurisdictionId, m => m.JurisdictionKey, q => q.OrderBy(l => l.Title).ThenBy(l => l.Id));
}
