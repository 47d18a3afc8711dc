using System.Collections.Concurrent;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Documents known by hash: the automatic persisted queries protocol stores a document the first time a
/// client sends it with its hash, and an operator can preload the documents their clients use.
/// </summary>
public interface IPersistedDocumentStore
{
    bool TryGet(string sha256Hash, out string document);

    void Add(string sha256Hash, string document);
}

/// <summary>
/// An in-memory store. Documents an operator preloads stay; documents clients register are bounded, the oldest
/// making way for new ones, so a flood of registrations cannot lock later clients out.
/// </summary>
public sealed class InMemoryPersistedDocumentStore(int capacity) : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _preloaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<string> _registrationOrder = new();
    private readonly Lock _registering = new();

    public bool TryGet(string sha256Hash, out string document) =>
        _preloaded.TryGetValue(sha256Hash, out document!) || _registered.TryGetValue(sha256Hash, out document!);

    public void Add(string sha256Hash, string document)
    {
        if (capacity <= 0 || _preloaded.ContainsKey(sha256Hash))
        {
            return;
        }
        lock (_registering)
        {
            if (!_registered.TryAdd(sha256Hash, document))
            {
                return;
            }
            _registrationOrder.Enqueue(sha256Hash);
            while (_registered.Count > capacity && _registrationOrder.TryDequeue(out var oldest))
            {
                _registered.TryRemove(oldest, out _);
            }
        }
    }

    /// <summary>Preloads a document under the hash of its text: it stays, whatever clients register.</summary>
    public void Preload(string document) => _preloaded[DocumentCache.Hash(document)] = document;

    /// <summary>Preloads every *.graphql file of a directory, under the hash of its text.</summary>
    public void AddDirectory(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            Preload(File.ReadAllText(file));
        }
    }
}
