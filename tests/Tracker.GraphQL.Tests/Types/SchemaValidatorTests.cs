using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Types.SchemaTestHelpers;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// validateSchema against graphql-js 17.1.0: each generated case is SDL and the errors graphql-js reports
/// for it, in order, with their locations (an empty expectation means a valid schema).
/// </summary>
public sealed partial class SchemaValidatorTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_what_graphql_js_reports(string name, string sdl, string expected) =>
        Assert.Equal(expected, ErrorText(SchemaValidator.Validate(Build(sdl, name))));

    [Fact]
    public void Result_is_cached_on_the_schema()
    {
        var schema = Build("type Query { a: Int } type Empty");
        var first = SchemaValidator.Validate(schema);
        Assert.Single(first);
        Assert.Same(first, SchemaValidator.Validate(schema));
    }

    [Fact]
    public void AssertValid_throws_every_error()
    {
        var schema = Build("type Query { __a: Int } enum E");
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaValidator.AssertValid(schema));
        Assert.Equal(
            "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.\n\nEnum type E must define one or more values.",
            exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void AssertValid_accepts_a_valid_schema()
    {
        var schema = Build("type Query { a: Int }");
        SchemaValidator.AssertValid(schema);
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Assume_valid_skips_validation()
    {
        var schema = SchemaBuilder.Build("type Query { __a: Int }", new SchemaBuildOptions { AssumeValid = true });
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Directive_without_locations_is_reported()
    {
        // Only a code-first directive can have no location: SDL requires one.
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", SpecifiedScalars.Int));
        var schema = new GraphQLSchema(new SchemaConfig { Query = query, Directives = [new DirectiveDefinition("nolocs")] });
        Assert.Equal("Directive @nolocs must include 1 or more locations.", ErrorText(SchemaValidator.Validate(schema)));
    }

    [Fact]
    public void Code_first_defaults_given_as_internal_values_are_named_in_their_external_form()
    {
        // graphql-js 17.1.0 with the same schema built in JavaScript (default: { value }).
        var color = new EnumType("C2");
        color.AddValue(new EnumValueDefinition("RED") { Value = "red" });
        color.AddValue(new EnumValueDefinition("BLUE") { Value = 2 });
        var query = new ObjectType("Query");
        var field = query.AddField(new FieldDefinition("f", SpecifiedScalars.Int));
        field.AddArgument(new ArgumentDefinition("a", color) { DefaultValue = "red", HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("b", SpecifiedScalars.String) { DefaultValue = 5d, HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("c", new ListType(color)) { DefaultValue = new List<object?> { "red", 2 }, HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("d", SpecifiedScalars.Int) { DefaultValue = "x", HasDefaultValueObject = true });
        field.AddArgument(new ArgumentDefinition("e", color) { DefaultValue = "RED", HasDefaultValueObject = true });
        var schema = new GraphQLSchema(new SchemaConfig { Query = query });

        Assert.Equal(
            """
            Query.f(a:) has invalid default value: "red". Did you mean: "RED"?
            Query.f(b:) has invalid default value: 5. Did you mean: "5"?
            Query.f(c:) has invalid default value: ["red", 2]. Did you mean: ["RED", "BLUE"]?
            Query.f(d:) has invalid default value: Int cannot represent non-integer value: "x"
            """,
            ErrorText(SchemaValidator.Validate(schema)));
    }

    [Fact]
    public void Code_first_schema_lists_types_in_graphql_js_order()
    {
        // new GraphQLSchema({ query: Query, types: [B, I] }) in graphql-js 17.1.0.
        var a = new ObjectType("A");
        a.AddField(new FieldDefinition("x", SpecifiedScalars.Int));
        var b = new ObjectType("B");
        b.AddField(new FieldDefinition("a", a));
        b.AddField(new FieldDefinition("s", SpecifiedScalars.String));
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("b", b));
        query.AddField(new FieldDefinition("f", SpecifiedScalars.Float));
        var input = new InputObjectType("I");
        input.AddField(new InputFieldDefinition("x", SpecifiedScalars.ID));
        var schema = new GraphQLSchema(new SchemaConfig { Query = query, Types = [b, input] });

        Assert.Equal(
            "B,A,Int,String,I,ID,Query,Float,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation",
            string.Join(",", schema.TypeMap.Keys));
        Assert.Empty(SchemaValidator.Validate(schema));
    }
}
