using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// The slots of one binding of a schema (<see cref="ResolverInstances"/>): one per resolver class, numbered as the
/// resolvers are compiled, all given before any execution asks.
/// </summary>
internal sealed class ResolverSlots
{
    private readonly Dictionary<Type, int> _byType = [];

    public ResolverSlots() => Create = execution => new ResolverInstances(execution, this);

    /// <summary>Made once, so that asking for an execution's instances allocates no delegate.</summary>
    public Func<OperationExecution, ResolverInstances> Create { get; }

    public int SlotOf(Type type)
    {
        if (!_byType.TryGetValue(type, out var slot))
        {
            slot = _byType.Count;
            _byType.Add(type, slot);
        }
        return slot;
    }
}
