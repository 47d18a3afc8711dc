using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>A directive the schema declares (spec §3.13).</summary>
public sealed class DirectiveDefinition(string name)
{
    private readonly List<ArgumentDefinition> _arguments = [];

    public string Name { get; } = name;

    public string? Description { get; set; }

    public bool IsRepeatable { get; set; }

    /// <summary>graphql-js 17 lets <c>@deprecated</c> apply to directive definitions.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveLocation> Locations { get; set; } = [];

    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>The <c>extend directive</c> definitions applied to it.</summary>
    public IReadOnlyList<DirectiveExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>Whether this is a directive the specification defines (skip, include, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified { get; init; }

    public ArgumentDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    public ArgumentDefinition AddArgument(ArgumentDefinition argument)
    {
        argument.Parent = this;
        _arguments.Add(argument);
        return argument;
    }

    public override string ToString() => $"@{Name}";
}

/// <summary>Where a directive may appear (spec §3.13, <c>DirectiveLocations</c>).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    FragmentVariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
    DirectiveDefinition,
}

internal static class DirectiveLocationNames
{
    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Enum.GetValues<DirectiveLocation>().ToDictionary(ToSpecName, l => l, StringComparer.Ordinal);

    /// <summary>The name as the spec writes it: <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.FragmentVariableDefinition => "FRAGMENT_VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        DirectiveLocation.DirectiveDefinition => "DIRECTIVE_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);
}
