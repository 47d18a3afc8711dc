using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Tests;

/// <summary>The bounds on live connections (README's settings table) reach the server, and have README's defaults.</summary>
public sealed class LiveConnectionLimitSettingTests
{
    [Fact]
    public void The_live_connection_settings_set_the_servers_bounds()
    {
        using var configured = new TrackerApiFactory(new Dictionary<string, string?>
        {
            ["Tracker:Live:MaxConnections"] = "50",
            ["Tracker:Live:MaxConnectionsPerClient"] = "3",
            ["Tracker:Live:MaxConcurrentEvents"] = "2",
        });
        using var defaults = new TrackerApiFactory();
        configured.CreateClient().Dispose();
        defaults.CreateClient().Dispose();

        var set = configured.Services.GetRequiredService<GraphQLServerOptions>();
        var unset = defaults.Services.GetRequiredService<GraphQLServerOptions>();

        Assert.Equal((50, 3, 2), (set.MaxLiveConnections, set.MaxLiveConnectionsPerClient, set.MaxConcurrentSubscriptionEvents));
        Assert.Equal((10_000, 100, Math.Min(Environment.ProcessorCount, 16)), (unset.MaxLiveConnections, unset.MaxLiveConnectionsPerClient, unset.MaxConcurrentSubscriptionEvents));
    }
}
