using System.Numerics;
using System.Text;
using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>The response writer: graphql-js's key order, and text byte for byte as JSON.stringify writes it.</summary>
public sealed class ExecutionResultJsonTests
{
    private static string DataJson(object? value) =>
        ExecutionResultJson.ToJson(ExecutionResult.FromData(new Dictionary<string, object?> { ["v"] = value }));

    [Fact]
    public void Writes_errors_then_data_then_extensions_and_error_members_in_graphql_js_order()
    {
        var source = new Source("{\n  a\n}");
        var node = new FieldNode { Name = new NameNode("a"), Location = new Location(4, 5, source) };
        var error = new GraphQLError("boom", [node], path: ["a", 0, "b"], extensions: new Dictionary<string, object?> { ["code"] = "X", ["n"] = 1 });
        var result = ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = null }, [error])
            .WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 });

        var json = ExecutionResultJson.ToJson(result);

        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":2,"column":3}],"path":["a",0,"b"],"extensions":{"code":"X","n":1}}],"data":{"a":null},"extensions":{"cost":3}}""",
            json);
    }

    [Fact]
    public void A_request_error_has_no_data_entry_and_null_data_is_written()
    {
        var requestError = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);
        var nulled = ExecutionResult.FromData(null, [new GraphQLError("x")]);

        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", ExecutionResultJson.ToJson(requestError));
        Assert.Equal("""{"errors":[{"message":"x"}],"data":null}""", ExecutionResultJson.ToJson(nulled));
    }

    [Theory]
    // Expected texts are what JSON.stringify writes for the same strings.
    [InlineData("café <b>&'</b>", "\"café <b>&'</b>\"")]
    [InlineData("quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\"")]
    [InlineData("\b\f\n\r\t\u0001\u001f", "\"\\b\\f\\n\\r\\t\\u0001\\u001f\"")]
    [InlineData("\u007f\u0085\u00a0\u2028\u2029\ufeff\uffff", "\"\u007f\u0085\u00a0\u2028\u2029\ufeff\uffff\"")]
    [InlineData("emoji 😀 and 𝄞", "\"emoji 😀 and 𝄞\"")]
    public void Escapes_strings_exactly_as_json_stringify(string value, string expected)
    {
        Assert.Equal("{\"data\":{\"v\":" + expected + "}}", DataJson(value));
    }

    [Fact]
    public void Escapes_lone_surrogates_as_json_stringify_instead_of_replacing_them()
    {
        // Built in code: attribute arguments cannot carry lone surrogates.
        var lone = "lone " + (char)0xD800 + " high and " + (char)0xDC00 + " low";
        var reversed = "reversed " + (char)0xDC00 + (char)0xD800 + " pair";
        var trailing = "trailing " + (char)0xD83D;

        Assert.Equal("{\"data\":{\"v\":\"lone \\ud800 high and \\udc00 low\"}}", DataJson(lone));
        Assert.Equal("{\"data\":{\"v\":\"reversed \\udc00\\ud800 pair\"}}", DataJson(reversed));
        Assert.Equal("{\"data\":{\"v\":\"trailing \\ud83d\"}}", DataJson(trailing));
    }

    [Fact]
    public void Escapes_long_text_with_scattered_escapes_like_json_stringify()
    {
        var builder = new StringBuilder();
        var expected = new StringBuilder("\"");
        for (var i = 0; i < 5000; i++)
        {
            builder.Append("é😀\n");
            expected.Append("é😀\\n");
        }
        expected.Append('"');

        Assert.Equal("{\"data\":{\"v\":" + expected + "}}", DataJson(builder.ToString()));
    }

    [Theory]
    // Expected texts are what JSON.stringify writes for the same numbers.
    [InlineData(3.0, "3")]
    [InlineData(-0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Writes_doubles_as_json_stringify(double value, string expected)
    {
        Assert.Equal("{\"data\":{\"v\":" + expected + "}}", DataJson(value));
    }

    [Fact]
    public void Writes_other_clr_numbers_as_numbers()
    {
        var json = DataJson(new object[] { 7, 8L, 1.50m, 2.5f, (short)3, (byte)4, 5u, new BigInteger(12345678901234567890UL) });

        Assert.Equal("""{"data":{"v":[7,8,1.5,2.5,3,4,5,12345678901234567890]}}""", json);
    }

    [Fact]
    public void Writes_nested_maps_lists_and_json_elements()
    {
        using var document = JsonDocument.Parse("""{"x":[1,"é"]}""");
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { true, null, "s" },
            ["map"] = new Dictionary<string, object?> { ["k"] = 1 },
            ["json"] = document.RootElement,
        };

        Assert.Equal("""{"data":{"v":{"list":[true,null,"s"],"map":{"k":1},"json":{"x":[1,"é"]}}}}""", DataJson(value));
    }

    [Fact]
    public void Writes_straight_into_a_callers_writer_and_can_indent()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExecutionResultJson.WriterOptions))
        {
            ExecutionResultJson.Write(writer, ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = "😀" }));
        }
        var indented = ExecutionResultJson.ToJson(ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = 1 }), indented: true);

        Assert.Equal("""{"data":{"a":"😀"}}""", Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(1, JsonDocument.Parse(indented).RootElement.GetProperty("data").GetProperty("a").GetInt32());
        Assert.Contains('\n', indented);
    }

    [Fact]
    public void Bytes_of_a_result_are_exactly_its_json_whatever_was_written_before_on_the_thread()
    {
        // Large, small, larger than the buffer a thread keeps, then small again: each array is its own answer's
        // bytes and length, with nothing left over from the one before.
        var sizes = new[] { 20_000, 3, 300_000, 1, 0 };
        foreach (var size in sizes)
        {
            var result = ExecutionResult.FromData(new Dictionary<string, object?> { ["text"] = new string('x', size), ["n"] = size });

            var bytes = ExecutionResultJson.ToUtf8Bytes(result);

            Assert.Equal(ExecutionResultJson.ToJson(result), Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public async Task A_lists_objects_write_their_keys_alike_the_first_and_every_later_one_and_aliases_and_escapes_exactly()
    {
        // The first object of a selection set writes its keys as text, the later ones as JSON text encoded once:
        // the same bytes either way, escapes (none in a GraphQL name) and aliases included.
        var schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { name: String n: Int }");
        var root = new { items = new object?[] { new { name = "a\"b", n = 1 }, new { name = "é", n = 2 }, null, new { name = "c", n = 3 } } };

        var json = await ExecutionTestHelpers.ExecuteJson(schema, "{ items { name second: n n } again: items { n } }", root);

        Assert.Equal(
            """{"data":{"items":[{"name":"a\"b","second":1,"n":1},{"name":"é","second":2,"n":2},null,{"name":"c","second":3,"n":3}],"again":[{"n":1},{"n":2},null,{"n":3}]}}""",
            json);
    }
}
