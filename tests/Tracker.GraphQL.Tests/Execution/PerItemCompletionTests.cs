using System.Text.Json;
using Tracker.GraphQL.Execution;
using static Tracker.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// What the executor keeps per list item, and what it no longer builds for each: the subfields of an abstract list's
/// items by runtime type (a short chain, the type used last first, then a table beyond eight types), and the paths of
/// scalar and enum items (built only for an error).
/// </summary>
public sealed class PerItemCompletionTests
{
    private const int TypeCount = 11;

    private static readonly string ManyTypesSchema =
        "type Query { things: [Thing] }\n"
        + string.Join("\n", Enumerable.Range(0, TypeCount).Select(i => $"type T{i} {{ n: Int f{i}: String }}"))
        + "\nunion Thing = " + string.Join(" | ", Enumerable.Range(0, TypeCount).Select(i => $"T{i}"));

    [Fact]
    public async Task Items_of_many_runtime_types_each_get_their_own_types_subfields()
    {
        // Types in an order that moves entries to the chain's head, returns to earlier ones, and passes eight types
        // (the table) while items of the first types still follow.
        int[] order = [0, 1, 0, 2, 1, 3, 4, 5, 6, 7, 8, 9, 10, 0, 5, 10, 3];
        var items = order.Select((type, index) => (object?)new Dictionary<string, object?>
        {
            ["__typename"] = $"T{type}",
            ["n"] = index,
            [$"f{type}"] = $"item {index} of T{type}",
        }).ToArray();
        var fragments = string.Join(" ", Enumerable.Range(0, TypeCount).Select(i => $"... on T{i} {{ f{i} }}"));

        var json = await ExecuteJson(Schema(ManyTypesSchema), $"{{ things {{ __typename ... on T0 {{ n }} {fragments} }} }}", new Dictionary<string, object?> { ["things"] = items });

        var things = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("things");
        Assert.Equal(order.Length, things.GetArrayLength());
        for (var index = 0; index < order.Length; index++)
        {
            var type = order[index];
            var item = things[index];
            Assert.Equal($"T{type}", item.GetProperty("__typename").GetString());
            Assert.Equal($"item {index} of T{type}", item.GetProperty($"f{type}").GetString());
            // Only T0 selects n, and each item has exactly the fields of its own type's fragments.
            Assert.Equal(type == 0 ? 3 : 2, item.EnumerateObject().Count());
            if (type == 0)
            {
                Assert.Equal(index, item.GetProperty("n").GetInt32());
            }
        }
    }

    [Fact]
    public async Task An_enum_item_that_fails_has_the_items_path()
    {
        var schema = Schema("type Query { colors: [Color] strict: [Color!] } enum Color { RED GREEN }");
        var root = new Dictionary<string, object?>
        {
            ["colors"] = new object?[] { "RED", "PURPLE", "GREEN" },
            ["strict"] = new object?[] { "GREEN", "RED", "BLUE" },
        };

        var json = await ExecuteJson(schema, "{ colors strict }", root);

        var result = JsonDocument.Parse(json).RootElement;
        Assert.Equal("""["RED",null,"GREEN"]""", result.GetProperty("data").GetProperty("colors").GetRawText());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("strict").ValueKind);
        var errors = result.GetProperty("errors");
        Assert.Equal(2, errors.GetArrayLength());
        Assert.Contains("PURPLE", errors[0].GetProperty("message").GetString());
        Assert.Equal("""["colors",1]""", errors[0].GetProperty("path").GetRawText());
        Assert.Contains("BLUE", errors[1].GetProperty("message").GetString());
        Assert.Equal("""["strict",2]""", errors[1].GetProperty("path").GetRawText());
    }
}
