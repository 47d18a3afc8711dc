using Npgsql;
using Tracker.Data;
using Tracker.Data.Versioning;

namespace Tracker.Api.Caching;

/// <summary>
/// LISTENs on <see cref="DataVersion.PostgresChannel"/>, where every committed write of every instance and of the
/// shell import NOTIFYs (<see cref="DataVersionInterceptor"/>), and advances this instance's
/// <see cref="PostgresDataVersion"/> for each. Its own connection rather than <c>PostgresTopicBus</c>'s: that bus
/// exists for subscriptions and ignores what it does not know, and the version must be marked unknown exactly while
/// this connection is down, which a shared connection would tie to the bus's own life.
/// </summary>
public sealed class PostgresDataVersionListener(TrackerDataOptions options, PostgresDataVersion version, ILogger<PostgresDataVersionListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(options.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => version.Advance();
                await using (var listen = new NpgsqlCommand($"LISTEN {DataVersion.PostgresChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                version.Listening();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning(exception, "Lost the data version LISTEN connection; nothing is served from the response cache until it is back");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            finally
            {
                version.Deaf();
            }
        }
    }
}
