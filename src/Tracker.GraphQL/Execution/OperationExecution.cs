using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>What is shared by every field of one operation's execution.</summary>
public sealed class OperationExecution
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public object? RootValue { get; init; }

    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    public CancellationToken CancellationToken { get; init; }

    private object? _hostState;

    /// <summary>
    /// What the host keeps for this execution and no longer, made by <paramref name="create"/> on first use (two
    /// fields asking at once may both make one; the first stored is kept). The server keeps its resolver classes'
    /// instances here: a field resolved for every item of a list then asks the DI scope once, not once per item.
    /// </summary>
    public T HostState<T>(Func<OperationExecution, T> create)
        where T : class
    {
        if (Volatile.Read(ref _hostState) is T kept)
        {
            return kept;
        }
        var made = create(this);
        return Interlocked.CompareExchange(ref _hostState, made, null) as T ?? made;
    }

    /// <summary>
    /// The arguments of shared field groups (<see cref="FieldGroup.ArgumentSlot"/>) as this execution coerced them:
    /// they depend on its variables, so they are kept here, not with the groups every execution of the operation reads.
    /// </summary>
    private IReadOnlyDictionary<string, object?>?[]? _sharedArguments;

    /// <summary>The arguments kept for <paramref name="group"/> in this execution, if any.</summary>
    internal IReadOnlyDictionary<string, object?>? ArgumentsOf(FieldGroup group)
    {
        var slot = group.ArgumentSlot;
        if (slot < 0)
        {
            return group.Arguments;
        }
        var kept = Volatile.Read(ref _sharedArguments);
        return kept is not null && slot < kept.Length ? kept[slot] : null;
    }

    /// <summary>
    /// Keeps <paramref name="group"/>'s arguments for the rest of this execution. Two writers at once (work completing
    /// on two threads) can at worst lose one's entry, which is then coerced again: a slot only ever holds its group's.
    /// The table is first made for the <paramref name="slotsGiven"/> slots the operation's groups hold so far (one, for
    /// a query with one field taking arguments), and grows if more are given meanwhile.
    /// </summary>
    internal void KeepArguments(FieldGroup group, IReadOnlyDictionary<string, object?> arguments, int slotsGiven)
    {
        var slot = group.ArgumentSlot;
        if (slot < 0)
        {
            group.Arguments = arguments;
            return;
        }
        var kept = Volatile.Read(ref _sharedArguments);
        if (kept is null || slot >= kept.Length)
        {
            var grown = new IReadOnlyDictionary<string, object?>?[Math.Max(slot + 1, kept is null ? slotsGiven : kept.Length * 2)];
            kept?.CopyTo(grown, 0);
            kept = grown;
            Volatile.Write(ref _sharedArguments, grown);
        }
        kept[slot] = arguments;
    }
}
