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
/// On PostgreSQL with statements prepared automatically and connections not reset on close (the defaults): every
/// README query answers the same on its third run, from prepared statements, as with both turned off; statements are
/// really prepared on the server's connection; and a write leaves no session setting behind on its pooled connection
/// (which, not reset, carries anything left to the next request).
/// </summary>
public sealed class PostgresPreparedReadsTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly List<TrackerApiFactory> _servers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_readme_query_answers_the_same_from_prepared_statements_as_without_them()
    {
        var plain = Start(("Tracker:Postgres:MaxAutoPrepare", "0"), ("Tracker:Postgres:ResetOnClose", "true"));
        var expected = new Dictionary<string, string>();
        foreach (var file in QueryFiles())
        {
            expected[file] = (await ExecutedAsync(plain, await File.ReadAllTextAsync(file))).ToJsonString();
        }
        var prepared = Start(("Tracker:Postgres:MaxPoolSize", "1"));

        foreach (var file in QueryFiles())
        {
            var query = await File.ReadAllTextAsync(file);
            for (var run = 1; run <= 3; run++)
            {
                var answer = await ExecutedAsync(prepared, query);
                Assert.True(answer["errors"] is null, $"{Path.GetFileName(file)}, run {run}: {answer["errors"]?.ToJsonString()}");
                Assert.Equal(expected[file], answer.ToJsonString());
            }
        }
        Assert.True(await PreparedStatementsAsync(prepared, reads: true) > 10, "the pooled connection holds prepared reads");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("0", false)]
    public async Task A_statement_run_twice_on_a_connection_is_prepared_there_unless_turned_off(string? maxAutoPrepare, bool prepared)
    {
        var server = Start(("Tracker:Postgres:MaxPoolSize", "1"), ("Tracker:Postgres:MaxAutoPrepare", maxAutoPrepare));
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "morton-signers-from-minnesota.graphql"));

        // The seed's bulk inserts, prepared explicitly at start, are already there: count what the reads add.
        var before = await PreparedStatementsAsync(server);

        await ExecutedAsync(server, query);
        await ExecutedAsync(server, query);

        Assert.Equal(prepared, await PreparedStatementsAsync(server) > before);
    }

    [Fact]
    public async Task A_write_leaves_no_session_setting_on_its_pooled_connection()
    {
        var server = Start(("Tracker:Postgres:MaxPoolSize", "1"));
        var defaults = await SessionSettingsAsync(server);
        var key = (await server.Services.GetRequiredService<ApiKeys>().CreateAsync("reuse", ApiKeyRole.Maintainer, default)).Secret;

        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { slug } errors { message } } }",
                variables = new { input = new { name = "Reused Connection Group", kind = "COALITION" } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("reused-connection-group", (string?)answer["data"]?["createOrganization"]?["organization"]?["slug"]);

        Assert.Equal(defaults, await SessionSettingsAsync(server));
    }

    private TrackerApiFactory Start(params (string Key, string? Value)[] settings)
    {
        var all = _database.ServerSettings();
        // The loads' memo would answer a query's later runs without a statement: off, so that every run reads.
        all["Tracker:LoadMemo:MaxBytes"] = "0";
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        var server = new TrackerApiFactory(all);
        _servers.Add(server);
        server.CreateClient().Dispose();
        return server;
    }

    private static IEnumerable<string> QueryFiles() =>
        Directory.EnumerateFiles(Paths.Queries, "*.graphql")
            .Concat(Directory.EnumerateFiles(Path.Combine(Paths.Root, "bench", "scale-queries"), "*.graphql"))
            .Order(StringComparer.Ordinal);

    /// <summary>The statements prepared on the server's (one) pooled connection, read on that connection.</summary>
    private static async Task<long> PreparedStatementsAsync(TrackerApiFactory server, bool reads = false) =>
        (long)(await OnPooledConnectionAsync(server, "SELECT count(*) FROM pg_prepared_statements" + (reads ? " WHERE statement LIKE 'SELECT%'" : "")))!;

    /// <summary>Every setting of the session that differs from its default, as one text.</summary>
    private static async Task<string> SessionSettingsAsync(TrackerApiFactory server) =>
        (string)(await OnPooledConnectionAsync(server, "SELECT coalesce(string_agg(name || '=' || setting, ';' ORDER BY name), '') FROM pg_settings WHERE source = 'session'"))!;

    private static async Task<object?> OnPooledConnectionAsync(TrackerApiFactory server, string sql)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Posts the query asking the server to execute it, not to answer from its response cache.</summary>
    private static async Task<JsonObject> ExecutedAsync(TrackerApiFactory server, string query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
