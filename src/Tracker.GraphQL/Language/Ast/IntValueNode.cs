namespace Tracker.GraphQL.Language;

/// <summary>An Int literal, kept as written: coercion decides whether it fits.</summary>
internal sealed class IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    public required string Value { get; init; }
}
