using System.Collections.Concurrent;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// An in-memory store. Documents an operator preloads stay; documents clients register are bounded by bytes
/// (their text, UTF-16, and the entry), the least recently used making way for new ones, so a flood of
/// registrations neither grows the process nor locks later clients out.
/// </summary>
public sealed class InMemoryPersistedDocumentStore(long capacityBytes) : IPersistedDocumentStore
{
    /// <summary>The entry beside its text: the hash key (64 hex characters), list node and dictionary slot.</summary>
    private const int EntryOverhead = 512;

    private readonly ConcurrentDictionary<string, string> _preloaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly ByteBoundedCache<string> _registered = new(capacityBytes);

    /// <summary>Documents registered by clients (preloaded ones aside).</summary>
    public int RegisteredCount => _registered.Count;

    /// <summary>The estimated bytes of the registered documents; never above the capacity.</summary>
    public long RegisteredBytes => _registered.Bytes;

    public static long EstimateBytes(string document) => (long)document.Length * sizeof(char) + EntryOverhead;

    public bool TryGet(string sha256Hash, out string document) =>
        _preloaded.TryGetValue(sha256Hash, out document!) || _registered.TryGet(sha256Hash, out document!);

    public bool IsPreloaded(string sha256Hash) => _preloaded.ContainsKey(sha256Hash);

    public void Add(string sha256Hash, string document)
    {
        if (!_preloaded.ContainsKey(sha256Hash))
        {
            _registered.Add(sha256Hash, document, EstimateBytes(document));
        }
    }

    /// <summary>Preloads a document under the hash of its text: it stays, whatever clients register.</summary>
    public void Preload(string document) => _preloaded[DocumentCache.Hash(document)] = document;
}
