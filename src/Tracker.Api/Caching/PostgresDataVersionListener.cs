using Tracker.Data.Versioning;

namespace Tracker.Api.Caching;

/// <summary>
/// LISTENs on <see cref="DataVersion.PostgresChannel"/>, where every committed write of every instance and of the
/// shell import NOTIFYs (<see cref="DataVersionInterceptor"/>), and advances this instance's
/// <see cref="PostgresDataVersion"/> for each. Its own connection rather than <c>PostgresTopicBus</c>'s: that bus
/// exists for subscriptions and ignores what it does not know, and the version must be marked unknown exactly while
/// this connection is down, which a shared connection would tie to the bus's own life (the loop is shared:
/// <see cref="PostgresListener"/>).
/// </summary>
public sealed class PostgresDataVersionListener(TrackerDataOptions options, PostgresDataVersion version, ILogger<PostgresDataVersionListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PostgresListener.RunAsync(options.ConnectionString, DataVersion.PostgresChannel, _ => version.Advance(), version.Listening, version.Deaf, logger, stoppingToken);
}
