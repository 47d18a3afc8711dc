using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tracker.GraphQL.Introspection;
using static Tracker.GraphQL.Tests.Introspection.IntrospectionSamples;

namespace Tracker.GraphQL.Tests.Introspection;

/// <summary>
/// getIntrospectionQuery for all 128 combinations of its flags and several depths. The texts are compared by
/// their SHA-256 with graphql-js 17.1.0's (Samples/introspection-query-hashes.json); full texts of two of them
/// are in IntrospectionQueryTests.
/// </summary>
public sealed class IntrospectionQueryOptionsTests
{
    public static TheoryData<string> Combinations
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in ReadJson("introspection-query-hashes.json").AsArray())
            {
                data.Add(entry!.ToJsonString());
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Text_is_graphql_js_s_for_every_combination(string entryJson)
    {
        var entry = JsonNode.Parse(entryJson)!;
        var options = ToOptions(entry["options"]!.AsObject());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(IntrospectionQuery.Get(options))));
        Assert.Equal((string)entry["sha256"]!, hash);
    }

    [Fact]
    public void Too_deep_a_type_depth_is_refused_with_graphql_js_message()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Get(new IntrospectionQueryOptions { TypeDepth = 101 }));
        Assert.StartsWith("Please set typeDepth to a reasonable value between 0 and 100; the default is 9.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_graphql_js_defaults()
    {
        var options = new IntrospectionQueryOptions();
        Assert.True(options.Descriptions);
        Assert.False(options.SpecifiedByUrl || options.DirectiveIsRepeatable || options.SchemaDescription
            || options.InputValueDeprecation || options.DirectiveDeprecation || options.OneOf);
        Assert.Equal(9, options.TypeDepth);
    }

    private static IntrospectionQueryOptions ToOptions(JsonObject json)
    {
        var options = new IntrospectionQueryOptions();
        foreach (var (name, value) in json)
        {
            options = name switch
            {
                "descriptions" => options with { Descriptions = (bool)value! },
                "specifiedByUrl" => options with { SpecifiedByUrl = (bool)value! },
                "directiveIsRepeatable" => options with { DirectiveIsRepeatable = (bool)value! },
                "schemaDescription" => options with { SchemaDescription = (bool)value! },
                "inputValueDeprecation" => options with { InputValueDeprecation = (bool)value! },
                "experimentalDirectiveDeprecation" => options with { DirectiveDeprecation = (bool)value! },
                "oneOf" => options with { OneOf = (bool)value! },
                "typeDepth" => options with { TypeDepth = (int)value! },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        return options;
    }
}
