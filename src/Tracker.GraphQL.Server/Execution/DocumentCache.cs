using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Documents that parsed, validated and passed the limits, by their text, so a dashboard repeating the same query
/// skips parsing and validation. Bounded by bytes: each document counts for an estimate of its footprint from the
/// length of its text, least recently used evicted first.
/// </summary>
/// <remarks>
/// Keyed by the text itself, compared exactly, not by its SHA-256: hashing every request's document was a tenth of a
/// small query's work on the server, and the text costs no room of its own (the parsed document keeps it).
/// <see cref="Hash"/> remains for persisted documents, which are named by it.
/// </remarks>
public sealed class DocumentCache(long capacityBytes)
{
    /// <summary>
    /// Bytes a parsed document holds per character of its text: the text itself (UTF-16, kept by the AST's
    /// locations) and the AST, which grows with the tokens and so with the text. 80 bounds what was measured:
    /// 74 for the densest document the grammar allows (<c>{ a a a ... }</c>, a field node per two characters),
    /// 16 for 4,990 aliases, 10 to 16 for real dashboard and introspection queries, 2 for a long comment.
    /// </summary>
    public const int BytesPerCharacter = 80;

    /// <summary>The entry itself: its list node and dictionary slot (its key is the text the document already holds).</summary>
    private const int EntryOverhead = 512;

    private readonly ByteBoundedCache<DocumentNode> _entries = new(capacityBytes, StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The estimated bytes of the documents held; never above the capacity.</summary>
    public long Bytes => _entries.Bytes;

    public long CapacityBytes => _entries.CapacityBytes;

    /// <summary>The SHA-256 of a text in lower-case hex: the name of a persisted document (APQ's <c>sha256Hash</c>).</summary>
    public static string Hash(string text)
    {
        // The UTF-8 bytes go to a rented buffer and the digest to the stack: only the hex name needs allocating.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>An upper bound of the memory a parsed document of this text holds.</summary>
    public static long EstimateBytes(string text) => (long)text.Length * BytesPerCharacter + EntryOverhead;

    public bool TryGet(string text, out DocumentNode document) => _entries.TryGet(text, out document);

    /// <summary>Keeps a document that passed parsing, validation and the limits, under its text, which also sizes it.</summary>
    public void Add(string text, DocumentNode document) => _entries.Add(text, document, EstimateBytes(text));
}
