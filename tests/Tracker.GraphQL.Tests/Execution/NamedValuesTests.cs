using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Coerced values by name behave as the dictionary they replace, few or many.</summary>
public sealed class NamedValuesTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 8)]
    [InlineData(4, 9)]
    [InlineData(2, 40)]
    public void Set_find_replace_and_enumerate_in_the_order_set_like_a_dictionary(int capacity, int count)
    {
        var values = new NamedValues(capacity);
        var expected = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            values.Set($"name{i}", i);
            expected[$"name{i}"] = i;
        }
        // Replacing keeps the name's place; a null value is a value.
        values.Set("name0", "again");
        expected["name0"] = "again";
        values.Set($"name{count - 1}", null);
        expected[$"name{count - 1}"] = null;

        Assert.Equal(expected.Count, values.Count);
        Assert.Equal(expected.ToList(), values.ToList());
        Assert.Equal(expected.Keys, values.Keys);
        Assert.Equal(expected.Values, values.Values);
        foreach (var (name, value) in expected)
        {
            Assert.True(values.ContainsKey(name));
            Assert.True(values.TryGetValue(name, out var found));
            Assert.Equal(value, found);
            Assert.Equal(value, values[name]);
        }
        Assert.False(values.ContainsKey("Name0"));
        Assert.False(values.TryGetValue("missing", out var none));
        Assert.Null(none);
        Assert.Throws<KeyNotFoundException>(() => values["missing"]);
    }
}
