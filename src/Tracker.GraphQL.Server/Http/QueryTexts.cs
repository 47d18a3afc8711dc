using System.Text.Json;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The query texts last read from request bodies, by the bytes they arrived as: a dashboard sends the same few
/// queries again and again, and decoding each one's JSON string made a new string of twice its length (kilobytes for
/// a real dashboard query, 7% of a small query's allocation) only for the document cache to find the document
/// it already had under an equal text. A text seen again is the same string, decoded once.
/// </summary>
/// <remarks>
/// Keyed by the JSON string's raw bytes, escapes and all (equal raw bytes decode to the same text, and were checked to
/// be UTF-8 when first decoded). A fixed table of <see cref="Slots"/> slots, each holding the last text hashed to it,
/// no longer than <see cref="MaxBytes"/>: at most about 6 MB in all, whatever arrives. The hash is seeded per process
/// (<see cref="HashCode"/>), so a sender cannot aim texts at one slot; texts that evict each other cost a copy of
/// their bytes, nothing else. An entry is immutable and replaced whole, so readers need no lock.
/// </remarks>
internal sealed class QueryTexts
{
    /// <summary>The table request bodies are read with.</summary>
    public static QueryTexts Shared { get; } = new();

    /// <summary>A power of two, so a slot is the hash's low bits.</summary>
    internal const int Slots = 256;

    /// <summary>Longer texts (rare: the densest real dashboard query is a few kilobytes) are decoded every time.</summary>
    internal const int MaxBytes = 8 * 1024;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>The text of the JSON string the reader is on, the same string as last time for the same bytes.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }
        var raw = reader.ValueSpan;
        var hash = new HashCode();
        hash.AddBytes(raw);
        ref var slot = ref _entries[hash.ToHashCode() & (Slots - 1)];
        var entry = Volatile.Read(ref slot);
        if (entry is not null && raw.SequenceEqual(entry.Raw))
        {
            return entry.Text;
        }
        // Decoding throws on bytes that are not UTF-8 and on an escaped lone surrogate, before anything is kept.
        var text = reader.GetString()!;
        Volatile.Write(ref slot, new Entry(raw.ToArray(), text));
        return text;
    }

    private sealed record Entry(byte[] Raw, string Text);
}
