namespace Tracker.GraphQL.Language;

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Directives applied to the directive definition itself (graphql-js 17 accepts these).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public bool Repeatable { get; init; }

    /// <summary>Location names as written (QUERY, FIELD_DEFINITION, ...).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
