namespace Tracker.GraphQL.Language;

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>An <c>extend scalar|type|interface|union|enum|input</c> definition.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

internal sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

internal sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

internal sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

internal sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

internal sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

internal sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>extend directive @name @applied</c>: graphql-js 17's directives-on-directives extension.</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.DirectiveExtension;

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
