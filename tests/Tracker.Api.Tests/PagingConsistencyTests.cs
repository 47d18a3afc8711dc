using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// Keyset paging must hold for every connection under every sort, including keys with many ties and nulls:
/// walking forwards page by page and walking backwards page by page give the same list, each item once, as many
/// as totalCount. Run on both databases, whose orderings of ties and nulls are made to agree.
/// </summary>
public abstract class PagingConsistencyTests(TrackerApiFactory factory)
{
    private const int PageSize = 3;

    public static TheoryData<string, string, string?> Sorts() => new()
    {
        { "jurisdictions", "code", null }, { "jurisdictions", "name", null }, { "jurisdictions", "kind", null },
        { "jurisdictions", "status", null }, { "jurisdictions", "fips", null },
        { "organizations", "name", null }, { "organizations", "kind", null }, { "organizations", "state", null }, { "organizations", "city", null },
        { "people", "name", null }, { "people", "state", null },
        { "letters", "writtenOn", null }, { "letters", "title", null }, { "letters", "kind", null },
        { "statusEvents", "effectiveOn", null }, { "statusEvents", "status", null },
        { "signatures", "position", "morton-2011-07-20" }, { "signatures", "printedName", "morton-2011-07-20" },
        { "signatures", "letterWrittenOn", "morton-2011-07-20" },
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Forward_and_backward_walks_agree_for_every_sort(string connection, string key, string? letter)
    {
        foreach (var direction in new[] { "ASC", "DESC" })
        {
            var forward = await WalkAsync(connection, key, direction, letter, forwards: true);
            var backward = await WalkAsync(connection, key, direction, letter, forwards: false);

            Assert.Equal(forward.Total, forward.Ids.Count);
            Assert.Equal(forward.Ids.Count, forward.Ids.Distinct().Count());
            Assert.Equal(forward.Ids, backward.Ids);
            Assert.True(forward.Ids.Count > PageSize, $"{connection} has too few items to page");
        }
    }

    private async Task<(List<string> Ids, int Total)> WalkAsync(string connection, string key, string direction, string? letter, bool forwards)
    {
        var arguments = forwards ? "first: $size, after: $cursor" : "last: $size, before: $cursor";
        // Jurisdictions number 3,318 with every county: two states' counties and cities (about 125, many sharing a
        // kind or status) keep the walk to some forty pages of three.
        var filter = connection == "jurisdictions" ? "where: { parentCode: { in: [\"LA\", \"CA\"] } }, " : "";
        var field = $"{connection}({arguments}, {filter}order: [{{ {key}: {direction} }}]) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }}";
        var query = letter is null
            ? $"query ($size: Int, $cursor: String) {{ {field} }}"
            : $"query ($size: Int, $cursor: String) {{ letter(slug: \"{letter}\") {{ {field} }} }}";
        var ids = new List<string>();
        string? cursor = null;
        var total = 0;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 100, "the walk does not end");
            var response = await factory.QueryAsync(query, new { size = PageSize, cursor });
            Assert.True(response["errors"] is null, response.ToJsonString());
            var page = letter is null ? response["data"]![connection]! : response["data"]!["letter"]![connection]!;
            var nodes = page["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
            total = (int)page["totalCount"]!;
            if (forwards)
            {
                ids.AddRange(nodes);
            }
            else
            {
                ids.InsertRange(0, nodes);
            }
            var more = (bool)page["pageInfo"]![forwards ? "hasNextPage" : "hasPreviousPage"]!;
            if (!more)
            {
                return (ids, total);
            }
            cursor = (string)page["pageInfo"]![forwards ? "endCursor" : "startCursor"]!;
        }
    }
}

public sealed class SqlitePagingConsistencyTests(SeededApi api) : PagingConsistencyTests(api.Factory), IClassFixture<SeededApi>;

public sealed class PostgresPagingConsistencyTests(SeededPostgresApi api) : PagingConsistencyTests(api.Factory), IClassFixture<SeededPostgresApi>;
