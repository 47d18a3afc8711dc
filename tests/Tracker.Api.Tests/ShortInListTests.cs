using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>
/// A filter's <c>in</c> list of up to eight values goes to SQL as equalities, one parameter each, so that SQLite
/// searches an index for them (it cannot tell how many values an array parameter's <c>json_each</c> holds, and
/// read the whole jurisdictions table for <c>states-that-refused</c> at 1,000,000 signatures); a longer list stays one
/// array parameter (SQLite binds many parameters in quadratic time). The answers are FilterTests'.
/// </summary>
public sealed class ShortInListTests : IDisposable
{
    private readonly TrackerApiFactory _factory = new(new Dictionary<string, string?> { ["Tracker:Events:OutboxPollInterval"] = "01:00:00" });
    private readonly StatementCounter _counter;

    public ShortInListTests() => _counter = new StatementCounter(_factory.DataFolder);

    public void Dispose()
    {
        _counter.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_short_in_list_is_equalities_and_a_long_one_a_single_array_parameter()
    {
        _factory.CreateClient().Dispose();
        await _factory.Services.GetRequiredService<Tracker.Api.Messaging.OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync(await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "states-that-refused.graphql")));

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var refused = response["data"]!["jurisdictions"]!;
        Assert.NotEmpty(refused["nodes"]!.AsArray());
        Assert.All(refused["nodes"]!.AsArray(), n => Assert.Contains((string)n!["status"]!, new[] { "REFUSED_TO_JOIN", "WITHDREW" }));
        // The page; its totalCount is the page's row count (it holds the whole list), so the count's own statement
        // is read alone after it.
        var page = _counter.Statements.Where(s => s.Contains("FROM \"Jurisdictions\"", StringComparison.Ordinal)).ToList();
        Assert.Single(page);
        _counter.Statements.Clear();
        var counted = await _factory.QueryAsync("""{ jurisdictions(where: { kind: { in: [STATE, DISTRICT] }, status: { in: [REFUSED_TO_JOIN, WITHDREW] } }) { totalCount } }""");
        Assert.True(counted["errors"] is null, counted["errors"]?.ToJsonString());
        var lists = page.Concat(_counter.Statements.Where(s => s.Contains("FROM \"Jurisdictions\"", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, lists.Count); // the page and the count
        Assert.All(lists, s =>
        {
            Assert.DoesNotContain("json_each", s, StringComparison.Ordinal);
            Assert.Contains("\"j\".\"Kind\" = @", s, StringComparison.Ordinal);
            Assert.Contains("\"j\".\"CurrentStatus\" = @", s, StringComparison.Ordinal);
        });

        _counter.Statements.Clear();
        var codes = string.Join(", ", new[] { "IL", "MN", "NY", "DC", "CA", "MA", "NJ", "CT", "WA" }.Select(c => $"\"{c}\""));
        var nine = await _factory.QueryAsync($$"""{ jurisdictions(where: { code: { in: [{{codes}}] } }) { totalCount } }""");

        Assert.True(nine["errors"] is null, nine["errors"]?.ToJsonString());
        Assert.Equal(9, (int)nine["data"]!["jurisdictions"]!["totalCount"]!);
        Assert.Contains(_counter.Statements, s => s.Contains("json_each", StringComparison.Ordinal));
    }
}
