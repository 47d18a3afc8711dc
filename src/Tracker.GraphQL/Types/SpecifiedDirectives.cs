namespace Tracker.GraphQL.Types;

/// <summary>The directives the specification defines (spec §3.13), with graphql-js 17's descriptions.</summary>
internal static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = Conditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    public static DirectiveDefinition Skip { get; } = Conditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    public static DirectiveDefinition OneOf { get; } = new("oneOf")
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = [DirectiveLocation.InputObject],
        IsSpecified = true,
    };

    /// <summary>In graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedDirective(DirectiveDefinition directive) =>
        All.Any(d => d.Name == directive.Name);

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name)
        {
            Description = description,
            Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            IsSpecified = true,
        };
        directive.AddArgument(new ArgumentDefinition("if", new NonNullType(SpecifiedScalars.Boolean)) { Description = argumentDescription });
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated")
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
            Locations =
            [
                DirectiveLocation.FieldDefinition,
                DirectiveLocation.ArgumentDefinition,
                DirectiveLocation.InputFieldDefinition,
                DirectiveLocation.EnumValue,
                DirectiveLocation.DirectiveDefinition,
            ],
            IsSpecified = true,
        };
        directive.AddArgument(new ArgumentDefinition("reason", new NonNullType(SpecifiedScalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = DefaultDeprecationReason,
            HasDefaultValueObject = true,
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy")
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
            Locations = [DirectiveLocation.Scalar],
            IsSpecified = true,
        };
        directive.AddArgument(new ArgumentDefinition("url", new NonNullType(SpecifiedScalars.String))
        {
            Description = "The URL that specifies the behavior of this scalar.",
        });
        return directive;
    }
}
