using Tracker.Data.Versioning;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Keeps one <see cref="StatusRecordSnapshot"/>: the one read at the current <see cref="DataVersion"/>. The version
/// moves on every committed write of any process or instance (as for the response cache), and a snapshot is used
/// only while the version it was read at is the current one, so no answer is computed from a record a committed
/// write has changed. The version is taken before the read: a write committing during it moves the version, and
/// what was read is never used again. When the version cannot be known (PostgreSQL's LISTEN is down), or the record
/// is larger than <see cref="StatusRecordOptions"/> allows, there is no snapshot and callers read the database.
/// Only the latest snapshot is kept, so memory holds at most one record (bounded by the settings, in rows and in
/// bytes) and, for a moment, the one it replaces.
/// </summary>
public sealed class StatusRecordCache(IDbContextFactory<TrackerDbContext> factory, DataVersion version, TypeAdapterConfig mapping, StatusRecordOptions options)
{
    private Entry? _latest;

    /// <summary>A version's snapshot, read once for every request that asks at that version (null: too large).</summary>
    private sealed record Entry(long Version, Lazy<Task<StatusRecordSnapshot?>> Snapshot)
    {
        public bool Failed => Snapshot.IsValueCreated && (Snapshot.Value.IsFaulted || Snapshot.Value.IsCanceled);
    }

    /// <summary>The record at the current data version, or null when the caller must read the database itself.</summary>
    public Task<StatusRecordSnapshot?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (options.MaxRows == 0 || options.MaxBytes == 0 || version.Current() is not { } now)
        {
            return Task.FromResult<StatusRecordSnapshot?>(null);
        }
        while (true)
        {
            var latest = Volatile.Read(ref _latest);
            if (latest is not null && latest.Version == now && !latest.Failed)
            {
                return latest.Snapshot.Value.WaitAsync(cancellationToken);
            }
            if (latest is not null && latest.Version > now)
            {
                // A newer version is kept already (this caller's version moved while it asked): read for this
                // caller alone rather than push the newer snapshot out.
                return ReadAsync(cancellationToken);
            }
            // The read is shared by whoever asks at this version, so no one caller's cancellation stops it.
            var fresh = new Entry(now, new(() => ReadAsync(CancellationToken.None)));
            if (Interlocked.CompareExchange(ref _latest, fresh, latest) == latest)
            {
                return fresh.Snapshot.Value.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task<StatusRecordSnapshot?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // The events and the jurisdictions from one state of the database: the requests already waiting on this read
        // use it even if a write commits in between, so its reads must not straddle it.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        // One more than the bound tells a record over it apart from one exactly at it.
        var events = await db.StatusEvents.Where(e => e.RetractedAt == null).OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id)
            .Take(options.MaxRows + 1).ProjectToType<StatusEventModel>(mapping).ToListAsync(cancellationToken);
        if (events.Count > options.MaxRows)
        {
            return null;
        }
        var jurisdictions = await db.Jurisdictions.OrderBy(j => j.Id).Take(options.MaxRows + 1)
            .Select(j => new StatusRecordSnapshot.Place(j.Id, j.Kind, j.ParentId, j.CurrentStatus)).ToListAsync(cancellationToken);
        if (jurisdictions.Count > options.MaxRows)
        {
            return null;
        }
        // The jurisdictions the events name, whole, as the API reads them: the timeline lists each event's
        // jurisdiction, and reading them by key took a statement and a few hundred rows on every request. No more of
        // them than of the events, which are within the bound already.
        var named = await db.Jurisdictions.Where(KeyPredicates.In<Jurisdiction, int>(j => j.Id, events.Select(e => e.JurisdictionKey).Distinct()))
            .ProjectToType<JurisdictionModel>(mapping).ToListAsync(cancellationToken);
        return StatusRecordOptions.EstimatedBytes(events, jurisdictions.Count, named) > options.MaxBytes
            ? null
            : new StatusRecordSnapshot(events, jurisdictions, named);
    }

    /// <summary>
    /// The jurisdiction of an event the kept record holds (the very object, as the timeline lists it), from that
    /// record: read at the same data version as the event itself. Null when the event did not come from the record
    /// kept now (read from the database, or the record has since been replaced): the caller reads the database.
    /// Asks no data version, so that a timeline of hundreds of events does not ask it hundreds of times.
    /// </summary>
    public JurisdictionModel? KeptJurisdictionOf(StatusEventModel statusEvent) =>
        Volatile.Read(ref _latest)?.Snapshot is { IsValueCreated: true, Value: { IsCompletedSuccessfully: true, Result: { } kept } }
            ? kept.JurisdictionOf(statusEvent)
            : null;
}
