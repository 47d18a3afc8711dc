using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.Api.Tests;

/// <summary>The SDL in schema/ is the contract: the server serves exactly it, and documents every part of it.</summary>
public sealed class SchemaTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static GraphQLSchema FromFiles() =>
        SchemaBuilder.Build(Parser.Parse(string.Join("\n\n", Directory.EnumerateFiles(Paths.Schema, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText)), ParseOptions.Default with { MaxTokens = null }));

    [Fact]
    public async Task Server_prints_the_schema_of_the_sdl_files()
    {
        using var client = api.Factory.CreateClient();

        var served = await client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(SchemaPrinter.PrintSchema(FromFiles()), served);
        Snapshots.Match("schema", served);
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = FromFiles();
        var missing = new List<string>();
        foreach (var type in schema.TypeMap.Values.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsSpecifiedScalar(t)))
        {
            Check(type.Description, type.Name);
            switch (type)
            {
                case FieldsType fields:
                    foreach (var field in fields.Fields.Values)
                    {
                        Check(field.Description, field.Coordinate);
                        foreach (var argument in field.Arguments)
                        {
                            Check(argument.Description, $"{field.Coordinate}({argument.Name}:)");
                        }
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        Check(field.Description, $"{input.Name}.{field.Name}");
                    }
                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values.Values)
                    {
                        Check(value.Description, value.Coordinate);
                    }
                    break;
            }
        }
        Assert.Empty(missing);

        void Check(string? description, string where)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(where);
            }
        }
    }

    private static bool IsSpecifiedScalar(NamedType type) => type is ScalarType { IsSpecified: true };
}
