using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// A connection's <c>totalCount</c> comes from its page when the page, read with no cursor, holds the whole list;
/// otherwise (more rows than the page, or a cursor) it is counted in SQL, and the two ways always agree.
/// </summary>
public sealed partial class StatementCountTests
{
    [Fact]
    public async Task A_count_beside_a_page_holding_the_whole_list_takes_no_statement_of_its_own()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { jurisdiction(code: "US") { statistics(where: { unit: { eq: PERCENT } }, first: 10) { totalCount nodes { valueText } } }
              letters(first: 100) { totalCount nodes { slug } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var statistics = response["data"]!["jurisdiction"]!["statistics"]!;
        Assert.NotEmpty(statistics["nodes"]!.AsArray());
        Assert.Equal(statistics["nodes"]!.AsArray().Count, (int)statistics["totalCount"]!);
        var letters = response["data"]!["letters"]!;
        Assert.Equal(letters["nodes"]!.AsArray().Count, (int)letters["totalCount"]!);
        // The jurisdiction, its statistics' page, the letters' page: no count.
        Assert.True(_counter.Statements.Count == 3, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task A_count_beside_part_of_the_list_or_a_page_after_a_cursor_is_the_whole_lists()
    {
        await StartAsync();
        var all = (await LettersAsync("first: 100")).Nodes;
        Assert.True(all.Count > 3, $"{all.Count} letters");

        var firstTwo = await LettersAsync("first: 2");
        var afterFirst = await LettersAsync($"first: 100, after: \"{firstTwo.EndCursor}\"");
        var lastTwo = await LettersAsync("last: 2");

        Assert.Equal((2, all.Count), (firstTwo.Nodes.Count, firstTwo.TotalCount));
        // The page after the cursor holds fewer rows than asked for, yet the count is of the whole list.
        Assert.Equal((all.Count - 2, all.Count), (afterFirst.Nodes.Count, afterFirst.TotalCount));
        Assert.Equal((2, all.Count), (lastTwo.Nodes.Count, lastTwo.TotalCount));
        Assert.Equal(all.Skip(2), afterFirst.Nodes);
    }

    private async Task<(List<string> Nodes, int TotalCount, string EndCursor)> LettersAsync(string arguments)
    {
        var response = await _factory.QueryAsync($$"""{ letters({{arguments}}) { totalCount nodes { slug } pageInfo { endCursor } } }""");
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var letters = response["data"]!["letters"]!;
        return (letters["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList(), (int)letters["totalCount"]!, (string)letters["pageInfo"]!["endCursor"]!);
    }
}
