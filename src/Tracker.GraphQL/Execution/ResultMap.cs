using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// An object in the response: keys in selection order, backed by two arrays sized to the number of
/// collected fields, so building a result costs little more than one array per object instead of a hash table.
/// Lookups are linear, which is cheaper than hashing for the handful of keys an object has.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values;

    /// <summary>
    /// The selection set (a <see cref="GroupedFieldSet"/>) while this map's keys are exactly its keys, else the map's own
    /// <c>string[]</c>: one field for both, so that a map, made for every object of a response, is no larger for sharing.
    /// </summary>
    private object _keys;

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>
    /// A map whose keys are, in the usual case, exactly <paramref name="expectedKeys"/>: every object completed
    /// for one selection set shares that array, so each object costs only its values. A map whose keys turn out
    /// different (a field left out) copies them first.
    /// </summary>
    internal ResultMap(GroupedFieldSet fields)
    {
        _keys = fields;
        _values = new object?[fields.Keys.Length];
    }

    private string[] Names => _keys as string[] ?? ((GroupedFieldSet)_keys).Keys;

    /// <summary>The keys as JSON text when they are the selection set's, written often enough to be worth it; else null.</summary>
    internal System.Text.Json.JsonEncodedText[]? EncodedKeys => (_keys as GroupedFieldSet)?.EncodedKeys();

    public int Count { get; private set; }

    public IEnumerable<string> Keys => Names.Take(Count);

    public IEnumerable<object?> Values => _values.Take(Count);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal int Add(string key, object? value)
    {
        var index = Count++;
        var names = Names;
        if (!ReferenceEquals(names[index], key))
        {
            if (_keys is GroupedFieldSet)
            {
                names = (string[])names.Clone();
                _keys = names;
            }
            names[index] = key;
        }
        _values[index] = value;
        return index;
    }

    internal void SetAt(int index, object? value) => _values[index] = value;

    public string KeyAt(int index) => Names[index];

    public object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, object?>(Names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(Names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
