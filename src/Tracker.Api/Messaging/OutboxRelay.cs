using System.Text.Json;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Messaging;

/// <summary>
/// On SQLite, publishes to this server's subscribers the events other processes wrote to the event outbox (the
/// shell import's <c>signatureAdded</c>): every <see cref="OutboxOptions.PollInterval"/> it reads the rows after the
/// last one it published, in order. SQLite has one writer at a time and the outbox's ids only grow, so an id read
/// is never followed by a smaller one committed later. Events written before the server started are not replayed:
/// nobody was subscribed to them. Each server instance keeps its own place, so each delivers every event once.
/// </summary>
public sealed class OutboxRelay(IDbContextFactory<TrackerDbContext> factory, ITopicEventSender events, OutboxOptions options, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int EventsPerRead = 500;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _last;

    /// <summary>Completes once the relay knows where the outbox ends: events written after that are published.</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                _last = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, stoppingToken) ?? 0;
            }
            _ready.TrySetResult();
            using var timer = new PeriodicTimer(options.PollInterval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RelayAsync(stoppingToken);
                }
                catch (Microsoft.Data.Sqlite.SqliteException exception)
                {
                    // A busy or briefly unreadable database: the same rows are read again on the next tick.
                    logger.LogWarning(exception, "Could not read the event outbox; trying again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetCanceled(stoppingToken);
        }
    }

    private async Task RelayAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var batch = await db.OutboxEvents.AsNoTracking().Where(e => e.Id > _last).OrderBy(e => e.Id).Take(EventsPerRead).ToListAsync(cancellationToken);
            foreach (var outboxEvent in batch)
            {
                if (TravellingTopics.MessageTypes.TryGetValue(outboxEvent.Topic, out var type) && Read(outboxEvent.Payload, type) is { } message)
                {
                    await events.SendAsync(outboxEvent.Topic, message, cancellationToken);
                }
                else
                {
                    logger.LogWarning("Ignored outbox event {Id} on the unknown or malformed topic {Topic}", outboxEvent.Id, outboxEvent.Topic);
                }
                _last = outboxEvent.Id;
            }
            if (batch.Count < EventsPerRead)
            {
                return;
            }
        }
    }

    private static object? Read(string payload, Type type)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
