using System.Collections;
using GraphQL;
using GraphQLParser.AST;
using Dotnet = global::GraphQL;

namespace Tracker.GraphQL.Benchmarks.Reference;

/// <summary>
/// The same workloads in GraphQL.NET 8.8.5 (the second reference, beside graphql-js): the same SDL, documents and
/// data; resolvers that return the same dictionaries and objects as <see cref="DashboardWorkload"/> and
/// <see cref="Workloads"/>. Schemas are built schema-first (<c>Schema.For</c>), as ours are.
/// </summary>
internal static class DotNetWorkloads
{
    // Static fields first: the schemas below are built by static initialisers, which run in order.
    /// <summary>The fields of the Star Wars objects (bench/workloads/introspection-schema.graphql), read from dictionaries.</summary>
    private static readonly (string Type, string[] Fields)[] DictionaryFields =
    [
        ("Human", ["id", "name", "friends", "appearsIn", "homePlanet", "secretBackstory"]),
        ("Droid", ["id", "name", "friends", "appearsIn", "primaryFunction", "secretBackstory"]),
    ];

    /// <summary>
    /// GraphQL.NET's default resolver reads CLR properties only; ours and graphql-js also read dictionary keys, which
    /// is how the characters are stored. This resolver does what theirs do, for every field of Human and Droid.
    /// </summary>
    private static readonly Dotnet.Resolvers.IFieldResolver FromDictionary = new Dotnet.Resolvers.FuncFieldResolver<object>(context =>
        ((IDictionary<string, object?>)context.Source!).TryGetValue(context.FieldDefinition.Name, out var value) ? value : null);

    public static string IntrospectionQuery => Workloads.IntrospectionQuery;

    public static Dotnet.Types.ISchema IntrospectionSchema { get; } = BuildStarWars();

    public static Dotnet.Types.ISchema NestedSchema { get; } = Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workloads", "nested-schema.graphql")), _ => { });

    public static GraphQLDocument IntrospectionDocument { get; } = GraphQLParser.Parser.Parse(IntrospectionQuery);

    public static GraphQLDocument NestedDocument { get; } = GraphQLParser.Parser.Parse(Workloads.NestedQuery);

    /// <summary>GraphQL.NET's executer, without a document cache: a request from its text is parsed, validated and executed.</summary>
    public static Dotnet.IDocumentExecuter Executer { get; } = new Dotnet.DocumentExecuter();

    /// <summary>
    /// Options to execute a document already parsed and validated, as our ExecuteX benchmarks do. GraphQL.NET reads
    /// argument values while validating, so its validator cannot be skipped; with no rules it only does that, which
    /// is GraphQL.NET's own path for a validated document (its document cache runs an empty rule set the same way).
    /// </summary>
    public static Dotnet.ExecutionOptions Validated(Dotnet.Types.ISchema schema, GraphQLDocument document, object? root = null) =>
        new() { Schema = schema, Document = document, Root = root, ValidationRules = [] };

    private static Dotnet.Types.ISchema Build(string sdl, Action<Dotnet.Utilities.SchemaBuilder> configure)
    {
        var schema = Dotnet.Types.Schema.For(sdl, configure);
        // Both are off by default in GraphQL.NET 8; ours and graphql-js answer them, and the query asks for them.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        // GraphQL.NET has its own "Date" (DateOnly); the workloads' Date passes ISO 8601 text through, as ours does.
        schema.ReplaceScalar(new DateScalar());
        schema.Initialize();
        return schema;
    }

    private static Dotnet.Types.ISchema BuildStarWars()
    {
        var characters = DashboardWorkload.Characters();
        var sdl = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workloads", "introspection-schema.graphql"));
        return Build(sdl, builder =>
        {
            foreach (var (type, fields) in DictionaryFields)
            {
                foreach (var field in fields)
                {
                    builder.Types.For(type).FieldFor(field).Resolver = FromDictionary;
                }
            }
            var root = builder.Types.For("Root");
            root.FieldFor("hero").Resolver = new Dotnet.Resolvers.FuncFieldResolver<object>(context =>
                context.GetArgument<string>("episode") == "EMPIRE" ? characters["1000"] : characters["2001"]);
            root.FieldFor("human").Resolver = new Dotnet.Resolvers.FuncFieldResolver<object>(context =>
                characters.GetValueOrDefault(context.GetArgument<string>("id")) is { } c && (string)c["__typename"]! == "Human" ? c : null);
            root.FieldFor("droid").Resolver = new Dotnet.Resolvers.FuncFieldResolver<object>(context =>
                characters.GetValueOrDefault(context.GetArgument<string>("id")) is { } c && (string)c["__typename"]! == "Droid" ? c : null);
            root.FieldFor("character").Resolver = new Dotnet.Resolvers.FuncFieldResolver<object>(context =>
            {
                var by = context.GetArgument<Dictionary<string, object?>>("by");
                var id = by.GetValueOrDefault("id") as string;
                return id is not null
                    ? characters.GetValueOrDefault(id)
                    : characters.Values.FirstOrDefault(c => (string)c["name"]! == (string?)by.GetValueOrDefault("name"));
            });
            root.FieldFor("releaseDate").Resolver = new Dotnet.Resolvers.FuncFieldResolver<object>(_ => "1977-05-25");
            builder.Types.For("Human").IsTypeOfFunc = value => value is IDictionary d && (string?)d["__typename"] == "Human";
            builder.Types.For("Droid").IsTypeOfFunc = value => value is IDictionary d && (string?)d["__typename"] == "Droid";
        });
    }

    /// <summary>The workloads' Date scalar: dates travel as their ISO 8601 text, unchanged, as in ours.</summary>
    private sealed class DateScalar : Dotnet.Types.ScalarGraphType
    {
        public DateScalar()
        {
            Name = "Date";
            Description = "A date, as ISO 8601.";
        }

        public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue text ? (string)text.Value : ThrowLiteralConversionError(value);

        public override object? ParseValue(object? value) => value as string;

        public override object? Serialize(object? value) => value as string;
    }
}
