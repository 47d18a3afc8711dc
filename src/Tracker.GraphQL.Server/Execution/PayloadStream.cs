using System.Text.Json;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// The one loop the streaming transports (multipart incremental delivery, Server-Sent Events, graphql-sse's single
/// connection mode, the WebSocket) run over a response's payloads: an incremental response's initial payload and
/// then each subsequent one, or a subscription's results, each handed to the transport's <c>send</c>, which only
/// frames it and says whether it was delivered. The loop stops when the stream ends, when a payload could not be
/// delivered, or when the token is cancelled, and says which (<see cref="PayloadDelivery"/>); any other failure is
/// the transport's to report, as its protocol allows.
/// </summary>
internal static class PayloadStream
{
    /// <summary>Writes one payload as JSON into the transport's frame; true when it was delivered.</summary>
    public delegate ValueTask<bool> Send(Action<Utf8JsonWriter> writePayload, CancellationToken cancellationToken);

    public static async Task<PayloadDelivery> DeliverAsync(IncrementalResponse response, Send send, CancellationToken cancellationToken)
    {
        try
        {
            if (!await send(writer => ExecutionResultJson.Write(writer, response.Initial), cancellationToken))
            {
                return PayloadDelivery.ClientGone;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return PayloadDelivery.Cancelled;
        }
        return await DeliverAsync(response.Subsequent, ExecutionResultJson.Write, send, cancellationToken);
    }

    public static Task<PayloadDelivery> DeliverAsync(IAsyncEnumerable<ExecutionResult> results, Send send, CancellationToken cancellationToken) =>
        DeliverAsync(results, ExecutionResultJson.Write, send, cancellationToken);

    /// <summary>
    /// Ends a subscription's stream that was never delivered, once its operation's token has fired (the client went
    /// away before the first byte of the answer). Its source subscribed when the resolver ran (a topic's stream
    /// receives from then on) and only enumerating it reaches the code that unsubscribes: the first read ends it at once.
    /// </summary>
    public static async Task AbandonAsync(IAsyncEnumerable<ExecutionResult> results)
    {
        var enumerator = results.GetAsyncEnumerator();
        try
        {
            await enumerator.MoveNextAsync();
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static async Task<PayloadDelivery> DeliverAsync<TPayload>(
        IAsyncEnumerable<TPayload> payloads, Action<Utf8JsonWriter, TPayload> write, Send send, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var payload in payloads.WithCancellation(cancellationToken))
            {
                if (!await send(writer => write(writer, payload), cancellationToken))
                {
                    return PayloadDelivery.ClientGone;
                }
            }
            return PayloadDelivery.Completed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return PayloadDelivery.Cancelled;
        }
    }
}
