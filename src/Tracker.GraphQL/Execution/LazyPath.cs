namespace Tracker.GraphQL.Execution;

/// <summary>
/// A field's response path, built only when something needs it. A field returning a scalar or an enum has no
/// children whose paths would extend it: its path is only ever needed for an error or by a resolver that asks,
/// so most leaf fields never allocate one.
/// </summary>
internal readonly struct LazyPath
{
    private readonly ResponsePath? _path;
    private readonly ResponsePath? _parent;
    private readonly string? _key;

    public LazyPath(ResponsePath path) => _path = path;

    public LazyPath(ResponsePath? parent, string key)
    {
        _parent = parent;
        _key = key;
    }

    /// <summary>The path; built anew on each call when it was not given, which is fine for leaves (nothing refers to them).</summary>
    public ResponsePath Get() => _path ?? (_parent is null ? ResponsePath.Root(_key!) : _parent.Append(_key!));

    public static implicit operator LazyPath(ResponsePath path) => new(path);
}
