using System.Text.Json;

namespace Tracker.Api.Messaging;

/// <summary>
/// Subscription events from a process that is not the server (the shell import), written inside the transaction
/// of the change they announce, so that servers' subscribers see them exactly when the change commits: on
/// PostgreSQL as notifications every server instance LISTENs to (<see cref="PostgresTopicBus"/>), on SQLite as rows
/// of the event outbox that each server polls (<see cref="OutboxRelay"/>).
/// </summary>
internal static class CrossProcessEvents
{
    public static async Task WriteAsync(TrackerDbContext db, IReadOnlyList<(string Topic, object Message)> events, OutboxOptions options, DateTime now, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }
        if (db.Database.IsNpgsql())
        {
            await PostgresTopicBus.NotifyInTransactionAsync(db, events, cancellationToken);
            return;
        }
        // Every server has read these long ago; deleting them here keeps the table small without a writer of its own.
        var expired = now - options.Retention;
        await db.OutboxEvents.Where(e => e.At < expired).ExecuteDeleteAsync(cancellationToken);
        db.OutboxEvents.AddRange(events.Select(e => new OutboxEvent
        {
            At = now,
            Topic = e.Topic,
            Payload = JsonSerializer.Serialize(e.Message, e.Message.GetType()),
        }));
    }
}
