using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Types.SchemaTestHelpers;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>What an SDL build puts into the type model (graphql-js buildASTSchema), construct by construct.</summary>
public sealed class SchemaBuilderTests
{
    [Fact]
    public void Types_are_listed_in_graphql_js_order()
    {
        var schema = Build("type Query { b: B a: A } type A { c: C } scalar S type B { s: S d: D } type C { x: Int } type D { e: E } enum E { X } input I { f: Float }");
        // Object.keys(buildSchema(...).getTypeMap()) in graphql-js 17.1.0.
        Assert.Equal(
            "Query,A,S,B,C,Int,D,E,I,Float,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation",
            string.Join(",", schema.TypeMap.Keys));
    }

    [Fact]
    public void Built_in_scalars_and_directives_are_the_singletons()
    {
        var schema = Build("scalar String type Query { a: String b: Int }");
        Assert.Same(SpecifiedScalars.String, schema.GetType("String"));
        Assert.Same(SpecifiedScalars.Int, ((ObjectType)schema.GetType("Query")!).GetField("b")!.Type);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.All(schema.Directives, d => Assert.Same(SpecifiedDirectives.All.Single(s => s.Name == d.Name), d));
    }

    [Fact]
    public void Defined_directives_come_first_and_replace_built_ins_of_the_same_name()
    {
        var schema = Build("directive @skip(if: Int) on FIELD directive @mine repeatable on FIELD | QUERY type Query { a: Int }");
        Assert.Equal(["skip", "mine", "include", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var skip = schema.GetDirective("skip")!;
        Assert.NotSame(SpecifiedDirectives.Skip, skip);
        Assert.Same(SpecifiedScalars.Int, skip.GetArgument("if")!.Type);
        var mine = schema.GetDirective("mine")!;
        Assert.True(mine.IsRepeatable);
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.Query], mine.Locations);
    }

    [Fact]
    public void Root_types_default_to_their_names_without_a_schema_definition()
    {
        var schema = Build("type Query { a: Int } type Mutation { a: Int } type Subscription { a: Int }");
        Assert.Same(schema.GetType("Query"), schema.QueryType);
        Assert.Same(schema.GetType("Mutation"), schema.MutationType);
        Assert.Same(schema.GetType("Subscription"), schema.SubscriptionType);
    }

    [Fact]
    public void Schema_definition_names_the_root_types()
    {
        var schema = Build("\"The schema\" schema { query: Q mutation: M } type Q { a: Int } type M { a: Int } type Query { b: Int }");
        Assert.Equal("Q", schema.QueryType!.Name);
        Assert.Equal("M", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal("The schema", schema.Description);
        Assert.NotNull(schema.AstNode);
    }

    [Fact]
    public void Fields_arguments_and_defaults_keep_what_the_sdl_says()
    {
        var schema = Build("""
            type Query {
              "Finds things."
              find("How many." first: Int = 10, filter: Filter = {tags: ["a"]}, order: [Order!]! = [ASC]): [String!] @deprecated(reason: "Use search.")
              old: Int @deprecated
            }
            input Filter { tags: [String!] archived: Boolean = false @deprecated }
            enum Order { ASC DESC @deprecated(reason: "Never worked.") }
            """);
        var find = ((ObjectType)schema.GetType("Query")!).GetField("find")!;
        Assert.Equal("Finds things.", find.Description);
        Assert.Equal("Use search.", find.DeprecationReason);
        Assert.Equal("[String!]", find.Type.ToString());
        Assert.Equal(["first", "filter", "order"], find.Arguments.Select(a => a.Name));
        var first = find.GetArgument("first")!;
        Assert.Equal("How many.", first.Description);
        Assert.Equal("10", Assert.IsType<IntValueNode>(first.DefaultValueLiteral).Value);
        Assert.False(first.HasDefaultValueObject);
        Assert.Same(find, first.Parent);
        Assert.Equal("{ tags: [\"a\"] }", Printer.Print(find.GetArgument("filter")!.DefaultValueLiteral!));
        Assert.Equal("[Order!]!", find.GetArgument("order")!.Type.ToString());
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, ((ObjectType)schema.GetType("Query")!).GetField("old")!.DeprecationReason);

        var filter = (InputObjectType)schema.GetType("Filter")!;
        Assert.False(filter.IsOneOf);
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, filter.GetField("archived")!.DeprecationReason);
        Assert.IsType<BooleanValueNode>(filter.GetField("archived")!.DefaultValueLiteral);

