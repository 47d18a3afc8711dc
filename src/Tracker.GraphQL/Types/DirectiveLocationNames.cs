namespace Tracker.GraphQL.Types;

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
