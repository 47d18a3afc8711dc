using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using static Tracker.GraphQL.Tests.Introspection.IntrospectionSamples;

namespace Tracker.GraphQL.Tests.Introspection;

/// <summary>The introspection types and meta-fields as graphql-js 17.1.0 defines them (spec §4.2).</summary>
public sealed class IntrospectionTypesTests
{
    [Fact]
    public void Every_introspection_type_field_argument_and_description_is_graphql_js_s()
    {
        // graphql-js printIntrospectionSchema: the specified directives, then each introspection type in full.
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        Assert.Equal(Read("introspection-schema.graphql").TrimEnd('\n'), SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void Introspection_types_are_listed_in_graphql_js_order()
    {
        Assert.Equal(
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"],
            IntrospectionTypes.All.Select(t => t.Name));
        Assert.All(IntrospectionTypes.All, t => Assert.True(IntrospectionTypes.IsIntrospectionType(t)));
        Assert.False(IntrospectionTypes.IsIntrospectionType(SpecifiedScalars.String));
        Assert.False(IntrospectionTypes.IsIntrospectionType(new ObjectType("__Other")));
    }

    [Fact]
    public void Every_introspection_field_has_a_resolver()
    {
        foreach (var type in IntrospectionTypes.All.OfType<ObjectType>())
        {
            Assert.All(type.Fields.Values, field => Assert.NotNull(field.Resolver));
        }
    }

    [Fact]
    public void Meta_fields_are_graphql_js_s()
    {
        var schemaField = IntrospectionTypes.SchemaMetaField;
        Assert.Equal("__schema", schemaField.Name);
        Assert.Equal("__Schema!", schemaField.Type.ToString());
        Assert.Equal("Access the current type schema of this server.", schemaField.Description);
        Assert.Empty(schemaField.Arguments);

        var typeField = IntrospectionTypes.TypeMetaField;
        Assert.Equal("__type", typeField.Name);
        Assert.Equal("__Type", typeField.Type.ToString());
        Assert.Equal("Request the type information of a single type.", typeField.Description);
        var name = Assert.Single(typeField.Arguments);
        Assert.Equal("name", name.Name);
        Assert.Equal("String!", name.Type.ToString());
        Assert.Null(name.Description);
        Assert.False(name.HasDefaultValue);

        var typeNameField = IntrospectionTypes.TypeNameMetaField;
        Assert.Equal("__typename", typeNameField.Name);
        Assert.Equal("String!", typeNameField.Type.ToString());
        Assert.Equal("The name of the current Object type at runtime.", typeNameField.Description);

        Assert.All([schemaField, typeField, typeNameField], field => Assert.NotNull(field.Resolver));
    }

    [Fact]
    public void Meta_fields_are_found_where_graphql_js_finds_them()
    {
        var schema = SchemaBuilder.Build("type Query { a: Other } type Other { b: Int }");
        var query = schema.QueryType!;
        var other = schema.GetType("Other")!;
        Assert.Same(IntrospectionTypes.SchemaMetaField, schema.GetField(query, "__schema"));
        Assert.Same(IntrospectionTypes.TypeMetaField, schema.GetField(query, "__type"));
        Assert.Null(schema.GetField(other, "__schema"));
        Assert.Null(schema.GetField(other, "__type"));
        Assert.Same(IntrospectionTypes.TypeNameMetaField, schema.GetField(other, "__typename"));
    }

    [Fact]
    public void Every_schema_contains_the_introspection_types()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        Assert.All(IntrospectionTypes.All, t => Assert.Same(t, schema.GetType(t.Name)));
    }
}
