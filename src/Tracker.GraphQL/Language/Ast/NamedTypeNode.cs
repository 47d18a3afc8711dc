namespace Tracker.GraphQL.Language;

public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}
