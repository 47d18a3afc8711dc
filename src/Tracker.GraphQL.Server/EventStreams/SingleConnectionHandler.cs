using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.EventStreams;

/// <summary>
/// graphql-sse's single connection mode (its PROTOCOL.md): <c>PUT</c> reserves a stream (201 and a token); a
/// <c>GET</c> or <c>POST</c> accepting <c>text/event-stream</c> with the token (<c>X-GraphQL-Event-Stream-Token</c>
/// or <c>?token=</c>) opens it; operations are <c>POST</c>ed with the token and <c>extensions.operationId</c> and
/// answered <c>202</c>, their results sent on the stream as <c>next</c> events <c>{id, payload}</c> then
/// <c>complete</c> <c>{id}</c>; <c>DELETE ?operationId=</c> stops one. A refused operation (a GraphQL error before
/// execution, or a subscription its resolver refuses) is accepted and reported on the stream, as a <c>next</c>
/// with the errors then <c>complete</c>, as graphql-sse's own server does; problems of the HTTP request itself
/// (no such stream, no operation id, a body that cannot be read) get their HTTP status and a JSON error.
/// </summary>
internal static class SingleConnectionHandler
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    /// <summary>The request's stream token, if it carries one (header first, then the query string).</summary>
    public static string? Token(HttpRequest request)
    {
        var header = request.Headers[TokenHeader].ToString();
        if (header.Length > 0)
        {
            return header;
        }
        // Reading Query parses the query string into a collection: a POST without one (nearly every request) skips it.
        if (!request.QueryString.HasValue)
        {
            return null;
        }
        var query = request.Query["token"].ToString();
        return query.Length > 0 ? query : null;
    }

    /// <summary><c>PUT</c>: a new reservation (201 with its token as text), or 429 when a limit is reached.</summary>
    public static async Task ReserveAsync(HttpContext context, EventStreamReservations reservations)
    {
        var reservation = reservations.Reserve(ClientAddress.Of(context));
        if (reservation is null)
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, MediaTypes.Json,
                "Too many event streams are reserved; close some or try again later.", ServerErrorCodes.TooManyOperations);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted);
    }

    /// <summary>The reserved stream itself: every operation's events until the client disconnects or the host stops.</summary>
    public static async Task StreamAsync(HttpContext context, EventStreamReservations reservations, EventStreamReservation reservation, GraphQLServerOptions options)
    {
        if (!reservation.TryConnect())
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status409Conflict, MediaTypes.Json, "A stream is already open for this reservation.", ServerErrorCodes.BadRequest);
            return;
        }
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            // A comment first: some browsers hold the stream until its first bytes.
            await ServerSentEventWriter.WriteKeepAliveAsync(context.Response, context.RequestAborted);
            using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            while (!ending.IsCancellationRequested)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ending.Token);
                quiet.CancelAfter(options.EventStreamKeepAlive);
                bool more;
                try
                {
                    more = await reservation.Events.WaitToReadAsync(quiet.Token);
                }
                catch (OperationCanceledException) when (!ending.IsCancellationRequested)
                {
                    await ServerSentEventWriter.WriteKeepAliveAsync(context.Response, context.RequestAborted);
                    continue;
                }
                if (!more)
                {
                    break;
                }
                List<SseItem<ReadOnlyMemory<byte>>> ready = [];
                while (reservation.Events.TryRead(out var item))
                {
                    ready.Add(item);
                }
                await ServerSentEventWriter.WriteAsync(context.Response, ready, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            reservations.End(reservation);
        }
    }

    /// <summary>An operation for a reserved stream: 202 and its results on the stream.</summary>
    public static async Task OperateAsync(HttpContext context, RequestExecutor executor, GraphQLServerOptions options, EventStreamReservation reservation, ILogger logger)
    {
        var (request, isGet, refusal) = await IncomingRequest.ReadAsync(context, options);
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, MediaTypes.Json);
            return;
        }
        if (OperationId(request!) is not { } id)
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, MediaTypes.Json,
                "An operation on a reserved event stream needs an \"extensions.operationId\".", ServerErrorCodes.BadRequest);
            return;
        }
        var (operation, duplicate) = reservation.TryAddOperation(id);
        if (operation is null)
        {
            await ResponseWriter.WriteProblemAsync(context, duplicate ? StatusCodes.Status409Conflict : StatusCodes.Status429TooManyRequests, MediaTypes.Json,
                duplicate ? $"An operation with the id \"{id}\" already runs on this stream." : $"This stream already runs {options.MaxOperationsPerConnection} operations; complete some first.",
                duplicate ? ServerErrorCodes.BadRequest : ServerErrorCodes.TooManyOperations);
            return;
        }
        var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        StreamedResponse subscription;
        try
        {
            // No HttpContext as user context: the operation outlives this request.
            subscription = await executor.SubscribeAsync(request!, scope.ServiceProvider, null, operation.Token, allowMutations: !isGet);
        }
        catch (MutationOverGetException)
        {
            reservation.RemoveOperation(id);
            await scope.DisposeAsync();
            operation.Dispose();
            await RequestRefusal.MutationOverGet.WriteAsync(context, MediaTypes.Json);
            return;
        }
        catch (OperationCanceledException)
        {
            reservation.RemoveOperation(id);
            await scope.DisposeAsync();
            operation.Dispose();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        _ = ForwardAsync(reservation, id, subscription, scope, operation, logger);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary><c>DELETE ?operationId=</c>: stops the operation (200 whether or not it still ran, as graphql-sse's server answers).</summary>
    public static async Task StopAsync(HttpContext context, EventStreamReservation reservation)
    {
        var id = context.Request.Query["operationId"].ToString();
        if (id.Length == 0)
        {
            await ResponseWriter.WriteProblemAsync(context, StatusCodes.Status400BadRequest, MediaTypes.Json, "DELETE needs the operation's id as ?operationId=.", ServerErrorCodes.BadRequest);
            return;
        }
        reservation.StopOperation(id);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task ForwardAsync(EventStreamReservation reservation, string id, StreamedResponse subscription, AsyncServiceScope scope, CancellationTokenSource operation, ILogger logger)
    {
        try
        {
            if (subscription.ErrorResult is { } single)
            {
                await reservation.SendAsync(Next(id, single), operation.Token);
            }
            else
            {
                PayloadStream.Send next = (write, ct) => reservation.SendAsync(Next(id, write), ct);
                var incremental = subscription.Incremental;
                // A query with @defer/@stream: each payload a next event of the operation, as a subscription's results are.
                await using (incremental)
                {
                    var delivery = incremental is not null
                        ? await PayloadStream.DeliverAsync(incremental, next, operation.Token)
                        : await PayloadStream.DeliverAsync(subscription.Stream!, next, operation.Token);
                    if (delivery is not PayloadDelivery.Completed)
                    {
                        return;
                    }
                }
            }
            if (reservation.RemoveOperation(id))
            {
                await reservation.SendAsync(ServerSentEventWriter.Event(ServerSentEventWriter.Complete, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    writer.WriteEndObject();
                }), reservation.Ended);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Operation {Id} on a reserved event stream failed", id);
        }
        finally
        {
            reservation.RemoveOperation(id);
            await scope.DisposeAsync();
            operation.Dispose();
        }
    }

    private static SseItem<ReadOnlyMemory<byte>> Next(string id, ExecutionResult result) => Next(id, writer => ExecutionResultJson.Write(writer, result));

    private static SseItem<ReadOnlyMemory<byte>> Next(string id, Action<Utf8JsonWriter> write) =>
        ServerSentEventWriter.Event(ServerSentEventWriter.Next, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WritePropertyName("payload");
            write(writer);
            writer.WriteEndObject();
        });

    private static string? OperationId(GraphQLRequest request) => request.Extensions?.GetValueOrDefault("operationId") switch
    {
        string { Length: > 0 } text => text,
        double number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
