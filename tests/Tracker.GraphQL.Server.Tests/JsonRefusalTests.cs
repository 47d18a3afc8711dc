using System.Text.Json;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The one walk over a request's JSON: text first (wherever it is), then names given twice, compared as decoded text
/// whether or not they are escaped, pairwise in small objects and through a set in large ones.
/// </summary>
public sealed class JsonRefusalTests
{
    private static JsonRefusal? Find(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonRefusal.Find(document.RootElement);
    }

    [Theory]
    [InlineData("""{"a": 1, "b": {"c": [1, {"d": "x"}]}}""")]
    [InlineData("""{"a": 1, "\u0062": 2, "\u0063": 3}""")]
    [InlineData("""{"ab": 1, "a": 2, "a\u0062c": 3}""")]
    [InlineData("""[{"a": 1}, {"a": 2}]""")]
    public void Distinct_names_and_text_are_not_refused(string json) => Assert.Null(Find(json));

    [Theory]
    [InlineData("""{"a": 1, "a": 2}""", "a")]
    [InlineData("""{"a": 1, "\u0061": 2}""", "a")]
    [InlineData("""{"\u0061": 1, "a": 2}""", "a")]
    [InlineData("""{"\u0061": 1, "\u0061": 2}""", "a")]
    [InlineData("""{"x": [{"b": 1}, {"c": 1, "c": 2}], "d": 1, "d": 2}""", "c")]
    [InlineData("""{"p1": 1, "p2": 2, "p3": 3, "p4": 4, "p5": 5, "p6": 6, "p7": 7, "p8": 8, "p9": 9, "p\u0035": 10}""", "p5")]
    public void The_first_name_given_twice_is_found(string json, string name) => Assert.Equal(name, Find(json)?.RepeatedName);

    [Theory]
    [InlineData("""{"a": 1, "a": 2, "s": "\ud800"}""")]
    [InlineData("""{"a": 1, "a": 2, "\udc00": 3}""")]
    [InlineData("""{"x": {"a": 1, "a": 2}, "y": ["\ud800"]}""")]
    public void Text_that_is_not_unicode_wins_over_a_name_given_twice(string json)
    {
        var refusal = Find(json);

        Assert.NotNull(refusal?.Malformation);
        Assert.Null(refusal?.RepeatedName);
    }

    [Fact]
    public void Names_only_leave_the_values_alone()
    {
        using var document = JsonDocument.Parse("""{"query": "\ud800", "variables": {"a": 1, "a": 2}}""");

        Assert.Null(JsonRefusal.FindInNames(document.RootElement));
    }

    [Fact]
    public void A_message_may_carry_a_lone_surrogate_in_its_query_only()
    {
        using var query = JsonDocument.Parse("""{"type": "subscribe", "id": "1", "payload": {"query": "{ \ud800 }"}}""");
        using var variables = JsonDocument.Parse("""{"type": "subscribe", "id": "1", "payload": {"query": "{ a }", "variables": {"v": "\ud800"}}}""");
        using var repeated = JsonDocument.Parse("""{"type": "subscribe", "id": "1", "payload": {"query": "{ a }", "query": "{ b }"}}""");

        Assert.Null(JsonRefusal.FindInMessage(query.RootElement));
        Assert.NotNull(JsonRefusal.FindInMessage(variables.RootElement)?.Malformation);
        Assert.Equal("query", JsonRefusal.FindInMessage(repeated.RootElement)?.RepeatedName);
    }

    [Fact]
    public void A_message_that_is_not_an_object_is_refused_only_for_a_name_given_twice()
    {
        using var text = JsonDocument.Parse("""["\ud800", {"\udc00": 1}]""");
        using var repeated = JsonDocument.Parse("""[{"\udc00": 1}, {"a": 1, "a": 2}]""");

        Assert.Null(JsonRefusal.FindInMessage(text.RootElement));
        Assert.Equal("a", JsonRefusal.FindInMessage(repeated.RootElement)?.RepeatedName);
    }
}
