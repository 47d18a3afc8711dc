using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Maintainers writing at the same moment through two server instances on one database: each change still sees
/// every change committed before it. On PostgreSQL transactions really run side by side (the write lock is what
/// is tested); on SQLite the single writer serializes them.
/// </summary>
public abstract class ConcurrentWriterTests(ITestDatabase database) : IAsyncLifetime
{
    private const int Writers = 12;
    private TrackerApiFactory[] _instances = [];
    private string _key = "";

    public async Task InitializeAsync()
    {
        _instances = [new TrackerApiFactory(database.ServerSettings()), new TrackerApiFactory(database.ServerSettings())];
        _instances[0].CreateClient().Dispose();
        _instances[1].CreateClient().Dispose();
        _key = (await _instances[0].Services.GetRequiredService<ApiKeys>().CreateAsync("racer", ApiKeyRole.Maintainer, default)).Secret;
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Signatures_added_at_once_take_distinct_positions_after_the_last()
    {
        var before = await ReadAsync(db => db.Signatures.CountAsync(s => s.Letter.Slug == "morton-2011-07-20"));

        var results = await AllAtOnceAsync(i => Mutation("addSignatures", "added", new { letter = "morton-2011-07-20", signatures = new[] { new { printedName = $"Racing group {i} A" }, new { printedName = $"Racing group {i} B" } } }));

        Assert.All(results, r => Assert.Equal(2, (int)r["data"]!["addSignatures"]!["added"]!));
        var positions = await ReadAsync(db => db.Signatures.Where(s => s.Letter.Slug == "morton-2011-07-20").Select(s => s.Position).OrderBy(p => p).ToListAsync());
        Assert.Equal(Enumerable.Range(1, before + 2 * Writers), positions);
    }

    [Fact]
    public async Task Organisations_of_one_name_created_at_once_get_distinct_slugs()
    {
        var results = await AllAtOnceAsync(_ => Mutation("createOrganization", "organization { slug }", new { name = "Simultaneous Coalition", kind = "COALITION" }));

        var slugs = results.Select(r => (string)r["data"]!["createOrganization"]!["organization"]!["slug"]!).ToList();
        Assert.Equal(Writers, slugs.Distinct().Count());
        Assert.Contains("simultaneous-coalition", slugs);
    }

    [Fact]
    public async Task Of_jurisdictions_with_one_code_created_at_once_one_wins_and_the_others_are_told_why()
    {
        var results = await AllAtOnceAsync(_ => Mutation("createJurisdiction", "jurisdiction { code }", new { code = "KS-racing", kind = "CITY", name = "Racing", parent = "KS" }));

        Assert.Single(results, r => r["data"]!["createJurisdiction"]!["jurisdiction"] is not null);
        var refusals = results.Where(r => r["data"]!["createJurisdiction"]!["jurisdiction"] is null).ToList();
        Assert.Equal(Writers - 1, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("A jurisdiction already has the code \"KS-racing\".", (string)r["data"]!["createJurisdiction"]!["errors"]![0]!["message"]!));
    }

    [Fact]
    public async Task Failed_key_checks_on_either_instance_count_towards_one_limit()
    {
        var client = System.Net.IPAddress.Parse("203.0.113.40");
        for (var guess = 0; guess < 10; guess++)
        {
            Assert.Equal("UNAUTHENTICATED", KeyGuessingTests.Code(await KeyGuessingTests.SendAsync(_instances[guess % 2], client, null, $"trk_guess-{guess}")));
        }

        var onFirst = await KeyGuessingTests.SendAsync(_instances[0], client, null, _key);
        var onSecond = await KeyGuessingTests.SendAsync(_instances[1], client, null, _key);

        Assert.Equal("RATE_LIMITED", KeyGuessingTests.Code(onFirst));
        Assert.Equal("RATE_LIMITED", KeyGuessingTests.Code(onSecond));
    }

    /// <summary>Sends every request at once, alternating between the two instances; none may fail unexpectedly.</summary>
    private async Task<JsonObject[]> AllAtOnceAsync(Func<int, (string Query, object Variables)> request)
    {
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, Writers).Select(async i =>
        {
            var (query, variables) = request(i);
            using var client = _instances[i % 2].CreateClient();
            using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
            await start.Task;
            using var response = await client.SendAsync(message);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(tasks);
        Assert.All(results, r => Assert.True(r["errors"] is null, r.ToJsonString()));
        return results;
    }

    private static (string, object) Mutation(string field, string selection, object input) =>
        ($"mutation ($input: {MaintainerApi.InputType(field)}!) {{ {field}(input: $input) {{ {selection} errors {{ message }} }} }}", new { input });

    private async Task<T> ReadAsync<T>(Func<TrackerDbContext, Task<T>> query)
    {
        await using var db = await _instances[0].Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}

public sealed class PostgresConcurrentWriterTests() : ConcurrentWriterTests(new PostgresDatabase());

public sealed class SqliteConcurrentWriterTests() : ConcurrentWriterTests(new SqliteDatabase());
