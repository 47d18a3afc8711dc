namespace Tracker.GraphQL.Language;

internal sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}
