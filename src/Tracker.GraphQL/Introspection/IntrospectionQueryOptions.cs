namespace Tracker.GraphQL.Introspection;

/// <summary>Which optional parts the standard introspection query asks for (graphql-js IntrospectionOptions).</summary>
public sealed record IntrospectionQueryOptions
{
    public bool Descriptions { get; init; } = true;

    public bool SpecifiedByUrl { get; init; }

    public bool DirectiveIsRepeatable { get; init; }

    public bool SchemaDescription { get; init; }

    public bool InputValueDeprecation { get; init; }

    public bool DirectiveDeprecation { get; init; }

    public bool OneOf { get; init; }

    /// <summary>How many levels of <c>ofType</c> to follow (1-100).</summary>
    public int TypeDepth { get; init; } = 9;

    /// <summary>Everything on: what the playground asks for.</summary>
    public static IntrospectionQueryOptions All { get; } = new()
    {
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        DirectiveDeprecation = true,
        OneOf = true,
    };
}
