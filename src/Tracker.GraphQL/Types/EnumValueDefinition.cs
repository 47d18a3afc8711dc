using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;

    /// <summary>The internal value; null means the name.</summary>
    public object? Value { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; set; }

    public EnumType ParentType { get; internal set; } = null!;

    public string Coordinate => $"{ParentType?.Name}.{Name}";

    public override string ToString() => Coordinate;
}
