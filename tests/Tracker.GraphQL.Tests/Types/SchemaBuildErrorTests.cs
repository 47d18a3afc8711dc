using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Types.SchemaTestHelpers;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// SDL that graphql-js 17.1.0 refuses to build: its SDL validation errors (with locations), or the error met
/// while building (an applied directive with an invalid argument). The cases are generated.
/// </summary>
public sealed partial class SchemaBuildErrorTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Fails_as_graphql_js_fails(string name, string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaBuildException>(() => Build(sdl, name));
        Assert.Equal(expected, ErrorText(exception.Errors));
        Assert.Equal(string.Join("\n\n", exception.Errors.Select(e => e.Message)), exception.Message);
    }

    [Fact]
    public void Unknown_type_without_sdl_validation_fails_with_graphql_js_invariant_message()
    {
        var document = Parser.Parse("type Query { a: Foo }");
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.Build(document, new SchemaBuildOptions { AssumeValidSdl = true }));
        Assert.Equal("Unknown type: \"Foo\".", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Syntax_errors_surface_from_the_parser()
    {
        var error = Assert.Throws<GraphQLError>(() => SchemaBuilder.Build("type Query {"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
    }
}
