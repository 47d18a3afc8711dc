using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Produces a field's value. May complete synchronously (the common case) without allocating.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>Produces the source event stream of a subscription root field (spec §6.2.3.1).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveFieldContext context);

/// <summary>Names the object type of a value of an abstract type; null means it could not tell.</summary>
public delegate ValueTask<string?> TypeResolver(object value, ResolveFieldContext context, NamedType abstractType);
