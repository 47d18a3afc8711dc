namespace Tracker.GraphQL.Language;

internal sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}
