using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// A setting the server cannot use refuses its start, with a message naming the setting, rather than let it start
/// and fail later: each of these values started a server that then failed every request with a key, every
/// timeline, every mutation or its own shutdown.
/// </summary>
public sealed class BadSettingStartTests
{
    [Theory]
    [InlineData("Tracker:Auth:MaxFailedAttempts", "ten")]
    [InlineData("Tracker:Auth:MaxFailedAttempts", "0")]
    [InlineData("Tracker:Auth:FailedAttemptWindow", "-00:01:00")]
    [InlineData("Tracker:Auth:FailedAttemptWindow", "10000000.00:00:00")]
    [InlineData("Tracker:Timeline:MaxMonths", "-3")]
    [InlineData("Tracker:Dates:Earliest", "1950")]
    [InlineData("Tracker:Dates:MaxYearsAhead", "-1")]
    [InlineData("Tracker:StatusRecord:MaxRows", "-1")]
    [InlineData("Tracker:StatusRecord:MaxRows", "many")]
    [InlineData("Tracker:StatusRecord:MaxBytes", "-5")]
    [InlineData("Tracker:Writes:LockTimeout", "100.00:00:00")]
    [InlineData("Tracker:ShutdownTimeout", "-00:00:01")]
    [InlineData("Tracker:ShutdownTimeout", "soon")]
    [InlineData("Tracker:MigrationTimeout", "30000.00:00:00")]
    [InlineData("Telemetry:MaxOperationNames", "-1")]
    [InlineData("Telemetry:ResolverSpanThreshold", "abc")]
    [InlineData("Telemetry:Otlp:Protocol", "carrier-pigeon")]
    [InlineData("Tracker:Live:MaxConnections", "0")]
    [InlineData("Tracker:Live:MaxConnectionsPerClient", "many")]
    [InlineData("Tracker:Live:MaxConcurrentEvents", "0")]
    [InlineData("Tracker:Live:MaxConcurrentEvents", "1001")]
    [InlineData("Tracker:Limits:ExecutionTimeout", "00:00:00")]
    [InlineData("Tracker:Limits:ExecutionTimeout", "2.00:00:00")]
    [InlineData("Tracker:Limits:MaxRequestBodyBytes", "100")]
    [InlineData("Tracker:Limits:MaxTokens", "lots")]
    [InlineData("Tracker:Limits:MaxDepth", "65")]
    [InlineData("Tracker:Limits:MaxAliases", "-1")]
    [InlineData("Tracker:Limits:MaxCost", "0")]
    public void The_server_refuses_to_start_naming_the_setting(string key, string value)
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { [key] = value });

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"{key} must be", Innermost(refused).Message);
        Assert.Contains($"\"{value}\" is", Innermost(refused).Message);
    }

    [Fact]
    public async Task The_longest_values_allowed_start_and_serve_a_mutation_and_a_timeline()
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?>
        {
            ["Tracker:Writes:LockTimeout"] = "1.00:00:00",
            ["Tracker:Auth:FailedAttemptWindow"] = "365.00:00:00",
            ["Tracker:ShutdownTimeout"] = "00:00:00",
        });
        factory.CreateClient().Dispose();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("maria", ApiKeyRole.Maintainer, default)).Secret;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await client.PostAsJsonAsync("/graphql", new { query = """mutation { addSource(input: { slug: "long-settings", title: "Long settings" }) { source { slug } errors { message } } }""" });
        var written = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var timeline = await factory.QueryAsync("""{ statusTimeline(from: "2011-01-01", to: "2011-02-28") { points { date } } }""");

        Assert.Null(written["errors"]);
        Assert.Equal("long-settings", (string)written["data"]!["addSource"]!["source"]!["slug"]!);
        Assert.Null(timeline["errors"]);
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}
