using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using static Tracker.GraphQL.Tests.Types.SchemaTestHelpers;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>printSchema against graphql-js 17.1.0: the cases (SDL and graphql-js's printSchema of it) are generated.</summary>
public sealed partial class SchemaPrinterTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_what_graphql_js_prints(string name, string sdl, string expected) =>
        Assert.Equal(expected, SchemaPrinter.PrintSchema(Build(sdl, name)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Printed_schema_builds_back_into_the_same_schema(string name, string sdl, string expected)
    {
        var printed = SchemaPrinter.PrintSchema(Build(sdl, name));
        Assert.Equal(expected, SchemaPrinter.PrintSchema(Build(printed, name + " (printed)")));
    }

    [Fact]
    public void Prints_single_types()
    {
        var schema = Build("""
            "An enum" enum E { A @deprecated(reason: "x") }
            type Query implements Node { id: ID! e(a: Int = 1): E }
            interface Node { id: ID! }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """);
        Assert.Equal("\"\"\"An enum\"\"\"\nenum E {\n  A @deprecated(reason: \"x\")\n}", SchemaPrinter.PrintType(schema.GetType("E")!));
        Assert.Equal("type Query implements Node {\n  id: ID!\n  e(a: Int = 1): E\n}", SchemaPrinter.PrintType(schema.GetType("Query")!));
        Assert.Equal("scalar Url @specifiedBy(url: \"https://url.spec.whatwg.org/\")", SchemaPrinter.PrintType(schema.GetType("Url")!));
        Assert.StartsWith("\"\"\"\nThe `ID` scalar type represents", SchemaPrinter.PrintType(SpecifiedScalars.ID), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_first_defaults_are_printed_through_their_type()
    {
        // graphql-js: printSchema(new GraphQLSchema({ query })) where the arguments have default: { value }.
        var color = new EnumType("Color");
        color.AddValue(new EnumValueDefinition("RED"));
        var input = new InputObjectType("Filter");
        input.AddField(new InputFieldDefinition("colors", new ListType(color)) { DefaultValue = new List<object?> { "RED" }, HasDefaultValueObject = true });
        input.AddField(new InputFieldDefinition("limit", SpecifiedScalars.Int) { DefaultValue = 10d, HasDefaultValueObject = true });
        var query = new ObjectType("Query");
        var field = query.AddField(new FieldDefinition("items", SpecifiedScalars.String));
        field.AddArgument(new ArgumentDefinition("filter", input) { DefaultValue = new Dictionary<string, object?> { ["limit"] = 3d }, HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("ratio", SpecifiedScalars.Float) { DefaultValue = 0.5, HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("name", SpecifiedScalars.String) { DefaultValue = null, HasDefaultValueObject = true });
        var schema = new GraphQLSchema(new SchemaConfig { Query = query });

        Assert.Equal(
            """
            type Query {
              items(filter: Filter = { limit: 3 }, ratio: Float = 0.5, name: String = null): String
            }

            input Filter {
              colors: [Color] = [RED]
              limit: Int = 10
            }

            enum Color {
              RED
            }
            """,
            SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Schema_without_types_prints_nothing()
    {
        var schema = new GraphQLSchema(new SchemaConfig());
        Assert.Equal(string.Empty, SchemaPrinter.PrintSchema(schema));
    }
}
