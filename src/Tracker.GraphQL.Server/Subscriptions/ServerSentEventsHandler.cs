using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse, distinct connections mode): one request, one stream of
/// <c>next</c> events then <c>complete</c>. The request is read as any GraphQL-over-HTTP request (GET for
/// queries and subscriptions only, POST with a JSON body within the size limit); a request whose HTTP is refused
/// (method, media type, size, unreadable body) gets a plain JSON answer with the same status codes, while GraphQL's
/// own refusals (syntax, validation, limits, keys, a subscription its resolver refuses) are streamed as one
/// <c>next</c> event holding the errors and then <c>complete</c>, as graphql-sse's PROTOCOL.md requires (a 400
/// would fail a browser's EventSource without saying why). When the host stops, the stream ends with its
/// <c>complete</c> event at once, instead of holding the shutdown until the host gives up on it.
/// </summary>
internal static class ServerSentEventsHandler
{
    public static async Task HandleAsync(HttpContext context, RequestExecutor executor, GraphQLServerOptions options)
    {
        var (request, isGet, refusal) = await IncomingRequest.ReadAsync(context, options);
        if (refusal is not null)
        {
            await refusal.WriteAsync(context, MediaTypes.Json);
            return;
        }
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        StreamedResponse subscription;
        try
        {
            subscription = await executor.SubscribeAsync(request!, context.RequestServices, context, ending.Token, allowMutations: !isGet);
        }
        catch (MutationOverGetException)
        {
            await RequestRefusal.MutationOverGet.WriteAsync(context, MediaTypes.Json);
            return;
        }
        await using var incremental = subscription.Incremental;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaTypes.EventStream + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var delivering = false;
        try
        {
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (subscription.ErrorResult is { } executed)
            {
                await ServerSentEventWriter.WriteAsync(context.Response, ServerSentEventWriter.NextEvent(executed), context.RequestAborted);
            }
            else
            {
                PayloadStream.Send next = async (write, _) =>
                {
                    await ServerSentEventWriter.WriteAsync(context.Response, ServerSentEventWriter.Event(ServerSentEventWriter.Next, write), context.RequestAborted);
                    return true;
                };
                delivering = true;
                var delivery = incremental is not null
                    ? await PayloadStream.DeliverAsync(incremental, next, ending.Token)
                    : await PayloadStream.DeliverAsync(subscription.Stream!, next, ending.Token);
                if (delivery is PayloadDelivery.Cancelled && context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
                // Otherwise the stream ended, or the host stops (which ends the stream, not the response): "complete".
            }
            await ServerSentEventWriter.WriteAsync(context.Response, ServerSentEventWriter.Event(ServerSentEventWriter.Complete), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            if (!delivering && subscription.Stream is { } undelivered)
            {
                // The client went away before its first event: the subscription must still end (its source holds a
                // subscriber on the bus from the moment its resolver ran). Its token first, so that it ends at once.
                await ending.CancelAsync();
                await PayloadStream.AbandonAsync(undelivered);
            }
        }
    }
}
