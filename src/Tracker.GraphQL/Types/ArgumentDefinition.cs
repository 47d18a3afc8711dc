namespace Tracker.GraphQL.Types;

public sealed class ArgumentDefinition(string name, IGraphQLType type) : InputValueDefinition(name, type)
{
    /// <summary>The field or directive declaring the argument.</summary>
    public object Parent { get; internal set; } = null!;

    public override string Coordinate => Parent switch
    {
        FieldDefinition owner => $"{owner.Coordinate}({Name}:)",
        DirectiveDefinition directive => $"@{directive.Name}({Name}:)",
        _ => $"({Name}:)",
    };
}
