using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using static Tracker.GraphQL.Tests.Types.SchemaTestHelpers;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// extendSchema against graphql-js 17.1.0. A generated case is a schema, an extension and either the printed
/// extended schema (followed by its validation errors, if any) or the extension's errors.
/// </summary>
public sealed partial class SchemaExtensionTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Extends_as_graphql_js_extends(string name, string sdl, string extension, string expected)
    {
        var schema = Build(sdl, name);
        string actual;
        try
        {
            var extended = SchemaBuilder.Extend(schema, Parser.Parse(new Source(extension, "extension")));
            var errors = ErrorText(SchemaValidator.Validate(extended));
            actual = SchemaPrinter.PrintSchema(extended) + (errors.Length > 0 ? "\n\nerrors:\n" + errors : string.Empty);
        }
        catch (SchemaBuildException exception)
        {
            actual = "error:\n" + ErrorText(exception.Errors);
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_original_schema_is_left_unchanged()
    {
        var schema = Build("type Query { a: Int } enum E { A } input I { x: Int } union U = Query interface N { id: ID }");
        var before = SchemaPrinter.PrintSchema(schema);
        var extended = SchemaBuilder.Extend(schema, "extend type Query { b: Int } extend enum E { B } extend input I { y: Int } type O { o: Int } extend union U = O extend interface N { n: Int }");
        Assert.Equal(before, SchemaPrinter.PrintSchema(schema));
        Assert.NotSame(schema.GetType("Query"), extended.GetType("Query"));
        Assert.Null(((ObjectType)schema.GetType("Query")!).GetField("b"));
        Assert.Single(((EnumType)schema.GetType("E")!).Values);
        Assert.Equal(2, ((EnumType)extended.GetType("E")!).Values.Count);
    }

    [Fact]
    public void A_document_without_type_system_definitions_gives_back_the_same_schema()
    {
        var schema = Build("type Query { a: Int }");
        Assert.Same(schema, SchemaBuilder.Extend(schema, Parser.Parse("query { a }")));
    }

    [Fact]
    public void Resolvers_and_coercion_survive_the_copy()
    {
        var schema = Build("type Query { a: Int u: U } type O { o: Int } union U = O interface N { id: ID } enum E { A } scalar Date type Subscription { s: Int }");
        var query = (ObjectType)schema.GetType("Query")!;
        FieldResolver resolver = _ => new ValueTask<object?>(42);
        query.GetField("a")!.Resolver = resolver;
        Func<object, ResolveFieldContext, bool> isTypeOf = (_, _) => true;
        ((ObjectType)schema.GetType("O")!).IsTypeOf = isTypeOf;
        TypeResolver typeResolver = (_, _, _) => new ValueTask<string?>("O");
        ((UnionType)schema.GetType("U")!).ResolveType = typeResolver;
        ((InterfaceType)schema.GetType("N")!).ResolveType = typeResolver;
        ((EnumType)schema.GetType("E")!).GetValue("A")!.Value = DayOfWeek.Monday;
        var date = (ScalarType)schema.GetType("Date")!;
        Func<object?, object?> serialize = value => "date";
        Func<ValueNode, object?> parseLiteral = _ => "literal";
        date.CoerceOutputValue = serialize;
        date.CoerceInputLiteral = parseLiteral;
        SubscriptionResolver subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());
        ((ObjectType)schema.GetType("Subscription")!).GetField("s")!.Subscriber = subscriber;

        var extended = SchemaBuilder.Extend(schema, "extend type Query { b: String }");

        var extendedQuery = (ObjectType)extended.GetType("Query")!;
        Assert.Same(resolver, extendedQuery.GetField("a")!.Resolver);
        Assert.Same(extendedQuery, extended.QueryType);
        Assert.Same(isTypeOf, ((ObjectType)extended.GetType("O")!).IsTypeOf);
        Assert.Same(typeResolver, ((UnionType)extended.GetType("U")!).ResolveType);
        Assert.Same(typeResolver, ((InterfaceType)extended.GetType("N")!).ResolveType);
        Assert.Equal(DayOfWeek.Monday, ((EnumType)extended.GetType("E")!).GetValue("A")!.Value);
        var extendedDate = (ScalarType)extended.GetType("Date")!;
        Assert.Same(serialize, extendedDate.CoerceOutputValue);
        Assert.Same(parseLiteral, extendedDate.CoerceInputLiteral);
        Assert.Same(subscriber, ((ObjectType)extended.GetType("Subscription")!).GetField("s")!.Subscriber);
        // The union's member is the copy, not the original type.
        Assert.Same(extended.GetType("O"), Assert.Single(((UnionType)extended.GetType("U")!).Types));
    }

    [Fact]
    public void A_copied_scalar_without_its_own_literal_coercion_uses_the_copy_s_value_coercion()
    {
        var schema = Build("type Query { d: Date } scalar Date");
        var extended = SchemaBuilder.Extend(schema, "extend type Query { e: Int }");
        var date = (ScalarType)extended.GetType("Date")!;
        date.CoerceInputValue = value => $"coerced {value}";
        Assert.Equal("coerced x", date.CoerceInputLiteral(new StringValueNode { Value = "x" }));
    }

    [Fact]
    public void Extension_nodes_are_recorded()
    {
        var schema = Build("type Query { a: Int } extend type Query { b: Int } directive @d on FIELD");
        var extension = Parser.Parse("extend type Query { c: Int } extend schema @d2 directive @d2 on SCHEMA extend directive @d @deprecated");
        var extended = SchemaBuilder.Extend(schema, extension);
        var query = extended.GetType("Query")!;
        Assert.Equal(2, query.ExtensionAstNodes.Count);
        Assert.Same(extension.Definitions[0], query.ExtensionAstNodes[1]);
        Assert.Same(extension.Definitions[1], Assert.Single(extended.ExtensionAstNodes));
        var directive = extended.GetDirective("d")!;
        Assert.Same(extension.Definitions[3], Assert.Single(directive.ExtensionAstNodes));
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, directive.DeprecationReason);
        Assert.Null(schema.GetDirective("d")!.DeprecationReason);
    }

    [Fact]
    public void Built_in_types_and_directives_stay_the_singletons()
    {
        var extended = SchemaBuilder.Extend(Build("type Query { a: String }"), "extend type Query { b: Boolean }");
        Assert.Same(SpecifiedScalars.String, extended.GetType("String"));
        Assert.Same(SpecifiedScalars.Boolean, extended.GetType("Boolean"));
        Assert.Same(SpecifiedDirectives.Skip, extended.GetDirective("skip"));
        Assert.Same(Tracker.GraphQL.Introspection.IntrospectionTypes.Schema, extended.GetType("__Schema"));
    }

    [Fact]
    public void Extension_is_validated_against_the_schema()
    {
        var schema = Build("type Query { a: Int }");
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.Extend(schema, "extend type Query { a: String }"));
        Assert.Equal(
            "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension. @ 1:21",
            ErrorText(exception.Errors));
    }
}
