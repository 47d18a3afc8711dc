using System.Collections.Concurrent;
using Tracker.Api.Telemetry;
using Tracker.Data.Versioning;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// What the compiled loads (<see cref="CompiledLoads"/>) returned, kept across requests for as long as the data
/// cannot have changed: a letter by slug, a signatory by key, a body's statements. A compiled load's statement
/// depends on nothing but its name and its keys (<see cref="CapturedValueCheck"/> refuses one that reads a request's
/// value), so its rows are a function of the name, the keys and the database's state; the state is named by the
/// <see cref="DataVersion"/>, which every committed write of any process moves, and by today's UTC date. Everything
/// kept is dropped when either moves. Each batch takes the version before it reads (as the response cache does): a
/// write committing during the read moves the version, and what was read is never served again. When the version
/// cannot be known (PostgreSQL's LISTEN is down), nothing is kept or served. Keys a load found nothing for are kept
/// too (a slug nobody has is not asked again until the data changes). Statements shaped by a request's arguments
/// (pages, counts, searches) are kept the same way under their <see cref="StatementKey"/>, which holds every value
/// they send (<see cref="StatementAsync"/>).
/// </summary>
/// <remarks>
/// Bounded by <see cref="LoadMemoOptions.MaxBytes"/> of <see cref="ModelBytes"/>' estimate: when a key's rows would
/// pass it, the memo starts empty again at the same version with them, so a working set that fits stays and one that
/// does not costs a clear now and then (rows larger than the whole bound are never kept). Rows are shared by every
/// request that reads them: models are immutable records, and their lists are never changed once read.
/// </remarks>
public sealed class LoadMemo
{
    private readonly DataVersion _version;
    private readonly TimeProvider _clock;
    private readonly LoadMemoOptions _options;
    private readonly LoadMemoMetrics _metrics;
    private Generation? _current;

    public LoadMemo(DataVersion version, TimeProvider clock, LoadMemoOptions options, LoadMemoMetrics metrics)
    {
        (_version, _clock, _options, _metrics) = (version, clock, options, metrics);
        metrics.Observe(() => Volatile.Read(ref _current)?.Bytes ?? 0);
    }

    /// <summary>
    /// The rows of statement <paramref name="name"/> for <paramref name="keys"/>, each key's rows in the statement's
    /// order: those kept at the current version from the memo, the rest from <paramref name="read"/> (and kept, by
    /// <paramref name="keyOf"/>). <paramref name="name"/> must name the statement's shape, as for
    /// <see cref="CompiledLoads"/>.
    /// </summary>
    public async Task<List<TRow>> RowsAsync<TKey, TRow>(
        string name, IReadOnlyList<TKey> keys, Func<TRow, TKey> keyOf, Func<IReadOnlyList<TKey>, CancellationToken, Task<List<TRow>>> read, CancellationToken cancellationToken)
        where TKey : notnull
    {
        if (Now() is not { } generation)
        {
            return await read(keys, cancellationToken);
        }
        var table = generation.Table<TKey, TRow>(name);
        List<TRow>? rows = null;
        List<TKey>? missing = null;
        foreach (var key in keys)
        {
            if (table.TryGetValue(key, out var kept))
            {
                (rows ??= new(keys.Count)).AddRange(kept);
            }
            else
            {
                (missing ??= new(keys.Count)).Add(key);
            }
        }
        _metrics.Looked(keys.Count - (missing?.Count ?? 0), missing?.Count ?? 0);
        if (missing is null)
        {
            return rows ?? [];
        }
        var fetched = await read(missing, cancellationToken);
        Keep(name, generation, table, missing, fetched, keyOf);
        if (rows is null)
        {
            return fetched;
        }
        rows.AddRange(fetched);
        return rows;
    }

    /// <summary>
    /// The rows kept for <paramref name="key"/> of load <paramref name="name"/>, looked up at once, without a
    /// DataLoader's batch: a by-key load whose rows are kept costs a dictionary lookup instead of a task, a batch and
    /// a turn of the executor. <paramref name="seen"/> is the version this request last asked the database for
    /// (start at -1): the version is asked (<see cref="DataVersion.Current"/>) on the request's first lookup and
    /// again whenever anything moved it since, otherwise only its last known value is compared
    /// (<see cref="DataVersion.Known"/>), so that a request asks once rather than once per key. A write committed
    /// before the request began is always seen; one committing while it runs, as with any read, may or may not be.
    /// </summary>
    public bool TryKept<TKey, TRow>(ref long seen, string name, TKey key, out TRow[] rows)
        where TKey : notnull
    {
        rows = [];
        var current = Volatile.Read(ref _current);
        if (current is null || current.Version != seen || _version.Known() != seen || current.Day != Today())
        {
            if (Now() is not { } now)
            {
                return false;
            }
            (current, seen) = (now, now.Version);
        }
        if (!current.TryTable<TKey, TRow>(name, out var table) || !table.TryGetValue(key, out var kept))
        {
            return false;
        }
        _metrics.Looked(1, 0);
        rows = kept;
        return true;
    }

    /// <summary>
    /// The rows of the statement whose <see cref="StatementKey"/> is <paramref name="key"/>: kept at the current
    /// version from the memo, else from <paramref name="read"/> (and kept). The key holds every value the statement
    /// sends, so one key never stands for two sets of rows at one version.
    /// </summary>
    public async Task<IReadOnlyList<TRow>> StatementAsync<TRow>(string key, Func<CancellationToken, Task<List<TRow>>> read, CancellationToken cancellationToken)
    {
        if (Now() is not { } generation)
        {
            return await read(cancellationToken);
        }
        var table = generation.Table<string, TRow>(StatementTable);
        if (table.TryGetValue(key, out var kept))
        {
            _metrics.Looked(1, 0);
            return kept;
        }
        _metrics.Looked(0, 1);
        var fetched = await read(cancellationToken);
        var rows = fetched.ToArray();
        Keep(StatementTable, ref generation, ref table, key, rows, Bytes(key, rows));
        return rows;
    }

