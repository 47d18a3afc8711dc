namespace Tracker.GraphQL.Language;

/// <summary>A reference to a type in a document: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode : Node
{
}

public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}

internal sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}

internal sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>A named or list type: never another non-null.</summary>
    public required TypeNode Type { get; init; }
}
