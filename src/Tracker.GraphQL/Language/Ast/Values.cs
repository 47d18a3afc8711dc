namespace Tracker.GraphQL.Language;

/// <summary>An input value literal (spec §2.9).</summary>
public abstract class ValueNode : Node
{
}

public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}

/// <summary>An Int literal, kept as written: coercion decides whether it fits.</summary>
internal sealed class IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    public required string Value { get; init; }
}

/// <summary>A Float literal, kept as written.</summary>
internal sealed class FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}

public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value after escapes (and, for block strings, indentation) are processed.</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a """block string""".</summary>
    public bool Block { get; init; }
}

public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public required bool Value { get; init; }
}

internal sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

internal sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}

internal sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}

internal sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

internal sealed class ObjectFieldNode : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
