namespace Tracker.GraphQL.Execution;

/// <summary>Produces a field's value. May complete synchronously (the common case) without allocating.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);
