using System.Buffers;

namespace Tracker.GraphQL.Language;

/// <summary>
/// The strings of one document's names: a document repeats its names (an introspection query says "name" and
/// "ofType" dozens of times, a dashboard its fields and fragments), and each repetition then shares the first
/// one's string instead of allocating its own. A small direct-mapped table: a slot whose name differs is
/// replaced, so the cache never grows; its array is rented for the parse and given back by <see cref="Release"/>.
/// </summary>
internal struct NameCache()
{
    private const int Slots = 32;

    private string?[] _names = ArrayPool<string?>.Shared.Rent(Slots);

    public string Get(string body, int start, int length)
    {
        var text = body.AsSpan(start, length);
        // Length and the first and last characters tell most names of one document apart, at no hashing cost.
        var slot = (length * 7 + text[0] * 31 + text[^1]) & (Slots - 1);
        if (_names[slot] is { } cached && text.SequenceEqual(cached))
        {
            return cached;
        }
        return _names[slot] = body.Substring(start, length);
    }

    public void Release()
    {
        ArrayPool<string?>.Shared.Return(_names, clearArray: true);
        _names = [];
    }
}
