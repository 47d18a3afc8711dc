namespace Tracker.GraphQL.Language;

/// <summary>A Float literal, kept as written.</summary>
internal sealed class FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}
