using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tracker.Api.Auth;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Failed key checks slow guessing down per client address, as the client is: behind the operator's reverse
/// proxy, the address it forwards, never the proxy's own (or one a stranger forwards); for a configurable
/// window, measured on the server's clock.
/// </summary>
public sealed class KeyGuessingTests : IDisposable
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.1");
    private readonly List<TrackerApiFactory> _servers = [];

    public void Dispose() => _servers.ForEach(server => server.Dispose());

    [Fact]
    public async Task Behind_a_trusted_proxy_failures_count_against_the_client_not_against_everyone_behind_the_proxy()
    {
        var server = Start(new() { ["Tracker:Auth:KnownProxies:0"] = "10.0.0.1" });
        var key = await KeyAsync(server);

        for (var guess = 0; guess < 3; guess++)
        {
            Assert.Equal("UNAUTHENTICATED", Code(await SendAsync(server, Proxy, "203.0.113.5", $"trk_guess-{guess}")));
        }
        var guesser = await SendAsync(server, Proxy, "203.0.113.5", key);
        var maintainer = await SendAsync(server, Proxy, "203.0.113.6", key);

        Assert.Equal("RATE_LIMITED", Code(guesser));
        Assert.True(maintainer["errors"] is null, maintainer.ToJsonString());
    }

    [Fact]
    public async Task Forwarded_addresses_from_anyone_but_a_trusted_proxy_are_not_believed_not_even_from_loopback()
    {
        var server = Start([]);
        var key = await KeyAsync(server);

        // A guesser changing the forwarded address at each try, from a peer nobody named as a proxy (ASP.NET
        // Core's own default would have trusted loopback).
        for (var guess = 0; guess < 3; guess++)
        {
            await SendAsync(server, IPAddress.Loopback, $"203.0.113.{guess}", $"trk_guess-{guess}");
        }
        var dodging = await SendAsync(server, IPAddress.Loopback, "203.0.113.99", key);

        Assert.Equal("RATE_LIMITED", Code(dodging));
    }

    [Fact]
    public async Task The_block_lasts_the_configured_window_on_the_servers_clock_then_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = Start(new() { ["Tracker:Auth:FailedAttemptWindow"] = "00:01:00" }, clock);
        var key = await KeyAsync(server);
        var client = IPAddress.Parse("203.0.113.20");
        for (var guess = 0; guess < 3; guess++)
        {
            await SendAsync(server, client, null, $"trk_guess-{guess}");
        }

        var blocked = await SendAsync(server, client, null, key);
        clock.Advance(TimeSpan.FromSeconds(50));
        var stillBlocked = await SendAsync(server, client, null, key);
        clock.Advance(TimeSpan.FromSeconds(11));
        var expired = await SendAsync(server, client, null, key);

        Assert.Equal("RATE_LIMITED", Code(blocked));
        Assert.Contains("try again in 1 minute", (string)blocked["errors"]![0]!["message"]!);
        Assert.Equal("RATE_LIMITED", Code(stillBlocked));
        Assert.True(expired["errors"] is null, expired.ToJsonString());
    }

    private TrackerApiFactory Start(Dictionary<string, string?> settings, TimeProvider? clock = null)
    {
        settings["Tracker:Auth:MaxFailedAttempts"] = "3";
        var server = new TrackerApiFactory(settings) { TestServices = clock is null ? null : services => services.AddSingleton(clock) };
        _servers.Add(server);
        server.CreateClient().Dispose();
        return server;
    }

    private static async Task<string> KeyAsync(TrackerApiFactory server) =>
        (await server.Services.GetRequiredService<ApiKeys>().CreateAsync("behind-proxy", ApiKeyRole.Maintainer, default)).Secret;

    internal static string? Code(JsonObject response) => (string?)response["errors"]?[0]?["extensions"]?["code"];

    /// <summary>Reads the audit log as a request arriving from <paramref name="peer"/>, optionally with an X-Forwarded-For header.</summary>
    internal static async Task<JsonObject> SendAsync(TrackerApiFactory server, IPAddress peer, string? forwardedFor, string key)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ auditLog { totalCount } }" }));
        var context = await server.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = peer;
            http.Request.Method = "POST";
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Headers.Authorization = $"Bearer {key}";
            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
            http.Request.Body = new MemoryStream(body);
        });
        return JsonNode.Parse(context.Response.Body)!.AsObject();
    }
}
