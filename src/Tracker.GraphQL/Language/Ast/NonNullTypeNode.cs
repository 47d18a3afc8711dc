namespace Tracker.GraphQL.Language;

internal sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>A named or list type: never another non-null.</summary>
    public required TypeNode Type { get; init; }
}
