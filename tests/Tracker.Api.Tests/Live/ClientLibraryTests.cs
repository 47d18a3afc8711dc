using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// The client libraries dashboard developers use (graphql-ws 6.4.2, graphql-sse 2.6.1, @urql/core 6.0.3,
/// @apollo/client 4.3.8; tests/clients pins them), unmodified, against the real server on a port: every event carries
/// the current nested data after each change recorded over HTTP; graphql-ws authenticates through connectionParams;
/// graphql-sse works in both modes; urql and Apollo subscribe (Apollo over graphql-ws and over HttpLink multipart);
/// a graphql-ws client set to retry resubscribes after the server restarts.
/// </summary>
public sealed class ClientLibraryTests
{
    [Fact]
    public async Task Every_client_library_receives_current_data_in_every_event()
    {
        await NodeClientRun.EnsureInstalledAsync();
        using var factory = new TrackerApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("clients", ApiKeyRole.Maintainer, default)).Secret;

        var results = await NodeClientRun.RunScriptAsync("live.mjs", [address, key],
            message => NodeClientRun.WaitForSubscribersAsync(factory, (string)message["waitFor"]!, (int)message["count"]!), TimeSpan.FromMinutes(4));

        Assert.Equal("from-graphql-ws", (string?)results["graphqlWsMutationWithConnectionParams"]?["data"]?["addSource"]?["source"]?["slug"]);
        Assert.Equal(4403, (int?)results["graphqlWsWrongKey"]?["code"]);
        Assert.StartsWith("Forbidden: UNAUTHENTICATED", (string?)results["graphqlWsWrongKey"]?["reason"]);
        foreach (var name in new[] { "graphqlWs", "graphqlSseDistinct", "graphqlSseSingle", "urql" })
        {
            AssertCurrent(name, results[name]!.AsArray());
        }
        foreach (var name in new[] { "graphqlSseDistinctUnknown", "graphqlSseSingleUnknown" })
        {
            Assert.Equal("NOT_FOUND", (string?)results[name]?["errors"]?[0]?["extensions"]?["code"]);
        }
        foreach (var name in new[] { "apolloGraphqlWs", "apolloHttpLinkMultipart" })
        {
            AssertCurrent(name, results[name]!["events"]!.AsArray());
            Assert.Equal("REFUSED_TO_JOIN", (string?)results[name]!["cachedStatus"]);
        }
    }

    [Fact]
    public async Task A_graphql_ws_client_set_to_retry_resubscribes_after_a_restart_and_receives_what_is_recorded_then()
    {
        await NodeClientRun.EnsureInstalledAsync();
        var port = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "tracker-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Tracker:DataFolder"] = folder };
        var factory = Start(settings, port);
        try
        {
            var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("restart", ApiKeyRole.Maintainer, default)).Secret;
            var restarts = 0;

            var results = await NodeClientRun.RunScriptAsync("restart.mjs", [$"http://127.0.0.1:{port}", key], async message =>
            {
                if (message["restart"] is not null)
                {
                    factory.Dispose();
                    factory = Start(settings, port);
                    restarts++;
                    return;
                }
                await NodeClientRun.WaitForSubscribersAsync(factory, (string)message["waitFor"]!, (int)message["count"]!);
            }, TimeSpan.FromMinutes(2));

            Assert.Equal(1, restarts);
            Assert.Equal("WITHDREW", (string?)results["afterRestart"]?["data"]?["statusChanged"]?["status"]);
            Assert.Equal("WITHDREW", (string?)results["afterRestart"]?["data"]?["statusChanged"]?["jurisdiction"]?["status"]);
            Assert.True((int)results["connections"]! >= 2, results.ToJsonString());
        }
        finally
        {
            factory.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TrackerApiFactory Start(Dictionary<string, string?> settings, int port)
    {
        var factory = new TrackerApiFactory(settings);
        factory.UseKestrel(port);
        factory.StartServer();
        return factory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AssertCurrent(string client, JsonArray events)
    {
        Assert.Equal(["PARTICIPATING", "WITHDREW", "REFUSED_TO_JOIN"], events.Select(e => (string?)e!["recorded"]));
        foreach (var seen in events)
        {
            var context = $"{client}: {seen!.ToJsonString()}";
            Assert.True(seen["errors"] is null, context);
            Assert.True((string?)seen["recorded"] == (string?)seen["eventStatus"], context);
            Assert.True((string?)seen["mutationStatus"] == (string?)seen["nestedStatus"], context);
            Assert.True((int?)seen["mutationVersion"] == (int?)seen["nestedVersion"], context);
            Assert.True((string?)seen["recorded"] == (string?)seen["nestedEvent"], context);
        }
    }
}
