namespace Tracker.GraphQL.Language;

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

public sealed class OperationTypeDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}

/// <summary>A named type's definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

internal sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

internal sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

internal sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

internal sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

internal sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

internal sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class FieldDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class EnumValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

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
