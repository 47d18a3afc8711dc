namespace Tracker.GraphQL.Types;

/// <summary>The SDL could not be turned into a schema; <see cref="Errors"/> says why, each with its location.</summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
