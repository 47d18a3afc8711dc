namespace Tracker.GraphQL.Types;

/// <summary><c>T!</c>: wraps a named or list type, never another non-null.</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }
        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}
