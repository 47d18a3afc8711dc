using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>Relay paging over the seeded jurisdictions: forwards, backwards, empty pages and bad arguments.</summary>
public sealed class PagingTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Page = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          jurisdictions(first: $first, after: $after, last: $last, before: $before, where: { kind: { eq: STATE } }, order: [{ code: ASC }]) {
            totalCount
            edges { cursor node { code } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private async Task<JsonNode> PageAsync(object variables)
    {
        var response = await api.Factory.QueryAsync(Page, variables);
        Assert.Null(response["errors"]);
        return response["data"]!["jurisdictions"]!;
    }

    private static List<string> Codes(JsonNode connection) => connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["code"]!).ToList();

    [Fact]
    public async Task Forward_pages_cover_the_list_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        // Bounded: a hasNextPage that never turns false fails the page count below instead of hanging the run.
        for (var more = true; more && pages < 20; pages++)
        {
            var page = await PageAsync(new { first = 7, after });
            seen.AddRange(Codes(page));
            more = (bool)page["pageInfo"]!["hasNextPage"]!;
            after = (string?)page["pageInfo"]!["endCursor"];
        }

        Assert.Equal(50, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(8, pages);
    }

    [Fact]
    public async Task Backward_pages_end_at_the_end_and_mirror_forward_pages()
    {
        var all = Codes(await PageAsync(new { first = 50 }));

        var last = await PageAsync(new { last = 5 });
        var beforeThat = await PageAsync(new { last = 5, before = (string)last["pageInfo"]!["startCursor"]! });

        Assert.Equal(all[^5..], Codes(last));
        Assert.Equal(all[^10..^5], Codes(beforeThat));
        Assert.False((bool)last["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)beforeThat["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(50, (int)last["totalCount"]!);
    }

    [Fact]
    public async Task Empty_pages_have_no_cursors()
    {
        var none = await PageAsync(new { first = 0 });
        var end = await PageAsync(new { first = 50 });
        var past = await PageAsync(new { first = 10, after = (string)end["pageInfo"]!["endCursor"]! });

        foreach (var page in new[] { none, past })
        {
            Assert.Empty(Codes(page));
            Assert.Null(page["pageInfo"]!["startCursor"]);
            Assert.Null(page["pageInfo"]!["endCursor"]);
        }
        // An empty first page still has items after it; a page past the end has none.
        Assert.True((bool)none["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)past["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)past["pageInfo"]!["hasPreviousPage"]!);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("Y3Vyc29yOmFiYw==")]
    [InlineData("")]
    [InlineData("Y3Vyc29yOjM=")]
    [InlineData("WzIsImFiY2RlZjAxIiwiQUwiLDFd")]
    [InlineData("WzFd")]
    [InlineData("e30")]
    public async Task A_cursor_the_server_never_gave_is_a_clear_error(string cursor)
    {
        var response = await api.Factory.QueryAsync(Page, new { first = 5, after = cursor });

        var error = response["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        Assert.Contains("\"after\" is not a cursor", (string)error["message"]!);
        Assert.Equal("jurisdictions", (string)error["path"]![0]!);
        Assert.NotNull(error["locations"]);
        Assert.Null(response["data"]);
    }

    /// <summary>Cursors hold the row's sort key values: a real cursor with values of the wrong kind is refused too.</summary>
    [Theory]
    [InlineData("\"AL\"", "\"id\"")]
    [InlineData("12", "1")]
    [InlineData("\"A\\u0000L\"", "1")]
    [InlineData("\"AL\"", "1, 2")]
    public async Task A_cursor_with_other_values_is_refused(string code, string id)
    {
        var real = (string)(await PageAsync(new { first = 1 }))["pageInfo"]!["endCursor"]!;
        var tag = System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(real)).RootElement[1].GetString();
        var forged = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"[1,\"{tag}\",{code},{id}]"));

        var response = await api.Factory.QueryAsync(Page, new { first = 5, after = forged });

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("\"after\" is not a cursor", (string)response["errors"]![0]!["message"]!);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task A_cursor_of_another_sort_order_is_refused()
    {
        var byCode = (string)(await PageAsync(new { first = 3 }))["pageInfo"]!["endCursor"]!;

        var byName = await api.Factory.QueryAsync(
            "query ($after: String) { jurisdictions(first: 3, after: $after, order: [{ name: ASC }]) { nodes { code } } }", new { after = byCode });
        var descending = await api.Factory.QueryAsync(
            "query ($before: String) { jurisdictions(last: 3, before: $before, order: [{ code: DESC }]) { nodes { code } } }", new { before = byCode });

        foreach (var response in new[] { byName, descending })
        {
            var error = response["errors"]![0]!;
            Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
            Assert.Contains("cursor of another list or sort order", (string)error["message"]!);
            Assert.Null(response["data"]);
        }
    }

    [Fact]
    public async Task A_cursor_of_another_connection_is_refused()
    {
        var organizations = await api.Factory.QueryAsync("{ organizations(first: 1, order: [{ state: ASC }]) { pageInfo { endCursor } } }");
        var cursor = (string)organizations["data"]!["organizations"]!["pageInfo"]!["endCursor"]!;

        var response = await api.Factory.QueryAsync(
            "query ($after: String) { people(first: 3, after: $after, order: [{ state: ASC }]) { nodes { name } } }", new { after = cursor });

        Assert.Contains("cursor of another list or sort order", (string)response["errors"]![0]!["message"]!);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task First_over_the_maximum_is_refused_before_anything_runs()
    {
        var response = await api.Factory.QueryAsync(Page, new { first = 101 });

        var error = response["errors"]![0]!;
        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)error["extensions"]!["code"]!);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task Last_over_the_maximum_is_refused_even_beside_a_small_first()
    {
        var response = await api.Factory.QueryAsync("{ organizations(first: 1, last: 1000) { nodes { name } } }");

        Assert.Equal("PAGE_SIZE_EXCEEDED", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task Negative_sizes_are_refused()
    {
        var response = await api.Factory.QueryAsync(Page, new { last = -1 });

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("\"last\" must not be negative", (string)response["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Default_page_is_twenty_items()
    {
        var page = await PageAsync(new { });

        Assert.Equal(20, Codes(page).Count);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
    }
}