    /// <summary>The table of rows kept by statement key (<see cref="StatementAsync"/>), one per row type.</summary>
    private const string StatementTable = "statement";

    private void Keep<TKey, TRow>(string name, Generation generation, ConcurrentDictionary<TKey, TRow[]> table, List<TKey> keys, List<TRow> fetched, Func<TRow, TKey> keyOf)
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, List<TRow>>(keys.Count);
        foreach (var row in fetched)
        {
            var key = keyOf(row);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }
            list.Add(row);
        }
        foreach (var key in keys)
        {
            // A key the statement found nothing for is kept as such; rows under a key not asked (a slug matched
            // another way) are not kept, as no statement for that key was run.
            var kept = byKey.TryGetValue(key, out var list) ? list.ToArray() : [];
            if (!Keep(name, ref generation, ref table, key, kept, Bytes(key, kept)))
            {
                return;
            }
        }
    }

    private static long Bytes<TKey, TRow>(TKey key, TRow[] rows)
        where TKey : notnull
    {
        long bytes = 64 + ModelBytes.Of(key);
        foreach (var row in rows)
        {
            bytes += 8 + ModelBytes.Of(row);
        }
        return bytes;
    }

    /// <summary>
    /// Keeps <paramref name="rows"/> under <paramref name="key"/> within the bound, starting the generation again
    /// empty when full; false when someone has moved on to a newer generation meanwhile (then nothing more is kept).
    /// </summary>
    private bool Keep<TKey, TRow>(string name, ref Generation generation, ref ConcurrentDictionary<TKey, TRow[]> table, TKey key, TRow[] rows, long bytes)
        where TKey : notnull
    {
        if (bytes > _options.MaxBytes)
        {
            // Larger than the whole bound: never kept, and nothing else dropped for it.
            return true;
        }
        if (!generation.Reserve(bytes, _options.MaxBytes))
        {
            // Full: start again empty at this version, unless someone has moved on already (then keep no more).
            var fresh = new Generation(generation.Version, generation.Day);
            if (Interlocked.CompareExchange(ref _current, fresh, generation) != generation)
            {
                return false;
            }
            (generation, table) = (fresh, fresh.Table<TKey, TRow>(name));
            generation.Reserve(bytes, _options.MaxBytes);
        }
        if (!table.TryAdd(key, rows))
        {
            // Another batch read the same key meanwhile and kept it first.
            generation.Release(bytes);
        }
        return true;
    }

    /// <summary>The generation of the current version and day, or null when nothing may be kept or served.</summary>
    private Generation? Now()
    {
        if (_options.MaxBytes == 0 || _version.Current() is not { } now)
        {
            return null;
        }
        var today = Today();
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && current.Version == now && current.Day == today)
            {
                return current;
            }
            if (current is not null && (current.Version > now || current.Day > today))
            {
                // The memo has moved past what this caller saw: it reads for itself rather than push the newer out.
                return null;
            }
            var fresh = new Generation(now, today);
            if (Interlocked.CompareExchange(ref _current, fresh, current) == current)
            {
                return fresh;
            }
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>What is kept at one version on one day, by load.</summary>
    private sealed class Generation(long version, DateOnly day)
    {
        private readonly ConcurrentDictionary<(string Name, Type Key, Type Value), object> _tables = new();
        private long _bytes;

        public long Version => version;

        public DateOnly Day => day;

        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>The rows kept by load <paramref name="name"/>, if any were.</summary>
        public bool TryTable<TKey, TRow>(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConcurrentDictionary<TKey, TRow[]>? table)
            where TKey : notnull
        {
            table = _tables.TryGetValue((name, typeof(TKey), typeof(TRow)), out var kept) ? (ConcurrentDictionary<TKey, TRow[]>)kept : null;
            return table is not null;
        }

        /// <summary>
        /// The rows kept by load <paramref name="name"/>. A load's name may be a statement's key (a page's, thousands
        /// of characters, one per filter value asked), so a new table counts its name against the bound.
        /// </summary>
        public ConcurrentDictionary<TKey, TRow[]> Table<TKey, TRow>(string name)
            where TKey : notnull
        {
            if (_tables.TryGetValue((name, typeof(TKey), typeof(TRow)), out var table))
            {
                return (ConcurrentDictionary<TKey, TRow[]>)table;
            }
            return (ConcurrentDictionary<TKey, TRow[]>)_tables.GetOrAdd((name, typeof(TKey), typeof(TRow)), (key, generation) =>
            {
                Interlocked.Add(ref generation._bytes, 64 + ModelBytes.Of(key.Name));
                return new ConcurrentDictionary<TKey, TRow[]>();
            }, this);
        }

        /// <summary>Counts <paramref name="bytes"/> against the bound; false (and nothing counted) past it.</summary>
        public bool Reserve(long bytes, long max)
        {
            var total = Interlocked.Add(ref _bytes, bytes);
            if (total <= max)
            {
                return true;
            }
            Release(bytes);
            return false;
        }

        public void Release(long bytes) => Interlocked.Add(ref _bytes, -bytes);
    }
}
