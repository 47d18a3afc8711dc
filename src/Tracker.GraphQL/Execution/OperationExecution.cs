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
}
