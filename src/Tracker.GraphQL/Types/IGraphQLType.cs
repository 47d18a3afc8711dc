namespace Tracker.GraphQL.Types;

/// <summary>Any type of the type system: a named type, or a list or non-null wrapper around one (spec §3).</summary>
public interface IGraphQLType
{
}
