namespace Tracker.GraphQL.Types;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> (incremental delivery), as graphql-js 17 defines them
/// (<c>GraphQLDeferDirective</c>, <c>GraphQLStreamDirective</c>). They are not in the specification yet, so like
/// graphql-js they are not among <see cref="SpecifiedDirectives.All"/>: a schema opts in by declaring them in its
/// SDL (<see cref="Sdl"/> is the declaration) or by listing these definitions in <see cref="SchemaConfig.Directives"/>.
/// A schema that has them is executed with <c>Executor.ExecuteIncrementallyAsync</c>.
/// </summary>
internal static class IncrementalDirectives
{
    public static DirectiveDefinition Defer { get; } = CreateDefer();

    public static DirectiveDefinition Stream { get; } = CreateStream();

    /// <summary>Both, in graphql-js's order, for <see cref="SchemaConfig.Directives"/> after the specified ones.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Defer, Stream];

    /// <summary>The two declarations as SDL, for schemas written in SDL (printSchema prints exactly this).</summary>
    public const string Sdl = """
        directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD
        """;

    private static DirectiveDefinition CreateDefer()
    {
        var directive = new DirectiveDefinition("defer")
        {
            Description = "Directs the executor to defer this fragment when the `if` argument is true or undefined.",
            Locations = [DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        };
        directive.AddArgument(If("Deferred when true or undefined."));
        directive.AddArgument(Label());
        return directive;
    }

    private static DirectiveDefinition CreateStream()
    {
        var directive = new DirectiveDefinition("stream")
        {
            Description = "Directs the executor to stream plural fields when the `if` argument is true or undefined.",
            Locations = [DirectiveLocation.Field],
        };
        directive.AddArgument(new ArgumentDefinition("initialCount", new NonNullType(SpecifiedScalars.Int))
        {
            Description = "Number of items to return immediately",
            DefaultValue = 0,
            HasDefaultValueObject = true,
        });
        directive.AddArgument(If("Stream when true or undefined."));
        directive.AddArgument(Label());
        return directive;
    }

    private static ArgumentDefinition If(string description) => new("if", new NonNullType(SpecifiedScalars.Boolean))
    {
        Description = description,
        DefaultValue = true,
        HasDefaultValueObject = true,
    };

    private static ArgumentDefinition Label() => new("label", SpecifiedScalars.String) { Description = "Unique name" };
}
