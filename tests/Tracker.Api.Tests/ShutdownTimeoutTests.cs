using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Tests;

/// <summary>How long the host waits, on shutdown, for requests still running (subscriptions end at once).</summary>
public sealed class ShutdownTimeoutTests
{
    [Fact]
    public void The_host_waits_ten_seconds_by_default_and_the_setting_changes_it()
    {
        using var byDefault = new TrackerApiFactory();
        using var configured = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:ShutdownTimeout"] = "00:00:03" });

        Assert.Equal(TimeSpan.FromSeconds(10), byDefault.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), configured.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
    }
}
