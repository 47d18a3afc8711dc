namespace Tracker.GraphQL.Server.Binding;

/// <summary>The resolvers do not fit the schema; <see cref="Problems"/> lists every mismatch at once.</summary>
public sealed class BindingException(IReadOnlyList<string> problems)
    : Exception("The GraphQL schema and its resolvers do not fit:\n  - " + string.Join("\n  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
