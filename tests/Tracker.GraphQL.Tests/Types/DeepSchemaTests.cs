using System.Text;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Types;

/// <summary>
/// Long chains of types are walked without recursion: building, validating and printing them must neither
/// overflow the stack nor crash the process.
/// </summary>
public sealed class DeepSchemaTests
{
    private const int Length = 20_000;

    private static GraphQLSchema BuildChain(string head, Func<int, string> link, string last)
    {
        var sdl = new StringBuilder(head).Append('\n');
        for (var i = 0; i < Length; i++)
        {
            sdl.Append(link(i)).Append('\n');
        }
        sdl.Append(last);
        // Far more than the 100,000 tokens a request may have: SDL text is not held to that limit.
        return SchemaBuilder.Build(sdl.ToString());
    }

    [Fact]
    public void A_long_chain_of_object_types_is_collected_in_order()
    {
        var schema = BuildChain("type Query { t: T0 }", i => $"type T{i} {{ n: T{i + 1} }}", $"type T{Length} {{ x: Int }}");
        Assert.Empty(SchemaValidator.Validate(schema));
        var names = schema.TypeMap.Keys.ToList();
        Assert.Equal(["Query", "T0", "T1", "T2"], names.Take(4));
        Assert.Equal(names.IndexOf("T19999") + 1, names.IndexOf("T20000"));
        Assert.StartsWith("type Query {\n  t: T0\n}\n\ntype T0 {\n  n: T1\n}", SchemaPrinter.PrintSchema(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_cycle_of_required_input_fields_is_reported_once()
    {
        var schema = BuildChain("type Query { f(i: I0): Int }", i => $"input I{i} {{ n: I{i + 1}! }}", $"input I{Length} {{ n: I0! }}");
        var error = Assert.Single(SchemaValidator.Validate(schema));
        Assert.StartsWith("Input Object I0 cannot be provided a finite value because it references itself through fields: I0.n, I1.n, ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"I{Length}.n.", error.Message, StringComparison.Ordinal);
        Assert.Equal(Length + 1, error.Locations!.Count);
    }

    [Fact]
    public void A_long_chain_of_defaults_is_checked_for_cycles()
    {
        var schema = BuildChain("type Query { f(i: I0): Int }", i => $"input I{i} {{ n: I{i + 1} = {{}} }}", $"input I{Length} {{ back: I0 = {{}} }}");
        var error = Assert.Single(SchemaValidator.Validate(schema));
        Assert.StartsWith("Invalid circular reference. The default value of Input Object field I0.n references itself via the default values of: I1.n, I2.n, ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"I{Length}.back.", error.Message, StringComparison.Ordinal);
    }
}
