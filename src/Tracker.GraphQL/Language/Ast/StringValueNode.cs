namespace Tracker.GraphQL.Language;

public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value after escapes (and, for block strings, indentation) are processed.</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a """block string""".</summary>
    public bool Block { get; init; }
}
