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

/// <summary>An in-memory store, bounded: once full it stops accepting new documents from clients.</summary>
public sealed class InMemoryPersistedDocumentStore(int capacity) : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string sha256Hash, out string document) => _documents.TryGetValue(sha256Hash, out document!);

    public void Add(string sha256Hash, string document)
    {
        if (_documents.Count < capacity)
        {
            _documents.TryAdd(sha256Hash, document);
        }
    }

    /// <summary>Preloads every *.graphql file of a directory, under the hash of its text.</summary>
    public void AddDirectory(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            var text = File.ReadAllText(file);
            _documents[DocumentCache.Hash(text)] = text;
        }
    }
}
