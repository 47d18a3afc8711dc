using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Api.Messaging;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Two server instances on one PostgreSQL database: a subscriber connected to one sees the event of a mutation
/// made through the other (LISTEN/NOTIFY).
/// </summary>
public sealed class PostgresSubscriptionTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private TrackerApiFactory _first = null!;
    private TrackerApiFactory _second = null!;

    public Task InitializeAsync()
    {
        _first = new TrackerApiFactory(_database.ServerSettings());
        _second = new TrackerApiFactory(_database.ServerSettings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _first.Dispose();
        _second.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_sees_a_mutation_made_on_another()
    {
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
        await _first.Services.GetRequiredService<PostgresTopicBus>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        await _second.Services.GetRequiredService<PostgresTopicBus>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        var (_, key) = await _first.Services.GetRequiredService<ApiKeys>().CreateAsync("two-instances", ApiKeyRole.Maintainer, default);

        await using var socket = await GraphQLWebSocket.ConnectAsync(_second);
        await socket.SubscribeAsync("s", "subscription { statusChanged(jurisdiction: \"KS\") { status jurisdiction { code status } } }", "statusChanged");

        using var http = _first.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "mutation { recordStatusChange(input: { jurisdiction: \"KS\", status: OPT_OUT_REQUESTED, effectiveOn: \"2011-10-01\", description: \"x\", sources: [{ source: \"mirac-blog\" }] }) { errors { message } } }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        Assert.Contains("\"errors\":[]", await response.Content.ReadAsStringAsync());

        var next = await socket.ReceiveAsync();
        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal("OPT_OUT_REQUESTED", (string)next["payload"]!["data"]!["statusChanged"]!["status"]!);
        Assert.Equal("KS", (string)next["payload"]!["data"]!["statusChanged"]!["jurisdiction"]!["code"]!);
    }
}
