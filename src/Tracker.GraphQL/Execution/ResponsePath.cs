namespace Tracker.GraphQL.Execution;

/// <summary>
/// The path of a value in the response (spec §7.1.2 "path"), as an immutable linked list so that
/// each field adds one small node instead of copying the whole path.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    public static ResponsePath Root(string key) => new(null, key);

    public ResponsePath Append(string key) => new(this, key);

    /// <summary>A list item's path; small indexes share their boxes (a list of n items would otherwise box n ints).</summary>
    public ResponsePath Append(int index) => new(this, Boxes.Int(index));

    /// <summary>The path from the root, as the response's <c>path</c> array lists it.</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var node = this; node is not null; node = node.Previous)
        {
            keys.Add(node.Key);
        }
        keys.Reverse();
        return keys;
    }

    public override string ToString() => string.Join('.', ToList());
}
