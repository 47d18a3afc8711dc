namespace Tracker.GraphQL.Language;

/// <summary>An input value literal (spec §2.9).</summary>
public abstract class ValueNode : Node
{
}
