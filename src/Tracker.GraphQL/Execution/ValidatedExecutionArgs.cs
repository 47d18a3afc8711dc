using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Everything one execution of one operation shares, once the request's arguments are checked: the operation chosen,
/// its fragments, the coerced variables, the resolvers (graphql-js 17's validated execution args). Not named
/// ExecutionContext, which would shadow System.Threading.ExecutionContext.
/// </summary>
internal sealed class ValidatedExecutionArgs
{
    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required Dictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required VariableValues Variables { get; init; }

    public required OperationExecution Shared { get; init; }

    public required FieldResolver FieldResolver { get; init; }

    public required TypeResolver TypeResolver { get; init; }

    public bool HideSuggestions { get; init; }

    /// <summary>The operation's field sets shared with its other executions, or null when this execution collects its own.</summary>
    public SharedFieldSets? SharedFields { get; init; }

    /// <summary>
    /// Whether a field error in a non-null position nulls the parent (spec §6.4.4); false when the operation
    /// carries graphql-js 17's <c>@experimental_disableErrorPropagation</c>.
    /// </summary>
    public bool ErrorPropagation { get; init; } = true;

    public ErrorCollector Errors { get; } = new();

    /// <summary>
    /// A set for the fragments one collection visits, kept between collections: every selection set that spreads a
    /// fragment needs one only while it is collected, and an execution collects many. Taken with an exchange, so two
    /// collections running at once (asynchronous resolvers) never share it: the second makes its own.
    /// </summary>
    private HashSet<string>? _spareVisitedFragments;

    /// <summary>Fragment sets larger than this are not kept: one huge document must not pin its set.</summary>
    private const int MaxKeptVisitedFragments = 64;

    public HashSet<string> RentVisitedFragments() =>
        Interlocked.Exchange(ref _spareVisitedFragments, null) ?? new HashSet<string>(StringComparer.Ordinal);

    public void ReturnVisitedFragments(HashSet<string> visited)
    {
        if (visited.Count > MaxKeptVisitedFragments)
        {
            return;
        }
        visited.Clear();
        Volatile.Write(ref _spareVisitedFragments, visited);
    }

    /// <summary>Records spans of slow resolvers; null (no listener, no threshold, subscription events) records none.</summary>
    public ResolverSpans? ResolverSpans { get; set; }

    /// <summary>
    /// Set when a request executed without incremental delivery meets an active <c>@defer</c> or <c>@stream</c>
    /// (possible only in a document that skipped validation): graphql-js aborts the execution with this error.
    /// </summary>
    public GraphQLError? UnexpectedIncrementalDelivery { get; set; }

    /// <summary>
    /// A context for one execution group or stream item of an incremental response: the same operation and
    /// variables, errors of its own (graphql-js gives each its own executor).
    /// </summary>
    public ValidatedExecutionArgs ForIncrementalWork() => new()
    {
        Schema = Schema,
        Operation = Operation,
        Fragments = Fragments,
        Variables = Variables,
        Shared = Shared,
        FieldResolver = FieldResolver,
        TypeResolver = TypeResolver,
        HideSuggestions = HideSuggestions,
        ErrorPropagation = ErrorPropagation,
        SharedFields = SharedFields,
    };

    /// <summary>
    /// The context for executing one subscription event (graphql-js mapSourceToResponseEvent): the same
    /// operation, fragments and coerced variables, the event as root value, and errors of its own; the event's own
    /// services when the host gives it a scope (<see cref="ExecutionArgs.EventScope"/>).
    /// </summary>
    public ValidatedExecutionArgs ForEvent(object? payload, CancellationToken cancellationToken, IServiceProvider? services = null) => new()
    {
        Schema = Schema,
        Operation = Operation,
        Fragments = Fragments,
        Variables = Variables,
        Shared = new OperationExecution
        {
            Schema = Shared.Schema,
            Document = Shared.Document,
            Operation = Shared.Operation,
            Fragments = Shared.Fragments,
            VariableValues = Shared.VariableValues,
            RootValue = payload,
            UserContext = Shared.UserContext,
            Services = services ?? Shared.Services,
            CancellationToken = cancellationToken,
        },
        FieldResolver = FieldResolver,
        TypeResolver = TypeResolver,
        HideSuggestions = HideSuggestions,
        ErrorPropagation = ErrorPropagation,
    };

    public CancellationToken CancellationToken => Shared.CancellationToken;

    /// <summary>
    /// Finds the operation to run and the fragments (spec §6.1 GetOperation), or explains why it cannot.
    /// </summary>
    public static (OperationDefinitionNode? Operation, Dictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error) SelectOperation(
        DocumentNode document,
        string? operationName)
    {
        OperationDefinitionNode? operation = null;
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        if (operation is not null)
                        {
                            return (null, fragments ?? NoFragments, new GraphQLError("Must provide operation name if query contains multiple operations."));
                        }
                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation = candidate;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    (fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
                    break;
            }
        }
        if (operation is null)
        {
            return (null, fragments ?? NoFragments, new GraphQLError(operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation."));
        }
        return (operation, fragments ?? NoFragments, null);
    }

    /// <summary>
    /// The fragments of a document without any (most small queries), shared instead of made for every execution.
    /// Never written: fragments are added only to a table <see cref="SelectOperation"/> makes for its document.
    /// </summary>
    private static readonly Dictionary<string, FragmentDefinitionNode> NoFragments = new(StringComparer.Ordinal);
}
