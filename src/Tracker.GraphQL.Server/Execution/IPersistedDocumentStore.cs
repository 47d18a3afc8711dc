namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Documents known by hash: the automatic persisted queries protocol stores a document the first time a
/// client sends it with its hash, and an operator can preload the documents their clients use.
/// </summary>
public interface IPersistedDocumentStore
{
    bool TryGet(string sha256Hash, out string document);

    void Add(string sha256Hash, string document);

    /// <summary>Whether the operator preloaded this document (so its operation names are theirs, bounded, not a client's).</summary>
    bool IsPreloaded(string sha256Hash) => false;
}
