using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Values by name as coercion makes them: a field's or directive's arguments, an operation's variables. Usually a
/// handful, so they are kept in two arrays in the order they were set and found by comparing names, where a
/// <see cref="Dictionary{TKey, TValue}"/> made a table, its buckets and entries, and hashed every name in and out;
/// past <see cref="IndexThreshold"/> names a table is made after all. Read-only once coercion returns it.
/// </summary>
internal sealed class NamedValues : IReadOnlyDictionary<string, object?>
{
    private const int IndexThreshold = 8;

    private string[] _names;

    private object?[] _values;

    private int _count;

    private Dictionary<string, int>? _index;

    public NamedValues(int capacity)
    {
        _names = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    /// <summary>Sets the value of <paramref name="name"/>, in place if it has one, else after the others.</summary>
    public void Set(string name, object? value)
    {
        var at = IndexOf(name);
        if (at >= 0)
        {
            _values[at] = value;
            return;
        }
        if (_count == _names.Length)
        {
            var size = Math.Max(4, _count * 2);
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
        }
        _names[_count] = name;
        _values[_count] = value;
        _count++;
        if (_index is not null)
        {
            _index[name] = _count - 1;
        }
        else if (_count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _index[_names[i]] = i;
            }
        }
    }

    private int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var found) ? found : -1;
        }
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public int Count => _count;

    public object? this[string key] => IndexOf(key) is var at and >= 0 ? _values[at] : throw new KeyNotFoundException($"The name \"{key}\" has no value.");

    public IEnumerable<string> Keys => _names.Take(_count);

    public IEnumerable<object?> Values => _values.Take(_count);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
