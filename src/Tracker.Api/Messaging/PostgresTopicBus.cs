using System.Text;
using System.Text.Json;
using Npgsql;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Messaging;

/// <summary>
/// Subscription events across server instances through PostgreSQL's LISTEN/NOTIFY. Publishing sends a NOTIFY on
/// the <c>tracker_events</c> channel (after the mutation's commit, so nothing is announced that might roll back);
/// every instance, the publisher included, LISTENs on a dedicated connection and hands each notification to its
/// local in-memory bus, so each subscriber anywhere sees each event once. Only the message types below travel;
/// anything else on the channel is ignored. NOTIFY payloads are limited to 8,000 bytes by PostgreSQL: a larger
/// event is delivered to this instance's subscribers only, with a warning in the log.
/// </summary>
public sealed class PostgresTopicBus(TrackerDataOptions options, ILogger<PostgresTopicBus> logger) : BackgroundService, ITopicEventSender, ITopicEventReceiver
{
    private const string Channel = "tracker_events";
    private const int MaxPayloadBytes = 7_900;

    private static IReadOnlyDictionary<string, Type> MessageTypes => TravellingTopics.MessageTypes;

    private readonly InMemoryTopicBus _local = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this instance is listening (tests and start-up wait for it).</summary>
    public Task Listening => _listening.Task;

    public IAsyncEnumerable<TMessage> Subscribe<TMessage>(string topic, CancellationToken cancellationToken = default) => _local.Subscribe<TMessage>(topic, cancellationToken);

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(new Envelope(topic, JsonSerializer.SerializeToElement(message)));
        if (!MessageTypes.ContainsKey(topic) || Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            logger.LogWarning("Event on {Topic} delivered to this instance only (unknown topic or larger than a NOTIFY payload)", topic);
            await _local.SendAsync(topic, message, cancellationToken);
            return;
        }
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("payload", payload);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Announces events from a process without a bus of its own (the shell import) inside its open transaction on
    /// <paramref name="db"/>: PostgreSQL delivers a transaction's notifications when it commits, and never if it
    /// rolls back. One statement for the whole batch; events that cannot travel are left out (and counted).
    /// </summary>
    internal static async Task<int> NotifyInTransactionAsync(TrackerDbContext db, IEnumerable<(string Topic, object Message)> events, CancellationToken cancellationToken)
    {
        var payloads = new List<string>();
        var left = 0;
        foreach (var (topic, message) in events)
        {
            var payload = JsonSerializer.Serialize(new Envelope(topic, JsonSerializer.SerializeToElement(message, message.GetType())));
            if (MessageTypes.ContainsKey(topic) && Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes)
            {
                payloads.Add(payload);
            }
            else
            {
                left++;
            }
        }
        if (payloads.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT count(pg_notify({0}, payload)) FROM unnest({1}::text[]) AS payload", [Channel, payloads.ToArray()], cancellationToken);
        }
        return left;
    }

    /// <summary>Listens until the application stops, reconnecting after a lost connection.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PostgresListener.RunAsync(options.ConnectionString, Channel, Deliver, () => _listening.TrySetResult(), () => { }, logger, stoppingToken);

    private void Deliver(string payload)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(payload);
            if (envelope is not null && MessageTypes.TryGetValue(envelope.Topic, out var type) && envelope.Message.Deserialize(type) is { } message)
            {
                _ = _local.SendAsync(envelope.Topic, message);
            }
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Ignored a malformed notification on {Channel}", Channel);
        }
    }

    private sealed record Envelope(string Topic, JsonElement Message);
}
