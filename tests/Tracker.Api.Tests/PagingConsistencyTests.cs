using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using Tracker.GraphQL.Types;

namespace Tracker.Api.Tests;

/// <summary>
/// Keyset paging must hold for every connection under every sort, including keys with many ties and nulls:
/// walking forwards page by page and walking backwards page by page give the same list, each item once, as many
/// as totalCount, in the order of the unpaged list. The connections and their sort keys are derived from the schema
/// (as <see cref="EveryFieldQueries"/> derives its queries), so a new connection or sort key is walked as soon as
/// it is declared. Run on both databases, whose orderings of ties and nulls are made to agree.
/// </summary>
public abstract class PagingConsistencyTests(TrackerApiFactory factory)
{
    /// <summary>How a nested connection's parent is reached; a parent type missing here fails the derivation by name.</summary>
    private static readonly Dictionary<string, string> Parents = new(StringComparer.Ordinal)
    {
        ["Letter"] = "letter(slug: \"morton-2011-07-20\")",
        ["Organization"] = "organization(slug: \"mirac\")",
        ["Person"] = "person(slug: \"chris-burbank\")",
        ["Jurisdiction"] = "jurisdiction(code: \"CA\")",
    };

    /// <summary>
    /// Jurisdictions number 3,318 with every county: two states' counties and cities (about 125, many sharing a
    /// kind or status) keep the walk to some forty pages of three.
    /// </summary>
    private static readonly Dictionary<string, string> Filters = new(StringComparer.Ordinal)
    {
        ["Query.jurisdictions"] = "where: { parentCode: { in: [\"LA\", \"CA\"] } }",
    };

    /// <summary>Every connection field (by coordinate) and each of its sort keys, or null for one without <c>order</c>.</summary>
    public static TheoryData<string, string?> Sorts()
    {
        var data = new TheoryData<string, string?>();
        foreach (var field in ConnectionFields())
        {
            var order = field.Arguments.FirstOrDefault(a => a.Name == "order");
            if (order is null)
            {
                data.Add(field.Coordinate, null);
                continue;
            }
            foreach (var key in ((InputObjectType)order.Type.GetNamedType()).Fields.Values)
            {
                data.Add(field.Coordinate, key.Name);
            }
        }
        return data;
    }

    private static IEnumerable<FieldDefinition> ConnectionFields() =>
        EveryFieldTests.Schema.TypeMap.Values.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Values)
            .Where(f => f.Type.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal) && f.Arguments.Any(a => a.Name == "after"))
            .OrderBy(f => f.Coordinate, StringComparer.Ordinal);

    [Fact]
    public void The_derivation_finds_the_nested_and_root_connections()
    {
        var coordinates = Sorts().Select(row => (string)row[0]).ToHashSet();

        Assert.Contains("Letter.signatures", coordinates);
        Assert.Contains("Query.auditLog", coordinates);
        Assert.Contains(("Query.organizations", "city"), Sorts().Select(row => ((string)row[0], (string?)row[1])));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Forward_and_backward_walks_agree_with_the_unpaged_order_for_every_sort(string coordinate, string? key)
    {
        foreach (var direction in key is null ? [""] : new[] { "ASC", "DESC" })
        {
            var total = (await PageAsync(coordinate, key, direction, "first: 0"))["totalCount"]!.GetValue<int>();
            // Few items (a signatory's letters) are walked one by one, so that there still are pages.
            var size = total > 9 ? 3 : 1;
            var forward = await WalkAsync(coordinate, key, direction, size, forwards: true);
            var backward = await WalkAsync(coordinate, key, direction, size, forwards: false);
            var head = Ids(await PageAsync(coordinate, key, direction, "first: 100"));
            var tail = Ids(await PageAsync(coordinate, key, direction, "last: 100"));

            Assert.Equal(total, forward.Count);
            Assert.Equal(forward.Count, forward.Distinct().Count());
            Assert.Equal(forward, backward);
            // The unpaged list, or its first and last hundred when longer than a page may be.
            Assert.Equal(head, forward.Take(100));
            Assert.Equal(tail, forward.Skip(Math.Max(0, forward.Count - 100)));
            if (coordinate.StartsWith("Query.", StringComparison.Ordinal) && coordinate != "Query.auditLog")
            {
                Assert.True(forward.Count > size, $"{coordinate} has too few items to page");
            }
        }
    }

    private async Task<List<string>> WalkAsync(string coordinate, string? key, string direction, int size, bool forwards)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 300, "the walk does not end");
            var arguments = forwards ? $"first: {size}" : $"last: {size}";
            if (cursor is not null)
            {
                arguments += forwards ? $", after: \"{cursor}\"" : $", before: \"{cursor}\"";
            }
            var page = await PageAsync(coordinate, key, direction, arguments);
            var nodes = Ids(page);
            if (forwards)
            {
                ids.AddRange(nodes);
            }
            else
            {
                ids.InsertRange(0, nodes);
            }
            if (!(bool)page["pageInfo"]![forwards ? "hasNextPage" : "hasPreviousPage"]!)
            {
                return ids;
            }
            cursor = (string)page["pageInfo"]![forwards ? "endCursor" : "startCursor"]!;
        }
    }

    private static List<string> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!.ToJsonString()).ToList();

    private async Task<JsonNode> PageAsync(string coordinate, string? key, string direction, string arguments)
    {
        var field = ConnectionFields().Single(f => f.Coordinate == coordinate);
        var node = (ObjectType)((ObjectType)field.Type.GetNamedType()).Fields["nodes"].Type.GetNamedType();
        // The id where there is one; otherwise every scalar field tells the nodes apart (audit entries).
        var identity = node.Fields.ContainsKey("id") ? "id"
            : string.Join(" ", node.Fields.Values.Where(f => f.Type.GetNamedType() is ScalarType or EnumType && f.Arguments.Count == 0).Select(f => f.Name));
        var all = new List<string> { arguments };
        if (Filters.TryGetValue(coordinate, out var filter))
        {
            all.Add(filter);
        }
        if (key is not null)
        {
            all.Add($"order: [{{ {key}: {direction} }}]");
        }
        var selection = $"{field.Name}({string.Join(", ", all)}) {{ totalCount nodes {{ {identity} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }}";
        var parent = field.ParentType.Name;
        var query = parent == "Query" ? $"{{ {selection} }}"
            : Parents.TryGetValue(parent, out var lookup) ? $"{{ parent: {lookup} {{ {selection} }} }}"
            : throw new InvalidOperationException($"{coordinate}: give {parent} a lookup in PagingConsistencyTests.Parents.");
        var response = await SendAsync(query);
        Assert.True(response["errors"] is null, response.ToJsonString() + "\n" + query);
        return parent == "Query" ? response["data"]![field.Name]! : response["data"]!["parent"]![field.Name]!;
    }

    private string? _admin;

    private async Task<JsonNode> SendAsync(string query)
    {
        // The audit log answers maintainers only.
        _admin ??= (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync($"paging-{Guid.NewGuid():N}", ApiKeyRole.Admin, default)).Secret;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _admin);
        using var answer = await client.SendAsync(request);
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
    }
}

public sealed class SqlitePagingConsistencyTests(SeededApi api) : PagingConsistencyTests(api.Factory), IClassFixture<SeededApi>;

public sealed class PostgresPagingConsistencyTests(SeededPostgresApi api) : PagingConsistencyTests(api.Factory), IClassFixture<SeededPostgresApi>;
