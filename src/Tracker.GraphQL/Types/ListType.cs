namespace Tracker.GraphQL.Types;

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(IGraphQLType ofType) : IGraphQLType
{
    public IGraphQLType OfType { get; } = ofType;

    public override string ToString() => $"[{OfType}]";
}
