using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Caching;

/// <summary>
/// Response bodies of public queries, by document, operation name and variables, each kept with the
/// <see cref="IResponseVersion"/> it was computed at: an entry is served only while the version is the same, so a
/// committed write (which moves the version) makes every earlier answer unusable at once, with nothing to purge.
/// Bounded by bytes (the body, the key and a fixed overhead per entry), least recently used evicted first.
/// </summary>
public sealed class ResponseCache(long capacityBytes)
{
    /// <summary>The version, ETag, list node and dictionary slot of an entry (its key is counted by its length).</summary>
    private const int EntryOverhead = 512;

    // Keys hold the document's text and compare exactly: GraphQL names are case-sensitive.
    private readonly ByteBoundedCache<CachedResponse> _entries = new(capacityBytes, StringComparer.Ordinal);

    /// <summary>
    /// Random per process, in every ETag: versions restart when the process does, and an ETag handed out before a
    /// restart must not match an answer computed after it.
    /// </summary>
    private readonly byte[] _epoch = RandomNumberGenerator.GetBytes(16);

    private long _hits;
    private long _misses;

    public int Count => _entries.Count;

    /// <summary>The estimated bytes of the entries held; never above <see cref="CapacityBytes"/>.</summary>
    public long Bytes => _entries.Bytes;

    public long CapacityBytes => _entries.CapacityBytes;

    /// <summary>Requests answered from the cache (with the body, or a 304 for a client that holds it).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Cacheable requests that had to execute.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>
    /// The entry key of a request: the document (its text, or the hash of a persisted document sent without it), the
    /// operation name and the variables as JSON (in the order sent: the same variables in another order are another
    /// entry, a miss and never a wrong answer). The parts are kept whole and compared exactly rather than digested:
    /// hashing the text and the key (SHA-256, twice) was the handler's largest cost of an answer from the cache, and
    /// a dictionary that compares whole keys cannot confuse two requests.
    /// </summary>
    /// <param name="document">The text, or the hash of a persisted document (<paramref name="persisted"/>).</param>
    /// <returns>Null when the variables hold a number beyond a double's range (read as infinity), which has no JSON
    /// form: such a request is executed, and the executor answers it with its error.</returns>
    // One reading only: the operation name's length comes first, JSON escapes every line break within the variables
    // (so the first line break after the name ends them), and a text and a hash are told apart by the next character.
    public static string? Key(string document, bool persisted, string? operationName, IReadOnlyDictionary<string, object?>? variables) =>
        variables is not null && !Finite(variables) ? null
            : string.Concat(
                [(operationName?.Length ?? -1).ToString(CultureInfo.InvariantCulture), ":", operationName,
                 variables is null ? "" : JsonSerializer.Serialize(variables), persisted ? "\nh" : "\nq", document]);

    /// <summary>Whether every number in a request's JSON-shaped value (dictionaries, lists, doubles) is finite.</summary>
    private static bool Finite(object? value) => value switch
    {
        double number => double.IsFinite(number),
        IReadOnlyDictionary<string, object?> map => map.Values.All(Finite),
        IReadOnlyList<object?> list => list.All(Finite),
        _ => true,
    };

    /// <summary>A weak ETag (the same data, not promised the same bytes) from the request's key, the version and this process.</summary>
    public string ETag(string key, string version)
    {
        var bytes = Encoding.UTF8.GetBytes(key + "\n" + version);
        var hash = SHA256.HashData([.. _epoch, .. bytes]);
        return "W/\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    /// <summary>The response kept for this key, if it was computed at <paramref name="version"/>.</summary>
    public bool TryGet(string key, string version, out CachedResponse response)
    {
        if (_entries.TryGet(key, out response) && response.Version == version)
        {
            Interlocked.Increment(ref _hits);
            return true;
        }
        Interlocked.Increment(ref _misses);
        response = null!;
        return false;
    }

    public void Add(string key, CachedResponse response) =>
        _entries.Add(key, response, response.Body.Length + 2L * key.Length + EntryOverhead);
}
