namespace Tracker.GraphQL.Language;

internal sealed class ObjectFieldNode : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
