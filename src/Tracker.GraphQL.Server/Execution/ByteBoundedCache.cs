namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// A least-recently-used cache bounded by the bytes its entries are estimated to hold, not by their number: a
/// flood of large distinct entries evicts older ones instead of growing the process. An entry larger than the
/// whole budget is not kept. Thread-safe.
/// </summary>
/// <remarks>
/// Not <c>Microsoft.Extensions.Caching.Memory</c>: with a size limit it refuses new entries while full until a
/// background compaction runs, so a flood would keep the documents of legitimate clients out; this evicts the
/// least recently used entries at once, and its total never exceeds the budget.
/// </remarks>
/// <param name="keyComparer">How keys compare: hex digests by default (in either case), or exactly.</param>
internal sealed class ByteBoundedCache<TValue>(long capacityBytes, StringComparer? keyComparer = null)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(keyComparer ?? StringComparer.OrdinalIgnoreCase);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();
    private long _bytes;

    public long CapacityBytes => capacityBytes;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The estimated bytes of the entries held; never above <see cref="CapacityBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                // The same entry asked again (a dashboard's one query under load) stays where it is: moving it wrote
                // to its neighbours' nodes on every request.
                if (_recency.First != node)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Adds or replaces an entry, evicting the least recently used until the total fits the budget.</summary>
    public void Add(string key, TValue value, long bytes)
    {
        lock (_gate)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
                _bytes -= existing.Value.Bytes;
            }
            if (bytes > capacityBytes)
            {
                return;
            }
            while (_bytes + bytes > capacityBytes && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Bytes;
            }
            _entries[key] = _recency.AddFirst(new Entry(key, value, bytes));
            _bytes += bytes;
        }
    }

    private sealed record Entry(string Key, TValue Value, long Bytes);
}
