using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Everything one execution needs.</summary>
public sealed record ExecutionArgs
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values as JSON-shaped CLR values (maps, lists, strings, numbers, booleans, null).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public object? RootValue { get; init; }

    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Used for fields with no resolver; null means the built-in property/dictionary reader.</summary>
    public FieldResolver? DefaultFieldResolver { get; init; }

    /// <summary>Used for abstract types with no type resolver; null means the built-in <c>__typename</c>/IsTypeOf logic.</summary>
    public TypeResolver? DefaultTypeResolver { get; init; }

    /// <summary>Pending batches (DataLoaders) the executor dispatches whenever no other work can run.</summary>
    public IBatchDispatcher? BatchDispatcher { get; init; }

    /// <summary>
    /// Subscriptions only: opens the scope each event is executed in (its services and batch dispatcher), so that a
    /// long-lived subscription resolves every event on fresh data rather than on what its DataLoaders cached for
    /// the first one. Opening it may wait (a host bounding how many events execute at once); the token is the
    /// subscription's, so a subscription ended while its event waits stops waiting. Null: every event shares
    /// <see cref="Services"/> and <see cref="BatchDispatcher"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<SubscriptionEventScope>>? EventScope { get; init; }

    /// <summary>Omit "Did you mean" suggestions from coercion errors.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Most variable coercion errors reported before giving up (graphql-js maxCoercionErrors).</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>Traces (execution, slow resolvers) go through it while something listens; null records nothing.</summary>
    public GraphQLTelemetry? Telemetry { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
