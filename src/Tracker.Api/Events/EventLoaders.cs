namespace Tracker.Api.Events;

/// <summary>The per-request loads of events, batched.</summary>
public sealed class EventLoaders(ModelLoader loader)
{
    public Task<EventModel?> ByKeyAsync(int key) => loader.ByKeyAsync(EventQueryMaps.Records, key);

    public Task<EventModel?> BySlugAsync(string slug) => loader.BySlugAsync(EventQueryMaps.Records, slug);

    /// <summary>The event a CAMPAIGN letter became (0 when the letter id was never moved).</summary>
    public Task<int> MovedLetterAsync(int letterKey) =>
        loader.ValueAsync<int>("Event.movedLetter", letterKey, (db, keys, ct) =>
            db.MovedRecords.Where(m => m.OldType == TypeNames.Letter && m.NewType == TypeNames.Event).Where(KeyPredicates.In<MovedRecord, int>(m => m.OldId, keys))
                .ToDictionaryAsync(m => m.OldId, m => m.NewId, ct));

    private static readonly LinkedLoad<Event, Jurisdiction, string> Targets = new("Event.targets", db => db.Events, e => e.Targets, j => j.Code, StringComparer.Ordinal);

    /// <summary>The jurisdictions an event targets, by code.</summary>
    public Task<IReadOnlyList<JurisdictionModel>> TargetsAsync(int eventKey) =>
        loader.LinkedAsync<Event, Jurisdiction, JurisdictionModel, string>(Targets, eventKey);
}
