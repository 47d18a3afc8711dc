using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// The per-client bound on live connections as dashboards meet it, through graphql-ws and graphql-sse from npm
/// (tests/clients/limit.mjs): beyond two, the upgrade and the event stream are answered 429
/// <c>TOO_MANY_CONNECTIONS</c>; a closed connection frees its place.
/// </summary>
public sealed class LiveConnectionLimitClientTests
{
    [Fact]
    public async Task Client_libraries_beyond_the_per_client_bound_are_refused_and_served_again_after_a_close()
    {
        await NodeClientRun.EnsureInstalledAsync();
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:Live:MaxConnectionsPerClient"] = "2" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var results = await NodeClientRun.RunScriptAsync("limit.mjs", [address, ""],
            message => NodeClientRun.WaitForSubscribersAsync(factory, (string)message["waitFor"]!, (int)message["count"]!), TimeSpan.FromMinutes(2));

        Assert.Contains("429", (string?)results["graphqlWs"]?["error"]);
        Assert.Equal(429, (int?)results["graphqlSse"]?["status"]);
        Assert.Equal("TOO_MANY_CONNECTIONS", (string?)results["graphqlSse"]?["body"]?["errors"]?[0]?["extensions"]?["code"]);
        Assert.True((bool?)results["reopened"]);
        Assert.Null(results["reopenedError"]);
    }
}
