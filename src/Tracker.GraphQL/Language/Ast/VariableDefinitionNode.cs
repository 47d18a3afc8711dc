namespace Tracker.GraphQL.Language;

public sealed class VariableDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>
    /// The variable's signature as the executor resolved it against a schema (<c>Execution.VariableSignature</c>),
    /// kept with the node: a parsed document is kept and shared by every request that sends it, and its variables'
    /// types are the same for each. Replaced whole, so a reader sees one schema's signature or another's, never a mix.
    /// </summary>
    internal object? ExecutionSignature { get; set; }
}
