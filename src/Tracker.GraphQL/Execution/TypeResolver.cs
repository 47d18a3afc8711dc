using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>Names the object type of a value of an abstract type; null means it could not tell.</summary>
public delegate ValueTask<string?> TypeResolver(object value, ResolveFieldContext context, NamedType abstractType);
