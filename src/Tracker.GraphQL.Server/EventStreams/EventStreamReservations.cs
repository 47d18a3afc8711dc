using System.Collections.Concurrent;
using System.Security.Cryptography;
using Tracker.GraphQL.Server.Configuration;
using Tracker.Shared;

namespace Tracker.GraphQL.Server.EventStreams;

/// <summary>
/// The reservations of graphql-sse's single connection mode, for the whole server. Bounded: at most
/// <see cref="GraphQLServerOptions.MaxEventStreamReservations"/> at once and
/// <see cref="GraphQLServerOptions.MaxEventStreamReservationsPerClient"/> per client address; a reservation no
/// stream connects to within <see cref="GraphQLServerOptions.EventStreamReservationTimeout"/> is dropped. Tokens are
/// 256 random bits: whoever holds one can run and stop operations on its stream, so it must not be guessable.
/// The expiry runs on <paramref name="clock"/> (the host's <see cref="TimeProvider"/> when one is registered), so
/// tests can move time instead of racing it.
/// </summary>
public sealed class EventStreamReservations(GraphQLServerOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, EventStreamReservation> _reservations = new(StringComparer.Ordinal);
    private readonly Lock _counting = new();
    private readonly ChangeSignal _changed = new();

    /// <summary>How many reservations exist (connected or waiting for their stream).</summary>
    public int Count => _reservations.Count;

    /// <summary>
    /// Completes the next time a reservation is made or ends (expired, or its stream closed): whoever waits for
    /// <see cref="Count"/> to reach a value is woken by the change, not a timer. Take it before reading the count.
    /// </summary>
    public Task NextChange => _changed.Next;

    /// <summary>A new reservation's token; null when the server's or the client's limit is reached.</summary>
    internal EventStreamReservation? Reserve(string client)
    {
        EventStreamReservation reservation;
        lock (_counting)
        {
            if (_reservations.Count >= options.MaxEventStreamReservations
                || _reservations.Values.Count(r => r.Client == client) >= options.MaxEventStreamReservationsPerClient)
            {
                return null;
            }
            reservation = new EventStreamReservation(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), client, options.MaxOperationsPerConnection);
            _reservations[reservation.Token] = reservation;
        }
        _changed.Raise();
        _ = ExpireUnlessConnectedAsync(reservation);
        return reservation;
    }

    internal EventStreamReservation? Find(string token) => _reservations.GetValueOrDefault(token);

    /// <summary>Ends a reservation and frees its place.</summary>
    internal void End(EventStreamReservation reservation)
    {
        reservation.End();
        if (_reservations.TryRemove(new KeyValuePair<string, EventStreamReservation>(reservation.Token, reservation)))
        {
            _changed.Raise();
        }
    }

    private async Task ExpireUnlessConnectedAsync(EventStreamReservation reservation)
    {
        try
        {
            await Task.Delay(options.EventStreamReservationTimeout, clock, reservation.Ended);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!reservation.IsConnected)
        {
            End(reservation);
        }
    }
}
