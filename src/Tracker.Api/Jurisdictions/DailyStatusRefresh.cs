namespace Tracker.Api.Jurisdictions;

/// <summary>
/// After each midnight (UTC) brings the stored current statuses up to the new day: an event can begin to count
/// after it was recorded (a PLANNED effect whose day has come, a date known only to its month once the month
/// ends), and maps and status filters read the stored status. The start does the same before serving.
/// Every instance may run it; it rewrites only what differs, under the write lock.
/// </summary>
public sealed class DailyStatusRefresh(IDbContextFactory<TrackerDbContext> factory, TimeProvider clock, ILogger<DailyStatusRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            try
            {
                await Task.Delay(midnight - now, clock, stoppingToken);
                await using var db = await factory.CreateDbContextAsync(stoppingToken);
                var changed = await JurisdictionStatuses.RefreshAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Statuses brought up to the new day: {Changed} jurisdictions changed", changed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed refresh (the database briefly away) is retried at the next midnight and at the next start.
                logger.LogError(exception, "Refreshing statuses for the new day failed");
            }
        }
    }
}