        var order = (EnumType)schema.GetType("Order")!;
        Assert.Equal(["ASC", "DESC"], order.Values.Keys);
        Assert.Equal("Never worked.", order.GetValue("DESC")!.DeprecationReason);
        Assert.Null(order.GetValue("ASC")!.Value);
    }

    [Fact]
    public void Interfaces_unions_and_one_of_are_built()
    {
        var schema = Build("""
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            type User implements Named & Node { id: ID! name: String }
            type Bot { id: ID! }
            union Actor = User | Bot
            input By @oneOf { id: ID name: String }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            type Query { actor(by: By): Actor url: Url }
            """);
        var user = (ObjectType)schema.GetType("User")!;
        Assert.Equal(["Named", "Node"], user.Interfaces.Select(i => i.Name));
        var named = (InterfaceType)schema.GetType("Named")!;
        Assert.Equal(["Node"], named.Interfaces.Select(i => i.Name));
        Assert.Equal(["User", "Bot"], ((UnionType)schema.GetType("Actor")!).Types.Select(t => t.Name));
        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        Assert.Equal(["User"], schema.GetPossibleTypes((InterfaceType)schema.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Named"], schema.GetImplementations((InterfaceType)schema.GetType("Node")!).Interfaces.Select(t => t.Name));
    }

    [Fact]
    public void Extensions_in_the_document_are_applied_and_recorded()
    {
        var document = Parser.Parse("""
            type Query { a: Int }
            extend type Query { b: Int }
            enum E { A }
            extend enum E { B }
            scalar S
            extend scalar S @specifiedBy(url: "u")
            directive @d on FIELD
            extend directive @d @deprecated(reason: "old")
            """);
        var schema = SchemaBuilder.Build(document);
        var query = schema.GetType("Query")!;
        Assert.Equal(["a", "b"], ((ObjectType)query).Fields.Keys);
        Assert.Same(document.Definitions[1], Assert.Single(query.ExtensionAstNodes));
        Assert.Same(document.Definitions[0], query.AstNode);
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Keys);
        Assert.Equal("u", ((ScalarType)schema.GetType("S")!).SpecifiedByUrl);
        var directive = schema.GetDirective("d")!;
        Assert.Equal("old", directive.DeprecationReason);
        Assert.Same(document.Definitions[7], Assert.Single(directive.ExtensionAstNodes));
    }

    [Fact]
    public void A_non_object_type_named_like_a_root_is_kept_for_validation_to_report()
    {
        var schema = Build("type Query { a: Int } interface Mutation { a: Int }");
        Assert.Null(schema.MutationType);
        Assert.Equal("Mutation root type must be Object type if provided, it cannot be Mutation. @ 1:23",
            ErrorText(Tracker.GraphQL.Types.SchemaValidator.Validate(schema)));
    }

    [Fact]
    public void Executable_definitions_are_ignored_when_sdl_validation_is_skipped()
    {
        var schema = SchemaBuilder.Build(Parser.Parse("type Query { a: Int } query Q { a }"), new SchemaBuildOptions { AssumeValidSdl = true });
        Assert.Equal("Query", schema.QueryType!.Name);
    }

    [Fact]
    public void An_argument_repeated_without_sdl_validation_keeps_its_first_place_and_last_definition()
    {
        // graphql-js builds an argument map: a repeated key keeps its position and takes the last value.
        var schema = SchemaBuilder.Build(Parser.Parse("type Query { f(a: Int, b: Int, a: String): Int }"), new SchemaBuildOptions { AssumeValidSdl = true });
        var f = ((ObjectType)schema.GetType("Query")!).GetField("f")!;
        Assert.Equal(["a", "b"], f.Arguments.Select(a => a.Name));
        Assert.Same(SpecifiedScalars.String, f.GetArgument("a")!.Type);
    }
}
