using Npgsql;

namespace Tracker.Api.Messaging;

/// <summary>
/// A LISTEN on one PostgreSQL channel, on a connection of its own, held until the application stops: a lost
/// connection is opened again a second later. The subscription bus and the data version each keep one, so that
/// either one's outage is its own.
/// </summary>
internal static class PostgresListener
{
    /// <summary>
    /// Listens until <paramref name="stoppingToken"/> fires: <paramref name="received"/> gets each notification's
    /// payload, <paramref name="listening"/> runs each time the LISTEN is in place, <paramref name="deaf"/> each time
    /// the connection is given up (notifications sent meanwhile are lost).
    /// </summary>
    public static async Task RunAsync(string connectionString, string channel, Action<string> received, Action listening, Action deaf, ILogger logger, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Outside the pool: a listener holds its connection for the process's life, and a pool slot it held
                // would be one fewer for requests (with a small Tracker:Postgres:MaxPoolSize, none at all).
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => received(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                listening();
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
                logger.LogWarning(exception, "Lost the LISTEN connection on {Channel}; reconnecting", channel);
                deaf();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            finally
            {
                deaf();
            }
        }
    }
}
