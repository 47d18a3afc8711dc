namespace Tracker.GraphQL.Execution;

/// <summary>Produces the source event stream of a subscription root field (spec §6.2.3.1).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveFieldContext context);
