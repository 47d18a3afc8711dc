using System.Diagnostics.CodeAnalysis;

namespace Tracker.GraphQL.Execution.Limits;

/// <summary>
/// A request's variables as the limits analysis sees them, noting whether it looked any up. An analysis that never
/// did (every page size and filter written in the document) gives the same verdict for any variables, so a host may
/// keep that verdict with the document instead of measuring the operation again for every request.
/// </summary>
internal sealed class VariableReads(IReadOnlyDictionary<string, object?> variables) : IReadOnlyDictionary<string, object?>
{
    public bool WasRead { get; private set; }

    public object? this[string key] => Read()[key];

    public IEnumerable<string> Keys => Read().Keys;

    public IEnumerable<object?> Values => Read().Values;

    public int Count => Read().Count;

    public bool ContainsKey(string key) => Read().ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Read().TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Read().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyDictionary<string, object?> Read()
    {
        WasRead = true;
        return variables;
    }
}
