namespace Tracker.GraphQL.Language;

/// <summary>
/// Base of the immutable AST. Lists are never null: an absent list (no arguments, no directives)
/// is an empty one, so consumers never branch on null.
/// </summary>
public abstract class Node
{
    // The location is stored unpacked: a Location? field would cost 24 bytes per node, these cost 16,
    // and a parsed document has a node for almost every token.
    private Source? _source;
    private int _start;
    private int _end;

    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from; null for nodes built in code.</summary>
    public Location? Location
    {
        get => _source is null ? null : new Location(_start, _end, _source);
        init
        {
            _source = value?.Source;
            _start = value?.Start ?? 0;
            _end = value?.End ?? 0;
        }
    }
}
