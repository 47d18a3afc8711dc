using System.Security.Cryptography;
using System.Text;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Parsed and validated documents by the SHA-256 of their text, least recently used evicted first, so a
/// dashboard repeating the same query skips parsing and validation.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _recency = new();
    private readonly object _gate = new();

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

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool TryGet(string hash, out CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(string hash, CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _recency.Remove(existing);
                _entries.Remove(hash);
            }
            _entries[hash] = _recency.AddFirst((hash, document));
            while (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}

/// <summary>A document with its validation outcome; a syntax error leaves <see cref="Document"/> null.</summary>
public sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
