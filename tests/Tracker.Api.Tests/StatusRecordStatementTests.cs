using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>
/// The status record kept in memory is read once per data version, whatever the number of requests: the map on a
/// day reads it with its first request, and its next request, at the same version, runs no statement on the status
/// events at all (the day's statuses, the summary, the filter and the nodes' deciding events come from it).
/// </summary>
public sealed partial class StatusRecordStatementTests : IDisposable
{
    /// <summary>The outbox's reads (SQLite, every second) belong to no request: made rare, as in <see cref="StatementCountTests"/>.</summary>
    private readonly TrackerApiFactory _factory = new(new Dictionary<string, string?> { ["Tracker:Events:OutboxPollInterval"] = "01:00:00" });
    private readonly StatementCounter _counter;

    public StatusRecordStatementTests() => _counter = new StatementCounter(_factory.DataFolder);

    public void Dispose()
    {
        _counter.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task The_map_on_a_day_reads_the_status_events_once_and_not_again_at_the_same_version()
    {
        _factory.CreateClient().Dispose();
        await _factory.Services.GetRequiredService<Tracker.Api.Messaging.OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "map-on-a-day.graphql"));
        _counter.Statements.Clear();

        var first = await ExecutedAsync(query);
        var firstReads = _counter.Statements.Where(s => StatusEvents().IsMatch(s)).ToList();
        _counter.Statements.Clear();
        var second = await ExecutedAsync(query);
        var secondReads = _counter.Statements.Where(s => StatusEvents().IsMatch(s)).ToList();

        Assert.True(first["errors"] is null, first["errors"]?.ToJsonString());
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.True(firstReads.Count == 1, $"{firstReads.Count} statements read status events:\n{string.Join("\n---\n", firstReads)}");
        Assert.True(secondReads.Count == 0, $"{secondReads.Count} statements read status events:\n{string.Join("\n---\n", secondReads)}");
    }

    /// <summary>
    /// The timeline's events come from the kept record, and so do the jurisdictions they name: at a version already
    /// read, the README's timeline runs no statement at all (reading its events' jurisdictions by key was one per
    /// request, of a few hundred rows at scale).
    /// </summary>
    [Fact]
    public async Task The_timeline_names_its_events_jurisdictions_from_the_kept_record()
    {
        _factory.CreateClient().Dispose();
        await _factory.Services.GetRequiredService<Tracker.Api.Messaging.OutboxRelay>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "opt-out-timeline.graphql"));
        var first = await ExecutedAsync(query);
        _counter.Statements.Clear();

        var second = await ExecutedAsync(query);

        Assert.True(first["errors"] is null, first["errors"]?.ToJsonString());
        Assert.NotEmpty(first["data"]!["statusTimeline"]!["events"]!.AsArray());
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.True(_counter.Statements.Count == 0, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    /// <summary>Posts with <c>Cache-Control: no-cache</c>, so that the response cache executes the query every time.</summary>
    private async Task<JsonObject> ExecutedAsync(string query)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.CacheControl = new() { NoCache = true };
        using var response = await client.SendAsync(request);
        // Executed, not answered by the response cache (the page and the counts may come from the loads' memo).
        Assert.Equal("MISS", response.Headers.GetValues("X-Cache").Single());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [System.Text.RegularExpressions.GeneratedRegex("FROM \"StatusEvents\"")]
    private static partial System.Text.RegularExpressions.Regex StatusEvents();
}
