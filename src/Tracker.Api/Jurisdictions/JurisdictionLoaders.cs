namespace Tracker.Api.Jurisdictions;

/// <summary>The per-request loads of jurisdictions, their events and legislation, batched.</summary>
public sealed class JurisdictionLoaders(ModelLoader loader, TimeProvider clock, TypeAdapterConfig mapping)
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

    private static readonly KeyedLoad<Jurisdiction, JurisdictionModel, int> JurisdictionByKey = new(TypeNames.Jurisdiction, db => db.Jurisdictions, j => j.Id, m => m.Key);
    private static readonly KeyedLoad<Jurisdiction, JurisdictionModel, string> JurisdictionByCode = new("Jurisdiction.code", db => db.Jurisdictions, j => j.Code, m => m.Code);
    private static readonly KeyedLoad<Jurisdiction, JurisdictionModel, string> JurisdictionByFips = new("Jurisdiction.fips", db => db.Jurisdictions.Where(j => j.Fips != null), j => j.Fips!, m => m.Fips!);
    private static readonly KeyedLoad<StatusEvent, StatusEventModel, int> StatusEventByKey = new(TypeNames.StatusEvent, db => db.StatusEvents, e => e.Id, m => m.Key);
    private static readonly KeyedLoad<Legislation, LegislationModel, int> LegislationByKey = new(TypeNames.Legislation, db => db.Legislation, l => l.Id, m => m.Key);
    private static readonly KeyedLoad<Legislation, LegislationModel, string> LegislationBySlug = new("Legislation.slug", db => db.Legislation, l => l.Slug, m => m.Slug);

    public Task<JurisdictionModel?> ByKeyAsync(int key) => loader.ByKeyAsync(JurisdictionByKey, key);

    public Task<JurisdictionModel?> ByCodeAsync(string code) => loader.ByKeyAsync(JurisdictionByCode, code);

    public Task<JurisdictionModel?> ByFipsAsync(string fips) => loader.ByKeyAsync(JurisdictionByFips, fips);

    public Task<StatusEventModel?> StatusEventAsync(int key) => loader.ByKeyAsync(StatusEventByKey, key);

    public Task<LegislationModel?> LegislationAsync(int key) => loader.ByKeyAsync(LegislationByKey, key);

    public Task<LegislationModel?> LegislationBySlugAsync(string slug) => loader.ByKeyAsync(LegislationBySlug, slug);

    /// <summary>A jurisdiction's legislation by title (the statement is built only when compiled).</summary>
    public Task<IReadOnlyList<LegislationModel>> LegislationOfAsync(int jurisdictionKey) =>
        loader.GroupsAsync<int, LegislationModel, LegislationModel>(
            "Jurisdiction.legislation", jurisdictionKey, m => m.JurisdictionKey,
            (db, within) => db.Legislation.Where(KeyPredicates.Within<Legislation, int>(l => l.JurisdictionId, within)).OrderBy(l => l.Title).ThenBy(l => l.Id).ProjectToType<LegislationModel>(mapping),
            static rows => rows);
}
