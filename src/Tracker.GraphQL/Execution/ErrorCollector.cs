namespace Tracker.GraphQL.Execution;

/// <summary>
/// Field errors of one execution. Once an error has nulled a position, later errors from inside it are
/// dropped: that part of the response no longer exists (graphql-js 17's CollectedErrors).
/// </summary>
internal sealed class ErrorCollector
{
    // Both made with the first error: most executions have none.
    private HashSet<ResponsePath>? _nulledPositions;
    private List<GraphQLError>? _errors;
    // Its own monitor guards it (lock (this)): the collector is internal and never handed out, so nothing else can
    // take that lock, and no gate object is made for every execution.
    private bool _rootNulled;
    private int _count;

    public bool HasErrors => Volatile.Read(ref _count) > 0;

    public IReadOnlyList<GraphQLError> Snapshot()
    {
        if (Volatile.Read(ref _count) == 0)
        {
            // The usual case, without taking the lock.
            return [];
        }
        lock (this)
        {
            return _errors!.ToArray();
        }
    }

    /// <summary>Records an error whose value was nulled at <paramref name="path"/> (null for the whole response).</summary>
    public void Add(GraphQLError error, ResponsePath? path)
    {
        lock (this)
        {
            if (HasNulledPositionLocked(path))
            {
                return;
            }
            if (path is null)
            {
                _rootNulled = true;
            }
            else
            {
                (_nulledPositions ??= new HashSet<ResponsePath>(ReferenceEqualityComparer.Instance)).Add(path);
            }
            (_errors ??= []).Add(error);
            Volatile.Write(ref _count, _errors.Count);
        }
    }

    /// <summary>Whether an error nulled <paramref name="path"/> or a position containing it (null: the whole data).</summary>
    public bool HasNulledPosition(ResponsePath? path)
    {
        lock (this)
        {
            return HasNulledPositionLocked(path);
        }
    }

    private bool HasNulledPositionLocked(ResponsePath? path)
    {
        if (_nulledPositions is not { } nulled)
        {
            return _rootNulled;
        }
        for (var node = path; node is not null; node = node.Previous)
        {
            if (nulled.Contains(node))
            {
                return true;
            }
        }
        return _rootNulled;
    }
}
