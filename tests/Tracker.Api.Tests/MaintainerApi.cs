using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>A seeded server with keys for maintainers, an admin and a revoked key; helpers to call it as each.</summary>
public class MaintainerApi : IAsyncLifetime
{
    public MaintainerApi()
        : this([])
    {
    }

    /// <summary>The server with extra settings (another database).</summary>
    protected MaintainerApi(Dictionary<string, string?> settings, Action<IServiceCollection>? testServices = null) =>
        Factory = new(new Dictionary<string, string?>(settings) { ["Tracker:Auth:MaxFailedAttempts"] = "100000" }) { TestServices = testServices };

    public TrackerApiFactory Factory { get; }

    public string Maintainer { get; private set; } = "";

    public string OtherMaintainer { get; private set; } = "";

    public string Admin { get; private set; } = "";

    public string Revoked { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        var keys = Factory.Services.GetRequiredService<ApiKeys>();
        Maintainer = (await keys.CreateAsync("maria", ApiKeyRole.Maintainer, default)).Secret;
        OtherMaintainer = (await keys.CreateAsync("tomas", ApiKeyRole.Maintainer, default)).Secret;
        Admin = (await keys.CreateAsync("root", ApiKeyRole.Admin, default)).Secret;
        Revoked = (await keys.CreateAsync("former", ApiKeyRole.Admin, default)).Secret;
        await keys.RevokeAsync("former", default);
    }

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Posts a document with the given key (none when null); returns the response body.</summary>
    public async Task<JsonObject> SendAsync(string? key, string query, object? variables = null)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Runs a mutation that must succeed and returns its payload.</summary>
    public async Task<JsonNode> MutateAsync(string field, string selection, object input, string? key = null)
    {
        var audits = await AuditCountAsync();
        var response = await SendAsync(key ?? Maintainer, $"mutation ($input: {InputType(field)}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename message field }} }} }}", new { input });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var payload = response["data"]![field]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload["errors"]!.ToJsonString());
        // Every successful mutation leaves an audit entry (addSignatures only when a row was added).
        Assert.True(await AuditCountAsync() > audits || (field == "addSignatures" && (int)payload["added"]! == 0), $"{field} left no audit entry");
        return payload;
    }

    /// <summary>Runs a mutation that must be refused with user errors and returns them.</summary>
    public async Task<JsonArray> RefusedAsync(string field, string selection, object input, string? key = null)
    {
        var audits = await AuditCountAsync();
        var response = await SendAsync(key ?? Maintainer, $"mutation ($input: {InputType(field)}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename code message field ... on ConflictError {{ currentVersion }} }} }} }}", new { input });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var errors = response["data"]![field]!["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.Equal(audits, await AuditCountAsync());
        return errors;
    }

    public async Task<T> WithDbAsync<T>(Func<TrackerDbContext, Task<T>> read)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public Task<int> AuditCountAsync() => WithDbAsync(db => db.AuditEntries.CountAsync());

    /// <summary>The input type of a mutation field, by the schema's naming (recordStatusChange: RecordStatusChangeInput).</summary>
    internal static string InputType(string field) => char.ToUpperInvariant(field[0]) + field[1..] + "Input";
}

/// <summary>The same on PostgreSQL, in a database of its own that is dropped afterwards.</summary>
public sealed class PostgresMaintainerApi : MaintainerApi
{
    private readonly PostgresDatabase _database;

    public PostgresMaintainerApi()
        : this(new PostgresDatabase())
    {
    }

    private PostgresMaintainerApi(PostgresDatabase database)
        : base(database.ServerSettings()) => _database = database;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
