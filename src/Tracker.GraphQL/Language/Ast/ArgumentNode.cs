namespace Tracker.GraphQL.Language;

public sealed class ArgumentNode : Node
{
    public override NodeKind Kind => NodeKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
