namespace Tracker.GraphQL.Language;

public sealed class NameNode : Node
{
    public NameNode(string value) => Value = value;

    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; }

    public override string ToString() => Value;
}
