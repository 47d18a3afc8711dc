namespace Tracker.Api.Events;

/// <summary>The per-request loads of events, batched.</summary>
public sealed class EventLoaders(ModelLoader loader)
{
    public Task<EventModel?> ByKeyAsync(int key) =>
        loader.ByKeyAsync<Event, EventModel, int>("Event", key, db => db.Events, e => e.Id, m => m.Key);

    public Task<EventModel?> BySlugAsync(string slug) =>
        loader.ByKeyAsync<Event, EventModel, string>("Event.slug", slug, db => db.Events, e => e.Slug, m => m.Slug);

    /// <summary>The event a CAMPAIGN letter became (0 when the letter id was never moved).</summary>
    public Task<int> MovedLetterAsync(int letterKey) =>
        loader.ValueAsync<int>("Event.movedLetter", letterKey, (db, keys, ct) =>
            db.MovedRecords.Where(m => m.OldType == "Letter" && m.NewType == "Event").Where(KeyPredicates.In<MovedRecord, int>(m => m.OldId, keys))
                .ToDictionaryAsync(m => m.OldId, m => m.NewId, ct));

    /// <summary>Keys of the jurisdictions an event targets, by code.</summary>
    public Task<IReadOnlyList<int>> TargetKeysAsync(int eventKey) =>
        loader.ListAsync<int>("Event.targets", eventKey, async (db, keys, ct) =>
        {
            var rows = await db.Events.Where(KeyPredicates.In<Event, int>(e => e.Id, keys))
                .SelectMany(e => e.Targets, (e, j) => new { EventId = e.Id, j.Id, j.Code }).ToListAsync(ct);
            return rows.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Id).ToList());
        });
}
